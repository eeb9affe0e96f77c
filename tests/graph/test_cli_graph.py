"""`kg graph ...` on the toy graph and on the seed export, through the real typer app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.cli_graph import graph_app

runner = CliRunner()


def kg(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def kg_json(*args: str) -> list[dict]:
    res = kg(*args, "--format", "json")
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_cli_graph_camps(toy_ttl: Path) -> None:
    rows = kg_json("graph", "camps", toy_ttl, "--proposal", "peace_mission")
    assert [(r["side"], r["actor"], r["n_evidence"]) for r in rows][:2] == [("for", "Polen", 2), ("for", "Litauen", 1)]


def test_cli_graph_allies(toy_ttl: Path) -> None:
    assert [r["actor"] for r in kg_json("graph", "allies", toy_ttl, "scholz")] == ["Deutschland", "Ungarn"]


def test_cli_graph_rivals(toy_ttl: Path) -> None:
    assert [(r["actor"], r["score"]) for r in kg_json("graph", "rivals", toy_ttl, "Polen")] == [("Deutschland", -1.0), ("Olaf Scholz", -1.0)]


def test_cli_graph_coalitions(toy_ttl: Path) -> None:
    assert [r["members"] for r in kg_json("graph", "coalitions", toy_ttl)] == ["Deutschland, Olaf Scholz, Ungarn", "Litauen, Polen"]


@pytest.mark.parametrize(("top", "n"), [("2", 2), ("0", 6)])
def test_cli_graph_central(toy_ttl: Path, top: str, n: int) -> None:
    rows = kg_json("graph", "central", toy_ttl, "--top", top)
    assert len(rows) == n and rows[0]["actor"] == "Polen"


def test_cli_graph_path(toy_ttl: Path) -> None:
    rows = kg_json("graph", "path", toy_ttl, "Polen", "Olaf Scholz")
    assert [r["sentence"].split(" (Beleg")[0] for r in rows] == ["Polen ist für peace_mission", "Olaf Scholz ist gegen peace_mission"]


def test_cli_graph_path_none(toy_ttl: Path) -> None:
    res = kg("graph", "path", toy_ttl, "Frankreich", "Polen", "--format", "tsv")
    assert res.exit_code == 0
    assert res.stdout == "step\tsentence\tsource_file\tdate\n"
    assert "no chain of facts connects 'Frankreich' and 'Polen'" in res.stderr


def test_cli_graph_neighbors(toy_ttl: Path) -> None:
    rows = kg_json("graph", "neighbors", toy_ttl, "Scholz")
    assert [(r["relation"], r["neighbor"]) for r in rows] == [("against", "peace_mission"), ("holds post in", "Deutschland")]


@pytest.mark.parametrize("fmt", ["table", "tsv", "csv"])
def test_cli_graph_formats(toy_ttl: Path, fmt: str) -> None:
    res = kg("graph", "camps", toy_ttl, "-p", "peace_mission", "-f", fmt)
    assert res.exit_code == 0 and "Polen" in res.stdout and "Ungarn" in res.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [(["allies", "{g}", "Schulz"], "kg: error: unknown actor 'Schulz'; closest: Olaf Scholz"),
     (["path", "{g}", "Polen", "Scholtz"], "kg: error: unknown actor 'Scholtz'; closest: Olaf Scholz"),
     (["camps", "{g}", "-p", "tempolimit"], "kg: error: unknown proposal 'tempolimit'; choose one of: no_fly_zone, peace_mission, sanctions"),
     (["central", "{g}", "-f", "xml"], "kg: error: unknown format 'xml'; choose one of: table, tsv, csv, json")],
)
def test_cli_graph_usage_errors(toy_ttl: Path, args: list[str], message: str) -> None:
    res = kg("graph", *[a.format(g=toy_ttl) for a in args])
    assert res.exit_code == 2
    assert res.stderr == message + "\n"
    assert res.stdout == ""


def test_cli_graph_unreadable_graph(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    res = kg("graph", "central", bad)
    assert res.exit_code == 3 and res.stderr.startswith("kg: error: ") and len(res.stderr.splitlines()) == 1


@pytest.mark.parametrize("name", [c.name or c.callback.__name__ for c in graph_app.registered_commands])
def test_cli_graph_help(name: str) -> None:
    cmd = next(c for c in graph_app.registered_commands if (c.name or c.callback.__name__) == name)
    first_line = cmd.callback.__doc__.strip().splitlines()[0]
    res = kg("graph", name, "--help")
    assert res.exit_code == 0
    assert " ".join(first_line.split()[:4]) in " ".join(res.stdout.split())


def test_cli_graph_seed_camps_peace_mission(seed_export: Path) -> None:
    rows = kg_json("graph", "camps", seed_export / "kg.ttl", "--proposal", "peace_mission")
    sides = {(r["side"], r["actor"]) for r in rows}
    assert {("for", "Polen"), ("against", "Deutschland"), ("against", "Olaf Scholz")} <= sides
