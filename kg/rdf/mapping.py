"""Extraction records -> RDF, under the kg ontology. The only place that knows both."""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg import EXTRACTOR_NAME, __version__
from kg.records import Actor, Event, Extraction, Position, TextSpan
from kg.rdf.iri import actor_iri, doc_iri, node_iri, slug, span_iri
from kg.rdf.vocab import BINDINGS, ID, KGET, KGO, KGP, KGPOL, NIF, ORG, SCHEMA, SEM, WD

__all__ = ["extraction_graph", "bind_prefixes", "ACTOR_CLASSES"]

ACTOR_CLASSES = {
    "Person": SCHEMA.Person,
    "Country": SCHEMA.Country,
    "Organisation": SCHEMA.Organization,
    "Group": KGO.Group,
}
AGENT = ID[f"agent/{EXTRACTOR_NAME}-{slug(__version__)}"]


def bind_prefixes(g: Graph) -> Graph:
    for prefix, ns in sorted(BINDINGS.items()):
        g.bind(prefix, ns, override=True, replace=True)
    for prefix, ns in (("prov", PROV), ("skos", SKOS), ("dcterms", DCTERMS), ("owl", OWL), ("xsd", XSD)):
        g.bind(prefix, ns, override=True, replace=True)
    return g


def _date_literal(date: str) -> Literal:
    return Literal(date, datatype=XSD.date if len(date) == 10 else XSD.gYearMonth)


def _time_literal(value: str) -> Literal:
    if len(value) == 10:
        return Literal(value, datatype=XSD.date)
    if len(value) == 7:
        return Literal(value, datatype=XSD.gYearMonth)
    if len(value) == 4:
        return Literal(value, datatype=XSD.gYear)
    return Literal(value)


def _span(g: Graph, source: str, doc: URIRef, span: TextSpan) -> URIRef:
    s = span_iri(source, span.start, span.end)
    g.add((s, RDF.type, KGO.EvidenceSpan))
    g.add((s, RDF.type, NIF.String))
    g.add((s, NIF.beginIndex, Literal(span.start, datatype=XSD.nonNegativeInteger)))
    g.add((s, NIF.endIndex, Literal(span.end, datatype=XSD.nonNegativeInteger)))
    g.add((s, NIF.anchorOf, Literal(span.text)))
    g.add((s, NIF.referenceContext, doc))
    return s


def _place(g: Graph, label: str) -> URIRef:
    place = ID[f"place/{slug(label)}"]
    g.add((place, RDF.type, SCHEMA.Place))
    g.add((place, RDF.type, SEM.Place))
    g.add((place, RDFS.label, Literal(label, lang="de")))
    return place


def _actor(g: Graph, a: Actor) -> URIRef:
    node = actor_iri(a.label)
    cls = ACTOR_CLASSES.get(a.type, KGO.Group)
    g.add((node, RDF.type, KGO.Actor))
    g.add((node, RDF.type, cls))
    g.add((node, RDF.type, PROV.Agent))
    g.add((node, SKOS.prefLabel, Literal(a.label, lang="de")))
    g.add((node, RDFS.label, Literal(a.label, lang="de")))
    g.add((node, KGO.actorType, Literal(a.type)))
    for alias in a.aliases:
        if alias != a.label:
            g.add((node, SKOS.altLabel, Literal(alias, lang="de")))
    if a.wikidata:
        g.add((node, OWL.sameAs, WD[a.wikidata]))
    for role in a.roles:
        post = node_iri("post", a.label, role.title, role.of or "")
        g.add((post, RDF.type, ORG.Post))
        g.add((post, RDFS.label, Literal(role.title, lang="de")))
        g.add((post, ORG.heldBy, node))
        if role.of:
            g.add((post, ORG.postIn, actor_iri(role.of)))
    for party in a.parties:
        ms = node_iri("membership", a.label, party)
        g.add((ms, RDF.type, ORG.Membership))
        g.add((ms, ORG.member, node))
        g.add((ms, ORG.organization, actor_iri(party)))
    return node


def _provenance(g: Graph, node: URIRef, doc: URIRef, activity: URIRef, span: URIRef, confidence: float) -> None:
    g.add((node, KGO.evidence, span))
    g.add((node, KGO.confidence, Literal(Decimal(str(confidence)).quantize(Decimal("0.01")), datatype=XSD.decimal)))
    g.add((node, PROV.wasDerivedFrom, doc))
    g.add((node, PROV.wasGeneratedBy, activity))


def _position(g: Graph, x: Extraction, p: Position, doc: URIRef, activity: URIRef) -> None:
    src = x.article.source
    node = node_iri("position", src, p.holder, p.proposal, p.polarity, p.evidence.start)
    holder = actor_iri(p.holder)
    prop = KGP[p.proposal]
    g.add((node, RDF.type, KGO.Position))
    g.add((node, KGO.holder, holder))
    g.add((node, KGO.proposal, prop))
    g.add((node, KGO.polarity, KGPOL[p.polarity]))
    g.add((node, KGO.cue, Literal(p.cue)))
    g.add((node, DCTERMS.date, _date_literal(x.article.date)))
    g.add((node, RDFS.label, Literal(f"{p.holder} {'für' if p.polarity == 'for' else 'gegen'} {p.proposal}", lang="de")))
    _provenance(g, node, doc, activity, _span(g, src, doc, p.evidence), p.confidence)
    g.add((holder, KGO.supports if p.polarity == "for" else KGO.opposes, prop))


def _event(g: Graph, x: Extraction, e: Event, doc: URIRef, activity: URIRef) -> None:
    src = x.article.source
    node = node_iri("event", src, e.type, e.evidence.start, e.trigger)
    g.add((node, RDF.type, KGO.Event))
    if e.quote is not None:
        g.add((node, RDF.type, KGO.Quotation))
        g.add((node, KGO.quoteText, Literal(e.quote)))
    g.add((node, SEM.eventType, KGET[e.type]))
    g.add((node, KGO.cue, Literal(e.trigger)))
    actors = ", ".join(e.sources or e.participants)
    g.add((node, RDFS.label, Literal(f"{e.type}: {e.trigger}" + (f" ({actors})" if actors else ""), lang="de")))
    for a in e.sources:
        g.add((node, KGO.sourceActor, actor_iri(a)))
    for a in e.targets:
        g.add((node, KGO.targetActor, actor_iri(a)))
    for a in sorted(set(e.participants) | set(e.sources) | set(e.targets)):
        g.add((node, SEM.hasActor, actor_iri(a)))
    if e.place:
        g.add((node, SEM.hasPlace, _place(g, e.place)))
    if e.time:
        g.add((node, KGO.timeExpression, Literal(e.time.text)))
        g.add((node, KGO.timeValue, _time_literal(e.time.value)))
        g.add((node, KGO.timeGranularity, Literal(e.time.granularity)))
    for n, q in enumerate(e.quantities):
        qn = URIRef(f"{node}/quantity/{n}")
        g.add((qn, RDF.type, SCHEMA.QuantitativeValue))
        g.add((qn, SCHEMA.value, Literal(Decimal(int(q.value)) if float(q.value).is_integer() else Decimal(str(q.value)), datatype=XSD.decimal)))
        g.add((qn, SCHEMA.unitText, Literal(q.unit)))
        g.add((qn, KGO.quantityText, Literal(q.text)))
        g.add((node, KGO.quantity, qn))
    if e.proposal:
        g.add((node, KGO.aboutProposal, KGP[e.proposal]))
    g.add((node, DCTERMS.date, _date_literal(x.article.date)))
    _provenance(g, node, doc, activity, _span(g, src, doc, e.evidence), e.confidence)


def extraction_graph(x: Extraction) -> Graph:
    """All triples derived from one article."""
    g = bind_prefixes(Graph())
    src = x.article.source
    doc = doc_iri(src)
    g.add((doc, RDF.type, SCHEMA.NewsArticle))
    g.add((doc, RDF.type, NIF.Context))
    g.add((doc, RDF.type, PROV.Entity))
    g.add((doc, SCHEMA.name, Literal(src)))
    g.add((doc, KGO.sourceFile, Literal(src)))
    g.add((doc, SCHEMA.datePublished, _date_literal(x.article.date)))
    g.add((doc, NIF.isString, Literal(x.article.text)))
    activity = ID[f"activity/{slug(src[:-4] if src.endswith('.txt') else src)}"]
    g.add((activity, RDF.type, PROV.Activity))
    g.add((activity, PROV.used, doc))
    g.add((activity, PROV.wasAssociatedWith, AGENT))
    g.add((activity, RDFS.label, Literal(f"{EXTRACTOR_NAME} {__version__} on {src}")))
    g.add((AGENT, RDF.type, PROV.SoftwareAgent))
    g.add((AGENT, RDF.type, SCHEMA.SoftwareApplication))
    g.add((AGENT, SCHEMA.name, Literal(EXTRACTOR_NAME)))
    g.add((AGENT, SCHEMA.softwareVersion, Literal(__version__)))
    for a in x.actors:
        _actor(g, a)
    for pl in x.places:
        _place(g, pl)
    for p in x.positions:
        _position(g, x, p, doc, activity)
    for e in x.events:
        _event(g, x, e, doc, activity)
    return g
