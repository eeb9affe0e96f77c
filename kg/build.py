"""`kg build`: articles -> extraction -> RDF -> validated exports, written atomically."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from rdflib import Dataset, Graph

from kg import __version__
from kg.article import find_inputs, read_article
from kg.errors import ArticleError, ShaclViolation
from kg.records import Extraction
from kg.rdf.mapping import bind_prefixes, corpus_dataset
from kg.shacl import validate_graph
from kg.sinks.files import atomic_write_many, ensure_dir

__all__ = ["FileReport", "BuildResult", "build", "union_graph", "serialize_turtle", "serialize_trig"]

log = logging.getLogger(__name__)


@dataclass
class FileReport:
    file: str
    status: str  # ok | skipped | failed
    reason: str = ""
    actors: int = 0
    positions: int = 0
    events: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class BuildResult:
    out_dir: Path
    files: list[FileReport]
    written: list[Path]
    triples: int

    @property
    def skipped(self) -> list[FileReport]:
        return [f for f in self.files if f.status != "ok"]


def union_graph(ds: Dataset) -> Graph:
    g = bind_prefixes(Graph())
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def serialize_turtle(g: Graph) -> str:
    return g.serialize(format="turtle")


def serialize_trig(ds: Dataset) -> str:
    return ds.serialize(format="trig")


def extract_files(files: list[Path], extractor=None, progress: Callable[[str], None] | None = None) -> tuple[list[Extraction], list[FileReport]]:
    """Read and extract each file; a bad file is reported and skipped, never fatal."""
    from kg.extract import Extractor

    ex = extractor or Extractor()
    extractions: list[Extraction] = []
    reports: list[FileReport] = []
    seen: set[str] = set()
    for f in files:
        if progress:
            progress(f.name)
        if f.name in seen:
            reports.append(FileReport(f.name, "skipped", f"duplicate file name ({f})"))
            continue
        seen.add(f.name)
        try:
            art = read_article(f)
        except ArticleError as exc:
            reports.append(FileReport(f.name, "skipped", exc.reason))
            continue
        try:
            x = ex(art)
        except Exception as exc:  # one bad article never sinks a corpus build
            log.exception("extraction failed for %s", f)
            reports.append(FileReport(f.name, "failed", f"extraction failed: {type(exc).__name__}: {exc}"))
            continue
        extractions.append(x)
        reports.append(FileReport(f.name, "ok", "", len(x.actors), len(x.positions), len(x.events), list(x.warnings)))
    return extractions, reports


def build(inputs: list[Path], out_dir: Path, *, html: bool = True, pictures: bool = True,
          progress: Callable[[str], None] | None = None) -> BuildResult:
    """Build the knowledge graph of ``inputs`` into ``out_dir``.

    Writes kg.ttl, kg.trig, report.json, kg.html and the stance matrix (SVG/PNG). Raises
    ShaclViolation (and writes nothing) if the graph does not conform to the shapes.
    """
    files = find_inputs([Path(p) for p in inputs])
    out_dir = ensure_dir(Path(out_dir))
    extractions, reports = extract_files(files, progress=progress)
    ds = corpus_dataset(extractions)
    g = union_graph(ds)
    result = validate_graph(g)
    if not result.conforms:
        raise ShaclViolation(result.report)
    outputs: dict[str, str | bytes] = {
        "kg.ttl": serialize_turtle(g),
        "kg.trig": serialize_trig(ds),
    }
    if html:
        from kg.sinks.html import render_html

        outputs["kg.html"] = render_html(g, title="kg – Positionen und Akteure")
    if pictures and extractions:
        from kg.sinks.matrix import render_matrix

        svg, png = render_matrix(g)
        outputs["stance_matrix.svg"] = svg
        outputs["stance_matrix.png"] = png
    report = {
        "kg_version": __version__,
        "inputs": len(files),
        "built": sum(1 for r in reports if r.status == "ok"),
        "skipped": sum(1 for r in reports if r.status != "ok"),
        "triples": len(g),
        "files": [asdict(r) for r in reports],
    }
    outputs["report.json"] = json.dumps(report, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
    written = atomic_write_many(out_dir, outputs)
    return BuildResult(out_dir, reports, written, len(g))
