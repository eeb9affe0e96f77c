"""Reading input articles: UTF-8 text whose first line starts with ` date YYYY-MM`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ArticleError, InputPathError

__all__ = ["Article", "read_article", "parse_article", "find_inputs"]

_HEADER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b[ \t]*\r?\n?")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: its file name, publication date and body text.

    ``date`` is ``YYYY-MM`` or ``YYYY-MM-DD``; character offsets of evidence spans
    count from the start of ``text`` (the body after the date header).
    """

    source: str
    date: str
    text: str


def parse_article(raw: bytes, source: str) -> Article:
    """Decode and check one article; raise ArticleError naming the problem.

    >>> parse_article(b" date 2022-03 Polen fordert eine Friedensmission.", "a.txt").date
    '2022-03'
    """
    if not raw.strip():
        raise ArticleError(source, "the file is empty")
    if b"\x00" in raw[:4096]:
        raise ArticleError(source, "not a text file (it contains NUL bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(source, f"not UTF-8 (invalid byte at offset {exc.start}); save it as UTF-8") from None
    text = text.removeprefix("\ufeff")
    m = _HEADER.match(text)
    if not m:
        first = text.splitlines()[0][:60] if text.splitlines() else ""
        raise ArticleError(source, f"no date header: the first line must start with ' date YYYY-MM', found {first!r}")
    year, month, day = m.group(1), m.group(2), m.group(3)
    if not 1 <= int(month) <= 12 or (day and not 1 <= int(day) <= 31):
        raise ArticleError(source, f"invalid date in header: {m.group(0).strip()!r}")
    body = text[m.end():].replace("\r\n", "\n").replace("\r", "\n")
    if not body.strip():
        raise ArticleError(source, "the article has a date header but no text")
    date = f"{year}-{month}" + (f"-{day}" if day else "")
    return Article(source=source, date=date, text=body)


def read_article(path: Path) -> Article:
    """Read ``path`` as an article (see :func:`parse_article`)."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ArticleError(path, f"cannot be read ({exc.strerror})") from None
    return parse_article(raw, Path(path).name)


def find_inputs(inputs: list[Path]) -> list[Path]:
    """Expand files and folders into a sorted list of ``.txt`` files."""
    files: list[Path] = []
    for p in inputs:
        if p.is_dir():
            files.extend(sorted(q for q in p.iterdir() if q.is_file() and q.suffix == ".txt"))
        elif p.is_file():
            files.append(p)
        else:
            raise InputPathError(f"input not found: {p}")
    if not files:
        raise InputPathError(f"no .txt articles in: {', '.join(map(str, inputs))}")
    return sorted(set(files), key=lambda q: (q.name, str(q)))
