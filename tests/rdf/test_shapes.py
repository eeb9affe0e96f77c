"""The build's fast SHACL checks agree with pySHACL, and merged graphs are checked too."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.namespace import RDF, SKOS

from kg.rdf.mapping import extraction_graph
from kg.rdf.shapes import load_shapes
from kg.rdf.vocab import KGO, NIF
from kg.shacl import validate_graph


@pytest.fixture(scope="module")
def article_graph(extract) -> Graph:
    return extraction_graph(extract("Polen fordert eine Flugverbotszone. Kanzler Olaf Scholz lehnt Kampfjets ab. "
                                    "Die USA liefern 40 Panzer nach Kiew."))


def _first(g: Graph, cls):
    return sorted(g.subjects(RDF.type, cls))[0]


def _copy(g: Graph) -> Graph:
    h = Graph()
    for t in g:
        h.add(t)
    return h


MUTATIONS = {
    "conforming": lambda g, pos, span, actor: None,
    "no holder": lambda g, pos, span, actor: g.remove((pos, KGO.holder, None)),
    "two confidences": lambda g, pos, span, actor: g.add((pos, KGO.confidence, Literal("0.5", datatype=ns.XSD.decimal))),
    "confidence above 1": lambda g, pos, span, actor: (g.remove((pos, KGO.confidence, None)),
                                                       g.add((pos, KGO.confidence, Literal("2.5", datatype=ns.XSD.decimal)))),
    "begin after end": lambda g, pos, span, actor: (g.remove((span, NIF.beginIndex, None)),
                                                    g.add((span, NIF.beginIndex, Literal(10**6, datatype=ns.XSD.nonNegativeInteger)))),
    "two preferred labels": lambda g, pos, span, actor: g.add((actor, SKOS.prefLabel, Literal("X", lang="de"))),
    "unknown actor type": lambda g, pos, span, actor: (g.remove((actor, KGO.actorType, None)), g.add((actor, KGO.actorType, Literal("Alien")))),
    "label without language": lambda g, pos, span, actor: (g.remove((actor, SKOS.prefLabel, None)), g.add((actor, SKOS.prefLabel, Literal("X")))),
    "holder is no actor": lambda g, pos, span, actor: g.add((pos, KGO.holder, URIRef("https://example.org/x"))),
    "actor of no class": lambda g, pos, span, actor: [g.remove((actor, RDF.type, c)) for c in list(g.objects(actor, RDF.type)) if c != KGO.Actor],
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_shapes_agree_with_pyshacl(article_graph, name):
    g = _copy(article_graph)
    MUTATIONS[name](g, _first(g, KGO.Position), _first(g, KGO.EvidenceSpan), _first(g, KGO.Actor))
    fast = load_shapes().check(g)
    slow = validate_graph(g)
    assert (fast == []) == slow.conforms
    assert len(fast) == slow.violations


def _merged_violations(parts: list[bytes], folder: Path, run_lines: int) -> list[str]:
    from kg.sinks.merge import GraphMerger

    found: list[str] = []
    m = GraphMerger(folder, run_lines=run_lines)
    for n, part in enumerate(parts):
        m.add(part, b"")
    m.write(check=lambda subject, lines: found.extend(load_shapes().check_merged(subject, lines)))
    m.discard()
    assert not list(folder.iterdir())
    return found


@pytest.mark.parametrize("run_lines", [1, 1000])
def test_shapes_merged_actor_with_two_types_is_a_violation(tmp_path, run_lines):
    actor = "<https://w3id.org/kgnews/id/actor/x>"
    head = f'{actor} <{RDF.type}> <{KGO.Actor}> .\n{actor} <{SKOS.prefLabel}> "X"@de .\n'.encode()

    def part(typ: str) -> bytes:
        return head + f'{actor} <{KGO.actorType}> "{typ}" .\n'.encode()

    assert _merged_violations([part("Person"), part("Person")], tmp_path, run_lines) == []
    found = _merged_violations([part("Person"), part("Person"), part("Group")], tmp_path, run_lines)
    assert len(found) == 1 and "actorType" in found[0]


def test_shapes_merged_violation_stops_the_build(tmp_path, monkeypatch):
    import kg.rdf.shapes
    from kg.build import build
    from kg.errors import ShaclViolation

    src = tmp_path / "in"
    src.mkdir()
    for n in range(2):
        (src / f"{n}.txt").write_text(" date 2022-03 Polen fordert eine Flugverbotszone.", encoding="utf-8")
    real = kg.rdf.shapes.Shapes.check_merged
    monkeypatch.setattr(kg.rdf.shapes.Shapes, "check_merged",
                        lambda self, s, lines: ["two types"] if b"actor/polen" in s else real(self, s, lines))
    with pytest.raises(ShaclViolation, match="two types"):
        build([src], tmp_path / "out")
    assert [p.name for p in (tmp_path / "out").iterdir()] == []
