#!/usr/bin/env python3
"""Validate positions.tsv of this data set (standard library only).

Checks: header, 6 columns per row, valid proposal keys / actor types /
polarities, referenced file exists in texts/, evidence occurs verbatim in
its file, no duplicate (file, actor, polarity, proposal) rows, and each
text file starts with " date YYYY-MM-DD".
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
TSV = os.path.join(HERE, "positions.tsv")

HEADER = ["file", "actor", "actor_type", "polarity", "proposal", "evidence"]
KEYS = {"peace_mission", "no_fly_zone", "fighter_jets", "heavy_weapons",
        "arms_deliveries", "eastern_flank_troops", "sanctions", "energy_embargo"}
TYPES = {"Person", "Country", "Organisation", "Group"}
POLS = {"for", "against"}


def main():
    errors = []
    cache = {}
    with open(TSV, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0].split("\t") != HEADER:
        errors.append("bad header: %r" % (lines[0] if lines else None))
    seen = set()
    for n, line in enumerate(lines[1:], start=2):
        cols = line.split("\t")
        if len(cols) != 6:
            errors.append("line %d: %d columns" % (n, len(cols)))
            continue
        fname, actor, atype, pol, key, ev = cols
        if not actor.strip():
            errors.append("line %d: empty actor" % n)
        if atype not in TYPES:
            errors.append("line %d: bad actor_type %r" % (n, atype))
        if pol not in POLS:
            errors.append("line %d: bad polarity %r" % (n, pol))
        if key not in KEYS:
            errors.append("line %d: bad proposal %r" % (n, key))
        ident = (fname, actor, pol, key)
        if ident in seen:
            errors.append("line %d: duplicate row %r" % (n, ident))
        seen.add(ident)
        path = os.path.join(TEXTS, fname)
        if not os.path.isfile(path):
            errors.append("line %d: missing file %s" % (n, fname))
            continue
        if fname not in cache:
            with open(path, encoding="utf-8") as fh:
                cache[fname] = fh.read()
        if not ev.strip() or ev not in cache[fname]:
            errors.append("line %d: evidence not found verbatim in %s: %r" % (n, fname, ev[:80]))
    for fname in sorted(os.listdir(TEXTS)):
        if not re.match(r"^\d{3}_[a-z0-9_]+\.txt$", fname):
            errors.append("bad file name %s" % fname)
        with open(os.path.join(TEXTS, fname), encoding="utf-8") as fh:
            first = fh.readline()
        if not re.match(r"^ date \d{4}-\d{2}-\d{2}", first):
            errors.append("%s: first line must start with ' date YYYY-MM-DD'" % fname)
    for e in errors:
        print("ERROR:", e)
    print("%d rows checked, %d errors" % (len(lines) - 1, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
