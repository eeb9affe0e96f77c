"""The stance matrix picture: actors x proposals, coloured by polarity, with evidence counts.

Rows are ordered so that actors with the same stances sit together (camps appear as blocks):
by their stance on each proposal in turn, for before against before none, then by name.
At most MAX_ROWS actors are drawn: those with the most evidence sentences.
"""

from __future__ import annotations

import io

import networkx as nx
from rdflib import Graph

from kg.graph.view import to_networkx
from kg.sinks.html import TYPE_STYLES

__all__ = ["render_matrix", "render_view_matrix", "stance_cells"]

MAX_ROWS = 80  # actors shown, those with the most evidence
FOR, AGAINST, MIXED, EMPTY = "#2e7d32", "#c62828", "#f9a825", "#f2f2f2"


def stance_cells(G: nx.MultiDiGraph) -> dict[tuple[str, str], tuple[int, int]]:
    """(actor label with type, proposal key) -> (sentences for, sentences against).

    >>> from kg.graph.sample import sample_graph
    >>> stance_cells(to_networkx(sample_graph([("Polen", "for", "a"), ("Polen", "against", "a", "Nein.")])))
    {('Polen (Staat)', 'a'): (1, 1)}
    """
    cells: dict[tuple[str, str], list[int]] = {}
    for u, _, d in G.edges(data=True):
        if d.get("kind") == "position":
            a = G.nodes[u]
            name = f"{a['label']} ({TYPE_STYLES.get(a['type'], (a['type'],))[0]})"
            cells.setdefault((name, d["proposal"]), [0, 0])[d["polarity"] != "for"] += 1
    return {k: (v[0], v[1]) for k, v in sorted(cells.items())}


def _row_order(cells: dict[tuple[str, str], tuple[int, int]], actors: list[str], props: list[str]) -> list[str]:
    def rank(a: str, p: str) -> int:
        f, ag = cells.get((a, p), (0, 0))
        return 0 if f > ag else 1 if ag > f else 2 if f else 3

    return sorted(actors, key=lambda a: (tuple(rank(a, p) for p in props), a))


def _most_evidence(cells: dict[tuple[str, str], tuple[int, int]], limit: int | None = None) -> list[str]:
    """The ``limit`` (default MAX_ROWS) actors with the most evidence sentences, by name.

    A corpus of thousands of articles has thousands of actors; a picture of them all is
    neither readable nor cheap to draw (`kg positions` and kg.html list every one).
    """
    limit = MAX_ROWS if limit is None else limit
    totals: dict[str, int] = {}
    for (a, _), (f, ag) in cells.items():
        totals[a] = totals.get(a, 0) + f + ag
    return sorted(sorted(totals, key=lambda a: (-totals[a], a))[:limit])


def render_matrix(g: Graph) -> tuple[str, bytes]:
    """SVG text and PNG bytes of the stance matrix; the same graph gives the same bytes.

    The SVG keeps its labels as text (searchable, selectable); the PNG is for slides and mail.
    """
    return render_view_matrix(to_networkx(g, events=False, relations=False))


def render_view_matrix(G: nx.MultiDiGraph) -> tuple[str, bytes]:
    """The stance matrix (SVG, PNG) of a networkx view's position edges."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch, Rectangle

    cells = stance_cells(G)
    props = sorted({p for _, p in cells})
    actors = _row_order(cells, _most_evidence(cells), props)
    with matplotlib.rc_context({"svg.hashsalt": "kg-stance-matrix", "svg.fonttype": "none", "font.size": 8}):
        fig, ax = plt.subplots(figsize=(3.2 + 1.0 * max(len(props), 1), 1.6 + 0.3 * max(len(actors), 1)))
        for i, a in enumerate(actors):
            for j, p in enumerate(props):
                f, ag = cells.get((a, p), (0, 0))
                color = EMPTY if not (f or ag) else FOR if not ag else AGAINST if not f else MIXED
                ax.add_patch(Rectangle((j, i), 1, 1, facecolor=color, edgecolor="white", linewidth=1.5))
                if f or ag:
                    ax.text(j + 0.5, i + 0.5, f"{f}/{ag}" if f and ag else str(f or ag), ha="center", va="center",
                            color="black" if color == MIXED else "white", fontweight="bold")
        ax.set_xlim(0, max(len(props), 1))
        ax.set_ylim(max(len(actors), 1), 0)
        ax.xaxis.tick_top()
        ax.set_xticks([j + 0.5 for j in range(len(props))], props, rotation=35, ha="left")
        ax.set_yticks([i + 0.5 for i in range(len(actors))], actors)
        ax.tick_params(length=0)
        for side in ax.spines.values():
            side.set_visible(False)
        if not actors:
            ax.text(0.5, 0.5, "keine Positionen im Graphen", ha="center", va="center")
        ax.legend(handles=[Patch(color=FOR, label="dafür"), Patch(color=AGAINST, label="dagegen"),
                           Patch(color=MIXED, label="beides (dafür/dagegen)")],
                  loc="upper center", bbox_to_anchor=(0.5, -0.02), ncol=3, frameon=False)
        shown = "" if len({a for a, _ in cells}) <= len(actors) else f", die {len(actors)} Akteure mit den meisten Belegen"
        ax.set_title(f"Positionen: Akteure × Vorschläge (Zahl = Belegsätze{shown})", loc="left", pad=12, fontsize=10)
        fig.tight_layout()
        svg = io.StringIO()
        fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
        png = io.BytesIO()
        fig.savefig(png, format="png", dpi=120, metadata={"Software": None})
        plt.close(fig)
    return svg.getvalue(), png.getvalue()
