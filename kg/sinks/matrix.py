"""The stance matrix picture: actors x proposals, coloured by polarity, with evidence counts."""

from __future__ import annotations

import io

from rdflib import Graph

from kg.graph.view import to_networkx

__all__ = ["render_matrix"]


def render_matrix(g: Graph) -> tuple[str, bytes]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["svg.hashsalt"] = "kg-stance-matrix"

    G = to_networkx(g, events=False)
    cells: dict[tuple[str, str], list[int]] = {}
    for u, v, d in G.edges(data=True):
        if d.get("kind") == "position":
            c = cells.setdefault((G.nodes[u]["label"], G.nodes[v]["label"]), [0, 0])
            c[0 if d["polarity"] == "for" else 1] += 1
    actors = sorted({a for a, _ in cells})
    props = sorted({p for _, p in cells})
    fig, ax = plt.subplots(figsize=(1.2 + 1.1 * max(len(props), 1), 0.8 + 0.35 * max(len(actors), 1)))
    for i, a in enumerate(actors):
        for j, p in enumerate(props):
            f, ag = cells.get((a, p), [0, 0])
            if not f and not ag:
                continue
            color = "#2e7d32" if f and not ag else "#c62828" if ag and not f else "#f9a825"
            ax.add_patch(plt.Rectangle((j, i), 1, 1, color=color, alpha=0.85))
            ax.text(j + 0.5, i + 0.5, f"{f}/{ag}" if f and ag else str(f or ag), ha="center", va="center", fontsize=8, color="white")
    ax.set_xlim(0, max(len(props), 1))
    ax.set_ylim(max(len(actors), 1), 0)
    ax.set_xticks([j + 0.5 for j in range(len(props))], props, rotation=35, ha="right", fontsize=8)
    ax.set_yticks([i + 0.5 for i in range(len(actors))], actors, fontsize=8)
    ax.set_title("Positionen: Akteure × Vorschläge (grün = dafür, rot = dagegen; Zahl = Belegsätze)", fontsize=9)
    fig.tight_layout()
    svg = io.StringIO()
    fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
    png = io.BytesIO()
    fig.savefig(png, format="png", dpi=120, metadata={"Software": None})
    plt.close(fig)
    return svg.getvalue(), png.getvalue()
