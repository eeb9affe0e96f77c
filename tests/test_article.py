"""Reading articles: the date header, encodings and bad files."""

from __future__ import annotations

import pytest

from kg.article import find_inputs, parse_article, read_article
from kg.errors import ArticleError, InputPathError


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
