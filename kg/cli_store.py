"""`kg sparql`, `kg load`, `kg export`: query, store and convert the exported RDF.

A thin layer over kg.query.sparql, kg.store and kg.rdf.export; typed errors become one
``kg: error: ...`` line and their exit code (2 bad query or option, 3 unreadable graph file,
4 cannot write output, 6 triplestore request failed).
"""

from __future__ import annotations

import re
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional
from urllib.parse import urlsplit

import typer

from kg.cli_common import fail as _fail
from kg.errors import KgError, StoreError
from kg.query.sparql import RESULT_FORMATS
from kg.rdf.formats import EXPORT_FORMATS
from kg.store.endpoints import KINDS

__all__ = ["register", "sparql", "load", "export"]

Kind = Enum("Kind", {name: name for name in ("auto", *KINDS)}, type=str)  # type: ignore[misc]
Engine = Enum("Engine", {"oxigraph": "oxigraph", "rdflib": "rdflib"}, type=str)  # type: ignore[misc]


def _iri(value: str | None) -> str | None:
    if value is not None and (not urlsplit(value).scheme or re.search(r'[\s<>"{}|^`\\]', value)):
        raise typer.BadParameter(f"{value!r} is not an absolute IRI, e.g. https://example.org/graph")
    return value


def sparql(
    args: List[str] = typer.Argument(None, metavar="[FILE]... [QUERY]", show_default=False,
                                     help="RDF files (Turtle, TriG, N-Triples, N-Quads, JSON-LD), then the query text "
                                          "(unless --file gives it). With --store: only the query."),
    file: Path = typer.Option(None, "--file", "-f", help="Read the query from this file (e.g. ontology/queries/who-opposes.rq).",
                              show_default=False),
    store: Path = typer.Option(None, "--store", "-s", help="Query the embedded store in this folder (made by `kg load`) instead of files.",
                               show_default=False),
    fmt: str = typer.Option("table", "--format", help="table | json | csv | tsv | xml (W3C SPARQL results formats); "
                                                      "for CONSTRUCT/DESCRIBE: ttl | nt | json (JSON-LD)."),
    engine: Engine = typer.Option("oxigraph", "--engine", help="oxigraph (fast) or rdflib (reference; same answers, slower)."),
) -> None:
    """Run a SPARQL 1.1 query over exported files or the embedded store; kg's prefixes are predeclared.

    Examples: kg sparql exports/kg.ttl --file ontology/queries/who-opposes.rq ·
    kg sparql exports/kg.trig 'SELECT ?a WHERE { ?a a kgo:Actor }' --format csv ·
    kg sparql --store exports/store --file ontology/queries/actors-by-role.rq
    """
    from kg.query import sparql as sq

    args = list(args or [])
    if file is None and not args:
        raise typer.BadParameter("give the query text as the last argument, or --file Q.rq", param_hint="QUERY")
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            typer.echo(f"kg: error: cannot read query file {file}: {getattr(exc, 'strerror', None) or exc}", err=True)
            raise typer.Exit(3)
        files = args
    else:
        text, files = args[-1], args[:-1]
        if Path(text).suffix == ".rq" and Path(text).is_file():
            raise typer.BadParameter(f"{text} is a query file: give it with --file {text}", param_hint="QUERY")
    if store is not None and files:
        raise typer.BadParameter("give RDF files or --store, not both", param_hint="--store")
    if store is None and not files:
        raise typer.BadParameter("give at least one RDF file to query, or --store DIR", param_hint="FILE")
    if fmt not in RESULT_FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of: {', '.join(RESULT_FORMATS)}", param_hint="--format")
    try:
        if engine.value == "rdflib":
            if store is not None:
                raise typer.BadParameter("--engine rdflib reads files only", param_hint="--engine")
            result = sq.query_rdflib([Path(f) for f in files], text)
        else:
            if store is not None:
                from kg.store.embedded import EmbeddedStore

                db = EmbeddedStore(store, read_only=True).store
            else:
                db = sq.open_files([Path(f) for f in files])
            result = sq.query(db, text)
        sys.stdout.write(sq.render(result, fmt))
    except KgError as exc:
        _fail(exc)


def load(
    files: List[Path] = typer.Argument(..., metavar="FILE...", show_default=False,
                                       help="RDF files: kg.trig (one named graph per article), kg.ttl, .nt, .nq, .jsonld"),
    store: Path = typer.Option(None, "--store", "-s", help="Embedded store folder (default: exports/store).", show_default=False),
    endpoint: str = typer.Option(None, "--endpoint", "-e", show_default=False,
                                 help="External triplestore: an Oxigraph server (http://127.0.0.1:7878) or a Fuseki "
                                      "dataset (http://host:3030/ds); other layouts by --kind or the URLs below."),
    kind: Kind = typer.Option("auto", "--kind", "-k", help="Endpoint layout under --endpoint (auto: Oxigraph or Fuseki from the URL)."),
    graph_store: str = typer.Option(None, "--graph-store", help="Graph Store Protocol URL (overrides the layout).", show_default=False),
    update: str = typer.Option(None, "--update", help="SPARQL Update URL; without --graph-store it selects update mode.", show_default=False),
    query: str = typer.Option(None, "--query", help="SPARQL query URL for --verify (overrides the layout).", show_default=False),
    graph: str = typer.Option(None, "--graph", "-g", callback=_iri, show_default=False,
                              help="Graph IRI for triples outside named graphs (default: the default graph)."),
    append: bool = typer.Option(False, "--append", help="Add to the graphs instead of replacing them."),
    verify: bool = typer.Option(False, "--verify", help="Count the triples back from the store; exit 6 if they differ."),
    timeout: float = typer.Option(60.0, "--timeout", help="Seconds to wait for each request."),
    retries: int = typer.Option(3, "--retries", min=0, help="Retries of idempotent requests on connection errors, timeouts and 5xx."),
    batch_size: int = typer.Option(50_000, "--batch-size", min=1, help="Triples per request; larger graphs go through a staging graph."),
) -> None:
    """Load RDF files into the embedded store or an external triplestore, one graph at a time.

    Each graph (one per article in kg.trig) is replaced whole, so loading twice leaves the same
    triples and a failure never leaves an article half-loaded. Credentials come from the
    environment only: KG_STORE_USER and KG_STORE_PASSWORD (basic auth) or KG_STORE_TOKEN (bearer).
    """
    remote = bool(endpoint or graph_store or update)
    if remote and store is not None:
        raise typer.BadParameter("give --store (embedded) or --endpoint (external), not both", param_hint="--store")
    try:
        if remote:
            res, stored = _load_remote(files, endpoint, kind.value, graph_store, update, query, graph, append,
                                       verify, timeout, retries, batch_size)
        else:
            res, stored = _load_embedded(files, store, graph, append, verify)
        where = f"at {res.url}" if remote else f"in {res.url}"
        typer.echo(f"{'replaced' if res.replace else 'appended to'} {len(res.graphs)} graph(s) with {res.triples} triples {where}")
        if stored is not None:
            typer.echo(f"verified: the store holds {stored} triples in these graph(s)")
            exact = res.replace and (None not in res.graphs or not remote)
            if (exact and stored != res.triples) or stored < res.triples:
                raise StoreError(f"verification failed: the store holds {stored} triples in these graph(s), "
                                 f"the files have {res.triples}")
    except KgError as exc:
        _fail(exc)


def _load_embedded(files, store, graph, append, verify):
    from kg.store.embedded import DEFAULT_STORE, EmbeddedStore

    db = EmbeddedStore(store or DEFAULT_STORE)
    res = db.load(files, graph=graph, replace=not append)
    return res, (db.count(res.graphs) if verify else None)


def _load_remote(files, endpoint, kind, graph_store, update, query, graph, append, verify, timeout, retries, batch_size):
    from kg.store.endpoints import endpoints
    from kg.store.remote import TripleStore, auth_headers

    try:
        ep = endpoints(endpoint, kind, graph_store=graph_store, update=update, query=query)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--kind") from None
    client = TripleStore(headers=auth_headers(), timeout=timeout, retries=retries)
    res = client.load(files, ep, graph=graph, replace=not append, batch_size=batch_size)
    if not verify:
        return res, None
    if not ep.query:
        raise StoreError("cannot verify: no query endpoint (give --query URL)")
    return res, client.count(ep.query, res.graphs)


def export(
    graph: List[Path] = typer.Argument(..., metavar="GRAPH...", help="RDF files to convert (kg.trig keeps one graph per article).",
                                       show_default=False),
    fmt: str = typer.Option(..., "--format", help=f"{' | '.join(EXPORT_FORMATS)}", show_default=False),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here (atomically) instead of to standard output.",
                                       show_default=False),
) -> None:
    """Convert exported RDF to Turtle, TriG, N-Triples, N-Quads or JSON-LD (deterministic output)."""
    from kg.rdf.export import convert
    from kg.sinks.files import atomic_write

    if fmt not in EXPORT_FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not one of: {', '.join(EXPORT_FORMATS)}", param_hint="--format")
    try:
        data = convert(graph, fmt)
        if out is None:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            atomic_write(out, data)
            typer.echo(f"wrote {out} ({len(data)} bytes)", err=True)
    except KgError as exc:
        _fail(exc)


def register(app: typer.Typer) -> None:
    """Mount `kg sparql`, `kg load` and `kg export` on the main app."""
    app.command("sparql")(sparql)
    app.command("load")(load)
    app.command("export")(export)
