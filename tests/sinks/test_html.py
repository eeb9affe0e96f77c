from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest

from kg.graph.sample import sample_graph
from kg.graph.view import to_networkx
from kg.sinks.html import LARGE_FROM, graph_payload, render_html, script_json


class Page(HTMLParser):
    """Collects elements, attributes and script bodies the way a browser's parser sees them."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.title = ""
        self._in: str | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in = tag
        if tag == "script":
            self.scripts.append("")

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.scripts[-1] += data
        elif self._in == "title":
            self.title += data


@pytest.mark.parametrize("text", ["</script>", "<!--", "<img src=x onerror=alert(1)>", "&amp;", "\u2028", "\u2029", "a > b", "ü €"])
def test_html_script_json_is_inert_and_lossless(text: str) -> None:
    out = script_json({"t": text})
    assert not re.search("[<>&\u2028\u2029]", out)
    assert json.loads(out) == {"t": text}


def test_html_offline(small_rdf) -> None:
    page = Page(render_html(small_rdf))
    urls = [v for _, attrs in page.tags for k, v in attrs.items() if k in ("src", "href")]
    assert urls == []
    assert not any(t == "link" for t, _ in page.tags)


def test_html_csp_allows_exactly_the_page_scripts(small_rdf) -> None:
    page = Page(render_html(small_rdf))
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    hashes = re.findall(r"'sha256-([^']+)'", csp)
    code = [s for (t, a), s in zip([x for x in page.tags if x[0] == "script"], page.scripts) if a.get("type") != "application/json"]
    assert hashes == [base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in code]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]


def test_html_hostile_text_stays_data(hostile_rdf, hostile_title: str) -> None:
    text = render_html(hostile_rdf, title=hostile_title)
    page = Page(text)
    assert [t for t, _ in page.tags].count("script") == 3
    assert [t for t, _ in page.tags].count("img") == 0
    assert not any(k.startswith("on") for _, attrs in page.tags for k in attrs)
    assert page.title == hostile_title
    data = json.loads(page.scripts[0])
    labels = {n["label"] for n in data["nodes"]}
    assert "<img src=x onerror=alert(2)>" in labels


def test_html_payload_counts_match_view(small_rdf) -> None:
    G = to_networkx(small_rdf)
    data = graph_payload(G)
    assert (len(data["nodes"]), len(data["edges"])) == (G.number_of_nodes(), G.number_of_edges())
    assert [p["key"] for p in data["proposals"]] == ["peace_mission", "sanctions"]


def test_html_payload_tooltip_fields(small_rdf) -> None:
    data = graph_payload(to_networkx(small_rdf))
    by_label = {n["label"]: n for n in data["nodes"]}
    scholz = by_label["Olaf Scholz"]
    assert (scholz["roles"], scholz["aliases"], scholz["type"]) == (["Bundeskanzler"], ["Scholz"], "Person")
    edge = next(e for e in data["edges"] if e["from"] == scholz["id"] and e.get("proposal") == "peace_mission")
    assert (edge["polarity"], edge["evidence"], edge["source_file"], edge["date"]) == ("against", "Scholz lehnt ab.", "b.txt", "2022-04")


@pytest.mark.parametrize(("n_actors", "large"), [(10, False), (LARGE_FROM + 5, True)])
def test_html_large_graphs_get_a_layout(n_actors: int, large: bool) -> None:
    data = graph_payload(to_networkx(sample_graph([(f"Akteur {i}", "for", "x") for i in range(n_actors)])))
    assert data["large"] is large
    assert all(("x" in n and "y" in n) is large for n in data["nodes"])


def test_html_deterministic(small_rdf) -> None:
    assert render_html(small_rdf, "t") == render_html(sample_graph([]) + small_rdf, "t")
