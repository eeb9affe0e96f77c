"""What every kg command shares: a typed error becomes one ``kg: error: ...`` line and its exit code."""

from __future__ import annotations

from typing import NoReturn

import typer

from kg.errors import KgError

__all__ = ["fail"]


def fail(exc: KgError) -> NoReturn:
    """Print ``exc`` as one line on stderr and exit with its documented code (kg.errors)."""
    typer.echo(f"kg: error: {exc}", err=True)
    raise typer.Exit(exc.exit_code)
