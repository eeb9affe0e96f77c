"""The command line: every command documented and with --help; formats; errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def _commands() -> list[list[str]]:
    root = get_command(app)
    out = []
    for name, cmd in sorted(root.commands.items()):
        subs = getattr(cmd, "commands", None)
        if subs:
            out.extend([name, sub] for sub in sorted(subs))
        else:
            out.append([name])
    return out


@pytest.mark.parametrize("cmd", _commands(), ids=lambda c: " ".join(c))
def test_cli_every_command_has_help(cmd):
    res = runner.invoke(app, [*cmd, "--help"])
    assert res.exit_code == 0, res.output
    assert "Usage" in res.output


@pytest.mark.parametrize("cmd", _commands(), ids=lambda c: " ".join(c))
def test_cli_every_command_is_documented_in_readme(cmd):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"kg {' '.join(cmd)}" in readme


def test_cli_positions_tsv_is_plain(seed_build):
    res = runner.invoke(app, ["positions", str(seed_build / "kg.ttl"), "--format", "tsv"])
    assert res.exit_code == 0
    lines = res.stdout.rstrip("\n").split("\n")
    assert lines[0] == "actor\tactor_type\tpolarity\tproposal\tevidence\tsource_file\tconfidence"
    assert all(len(line.split("\t")) == 7 for line in lines)
    rows = [dict(zip(lines[0].split("\t"), line.split("\t"))) for line in lines[1:]]
    assert {"actor": "Polen", "polarity": "for", "proposal": "peace_mission"}.items() <= next(
        r for r in rows if r["actor"] == "Polen").items()
    assert all(r["source_file"] == "000_e205b4e5eed29db3.txt" for r in rows)
    assert all(0 < float(r["confidence"]) <= 1 for r in rows)


@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_cli_positions_other_formats(seed_build, fmt):
    res = runner.invoke(app, ["positions", str(seed_build / "kg.ttl"), "--format", fmt])
    assert res.exit_code == 0
    if fmt == "json":
        rows = json.loads(res.stdout)
        assert {r["actor"] for r in rows} >= {"Polen", "Olaf Scholz", "NATO"}
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(res.stdout)))
        assert rows and set(rows[0]) == {"actor", "actor_type", "polarity", "proposal", "evidence", "source_file", "confidence"}
    else:
        assert "Olaf Scholz" in res.stdout


def test_cli_unknown_format_is_one_line_error(seed_build):
    res = runner.invoke(app, ["positions", str(seed_build / "kg.ttl"), "--format", "xml"])
    assert res.exit_code == 2
    assert res.stderr.strip().count("\n") == 0
    assert "unknown format 'xml'" in res.stderr and "tsv" in res.stderr


def test_cli_eval_reports_perfect_seed(seed_build):
    res = runner.invoke(app, ["eval", str(seed_build / "kg.ttl"), "--gold", str(ROOT / "tests/data/seed/seed_positions.tsv")])
    assert res.exit_code == 0
    overall = [l for l in res.stdout.splitlines() if l.startswith("overall")][0]
    assert re.search(r"1\.00\s+1\.00\s+1\.00\s+21\s+0\s+0", overall)


def test_cli_eval_counts_misses(seed_build, tmp_path):
    gold = tmp_path / "gold.tsv"
    gold.write_text("actor\tactor_type\tpolarity\tproposal\tevidence\nPolen\tCountry\tagainst\tpeace_mission\tx\n", encoding="utf-8")
    res = runner.invoke(app, ["eval", str(seed_build / "kg.ttl"), "--gold", str(gold), "--show"])
    assert res.exit_code == 0
    assert "MISSED\t\tPolen\tagainst\tpeace_mission" in res.stdout


def test_cli_validate_conforms(seed_build):
    res = runner.invoke(app, ["validate", str(seed_build / "kg.ttl")])
    assert res.exit_code == 0
    assert "Conforms: True" in res.stdout


def test_cli_validate_reports_violations(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("""@prefix kgo: <https://w3id.org/kgnews/ontology#> .
<https://example.org/p1> a kgo:Position ; kgo:confidence 3.5 .
""", encoding="utf-8")
    res = runner.invoke(app, ["validate", str(bad)])
    assert res.exit_code == 5
    assert "Conforms: False" in res.stdout and "holder" in res.stdout


@pytest.mark.parametrize("args, code, msg", [
    (["build", "does/not/exist"], 2, "input not found"),
    (["positions", "missing.ttl"], 3, "graph file not found"),
    (["validate", "README.md"], 3, "unknown RDF file type"),
])
def test_cli_errors_are_one_line(args, code, msg, tmp_path):
    res = runner.invoke(app, args if args[0] != "build" else [*args, "--out", str(tmp_path)])
    assert res.exit_code == code
    assert msg in res.stderr
    assert "Traceback" not in res.output


def test_cli_bad_turtle_is_reported(tmp_path):
    bad = tmp_path / "x.ttl"
    bad.write_text("this is not turtle <", encoding="utf-8")
    res = runner.invoke(app, ["positions", str(bad)])
    assert res.exit_code == 3 and "not valid turtle" in res.stderr


def test_cli_build_reports_skips(corpus_dir, tmp_path):
    (corpus_dir / "bad.txt").write_bytes(b"no header here")
    res = runner.invoke(app, ["build", str(corpus_dir), "--out", str(tmp_path / "o")])
    assert res.exit_code == 0
    assert "skipped bad.txt: no date header" in res.stderr
    assert "built 1 article(s)" in res.stdout


def test_cli_sparql_select(seed_build):
    q = "SELECT ?label WHERE { ?a kgo:opposes kgp:peace_mission ; skos:prefLabel ?label } ORDER BY ?label"
    res = runner.invoke(app, ["sparql", str(seed_build / "kg.ttl"), q, "--format", "csv"])
    assert res.exit_code == 0, res.output
    labels = res.stdout.splitlines()[1:]
    assert "Deutschland" in labels and "Olaf Scholz" in labels and "Polen" not in labels
