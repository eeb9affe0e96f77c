"""Precision, recall and F1 of a graph's positions against a gold TSV.

Gold format (as ../shared/gold/seed_positions.tsv): ``actor, actor_type, polarity, proposal,
evidence`` with an optional leading ``file`` column for multi-article gold. A prediction
matches a gold fact when file (if given), polarity and proposal agree and the actor names
agree by preferred label or alias.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SKOS

from kg.errors import GraphLoadError
from kg.query.positions import position_rows

__all__ = ["Score", "Evaluation", "read_gold", "evaluate", "norm_name", "gazetteer_aliases"]


def norm_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("ß", "ss").casefold()
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


@dataclass(frozen=True, slots=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    overall: Score
    by_proposal: dict[str, Score]
    missed: list[tuple[str, str, str, str]]
    false: list[tuple[str, str, str, str]]


def read_gold(path: Path) -> list[dict[str, str]]:
    try:
        with Path(path).open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    except OSError as exc:
        raise GraphLoadError(f"cannot read gold file {path}: {exc.strerror}") from None
    need = {"actor", "polarity", "proposal"}
    if not rows or not need <= set(rows[0]):
        raise GraphLoadError(f"{path}: a gold TSV needs a header with columns {', '.join(sorted(need))}")
    return rows


def gazetteer_aliases() -> dict[str, set[str]]:
    """The gazetteer's own names per actor label (actors.tsv, countries.tsv): a gold "FAZ" matches a
    predicted "Frankfurter Allgemeine Zeitung" even when the article spells only the long name. Only
    aliases that name that actor (not one shared with another) count."""
    from kg.lexicon import load_lexicon

    lex = load_lexicon()
    return {label: {a for a in e.aliases if lex.aliases.get(a) == label} for label, e in lex.actors.items()}


def evaluate(g: Graph, gold_rows: list[dict[str, str]], extra_aliases: dict[str, set[str]] | None = None) -> Evaluation:
    """Compare the graph's (file, actor, polarity, proposal) facts with the gold facts."""
    multi = any(r.get("file") for r in gold_rows)
    names: dict[str, set[str]] = {}
    for a, lab in g.subject_objects(SKOS.prefLabel):
        key = norm_name(str(lab))
        names.setdefault(key, {key}).update(norm_name(str(x)) for x in g.objects(a, SKOS.altLabel))
    for k, v in (extra_aliases or {}).items():
        names.setdefault(norm_name(k), {norm_name(k)}).update(norm_name(x) for x in v)
    preds = {((r.source_file if multi else ""), r.actor, r.polarity, r.proposal) for r in position_rows(g)}
    gold = {((r.get("file", "") if multi else ""), r["actor"], r["polarity"], r["proposal"]) for r in gold_rows}

    def same(gold_actor: str, pred_actor: str) -> bool:
        ga, pa = norm_name(gold_actor), norm_name(pred_actor)
        return ga == pa or ga in names.get(pa, set())

    matched: set = set()
    tp, fn = [], []
    for gt in sorted(gold):
        hit = next((p for p in sorted(preds) if p not in matched and p[0] == gt[0] and p[2] == gt[2] and p[3] == gt[3]
                    and same(gt[1], p[1])), None)
        if hit:
            matched.add(hit)
            tp.append(gt)
        else:
            fn.append(gt)
    fp = [p for p in sorted(preds - matched)
          if not any(p[0] == gt[0] and p[2] == gt[2] and p[3] == gt[3] and same(gt[1], p[1]) for gt in gold)]
    by: dict[str, Counter] = {}
    for t in tp:
        by.setdefault(t[3], Counter())["tp"] += 1
    for t in fn:
        by.setdefault(t[3], Counter())["fn"] += 1
    for t in fp:
        by.setdefault(t[3], Counter())["fp"] += 1
    scores = {k: Score(c["tp"], c["fp"], c["fn"]) for k, c in sorted(by.items())}
    return Evaluation(Score(len(tp), len(fp), len(fn)), scores, fn, fp)
