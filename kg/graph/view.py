"""A typed networkx view of a kg RDF graph.

Nodes: actors (type Person/Country/Organisation/Group), proposals, events. Edges: positions
(actor -> proposal, signed by polarity, with evidence, date, source and confidence), event
participation (actor -> event), what an event is about (event -> proposal), and posts and
party memberships between actors (person -> organisation or country).
"""

from __future__ import annotations

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS, SKOS

from kg.rdf.vocab import ORG

__all__ = ["to_networkx", "NODE_TYPES", "ACTOR_TYPES", "EDGE_KINDS"]

ACTOR_TYPES = ("Person", "Country", "Organisation", "Group")
NODE_TYPES = ACTOR_TYPES + ("Proposal", "Event")
EDGE_KINDS = ("position", "participant", "about", "post", "member")

_PREFIXES = """
PREFIX kgo: <https://w3id.org/kgnews/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
"""

_POSITIONS = _PREFIXES + """
SELECT ?p ?a ?prop ?pol ?evidence ?file ?date ?conf WHERE {
  ?p a kgo:Position ; kgo:holder ?a ; kgo:proposal ?prop ; kgo:polarity ?pol .
  OPTIONAL { ?p kgo:evidence/nif:anchorOf ?evidence }
  OPTIONAL { ?p prov:wasDerivedFrom/kgo:sourceFile ?file }
  OPTIONAL { ?p dcterms:date ?date }
  OPTIONAL { ?p kgo:confidence ?conf }
}"""

_ACTORS = _PREFIXES + """
SELECT ?a ?label ?type WHERE { ?a a kgo:Actor ; skos:prefLabel ?label . OPTIONAL { ?a kgo:actorType ?type } }"""

_EVENTS = _PREFIXES + """
SELECT ?e ?type ?label ?actor ?prop ?evidence ?file ?date WHERE {
  ?e a kgo:Event ; sem:eventType ?type .
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e sem:hasActor ?actor }
  OPTIONAL { ?e kgo:aboutProposal ?prop }
  OPTIONAL { ?e kgo:evidence/nif:anchorOf ?evidence }
  OPTIONAL { ?e prov:wasDerivedFrom/kgo:sourceFile ?file }
  OPTIONAL { ?e dcterms:date ?date }
}"""

_RELATIONS = _PREFIXES + """
SELECT ?kind ?a ?org ?title WHERE {
  { ?post org:heldBy ?a ; org:postIn ?org . OPTIONAL { ?post rdfs:label ?title } BIND("post" AS ?kind) }
  UNION
  { ?m a org:Membership ; org:member ?a ; org:organization ?org . BIND("member" AS ?kind) }
}"""


def _local(x: object) -> str:
    return str(x).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _rows(g: Graph, query: str) -> list[tuple[str | None, ...]]:
    """Query results as sorted string tuples, so the view does not depend on store order."""
    rows = {tuple(None if v is None else str(v) for v in r) for r in g.query(query)}
    return sorted(rows, key=lambda t: tuple(v or "" for v in t))


def _add_proposal(G: nx.MultiDiGraph, g: Graph, prop: str) -> None:
    if prop not in G:
        pl = g.value(URIRef(prop), SKOS.prefLabel)
        G.add_node(prop, type="Proposal", label=_local(prop), title_de=str(pl) if pl else _local(prop),
                   roles=[], aliases=[])


def to_networkx(g: Graph, *, events: bool = True, relations: bool = True) -> nx.MultiDiGraph:
    """Build the typed view. Node ids are IRIs (strings); every node has ``type`` and ``label``.

    Position edges have ``kind='position'``, ``proposal`` (key), ``polarity`` ('for'/'against'),
    ``sign`` (+1/-1), ``evidence``, ``source_file``, ``date`` and ``confidence``. Event nodes
    carry ``event_type``, ``proposal`` (key or ''), ``evidence``, ``source_file`` and ``date``;
    ``participant`` edges run actor -> event and ``about`` edges event -> proposal. With
    ``relations``, ``post`` edges (attribute ``title``) and ``member`` edges run from a person
    to the organisation or country. Nodes and edges are added in sorted order.

    >>> from kg.graph.sample import sample_graph
    >>> G = to_networkx(sample_graph([("Polen", "for", "peace_mission")]))
    >>> sorted(d["label"] for _, d in G.nodes(data=True))
    ['Polen', 'peace_mission']
    >>> [d["polarity"] for *_, d in G.edges(data=True)]
    ['for']
    """
    G = nx.MultiDiGraph()
    for a, label, typ in _rows(g, _ACTORS):
        roles = sorted({str(lab) for post in g.subjects(ORG.heldBy, URIRef(a)) for lab in g.objects(post, RDFS.label)})
        aliases = sorted(str(x) for x in g.objects(URIRef(a), SKOS.altLabel))
        G.add_node(a, type=typ or "Group", label=label, roles=roles, aliases=aliases)
    for p, a, prop, pol, evidence, file, date, conf in _rows(g, _POSITIONS):
        if a not in G:
            G.add_node(a, type="Group", label=_local(a), roles=[], aliases=[])
        _add_proposal(G, g, prop)
        polarity = _local(pol)
        G.add_edge(a, prop, key=p, kind="position", proposal=_local(prop), polarity=polarity,
                   sign=1 if polarity == "for" else -1, evidence=evidence or "", source_file=file or "",
                   date=date or "", confidence=float(conf) if conf is not None else 0.0)
    if events:
        for e, typ, label, actor, prop, evidence, file, date in _rows(g, _EVENTS):
            if e not in G:
                G.add_node(e, type="Event", label=label or _local(typ), event_type=_local(typ),
                           proposal=_local(prop) if prop else "", evidence=evidence or "",
                           source_file=file or "", date=date or "", roles=[], aliases=[])
            if actor is not None and actor in G:
                G.add_edge(actor, e, key=f"{actor}|{e}", kind="participant")
            if prop is not None:
                _add_proposal(G, g, prop)
                G.add_edge(e, prop, key=f"{e}|{prop}", kind="about")
    if relations:
        for kind, a, org, title in _rows(g, _RELATIONS):
            if a in G and org in G and a != org:
                G.add_edge(a, org, key=f"{kind}|{a}|{org}|{title or ''}", kind=kind, title=title or "")
    return G
