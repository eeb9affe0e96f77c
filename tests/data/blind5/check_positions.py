#!/usr/bin/env python3
"""Validate positions.tsv of the blind5 evaluation set (standard library only).

Checks: header, 6 columns per row, valid proposal keys / actor types /
polarities, referenced text files exist, each evidence string occurs
verbatim in its file, no duplicate (file, actor, polarity, proposal) rows,
and each text file starts with a line " date YYYY-MM-DD".
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
    with open(os.path.join(HERE, "positions.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
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
        fn, actor, atype, pol, key, ev = cols
        if not actor.strip():
            errors.append("line %d: empty actor" % n)
        if atype not in TYPES:
            errors.append("line %d: bad actor_type %r" % (n, atype))
        if pol not in POLS:
            errors.append("line %d: bad polarity %r" % (n, pol))
        if key not in KEYS:
            errors.append("line %d: bad proposal %r" % (n, key))
        sig = (fn, actor, pol, key)
        if sig in seen:
            errors.append("line %d: duplicate row %r" % (n, sig))
        seen.add(sig)
        path = os.path.join(TEXTS, fn)
        if not os.path.isfile(path):
            errors.append("line %d: missing file %s" % (n, fn))
            continue
        if fn not in cache:
            with open(path, encoding="utf-8") as tf:
                cache[fn] = tf.read()
        if not ev.strip() or ev not in cache[fn]:
            errors.append("line %d: evidence not found verbatim in %s: %r" % (n, fn, ev[:80]))
    files = sorted(os.listdir(TEXTS))
    for fn in files:
        if not re.match(r"^\d{3}_[a-z0-9_]+\.txt$", fn):
            errors.append("bad file name %s" % fn)
        with open(os.path.join(TEXTS, fn), encoding="utf-8") as tf:
            first = tf.readline()
        m = re.match(r"^ date (\d{4}-\d{2}-\d{2})", first)
        if not m:
            errors.append("%s: first line must start with ' date YYYY-MM-DD'" % fn)
        elif not ("2022-02-24" <= m.group(1) <= "2022-05-31"):
            errors.append("%s: date out of range" % fn)
    annotated = {fn for (fn, _, _, _) in seen}
    empty = [fn for fn in files if fn not in annotated]
    for e in errors:
        print("ERROR:", e)
    print("%d rows, %d files, %d files without rows: %s"
          % (len(lines) - 1, len(files), len(empty), ", ".join(empty)))
    if errors:
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
