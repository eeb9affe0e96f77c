"""Fast SHACL validation of one article's graph, for builds of any size.

pySHACL (`kg validate`, :mod:`kg.shacl`) costs about 0.25 s per article graph, more than
extracting it: it re-runs RDFS inference over data plus ontology and re-parses SPARQL
constraints for every focus node. The build instead compiles ``ontology/shapes.ttl`` once
into plain Python checks of the SHACL-Core subset the shapes use (``sh:targetClass``;
property shapes with an IRI path and ``sh:minCount``, ``sh:maxCount``, ``sh:datatype``,
``sh:class``, ``sh:nodeKind``, ``sh:pattern``, ``sh:in``, ``sh:minLength``,
``sh:minInclusive``, ``sh:maxInclusive``; node-level ``sh:or`` of class shapes and
``sh:sparql`` SELECT constraints) with the RDFS inference the ontology implies (subclass,
subproperty, domain, range). A shapes file using anything else raises LexiconError, so a
check is never silently skipped. The tests check that it agrees with pySHACL.

Every article graph is validated on its own (the per-article graphs are what the build
caches and merges); :meth:`Shapes.check_merged`, run on each subject while the union is
written, adds the one check the union can fail although every article passes:
``sh:maxCount`` on nodes that several articles describe (an actor with two types, say).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

from kg.errors import LexiconError
from kg.rdf.ontology import load_ontology, shapes_path

__all__ = ["Shapes", "load_shapes"]

_PROPERTY_KEYS = {SH.path, SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH.nodeKind, SH.pattern, SH["in"],
                  SH.minLength, SH.minInclusive, SH.maxInclusive, SH.message, SH.name, SH.description, SH.severity}
_NODE_KEYS = {RDF.type, SH.targetClass, SH.property, SH["or"], SH.sparql, RDFS.label, RDFS.comment, SH.message}
_LEXICAL = {XSD.decimal: re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$"), XSD.nonNegativeInteger: re.compile(r"^\+?\d+$"),
            XSD.integer: re.compile(r"^[+-]?\d+$")}


@dataclass(frozen=True)
class _Property:
    path: URIRef
    min_count: int = 0
    max_count: int | None = None
    datatype: URIRef | None = None
    cls: URIRef | None = None
    node_kind: URIRef | None = None
    pattern: re.Pattern | None = None
    values: frozenset | None = None
    min_length: int | None = None
    min_inclusive: Decimal | None = None
    max_inclusive: Decimal | None = None


@dataclass
class _NodeShape:
    name: str
    target: URIRef
    properties: list[_Property] = field(default_factory=list)
    or_classes: tuple[URIRef, ...] = ()
    sparql: list[tuple[str, str]] = field(default_factory=list)  # (message, SELECT $this ...)


class Shapes:
    """Compiled shapes plus the ontology's RDFS axioms; call :meth:`check` on a graph."""

    def __init__(self, shapes: Graph, ontology: Graph) -> None:
        self.shapes = [_compile(shapes, s) for s in sorted(set(shapes.subjects(RDF.type, SH.NodeShape)), key=str)]
        self.supers = _closure(ontology, RDFS.subClassOf)
        self.superprops = _closure(ontology, RDFS.subPropertyOf)
        self.domain = {p: set(ontology.objects(p, RDFS.domain)) for p in ontology.subjects(RDFS.domain, None)}
        self.range = {p: set(ontology.objects(p, RDFS.range)) for p in ontology.subjects(RDFS.range, None)}
        self._queries: dict[str, object] = {}
        # N-Triples predicate -> the smallest sh:maxCount any shape sets for it
        self._max_counts: dict[bytes, int] = {}
        for shape in self.shapes:
            for prop in shape.properties:
                if prop.max_count is not None:
                    key = f"<{prop.path}>".encode("utf-8")
                    self._max_counts[key] = min(prop.max_count, self._max_counts.get(key, prop.max_count))

    # -- inference -----------------------------------------------------------------------

    def _index(self, triples) -> tuple[dict, dict]:
        """Subject -> predicate -> values, and node -> types, after RDFS inference."""
        spo: dict = {}
        types: dict = {}
        for s, p, o in triples:
            for q in self.superprops.get(p, {p}):
                spo.setdefault(s, {}).setdefault(q, set()).add(o)
                if q == RDF.type:
                    types.setdefault(s, set()).update(self.supers.get(o, {o}))
                for c in self.domain.get(q, ()):
                    types.setdefault(s, set()).update(self.supers.get(c, {c}))
                if not isinstance(o, Literal):
                    for c in self.range.get(q, ()):
                        types.setdefault(o, set()).update(self.supers.get(c, {c}))
        return spo, types

    # -- checks --------------------------------------------------------------------------

    def check(self, g: Graph) -> list[str]:
        """The violations of ``g`` as sorted one-line messages; empty if it conforms."""
        spo, types = self._index(g)
        out: list[str] = []
        for shape in self.shapes:
            focus = sorted((n for n, ts in types.items() if shape.target in ts), key=str)
            if not focus:
                continue
            for node in focus:
                values = spo.get(node, {})
                for prop in shape.properties:
                    out.extend(_check_property(node, prop, values.get(prop.path, set()), types))
                if shape.or_classes and not types.get(node, set()) & set(shape.or_classes):
                    out.append(f"{node}: not an instance of any of {', '.join(map(str, shape.or_classes))} ({shape.name})")
            for message, query in shape.sparql:
                bad = {row[0] for row in g.query(self._prepared(query))}
                out.extend(f"{n}: {message} ({shape.name})" for n in sorted(bad & set(focus), key=str))
        return sorted(out)

    def check_merged(self, subject: bytes, lines: list[bytes]) -> list[str]:
        """``sh:maxCount`` over one subject's triples in the merged graph (N-Triples lines).

        Only the maximum counts can break when per-article graphs are merged: every other
        constraint holds for the union if it holds for each part. Cheap for the usual
        subject, whose predicates are all within their limits: only a subject with more
        values than some shape allows is parsed and checked against its types.
        """
        limits = self._max_counts
        counts: dict[bytes, int] = {}
        for line in lines:
            pred = line.split(b" ", 2)[1]
            if pred in limits:
                counts[pred] = counts.get(pred, 0) + 1
        if all(n <= limits[pred] for pred, n in counts.items()):
            return []
        g = Graph()
        g.parse(data=b"".join(lines), format="nt")
        spo, types = self._index(g)
        out = []
        for shape in self.shapes:
            for node, ts in types.items():
                if shape.target not in ts:
                    continue
                for prop in shape.properties:
                    n = len(spo.get(node, {}).get(prop.path, ()))
                    if prop.max_count is not None and n > prop.max_count:
                        out.append(f"{node}: {n} values of {prop.path}, at most {prop.max_count} allowed "
                                   f"(merged from several articles; {shape.name})")
        return out

    def _prepared(self, query: str):
        if query not in self._queries:
            from rdflib.plugins.sparql import prepareQuery

            self._queries[query] = prepareQuery(query.replace("$this", "?this"))
        return self._queries[query]


def _check_property(node, prop: _Property, vals: set, types: dict) -> list[str]:
    out = []
    where = f"{node} {prop.path}"
    if len(vals) < prop.min_count:
        out.append(f"{where}: {len(vals)} values, at least {prop.min_count} required")
    if prop.max_count is not None and len(vals) > prop.max_count:
        out.append(f"{where}: {len(vals)} values, at most {prop.max_count} allowed")
    for v in sorted(vals, key=str):
        if prop.datatype is not None and not _has_datatype(v, prop.datatype):
            out.append(f"{where}: {_show(v)} is not a {prop.datatype}")
        if prop.cls is not None and prop.cls not in types.get(v, ()):
            out.append(f"{where}: {v} is not an instance of {prop.cls}")
        if prop.node_kind == SH.IRI and not isinstance(v, URIRef):
            out.append(f"{where}: {_show(v)} is not an IRI")
        if prop.pattern is not None and (isinstance(v, BNode) or not prop.pattern.search(str(v))):
            out.append(f"{where}: {v} does not match {prop.pattern.pattern}")
        if prop.values is not None and v not in prop.values:
            out.append(f"{where}: {_show(v)} is not one of the allowed values")
        if prop.min_length is not None and (isinstance(v, BNode) or len(str(v)) < prop.min_length):
            out.append(f"{where}: {_show(v)} is shorter than {prop.min_length}")
        if prop.min_inclusive is not None or prop.max_inclusive is not None:
            num = _number(v)
            if num is None or (prop.min_inclusive is not None and num < prop.min_inclusive) or (
                    prop.max_inclusive is not None and num > prop.max_inclusive):
                out.append(f"{where}: {_show(v)} is out of range")
    return out


def _show(v) -> str:
    return v.n3() if hasattr(v, "n3") else str(v)


def _has_datatype(v, datatype: URIRef) -> bool:
    if not isinstance(v, Literal):
        return False
    if datatype == RDF.langString:
        return v.language is not None
    actual = v.datatype or (XSD.string if v.language is None else RDF.langString)
    if actual != datatype:
        return False
    lexical = _LEXICAL.get(datatype)
    return lexical is None or bool(lexical.match(str(v)))


def _number(v) -> Decimal | None:
    try:
        return Decimal(str(v)) if isinstance(v, Literal) else None
    except InvalidOperation:
        return None


def _closure(g: Graph, pred: URIRef) -> dict:
    """x -> {x and everything reachable over ``pred``} for every x that has ``pred``."""
    out = {}
    for x in set(g.subjects(pred, None)):
        seen, todo = {x}, [x]
        while todo:
            for y in g.objects(todo.pop(), pred):
                if y not in seen:
                    seen.add(y)
                    todo.append(y)
        out[x] = seen
    return out


def _unsupported(what: str, node) -> LexiconError:
    return LexiconError(f"{shapes_path()}: {what} in shape {node} is not supported by the build's validator; "
                        "use the SHACL-Core features listed in kg/shapes.py, or validate with `kg validate`")


def _compile(g: Graph, node) -> _NodeShape:
    for p in set(g.predicates(node, None)) - _NODE_KEYS:
        raise _unsupported(str(p), node)
    targets = list(g.objects(node, SH.targetClass))
    if len(targets) != 1:
        raise _unsupported("a shape without exactly one sh:targetClass", node)
    shape = _NodeShape(str(node).rsplit("#", 1)[-1], targets[0])
    for ps in g.objects(node, SH.property):
        shape.properties.append(_compile_property(g, ps, node))
    for lst in g.objects(node, SH["or"]):
        classes = []
        for member in Collection(g, lst):
            cls = list(g.objects(member, SH["class"]))
            if len(cls) != 1 or set(g.predicates(member, None)) != {SH["class"]}:
                raise _unsupported("sh:or of anything but sh:class shapes", node)
            classes.append(cls[0])
        shape.or_classes = tuple(sorted(classes, key=str))
    for sp in g.objects(node, SH.sparql):
        select = g.value(sp, SH.select)
        if select is None or set(g.predicates(sp, None)) - {SH.select, SH.message, RDF.type}:
            raise _unsupported("sh:sparql without sh:select (or with prefixes declarations)", node)
        shape.sparql.append((str(g.value(sp, SH.message) or "SPARQL constraint"), str(select)))
    shape.properties.sort(key=lambda p: str(p.path))
    return shape


def _compile_property(g: Graph, ps, node) -> _Property:
    for p in set(g.predicates(ps, None)) - _PROPERTY_KEYS:
        raise _unsupported(str(p), node)
    path = g.value(ps, SH.path)
    if not isinstance(path, URIRef):
        raise _unsupported("a property path other than one IRI", node)
    kind = g.value(ps, SH.nodeKind)
    if kind is not None and kind != SH.IRI:
        raise _unsupported(f"sh:nodeKind {kind}", node)

    def num(pred):
        v = g.value(ps, pred)
        return None if v is None else v.toPython()

    lst = g.value(ps, SH["in"])
    pattern = g.value(ps, SH.pattern)
    dec = {k: (None if num(k) is None else Decimal(str(num(k)))) for k in (SH.minInclusive, SH.maxInclusive)}
    return _Property(path, num(SH.minCount) or 0, num(SH.maxCount), g.value(ps, SH.datatype), g.value(ps, SH["class"]),
                     kind, re.compile(str(pattern)) if pattern is not None else None,
                     frozenset(Collection(g, lst)) if lst is not None else None, num(SH.minLength),
                     dec[SH.minInclusive], dec[SH.maxInclusive])


@lru_cache(maxsize=2)
def load_shapes(path: Path | None = None) -> Shapes:
    """The compiled shapes of ``ontology/shapes.ttl`` (cached)."""
    p = Path(path) if path else shapes_path()
    try:
        g = Graph().parse(p, format="turtle")
    except Exception as exc:  # rdflib raises many kinds of parser errors
        raise LexiconError(f"{p}: cannot parse the shapes ({exc})") from None
    return Shapes(g, load_ontology())
