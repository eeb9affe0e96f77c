"""A small rule-based clause chunker on STTS tags.

A sentence is cut into pieces at punctuation (commas, semicolons, colons, dashes, brackets, quotes
that frame speech). A comma piece without a verb that does not open a subordinate clause is no
clause of its own but part of an enumeration or an apposition, so it joins a neighbouring clause:

- "Für den Antrag von SPD, Grünen und FDP stimmten 586 Abgeordnete" is one clause (the verbless
  pieces join the clause after them);
- "Der Friedensbeauftragte der EKD, Landesbischof Friedrich Kramer, hält das für falsch" is one;
- "Die Linke ist dagegen, ebenso die AfD" is one (a trailing phrase joins the clause before);
- "Polen fordert Panzer, Haubitzen und Munition, die Ukraine braucht sie" is two: a phrase that
  completes an enumeration ("… und Munition") belongs to the clause before it;
- "…, die Deutschland zur Kriegspartei machen könnten" stays a relative clause of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

__all__ = ["DASHES", "NAME_DASHES", "clause_bounds", "piece_bounds", "finite_verb", "is_subordinate", "is_existential", "SUBORDINATE_TAGS"]

# dashes between clauses and headline items; "-" only as a token of its own (a typed dash), never
# inside a word ("NATO-Friedensmission") or after a truncated one ("Vize-")
DASHES = frozenset({"–", "—", "-", "--"})
# the doc's user_data key of the dash tokens inside actor names (set by the extractor after finding mentions)
NAME_DASHES = "kg_name_dashes"
_BOUNDARY = frozenset({",", ";", ":", "(", ")"}) | DASHES
_QUOTES = frozenset({'"', "„", "“", "”", "»", "«"})
# tags that open a subordinate clause: subordinators, relative and interrogative pronouns/adverbs
SUBORDINATE_TAGS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAT", "PWAV"})
_COORDINATORS = frozenset({"und", "oder", "sowie"})


def clause_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The clause around token ``i`` as ``(start, end)`` token indices, punctuation excluded."""
    sent = doc[i].sent
    if _is_boundary(doc, i, sent):
        return _piece_around(doc, i, sent)
    pieces, seps = _pieces(doc, sent)
    n = next(k for k, (lo, hi) in enumerate(pieces) if lo <= i < hi)
    opener = _bracket_tail(doc, pieces, seps, n)
    if opener is not None:
        first, _ = _group(doc, pieces, seps, opener)
        return pieces[first][0], pieces[n][1]
    first, last = _group(doc, pieces, seps, n)
    k = last + 1
    while k < len(pieces) and _bracket_tail(doc, pieces, seps, k) is None and seps[k - 1] is not None \
            and doc[seps[k - 1]].text == "," and not any(t.tag_.startswith("V") for t in doc[pieces[k][0]:pieces[k][1]]):
        k += 1  # the items of an enumeration before the tail that closes the bracket
    opener = _bracket_tail(doc, pieces, seps, k) if k < len(pieces) else None
    if opener is not None and first <= opener <= last:
        last = k
    return pieces[first][0], pieces[last][1]


_NONFINITE = frozenset({"VVPP", "VVINF", "VAINF", "VAPP", "VMINF", "VMPP"})


def _bracket_tail(doc: Doc, pieces: list[tuple[int, int]], seps: list[int | None], n: int) -> int | None:
    """The end of a verbal bracket split by an enumeration: "Die Allianz hat Soldaten nach Polen, Rumänien und
    ins Baltikum verlegt" (the piece after the comma closes the bracket the auxiliary opened), also after
    several items ("haben sich auf Verbände in der Slowakei, in Ungarn, Rumänien und Bulgarien verständigt").
    The index of the piece that opened the bracket, or None."""
    if n == 0 or seps[n - 1] is None or doc[seps[n - 1]].text != ",":
        return None
    lo, hi = pieces[n]
    toks = [t for t in doc[lo:hi] if not (t.is_punct or t.is_space)]  # a paragraph-final "\n" is no word
    if not toks or is_subordinate(doc, lo) or toks[-1].tag_ not in _NONFINITE:
        return None
    if any(t.tag_.endswith("FIN") or t.tag_ in ("PTKZU", "VVIZU") for t in toks):
        return None
    if not any(t.lower_ in _COORDINATORS for t in toks[:-1]):
        return None  # an enumeration runs into it: "…, Rumänien und ins Baltikum verlegt"
    m = n - 1
    while m > 0 and seps[m - 1] is not None and doc[seps[m - 1]].text == "," and not is_subordinate(doc, pieces[m][0]) \
            and not any(t.tag_.startswith("V") for t in doc[pieces[m][0]:pieces[m][1]]):
        m -= 1  # an item of the enumeration ("in Ungarn")
    plo, phi = pieces[m]
    prev = doc[plo:phi]
    if any(t.tag_ in ("VAFIN", "VMFIN") for t in prev) and not any(t.tag_ in _NONFINITE for t in prev) \
            and not is_subordinate(doc, plo):
        return m
    return None


def is_subordinate(doc: Doc, lo: int) -> bool:
    """True when the piece starting at ``lo`` opens a subordinate clause ("dass", "die", "wer")."""
    return doc[lo].tag_ in SUBORDINATE_TAGS


def finite_verb(doc: Doc, lo: int, hi: int) -> int | None:
    """The index of the first finite verb (VVFIN, VAFIN, VMFIN) in ``doc[lo:hi]``, or None."""
    return next((t.i for t in doc[lo:hi] if t.tag_.endswith("FIN")), None)


def is_existential(doc: Doc, lo: int, hi: int) -> bool:
    """An existential clause: "es gibt Vorbehalte", "In Berlin gibt es Bedenken", "herrscht Skepsis"."""
    lemmas = {(t.lemma_ or t.text).lower() for t in doc[lo:hi]}
    return ("geben" in lemmas and any(t.lower_ == "es" for t in doc[lo:hi])) or "herrschen" in lemmas


def _group(doc: Doc, pieces: list[tuple[int, int]], seps: list[int | None], n: int) -> tuple[int, int]:
    """The pieces ``first..last`` that form one clause with piece ``n``."""
    def comma(a: int) -> bool:  # piece a and piece a + 1 are separated by a single comma
        return a + 1 < len(pieces) and seps[a] is not None and doc[seps[a]].text == ","

    def phrase(a: int) -> bool:
        lo, hi = pieces[a]
        return hi > lo and not is_subordinate(doc, lo) and not any(
            t.tag_.startswith("V") or t.tag_ == "PTKZU" for t in doc[lo:hi])

    if phrase(n):
        b = n
        while b > 0 and comma(b - 1) and phrase(b - 1):
            b -= 1
        m = n
        while comma(m) and phrase(m + 1):
            m += 1
        enumeration_tail = any(t.lower_ in _COORDINATORS for lo, hi in pieces[b:m + 1] for t in doc[lo:hi])
        before = b > 0 and comma(b - 1)
        after = comma(m) and not is_subordinate(doc, pieces[m + 1][0])
        if after and not (before and enumeration_tail):
            return _extend_clause(doc, pieces, m + 1, b, comma, phrase)
        if before:
            return _group(doc, pieces, seps, b - 1)
        return b, m
    return _extend_clause(doc, pieces, n, n, comma, phrase)


def _extend_clause(doc, pieces, n, first, comma, phrase) -> tuple[int, int]:
    """A clause piece ``n`` with the phrases before it (from ``first``) and a trailing phrase run
    that no clause after it takes."""
    if first == n and not is_subordinate(doc, pieces[n][0]):
        b = n
        while b > 0 and comma(b - 1) and phrase(b - 1):
            b -= 1
        if b < n:
            # the phrases before are ours unless they complete the enumeration of a clause before them
            tail = any(t.lower_ in _COORDINATORS for lo, hi in pieces[b:n] for t in doc[lo:hi])
            if not (tail and b > 0 and comma(b - 1)):
                first = b
    m = n
    while comma(m) and phrase(m + 1):
        m += 1
    last = n
    if m > n:
        next_clause = comma(m) and not is_subordinate(doc, pieces[m + 1][0])
        tail = any(t.lower_ in _COORDINATORS for lo, hi in pieces[n + 1:m + 1] for t in doc[lo:hi])
        if not next_clause or tail:
            last = m
    return first, last


def _pieces(doc: Doc, sent: Span) -> tuple[list[tuple[int, int]], list[int | None]]:
    """Runs of tokens between boundaries, and the boundary token after each run (None at the end)."""
    pieces, seps = [], []
    lo = sent.start
    for k in range(sent.start, sent.end):
        if _is_boundary(doc, k, sent):
            pieces.append((lo, k))
            seps.append(k)
            lo = k + 1
    pieces.append((lo, sent.end))
    seps.append(None)
    return pieces, seps


def _piece_around(doc: Doc, i: int, sent: Span) -> tuple[int, int]:
    s = i
    while s > sent.start and not _is_boundary(doc, s - 1, sent):
        s -= 1
    e = i + 1
    while e < sent.end and not _is_boundary(doc, e, sent):
        e += 1
    return s, e


def piece_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The piece between two clause punctuation marks around token ``i`` (no grouping of pieces)."""
    return _piece_around(doc, i, doc[i].sent)


def _is_boundary(doc: Doc, k: int, sent: Span) -> bool:
    """Punctuation that ends a clause; quotes only where they frame speech, not scare quotes."""
    t = doc[k].text
    if t in ("(", ")") and _short_parenthesis(doc, k, sent):
        return False  # "Die Sozialisten (BSP) lehnen … ab": a name or note in brackets inside the clause
    if t in DASHES and k in doc.user_data.get(NAME_DASHES, ()):
        return False  # a dash inside a name the mention finder found
    if t in _BOUNDARY:
        return True
    if doc[k].lower_ in ("und", "aber", "sondern") and doc[k].tag_ == "KON" and k + 1 < sent.end \
            and doc[k + 1].tag_ in ("VVFIN", "VAFIN", "VMFIN") and _main_verb_before(doc, k, sent):
        return True  # "Die lehnt ein Embargo ab und hat der Ukraine Panzerfäuste geliefert": a second main clause
    if t in _QUOTES:
        prev = doc[k - 1].text if k > sent.start else ""
        nxt = doc[k + 1].text if k + 1 < sent.end else ""
        return k == sent.start or prev in (",", ":", ".", "!", "?", "") or nxt in (",", ":", "") or nxt[:1].isupper() and prev in (".", "!", "?")
    return False


def _main_verb_before(doc: Doc, k: int, sent: Span) -> bool:
    """A finite verb in second place of a main clause before ``k`` in the same comma-free stretch."""
    lo = k
    while lo > sent.start and doc[lo - 1].text not in _BOUNDARY and doc[lo - 1].text not in _QUOTES:
        lo -= 1
    if doc[lo].tag_ in SUBORDINATE_TAGS:
        return False
    fin = next((j for j in range(lo, k) if doc[j].tag_.endswith("FIN")), None)
    return fin is not None and fin < k - 1


def _short_parenthesis(doc: Doc, k: int, sent: Span) -> bool:
    """A bracket of a short verbless parenthesis ("(BSP)", "(SPD)", "(rund 730 Millionen Euro)")."""
    if doc[k].text == "(":
        close = next((x for x in range(k + 1, min(k + 8, sent.end)) if doc[x].text == ")"), None)
        lo, hi = k + 1, close
    else:
        opn = next((x for x in range(k - 1, max(k - 8, sent.start - 1), -1) if doc[x].text == "("), None)
        lo, hi = (opn + 1 if opn is not None else None), k
    if lo is None or hi is None or hi <= lo:
        return False
    return not any(t.tag_.startswith("V") or t.text in (",", ";", ":", "(", ")") for t in doc[lo:hi])
