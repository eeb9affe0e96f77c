"""How fast a 5,000-node graph page opens and becomes interactive in headless Chromium.

Run: .venv/bin/python bench/html_large.py [--nodes 5000]. Prints the time to build the
page, the time until the graph is ready (layout done, counts known) and the time a search and
a proposal filter take afterwards. Not a timed test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "browser"))

import chromium  # noqa: E402

from kg.graph.sample import sample_graph  # noqa: E402
from kg.graph.view import to_networkx  # noqa: E402
from kg.sinks.html import render_html  # noqa: E402


def synthetic(n_nodes: int, n_proposals: int = 50, seed: int = 1):
    """Actors with 1-3 positions each on proposals of skewed popularity."""
    rnd = random.Random(seed)
    props = [f"proposal_{i:03d}" for i in range(n_proposals)]
    rows = []
    for i in range(n_nodes - n_proposals):
        for p in rnd.sample(props, k=rnd.randint(1, 3)):
            rows.append((f"Akteur {i:05d}", rnd.choice(["for", "against"]), p, f"Akteur {i} zu {p}.", f"{i % 400:03d}.txt"))
    return sample_graph(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    args = ap.parse_args()
    if why := chromium.missing():
        sys.exit(why)
    t = time.perf_counter()
    g = synthetic(args.nodes)
    G = to_networkx(g)
    t_graph = time.perf_counter() - t
    t = time.perf_counter()
    page = render_html(g, title="kg benchmark")
    t_render = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.html"
        path.write_text(page, encoding="utf-8")
        driver = chromium.start(Path(tmp) / "profile")
        try:
            t = time.perf_counter()
            stats = chromium.open_page(driver, path, timeout=120)
            t_ready = time.perf_counter() - t
            t = time.perf_counter()
            hits = driver.execute_script("return kg.search(arguments[0]).length", f"Akteur {args.nodes // 2:05d}")
            t_search = time.perf_counter() - t
            t = time.perf_counter()
            driver.execute_script("kg.setProposal('proposal_007')")
            shown = driver.execute_script("return [kgStats.renderedNodes, kgStats.renderedEdges]")
            t_filter = time.perf_counter() - t
            errors = chromium.console_errors(driver)
        finally:
            driver.quit()
    print(f"graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges; page {len(page) / 1e6:.1f} MB")
    print(f"build graph {t_graph:.2f} s, render page {t_render:.2f} s")
    print(f"open until interactive: {t_ready:.2f} s (page says ready at {stats['readyMs'] / 1000:.2f} s, "
          f"{stats['renderedNodes']} nodes and {stats['renderedEdges']} edges drawn)")
    print(f"search: {t_search * 1000:.0f} ms ({hits} hit), proposal filter: {t_filter * 1000:.0f} ms "
          f"({shown[0]} nodes, {shown[1]} edges shown)")
    print(f"console errors: {len(errors)}")


if __name__ == "__main__":
    main()
