"""A progress bar for long builds: counts, rate and time left, on stderr, only on a terminal."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Callable, Iterator, TextIO

__all__ = ["progress_bar"]


@contextmanager
def progress_bar(enabled: bool = True, stream: TextIO | None = None) -> Iterator[Callable[[int, int], None] | None]:
    """Yields a ``progress(done, total)`` callback drawing a rich bar on ``stream`` (stderr),
    or None when disabled or when ``stream`` is not a terminal (pipes, logs, CI)."""
    stream = stream if stream is not None else sys.stderr
    if not enabled or not stream.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    class Rate(TextColumn):
        def render(self, task):
            speed = task.finished_speed or task.speed
            return super().render(task) if speed is None else f"{speed:,.1f} articles/s"

    with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), Rate(""), TimeRemainingColumn(),
                  console=Console(file=stream), transient=True) as bar:
        task = bar.add_task("build", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield progress
