#!/usr/bin/env python3
"""Check positions.tsv of this evaluation set (standard library only).

Checks: header, 6 columns per row, valid proposal keys / actor types /
polarities, referenced text files exist, evidence occurs verbatim in the file,
no duplicate (file, actor, polarity, proposal) rows, first line of each text
starts with ' date YYYY-MM-DD'.
"""
import os
import re
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
    cache = {}
    seen = set()
    with open(os.path.join(HERE, "positions.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != HEADER:
        errors.append("bad header: %r" % (lines[0] if lines else None))
    for n, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != 6:
            errors.append("line %d: %d columns" % (n, len(cols)))
            continue
        f, actor, atype, pol, key, ev = cols
        if not actor.strip():
            errors.append("line %d: empty actor" % n)
        if atype not in TYPES:
            errors.append("line %d: bad actor_type %r" % (n, atype))
        if pol not in POLS:
            errors.append("line %d: bad polarity %r" % (n, pol))
        if key not in KEYS:
            errors.append("line %d: bad proposal %r" % (n, key))
        path = os.path.join(TEXTS, f)
        if f not in cache:
            if not os.path.isfile(path):
                errors.append("line %d: missing file %s" % (n, f))
                cache[f] = None
            else:
                with open(path, encoding="utf-8") as t:
                    cache[f] = t.read()
        text = cache[f]
        if text is not None and (not ev or ev not in text):
            errors.append("line %d: evidence not verbatim in %s: %s" % (n, f, ev[:70]))
        k = (f, actor, pol, key)
        if k in seen:
            errors.append("line %d: duplicate row %r" % (n, k))
        seen.add(k)
    for name in sorted(os.listdir(TEXTS)):
        if not name.endswith(".txt"):
            continue
        if not re.match(r"^\d{3}_[a-z0-9_]+\.txt$", name):
            errors.append("bad file name %s" % name)
        with open(os.path.join(TEXTS, name), encoding="utf-8") as t:
            first = t.readline()
        if not re.match(r"^ date \d{4}-\d{2}-\d{2}", first):
            errors.append("%s: first line does not start with ' date YYYY-MM-DD'" % name)
    for e in errors:
        print("ERROR:", e)
    print("%d rows, %d files referenced, %d errors" % (len(lines) - 1, len([k for k in cache]), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
