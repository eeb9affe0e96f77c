"""The `kg` command line: a thin layer over the library. Errors map to documented exit codes.

Exit codes: 0 success; 1 unexpected error; 2 usage error (unknown option value, missing
input path, unknown actor); 3 unreadable input data (RDF file, gold file, data files);
4 output cannot be written; 5 the graph does not conform to the SHACL shapes;
6 a triplestore request failed.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from kg.cli_common import fail as _fail
from kg.errors import KgError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="kg: knowledge graphs of actors, positions and events from German news.")


@app.command()
def build(
    inputs: List[Path] = typer.Argument(None, help="Article files or folders (default: seeds/)."),
    out: Path = typer.Option(Path("exports"), "--out", "-o", help="Output folder."),
    no_html: bool = typer.Option(False, "--no-html", help="Do not write kg.html."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
    workers: int = typer.Option(1, "--workers", "-w", help="Worker processes for extraction (same output as 1)."),
    engine: str = typer.Option("local", "--engine", help="local | dask (extract on a Dask cluster)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address, e.g. tcp://host:8786 (default: a local cluster)."),
    cache: Optional[Path] = typer.Option(None, "--cache", help="Cache folder for extracted articles (default: OUT/.cache)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Extract every article, read and write no cache."),
) -> None:
    """Build the knowledge graph of INPUT articles into OUT (kg.ttl, kg.trig, kg.html, report.json, stance_matrix.svg/png).

    Unchanged articles are taken from the cache; --workers N or --engine dask extract in parallel.
    """
    from kg.build import build as run_build
    from kg.progress import progress_bar

    try:
        with progress_bar(enabled=not quiet) as progress:
            res = run_build(list(inputs or [Path("seeds")]), out, html=not no_html, workers=workers, engine=engine,
                            scheduler=scheduler, cache=None if no_cache else (cache or out / ".cache"), progress=progress)
    except KgError as exc:
        _fail(exc)
    for r in res.skipped:
        typer.echo(f"kg: skipped {r.file}: {r.reason}", err=True)
    if not quiet:
        ok = [r for r in res.files if r.status == "ok"]
        typer.echo(f"built {len(ok)} article(s) ({res.cached} from the cache), {sum(r.positions for r in ok)} positions, "
                   f"{sum(r.events for r in ok)} events, {res.triples} triples -> {res.out_dir}/")


@app.command()
def positions(
    graph: List[Path] = typer.Argument(..., help="RDF file(s), e.g. exports/kg.ttl."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | tsv | csv | json"),
) -> None:
    """Print one row per position: actor, actor_type, polarity, proposal, evidence, source_file, confidence."""
    from kg.query.positions import POSITION_COLUMNS, ROW_FORMATS, format_rows, position_rows
    from kg.rdf.load import load_graph
    from kg.errors import FormatError

    try:
        if fmt not in ROW_FORMATS:
            raise FormatError(fmt, ROW_FORMATS)
        rows = position_rows(load_graph(*graph))
        sys.stdout.write(format_rows(rows, POSITION_COLUMNS, fmt))
    except KgError as exc:
        _fail(exc)


@app.command("eval")
def eval_(
    graph: List[Path] = typer.Argument(..., help="RDF file(s) with kg positions."),
    gold: Path = typer.Option(..., "--gold", "-g", help="Gold TSV (actor, actor_type, polarity, proposal, evidence; optional leading file column)."),
    show: bool = typer.Option(False, "--show", help="List missed and false positions."),
) -> None:
    """Precision, recall and F1 of the graph's positions against a gold TSV, per proposal and overall."""
    from kg.query.evaluate import evaluate, gazetteer_aliases, read_gold
    from kg.rdf.load import load_graph

    try:
        ev = evaluate(load_graph(*graph), read_gold(gold), gazetteer_aliases())
    except KgError as exc:
        _fail(exc)
    typer.echo(f"{'proposal':22s} {'P':>6s} {'R':>6s} {'F1':>6s}  tp  fp  fn")
    for key, s in ev.by_proposal.items():
        typer.echo(f"{key:22s} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f} {s.tp:3d} {s.fp:3d} {s.fn:3d}")
    o = ev.overall
    typer.echo(f"{'overall':22s} {o.precision:6.2f} {o.recall:6.2f} {o.f1:6.2f} {o.tp:3d} {o.fp:3d} {o.fn:3d}")
    if show:
        for t in ev.missed:
            typer.echo("MISSED\t" + "\t".join(t))
        for t in ev.false:
            typer.echo("FALSE\t" + "\t".join(t))


@app.command()
def validate(graph: List[Path] = typer.Argument(..., help="RDF file(s) to validate.")) -> None:
    """Validate a graph against ontology/shapes.ttl (SHACL) and print the report. Exit 5 if it does not conform."""
    from kg.rdf.load import load_graph
    from kg.shacl import validate_graph

    try:
        res = validate_graph(load_graph(*graph))
    except KgError as exc:
        _fail(exc)
    typer.echo(res.report.rstrip())
    if not res.conforms:
        raise typer.Exit(5)


def _mount_optional() -> None:
    """Commands contributed by other modules (graph queries, views, triplestore loading)."""
    import importlib

    for name in ("kg.cli_graph", "kg.cli_store"):
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:  # pragma: no cover - optional module absent
            if exc.name != name:
                raise
            continue
        module.register(app)


_mount_optional()


def main() -> None:
    try:
        app()
    except KgError as exc:  # pragma: no cover - commands catch their own errors
        typer.echo(f"kg: error: {exc}", err=True)
        sys.exit(exc.exit_code)


if __name__ == "__main__":
    main()
