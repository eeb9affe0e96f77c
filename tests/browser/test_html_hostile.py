"""Hostile article text must never run in the page: not on load, not in a tooltip, not in details."""

from __future__ import annotations

from pathlib import Path

import pytest

import chromium

chromium.require()  # before importing selenium: fail in CI, skip elsewhere

from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

from kg.graph.view import to_networkx
from kg.rdf.load import load_graph
from kg.sinks.html import render_html

pytestmark = pytest.mark.browser

ARTICLE = """ date 2022-03
Polen fordert eine Flugverbotszone über der Ukraine <script>alert(1)</script>.
Deutschland unterstützt Waffenlieferungen an die Ukraine, sagte der Sprecher <img src=x onerror=alert(1)>.
Bundeskanzler Olaf Scholz lehnt eine Friedensmission </script> ab, die href="javascript:alert(1)" nicht braucht.
"""
PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</script>", "href="]

HOVER_EVERYTHING = """
var n = 0;
kg.data.nodes.forEach(function (x) { kg.showTip('node', x.id); kg.showDetails('node', x.id); n++; });
kg.data.edges.forEach(function (x) { kg.showTip('edge', x.id); kg.showDetails('edge', x.id); n++; });
kg.search('<img'); kg.search('script');
return n;"""

INJECTED = """
var attrs = Array.prototype.some.call(document.querySelectorAll('*'), function (e) {
  return Array.prototype.some.call(e.attributes, function (a) { return a.name.indexOf('on') === 0; }); });
return {img: document.querySelectorAll('img, iframe, object, embed, b').length,
        script: document.querySelectorAll('script').length, onattrs: attrs, title: document.title};"""


def _hover_nodes_with_mouse(browser) -> None:
    canvas = browser.find_element(By.CSS_SELECTOR, "#kg-network canvas")
    spots = browser.execute_script(
        "var c = arguments[0]; return kg.data.nodes.map(function (n) { var p = kg.network.canvasToDOM(kg.network.getPosition(n.id));"
        " return [p.x - c.clientWidth / 2, p.y - c.clientHeight / 2]; });", canvas)
    for x, y in spots:
        ActionChains(browser).move_to_element_with_offset(canvas, int(x), int(y)).pause(0.05).perform()


def _assert_nothing_ran(browser, page: Path, title: str) -> None:
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text
    dom = browser.execute_script(INJECTED)
    assert dom == {"img": 0, "script": 3, "onattrs": False, "title": title}
    urls = chromium.requested_urls(browser)
    assert all(u == page.resolve().as_uri() or u.startswith("data:") for u in urls), urls
    assert chromium.console_errors(browser) == []


def test_html_hostile_article(browser, open_graph, tmp_path: Path) -> None:
    from kg.build import build

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "001_hostile.txt").write_text(ARTICLE, encoding="utf-8")
    build([tmp_path / "in"], tmp_path / "out")
    evidence = " ".join(d["evidence"] for *_, d in to_networkx(load_graph(tmp_path / "out" / "kg.ttl")).edges(data=True)
                        if d["kind"] == "position")
    missing = [p for p in PAYLOADS if p not in evidence]
    assert not missing, f"the extractor no longer yields positions from the hostile sentences; adjust ARTICLE: {missing}"

    page = tmp_path / "out" / "kg.html"
    stats = open_graph(page)
    assert stats["renderedEdges"] >= 3
    assert browser.execute_script(HOVER_EVERYTHING) == stats["nodes"] + stats["edges"]
    _hover_nodes_with_mouse(browser)
    tip_text = browser.execute_script("var e = kg.data.edges.find(function (e) { return e.evidence && e.evidence.indexOf('<img') >= 0; });"
                                      "return kg.showTip('edge', e.id).textContent;")
    assert "<img src=x onerror=alert(1)>" in tip_text  # shown as text, literally
    chromium.screenshot(browser, "hostile_graph.png")
    _assert_nothing_ran(browser, page, "kg – Positionen und Akteure")


def test_html_hostile_labels_and_title(browser, open_graph, tmp_path: Path, hostile_rdf, hostile_title: str) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(render_html(hostile_rdf, title=hostile_title), encoding="utf-8")
    stats = open_graph(page)
    assert browser.execute_script(HOVER_EVERYTHING) == stats["nodes"] + stats["edges"]
    _hover_nodes_with_mouse(browser)
    assert browser.find_element(By.TAG_NAME, "h1").text == hostile_title
    _assert_nothing_ran(browser, page, hostile_title)
