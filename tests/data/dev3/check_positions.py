#!/usr/bin/env python3
"""Sanity checks for dev3/positions.tsv (run from any directory)."""
import os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "texts")
HEADER = "file\tactor\tactor_type\tpolarity\tproposal\tevidence"
PROPS = {"peace_mission", "no_fly_zone", "fighter_jets", "heavy_weapons", "arms_deliveries",
         "eastern_flank_troops", "sanctions", "energy_embargo"}
TYPES = {"Person", "Country", "Organisation", "Group"}
POLS = {"for", "against"}
errors = []
files = sorted(os.listdir(TEXTS))
texts = {f: open(os.path.join(TEXTS, f), encoding="utf-8").read() for f in files}
for f, t in texts.items():
    if not re.match(r"^\d{3}_[a-z0-9_]+\.txt$", f):
        errors.append(f"bad file name {f}")
    m = re.match(r"^ date (\d{4}-\d{2}-\d{2})", t)
    if not m or not ("2022-02-25" <= m.group(1) <= "2022-05-31"):
        errors.append(f"bad date line in {f}")
lines = open(os.path.join(HERE, "positions.tsv"), encoding="utf-8").read().split("\n")
if lines[0] != HEADER:
    errors.append("header mismatch")
rows, seen = [], set()
for i, line in enumerate(lines[1:], start=2):
    if line == "":
        continue
    cols = line.split("\t")
    if len(cols) != 6:
        errors.append(f"line {i}: {len(cols)} columns"); continue
    f, actor, typ, pol, prop, ev = cols
    if f not in texts: errors.append(f"line {i}: unknown file {f}")
    if typ not in TYPES: errors.append(f"line {i}: bad actor_type {typ}")
    if pol not in POLS: errors.append(f"line {i}: bad polarity {pol}")
    if prop not in PROPS: errors.append(f"line {i}: bad proposal {prop}")
    if not actor.strip() or not ev.strip(): errors.append(f"line {i}: empty field")
    if f in texts and ev not in texts[f]: errors.append(f"line {i}: evidence not verbatim in {f}: {ev[:60]}")
    key = (f, actor, pol, prop)
    if key in seen: errors.append(f"line {i}: duplicate {key}")
    seen.add(key)
    rows.append(cols)
print(f"files: {len(texts)}  rows: {len(rows)}  files with rows: {len({r[0] for r in rows})}")
print("by proposal x polarity:")
c = collections.Counter((r[4], r[3]) for r in rows)
for p in sorted(PROPS):
    print(f"  {p:22s} for={c[(p,'for')]:3d} against={c[(p,'against')]:3d}")
print("polarity:", dict(collections.Counter(r[3] for r in rows)))
print("actor_type:", dict(collections.Counter(r[2] for r in rows)))
print("files without rows:", [f for f in files if f not in {r[0] for r in rows}])
for e in errors: print("ERROR:", e)
sys.exit(1 if errors else 0)
