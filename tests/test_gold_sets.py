"""Every annotated set in tests/data is well-formed: the gold TSV's header, columns, proposal keys,
actor types and polarities are valid, each row's file exists, and its evidence is a verbatim sentence
of that file (whitespace and quotation marks aside; a fact may have several evidence rows). This
replaces the checkers the set writers shipped with their sets."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kg.lexicon import load_lexicon

DATA = Path(__file__).resolve().parent / "data"
SETS = sorted(p.parent for p in DATA.glob("*/positions.tsv"))
HEADER = ["file", "actor", "actor_type", "polarity", "proposal", "evidence"]


def test_there_are_annotated_sets():
    assert len(SETS) >= 10


@pytest.mark.parametrize("root", SETS, ids=lambda p: p.name)
def test_gold_set_is_well_formed(root):
    keys = {p.key for p in load_lexicon().proposals}
    with (root / "positions.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == HEADER, f"{root.name}: header {rows[0]}"
    texts: dict[str, str] = {}
    problems = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != 6:
            problems.append(f"line {n}: {len(row)} columns")
            continue
        file, actor, typ, pol, key, evidence = row
        if typ not in ("Person", "Country", "Organisation", "Group"):
            problems.append(f"line {n}: actor type {typ!r}")
        if pol not in ("for", "against"):
            problems.append(f"line {n}: polarity {pol!r}")
        if key not in keys:
            problems.append(f"line {n}: proposal {key!r}")
        if file not in texts:
            path = root / "texts" / file
            texts[file] = _norm(path.read_text(encoding="utf-8")) if path.is_file() else ""
        if not texts[file]:
            problems.append(f"line {n}: no text file {file}")
        elif _norm(evidence) not in texts[file]:
            problems.append(f"line {n}: evidence not in {file}: {evidence[:60]!r}")
    assert not problems, f"{root.name}: " + "; ".join(problems[:10])


def _norm(text: str) -> str:
    for q in "„“”«»‚‘’\"'":
        text = text.replace(q, "'")
    return " ".join(text.split())


@pytest.mark.parametrize("root", SETS, ids=lambda p: p.name)
def test_gold_set_texts_are_kg_input(root):
    """Every text of a set starts with kg's date header, so a build reads all of them."""
    texts = sorted((root / "texts").glob("*.txt")) if (root / "texts").is_dir() else []
    bad = [t.name for t in texts if not t.read_text(encoding="utf-8").startswith(" date ")]
    assert not bad, f"{root.name}: no ' date YYYY-MM' header in {bad[:5]}"


@pytest.mark.parametrize("root", SETS, ids=lambda p: p.name)
def test_gold_set_has_no_duplicate_rows(root):
    with (root / "positions.tsv").open(encoding="utf-8", newline="") as f:
        rows = [tuple(r) for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if any(c.strip() for c in r)]
    dups = {r for r in rows if rows.count(r) > 1}
    assert not dups, f"{root.name}: duplicate rows {sorted(dups)[:3]}"
