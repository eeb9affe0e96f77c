"""Reading articles: the date header, encodings and bad files."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from kg.article import find_inputs, parse_article, read_article
from kg.errors import ArticleError, InputPathError

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize(
    "raw, date, start",
    [
        (b" date 2022-03 Polen fordert eine Friedensmission.", "2022-03", "Polen"),
        (b" date 2022-04\nScholz lehnt ab.\n\nZweiter Absatz.", "2022-04", "Scholz"),
        (b"date 2022-03-16 Am Mittwoch sagte Biden ...", "2022-03-16", "Am"),
        ("\ufeff date 2022-03 Mit BOM.".encode("utf-8"), "2022-03", "Mit"),
    ],
)
def test_article_parses_header_and_body(raw, date, start):
    art = parse_article(raw, "a.txt")
    assert art.date == date
    assert art.text.startswith(start)


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b"", "empty"),
        (b"   \n  ", "empty"),
        (b"Polen fordert eine Friedensmission.", "no date header"),
        (b" date 2022-13 Falscher Monat.", "invalid date"),
        (b" date 2022-03   \n  ", "no text"),
        ("date 2022-03 Ölembargo".encode("latin-1"), "not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
    ],
)
def test_article_rejects_bad_input_with_reason(raw, reason):
    with pytest.raises(ArticleError) as exc:
        parse_article(raw, "bad.txt")
    assert reason in str(exc.value)
    assert "bad.txt" in str(exc.value)


def test_article_read_names_the_file(tmp_path):
    p = tmp_path / "leer.txt"
    p.write_bytes(b"")
    with pytest.raises(ArticleError, match="leer.txt: the file is empty"):
        read_article(p)


def test_article_find_inputs_sorted_and_missing(tmp_path):
    (tmp_path / "b.txt").write_text(" date 2022-03 B", encoding="utf-8")
    (tmp_path / "a.txt").write_text(" date 2022-03 A", encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    assert [p.name for p in find_inputs([tmp_path])] == ["a.txt", "b.txt"]
    with pytest.raises(InputPathError, match="input not found"):
        find_inputs([tmp_path / "missing"])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputPathError, match="no .txt articles"):
        find_inputs([empty])


# -- text as it comes from web pages and word processors: same analysis as clean text --------

_DEV4 = sorted((DATA / "dev4" / "texts").glob("*.txt"))


def _nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def _web_spaces(s: str) -> str:
    """No-break spaces after commas and in numbers, narrow ones before units, thin ones in dates."""
    return re.sub(r"(\d) (\d)", "\\1\u202f\\2", s.replace(", ", ",\u00a0")).replace(" Uhr", "\u2009Uhr")


def _hyphenated(s: str) -> str:
    """Soft hyphens inside long words, as hyphenating CMSs write them."""
    return re.sub(r"(\w{5})(\w{5,})", "\\1\u00ad\\2", s)


def _zero_width(s: str) -> str:
    return s.replace(" ", " \u200b", 40).replace("Ukraine", "Ukraine\u2060")


def _old_mac(s: str) -> str:
    return "\ufeff" + s.replace("\n", "\r")


@pytest.mark.parametrize("path", _DEV4[:4], ids=lambda p: p.name[:12])
@pytest.mark.parametrize("dirty", [_nfd, _web_spaces, _hyphenated, _zero_width, _old_mac])
def test_article_dirty_text_gives_the_same_positions(extractor, path, dirty):
    raw = path.read_text(encoding="utf-8")
    header, body = raw.split("\n", 1)
    messy = header + "\n" + dirty(body)
    assert messy != raw
    clean = extractor(parse_article(raw.encode("utf-8"), path.name))
    other = extractor(parse_article(messy.encode("utf-8"), path.name))
    assert clean.positions, "a dev article with positions"
    assert {(p.holder, p.polarity, p.proposal) for p in other.positions} == \
           {(p.holder, p.polarity, p.proposal) for p in clean.positions}


@pytest.mark.parametrize("raw, body", [
    ("Ministerin La\u0308mbrecht", "Ministerin Lämbrecht"),
    ("NATO-Ost\u00adflanke", "NATO-Ostflanke"),
    ("40\u00a0000\u202fSoldaten", "40 000 Soldaten"),
    ("Kiew\u200b,\u2060 Moskau", "Kiew, Moskau"),
    ("Absatz eins\u2029Absatz zwei\u2028Zeile", "Absatz eins\n\nAbsatz zwei\nZeile"),
    ("Zeile\r\nZeile\rZeile", "Zeile\nZeile\nZeile"),
])
def test_article_body_is_normalised(raw, body):
    assert parse_article(f" date 2022-03 {raw}".encode("utf-8"), "a.txt").text == body
