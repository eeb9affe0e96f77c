"""Merging article graphs: the external sort gives the same bytes as an in-memory one."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.sinks.merge import GraphMerger, trig_block

G1 = b'<https://example.org/a> <https://example.org/p> "x" .\n<https://example.org/shared> <https://example.org/p> "s" .\n'
G2 = b'<https://example.org/b> <https://example.org/p> "y\\n\\"z\\"" .\n<https://example.org/shared> <https://example.org/p> "s" .\n'


def _merge(folder, run_lines: int) -> dict[str, bytes]:
    m = GraphMerger(folder, run_lines=run_lines)
    for n, nt in enumerate((G1, G2)):
        m.add(nt, trig_block(f"https://example.org/g{n}", nt))
    staged = m.write()
    out = {name: path.read_bytes() for name, path in staged.items()}
    m.discard()
    assert m.triples == 3
    return out


@pytest.mark.parametrize("run_lines", [1, 2, 3])
def test_merge_external_sort_gives_the_same_bytes(tmp_path, run_lines):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert _merge(tmp_path / "a", run_lines) == _merge(tmp_path / "b", 1000)
    assert list((tmp_path / "a").iterdir()) == []


def test_merge_outputs_parse_with_their_graphs(tmp_path):
    out = _merge(tmp_path, 1)
    store = ox.Store()
    store.load(out["kg.trig"], ox.RdfFormat.TRIG)
    assert sorted(g.value for g in store.named_graphs()) == ["https://example.org/g0", "https://example.org/g1"]
    assert len(store) == 4
    ttl = list(ox.parse(out["kg.ttl"], format=ox.RdfFormat.TURTLE))
    assert len(ttl) == 3 and out["kg.ttl"].startswith(b"@prefix dcterms:")
