"""A real Oxigraph server for the triplestore tests, started once per session.

The binary comes from the PyPI package ``oxigraph`` (test extra), installed next to the
interpreter. Without it the tests skip locally and fail in CI (``CI=true``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.store import Endpoints, TripleStore, endpoints
from storecases import free_port, stop_process, wait_until_answering

SEED_ARTICLE = Path(__file__).resolve().parents[2] / "seeds" / "000_e205b4e5eed29db3.txt"
FRANCE_ARTICLE = " date 2022-04 Frankreich lehnt eine Flugverbotszone ab."


_free_port = free_port


def _oxigraph_binary() -> Path:
    exe = Path(sys.executable).parent / "oxigraph"
    if exe.is_file():
        return exe
    msg = f"oxigraph server binary not found at {exe}; install the test extra: pip install -e '.[test]'"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(msg)
    pytest.skip(msg)


class OxigraphServer:
    """An ``oxigraph serve`` process on a loopback port over a store folder; stop and start again."""

    def __init__(self, location: Path, log: Path) -> None:
        self.exe = _oxigraph_binary()
        self.location, self.log_path = location, log
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen([str(self.exe), "serve", "--location", str(self.location),
                                          "--bind", f"127.0.0.1:{self.port}"], stdout=log, stderr=subprocess.STDOUT)
        wait_until_answering(self.proc, f"{self.url}/query?query=ASK%7B%7D", "oxigraph", self.log_path, 30)

    def stop(self) -> None:
        if self.proc is None:
            return
        stop_process(self.proc)
        self.proc = None


@pytest.fixture(scope="session")
def oxigraph_url(tmp_path_factory) -> str:
    """Base URL of an Oxigraph server on a free loopback port, stopped after the session."""
    tmp = tmp_path_factory.mktemp("oxigraph")
    server = OxigraphServer(tmp / "db", tmp / "server.log")
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture()
def own_server(tmp_path):
    """A server of this test's own, which the test may stop and start again."""
    server = OxigraphServer(tmp_path / "db", tmp_path / "server.log")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture()
def ep(oxigraph_url) -> Endpoints:
    """The Oxigraph endpoints, with an empty store for each test."""
    e = endpoints(oxigraph_url, "oxigraph")
    TripleStore().update(e.update, "DROP ALL")
    return e


@pytest.fixture()
def refused_url() -> str:
    """A store URL on a loopback port nobody listens on."""
    return f"http://127.0.0.1:{_free_port()}"


@pytest.fixture()
def client() -> TripleStore:
    return TripleStore(timeout=30)


@pytest.fixture(scope="session")
def two_article_build(tmp_path_factory) -> Path:
    """A corpus of the seed article and a short second one, built once."""
    from kg.build import build

    src = tmp_path_factory.mktemp("two_in")
    shutil.copy(SEED_ARTICLE, src)
    (src / "001_frankreich.txt").write_text(FRANCE_ARTICLE, encoding="utf-8")
    out = tmp_path_factory.mktemp("two_out")
    build([src], out, html=False, pictures=False)
    return out
