"""`kg graph ...` queries, `kg view` (interactive HTML) and `kg plot` (stance matrix).

A thin layer: each command loads the graph, calls one library function and prints its rows
with ``format_rows``; typed errors become one ``kg: error: ...`` line and their exit code.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import typer

from kg.cli_common import fail as _fail
from kg.errors import FormatError, KgError
from kg.query.positions import ROW_FORMATS

__all__ = ["register", "graph_app"]

graph_app = typer.Typer(no_args_is_help=True, help="Graph queries over a kg export: camps, allies, rivals, coalitions, central actors, paths.")

GRAPH = typer.Argument(..., help="RDF file, e.g. exports/kg.ttl.", show_default=False)
FORMAT = typer.Option("table", "--format", "-f", help="table | tsv | csv | json")


def _rows(graph: Path, fmt: str, columns: tuple[str, ...], query: Callable) -> list:
    """Load ``graph``, run ``query(G)`` and print its rows in ``fmt``; return the rows."""
    from kg.graph.view import to_networkx
    from kg.query.positions import format_rows
    from kg.rdf.load import load_graph

    try:
        if fmt not in ROW_FORMATS:
            raise FormatError(fmt, ROW_FORMATS)
        rows = query(to_networkx(load_graph(graph)))
        sys.stdout.write(format_rows(rows, columns, fmt))
    except KgError as exc:
        _fail(exc)
    return rows


@graph_app.command()
def camps(graph: Path = GRAPH, proposal: str = typer.Option(..., "--proposal", "-p", help="Proposal key, e.g. peace_mission."),
          fmt: str = FORMAT) -> None:
    """Actors for and against a proposal, with their number of evidence sentences and dates."""
    from kg.graph.camps import CAMP_COLUMNS, camps as run

    _rows(graph, fmt, CAMP_COLUMNS, lambda G: run(G, proposal))


@graph_app.command()
def allies(graph: Path = GRAPH, actor: str = typer.Argument(..., help="Actor name or alias."), fmt: str = FORMAT) -> None:
    """Actors that share ACTOR's positions, ranked by agreement score (-1..1)."""
    from kg.graph.agreement import AGREEMENT_COLUMNS, allies as run

    _rows(graph, fmt, AGREEMENT_COLUMNS, lambda G: run(G, actor))


@graph_app.command()
def rivals(graph: Path = GRAPH, actor: str = typer.Argument(..., help="Actor name or alias."), fmt: str = FORMAT) -> None:
    """Actors that oppose ACTOR's positions, most opposed first."""
    from kg.graph.agreement import AGREEMENT_COLUMNS, rivals as run

    _rows(graph, fmt, AGREEMENT_COLUMNS, lambda G: run(G, actor))


@graph_app.command()
def coalitions(graph: Path = GRAPH, fmt: str = FORMAT,
               resolution: float = typer.Option(1.0, "--resolution", help="Louvain resolution: lower gives fewer, larger coalitions.")) -> None:
    """Groups of actors that agree (Louvain communities on the agreement graph)."""
    from kg.graph.coalitions import COALITION_COLUMNS, coalitions as run

    _rows(graph, fmt, COALITION_COLUMNS, lambda G: run(G, resolution=resolution))


@graph_app.command()
def central(graph: Path = GRAPH, fmt: str = FORMAT, top: int = typer.Option(10, "--top", "-n", help="How many actors (0 = all).")) -> None:
    """The most central actors (eigenvector centrality on the actor–proposal graph)."""
    from kg.graph.centrality import CENTRAL_COLUMNS, central as run

    _rows(graph, fmt, CENTRAL_COLUMNS, lambda G: run(G, top or None))


@graph_app.command()
def path(graph: Path = GRAPH, a: str = typer.Argument(..., help="First actor."), b: str = typer.Argument(..., help="Second actor."),
         fmt: str = FORMAT) -> None:
    """The shortest chain of facts connecting actors A and B, as sentences with evidence."""
    from kg.graph.paths import PATH_COLUMNS, path as run

    if not _rows(graph, fmt, PATH_COLUMNS, lambda G: run(G, a, b)):
        typer.echo(f"kg: no chain of facts connects {a!r} and {b!r}", err=True)


@graph_app.command()
def neighbors(graph: Path = GRAPH, actor: str = typer.Argument(..., help="Actor name or alias."), fmt: str = FORMAT) -> None:
    """What ACTOR is directly connected to: proposals, events, posts and parties."""
    from kg.graph.paths import NEIGHBOR_COLUMNS, neighbors as run

    _rows(graph, fmt, NEIGHBOR_COLUMNS, lambda G: run(G, actor))


def view(graph: Path = GRAPH, out: Path = typer.Option(..., "--out", "-o", help="HTML file to write."),
         title: str = typer.Option("kg – Positionen und Akteure", "--title", help="Page title.")) -> None:
    """Write the interactive, offline HTML graph of GRAPH to OUT."""
    from kg.rdf.load import load_graph
    from kg.sinks.files import atomic_write
    from kg.sinks.html import render_html

    try:
        typer.echo(f"wrote {atomic_write(out, render_html(load_graph(graph), title))}")
    except KgError as exc:
        _fail(exc)


def plot(graph: Path = GRAPH, out_dir: Path = typer.Option(..., "--out-dir", "-o", help="Folder for stance_matrix.svg and .png.")) -> None:
    """Draw the stance matrix (actors x proposals) of GRAPH as SVG and PNG into OUT_DIR."""
    from kg.rdf.load import load_graph
    from kg.sinks.files import atomic_write
    from kg.sinks.matrix import render_matrix

    try:
        svg, png = render_matrix(load_graph(graph))
        for name, data in (("stance_matrix.svg", svg), ("stance_matrix.png", png)):
            typer.echo(f"wrote {atomic_write(out_dir / name, data)}")
    except KgError as exc:
        _fail(exc)


def register(app: typer.Typer) -> None:
    """Mount `kg graph`, `kg view` and `kg plot` on the main app."""
    app.add_typer(graph_app, name="graph")
    app.command("view")(view)
    app.command("plot")(plot)
