#!/usr/bin/env python3
"""Validate positions.tsv of the dev4 set (standard library only).

Checks: header, 6 columns per row, valid proposal keys / actor types /
polarities, referenced text files exist, evidence occurs verbatim in the
file, no duplicate (file, actor, polarity, proposal) rows, file format
(first line starts with " date YYYY-MM-DD").
Exit code 0 if everything passes, 1 otherwise.
"""
import csv
import os
import re
import sys
from collections import Counter

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
    for name in sorted(os.listdir(TEXTS)):
        path = os.path.join(TEXTS, name)
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        cache[name] = text
        if not re.match(r"^\d{3}_[a-z0-9_]+\.txt$", name):
            errors.append(f"bad file name: {name}")
        m = re.match(r"^ date (\d{4}-\d{2}-\d{2})", text)
        if not m:
            errors.append(f"{name}: first line must start with ' date YYYY-MM-DD'")
        elif not ("2022-02-24" <= m.group(1) <= "2022-05-31"):
            errors.append(f"{name}: date out of range {m.group(1)}")
    with open(TSV, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0] != HEADER:
        errors.append(f"bad header: {rows[0] if rows else None}")
    seen = Counter()
    per_file = Counter()
    for i, row in enumerate(rows[1:], start=2):
        if len(row) != 6:
            errors.append(f"line {i}: {len(row)} columns")
            continue
        f, actor, atype, pol, key, ev = row
        if f not in cache:
            errors.append(f"line {i}: file not found {f}")
            continue
        if not actor.strip():
            errors.append(f"line {i}: empty actor")
        if atype not in TYPES:
            errors.append(f"line {i}: bad actor_type {atype}")
        if pol not in POLS:
            errors.append(f"line {i}: bad polarity {pol}")
        if key not in KEYS:
            errors.append(f"line {i}: bad proposal {key}")
        if not ev.strip() or ev not in cache[f]:
            errors.append(f"line {i}: evidence not verbatim in {f}: {ev[:70]}")
        seen[(f, actor, pol, key)] += 1
        per_file[f] += 1
    for k, n in seen.items():
        if n > 1:
            errors.append(f"duplicate row: {k}")
    for e in errors:
        print("ERROR", e)
    no_stance = [f for f in sorted(cache) if per_file[f] == 0]
    print(f"{len(cache)} texts, {len(rows) - 1} rows, "
          f"{len(no_stance)} texts without rows: {', '.join(no_stance)}")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
