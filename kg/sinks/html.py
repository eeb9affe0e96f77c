"""The interactive HTML graph: one offline file, safe for untrusted article text.

The page is kg's own template around the vis-network script that pyvis ships (inlined, so
nothing is fetched from a CDN). The graph travels as JSON in a ``<script
type="application/json">`` block with ``< > &`` and U+2028/9 escaped, and the page's script
puts article text into the DOM only as text. A Content-Security-Policy allows exactly the
two inline scripts (by hash) and no network access.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from importlib.resources import files

import networkx as nx
from rdflib import Graph

from kg.graph.layout import hub_layout
from kg.graph.view import to_networkx

__all__ = ["render_html", "render_view_html", "graph_payload", "script_json", "TYPE_STYLES", "EDGE_STYLES", "LARGE_FROM"]

# node type -> (legend name, colour, vis-network shape, legend glyph)
TYPE_STYLES = {
    "Person": ("Person", "#4e79a7", "dot", "●"),
    "Country": ("Staat", "#59a14f", "square", "■"),
    "Organisation": ("Organisation", "#f28e2b", "diamond", "◆"),
    "Group": ("Gruppe", "#b07aa1", "triangle", "▲"),
    "Proposal": ("Vorschlag", "#edc948", "star", "★"),
    "Event": ("Ereignis", "#9c755f", "hexagon", "⬢"),
}
EDGE_STYLES = {"for": ("dafür", "#2e7d32"), "against": ("dagegen", "#c62828"),
               "relation": ("Amt, Mitgliedschaft, Ereignis", "#9e9e9e")}
RELATION_NAMES = {"participant": "beteiligt an", "about": "betrifft", "post": "Amt", "member": "Mitglied"}
LARGE_FROM = 300  # above this many nodes: precomputed layout, no physics, straight edges

_ASSETS = files("kg.sinks") / "assets"
_VIS = files("pyvis") / "lib" / "vis-9.1.2" / "vis-network.min.js"
_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(obj: object) -> str:
    """JSON that is inert inside an HTML ``<script>`` element.

    >>> script_json({"t": "</script><b>&"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _ESCAPES[m.group()], text)


def _compact(d: dict) -> dict:
    return {k: v for k, v in d.items() if v not in ("", [], None)}


def graph_payload(G: nx.MultiDiGraph) -> dict:
    """What the page's script needs: nodes, edges, proposals and styles, in sorted order.

    Node ids are numbers (small pages); the IRI is kept for the details panel. Graphs with
    more than LARGE_FROM nodes get positions from ``hub_layout`` (the page then skips physics).
    """
    ids = {n: i for i, n in enumerate(sorted(G))}
    xy = hub_layout(G) if G.number_of_nodes() > LARGE_FROM else {}
    nodes = [_compact({"x": xy.get(n, (None, None))[0], "y": xy.get(n, (None, None))[1], "id": ids[n], "iri": n, "label": d["label"], "type": d["type"], "roles": d.get("roles"),
                       "aliases": d.get("aliases"), "title_de": d.get("title_de"), "event_type": d.get("event_type"),
                       "proposal": d.get("proposal"), "evidence": d.get("evidence"), "source_file": d.get("source_file"),
                       "date": d.get("date")})
             for n, d in sorted(G.nodes(data=True))]
    edges = sorted(G.edges(keys=True, data=True), key=lambda e: (ids[e[0]], ids[e[1]], str(e[2])))
    edge_rows = [_compact({"id": i, "from": ids[u], "to": ids[v], "kind": d.get("kind"), "polarity": d.get("polarity"),
                           "proposal": d.get("proposal"), "evidence": d.get("evidence"), "source_file": d.get("source_file"),
                           "date": d.get("date"), "confidence": d.get("confidence"), "title": d.get("title")})
                 for i, (u, v, _, d) in enumerate(edges)]
    proposals = [{"key": d["label"], "title_de": d.get("title_de", "")}
                 for _, d in sorted(G.nodes(data=True), key=lambda nd: nd[1]["label"]) if d["type"] == "Proposal"]
    styles = {"types": [{"key": t, "name": n, "color": c, "shape": s, "glyph": g} for t, (n, c, s, g) in TYPE_STYLES.items()],
              "edges": [{"key": k, "name": n, "color": c} for k, (n, c) in EDGE_STYLES.items()],
              "relations": RELATION_NAMES}
    return {"nodes": nodes, "edges": edge_rows, "proposals": proposals, "styles": styles, "large": bool(xy)}


def _inline_script(text: str) -> str:
    if re.search(r"</script|<!--", text, re.IGNORECASE):
        raise ValueError("script cannot be inlined safely")
    return text


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(g: Graph, title: str = "kg") -> str:
    """The whole page for graph ``g``: same graph and title give the same bytes."""
    return render_view_html(to_networkx(g), title)


def render_view_html(G: nx.MultiDiGraph, title: str = "kg") -> str:
    """The whole page for a networkx view (see :func:`kg.graph.view.to_networkx`)."""
    vis_js = _inline_script(_VIS.read_text(encoding="utf-8"))
    app_js = _inline_script((_ASSETS / "view.js").read_text(encoding="utf-8"))
    csp = (f"default-src 'none'; script-src {_sha256(vis_js)} {_sha256(app_js)}; "
           "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'")
    parts = {"csp": csp, "title": html.escape(title, quote=True),
             "css": (_ASSETS / "view.css").read_text(encoding="utf-8"),
             "data": script_json(graph_payload(G)), "vis": vis_js, "app": app_js}
    template = (_ASSETS / "page.html").read_text(encoding="utf-8")
    return re.sub(r"@@(\w+)@@", lambda m: parts[m.group(1)], template)
