"""Reading the ontology's controlled vocabularies (proposals, event types) as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF, SKOS

from kg.errors import LexiconError
from kg.rdf.vocab import KGO

__all__ = ["ONTOLOGY_DIR", "ProposalConcept", "load_proposals", "load_ontology", "ontology_path", "shapes_path"]

ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"


def ontology_path() -> Path:
    return ONTOLOGY_DIR / "kg.ttl"


def shapes_path() -> Path:
    return ONTOLOGY_DIR / "shapes.ttl"


@dataclass(frozen=True, slots=True)
class ProposalConcept:
    """A proposal: its notation key, English and German labels, broader key and German search terms."""

    key: str
    label_en: str
    label_de: str
    broader: str | None
    terms: tuple[str, ...]


@lru_cache(maxsize=4)
def load_ontology(path: Path | None = None) -> Graph:
    p = Path(path) if path else ontology_path()
    try:
        return Graph().parse(p, format="turtle")
    except Exception as exc:  # rdflib raises many kinds of parser errors
        raise LexiconError(f"{p}: cannot parse the ontology ({exc})") from None


def load_proposals(path: Path | None = None) -> tuple[ProposalConcept, ...]:
    """All kgo:Proposal concepts with their German terms, sorted by key."""
    g = load_ontology(path)
    out = []
    for c in set(g.subjects(RDF.type, KGO.Proposal)):
        key = g.value(c, SKOS.notation)
        if key is None:
            raise LexiconError(f"proposal {c} has no skos:notation")
        de = en = ""
        terms: list[str] = []
        for pred in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            for lit in g.objects(c, pred):
                if pred == SKOS.prefLabel and lit.language == "en":
                    en = str(lit)
                if lit.language == "de":
                    if pred == SKOS.prefLabel:
                        de = str(lit)
                    terms.append(str(lit))
        b = g.value(c, SKOS.broader)
        broader = str(g.value(b, SKOS.notation)) if b is not None else None
        out.append(ProposalConcept(str(key), en or str(key), de or str(key), broader, tuple(sorted(set(terms)))))
    return tuple(sorted(out, key=lambda p: p.key))
