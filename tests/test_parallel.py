"""Parallel, cached and distributed builds give the same bytes as a plain single-process build."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

import kg.cache
import kg.parallel
from kg.build import build
from kg.cache import PartCache, files_version, version_inputs
from kg.lexicon import DATA_DIR
from kg.progress import progress_bar
from kg.rdf.ontology import ontology_path

ROOT = Path(__file__).resolve().parents[1]
OUTPUTS = ("kg.ttl", "kg.trig", "kg.html", "report.json", "stance_matrix.svg", "stance_matrix.png")


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory) -> Path:
    """The seed, five development articles and one bad file."""
    d = tmp_path_factory.mktemp("corpus")
    for f in sorted((ROOT / "tests/data/dev/texts").glob("*.txt"))[:5] + sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(f, d)
    (d / "zz_empty.txt").write_bytes(b"")
    return d


@pytest.fixture(scope="module")
def single(small_corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("single")
    build([small_corpus], out)
    return out


def _same(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


@pytest.fixture()
def count_extractions(monkeypatch):
    """Counts the articles extracted in this process (the local engine's calls)."""
    calls: list[str] = []
    real = kg.parallel.article_part

    def counting(raw: bytes, name: str):
        calls.append(name)
        return real(raw, name)

    monkeypatch.setattr(kg.parallel, "article_part", counting)
    return calls


def test_parallel_workers_give_identical_bytes(small_corpus, single, tmp_path):
    res = build([small_corpus], tmp_path, workers=2)
    _same(single, tmp_path)
    assert [r.status for r in res.files].count("ok") == 6


def test_parallel_cache_hit_skips_extraction(small_corpus, single, tmp_path, count_extractions):
    cache = tmp_path / "cache"
    first = build([small_corpus], tmp_path / "a", cache=cache)
    assert len(count_extractions) == 7 and first.cached == 0
    count_extractions.clear()
    second = build([small_corpus], tmp_path / "b", cache=cache)
    assert count_extractions == [] and second.cached == 7
    _same(single, tmp_path / "a")
    _same(single, tmp_path / "b")


def test_parallel_changed_file_reextracts_only_that_article(small_corpus, tmp_path, count_extractions):
    corpus = tmp_path / "in"
    shutil.copytree(small_corpus, corpus)
    cache = tmp_path / "cache"
    build([corpus], tmp_path / "a", cache=cache)
    changed = sorted(corpus.glob("*.txt"))[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nPolen fordert eine Flugverbotszone.", encoding="utf-8")
    count_extractions.clear()
    build([corpus], tmp_path / "b", cache=cache)
    assert count_extractions == [changed.name]
    build([corpus], tmp_path / "fresh")
    _same(tmp_path / "fresh", tmp_path / "b")


def test_parallel_new_extractor_version_invalidates_cache(small_corpus, tmp_path, count_extractions, monkeypatch):
    cache = tmp_path / "cache"
    build([small_corpus], tmp_path / "a", cache=cache)
    monkeypatch.setattr(kg.cache, "extractor_version", lambda: "lexicon-changed")
    count_extractions.clear()
    res = build([small_corpus], tmp_path / "b", cache=cache)
    assert len(count_extractions) == 7 and res.cached == 0


def test_parallel_version_covers_lexicon_ontology_and_code():
    inputs = set(version_inputs())
    assert {DATA_DIR / "cues.tsv", DATA_DIR / "actors.tsv", ontology_path(), ROOT / "kg/extract/positions.py"} <= inputs


def test_parallel_version_changes_with_a_data_file(tmp_path):
    lexicon = tmp_path / "cues.tsv"
    lexicon.write_text("fordern\t\tfor\t2\tREQUEST\n", encoding="utf-8")
    before = files_version([lexicon], tmp_path)
    lexicon.write_text("fordern\t\tfor\t3\tREQUEST\n", encoding="utf-8")
    assert files_version([lexicon], tmp_path) != before


def test_parallel_cache_ignores_broken_entries(small_corpus, tmp_path, count_extractions):
    cache = tmp_path / "cache"
    build([small_corpus], tmp_path / "a", cache=cache)
    for entry in (cache / kg.cache.extractor_version()).rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    count_extractions.clear()
    build([small_corpus], tmp_path / "b", cache=cache)
    assert len(count_extractions) == 7
    _same(tmp_path / "a", tmp_path / "b")


def test_parallel_cache_keeps_only_the_current_version(small_corpus, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setattr(kg.cache, "extractor_version", lambda: "old-version")
    build([small_corpus], tmp_path / "a", cache=cache)
    assert (cache / "old-version" / kg.cache.MARKER).is_file()
    monkeypatch.setattr(kg.cache, "extractor_version", lambda: "new-version")
    build([small_corpus], tmp_path / "b", cache=cache)
    assert sorted(p.name for p in cache.iterdir()) == ["new-version"]
    assert len(list((cache / "new-version").rglob("*.json"))) == 7
    _same(tmp_path / "a", tmp_path / "b")


def test_parallel_cache_prune_leaves_what_is_not_kgs(tmp_path):
    cache = tmp_path / "shared"
    legacy = cache / "0123456789abcdef" / "ab"
    legacy.mkdir(parents=True)
    (legacy / "ab12.json").write_text("{}", encoding="utf-8")
    notes = cache / "fedcba9876543210"
    notes.mkdir()
    (notes / "notes.txt").write_text("mine", encoding="utf-8")
    photos = cache / "photos" / "ab"
    photos.mkdir(parents=True)
    (photos / "x.json").write_text("{}", encoding="utf-8")
    current = PartCache(cache, version="v2")
    current.folder.mkdir(parents=True)
    assert current.prune() == 1
    assert sorted(p.name for p in cache.iterdir()) == ["fedcba9876543210", "photos", "v2"]
    assert (notes / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_parallel_cache_prune_of_a_missing_folder_is_harmless(tmp_path):
    assert PartCache(tmp_path / "nowhere", version="v1").prune() == 0


def test_parallel_cache_key_depends_on_name_and_bytes(tmp_path):
    c = PartCache(tmp_path, version="v1")
    assert c.key(b"x", "a.txt") != c.key(b"x", "b.txt") != c.key(b"y", "b.txt")
    assert PartCache(tmp_path, version="v2").key(b"x", "a.txt") != c.key(b"x", "a.txt")


def test_parallel_progress_bar_off_when_not_a_terminal():
    with progress_bar(stream=io.StringIO()) as progress:
        assert progress is None


def test_parallel_progress_bar_on_a_terminal_counts():
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    with progress_bar(stream=stream) as progress:
        assert progress is not None
        progress(3, 10)
    with progress_bar(enabled=False, stream=stream) as progress:
        assert progress is None


def test_parallel_cli_build_prints_no_progress_to_a_pipe(small_corpus, tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    res = CliRunner().invoke(app, ["build", str(small_corpus), "--out", str(tmp_path / "o"), "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert "extracting" not in res.output and "articles/s" not in res.output
    assert (tmp_path / "o" / ".cache").is_dir()
    res = CliRunner().invoke(app, ["build", str(small_corpus), "--out", str(tmp_path / "o")])
    assert "(7 from the cache)" in res.output


@pytest.mark.parametrize("args, message", [({"workers": 0}, "at least 1"), ({"engine": "spark"}, "unknown engine"),
                                           ({"scheduler": "tcp://x:1"}, "needs --engine dask")])
def test_parallel_bad_engine_options_raise(small_corpus, tmp_path, args, message):
    from kg.errors import KgError

    with pytest.raises(KgError, match=message):
        build([small_corpus], tmp_path, **args)


def test_parallel_dask_engine_gives_identical_bytes(small_corpus, single, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        build([small_corpus], tmp_path, engine="dask", scheduler=cluster.scheduler_address)
    _same(single, tmp_path)


def test_parallel_page_keeps_actors_and_limits_events(small_corpus, tmp_path, monkeypatch):
    import kg.build

    monkeypatch.setattr(kg.build, "MAX_PAGE_NODES", 60)
    build([small_corpus], tmp_path)
    page = (tmp_path / "kg.html").read_text(encoding="utf-8")
    assert "weniger vernetzte Ereignisse nicht gezeigt" in page
    report = (tmp_path / "report.json").read_text(encoding="utf-8")
    assert '"built": 6' in report
