"""Polarity: how a cue's polarity combines with what surrounds the proposal - a cue in the proposal's own
complement clause, a manner adjective on the verb's object, a negated complement, an abandoned principle,
a stance the sentence says was given up.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.lexicon import Lexicon
from kg.nlp.clauses import clause_bounds, finite_verb
from kg.nlp.cues import CueMatch
from kg.nlp.proposals import ProposalMention
from kg.extract.speech import critical_word

__all__ = ["former_stance", "opposite", "judged_obstruction", "obstruction_judge", "manner_cue", "embedded_cue", "stance_given_up",
           "abandoned_principle", "negated_complement", "no_reason_to_wait", "escalated_denial"]


def opposite(polarity: str) -> str:
    return "against" if polarity == "for" else "for"


def _judging_verb(doc: Doc, lo: int, hi: int, lex: Lexicon) -> tuple[int, str] | None:
    """The critical or defending word of a clause: (its index, "critical" | "defended"). A criticism that the
    clause rebuts or defends against defends: "Kritik an seiner Zurückhaltung wies Scholz zurück", "verteidigte seine
    Zurückhaltung gegen Kritik" (`kg/data/judgement_words.tsv`)."""
    particles = {t.lower_ for t in doc[lo:hi] if t.tag_ == "PTKVZ"}
    for t in doc[lo:hi]:
        if critical_word(t, particles, lex):
            if t.tag_ == "NN" and any(x.tag_.startswith("VV") and ({(x.lemma_ or "").lower()} | {
                    p + (x.lemma_ or "").lower() for p in particles}) & (lex.rebutting_verbs | lex.defending_verbs) for x in doc[lo:hi]):
                return t.i, "defended"
            return t.i, "critical"  # "kritisierte", "wirft … vor", "übte Kritik am Zögern der Regierung"
        if t.tag_.startswith("V") and (t.lemma_ or "").lower() in lex.defending_verbs:
            return t.i, "defended"
        if t.tag_.startswith("V") and (t.lemma_ or "").lower() == "warnen" and any(x.lower_ == "vor" for x in doc[t.i:hi]):
            return t.i, "critical"  # "warnte vor falscher Zurückhaltung"
    return None


def _obstruction_noun(doc: Doc, i: int, lex: Lexicon) -> bool:
    t = doc[i]
    return t.tag_ in ("NN", "NNI") and (t.text in lex.obstruction_words or (t.lemma_ or "") in lex.obstruction_words)


def judged_obstruction(doc: Doc, cue: CueMatch, lo: int, hi: int, lex: Lexicon, cues: list[CueMatch] = ()) -> str | None:
    """The polarity of a hesitation or blockade that a word of its clause judges: "Röttgen wirft Scholz
    Zaudern bei Waffenlieferungen vor", "kritisierte das Zögern des Kanzlers" and "nannte die Zurückhaltung
    nicht mehr vertretbar" are for the deliveries, "verteidigte sein Zögern" is against them. The cue is the
    obstruction noun (judged by another word) or the judging word itself (with an obstruction noun that is
    no cue of its own); None otherwise."""
    judge = _judging_verb(doc, lo, hi, lex) or _judging_adjective(doc, cues, lo, hi, lex)
    if judge is None:
        return None
    if judge[0] != cue.i and not (_obstruction_noun(doc, cue.i, lex) or (
            doc[cue.i].tag_ in ("NN", "NNI") and cue.cue.words[0] in lex.obstruction_words)):
        return None
    if judge[0] == cue.i and not any(_obstruction_noun(doc, k, lex) for k in range(lo, hi)):
        return None
    return "for" if judge[1] == "critical" else "against"


def _judging_adjective(doc: Doc, cues: list[CueMatch], lo: int, hi: int, lex: Lexicon) -> tuple[int, str] | None:
    """A predicative stance adjective that judges the clause's obstruction noun, named as such or said of it:
    "nannte die Zurückhaltung „nicht mehr vertretbar“", "Das Zögern sei unverantwortlich" (against the
    hesitation: critical; "richtig": defended)."""
    if not any(_obstruction_noun(doc, k, lex) for k in range(lo, hi)):
        return None
    if not any((t.lemma_ or "").lower() in ("nennen", "bezeichnen", "sein", "halten", "finden") for t in doc[lo:hi]):
        return None
    adj = next((c for c in cues if lo <= c.i < hi and c.cue.pos == "adj" and doc[c.i].tag_ == "ADJD" and c.strength == 2), None)
    if adj is None:
        return None
    return adj.i, "critical" if adj.polarity == "against" else "defended"


def obstruction_judge(doc: Doc, cue: CueMatch, cues: list[CueMatch], lo: int, hi: int, lex: Lexicon) -> bool:
    """The cue is the word that judges an obstruction noun of its clause which is a cue of its own (and
    carries the stance)."""
    judge = _judging_verb(doc, lo, hi, lex) or _judging_adjective(doc, cues, lo, hi, lex)
    return judge is not None and judge[0] == cue.i and any(
        c is not cue and lo <= c.i < hi and judged_obstruction(doc, c, lo, hi, lex, cues) for c in cues)


# verbs that *are* the embargo proposal rather than a stance on it ("fordert, die Gasimporte zu stoppen")
_STOP_VERBS = frozenset({"stoppen", "beenden", "einstellen", "verbieten", "untersagen", "verzichten", "boykottieren"})


def manner_cue(doc: Doc, cues: list[CueMatch], verb: CueMatch, p: ProposalMention) -> CueMatch | None:
    """An attributive stance adjective on the verb's object before the proposal: "die zurückhaltende Linie …"."""
    lo, hi = clause_bounds(doc, verb.i)
    return next((c for c in cues if c is not verb and lo <= c.i < p.start and doc[c.i].tag_ == "ADJA"
                 and c.cue.pos == "adj" and c.strength == 2), None)


_OBJECT_PREPS = frozenset({"an", "zu", "zum", "zur", "gegen", "nach", "für", "auf"})
_NP_TAGS = frozenset({"APPR", "APPRART", "ART", "ADJA", "NN", "NE", "PPOSAT", "PIAT", "PIDAT", "CARD"})


def stance_head(doc: Doc, cues: list[CueMatch], main: CueMatch, p: ProposalMention) -> CueMatch | None:
    """A stance noun before the proposal whose prepositional object the proposal is, other than the main cue:
    "Die Absage der Nato an eine Flugverbotszone stößt in Berlin auf Zustimmung" approves a rejection
    (for x against = against); "kritisierte die Forderung nach Kampfjets" (against x for = against)."""
    lo, hi = clause_bounds(doc, main.i)
    for c in cues:
        if c is main or c.cue.pos != "noun" or c.strength != 2 or c.negated or not lo <= c.i < p.start:
            continue
        if c.i < main.i < p.start or main.i <= c.i <= main.j:
            continue
        gap = [t for t in doc[c.i + 1:p.start] if not t.is_space]
        if 0 < len(gap) <= 6 and all(t.tag_ in _NP_TAGS for t in gap) and any(
                t.tag_ in ("APPR", "APPRART") and t.lower_ in _OBJECT_PREPS for t in gap):
            return c
    return None


def embedded_cue(doc: Doc, cues: list[CueMatch], main: CueMatch, pclause: tuple[int, int], p: ProposalMention) -> CueMatch | None:
    """A cue in the proposal's own subordinate clause (zu-infinitive or dass-clause) right after the main cue's clause;
    not the proposal's own verb ("…, Russland aus Swift auszuschließen")."""
    proposal = p.key
    lo, hi = pclause
    if not (doc[lo].lower_ in ("dass", "ob") or any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[lo:hi])):
        return None
    if lo > 0 and doc[lo - 1].text == ":" and finite_verb(doc, lo, hi) is not None:
        return None  # "ging auf Distanz: Eine Flugverbotszone sei nicht zu verantworten": a statement of its own
    mlo, mhi = clause_bounds(doc, main.i)
    if not (mhi <= lo <= mhi + 2 or hi <= mlo <= hi + 2):  # also fronted: "Panzer zu schicken, halte er für falsch"
        return None
    inner = [c for c in cues if lo <= c.i < hi and c is not main and c.cue.words[0] not in ("wollen", "müssen", "sollen")
             and not (proposal == "energy_embargo" and c.cue.words[0] in _STOP_VERBS) and not p.start <= c.i < p.end]
    # the verb that governs the proposal follows it in the infinitive clause: "…, Banken aus SWIFT auszuschließen
    # und ein Embargo zu verhängen" (the embargo's verb is "verhängen")
    governing = [c for c in inner if c.i >= p.end]
    if governing:
        return min(governing, key=lambda c: c.i)
    return max(inner, key=lambda c: (c.strength, -c.i)) if inner else None


def former_stance(doc: Doc, sent: Span, lo: int, hi: int, cue: CueMatch, cues: list[CueMatch], lex: Lexicon) -> bool:
    """The cue tells, in the pluperfect and marked as past ("noch", "lange", "zunächst", …), a stance that a
    cue of the opposite polarity in another clause of the sentence tells now: "Stegner, der Waffenlieferungen
    zu Beginn des Krieges noch abgelehnt hatte, trägt diese inzwischen mit". Both are reported: the former
    one and the current one."""
    toks = doc[lo:hi]
    if not any(t.tag_ == "VAFIN" and t.lower_ in ("hatte", "hatten") for t in toks):
        return False
    if not any(t.lower_ in lex.stance_change.get("past", ()) or t.lower_ == "noch" for t in toks):
        return False
    return any(c.strength == 2 and c.polarity != cue.polarity and not lo <= c.i < hi for c in cues
               if sent.start <= c.i < sent.end)


def stance_given_up(doc: Doc, sent: Span, lo: int, hi: int, props: list[ProposalMention], lex: Lexicon) -> bool:
    """The cue's clause tells a former stance that a later clause of the sentence says was given up:
    "Die Bundesregierung hatte sich lange gegen ein Ölembargo gesperrt, ihre Haltung aber Ende April
    geändert" (kg/data/stance_changes.tsv). The earlier clause is past (pluperfect, or "lange",
    "zunächst", …); the later one, after a comma, has a stance noun and a change verb, is not negated,
    and names no proposal of its own."""
    ch = lex.stance_change
    toks = doc[lo:hi]
    past = any(t.lower_ in ch.get("past", ()) for t in toks) or any(
        t.tag_ == "VAFIN" and t.lower_ in ("hatte", "hatten", "war", "waren") for t in toks)
    if not past or hi >= sent.end or doc[hi].text != "," and doc[hi - 1].text != ",":
        return False
    k = hi
    while k < sent.end:
        if doc[k].is_punct or doc[k].is_space:
            k += 1
            continue
        clo, chi = clause_bounds(doc, k)
        chi = max(chi, k + 1)
        rest = doc[clo:chi]
        if any(clo <= p.start < chi for p in props) or any(t.lower_ in lex.negations for t in rest):
            return False
        noun = any(t.text in ch.get("noun", ()) for t in rest)
        particles = {t.lower_ for t in rest if t.tag_ == "PTKVZ"}
        verb = any((t.lemma_ or "").lower() in ch.get("verb", ()) or t.lower_[:-1] in ch.get("verb", ()) or any(
            p + (t.lemma_ or "").lower() in ch.get("verb", ()) for p in particles) for t in rest if t.tag_.startswith("V"))
        if noun and verb:
            return True
        k = chi
    return False


def abandoned_principle(doc: Doc, pclause: tuple[int, int], lex: Lexicon) -> bool:
    """The proposal's clause is the content of a principle that is given up: "…, mit dem Grundsatz zu
    brechen, keine Waffen in Kriegsgebiete zu liefern" (see kg/data/abandoned_principles.tsv)."""
    lo, _ = pclause
    if lo < 2 or doc[lo - 1].text != "," or doc[lo].sent.start > lo - 2:
        return False
    plo, phi = clause_bounds(doc, lo - 2)
    toks = doc[plo:phi]
    noun = any(t.text in lex.principle_nouns or (t.lemma_ or "") in lex.principle_nouns for t in toks)
    particles = {t.lower_ for t in toks if t.tag_ == "PTKVZ"}
    verb = any((t.lemma_ or "").lower() in lex.abandon_verbs or any(
        p + (t.lemma_ or "").lower() in lex.abandon_verbs for p in particles) for t in toks if t.tag_.startswith("V"))
    return noun and verb


def negated_complement(doc: Doc, pclause: tuple[int, int], start: int, lex: Lexicon) -> bool:
    """A complement clause (dass-clause or zu-infinitive) that negates its proposal:
    "…, dass die NATO nicht militärisch eingreift", "…, Kampfjets nicht zu liefern"."""
    lo, hi = pclause
    infinitive = finite_verb(doc, lo, hi) is None and any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[lo:hi])
    if lo == 0 or doc[lo - 1].text != "," or not (doc[lo].lower_ == "dass" or infinitive):
        return False  # not "Eine Flugverbotszone sei nicht zu verantworten"
    return any(t.lower_ in lex.negations and t.i + 1 < hi and doc[t.i + 1].lower_ not in (
                   "nur", "zuletzt", "minder", "weniger", "einmal", "erst", "länger", "später")
               for t in doc[lo:hi] if t.i < start or t.i > start)


_WAITING = frozenset({"warten", "abwarten", "zögern", "zaudern", "zurückhalten", "hinauszögern"})


def no_reason_to_wait(doc: Doc, cue: CueMatch, hi: int, end: int) -> bool:
    """"Sie sehe keinen Grund, damit zu warten", "kein Anlass zu zögern": denying a reason for a hesitation
    (the zu-infinitive right after the cue's clause) is for the step, not against it."""
    if cue.cue.words not in (("kein", "Grund"), ("kein", "Anlass")):
        return False
    k = hi + 1 if hi < end and doc[hi].text == "," else hi
    hi2 = clause_bounds(doc, k)[1] if k < end else k
    span = doc[cue.i:hi2] if k < end else doc[cue.i:hi]
    return any((t.lemma_ or "").lower() in _WAITING for t in span) and any(t.tag_ in ("PTKZU", "VVIZU") for t in span)


def escalated_denial(doc: Doc, p: ProposalMention) -> bool:
    """The proposal follows "schon gar kein(e)", "erst recht kein(e)" or "geschweige denn", up to two
    attributes between ("sieht keine Möglichkeit, … zu überlassen, schon gar keine Kampfpanzer"): the
    elliptic escalation only ever continues a denial."""
    k = p.start - 1
    while k > 0 and doc[k].tag_ in ("ADJA", "ART", "PIAT", "PIDAT") and p.start - k <= 3:
        if doc[k].lower_.startswith("kein"):
            break
        k -= 1
    words = [doc[j].lower_ for j in range(max(k - 2, 0), k + 1)]
    return words[-3:-1] in (["schon", "gar"], ["erst", "recht"]) and words[-1].startswith("kein") or words[-2:] == [
        "geschweige", "denn"]
