"""`kg load`: push an export into a triplestore and verify it with a COUNT query.

A thin layer over kg.store; typed errors become one ``kg: error: ...`` line and their exit
code (3 unreadable graph file, 6 triplestore request failed).
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path
from urllib.parse import urlsplit

import typer
from rdflib import URIRef

from kg.errors import KgError
from kg.store import KINDS, TripleStore, endpoints

__all__ = ["register", "load"]

Kind = Enum("Kind", {name: name for name in KINDS}, type=str)  # type: ignore[misc]


def _iri(value: str | None) -> str | None:
    if value is not None and (not urlsplit(value).scheme or re.search(r'[\s<>"{}|^`\\]', value)):
        raise typer.BadParameter(f"{value!r} is not an absolute IRI, e.g. https://example.org/graph")
    return value


def load(
    graph_file: Path = typer.Argument(..., help="RDF file: kg.trig (one named graph per article), kg.ttl, ...", show_default=False),
    store: str = typer.Option(None, "--store", "-s", help="Store base URL, e.g. http://127.0.0.1:7878 or http://host:3030/DATASET.", show_default=False),
    kind: Kind = typer.Option("oxigraph", "--kind", "-k", help="Endpoint preset under --store (see docs/triplestores.md)."),
    graph_store: str = typer.Option(None, "--graph-store", help="Graph Store Protocol URL (overrides the preset).", show_default=False),
    update: str = typer.Option(None, "--update", help="SPARQL Update URL; given without --graph-store it selects update mode.", show_default=False),
    query: str = typer.Option(None, "--query", help="SPARQL query URL for the verifying COUNT (overrides the preset).", show_default=False),
    graph: str = typer.Option(None, "--graph", "-g", callback=_iri, help="Graph IRI for triples outside named graphs (default: the default graph).", show_default=False),
    append: bool = typer.Option(False, "--append", help="Add to the graphs instead of replacing them."),
    user: str = typer.Option(None, "--user", "-u", envvar="KG_STORE_USER", help="User for HTTP basic auth.", show_default=False),
    password: str = typer.Option(None, "--password", "-p", envvar="KG_STORE_PASSWORD", help="Password for HTTP basic auth.", show_default=False),
    timeout: float = typer.Option(60.0, "--timeout", help="Seconds to wait for each request."),
) -> None:
    """Load GRAPH_FILE into a triplestore, replacing each of its graphs, and report the store's triple count.

    Endpoint presets under --store (graph store, update, query):

    oxigraph: /store, /update, /query · fuseki: /data, /update, /sparql ·
    graphdb: /rdf-graphs/service, /statements, (the repository URL) ·
    virtuoso: /sparql-graph-crud, /sparql, /sparql · generic: --store is a SPARQL endpoint, loaded with updates.
    """
    ep = endpoints(store, kind.value, graph_store=graph_store, update=update, query=query)
    if not (ep.graph_store or ep.update):
        raise typer.BadParameter("give --store, --graph-store or --update", param_hint="--store")
    client = TripleStore(user=user, password=password, timeout=timeout)
    target = URIRef(graph) if graph else None
    try:
        if ep.graph_store:
            res = client.load(graph_file, graph_store_url=ep.graph_store, graph=target, replace=not append)
        else:
            res = client.load_by_update(graph_file, update_url=ep.update, graph=target, replace=not append)
        typer.echo(f"{'replaced' if res.replace else 'appended to'} {len(res.graphs)} graph(s) with "
                   f"{res.triples} triples at {res.url}")
        if not ep.query:
            typer.echo("not verified: no query endpoint (give --query)")
            return
        stored = client.count(ep.query, res.graphs)
        typer.echo(f"store count: {stored} triples in these graph(s) ({ep.query})")
        if res.replace and None not in res.graphs and stored != res.triples:
            typer.echo(f"kg: warning: the store holds {stored} triples in these graph(s), the file has {res.triples}", err=True)
    except KgError as exc:
        typer.echo(f"kg: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code)


def register(app: typer.Typer) -> None:
    """Mount `kg load` on the main app."""
    app.command("load")(load)
