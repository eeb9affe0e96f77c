"""A typed networkx view of a kg RDF graph.

Nodes: actors (type Person/Country/Organisation/Group), proposals, events. Edges: positions
(actor -> proposal, signed by polarity, with evidence, date, source and confidence) and
event participation (actor -> event).
"""

from __future__ import annotations

import networkx as nx
from rdflib import Graph
from rdflib.namespace import RDFS, SKOS

from kg.rdf.vocab import ORG

__all__ = ["to_networkx", "NODE_TYPES"]

NODE_TYPES = ("Person", "Country", "Organisation", "Group", "Proposal", "Event")

_POSITIONS = """
PREFIX kgo: <https://w3id.org/kgnews/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?p ?a ?prop ?pol ?evidence ?file ?date ?conf WHERE {
  ?p a kgo:Position ; kgo:holder ?a ; kgo:proposal ?prop ; kgo:polarity ?pol .
  OPTIONAL { ?p kgo:evidence/nif:anchorOf ?evidence }
  OPTIONAL { ?p prov:wasDerivedFrom/kgo:sourceFile ?file }
  OPTIONAL { ?p dcterms:date ?date }
  OPTIONAL { ?p kgo:confidence ?conf }
}"""

_ACTORS = """
PREFIX kgo: <https://w3id.org/kgnews/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?a ?label ?type WHERE { ?a a kgo:Actor ; skos:prefLabel ?label . OPTIONAL { ?a kgo:actorType ?type } }"""

_EVENTS = """
PREFIX kgo: <https://w3id.org/kgnews/ontology#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?e ?type ?label ?actor ?evidence ?file WHERE {
  ?e a kgo:Event ; sem:eventType ?type .
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e sem:hasActor ?actor }
  OPTIONAL { ?e kgo:evidence/nif:anchorOf ?evidence }
  OPTIONAL { ?e prov:wasDerivedFrom/kgo:sourceFile ?file }
}"""


def _local(x: object) -> str:
    return str(x).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def to_networkx(g: Graph, *, events: bool = True) -> nx.MultiDiGraph:
    """Build the typed view. Node ids are IRIs (strings); every node has ``type`` and ``label``.

    Position edges have ``kind='position'``, ``polarity`` ('for'/'against'), ``sign`` (+1/-1),
    ``evidence``, ``source_file``, ``date`` and ``confidence``.
    """
    G = nx.MultiDiGraph()
    for r in g.query(_ACTORS):
        a = str(r.a)
        roles = sorted({str(lab) for post in g.subjects(ORG.heldBy, r.a) for lab in g.objects(post, RDFS.label)})
        aliases = sorted(str(x) for x in g.objects(r.a, SKOS.altLabel))
        G.add_node(a, type=str(r.type or "Group"), label=str(r.label), roles=roles, aliases=aliases)
    for r in g.query(_POSITIONS):
        a, prop = str(r.a), str(r.prop)
        if a not in G:
            G.add_node(a, type="Group", label=_local(a), roles=[], aliases=[])
        if prop not in G:
            pl = g.value(r.prop, SKOS.prefLabel)
            G.add_node(prop, type="Proposal", label=_local(prop), title_de=str(pl) if pl else _local(prop), roles=[], aliases=[])
        pol = _local(r.pol)
        G.add_edge(a, prop, key=str(r.p), kind="position", polarity=pol, sign=1 if pol == "for" else -1,
                   evidence=str(r.evidence or ""), source_file=str(r.file or ""), date=str(r.date or ""),
                   confidence=float(r.conf) if r.conf is not None else 0.0)
    if events:
        for r in g.query(_EVENTS):
            e = str(r.e)
            if e not in G:
                G.add_node(e, type="Event", label=str(r.label or _local(r.type)), event_type=_local(r.type),
                           evidence=str(r.evidence or ""), source_file=str(r.file or ""), roles=[], aliases=[])
            if r.actor is not None and str(r.actor) in G:
                G.add_edge(str(r.actor), e, key=f"{r.actor}|{e}", kind="participant")
    return G
