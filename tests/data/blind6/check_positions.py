#!/usr/bin/env python3
"""Validate positions.tsv of the blind6 evaluation set (standard library only)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
HEADER = ["file", "actor", "actor_type", "polarity", "proposal", "evidence"]
KEYS = {"peace_mission", "no_fly_zone", "fighter_jets", "heavy_weapons",
        "arms_deliveries", "eastern_flank_troops", "sanctions", "energy_embargo"}
TYPES = {"Person", "Country", "Organisation", "Group"}
POLS = {"for", "against"}


def main():
    errors = []
    path = os.path.join(HERE, "positions.tsv")
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != HEADER:
        errors.append("bad header: %r" % (lines[0] if lines else None))
    cache = {}
    seen = set()
    for n, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != 6:
            errors.append("line %d: %d columns" % (n, len(cols)))
            continue
        f, actor, atype, pol, key, ev = cols
        if not actor.strip() or not ev.strip():
            errors.append("line %d: empty actor or evidence" % n)
        if atype not in TYPES:
            errors.append("line %d: bad actor_type %r" % (n, atype))
        if pol not in POLS:
            errors.append("line %d: bad polarity %r" % (n, pol))
        if key not in KEYS:
            errors.append("line %d: bad proposal %r" % (n, key))
        tup = (f, actor, pol, key)
        if tup in seen:
            errors.append("line %d: duplicate row %r" % (n, tup))
        seen.add(tup)
        fp = os.path.join(TEXTS, f)
        if f not in cache:
            if not os.path.isfile(fp):
                errors.append("line %d: missing file %s" % (n, f))
                cache[f] = None
            else:
                with open(fp, encoding="utf-8") as th:
                    cache[f] = th.read()
        text = cache.get(f)
        if text is not None and ev not in text:
            errors.append("line %d: evidence not verbatim in %s: %r" % (n, f, ev[:80]))
    # text file format checks
    for name in sorted(os.listdir(TEXTS)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(TEXTS, name), encoding="utf-8") as th:
            first = th.readline()
        if not first.startswith(" date 20") or len(first) < 16:
            errors.append("%s: first line must be ' date YYYY-MM-DD ...'" % name)
    for e in errors:
        print("ERROR:", e)
    rows = len(lines) - 1
    print("%d rows, %d files referenced, %d errors" % (rows, len(cache), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
