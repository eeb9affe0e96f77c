"""Co-holders: actors who share the stance of a cue's holders - members named after "darunter", the antecedent
of a criticised relative clause, the country of a head of government, the person a group is named after.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract.context import DocContext
from kg.lexicon import Lexicon
from kg.nlp.clauses import clause_bounds
from kg.nlp.cues import CueMatch

__all__ = ["named_members", "antecedent", "enacting_state", "led_by"]


_MEMBER_TYPES = frozenset({"Country", "Person", "Organisation"})


def named_members(ctx: DocContext, sent: Span) -> list[str]:
    """'Mehrere Verbündete, darunter Deutschland, hätten deutlich gemacht, …': the members named in a
    "darunter" apposition to the sentence's subject (before its first finite verb) share its stance."""
    doc = ctx.doc
    fin = next((t.i for t in sent if t.tag_.endswith("FIN")), sent.end)
    d = next((t.i for t in doc[sent.start:fin] if t.lower_ == "darunter" and t.i > sent.start and doc[t.i - 1].text == ","), None)
    if d is None:
        return []
    end = next((t.i for t in doc[d + 1:fin] if t.text == ","), fin)
    return [m.actor for m in ctx.mentions_in(d + 1, end) if m.actor and m.kind != "pronoun" and m.type in _MEMBER_TYPES]


def antecedent(ctx: DocContext, lo: int, i: int) -> list[str]:
    """'kritisierte die Bundesregierung, die im Rat auf der Bremse stehe': the actor a subject relative
    clause is about holds the criticised stance itself (the critic holds the opposite)."""
    doc = ctx.doc
    if lo < 2 or doc[lo].tag_ != "PRELS" or doc[lo].lower_ not in ("der", "die") or doc[lo - 1].text != ",":
        return []
    if ctx.mentions_in(lo + 1, i + 1):
        return []  # "die Merz kritisierte": another subject
    return [m.actor for m in ctx.mentions_in(max(lo - 8, 0), lo - 1) if m.actor and m.end == lo - 1 and m.kind != "pronoun"]


def enacting_state(doc: Doc, cue: CueMatch, holders: list[str], lex: Lexicon) -> list[str]:
    """"US-Präsident Joe Biden hat ein Einfuhrverbot verhängt": a formal act (kg/data/enacting_verbs.txt)
    of a head of government or state is also the act of the country they lead (gazetteer role)."""
    lemma = (doc[cue.i].lemma_ or "").lower()
    if cue.cue.pos != "verb" or cue.negated or (lemma not in lex.enacting_verbs and cue.cue.words[0] not in lex.enacting_verbs):
        return []
    if doc[cue.i].tag_ not in ("VVFIN", "VVPP"):
        return []  # "Es sei falsch, jetzt ein Gasembargo zu verhängen", "will … verhängen": no act done
    out = []
    for a in holders:
        entry = lex.actors.get(a)
        if entry is None or entry.type != "Person":
            continue
        out += [r.of for r in entry.roles if r.of and r.of in lex.actors and lex.actors[r.of].type == "Country"
                and r.title.lower().endswith(tuple(lex.government_leaders))][:1]
    return out


def led_by(ctx: DocContext, sent: Span, i: int, holders: list[str]) -> list[str]:
    """'28 Intellektuelle und Künstler um die Publizistin Alice Schwarzer warnten …', 'Abgeordnete um Anton
    Hofreiter fordern …': the person a group of signatories or members is named after shares its stance
    (when the group is the holder, or no other holder is found)."""
    doc = ctx.doc
    out = []
    lo, hi = clause_bounds(doc, i)
    for t in doc[lo:hi]:
        if t.lower_ != "um" or t.i == sent.start or not doc[t.i - 1].tag_.startswith(("NN", "NE")):
            continue
        before = [m for m in ctx.mentions_in(sent.start, t.i) if t.i - 3 <= m.end <= t.i]  # "Intellektuelle und Künstler um"
        if holders and not any(m.actor in holders for m in before):
            continue
        k = t.i + 1
        while k < hi and k - t.i <= 3 and doc[k].tag_ in ("ART", "ADJA", "NN") and not any(m.start == k for m in ctx.mentions):
            k += 1
        out += [m.actor for m in ctx.mentions if m.start == k and m.type == "Person" and m.actor and m.kind != "pronoun"]
    return out
