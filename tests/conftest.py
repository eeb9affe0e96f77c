"""Shared fixtures: one extractor per session, the seed built once, helpers for German test sentences."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.article import parse_article

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SEED_DIR = ROOT / "seeds"


@pytest.fixture(scope="session")
def extractor():
    from kg.extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def extract(extractor):
    """extract(text, date='2022-03') -> Extraction of a one-off article."""

    def run(text: str, date: str = "2022-03"):
        return extractor(parse_article(f" date {date} {text}".encode("utf-8"), "test.txt"))

    return run


@pytest.fixture(scope="session")
def positions_of(extract):
    """positions_of(text) -> set of (holder, polarity, proposal)."""

    def run(text: str) -> set[tuple[str, str, str]]:
        return {(p.holder, p.polarity, p.proposal) for p in extract(text).positions}

    return run


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seed built once into a temp folder (kg.build.build)."""
    from kg.build import build

    out = tmp_path_factory.mktemp("seed_out")
    build([SEED_DIR], out)
    return out


@pytest.fixture(scope="session")
def seed_graph(seed_build):
    from kg.rdf.load import load_graph

    return load_graph(seed_build / "kg.ttl")


@pytest.fixture()
def corpus_dir(tmp_path):
    """A temp input folder with a copy of the seed."""
    d = tmp_path / "in"
    d.mkdir()
    for f in SEED_DIR.glob("*.txt"):
        shutil.copy(f, d)
    return d


@pytest.fixture(scope="session")
def seed_export(seed_build):
    """`kg build seeds` output folder (kg.ttl, kg.html, stance_matrix.*), built once per session."""
    return seed_build


HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</script>", 'href="javascript:alert(1)"',
           "<!--", "\u2028", "&amp;"]


@pytest.fixture(scope="session")
def hostile_title() -> str:
    return "</title><script>alert(3)</script> & <b>"


@pytest.fixture(scope="session")
def hostile_rdf():
    """A graph whose article text, actor names, aliases, roles and file names are markup."""
    from kg.graph.sample import sample_graph
    from kg.records import Actor, Role

    evil = " ".join(HOSTILE)
    return sample_graph(
        [("Polen", "for", "peace_mission", f"Polen fordert {evil}.", "<img src=x onerror=alert(4)>.txt", "2022-03"),
         ("<img src=x onerror=alert(2)>", "against", "peace_mission", f"Nein {evil}.")],
        actors=[Actor("<img src=x onerror=alert(2)>", "Group", aliases=("</script><script>alert(5)</script>",),
                      roles=(Role("<b onmouseover=alert(6)>Chef</b>", None),))],
        events=[("CONSULT", ("Polen",), None, f"Treffen {evil}.")],
    )


@pytest.fixture()
def plain():
    """A CLI output without the box typer draws around usage errors, whatever the terminal width."""
    def run(output: str) -> str:
        return " ".join(output.replace("│", " ").replace("╭", " ").replace("╰", " ").split())
    return run
