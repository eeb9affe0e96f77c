"""Two articles that describe one actor IRI differently still give a conforming merged graph."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, SKOS

from kg.build import _check_merged
from kg.errors import ShaclViolation
from kg.rdf.iri import actor_iri
from kg.rdf.mapping import _actor
from kg.rdf.reconcile import reconcile_actor
from kg.rdf.vocab import KGO, SCHEMA
from kg.records import Actor
from kg.sinks.merge import GraphMerger, trig_block


def _nt(*actors: Actor) -> bytes:
    g = Graph()
    for a in actors:
        _actor(g, a)
    return b"".join(sorted(line + b"\n" for line in g.serialize(format="nt", encoding="utf-8").splitlines() if line))


def _merge(folder, parts: list[bytes], reconcile=reconcile_actor) -> Graph:
    m = GraphMerger(folder)
    try:
        for n, nt in enumerate(parts):
            m.add(nt, trig_block(f"https://example.org/g{n}", nt))
        staged = m.write(check=_check_merged, reconcile=reconcile)
        data = staged["kg.ttl"].read_bytes()
    finally:
        m.discard()
    g = Graph()
    g.parse(data=data, format="turtle")
    return g


GUARDIAN_ORG = Actor("The Guardian", "Organisation", aliases=("THE GUARDIAN",))
GUARDIAN_PERSON = Actor("THE GUARDIAN", "Person")


@pytest.mark.parametrize("order", [0, 1])
def test_conflicting_label_and_type_are_reconciled(tmp_path, order):
    parts = [_nt(GUARDIAN_ORG), _nt(GUARDIAN_PERSON)]
    g = _merge(tmp_path, parts if order == 0 else parts[::-1])
    node = actor_iri("The Guardian")
    assert actor_iri("THE GUARDIAN") == node  # one IRI for both spellings: the conflict is real
    assert list(g.objects(node, SKOS.prefLabel)) == [Literal("The Guardian", lang="de")]
    assert set(g.objects(node, SKOS.altLabel)) == {Literal("THE GUARDIAN", lang="de")}
    assert list(g.objects(node, KGO.actorType)) == [Literal("Organisation")]
    assert (node, RDF.type, SCHEMA.Organization) in g and (node, RDF.type, SCHEMA.Person) not in g


def test_same_parts_in_either_order_give_the_same_bytes(tmp_path):
    def ttl(folder, parts):
        m = GraphMerger(folder)
        for n, nt in enumerate(parts):
            m.add(nt, trig_block("https://example.org/g", nt))
        out = m.write(check=_check_merged, reconcile=reconcile_actor)["kg.ttl"].read_bytes()
        m.discard()
        return out

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    parts = [_nt(GUARDIAN_ORG), _nt(GUARDIAN_PERSON)]
    assert ttl(tmp_path / "a", parts) == ttl(tmp_path / "b", parts[::-1])


def test_without_reconciling_the_merge_is_refused(tmp_path):
    with pytest.raises(ShaclViolation, match="merged from several articles"):
        _merge(tmp_path, [_nt(GUARDIAN_ORG), _nt(GUARDIAN_PERSON)], reconcile=None)


def test_agreeing_actors_are_left_alone():
    lines = _nt(Actor("Polen", "Country", aliases=("Warschau",))).splitlines(keepends=True)
    assert reconcile_actor(lines) == lines


def test_type_order_prefers_a_country_or_organisation_to_a_guessed_person():
    lines = sorted(set(_nt(Actor("Pax Christi", "Person")).splitlines(keepends=True))
                   | set(_nt(Actor("Pax Christi", "Group")).splitlines(keepends=True)))
    out = Graph()
    out.parse(data=b"".join(reconcile_actor(lines)), format="nt")
    assert list(out.objects(actor_iri("Pax Christi"), KGO.actorType)) == [Literal("Group")]
    assert list(ox.parse(b"".join(reconcile_actor(lines)), format=ox.RdfFormat.N_TRIPLES))


def test_the_view_gives_a_conflicting_actor_the_same_label_and_type():
    from kg.graph.view import RowsUnion, view_from_rows, view_rows

    union = RowsUnion()
    for actor in (GUARDIAN_PERSON, GUARDIAN_ORG):
        g = Graph()
        _actor(g, actor)
        union.add(view_rows(g))
    node = view_from_rows(union.rows()).nodes[str(actor_iri("The Guardian"))]
    assert (str(node["label"]), str(node["type"])) == ("The Guardian", "Organisation")
    assert "THE GUARDIAN" in [str(a) for a in node["aliases"]]
