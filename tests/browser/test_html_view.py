"""The built kg.html in real headless Chromium: offline, complete, searchable, filterable."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import chromium

chromium.require()  # before importing selenium: fail in CI, skip elsewhere

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from kg.graph.sample import sample_graph
from kg.graph.view import to_networkx
from kg.rdf.load import load_graph
from kg.sinks.html import LARGE_FROM, render_html

pytestmark = pytest.mark.browser

SHOWN_EDGES = "var s = new Set(kg.edges.getIds({filter: function (e) { return !e.hidden; }}));" \
              "return kg.data.edges.filter(function (e) { return s.has(e.id); });"


@pytest.fixture(scope="module")
def seed_view(seed_export: Path):
    return to_networkx(load_graph(seed_export / "kg.ttl"))


def test_html_view_offline_and_without_errors(browser, open_graph, seed_export: Path) -> None:
    open_graph(seed_export / "kg.html")
    urls = chromium.requested_urls(browser)
    assert urls and all(u.startswith(("file:", "data:")) for u in urls), urls
    assert chromium.console_errors(browser) == []
    chromium.screenshot(browser, "seed_graph.png")


def test_html_view_draws_every_node_and_edge(open_graph, seed_export: Path, seed_view) -> None:
    stats = open_graph(seed_export / "kg.html")
    expected = (seed_view.number_of_nodes(), seed_view.number_of_edges())
    assert (stats["nodes"], stats["edges"]) == expected
    assert (stats["renderedNodes"], stats["renderedEdges"]) == expected


def test_html_view_search_box_finds_scholz(browser, open_graph, seed_export: Path) -> None:
    open_graph(seed_export / "kg.html")
    browser.find_element(By.ID, "kg-search").send_keys("Scholz")
    selected = browser.execute_script("return kg.network.getSelectedNodes().map(function (id) { return kg.data.nodes[id].label; })")
    assert selected == ["Olaf Scholz"]
    assert browser.find_element(By.ID, "kg-hits").text == "1 Treffer"
    assert "Olaf Scholz" in browser.find_element(By.ID, "kg-details").text


def test_html_view_proposal_filter_hides_other_edges(browser, open_graph, seed_export: Path, seed_view) -> None:
    open_graph(seed_export / "kg.html")
    Select(browser.find_element(By.ID, "kg-proposal")).select_by_value("peace_mission")
    shown = browser.execute_script(SHOWN_EDGES)
    kinds = Counter((e["kind"], e.get("proposal")) for e in shown)
    expected = sum(1 for *_, d in seed_view.edges(data=True) if d["kind"] == "position" and d["proposal"] == "peace_mission")
    assert kinds[("position", "peace_mission")] == expected > 0
    assert all(p == "peace_mission" for k, p in kinds if k == "position")
    stats = browser.execute_script("return kgStats")
    assert stats["renderedEdges"] == len(shown) < stats["edges"]
    chromium.screenshot(browser, "seed_graph_peace_mission.png")
    Select(browser.find_element(By.ID, "kg-proposal")).select_by_value("")
    assert browser.execute_script("return kgStats.renderedEdges") == seed_view.number_of_edges()


def test_html_view_type_filter(browser, open_graph, seed_export: Path, seed_view) -> None:
    stats = open_graph(seed_export / "kg.html")
    browser.find_element(By.CSS_SELECTOR, "input[data-type='Person']").click()
    persons = sum(1 for _, d in seed_view.nodes(data=True) if d["type"] == "Person")
    shown_types = browser.execute_script(
        "return kg.nodes.get({filter: function (n) { return !n.hidden; }}).map(function (n) { return kg.data.nodes[n.id].type; })")
    assert "Person" not in shown_types
    assert browser.execute_script("return kgStats.renderedNodes") == stats["nodes"] - persons


def test_html_view_tooltip_on_mouse_hover(browser, open_graph, seed_export: Path) -> None:
    open_graph(seed_export / "kg.html")
    canvas = browser.find_element(By.CSS_SELECTOR, "#kg-network canvas")
    x, y, w, h = browser.execute_script(
        "var id = kg.search('Olaf Scholz')[0]; kg.network.unselectAll();"
        "var p = kg.network.canvasToDOM(kg.network.getPosition(id)); var c = arguments[0];"
        "return [p.x, p.y, c.clientWidth, c.clientHeight];", canvas)
    ActionChains(browser).move_to_element_with_offset(canvas, int(x - w / 2), int(y - h / 2)).pause(0.3).perform()
    tip = browser.find_element(By.ID, "kg-tip")
    assert tip.is_displayed()
    assert "Olaf Scholz" in tip.text and "Bundeskanzler" in tip.text


def test_html_view_edge_tooltip_has_evidence_source_and_date(browser, open_graph, seed_export: Path, seed_view) -> None:
    open_graph(seed_export / "kg.html")
    u, v, d = next((u, v, d) for u, v, d in seed_view.edges(data=True) if d["kind"] == "position")
    text = browser.execute_script(
        "var iri = arguments[0], ev = arguments[1];"
        "var e = kg.data.edges.find(function (e) { return kg.data.nodes[e.from].iri === iri && e.evidence === ev; });"
        "return kg.showTip('edge', e.id).textContent;", u, d["evidence"])
    for part in (d["evidence"], d["source_file"], d["date"], seed_view.nodes[u]["label"]):
        assert part in text


def test_html_view_large_graph_is_interactive(browser, open_graph, tmp_path: Path) -> None:
    g = sample_graph([(f"Akteur {i:04d}", "for" if i % 3 else "against", f"p{i % 7}") for i in range(LARGE_FROM + 50)])
    page = tmp_path / "large.html"
    page.write_text(render_html(g), encoding="utf-8")
    stats = open_graph(page)
    G = to_networkx(g)
    assert stats["large"] and (stats["renderedNodes"], stats["renderedEdges"]) == (G.number_of_nodes(), G.number_of_edges())
    assert browser.execute_script("return kg.search('Akteur 0042').length") == 1
    assert chromium.console_errors(browser) == []
