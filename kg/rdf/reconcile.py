"""Reconciling an actor that articles describe differently.

Articles are extracted one by one, and an actor's IRI comes from its label. Two articles may
therefore give one IRI two labels that differ only in case ("The Guardian" in one press review,
"THE GUARDIAN" in another) or two actor types (an unknown name read as a person in one article
and as an organisation in another). The merged graph must still hold one ``skos:prefLabel``,
one ``rdfs:label`` and one ``kgo:actorType`` per actor (``ontology/shapes.ttl``), so
:func:`reconcile_actor` picks one of each, the same way whatever the order of the articles:

- the label: one not written entirely in capitals if there is one, then the first in code-point
  order; the other labels stay as ``skos:altLabel``;
- the type: Country before Organisation before Group before Person (a name that some article
  recognised as a country or an organisation is more likely that than a person, whom kg guesses
  from name patterns); only the class of that type is kept.

Works on one subject's merged N-Triples lines (as :class:`kg.sinks.merge.GraphMerger` streams them)
and returns them unchanged unless they conflict.
"""

from __future__ import annotations

from rdflib.namespace import RDF, RDFS, SKOS

from kg.rdf.mapping import ACTOR_CLASSES
from kg.rdf.vocab import KGO

__all__ = ["reconcile_actor", "label_key", "pick_type", "TYPE_ORDER"]

TYPE_ORDER = ("Country", "Organisation", "Group", "Person")

_PREF = f"<{SKOS.prefLabel}>".encode()
_LABEL = f"<{RDFS.label}>".encode()
_ALT = f"<{SKOS.altLabel}>".encode()
_TYPE = f"<{KGO.actorType}>".encode()
_RDF_TYPE = f"<{RDF.type}>".encode()
_ACTOR = f"<{KGO.Actor}>".encode()
_CLASSES = {f"<{cls}>".encode(): name for name, cls in ACTOR_CLASSES.items()}


def _parts(line: bytes) -> tuple[bytes, bytes, bytes]:
    s, p, rest = line.split(b" ", 2)
    return s, p, rest.rstrip(b"\n").rstrip(b" .").rstrip()


def _literal_text(obj: bytes) -> str:
    """The lexical form of an N-Triples literal (kg's labels: ``"…"@de``), unescaped enough to compare."""
    body = obj[1:obj.rindex(b'"')]
    return body.decode("utf-8", "replace")


def label_key(text: str) -> tuple[bool, bytes]:
    """Sort key of the preferred label: one not entirely in capitals first, then code-point order."""
    return (text.isupper(), text.encode("utf-8"))


def pick_type(names: set[str]) -> str:
    """The actor type kept when articles disagree (see :data:`TYPE_ORDER`)."""
    return next((name for name in TYPE_ORDER if name in names), min(names))


def _label_key(obj: bytes) -> tuple[bool, bytes]:
    return label_key(_literal_text(obj))


def reconcile_actor(lines: list[bytes]) -> list[bytes]:
    """One subject's sorted N-Triples lines with at most one label, preferred label and actor type."""
    triples = [_parts(line) for line in lines]
    if not any(p == _RDF_TYPE and o == _ACTOR for _, p, o in triples):
        return lines
    prefs = sorted({o for _, p, o in triples if p == _PREF}, key=_label_key)
    types = {o for _, p, o in triples if p == _TYPE}
    if len(prefs) <= 1 and len(types) <= 1:
        return lines
    subject = triples[0][0]
    out: set[bytes] = set()
    keep_label = prefs[0] if prefs else None
    type_names = {_literal_text(o): o for o in types}
    keep_type = pick_type(set(type_names)) if type_names else None
    for s, p, o in triples:
        if p in (_PREF, _LABEL) and keep_label is not None and o != keep_label:
            if p == _PREF:
                out.add(s + b" " + _ALT + b" " + o + b" .\n")
            continue
        if p == _TYPE and o != type_names.get(keep_type):
            continue
        if p == _RDF_TYPE and o in _CLASSES and _CLASSES[o] != keep_type:
            continue
        out.add(s + b" " + p + b" " + o + b" .\n")
    if keep_label is not None:
        out.discard(subject + b" " + _ALT + b" " + keep_label + b" .\n")
    return sorted(out)
