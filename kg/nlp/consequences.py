"""Consequence arguments: a proposal said to bring about an evaluated outcome.

"Ein Gaslieferstopp würde ganze Branchen lahmlegen" argues against the embargo without a stance
verb; "…, dass ein Embargo verkraftbar wäre" argues for it. The outcome words and their values are
data (kg/data/consequences.tsv); the grammar here decides when a clause states a consequence *of*
the proposal:

- the proposal is the clause's subject (in the prefield, or right after the finite verb of an
  inverted clause: "Dann würde ein Embargo …"), the subject of a "dass" clause, a "mit"/"bei"/
  "durch" instrument in the prefield ("Mit jedem weiteren Panzer rückt …"; "ohne" flips), an anaphor
  in the prefield ("Ein solcher Schritt", "Das", "es" after a clause about the proposal), or it is
  named in a sentence-initial "wer" clause ("Wer Russland mit einem Lieferstopp drohe, werde frieren");
- the clause is hypothetical or reported (Konjunktiv II or I, "wird … führen"), or generic in the
  present ("Ein Embargo bedeutet …", "Jeder weitere Panzer verlängert …", "Waffenlieferungen
  verlängern …"); a definite subject in the indicative ("Die Sanktionen treffen Russland hart") is a
  report of facts, not an argument;
- or the clause is the complement of a fear, a warning, a threat or an accusation ("Das Pentagon
  fürchtet, Moskau könnte die Übergabe als Kriegsbeteiligung werten"): then the proposal (or an
  anaphor noun) may be anywhere in it, the cue sits on the fear word, whose subject holds the
  stance, and it is always against: what one fears is bad for oneself ("Der Kreml fürchtet, ein
  Embargo könnte die russische Wirtschaft treffen").

The outcome decides the polarity: a bad one argues against, a good one for; a damaging verb ("treffen",
"schwächen", "stoppen") is good when its object is the opponent ("würde Putin hart treffen"); a negation
in the clause flips ("würde Putin nicht stoppen"). The matches are low-confidence argument cues.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.lexicon import Cue, Lexicon
from kg.nlp.clauses import clause_bounds, finite_verb

__all__ = ["ConsequenceFinder", "NAMING_VERBS"]

_KONJ_II = frozenset({"wäre", "wären", "würde", "würden", "hätte", "hätten", "könnte", "könnten", "dürfte", "dürften",
                      "müsste", "müssten", "hieße", "hießen", "brächte", "brächten", "träfe", "träfen", "käme", "kämen",
                      "stünde", "stünden", "ginge", "gingen"})
_KONJ_I = frozenset({"sei", "seien", "habe", "werde", "könne", "dürfe", "trage", "bringe", "führe", "bedeute", "gefährde",
                     "treffe", "schade", "koste", "verlängere", "schwäche", "helfe", "stoppe"})
_OPENERS = frozenset({"und", "oder", "aber", "doch", "denn", "sondern", "jedoch"})
_INSTRUMENT = frozenset({"mit", "bei", "durch", "ohne", "im"})
_GENERIC = frozenset({"ein", "eine", "einen", "einem", "einer", "eines", "jeder", "jede", "jedes", "jeden", "jedem",
                      "mehr", "weitere", "weiterer", "weiteren", "noch", "kein", "keine"})
_NP_TAGS = frozenset({"ART", "PIAT", "PDAT", "ADJA", "PPOSAT", "ADV", "CARD", "PIDAT"})


class ConsequenceFinder:
    """Finds consequence arguments in a tagged doc; see the module docstring."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.single: dict[tuple[str, bool], list[tuple[str, str]]] = {}
        self.phrases: list[tuple[tuple[str, ...], str, str]] = []
        self.nouns: list[tuple[str, str, str]] = []  # capitalised outcomes, matched as compound tails
        for word, kind, pol in lex.consequences:
            words = tuple(w.lower() for w in word.split())
            if len(words) > 1:
                self.phrases.append((words, kind, pol))
            else:
                # a noun entry matches nouns, a verb or adjective entry the other words ("Kosten" is not "kosten")
                self.single.setdefault((words[0], word[:1].isupper()), []).append((kind, pol))
                if word[:1].isupper() and len(word) >= 6 and kind in ("outcome", "harm", "help"):
                    self.nouns.append((words[0], kind, pol))

    def _kinds(self, t, particles=()) -> list[tuple[str, str]]:
        """The kinds (with polarity) a token can be; a separated particle completes a verb ("trage … bei")."""
        lemma = (t.lemma_ or "").lower()
        forms = [lemma, t.lower_]
        if t.tag_.startswith("VV"):
            forms = [p + lemma for p in particles] + forms
        noun = t.tag_ in ("NN", "NE") or t.text[:1].isupper() and t.i > t.sent.start and t.tag_ not in ("ADJA", "ADJD")
        for form in forms:
            if (form, noun) in self.single:
                return self.single[(form, noun)]
        if t.tag_ in ("NN", "NE"):
            low = t.lower_
            for tail, kind, pol in self.nouns:
                if low.endswith(tail) and len(low) > len(tail):
                    return [(kind, pol)]
        if t.tag_ in ("ADJA", "ADJD") and t.lower_.startswith("russisch"):
            return self.single.get(("russisch", False), [])
        return []

    def _kind(self, t, particles=()) -> tuple[str, str] | None:
        kinds = self._kinds(t, particles)
        return kinds[0] if kinds else None

    def __call__(self, doc: Doc, proposals, cues) -> list:
        """Consequence argument cues (CueMatch with ``subject`` set) besides the lexicon ``cues`` found."""
        from kg.nlp.cues import CueMatch  # noqa: PLC0415 (cues imports this module)
        out = []
        self._cues = cues
        for sent in doc.sents:
            clauses = sorted({clause_bounds(doc, t.i) for t in sent if not (t.is_punct or t.is_space)})
            props = [p for p in proposals if sent.start <= p.start < sent.end]
            subjects: dict[tuple[int, int], object] = {}
            for lo, hi in clauses:
                warning = self._warning(doc, lo, hi, props, cues)
                if warning is not None:
                    cue = Cue((doc[warning].lemma_ or doc[warning].text,), "", "against", 1, "FEAR", "consequence", argument=True)
                    out.append(CueMatch(warning, warning, cue, "against", False, -4))
                    continue
                cond = self._conditional(doc, lo, hi, props, clauses, cues)
                if cond is not None:
                    out.append(CueMatch(cond[1], cond[1], Cue((doc[cond[1]].lemma_ or doc[cond[1]].text,), "", cond[0], 1, "",
                                                             "consequence", argument=True), cond[0], False, cond[2]))
                    continue
                named = self._named(doc, lo, hi, props)
                if named is not None and not any(lo <= c.i < hi and c.strength == 2 for c in cues):
                    # "nannte die Lieferung von Panzern „einen Schritt in den Krieg“": the proposal named as an outcome
                    res = self._outcome(doc, named[0].end, hi, (0, 0))
                    if res is not None:
                        pol, i = res[:2]
                        cue = Cue((doc[i].lemma_ or doc[i].text,), "", pol, 1, "NAME", "consequence", argument=True)
                        out.append(CueMatch(named[1], named[1], cue, pol, False, named[0].start))
                        continue
                found = self._subject(doc, sent, lo, hi, props, clauses, subjects)
                if found is None:
                    continue
                mode, prop, span, flip, anchor = found
                if prop is not None:
                    subjects[(lo, hi)] = prop
                res = self._outcome(doc, lo, hi, span)
                nxt = clauses.index((lo, hi)) + 1
                if res is None and nxt < len(clauses) and self._unfinished(doc, lo, hi, clauses[nxt]):
                    # "würde ganze Branchen wie Chemie, Glas und Papier lahmlegen": the verb after an enumeration
                    res = self._outcome(doc, clauses[nxt][0], clauses[nxt][1], span)
                if res is None and nxt < len(clauses) and doc[clauses[nxt][0]].lower_ == "dass" and any(
                        self._kind_of(t, "entail") for t in doc[lo:hi]):
                    # "Eine Flugverbotszone würde bedeuten, dass NATO-Piloten gegen russische Piloten kämpfen"
                    res = self._outcome(doc, *clauses[nxt], (0, 0))
                if res is None and idx_prev(clauses, lo) is not None and any(self._kind_of(t, "entail") for t in doc[lo:hi]) \
                        and any(t.lower_ in ("das", "dies") and t.i >= span[1] for t in doc[lo:hi]):
                    # "Die NATO dürfe nicht Kriegspartei werden, und ein solcher Schritt würde genau das bedeuten":
                    # "das" is the outcome named in the clause before (its negation is a norm, not a denial)
                    plo, phi = idx_prev(clauses, lo)
                    res = self._outcome(doc, plo, phi, (0, 0))
                    if res is not None:
                        res = (res[0], next(t.i for t in doc[lo:hi] if self._kind_of(t, "entail")), True)
                if res is None:
                    continue
                pol, i = res[:2]
                pol_fixed = len(res) == 3  # the outcome of the clause before: its negation is a norm
                if any(lo <= c.i < hi and c.strength == 2 for c in cues) or any(
                        c.strength == 2 and anchor is not None and clause_bounds(doc, c.i) == clause_bounds(doc, anchor)
                        for c in cues):
                    continue  # an explicit cue or a listed argument in the clause says it already
                neg = flip
                for t in doc[lo:hi] if not pol_fixed else ():
                    if span[0] <= t.i < span[1]:
                        continue
                    if t.lower_ in self.lex.negations and doc[t.i - 1].text == ",":
                        continue  # "würde die Russen treffen, nicht uns": a contrasted phrase
                    if t.lower_ in self.lex.negations and (t.i + 1 >= hi or doc[t.i + 1].lower_ not in (
                            "nur", "zuletzt", "minder", "weniger", "einmal", "erst", "länger")):
                        neg = not neg
                    elif t.lower_.startswith("kein") and t.tag_ in ("PIAT", "PIDAT", "PIS"):
                        neg = not neg
                if neg:
                    pol = "against" if pol == "for" else "for"
                if anchor is not None:
                    pol, neg = "against", False  # what one fears, warns of or accuses of is bad for the fearer
                at = anchor if anchor is not None else i
                # the proposal is the subject: the holder is the speaker, or the one who fears ("FEAR")
                cue = Cue((doc[i].lemma_ or doc[i].text,), "", pol, 1, "FEAR" if anchor is not None else "", "consequence",
                          argument=True)
                out.append(CueMatch(at, at, cue, pol, neg, prop.start if prop is not None else -3 if mode == "noun" else -1))
        return out

    def _named(self, doc: Doc, lo: int, hi: int, props):
        """The proposal a naming verb's clause names as something ("nannte ein Ölembargo ein „Konjunkturprogramm
        für Spritpreise“", "bezeichnete die Sanktionen als Ausdruck der Ohnmacht"): the first proposal after the
        verb or fronted before it, when no negation stands in the clause."""
        verb = next((t for t in doc[lo:hi] if t.tag_.startswith("VV") and (t.lemma_ or "").lower() in NAMING_VERBS), None)
        if verb is None or any(t.lower_ in self.lex.negations or t.lower_.startswith("kein") for t in doc[lo:hi]):
            return None
        own = [p for p in props if lo <= p.start < hi and not p.negated]
        return (own[0], verb.i) if own else None

    def _conditional(self, doc: Doc, lo: int, hi: int, props, clauses, cues) -> tuple[str, int, int] | None:
        """"Wenn wir morgen einen Importstopp hätten, würden in Deutschland die Lichter ausgehen": a proposal in a
        "wenn"/"falls" clause and an evaluated outcome in the hypothetical main clause right after it argue
        about the proposal (polarity, outcome token, proposal start)."""
        if doc[lo].lower_ not in ("wenn", "falls"):
            return None
        inside = [p for p in props if lo <= p.start < hi and not p.negated]
        k = next((n for n, c in enumerate(clauses) if c == (lo, hi)), None)
        if len(inside) != 1 or k is None or k + 1 >= len(clauses):
            return None
        nlo, nhi = clauses[k + 1]
        while nlo < nhi and doc[nlo].is_punct:
            nlo += 1
        if nlo >= nhi or not doc[nlo].tag_.endswith("FIN") or doc[nlo].lower_ not in _KONJ_II | {"werde", "werden", "wird"}:
            return None  # the main clause starts with its verb, in the Konjunktiv or the future
        if any(c.strength == 2 and (lo <= c.i < hi or nlo <= c.i < nhi) for c in cues):
            return None  # an explicit stance in either clause says it already
        res = self._outcome(doc, nlo, nhi, (0, 0))
        if res is None:
            return None
        pol, i = res[:2]
        neg = any(t.lower_ in self.lex.negations for t in doc[nlo:nhi]) != any(
            t.lower_ in self.lex.negations for t in doc[lo:hi] if not inside[0].start <= t.i < inside[0].end)
        if neg:
            pol = "against" if pol == "for" else "for"
        return pol, i, inside[0].start

    # --- the proposal the clause is about -------------------------------------------------------

    def _subject(self, doc: Doc, sent: Span, lo: int, hi: int, props, clauses, subjects):
        """(mode, proposal or None for an anaphor, subject span, flip, cue anchor) or None."""
        s = lo
        while s < hi and (doc[s].lower_ in _OPENERS or doc[s].text in ('"', "„", "“", "»", "«", "‚", "‘")):
            s += 1
        if s >= hi:
            return None
        idx = clauses.index((lo, hi))
        prev = clauses[idx - 1] if idx > 0 else None
        wer = prev is not None and doc[_skip(doc, prev[0], prev[1])].lower_ == "wer" and (
            prev[0] == _skip(doc, sent.start, sent.end) or doc[prev[0] - 1].text in (";", ":"))
        if not wer and prev is not None and idx >= 2 and doc[prev[0]].tag_ == "PRELS":
            # "Jedes Land, das eine Flugverbotszone durchsetze, werde als Kriegspartei betrachtet": a relative
            # clause on a sentence-initial "jedes …"/"alle …" is a "wer" clause
            head = clauses[idx - 2]
            wer = head[0] == _skip(doc, sent.start, sent.end) and head[1] - head[0] <= 4 and doc[head[0]].lower_.startswith(
                ("jede", "alle", "jegliche", "sämtliche")) and all(doc[k].tag_ in _NP_TAGS | {"NN", "NE"} for k in range(head[0] + 1, head[1]))
        fear = self._fear(doc, sent, prev) if prev is not None and prev[1] <= lo and doc[lo - 1].text == "," and not wer else None
        fin = finite_verb(doc, s, hi)
        in_clause = [p for p in props if s <= p.start < hi]
        if fear is not None:
            if in_clause:
                p = in_clause[0]
                return "fear", p, (p.start, p.end), doc[p.start - 1].lower_ == "ohne", fear
            ana = next((t for t in doc[s:hi] if t.tag_ == "NN" and (t.lemma_ or "").lower() in self.lex.anaphors
                        and doc[t.i - 1].tag_ in ("ART", "PDAT", "PIAT")), None)
            if ana is not None:
                return "noun", None, (ana.i, ana.i + 1), False, fear
        first = doc[s].lower_
        if fin is None and s > lo and prev in subjects and doc[hi - 1].tag_ in ("VVINF", "VVPP") and not any(
                t.tag_ in ("PTKZU", "VVIZU") for t in doc[s:hi]):
            # "Ein Embargo würde Putin nicht stoppen, aber unsere Industrie zerstören": the same subject and verb
            return "anaphor", subjects[prev], (s, s), False, None
        if first == "dass":
            p = next((p for p in in_clause if all(doc[k].tag_ in _NP_TAGS for k in range(s + 1, p.start))
                      and p.start - s <= 4), None)
            if p is None or not self._mood(doc, s, hi, p.start, p.end, generic=False):
                return None
            return "dass", p, (p.start, p.end), False, None
        before = prev is not None and any(prev[0] <= p.start < prev[1] for p in props)
        if first in ("weil", "da") and s + 1 < hi and doc[s + 1].lower_ in ("es", "das", "dies") and before \
                and self._mood(doc, s + 2, hi, s, s + 2, generic=False):
            # "Ein solches Embargo sei eine rote Linie, weil es die Wirtschaft ruinieren würde"
            return "anaphor", None, (s, s + 2), False, None
        if doc[s].tag_ in ("KOUS", "PRELS", "PWS", "PWAV", "PWAT", "KOUI") or fin is None:
            return None
        # "Wer Russland mit einem Lieferstopp drohe, werde im Winter frieren"
        if wer and s == fin:
            wp = [p for p in props if prev[0] <= p.start < prev[1]]
            if wp:
                # "Wer der Ukraine schwere Waffen verweigere, überlasse sie der Gewalt": refusing has the bad outcome
                refuses = any(prev[0] <= c.i < prev[1] and c.polarity == "against" for c in self._cues)
                return "wer", wp[0], (prev[0], prev[1]), refuses != wp[0].negated, None
            return None
        # "Jedes Land, das eine Flugverbotszone durchsetze, werde als Kriegspartei betrachtet": a quantified
        # subject whose relative clause names the proposal, like a "wer" clause
        rel = _quantified_relative(doc, clauses, idx) if s == fin else None
        if rel is not None:
            wp = [p for p in props if rel[0] <= p.start < rel[1]]
            if wp:
                refuses = any(prev[0] <= c.i < prev[1] and c.polarity == "against" for c in self._cues)
                return "wer", wp[0], (prev[0], prev[1]), refuses != wp[0].negated, None
        each = self._each_more(doc, s, hi)
        if each is not None and not in_clause and self._mood(doc, s, hi, each, each + 1, generic=True):
            # "Deutschland werde mit jeder weiteren Lieferung zur Kriegspartei": each further one of the
            # proposal discussed brings the outcome nearer
            return "noun", None, (each, each + 1), False, None
        vorfeld = [p for p in in_clause if p.start < fin]
        if vorfeld:
            p = vorfeld[0]
            flip = False
            if doc[s].tag_ in ("APPR", "APPRART"):
                if doc[s].lower_ not in _INSTRUMENT:
                    return None
                if doc[s].lower_ == "im" and not (s + 1 < hi and doc[s + 1].lemma_ in ("Fall", "Falle")):
                    return None
                flip = doc[s].lower_ == "ohne" and p.start > s  # not "Ohne russisches Gas …", itself the embargo
            elif any(doc[k].tag_ in ("NN", "NE", "PPER", "APPR", "APPRART") for k in range(s, p.start)):
                # the proposal as an attribute: of an action or a consequence noun ("Die Stationierung
                # zusätzlicher Soldaten", "Die Folgen eines Embargos"), not of another subject ("Die Gegner …")
                head = next(doc[k] for k in range(s, p.start) if doc[k].tag_ in ("NN", "NE", "PPER", "APPR", "APPRART"))
                if not (head.tag_ == "NN" and (head.lower_.endswith("ung") or self._kind_of(head, "carrier"))):
                    return None
                if not all(doc[k].tag_ in ("ART", "ADJA", "PIAT", "CARD", "PPOSAT") or doc[k].lower_ in ("von", "mit", "an", "in", "aus")
                           for k in range(head.i + 1, p.start)):
                    return None  # the proposal is its direct attribute, not "Entscheidung über die Weitergabe der Jets"
            # generic: an indefinite or quantified subject, an instrument, or a bare noun ("Waffenlieferungen
            # verlängern …"); a definite one in the indicative reports a fact ("Die Sanktionen treffen …")
            generic = doc[s].lower_ in _GENERIC or doc[s].tag_ in ("APPR", "APPRART") or doc[s].tag_ not in ("ART", "PPOSAT", "PDAT")
            if not self._mood(doc, s, hi, p.start, p.end, generic):
                return None
            return "subject", p, (s, fin), flip, None
        # "die EU schade sich mit dem Embargo selbst": an instrument in the midfield of a reported or hypothetical
        # clause whose subject is an actor or a pronoun
        for p in in_clause:
            k = p.start - 1
            while k > fin and doc[k].tag_ in ("ART", "ADJA", "PIAT", "PPOSAT", "PDAT"):
                k -= 1
            if k > fin and doc[k].lower_ in ("mit", "durch") and doc[k].tag_ == "APPR" \
                    and any(doc[j].tag_ in ("NE", "PPER", "PIS") and doc[j].lower_ != "es" for j in range(s, fin)) \
                    and self._mood(doc, s, hi, p.start, p.end, generic=False):
                return "subject", p, (k, p.end), False, None
        words = [t for t in doc[s:fin]]
        if len(words) == 1 and words[0].lower_ in ("damit", "dadurch") and self._mood(doc, s, hi, s, fin, generic=False):
            return "anaphor", None, (s, fin), False, None  # "Damit würde der russischen Wirtschaft ein Schlag versetzt"
        if words and all(t.tag_ in _NP_TAGS | {"NN", "PDS", "PPER"} for t in words):
            low = {(t.lemma_ or "").lower() for t in words} | {t.lower_ for t in words}
            demonstrative = len(words) == 1 and words[0].lower_ in ("das", "dies", "dieses") and words[0].tag_ in ("PDS", "ART")
            solch = bool(low & {"solch", "derartig", "solche", "solcher", "solches"}) or (
                words[0].tag_ == "PDAT" and any(t.tag_ == "NN" and (t.lemma_ or "").lower() in self.lex.anaphors for t in words))
            # "es" takes up the proposal of the clause before ("warnte vor einem Ölembargo; es hätte dramatische Folgen")
            es = len(words) == 1 and (words[0].lower_ in ("sie", "er") and prev in subjects or words[0].lower_ == "es") and (
                prev in subjects or (
                before and doc[fin].lower_ in _KONJ_II and (doc[fin].lemma_ or "") not in ("geben", "gehen")))
            if (demonstrative or solch or es) and self._mood(doc, s, hi, s, fin, generic=solch):
                if es and prev in subjects:
                    return "anaphor", subjects[prev], (s, fin), False, None
                return ("noun" if any(t.tag_ == "NN" for t in words) else "anaphor"), None, (s, fin), False, None
            return None
        # "Dann würde ein Embargo …": the subject right after the verb
        if fin + 1 < hi and all(t.tag_ in ("ADV", "PROAV") for t in words):
            p = next((p for p in in_clause if fin < p.start <= fin + 3
                      and all(doc[k].tag_ in _NP_TAGS for k in range(fin + 1, p.start))), None)
            if p is not None and self._mood(doc, s, hi, p.start, p.end, generic=doc[fin + 1].lower_ in _GENERIC):
                return "subject", p, (fin + 1, p.end), False, None
        return None

    def _each_more(self, doc: Doc, s: int, hi: int) -> int | None:
        """The anaphor noun of a quantified instrument "mit jeder (weiteren) Lieferung" in the clause."""
        for k in range(s, hi - 2):
            if doc[k].lower_ != "mit" or not doc[k + 1].lower_.startswith("jede"):
                continue
            j = k + 2
            while j < hi and doc[j].tag_ == "ADJA":
                j += 1
            if j < hi and doc[j].tag_ == "NN" and (doc[j].lemma_ or "").lower() in self.lex.anaphors:
                return j
        return None

    def _warning(self, doc: Doc, lo: int, hi: int, props, cues) -> int | None:
        """A warning of a bad outcome without naming the proposal ("Wallace verwies auf die Gefahr einer
        Eskalation", "warnte vor Massenarbeitslosigkeit"): the fear word, when its "vor"/"auf" object is a
        bad outcome noun; the proposal is the one just discussed (see positions)."""
        if any(lo <= p.start < hi for p in props) or any(lo <= c.i < hi and c.strength == 2 and c.cue.pos != "noun"
                                                          and not c.cue.prep for c in cues):
            return None
        particles = [t.lower_ for t in doc[lo:hi] if t.tag_ == "PTKVZ"]
        for t in doc[lo:hi]:
            if not (t.tag_.startswith("VV") and any(k[0] == "fear" for k in self._kinds(t, particles))):
                continue
            for k in range(t.i + 1, hi):
                if doc[k].lower_ not in ("vor", "auf", "davor", "darauf"):
                    continue
                for m in range(k + 1, min(hi, k + 5)):
                    x = doc[m]
                    if x.tag_ == "NN" and ("outcome", "against") in self._kinds(x):
                        return t.i
                    if x.tag_ not in ("ART", "ADJA", "PIAT", "NN", "APPRART", "APPR", "PPOSAT"):
                        break
            return None
        return None

    def _of_opponent(self, doc: Doc, t, hi: int) -> bool:
        """A bad outcome noun whose attribute is the opponent: "Einbruch der russischen Wirtschaft",
        "Rezession in Russland"."""
        for k in range(t.i + 1, min(hi, t.i + 5)):
            x = doc[k]
            if any(kind[0] == "target" for kind in self._kinds(x)) and x.lemma_ not in ("Krieg", "Konflikt", "Abhängigkeit"):
                return True
            if x.tag_ not in ("ART", "ADJA", "APPR", "APPRART", "NN", "NE", "PPOSAT") or (x.tag_ == "APPR" and x.lower_ not in ("in", "für")):
                return False
        return False

    def _unfinished(self, doc: Doc, lo: int, hi: int, nxt: tuple[int, int]) -> bool:
        """A Konjunktiv II or "werden" clause without its infinitive, continued by a comma piece that
        ends in a verb and has no finite auxiliary of its own."""
        aux = [t for t in doc[lo:hi] if t.tag_ in ("VAFIN", "VMFIN")]
        if not aux or any(t.tag_ in ("VVINF", "VVPP", "VAINF", "VAPP", "VVIZU") for t in doc[lo:hi]):
            return False
        if nxt[0] != hi + 1 or doc[hi].text != "," or doc[nxt[0]].tag_ in ("KOUS", "PRELS", "PWS", "PWAV") \
                or doc[nxt[0]].lower_ in _OPENERS:  # "…, aber unsere Industrie zerstören": another verb phrase
            return False
        verbs = [t for t in doc[nxt[0]:nxt[1]] if t.tag_.startswith("V")]
        return len(verbs) == 1 and verbs[0].tag_.startswith("VV") and verbs[0].i == nxt[1] - 1

    def _fear(self, doc: Doc, sent: Span, prev: tuple[int, int]) -> int | None:
        """The fear or warning word of the clause just before ("Das Pentagon fürchtet, …")."""
        lo, hi = prev
        particles = [t.lower_ for t in doc[lo:hi] if t.tag_ == "PTKVZ"]
        for t in doc[lo:hi]:
            if any(k[0] == "fear" for k in self._kinds(t, particles)):
                return t.i
        return None

    def _mood(self, doc: Doc, s: int, hi: int, a: int, b: int, generic: bool) -> bool:
        """Hypothetical, reported, predicted, or generic present: a consequence, not a fact."""
        fins = [t for t in doc[s:hi] if t.tag_.endswith("FIN") and not a <= t.i < b]
        if not fins:
            return False
        f = fins[0]
        low = f.lower_
        if low in _KONJ_II or low in _KONJ_I:
            return True
        lemma = (f.lemma_ or "").lower()
        if f.tag_ == "VVFIN" and lemma.endswith("en") and low == lemma[:-1]:
            return True  # Konjunktiv I: "trage", "führe"
        if f.tag_ == "VVFIN" and lemma.endswith("en") and low in (lemma[:-2] + "ten", lemma[:-2] + "eten") \
                and self._reported(doc, s):
            # "X sagte, die Sanktionen schadeten Deutschland mehr als Russland": the plural Konjunktiv II
            # that stands in for the Konjunktiv I (identical to the indicative) after a speech verb
            return True
        if lemma == "werden" and any(t.tag_ == "VVINF" for t in doc[f.i + 1:hi]):
            return True  # "wird … führen"
        if self._kind_of(f, "mood"):
            return True
        # "Ein Embargo ist ein Eigentor": a copula with a generic subject too, not "hat"/"wird"
        return generic and f.tag_ in ("VVFIN", "VAFIN") and lemma not in ("haben", "werden")

    def _reported(self, doc: Doc, s: int) -> bool:
        """The clause at ``s`` is the content of a speech verb in the clause just before ("sagte, …")."""
        sent = doc[s].sent
        if s - 2 < sent.start or doc[s - 1].text != ",":
            return False
        plo, phi = clause_bounds(doc, s - 2)
        return any((t.lemma_ or "").lower() in self.lex.speech_verbs and t.tag_ == "VVFIN" for t in doc[plo:phi])

    def _kind_of(self, t, kind: str) -> bool:
        return any(k[0] == kind for k in self._kinds(t))

    # --- the outcome -------------------------------------------------------------------------------

    def _outcome(self, doc: Doc, lo: int, hi: int, span: tuple[int, int]) -> tuple[str, int] | None:
        toks = [t for t in doc[lo:hi] if not span[0] <= t.i < span[1]]
        particles = [t.lower_ for t in toks if t.tag_ == "PTKVZ"]
        forms = {(t.lemma_ or "").lower() for t in toks} | {t.lower_ for t in toks} | {
            p + (t.lemma_ or "").lower() for t in toks if t.tag_.startswith("VV") for p in particles}
        hits: list[tuple[str, str, int]] = []
        targets = False
        for t in toks:
            for kind in self._kinds(t, particles):
                if kind[0] == "outcome" and kind[1] == "against" and t.tag_ == "NN" and self._of_opponent(doc, t, hi):
                    hits.append(("outcome", "for", t.i))  # "ein Einbruch der russischen Wirtschaft": bad for the opponent
                elif kind[0] in ("outcome", "harm", "help"):
                    hits.append((kind[0], kind[1], t.i))
                if kind[0] != "target":
                    continue
                # "würde uns härter treffen als Russland": the opponent is the comparison, not the object
                # "trifft die Menschen in Russland": a place or a beneficiary, not the one hit
                if not any(doc[k].tag_ == "KOKOM" or doc[k].lower_ in ("in", "im", "für", "bei", "unter", "als")
                           for k in range(max(lo, t.i - 3), t.i)):
                    targets = True
        for words, kind, pol in self.phrases:
            if kind in ("outcome", "harm", "help") and all(w in forms for w in words):
                i = next((t.i for t in toks if (t.lemma_ or "").lower() == words[0] or t.lower_ == words[0]), toks[-1].i)
                # the phrase reads its words together: "der Krieg geht zu Ende" is good, whatever "Krieg" alone says
                hits = [x for x in hits if not {(doc[x[2]].lemma_ or "").lower(), doc[x[2]].lower_} & set(words)]
                hits.append((kind, pol, i))
        if not hits:
            return None
        harms = [h for h in hits if h[0] in ("harm", "help")]
        passive = any((t.lemma_ or "").lower() == "werden" and t.tag_ in ("VAFIN", "VAINF") for t in doc[lo:hi])
        h = doc[harms[0][2]] if harms else None
        instrument = span[1] > span[0] and doc[span[0]].lower_ in _INSTRUMENT and doc[span[0]].tag_ == "APPR"
        if h is not None and passive and h.tag_ == "VVPP" and h.lower_ != (h.lemma_ or "").lower() and not instrument:
            # "Die Sanktionen müssten verschärft werden": something done to the proposal, not its consequence
            # (but "Mit schweren Waffen werde der Krieg nicht beendet": the proposal is the instrument)
            return None
        if harms:
            # the damaging verb decides: good when it hits the opponent; a helping verb the other way
            # round ("würde der Ukraine helfen" = for, "würde Putin in die Hände spielen" = against)
            good = targets if harms[0][0] == "harm" else not targets
            return ("for" if good else "against"), harms[0][2]
        pols = {h[1] for h in hits}
        if len(pols) > 1:
            return None
        return hits[0][1], hits[0][2]


# verbs that name their object as something: "nannte X Y", "bezeichnete X als Y"
NAMING_VERBS = frozenset({"nennen", "bezeichnen", "werten", "einstufen"})


def idx_prev(clauses: list[tuple[int, int]], lo: int) -> tuple[int, int] | None:
    """The clause just before the one starting at ``lo``."""
    k = next((n for n, (a, _) in enumerate(clauses) if a == lo), 0)
    return clauses[k - 1] if k > 0 else None


def _quantified_relative(doc: Doc, clauses: list[tuple[int, int]], idx: int) -> tuple[int, int] | None:
    """The relative clause just before clause ``idx`` when it belongs to a quantified subject ("Jedes Land,
    das …, werde …"); the chunker may keep the head in the same piece when the tagger reads "das" as an
    article."""
    if idx < 1:
        return None
    plo, phi = clauses[idx - 1]
    first = doc[_skip(doc, plo, phi)]
    if first.tag_ == "PRELS" and doc[plo - 1].text == "," and idx >= 2 and _quantified_head(doc, *clauses[idx - 2]):
        return plo, phi
    last = phi - 1
    while last > plo and doc[last].is_punct:
        last -= 1
    if not doc[last].tag_.endswith("FIN"):
        return None
    for c in range(plo + 2, last):
        if doc[c].text == "," and doc[c + 1].lower_ in ("der", "die", "das", "dem", "denen") and _quantified_head(doc, plo, c):
            return c + 1, phi
    return None


def _quantified_head(doc: Doc, lo: int, hi: int) -> bool:
    """The clause piece ends in a quantified noun phrase: "Jedes Land", "…, jeder Staat", "alle Länder"."""
    k = hi - 1
    while k > lo and doc[k].is_punct:
        k -= 1
    if doc[k].tag_ != "NN":
        return False
    k -= 1
    while k >= lo and doc[k].tag_ == "ADJA":
        k -= 1
    return k >= lo and doc[k].lower_ in ("jedes", "jeder", "jede", "jeden", "jedem", "alle")


def _skip(doc: Doc, lo: int, hi: int) -> int:
    s = lo
    while s < hi - 1 and (doc[s].is_space or doc[s].text in ('"', "„", "“", "»", "«", "‚", "‘")):
        s += 1
    return s
