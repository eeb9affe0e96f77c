"""Each third-party library lives in the layer that needs it (STYLE.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "kg"

# library -> package paths (relative to kg/) allowed to import it
ALLOWED = {
    "spacy": ("nlp/", "extract/"),
    "HanTa": ("nlp/",),
    "rdflib": ("rdf/", "query/", "graph/", "sinks/", "shacl.py", "build.py", "cli_store.py", "store"),
    "pyshacl": ("shacl.py",),
    "networkx": ("graph/", "sinks/"),
    "pyvis": ("sinks/",),
    "matplotlib": ("sinks/",),
    "pyoxigraph": ("query/", "store", "cli_store.py", "sinks/merge.py"),
    "typer": ("cli.py", "cli_common.py", "cli_graph.py", "cli_store.py"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module.split(".")[0])
    return out


@pytest.mark.parametrize("lib", sorted(ALLOWED))
def test_layering_library_only_in_its_layer(lib):
    offenders = []
    for f in sorted(PKG.rglob("*.py")):
        rel = f.relative_to(PKG).as_posix()
        if lib in _imports(f) and not rel.startswith(ALLOWED[lib]):
            offenders.append(rel)
    assert offenders == []


def test_layering_records_are_free_of_rdf_and_nlp():
    assert not (_imports(PKG / "records.py") & {"rdflib", "spacy", "networkx"})
