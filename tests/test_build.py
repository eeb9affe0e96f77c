"""The build: exports, determinism, SHACL, atomic writes, bad input handling."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.errors import InputPathError, OutputError

ROOT = Path(__file__).resolve().parents[1]
EXPORTS = ROOT / "exports"
OUTPUTS = ("kg.ttl", "kg.trig", "kg.html", "report.json", "stance_matrix.svg", "stance_matrix.png")


def test_build_writes_all_exports(seed_build):
    for name in OUTPUTS:
        assert (seed_build / name).stat().st_size > 0, name
    report = json.loads((seed_build / "report.json").read_text(encoding="utf-8"))
    (f,) = report["files"]
    assert f["file"] == "000_e205b4e5eed29db3.txt" and f["status"] == "ok"
    assert f["positions"] >= 21 and f["events"] >= 12 and f["actors"] >= 20


def test_build_is_deterministic(seed_build, tmp_path):
    build([ROOT / "seeds"], tmp_path)
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (seed_build / name).read_bytes(), name


def test_build_committed_exports_equal_fresh_build(seed_build):
    for name in OUTPUTS:
        assert (EXPORTS / name).read_bytes() == (seed_build / name).read_bytes(), f"exports/{name} is stale: run make run"


@pytest.mark.parametrize("name, fmt", [("kg.ttl", ox.RdfFormat.TURTLE), ("kg.trig", ox.RdfFormat.TRIG)])
def test_build_exports_parse_with_oxigraph(seed_build, name, fmt):
    store = ox.Store()
    store.load((seed_build / name).read_bytes(), fmt)
    assert len(store) > 500


def test_build_trig_has_one_named_graph_per_article(corpus_dir, tmp_path):
    (corpus_dir / "001_extra.txt").write_text(" date 2022-04 Frankreich lehnt eine Flugverbotszone ab.", encoding="utf-8")
    build([corpus_dir], tmp_path)
    store = ox.Store()
    store.load((tmp_path / "kg.trig").read_bytes(), ox.RdfFormat.TRIG)
    graphs = sorted(str(g.value) for g in store.named_graphs())
    assert len(graphs) == 2 and all(g.endswith("/graph") for g in graphs)


def test_build_skips_bad_files_and_reports_them(corpus_dir, tmp_path):
    (corpus_dir / "empty.txt").write_bytes(b"")
    (corpus_dir / "latin1.txt").write_bytes(" date 2022-03 Ölembargo für Österreich".encode("latin-1"))
    (corpus_dir / "nodate.txt").write_text("Polen fordert Kampfjets.", encoding="utf-8")
    (corpus_dir / "binary.txt").write_bytes(bytes(range(256)))
    res = build([corpus_dir], tmp_path / "out")
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    status = {f["file"]: (f["status"], f["reason"]) for f in report["files"]}
    assert status["000_e205b4e5eed29db3.txt"][0] == "ok"
    assert status["empty.txt"] == ("skipped", "the file is empty")
    assert "not UTF-8" in status["latin1.txt"][1]
    assert "no date header" in status["nodate.txt"][1]
    assert "not a text file" in status["binary.txt"][1]
    assert report["skipped"] == 4 and len(res.skipped) == 4


def test_build_hostile_text_gives_valid_rdf(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "evil <x>.txt").write_text(
        ' date 2022-03 Polen fordert eine Flugverbotszone <script>alert(1)</script> "x" > \x07 und Kampfjets.\n'
        'Der Kanzler\u2028 lehnt\t`ab`{}|^ ein Gasembargo ab.', encoding="utf-8")
    build([src], tmp_path / "out")
    store = ox.Store()
    store.load((tmp_path / "out" / "kg.ttl").read_bytes(), ox.RdfFormat.TURTLE)
    store.load((tmp_path / "out" / "kg.trig").read_bytes(), ox.RdfFormat.TRIG)
    assert any("script" in str(q.object.value) for q in store.quads_for_pattern(None, None, None))


def test_build_missing_input_raises(tmp_path):
    with pytest.raises(InputPathError):
        build([tmp_path / "nope"], tmp_path / "out")


def test_build_unwritable_output_is_one_error(corpus_dir, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot create output folder"):
        build([corpus_dir], blocker / "sub")


def test_build_failed_write_keeps_previous_exports_whole(corpus_dir, tmp_path, monkeypatch):
    import kg.sinks.files as files

    out = tmp_path / "out"
    build([corpus_dir], out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (corpus_dir / "002_more.txt").write_text(" date 2022-04 Litauen fordert ein Gasembargo.", encoding="utf-8")
    real = files._write_temp

    def failing(path, raw):
        if path.name == "report.json":
            raise OSError(28, "No space left on device")
        return real(path, raw)

    monkeypatch.setattr(files, "_write_temp", failing)
    with pytest.raises(OutputError, match="No space left"):
        build([corpus_dir], out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_build_leaves_no_temp_files(seed_build):
    assert not list(seed_build.glob(".*"))
