"""Reading input articles: UTF-8 text whose first line starts with ` date YYYY-MM`."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ArticleError, InputPathError

__all__ = ["Article", "read_article", "parse_article", "normalise_text", "find_inputs"]

_HEADER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b[ \t]*\r?\n?")
# What web and word-processor text carries and the analysis must not see: invisible
# characters (soft hyphen, zero-width space/joiners, word joiner, BOM) are dropped, and
# no-break and other Unicode spaces become plain spaces, line/paragraph separators newlines.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = {**dict.fromkeys(map(ord, "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                                    "\u2009\u200a\u202f\u205f\u3000"), " "),
           0x2028: "\n", 0x2029: "\n\n", 0x0B: "\n", 0x0C: "\n"}


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: its file name, publication date and body text.

    ``date`` is ``YYYY-MM`` or ``YYYY-MM-DD``; ``text`` is the body after the date header,
    normalised by :func:`normalise_text`, and character offsets of evidence spans count from
    its start.
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
    body = normalise_text(text[m.end():])
    if not body.strip():
        raise ArticleError(source, "the article has a date header but no text")
    date = f"{year}-{month}" + (f"-{day}" if day else "")
    return Article(source=source, date=date, text=body)


def normalise_text(text: str) -> str:
    r"""The article body as kg analyses and stores it: Unicode NFC (an "ä" written as "a" plus
    a combining diaeresis becomes one character), ``\n`` line ends, no invisible characters,
    plain spaces.

    >>> normalise_text("Verteidigungs\u00administerin La\u0308mbrecht\u00a0(SPD)\r\n")
    'Verteidigungsministerin Lämbrecht (SPD)\n'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE).translate(_SPACES)
    return unicodedata.normalize("NFC", text)


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
