"""`kg load`: prints what it loaded and the store's count; one error line and exit 6 or 3 on failure."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def _triples(stdout: str) -> list[int]:
    return [int(n) for n in re.findall(r"(\d+) triples", stdout)]


@pytest.mark.server
@pytest.mark.parametrize("mode", [[], ["--update"]])
def test_cli_load_prints_loaded_and_stored_counts(ep, oxigraph_url, two_article_build, mode):
    args = ["load", str(two_article_build / "kg.trig"), "--store", oxigraph_url]
    if mode:
        args += ["--update", ep.update]
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    first, second = res.stdout.splitlines()
    assert first.startswith("replaced 2 graph(s) with ")
    assert second.startswith("store count: ")
    loaded, stored = _triples(res.stdout)
    assert loaded == stored > 0


@pytest.mark.server
def test_cli_load_turtle_into_a_named_graph_and_append(ep, oxigraph_url, seed_build):
    ttl = str(seed_build / "kg.ttl")
    res = runner.invoke(app, ["load", ttl, "--store", oxigraph_url, "--graph", "https://example.org/g"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["load", ttl, "--store", oxigraph_url, "--graph", "https://example.org/g", "--append"])
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("appended to 1 graph(s) with ")
    loaded, stored = _triples(res.stdout)
    assert loaded == stored


def test_cli_load_refused_port_exits_6_with_one_line(refused_url, seed_build):
    res = runner.invoke(app, ["load", str(seed_build / "kg.trig"), "--store", refused_url])
    assert res.exit_code == 6
    assert res.stdout == ""
    assert res.stderr.startswith(f"kg: error: cannot connect to {refused_url}/store: connection refused")
    assert res.stderr.count("\n") == 1


def test_cli_load_unreadable_graph_file_exits_3(tmp_path, refused_url):
    res = runner.invoke(app, ["load", str(tmp_path / "missing.trig"), "--store", refused_url])
    assert res.exit_code == 3
    assert res.stderr == f"kg: error: graph file not found: {tmp_path / 'missing.trig'}\n"


@pytest.mark.parametrize("args", [["--graph", "not-an-iri"], ["--graph", "https://example.org/a b"],
                                  ["--kind", "blazegraph"], []])
def test_cli_load_usage_errors_exit_2(tmp_path, args):
    store = ["--store", "http://127.0.0.1:9"] if args else []
    res = runner.invoke(app, ["load", str(tmp_path / "kg.ttl"), *store, *args])
    assert res.exit_code == 2
