"""Quality on the annotated development set (tests/data/dev): the bar of the extraction issue."""

from __future__ import annotations

from pathlib import Path

from kg.build import build
from kg.query.evaluate import evaluate, read_gold
from kg.rdf.load import load_graph

DEV = Path(__file__).resolve().parents[1] / "data" / "dev"


def test_dev_set_positions_f1_at_least_085(tmp_path):
    build([DEV / "texts"], tmp_path, html=False, pictures=False)
    ev = evaluate(load_graph(tmp_path / "kg.ttl"), read_gold(DEV / "positions.tsv"))
    assert len(list((DEV / "texts").glob("*.txt"))) >= 40
    assert ev.overall.f1 >= 0.85, f"dev F1 {ev.overall.f1:.3f}; missed {ev.missed[:5]}; false {ev.false[:5]}"
    assert ev.overall.precision >= 0.9
