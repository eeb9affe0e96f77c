"""A headless Chromium per session; in CI (CI=true) a missing browser fails the tests, locally it skips them."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import chromium

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    why = chromium.missing()
    if why:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"browser tests need headless Chromium in CI: {why}", pytrace=False)
        pytest.skip(why)
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


def screenshot(driver, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    driver.save_screenshot(str(path))
    return path
