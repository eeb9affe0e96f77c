"""One headless Chromium per session for the browser tests (see chromium.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import chromium


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    chromium.require()
    driver = chromium.start(tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.quit()


@pytest.fixture()
def open_graph(browser) -> Callable[[Path], dict]:
    """Open a page with empty logs and wait until the graph is ready; returns window.kgStats."""

    def _open(page: Path) -> dict:
        browser.get("about:blank")
        browser.get_log("browser")
        browser.get_log("performance")
        return chromium.open_page(browser, page)

    return _open
