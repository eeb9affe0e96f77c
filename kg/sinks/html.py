"""The interactive HTML graph (pyvis), fully offline and safe for untrusted article text."""

from __future__ import annotations

import html

from rdflib import Graph

from kg.graph.view import to_networkx

__all__ = ["render_html"]

COLORS = {"Person": "#4e79a7", "Country": "#59a14f", "Organisation": "#f28e2b", "Group": "#b07aa1",
          "Proposal": "#e15759", "Event": "#9c9c9c"}
SHAPES = {"Person": "dot", "Country": "square", "Organisation": "diamond", "Group": "triangle",
          "Proposal": "star", "Event": "dot"}
EDGE = {"for": "#2e7d32", "against": "#c62828"}


def _safe(text: str) -> str:
    """Escape for HTML and defuse pyvis's 'href' switch to raw-HTML tooltips."""
    return html.escape(text, quote=True).replace("href", "hr\u200bef")


def render_html(g: Graph, title: str = "kg") -> str:
    from pyvis.network import Network

    G = to_networkx(g, events=False)
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    for n, d in sorted(G.nodes(data=True)):
        tip = d["label"] + (" – " + ", ".join(d.get("roles", [])) if d.get("roles") else "")
        net.add_node(n, label=d["label"], title=_safe(tip), color=COLORS.get(d["type"], "#999"),
                     shape=SHAPES.get(d["type"], "dot"))
    for u, v, k, d in sorted(G.edges(keys=True, data=True)):
        if d.get("kind") != "position":
            continue
        tip = f"{d['polarity']}: {d['evidence']} ({d['source_file']}, {d['date']})"
        net.add_edge(u, v, title=_safe(tip), color=EDGE.get(d["polarity"], "#999"), arrows="to")
    net.toggle_physics(True)
    net.set_options('{"physics": {"stabilization": {"iterations": 200}}}')
    return net.generate_html(notebook=False)
