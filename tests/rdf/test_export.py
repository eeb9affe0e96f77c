"""`kg export`: every format reads back to the same triples (and graphs), byte-identical re-runs."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf.export import convert

runner = CliRunner()
QUADS = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}
TRIPLES = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}


def _quads(data: bytes, fmt) -> set:
    return {(str(q.subject), str(q.predicate), _value(q.object), str(q.graph_name)) for q in ox.parse(data, format=fmt)}


def _value(o) -> str:
    # rdflib writes decimals in canonical form ("0.9" for "0.90"): compare numbers by value
    if isinstance(o, ox.Literal) and o.datatype.value.endswith("#decimal"):
        return f"{float(o.value)}^^decimal"
    return str(o)


@pytest.mark.parametrize("fmt", sorted(QUADS))
def test_export_quads_formats_keep_every_article_graph(seed_build, fmt):
    trig = seed_build / "kg.trig"
    original = _quads(trig.read_bytes(), ox.RdfFormat.TRIG)
    assert _quads(convert([trig], fmt), QUADS[fmt]) == original
    assert {g for *_, g in original} == {str(q.graph_name) for q in ox.parse(trig.read_bytes(), format=ox.RdfFormat.TRIG)}


@pytest.mark.parametrize("fmt", sorted(TRIPLES))
def test_export_triples_formats_hold_the_union(seed_build, fmt):
    trig = seed_build / "kg.trig"
    union = {(s, p, o, "DEFAULT") for s, p, o, _ in _quads(trig.read_bytes(), ox.RdfFormat.TRIG)}
    assert _quads(convert([trig], fmt), TRIPLES[fmt]) == union


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nt", "nq", "jsonld"])
def test_export_is_deterministic(seed_build, fmt):
    assert convert([seed_build / "kg.trig"], fmt) == convert([seed_build / "kg.trig"], fmt)


def test_export_nt_lines_are_sorted(seed_build):
    lines = convert([seed_build / "kg.ttl"], "nt").decode("utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) > 500


def test_cli_export_to_stdout_and_to_a_file(seed_build, tmp_path):
    res = runner.invoke(app, ["export", str(seed_build / "kg.trig"), "--format", "nq"])
    assert res.exit_code == 0, res.output
    out = tmp_path / "kg.nq"
    res2 = runner.invoke(app, ["export", str(seed_build / "kg.trig"), "--format", "nq", "--out", str(out)])
    assert res2.exit_code == 0 and out.read_bytes() == res.stdout_bytes
    assert list(tmp_path.iterdir()) == [out]  # no temp file left behind


@pytest.mark.parametrize("args, code, message", [
    (["--format", "yaml"], 2, "'yaml' is not one of: ttl, trig, nt, nq, jsonld"),
    (["--format", "nt", "--out", "/proc/kg/x.nt"], 4, "kg: error: "),
])
def test_cli_export_errors(seed_build, args, code, message, plain):
    res = runner.invoke(app, ["export", str(seed_build / "kg.ttl"), *args])
    assert res.exit_code == code and message in plain(res.output)


def test_cli_export_unreadable_input_exits_3(tmp_path):
    bad = tmp_path / "bad.trig"
    bad.write_text("<urn:g> { <urn:s> <urn:p> }", encoding="utf-8")
    res = runner.invoke(app, ["export", str(bad), "--format", "nt"])
    assert res.exit_code == 3 and "bad.trig: not valid trig" in res.stderr
