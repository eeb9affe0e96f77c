"""The stance matrix draws at most MAX_ROWS actors: those with the most evidence."""

from __future__ import annotations

from kg.sinks.matrix import MAX_ROWS, _most_evidence


def test_matrix_rows_keep_the_actors_with_most_evidence():
    cells = {(f"A{i:03d}", "p"): (i, 0) for i in range(MAX_ROWS + 20)}
    cells[("Zeta", "q")] = (0, 500)
    rows = _most_evidence(cells)
    assert len(rows) == MAX_ROWS and "Zeta" in rows and "A000" not in rows and rows == sorted(rows)


def test_matrix_rows_small_graphs_keep_everyone():
    cells = {("Polen", "p"): (1, 0), ("Scholz", "p"): (0, 1)}
    assert _most_evidence(cells) == ["Polen", "Scholz"]
