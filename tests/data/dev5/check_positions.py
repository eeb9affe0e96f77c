#!/usr/bin/env python3
"""Validate positions.tsv of the dev5 set (standard library only).

Checks: header, 6 columns per row, valid proposal keys / actor types /
polarities, referenced text file exists, evidence occurs verbatim in the
file, no duplicate (file, actor, polarity, proposal) rows, text files start
with " date YYYY-MM-DD".
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
    path = os.path.join(HERE, "positions.tsv")
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
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
        fn, actor, atype, pol, key, ev = cols
        if not actor.strip() or actor != actor.strip():
            errors.append("line %d: bad actor %r" % (n, actor))
        if atype not in TYPES:
            errors.append("line %d: bad actor_type %r" % (n, atype))
        if pol not in POLS:
            errors.append("line %d: bad polarity %r" % (n, pol))
        if key not in KEYS:
            errors.append("line %d: bad proposal %r" % (n, key))
        k = (fn, actor, pol, key)
        if k in seen:
            errors.append("line %d: duplicate row %r" % (n, k))
        seen.add(k)
        fp = os.path.join(TEXTS, fn)
        if not os.path.isfile(fp):
            errors.append("line %d: missing file %s" % (n, fn))
            continue
        if fn not in cache:
            with open(fp, encoding="utf-8") as g:
                cache[fn] = g.read()
        if not ev.strip() or ev not in cache[fn]:
            errors.append("line %d: evidence not found verbatim in %s: %r" % (n, fn, ev[:80]))
    for fn in sorted(os.listdir(TEXTS)):
        if not re.match(r"^\d{3}_[a-z0-9_]+\.txt$", fn):
            errors.append("bad file name %s" % fn)
        with open(os.path.join(TEXTS, fn), encoding="utf-8") as g:
            first = g.readline()
        if not re.match(r"^ date \d{4}-\d{2}-\d{2}", first):
            errors.append("%s: first line must start with ' date YYYY-MM-DD'" % fn)
    for e in errors:
        print("ERROR:", e)
    n_rows = len(lines) - 1
    n_files = len(os.listdir(TEXTS))
    print("%d rows, %d text files, %d files with rows, %d errors"
          % (n_rows, n_files, len({l.split('\t')[0] for l in lines[1:]}), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
