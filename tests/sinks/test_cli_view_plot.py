"""`kg view` and `kg plot` through the real typer app."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


@pytest.fixture()
def ttl(small_rdf, tmp_path: Path) -> Path:
    path = tmp_path / "small.ttl"
    small_rdf.serialize(path, format="turtle")
    return path


def test_cli_view_writes_page(ttl: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "graph.html"
    res = runner.invoke(app, ["view", str(ttl), "--out", str(out), "--title", "Mein <Graph>"])
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    assert "<title>Mein &lt;Graph&gt;</title>" in text and 'id="kg-data"' in text


def test_cli_plot_writes_svg_and_png(ttl: Path, tmp_path: Path) -> None:
    res = runner.invoke(app, ["plot", str(ttl), "--out-dir", str(tmp_path / "pics")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "pics" / "stance_matrix.svg").read_text().startswith("<?xml")
    assert (tmp_path / "pics" / "stance_matrix.png").read_bytes()[:4] == b"\x89PNG"


@pytest.mark.parametrize("command", [["view", "{missing}", "--out", "{out}"], ["plot", "{missing}", "--out-dir", "{out}"]])
def test_cli_view_plot_missing_graph(command: list[str], tmp_path: Path) -> None:
    args = [a.format(missing=tmp_path / "nope.ttl", out=tmp_path / "o.html") for a in command]
    res = runner.invoke(app, args)
    assert res.exit_code == 3
    assert res.stderr == f"kg: error: graph file not found: {tmp_path / 'nope.ttl'}\n"


def test_cli_view_unwritable_output(ttl: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    res = runner.invoke(app, ["view", str(ttl), "--out", str(blocker / "g.html")])
    assert res.exit_code == 4 and res.stderr.startswith("kg: error: ")


@pytest.mark.parametrize(("command", "first_line"), [("view", "Write the interactive, offline HTML graph"),
                                                     ("plot", "Draw the stance matrix")])
def test_cli_view_plot_help(command: str, first_line: str) -> None:
    res = runner.invoke(app, [command, "--help"])
    assert res.exit_code == 0 and first_line in " ".join(res.stdout.split())
