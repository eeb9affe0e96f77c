"""Closed namespaces: a typo in a term raises instead of minting a wrong IRI.

The kgo terms mirror ontology/kg.ttl; tests/rdf/test_vocab.py checks they agree.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["BASE", "KGO", "KGP", "KGPOL", "KGET", "KGS", "ID", "SCHEMA", "SEM", "ORG", "NIF", "WD", "BINDINGS"]

BASE = "https://w3id.org/kgnews/"


class KGO(DefinedNamespace):
    """kg ontology terms."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    Actor: URIRef
    Group: URIRef
    Position: URIRef
    Event: URIRef
    Quotation: URIRef
    EvidenceSpan: URIRef
    Polarity: URIRef
    Proposal: URIRef
    EventType: URIRef
    holder: URIRef
    proposal: URIRef
    polarity: URIRef
    evidence: URIRef
    confidence: URIRef
    cue: URIRef
    supports: URIRef
    opposes: URIRef
    actorType: URIRef
    sourceActor: URIRef
    targetActor: URIRef
    aboutProposal: URIRef
    timeExpression: URIRef
    timeValue: URIRef
    timeGranularity: URIRef
    quantity: URIRef
    quantityText: URIRef
    quoteText: URIRef
    sourceFile: URIRef


class SEM(DefinedNamespace):
    """Simple Event Model terms kg uses."""

    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    _fail = True

    Event: URIRef
    Place: URIRef
    eventType: URIRef
    hasActor: URIRef
    hasPlace: URIRef


class NIF(DefinedNamespace):
    """NIF core terms kg uses for evidence spans."""

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True

    Context: URIRef
    String: URIRef
    Sentence: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    isString: URIRef
    referenceContext: URIRef


class ORG(DefinedNamespace):
    """W3C ORG terms kg uses for posts and memberships."""

    _NS = Namespace("http://www.w3.org/ns/org#")
    _fail = True

    Post: URIRef
    Membership: URIRef
    heldBy: URIRef
    postIn: URIRef
    member: URIRef
    organization: URIRef


class SCHEMA(DefinedNamespace):
    """schema.org terms kg uses (https namespace)."""

    _NS = Namespace("https://schema.org/")
    _fail = True

    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Place: URIRef
    NewsArticle: URIRef
    QuantitativeValue: URIRef
    SoftwareApplication: URIRef
    name: URIRef
    value: URIRef
    unitText: URIRef
    softwareVersion: URIRef
    datePublished: URIRef
    location: URIRef
    gender: URIRef


KGP = Namespace(BASE + "proposal/")
KGPOL = Namespace(BASE + "polarity/")
KGET = Namespace(BASE + "event-type/")
KGS = Namespace(BASE + "scheme/")
ID = Namespace(BASE + "id/")
WD = Namespace("http://www.wikidata.org/entity/")

BINDINGS = {
    "kgo": KGO._NS,
    "kgp": KGP,
    "kgpol": KGPOL,
    "kget": KGET,
    "kgs": KGS,
    "kgid": ID,
    "schema": SCHEMA._NS,
    "sem": SEM._NS,
    "org": ORG._NS,
    "nif": NIF._NS,
    "wd": WD,
}
