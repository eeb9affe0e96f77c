"""A typed networkx view of a kg RDF graph.

Nodes: actors (type Person/Country/Organisation/Group), proposals, events. Edges: positions
(actor -> proposal, signed by polarity, with evidence, date, source and confidence), event
participation (actor -> event), what an event is about (event -> proposal), and posts and
party memberships between actors (person -> organisation or country).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.rdf.reconcile import label_key, pick_type
from kg.rdf.vocab import KGO, NIF, ORG, SEM

__all__ = ["to_networkx", "view_rows", "view_from_rows", "ViewRows", "RowsUnion", "NODE_TYPES", "ACTOR_TYPES", "EDGE_KINDS"]

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


def _rows(g: Graph, query) -> frozenset[tuple[str | None, ...]]:
    """Query results as string tuples, so the view does not depend on store order."""
    return frozenset(tuple(None if v is None else str(v) for v in r) for r in g.query(query))


@dataclass(frozen=True)
class ViewRows:
    """Everything :func:`to_networkx` reads from a graph, as sets of string tuples.

    The rows of a union of graphs are the union of each graph's rows whenever every
    position, event and post lives in one graph with its evidence and document, as kg's
    per-article graphs do; so a build computes rows per article and merges them, and never
    needs the whole corpus graph in memory to draw it.
    """

    actors: frozenset = frozenset()      # (actor, label, type)
    positions: frozenset = frozenset()   # (position, actor, proposal, polarity, evidence, file, date, confidence)
    events: frozenset = frozenset()      # (event, type, label, actor, proposal, evidence, file, date)
    relations: frozenset = frozenset()   # (kind, actor, organisation, title)
    roles: frozenset = frozenset()       # (actor, post title)
    aliases: frozenset = frozenset()     # (actor, alias)
    labels: frozenset = frozenset()      # (proposal, skos:prefLabel)

    def __or__(self, other: ViewRows) -> ViewRows:
        return ViewRows(*(getattr(self, f.name) | getattr(other, f.name) for f in fields(self)))

    def to_json(self) -> dict:
        return {f.name: sorted(getattr(self, f.name), key=_sort_key) for f in fields(self)}

    @classmethod
    def from_json(cls, obj: dict) -> ViewRows:
        return cls(**{f.name: frozenset(tuple(r) for r in obj[f.name]) for f in fields(cls)})


class RowsUnion:
    """The union of many articles' :class:`ViewRows`, collected in place (``a | b`` on
    frozensets copies the whole union for every article: quadratic over a corpus)."""

    def __init__(self) -> None:
        self._sets: dict[str, set] = {f.name: set() for f in fields(ViewRows)}
        self.empty = True

    def add(self, rows: ViewRows) -> None:
        for name, acc in self._sets.items():
            acc.update(getattr(rows, name))
        self.empty = False

    def rows(self) -> ViewRows:
        return ViewRows(**{name: frozenset(acc) for name, acc in self._sets.items()})


def _sort_key(t: tuple) -> tuple:
    return tuple(v or "" for v in t)


def view_rows(g: Graph) -> ViewRows:
    """The rows of ``g`` that :func:`view_from_rows` turns into the networkx view.

    The same rows as the SPARQL queries above (_ACTORS, _POSITIONS, _EVENTS, _RELATIONS)
    give, found with direct pattern lookups, which are many times faster in rdflib.
    """
    def one_or_none(s, p) -> list:
        return sorted(g.objects(s, p)) or [None]

    def via(s, p1, p2) -> list:
        return sorted({v for mid in g.objects(s, p1) for v in g.objects(mid, p2)}) or [None]

    actors = {(a, label, typ) for a in g.subjects(RDF.type, KGO.Actor) for label in g.objects(a, SKOS.prefLabel)
              for typ in one_or_none(a, KGO.actorType)}
    positions = {(p, a, prop, pol, ev, file, date, conf) for p in g.subjects(RDF.type, KGO.Position)
                 for a in g.objects(p, KGO.holder) for prop in g.objects(p, KGO.proposal)
                 for pol in g.objects(p, KGO.polarity) for ev in via(p, KGO.evidence, NIF.anchorOf)
                 for file in via(p, PROV.wasDerivedFrom, KGO.sourceFile) for date in one_or_none(p, DCTERMS.date)
                 for conf in one_or_none(p, KGO.confidence)}
    events = {(e, typ, label, actor, prop, ev, file, date) for e in g.subjects(RDF.type, KGO.Event)
              for typ in g.objects(e, SEM.eventType) for label in one_or_none(e, RDFS.label)
              for actor in one_or_none(e, SEM.hasActor) for prop in one_or_none(e, KGO.aboutProposal)
              for ev in via(e, KGO.evidence, NIF.anchorOf) for file in via(e, PROV.wasDerivedFrom, KGO.sourceFile)
              for date in one_or_none(e, DCTERMS.date)}
    relations = {("post", a, org, title) for post, a in g.subject_objects(ORG.heldBy)
                 for org in g.objects(post, ORG.postIn) for title in one_or_none(post, RDFS.label)}
    relations |= {("member", a, org, None) for m in g.subjects(RDF.type, ORG.Membership)
                  for a in g.objects(m, ORG.member) for org in g.objects(m, ORG.organization)}
    props = {r[2] for r in positions} | {r[4] for r in events if r[4] is not None}
    return ViewRows(
        actors=_strings(actors), positions=_strings(positions), events=_strings(events), relations=_strings(relations),
        roles=frozenset((str(a), str(lab)) for post, a in g.subject_objects(ORG.heldBy) for lab in g.objects(post, RDFS.label)),
        aliases=frozenset((str(a), str(alias)) for a, alias in g.subject_objects(SKOS.altLabel)),
        labels=frozenset((str(p), str(lab)) for p in props for lab in g.objects(p, SKOS.prefLabel)))


def _strings(rows: set[tuple]) -> frozenset[tuple[str | None, ...]]:
    return frozenset(tuple(None if v is None else str(v) for v in r) for r in rows)


def sparql_view_rows(g: Graph) -> ViewRows:
    """:func:`view_rows` by the SPARQL queries (the specification; slower)."""
    props = {URIRef(r[2]) for r in _rows(g, _POSITIONS)} | {URIRef(r[4]) for r in _rows(g, _EVENTS) if r[4] is not None}
    return ViewRows(
        actors=_rows(g, _ACTORS), positions=_rows(g, _POSITIONS), events=_rows(g, _EVENTS),
        relations=_rows(g, _RELATIONS),
        roles=frozenset((str(a), str(lab)) for post, a in g.subject_objects(ORG.heldBy) for lab in g.objects(post, RDFS.label)),
        aliases=frozenset((str(a), str(alias)) for a, alias in g.subject_objects(SKOS.altLabel)),
        labels=frozenset((str(p), str(lab)) for p in props for lab in g.objects(p, SKOS.prefLabel)))


def _add_proposal(G: nx.MultiDiGraph, labels: dict[str, str], prop: str) -> None:
    if prop not in G:
        pl = labels.get(prop)
        G.add_node(prop, type="Proposal", label=_local(prop), title_de=pl if pl else _local(prop),
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
    return view_from_rows(view_rows(g), events=events, relations=relations)


def view_from_rows(rows: ViewRows, *, events: bool = True, relations: bool = True) -> nx.MultiDiGraph:
    """The networkx view (see :func:`to_networkx`) of rows, e.g. merged from many articles."""
    roles: dict[str, set[str]] = {}
    for a, title in rows.roles:
        roles.setdefault(a, set()).add(title)
    aliases: dict[str, set[str]] = {}
    for a, alias in rows.aliases:
        aliases.setdefault(a, set()).add(alias)
    labels: dict[str, str] = {}
    for prop, label in sorted(rows.labels):
        labels.setdefault(prop, label)
    G = nx.MultiDiGraph()
    # an actor that articles describe differently gets the label and type kg.ttl gives it (kg.rdf.reconcile)
    seen: dict[str, tuple[set, set]] = {}
    for a, label, typ in rows.actors:
        seen.setdefault(a, (set(), set()))
        seen[a][0].add(label)
        seen[a][1].add(typ or "Group")
    for a in sorted(seen):
        labels_a, types_a = seen[a]
        label = min(labels_a, key=lambda x: label_key(str(x)))
        by_name = {str(t): t for t in types_a}
        typ = by_name[pick_type(set(by_name))]
        G.add_node(a, type=typ, label=label, roles=sorted(roles.get(a, ())),
                   aliases=sorted(aliases.get(a, set()) | (labels_a - {label})))
    for p, a, prop, pol, evidence, file, date, conf in sorted(rows.positions, key=_sort_key):
        if a not in G:
            G.add_node(a, type="Group", label=_local(a), roles=[], aliases=[])
        _add_proposal(G, labels, prop)
        polarity = _local(pol)
        G.add_edge(a, prop, key=p, kind="position", proposal=_local(prop), polarity=polarity,
                   sign=1 if polarity == "for" else -1, evidence=evidence or "", source_file=file or "",
                   date=date or "", confidence=float(conf) if conf is not None else 0.0)
    if events:
        for e, typ, label, actor, prop, evidence, file, date in sorted(rows.events, key=_sort_key):
            if e not in G:
                G.add_node(e, type="Event", label=label or _local(typ), event_type=_local(typ),
                           proposal=_local(prop) if prop else "", evidence=evidence or "",
                           source_file=file or "", date=date or "", roles=[], aliases=[])
            if actor is not None and actor in G:
                G.add_edge(actor, e, key=f"{actor}|{e}", kind="participant")
            if prop is not None:
                _add_proposal(G, labels, prop)
                G.add_edge(e, prop, key=f"{e}|{prop}", kind="about")
    if relations:
        for kind, a, org, title in sorted(rows.relations, key=_sort_key):
            if a in G and org in G and a != org:
                G.add_edge(a, org, key=f"{kind}|{a}|{org}|{title or ''}", kind=kind, title=title or "")
    return G
