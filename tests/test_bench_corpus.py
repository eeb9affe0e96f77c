"""The benchmark's synthetic corpus is reproducible and in kg's input format."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from kg.article import parse_article

ROOT = Path(__file__).resolve().parents[1]


def _corpus():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_corpus_is_deterministic(tmp_path):
    corpus = _corpus()
    a = [p.read_bytes() for p in corpus.write_corpus(tmp_path / "a", 12, seed=3)]
    b = [p.read_bytes() for p in corpus.write_corpus(tmp_path / "b", 12, seed=3)]
    assert a == b
    assert corpus.article(5, seed=3) != corpus.article(5, seed=4) != corpus.article(6, seed=3)


def test_bench_corpus_articles_are_valid_and_news_sized():
    corpus = _corpus()
    for n in range(20):
        art = parse_article(corpus.article(n).encode("utf-8"), f"{n:06d}.txt")
        assert 300 <= len(art.text.split()) <= 900


def test_bench_corpus_articles_carry_positions(extractor):
    corpus = _corpus()
    x = extractor(parse_article(corpus.article(0).encode("utf-8"), "000000.txt"))
    assert x.positions and x.events and len({a.label for a in x.actors}) >= 3
