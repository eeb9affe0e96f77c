"""The position table: one row per position in a kg graph (any kg export, or a merge of them)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

from rdflib import Graph

from kg.errors import FormatError

__all__ = ["PositionRow", "position_rows", "format_rows", "POSITION_COLUMNS", "ROW_FORMATS"]

POSITION_COLUMNS = ("actor", "actor_type", "polarity", "proposal", "evidence", "source_file", "confidence")
ROW_FORMATS = ["table", "tsv", "csv", "json"]

_QUERY = """
PREFIX kgo: <https://w3id.org/kgnews/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?label ?type ?pol ?prop ?evidence ?file ?conf WHERE {
  ?p a kgo:Position ; kgo:holder ?a ; kgo:proposal ?prop ; kgo:polarity ?pol .
  ?a skos:prefLabel ?label .
  OPTIONAL { ?a kgo:actorType ?type }
  OPTIONAL { ?p kgo:evidence ?ev . ?ev nif:anchorOf ?evidence }
  OPTIONAL { ?p kgo:confidence ?conf }
  OPTIONAL { ?p prov:wasDerivedFrom ?doc . ?doc kgo:sourceFile ?file }
}
"""


@dataclass(frozen=True, slots=True)
class PositionRow:
    actor: str
    actor_type: str
    polarity: str
    proposal: str
    evidence: str
    source_file: str
    confidence: float


def _local(iri: object) -> str:
    s = str(iri)
    return s.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def position_rows(g: Graph) -> list[PositionRow]:
    """All positions, sorted by file, actor, proposal, polarity and evidence."""
    rows = set()
    for r in g.query(_QUERY):
        rows.add(PositionRow(str(r.label), str(r.type or ""), _local(r.pol), _local(r.prop), str(r.evidence or ""),
                             str(r.file or ""), float(r.conf) if r.conf is not None else 0.0))
    return sorted(rows, key=lambda r: (r.source_file, r.actor, r.proposal, r.polarity, r.evidence))


def _clean(v: object) -> str:
    return " ".join(str(v).replace("\t", " ").split()) if isinstance(v, str) else str(v)


def format_rows(rows: list, columns: tuple[str, ...], fmt: str) -> str:
    """Render dataclass rows as tsv (plain: no quoting, tabs/newlines -> spaces), csv, json or a table."""
    if fmt not in ROW_FORMATS:
        raise FormatError(fmt, ROW_FORMATS)
    dicts = [{c: getattr(r, c) if not isinstance(r, dict) else r[c] for c in columns} for r in rows]
    if fmt == "json":
        return json.dumps(dicts, ensure_ascii=False, indent=2) + "\n"
    if fmt == "tsv":
        lines = ["\t".join(columns)] + ["\t".join(_clean(d[c]) for c in columns) for d in dicts]
        return "\n".join(lines) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        for d in dicts:
            w.writerow([d[c] for c in columns])
        return buf.getvalue()
    from rich.console import Console
    from rich.table import Table

    t = Table(show_lines=False)
    for c in columns:
        t.add_column(c, overflow="fold", max_width=60 if c == "evidence" else None)
    for d in dicts:
        t.add_row(*(_clean(d[c]) for c in columns))
    con = Console(width=200, record=True, file=io.StringIO())
    con.print(t)
    return con.export_text()
