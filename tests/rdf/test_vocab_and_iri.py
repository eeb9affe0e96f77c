"""The ontology, the closed namespaces and IRI minting."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from kg.rdf.iri import actor_iri, doc_iri, slug, span_iri
from kg.rdf.ontology import load_proposals, ontology_path, shapes_path
from kg.rdf.vocab import KGO


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_path())


def test_vocab_every_kgo_term_is_declared_in_the_ontology(onto):
    declared = {str(s) for s in onto.subjects() if str(s).startswith(str(KGO._NS))}
    terms = {str(KGO._NS) + t for t in KGO.__annotations__}
    assert terms == declared


def test_vocab_closed_namespace_rejects_typos():
    with pytest.raises(AttributeError):
        KGO.holdr  # noqa: B018


def test_ontology_metadata(onto):
    ont = URIRef("https://w3id.org/kgnews/ontology")
    assert (ont, RDF.type, OWL.Ontology) in onto
    assert onto.value(ont, OWL.versionInfo) is not None
    langs = {l.language for l in onto.objects(ont, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    assert {"de", "en"} <= langs


def test_ontology_proposal_keys_exact():
    keys = [p.key for p in load_proposals()]
    assert keys == sorted(["peace_mission", "no_fly_zone", "fighter_jets", "heavy_weapons", "arms_deliveries",
                           "eastern_flank_troops", "sanctions", "energy_embargo"])
    by = {p.key: p for p in load_proposals()}
    assert by["fighter_jets"].broader == by["heavy_weapons"].broader == "arms_deliveries"
    assert all(p.terms for p in by.values())


def test_ontology_and_shapes_parse_with_oxigraph():
    for p in (ontology_path(), shapes_path()):
        ox.Store().load(p.read_bytes(), ox.RdfFormat.TURTLE)


@pytest.mark.parametrize("label", ["Olaf Scholz", "CDU/CSU", "Großbritannien", '<script>"x"</script>', "a b\n\tc",
                                   "\x00\x07>", "", "🙂", "x" * 300, "Ärger über Öl"])
def test_iri_minting_always_valid(label):
    iri = actor_iri(label)
    assert all(c.isascii() and c not in ' <>"{}|\\^`' and ord(c) > 32 for c in str(iri))
    ox.NamedNode(str(iri))  # raises on an invalid IRI


def test_iri_stable_and_distinct():
    assert actor_iri("Olaf Scholz") == actor_iri("Olaf Scholz")
    assert str(actor_iri("Olaf Scholz")).endswith("/actor/olaf-scholz")
    assert slug("CDU/CSU") != slug("CDU-CSU")
    assert str(span_iri("a.txt", 3, 10)).endswith("/doc/a#char=3,10")
    assert doc_iri("evil <x>.txt") == doc_iri("evil <x>.txt")
