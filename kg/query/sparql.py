"""SPARQL 1.1 over exported files or the embedded store, with results in the W3C formats.

pyoxigraph is the engine (fast, standards-compliant); rdflib is the reference engine on the
same data (``engine="rdflib"``), used to check that both give the same answers. kg's
prefixes are predeclared; line and column of a syntax error refer to the user's own text.

>>> store = open_files([Path("exports/kg.ttl")])             # doctest: +SKIP
>>> print(render(query(store, "ASK { ?p a kgo:Position }"), "json"))  # doctest: +SKIP
{"head":{},"boolean":true}
"""

from __future__ import annotations

import io
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Union

import pyoxigraph as ox

from kg.errors import FormatError, GraphLoadError, QuerySyntaxError
from kg.query.positions import format_rows
from kg.rdf.formats import rdf_format
from kg.rdf.vocab import BINDINGS

__all__ = ["PREFIXES", "RESULT_FORMATS", "Result", "open_files", "query", "query_rdflib", "render", "solutions"]

#: Prefixes every query may use without declaring them.
PREFIXES: dict[str, str] = {**{p: str(ns) for p, ns in BINDINGS.items()},
                            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
                            "skos": "http://www.w3.org/2004/02/skos/core#",
                            "prov": "http://www.w3.org/ns/prov#",
                            "dcterms": "http://purl.org/dc/terms/",
                            "owl": "http://www.w3.org/2002/07/owl#",
                            "xsd": "http://www.w3.org/2001/XMLSchema#"}

#: ``--format`` values: SELECT/ASK results (table or a W3C results format); CONSTRUCT/DESCRIBE
#: results come as Turtle, or N-Triples (``nt``), or JSON-LD (``json``).
RESULT_FORMATS = ["table", "json", "csv", "tsv", "xml", "ttl", "nt"]
_W3C = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
        "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}

_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {_XSD + t for t in ("decimal", "integer", "double", "float", "nonNegativeInteger", "int", "long")}

Result = Union[ox.QuerySolutions, ox.QueryBoolean, ox.QueryTriples, list]


def open_files(paths: list[Path]) -> ox.Store:
    """An in-memory store with the files loaded (named graphs kept; queries see their union)."""
    store = ox.Store()
    for p in map(Path, paths):
        fmt = rdf_format(p)
        if not p.is_file():
            raise GraphLoadError(f"graph file not found: {p}")
        try:
            store.bulk_load(path=str(p), format=ox.RdfFormat.from_media_type(fmt.media_type),
                            to_graph=None if fmt.quads else ox.DefaultGraph())
        except (SyntaxError, ValueError) as exc:
            raise GraphLoadError(f"{p}: not valid {fmt.rdflib} ({str(exc).splitlines()[0][:200]})") from None
        except OSError as exc:
            raise GraphLoadError(f"{p}: cannot read ({exc})") from None
    return store


def query(store: ox.Store, sparql: str) -> Result:
    """Run a query over the union of the store's graphs. QuerySyntaxError gives line and column."""
    try:
        return store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise _syntax_error(sparql, str(exc)) from None


def query_rdflib(paths: list[Path], sparql: str) -> Result:
    """The same query with rdflib over the same files (slow; the reference for tests and benchmarks)."""
    from rdflib import Dataset
    from rdflib.plugins.sparql import prepareQuery

    ds = Dataset(default_union=True)
    for p in map(Path, paths):
        ds.parse(p, format=rdf_format(p).rdflib)
    try:
        prepared = prepareQuery(sparql, initNs=PREFIXES)
    except Exception as exc:  # pyparsing's ParseException and friends
        raise QuerySyntaxError(f"invalid SPARQL: {str(exc).splitlines()[0][:200]}") from None
    res = ds.query(prepared)
    if res.type == "ASK":
        return ox.parse_query_results(res.serialize(format="json"), ox.QueryResultsFormat.JSON)
    if res.type == "SELECT":
        return ox.parse_query_results(res.serialize(format="json"), ox.QueryResultsFormat.JSON)
    return [ox.Triple(*map(_to_ox, t)) for t in res]


def render(result: Result, fmt: str) -> str:
    """The result as text: a table, a W3C results format, or RDF for CONSTRUCT/DESCRIBE."""
    if fmt not in RESULT_FORMATS:
        raise FormatError(fmt, RESULT_FORMATS)
    if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
        if fmt in _W3C:
            return result.serialize(format=_W3C[fmt]).decode("utf-8")
        if isinstance(result, ox.QueryBoolean):
            return "true\n" if bool(result) else "false\n"
        if fmt == "table":
            cols = [v.value for v in result.variables]
            rows = [{c: _show(sol[c]) for c in cols} for sol in result]
            return format_rows(rows, tuple(cols), "table")
        raise FormatError(fmt, ["table", *_W3C])
    triples = sorted(result, key=str)
    if fmt == "json":
        return ox.serialize(triples, format=ox.RdfFormat.JSON_LD).decode("utf-8")
    if fmt == "nt":
        return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    if fmt in ("ttl", "table"):
        prefixes = {p: ns for p, ns in PREFIXES.items() if p != "kgid"}  # its local names hold "/"
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes).decode("utf-8")
    raise FormatError(fmt, ["table", "ttl", "nt", "json"])


def solutions(result: Result) -> set | bool:
    """An engine-neutral view of a result, for comparing engines: a set of rows, a bool, or a set of triples."""
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if isinstance(result, ox.QuerySolutions):
        cols = [v.value for v in result.variables]
        return {tuple((c, _key(sol[c])) for c in cols) for sol in result}
    return {tuple(_key(t) for t in (tr.subject, tr.predicate, tr.object)) for tr in result}


def _key(term) -> tuple | None:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        value = term.value
        if term.datatype.value in _NUMERIC:  # stores may canonicalise "0.90" to "0.9"
            try:
                value = str(Decimal(value).normalize())
            except InvalidOperation:
                pass
        return ("literal", value, term.language or "", term.datatype.value)
    return (type(term).__name__, term.value if not isinstance(term, ox.BlankNode) else "_")


def _to_ox(term):
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise TypeError(f"not an RDF term: {term!r}")


def _show(term) -> str:
    """A term for a table: prefixed name for kg's IRIs, the lexical form for literals."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and re.fullmatch(r"[\w./-]*", term.value[len(ns):]):
                return f"{prefix}:{term.value[len(ns):]}"
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _syntax_error(sparql: str, message: str) -> QuerySyntaxError:
    """``invalid SPARQL at line L, column C: …`` with the offending line and a caret under it."""
    m = re.match(r"error at (\d+):(\d+): (.*)", message, re.S)
    if not m:
        return QuerySyntaxError(f"invalid SPARQL: {message.splitlines()[0][:200]}")
    line, col, what = int(m[1]), int(m[2]), " ".join(m[3].split())
    if "Prefix not found" in what:
        what = f"unknown prefix; declare it with PREFIX or use one of: {', '.join(sorted(PREFIXES))}"
    if len(what) > 160:
        what = what[:160] + " …"
    lines = sparql.splitlines() or [""]
    text = lines[min(line, len(lines)) - 1]
    buf = io.StringIO()
    buf.write(f"invalid SPARQL at line {line}, column {col}: {what}\n  {text}\n  {' ' * max(col - 1, 0)}^")
    return QuerySyntaxError(buf.getvalue())
