from __future__ import annotations

import pytest

from kg.graph.sample import sample_graph
from kg.graph.view import to_networkx
from kg.sinks.matrix import render_matrix, stance_cells


def test_matrix_cells(small_rdf) -> None:
    assert stance_cells(to_networkx(small_rdf)) == {
        ("Olaf Scholz (Person)", "peace_mission"): (0, 1),
        ("Olaf Scholz (Person)", "sanctions"): (1, 0),
        ("Polen (Staat)", "peace_mission"): (1, 0),
    }


def test_matrix_deterministic(small_rdf) -> None:
    assert render_matrix(small_rdf) == render_matrix(small_rdf)


@pytest.mark.parametrize("text", ["Polen (Staat)", "Olaf Scholz (Person)", "peace_mission", "sanctions", "dafür", "dagegen"])
def test_matrix_svg_labels_are_text(small_rdf, text: str) -> None:
    svg, _ = render_matrix(small_rdf)
    assert f">{text}<" in svg or f"{text}</text>" in svg


def test_matrix_svg_has_no_date(small_rdf) -> None:
    svg, _ = render_matrix(small_rdf)
    assert "<dc:date>" not in svg


def test_matrix_png(small_rdf) -> None:
    _, png = render_matrix(small_rdf)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 1000


def test_matrix_without_positions() -> None:
    svg, png = render_matrix(sample_graph([]))
    assert "keine Positionen" in svg and png
