"""A real Oxigraph server for the triplestore tests, started once per session.

The binary comes from the PyPI package ``oxigraph`` (test extra), installed next to the
interpreter. Without it the tests skip locally and fail in CI (``CI=true``).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kg.store import Endpoints, TripleStore, endpoints

SEED_ARTICLE = Path(__file__).resolve().parents[2] / "seeds" / "000_e205b4e5eed29db3.txt"
FRANCE_ARTICLE = " date 2022-04 Frankreich lehnt eine Flugverbotszone ab."


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _oxigraph_binary() -> Path:
    exe = Path(sys.executable).parent / "oxigraph"
    if exe.is_file():
        return exe
    msg = f"oxigraph server binary not found at {exe}; install the test extra: pip install -e '.[test]'"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(msg)
    pytest.skip(msg)


@pytest.fixture(scope="session")
def oxigraph_url(tmp_path_factory) -> str:
    """Base URL of an Oxigraph server on a free loopback port, stopped after the session."""
    exe = _oxigraph_binary()
    tmp = tmp_path_factory.mktemp("oxigraph")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = (tmp / "server.log").open("wb")
    proc = subprocess.Popen([str(exe), "serve", "--location", str(tmp / "db"), "--bind", f"127.0.0.1:{port}"],
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                pytest.fail(f"oxigraph exited with {proc.returncode}: {(tmp / 'server.log').read_text()[-2000:]}")
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"oxigraph did not answer on {url} within 30 s")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


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
