"""Headless Debian Chromium for the browser tests and bench/html_large.py."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900")


def missing() -> str | None:
    """Why the browser cannot run here, or None."""
    for p in (CHROMIUM, CHROMEDRIVER):
        if not os.access(p, os.X_OK):
            return f"{p} not found: install Debian packages chromium and chromium-driver (make browser)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed: pip install -e '.[test]'"
    return None


def require() -> None:
    """Call at the top of a browser test module: without a browser, fail in CI (CI=true), skip elsewhere."""
    import pytest

    why = missing()
    if why and os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"browser tests need headless Chromium in CI: {why}", pytrace=False)
    if why:
        pytest.skip(why, allow_module_level=True)


def start(profile_dir: Path):
    """A fresh headless Chromium with browser and performance (network) logging."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={profile_dir}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=opts)


def open_page(driver, page: Path, timeout: float = 30.0) -> dict:
    """Load ``page`` and wait until the graph says it is ready; return window.kgStats."""
    driver.get(page.resolve().as_uri())
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        stats = driver.execute_script("return window.kgStats || null")
        if stats and stats["ready"]:
            return stats
        time.sleep(0.05)
    raise TimeoutError(f"{page} did not become ready within {timeout} s")


def requested_urls(driver) -> list[str]:
    """Every URL the page asked for (CDP Network.requestWillBeSent events in the performance log)."""
    urls = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg["method"] == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls


def console_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]


def screenshot(driver, name: str) -> Path:
    """Save a screenshot to tests/artifacts/ (git-ignored) for a human to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    driver.save_screenshot(str(path))
    return path
