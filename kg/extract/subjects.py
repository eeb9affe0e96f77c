"""Subjects: which actor mentions are the subject of a cue's clause and so may hold its stance."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extract.context import DocContext
from kg.extract.holder_query import Answer, HolderQuery, auxiliary, labels
from kg.extract.speech import ADDRESSING, GROUP_HOLDER_PREP, clause_pronoun, coordinated, prep_before, unnamed_subject, vocative
from kg.lexicon import Lexicon
from kg.nlp.clauses import DASHES, SUBORDINATE_TAGS, clause_bounds, finite_verb, is_subordinate
from kg.nlp.cues import CueMatch
from kg.nlp.mentions import Mention

__all__ = ["Subject", "clause_subject", "compared", "subject_holders", "after_pronoun_subject", "governed_by_passive",
           "eligible"]


@dataclass(frozen=True, slots=True)
class Subject:
    """The subject candidates of the cue's clause."""

    cands: list[Mention]
    pron: Mention | None          # a personal pronoun subject
    subjectless: bool             # a zu-infinitive or an argument's subordinate clause: no own subject
    impersonal: bool              # "es wird … geben"


def clause_subject(q: HolderQuery) -> Subject:
    """Eligible mentions of the cue's own clause and its pronoun subject.

    An argument names who suffers the consequence ("…, die Deutschland zur Kriegspartei machen
    könnten", "Waffen ziehen Deutschland in den Krieg"): who argues is the speaker, the governing
    clause's subject or a main clause's subject before its finite verb ("X sprach von einem Blindflug").
    """
    doc, cue = q.doc, q.cue
    lo, hi = q.clause
    impersonal = cue.cue.words[0] == "es"
    subjectless = finite_verb(doc, lo, hi) is None and any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[lo:hi])
    subjectless = subjectless or (cue.cue.argument and doc[lo].tag_ in ("KOUS", "PRELS"))
    # "Die Ukraine braucht Marder, sagte Merz": who needs the weapons is their recipient, not a holder
    # (but "Wir brauchen Panzer" is the speaker's demand)
    needs = (doc[cue.i].lemma_ or "").lower() == "brauchen" and not any(
        t.lower_ in ("wir", "ich") for t in doc[lo:hi])
    subjectless = subjectless or needs
    # a consequence argument has the proposal as its subject; only a fear's or a naming clause has a holder
    # ("X fürchtet, …", "X nannte die Lieferung einen Schritt in den Krieg")
    subjectless = subjectless or (cue.cue.pos == "consequence" and cue.cue.event not in ("FEAR", "NAME"))
    cands = [] if subjectless or impersonal else [m for m in q.ments if lo <= m.start < hi and eligible(q.ctx, m, cue, q.passive, q.lex)]
    if q.clause_passive:
        # the subject of a passive is who the act is done to: "Die Ukraine müsse mit Waffen unterstützt
        # werden", "Rüstungsgüter wurden genehmigt"; only an agent ("von Polen gefordert") holds it
        cands = [m for m in cands if prep_before(doc, m)[0] is not None]
        subjectless = True
    shared = None if subjectless or impersonal else _shared_subject(q, lo)
    if shared is not None:
        cands = shared
    if cue.cue.argument and cue.cue.event != "NAME":  # ("Die Waffenlieferungen bezeichnete Lawrow als …")
        fin = finite_verb(doc, lo, hi) or hi
        cands = [m for m in cands if m.start < fin]
    # "Man unterstütze die Ukraine weiterhin": the pronoun before the verb is the subject
    cands = [m for m in cands if not after_pronoun_subject(doc, m)]
    # "Scholz lehnte eine Friedensmission, wie Polen sie vorgeschlagen hat, ab": the subject of a clause
    # embedded in the cue's own is not the cue's
    cands = [m for m in cands if not _embedded_elsewhere(doc, lo, hi, m, cue)]
    fin = finite_verb(doc, lo, hi)
    lemma = (doc[cue.i].lemma_ or "").lower()
    particles = {t.lower_ + lemma for t in doc[lo:hi] if t.tag_ == "PTKVZ"}
    if fin is not None and ({cue.cue.words[0], lemma} | particles) & ADDRESSING:
        # "In dem Brief fordern zahlreiche Intellektuelle Kanzler Scholz auf, …": after a subject noun
        # phrase that names no actor, the actor is the one addressed
        inside = {x for m in q.ments for x in range(m.start, m.end)}
        kept = [m for m in cands if not (m.start > fin and any(
            unnamed_subject(doc, x) and x not in inside for x in range(fin + 1, m.start)))]
        # "Die Unterzeichner fordern die Bundesregierung auf, …", "ein Antrag, der die Regierung auffordert, …":
        # a subject before the verb that names no actor (a plural noun, a relative pronoun) leaves the
        # actor after the verb the one addressed
        if doc[lo].tag_ == "PRELS" and doc[lo].lower_ in ("der", "das", "welcher", "welches"):
            kept = []  # the relative pronoun is the subject ("ein Antrag, der die Regierung auffordert")
        elif any(x not in inside and doc[x].tag_ == "NN" and x + 1 == fin and x > lo and doc[x - 1].tag_ == "ART"
                 and doc[x].text.endswith(("er", "en", "innen")) for x in range(lo, fin)):
            kept = [m for m in kept if m.start < fin]
        subjectless = subjectless or len(kept) < len(cands)  # the subject is there but names no actor
        cands = kept
    if fin is not None and plural_verb(doc[fin]):
        # "Künstler haben Kanzler Scholz aufgefordert, …": one person is no subject of a plural verb
        elig = [m for m in q.ments if m.holder_eligible]
        cands = [m for m in cands if m.type != "Person" or m.kind == "pronoun" or len(coordinated(doc, m, elig)) > 1
                 or any(m in coordinated(doc, x, elig)[1:] for x in elig) or _group_example(doc, m)]
    if fin is not None and len(cands) > 1:
        # "Baerbock für schwere Waffen, Scholz zögert": a verbless headline item before the comma has
        # an actor of its own; the verb's subject is the name right before it after the comma
        # (an enumeration "Frankreich, Italien, Spanien zögern" is taken back up by subject_holders)
        direct = [m for m in cands if m.end == fin and m.start > lo and doc[m.start - 1].text in _AFTER_PIECE]
        if direct:
            cands = direct
    pron = None if subjectless else clause_pronoun(doc, lo, hi)
    if pron is None and shared is None and not subjectless and not impersonal:
        pron = _continued_pronoun(q, lo)
    return Subject(cands, pron, subjectless, impersonal)


def _continued_pronoun(q: HolderQuery, lo: int) -> Mention | None:
    """"Sie verurteilten den Angriff, wandten sich aber gegen Waffenlieferungen": a clause that opens with
    its finite verb after a comma continues the main clause before it and shares its pronoun subject."""
    doc = q.doc
    if not _verb_first_after_comma(q, lo):
        return None
    plo, phi = clause_bounds(doc, lo - 2)
    if doc[plo].tag_ in SUBORDINATE_TAGS or doc[plo].tag_ == "KOUS" or finite_verb(doc, plo, phi) in (None, plo):
        return None
    return clause_pronoun(doc, plo, phi)


def _verb_first_after_comma(q: HolderQuery, lo: int) -> bool:
    """The clause at ``lo`` opens with its finite verb right after a comma, and that verb is not a trailing
    speech frame's ("…, sagte X"): it may continue the main clause before it."""
    doc = q.doc
    if lo - 2 < q.sent.start or doc[lo - 1].text != "," or doc[lo].tag_ not in ("VVFIN", "VAFIN", "VMFIN"):
        return False
    return not (q.frame is not None and q.frame.verb == lo)


def _shared_subject(q: HolderQuery, lo: int) -> list[Mention] | None:
    """A clause that opens with its finite verb after a comma shares the subject of the main clause
    before it: "Scholz lehnte Lieferungen ab, stellte Kiew aber Geld in Aussicht" (Kiew is an object).
    None when the clause is no such continuation (a trailing ", sagte X" is a speech frame)."""
    doc, sent = q.doc, q.sent
    if not _verb_first_after_comma(q, lo):
        return None
    plo, phi = clause_bounds(doc, lo - 2)
    if doc[plo].tag_ == "PRELS" and plo - 2 >= sent.start and doc[plo - 1].text == ",":
        # "Polen, das an die Ukraine grenzt, fordert …": the subject stands before the relative clause
        nlo, nhi = clause_bounds(doc, plo - 2)
        if finite_verb(doc, nlo, nhi) is None:
            subject = [m for m in q.ctx.mentions_in(nlo, nhi) if m.holder_eligible and m.type != "Place"
                       and m.kind != "adjective" and prep_before(doc, m) == (None, False)]
            return subject[:1] or None
    if doc[plo].tag_ in SUBORDINATE_TAGS or doc[plo].tag_ == "KOUS":
        return None  # "Wenn die EU ein Embargo beschließt, trifft es …": the verb-first clause is the main one
    pfin = finite_verb(doc, plo, phi)
    if pfin is None or pfin == plo:
        return None
    last = max((t.i for t in doc[plo:phi] if not t.is_punct and not t.is_space), default=plo)
    if pfin == last and pfin > plo + 3 and _fronted_subject(q, lo, lo):
        return None  # "Der Verkauf, den Abramowitsch angekündigt hatte, ist blockiert": a verb-final relative clause
    before = [m for m in q.ctx.mentions_in(plo, pfin) if m.holder_eligible and m.type != "Place" and m.kind != "adjective"
              and prep_before(doc, m) == (None, False)]
    if before:
        return before[:1]
    after = [m for m in q.ctx.mentions_in(pfin + 1, phi) if m.holder_eligible and m.type != "Place"
             and m.kind != "adjective" and prep_before(doc, m) == (None, False)]
    return after[:1] or None


_AFTER_PIECE = frozenset({",", ";"}) | DASHES  # what ends a verbless headline piece before a subject
# verbs whose object is the one addressed by a demand


def compared(doc: Doc, m: Mention) -> bool:
    """An actor named for comparison at the start of a clause: "Wie Scholz lehnt auch Macron …",
    "Ähnlich wie Polen fordert Litauen …", "Genau wie die USA …"."""
    k = m.start - 1
    if k > 0 and doc[k].tag_ == "ART":
        k -= 1
    if k < 0 or doc[k].lower_ != "wie":
        return False
    if m.end < len(doc) and doc[m.end].tag_ == "PPER" and doc[m.end].lower_ in ("sie", "es", "ihn"):
        return False  # "…, wie Polen sie vorgeschlagen hat": who proposed the thing named, no comparison
    lo, hi = clause_bounds(doc, m.start)
    fin = finite_verb(doc, lo, hi)
    words = [t for t in doc[lo:hi] if not t.is_punct and not t.is_space]
    if fin is not None and fin > m.end and words and words[-1].i == fin:
        return False  # "Wie Budapest die EU blockiert": a verb-final question, not a comparison
    before = [t for t in doc[lo:k] if not t.is_space]
    return all(t.lower_ in ("ähnlich", "genau", "ebenso", "genauso", "auch", "und", "aber") for t in before) and (
        k == doc[m.start].sent.start or doc[k - 1].text in (",", ":") or bool(before))


def _group_example(doc: Doc, m: Mention) -> bool:
    """A person named as an example of a group: "Einzelne Linken-Abgeordnete wie Gregor Gysi zeigten sich …"."""
    k = m.start - 1
    return k >= 1 and doc[k].lower_ == "wie" and doc[k - 1].tag_ in ("NN", "NE") and doc[k - 1].text[:1].isupper()


def plural_verb(t) -> bool:
    """A finite verb in the plural: "haben", "fordern", "forderten", "sind", "seien"."""
    low = t.lower_
    return t.tag_.endswith("FIN") and (low in ("sind", "seien") or low.endswith(("en", "ern", "eln")))


def subject_holders(q: HolderQuery, subj: Subject) -> Answer:
    """The subject of the cue's clause with its whole enumeration; a singular pronoun, a relative
    clause's antecedent, or, when the clause has no subject of its own, the sentence's first actor."""
    ctx, doc, cue, h, frame, ments = q.ctx, q.doc, q.cue, q.state, q.frame, q.ments
    lo, hi = q.clause
    cands, pron = subj.cands, subj.pron
    if pron is not None and (not cands or pron.start < cands[0].start) and h.last_person:
        cands = [pron]
    # a relative clause: its subject is the antecedent right before it ("Lenzen, der sich … nicht verschließen will")
    if not cands and doc[lo].tag_ == "PRELS" and lo >= 2 and doc[lo - 1].text == "," and not cue.cue.argument:
        ante = [m for m in ments if m.end == lo - 1 and m.holder_eligible and m.kind != "adjective"]
        rel_fin = [t for t in doc[lo:hi] if t.tag_.startswith("V")]  # (the clause-final verb, tagged finite or not)
        plural = doc[lo].lower_ == "die" and bool(rel_fin) and rel_fin[-1].lower_.endswith("n")
        while ante and plural:
            # "die baltischen Staaten und Polen, die einen Importstopp verlangen": the whole coordinated antecedent
            k = ante[0].start - 1
            k -= k > q.sent.start and doc[k].lower_ in ("der", "die", "das", "den", "dem")
            if not (k > q.sent.start and doc[k].lower_ in ("und", "sowie", ",")):
                break
            prev = [m for m in ments if m.end == k and m.holder_eligible and m.kind != "adjective"]
            if not prev:
                break
            ante = prev + ante
        if ante:
            cands = ante[:1]
    clause_fin = finite_verb(doc, lo, hi)
    main_clause = doc[lo].tag_ not in ("KOUS", "PRELS", "PWS", "PWAV", "KON")
    # "…, und das ist richtig so": a coordinated main clause with a demonstrative subject of its own
    demonstrative = doc[lo].tag_ == "KON" and lo + 1 < hi and doc[lo + 1].tag_ == "PDS" and clause_fin == lo + 2
    # "Aber unsere Partner liefern längst Panzer, da kann Deutschland …": a main clause after a conjunction
    # with a subject of its own before its verb
    demonstrative = demonstrative or (doc[lo].tag_ == "KON" and doc[lo].lower_ in ("aber", "doch", "denn", "und")
                                      and clause_fin is not None and clause_fin > lo + 2
                                      and doc[lo + 1].tag_ in ("PPOSAT", "ART", "PIAT", "PIDAT"))
    own_subject = (main_clause or demonstrative) and clause_fin is not None and any(
        t.tag_ in ("NN", "NNA", "NE", "PPER", "PIS", "PDS") and t.i != cue.i for t in doc[lo:clause_fin]) and not subj.subjectless
    own_subject = own_subject or _subordinate_subject(q, lo, hi) or _fronted_subject(q, lo, clause_fin)
    if not cands and not (frame and not frame.source_only) and not own_subject and not subj.impersonal \
            and not governed_by_passive(q):
        # not from another clause's subordinate clause: "Wer will, dass die Ukraine …, muss ihr Panzer geben"
        cands = [m for m in ments if eligible(ctx, m, cue, q.passive, q.lex) and not (subj.subjectless and lo <= m.start < hi)
                 and (lo <= m.start < hi or not is_subordinate(doc, clause_bounds(doc, m.start)[0]))
                 and not _in_infinitive(doc, m) and not after_pronoun_subject(doc, m)]
        first_pron = clause_pronoun(doc, q.sent.start, clause_bounds(doc, q.sent.start)[1])
        if first_pron is not None and h.last_person and (not cands or first_pron.start < cands[0].start):
            cands = [first_pron]
    if not cands and doc[lo].tag_ == "PDS" and doc[lo].lower_ in ("die", "der") and lo == q.sent.start \
            and clause_fin == lo + 1 and q.k > 0 and not (frame and not frame.source_only):
        # "… der lautesten Kritiker der Bundesregierung. Die lehnt ein Energieembargo bislang ab": a
        # demonstrative subject takes up the actor named last
        prev = ctx.sents[q.k - 1]
        named = [m for m in ctx.mentions_in(prev.start, prev.end) if m.actor and m.holder_eligible
                 and m.kind not in ("adjective", "place", "prefix", "pronoun") and m.type != "Place"
                 and (doc[lo].lower_ == "die" or m.type == "Person")]
        if named:
            return labels(h, [named[-1]]), 0.8
    if not cands:
        return [], 1.0
    first = cands[0]
    elig = [m for m in ments if m.holder_eligible]
    # an enumeration that starts before the clause's comma: "Frankreich, Italien und Spanien fordern …"
    while True:
        k = first.start - 1
        k -= k > q.sent.start and doc[k].lower_ in ("der", "die", "das")  # "Die Grünen, die FDP und die Union fordern …"
        before = [m for m in elig if m.end == k and doc[k].text == ","]
        if not before or not eligible(ctx, before[0], cue, q.passive, q.lex) or doc[first.start].tag_ == "PRELAT":
            break
        first = before[0]
    return labels(h, coordinated(doc, first, elig)), 1.0


def _fronted_subject(q: HolderQuery, lo: int, fin: int | None) -> bool:
    """A clause that opens with its finite verb after an embedded clause continues the noun phrase
    before it: "Der Verkauf des Vereins, den Abramowitsch angekündigt hatte, ist blockiert" has the
    sale as its subject, not the actor of the relative clause."""
    doc, sent = q.doc, q.sent
    if fin is None or fin != lo or lo - 1 <= sent.start or doc[lo - 1].text != ",":
        return False
    first = next((t.i for t in doc[sent.start:lo] if t.text == ","), None)
    if first is None or first == lo - 1:
        return False
    seg = [t for t in doc[sent.start:first] if not t.is_space]
    return bool(seg) and seg[0].tag_ in ("ART", "PPOSAT", "PDAT", "NN") and any(t.tag_ == "NN" for t in seg) \
        and not any(t.tag_.endswith("FIN") for t in seg) \
        and not any(m.holder_eligible and sent.start <= m.start < first for m in q.ctx.mentions)


def _embedded_elsewhere(doc: Doc, lo: int, hi: int, m: Mention, cue: CueMatch) -> bool:
    """The mention stands in a comma-enclosed "wie" or relative clause inside ``lo:hi`` that holds
    neither end of the cue."""
    c = next((j for j in range(m.start - 1, lo - 1, -1) if doc[j].text == ","), None)
    if c is None or c + 1 >= hi or not (doc[c + 1].lower_ == "wie" or doc[c + 1].tag_ in ("PRELS", "PRELAT")):
        return False
    e = next((j for j in range(m.end, hi) if doc[j].text == ","), None)
    if e is None:
        return False
    return not (c < cue.i < e or c < cue.j < e)


def after_pronoun_subject(doc: Doc, m: Mention) -> bool:
    """An object after a pronoun subject and its verb: "es würde Putin nicht stoppen"."""
    lo, hi = clause_bounds(doc, m.start)
    fin = finite_verb(doc, lo, hi)
    if fin is not None and doc[lo].lower_ in ("und", "aber", "doch") and lo + 1 < fin:
        lo += 1  # "…, und es würde Putin nicht stoppen"
    if fin is None or fin != lo + 1 or m.start <= fin:
        return False
    # an expletive "es" with a plural verb has its subject after the verb: "Es sprachen sich X und Y dafür aus"
    return doc[lo].lower_ in ("man", "ich", "wir", "er") or (doc[lo].lower_ == "es" and not plural_verb(doc[fin]))


def _in_infinitive(doc: Doc, m: Mention) -> bool:
    """A mention in a zu-infinitive clause, which has no subject ("…, Russland mit Sanktionen zu belegen")."""
    lo, hi = clause_bounds(doc, m.start)
    return finite_verb(doc, lo, hi) is None and any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[lo:hi])


def _subordinate_subject(q: HolderQuery, lo: int, hi: int) -> bool:
    """A subordinate clause with a subject of its own that is no known actor: "Während die Akademie
    X einen Lieferstopp für handhabbar hält, …" is not the main clause subject's stance."""
    doc = q.doc
    if doc[lo].tag_ != "KOUS" or lo + 1 >= hi:
        return False
    k = lo + 1
    if doc[k].tag_ not in ("ART", "PPOSAT", "PDAT"):
        return False
    while k + 1 < hi and doc[k + 1].tag_ in ("ADJA", "ADV"):
        k += 1
    head = k + 1
    return head < hi and doc[head].tag_ in ("NN", "NE") and doc[head].i != q.cue.i and not any(
        p.start <= head < p.end for p in q.ctx.proposals)


def governed_by_passive(q: HolderQuery) -> bool:
    """A zu-infinitive whose governing clause is a passive ("China wurde aufgefordert, Russland nicht zu unterstützen")."""
    doc = q.doc
    lo, hi = q.clause
    if lo - 2 < q.sent.start or doc[lo - 1].text != "," or finite_verb(doc, lo, hi) is not None \
            or not any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[lo:hi]):
        return False
    plo, phi = clause_bounds(doc, lo - 2)
    return auxiliary(doc, plo, phi, ("werden",)) and any(t.tag_ == "VVPP" for t in doc[plo:phi])


def _object_apposition(doc, m: Mention) -> bool:
    """A name between commas in apposition to an accusative or dative noun phrase ("den Besitzer des FC
    Chelsea, Roman Abramowitsch, …", "einem Vertrauten Putins, X, …"): the object, never the subject."""
    sent = doc[m.start].sent
    if m.start - 2 < sent.start or doc[m.start - 1].text != "," or m.end >= sent.end or doc[m.end].text != ",":
        return False
    k = m.start - 2
    seen_noun = False
    while k >= max(sent.start, m.start - 9) and doc[k].tag_ in ("NN", "NE", "ADJA", "ART", "CARD"):
        if doc[k].tag_ in ("NN", "NE"):
            seen_noun = True
        elif doc[k].tag_ == "ART" and seen_noun and doc[k].lower_ not in ("des", "der"):
            return doc[k].lower_ in ("den", "dem", "einen", "einem")
        k -= 1
    return False


def _reproached(doc, m: Mention) -> bool:
    """The dative object of "vorwerfen" right after the verb ("werfen Scholz vor", "warf dem Kanzler vor")."""
    k = m.start - 1
    sent = doc[m.start].sent
    while k > sent.start and doc[k].tag_ in ("ART", "ADJA") and m.start - k <= 2:
        k -= 1
    return k >= sent.start and doc[k].tag_ == "VVFIN" and (doc[k].lemma_ or "").lower() == "werfen" and any(
        t.tag_ == "PTKVZ" and t.lower_ == "vor" for t in doc[m.end:sent.end])


def eligible(ctx: DocContext, m: Mention, cue: CueMatch, passive: bool, lex: Lexicon | None = None) -> bool:
    if not m.holder_eligible or m.type == "Place" or m.kind in ("adjective",):
        return False
    if any(p.start <= m.start < p.end and not p.source.startswith("pattern:") for p in ctx.proposals):
        return False  # "NATO-Soldaten"; pattern matches are wide windows and may span the subject
    doc = ctx.doc
    if m.end + 1 < len(doc) and doc[m.end].lower_ in ("von", "vom") and doc[m.start:m.end].text.lower().endswith(
            ("fraktion", "fraktionen")) and any(x.start == m.end + 1 for x in ctx.mentions):
        return False  # "der Ampel-Fraktionen von SPD, Grünen und FDP": the parties named hold it
    first = m
    while first.start >= 2 and doc[first.start - 1].lower_ in (",", "und", "sowie", "oder"):
        prevs = [x for x in ctx.mentions if x.end == first.start - 1 or (x.end == first.start - 2 and doc[first.start - 1].tag_ == "ART")]
        if not prevs or (doc[first.start - 1].text == "," and prevs[0].type != first.type):
            break  # "Die Spitzenkandidatin der Grünen, Mona Neubaur, sprach sich …": an apposition, no enumeration
        first = prevs[0]  # "in Bulgarien, Rumänien und der Slowakei": the whole enumeration is in the PP
    prep, genitive = prep_before(ctx.doc, first)
    if m.start > 0 and doc[m.start - 1].lower_.startswith("kein"):
        return False  # "kein NATO-Partner hat … geliefert"
    if vocative(doc, m):
        return False  # "Herr Lindner, Polen fordert …": the person addressed
    if _reproached(doc, m):
        return False  # "Kritiker werfen Scholz vor, die Lieferung zu verschleppen": the one reproached
    if any(doc[k].lower_ in ("darunter", "einschließlich", "inklusive") and doc[k - 1].text == ","
           for k in range(cue.i + 1, m.start)):
        return False  # "… Jachten beschlagnahmt, darunter die „Lady M“ des Magnaten X": examples of the object
    if _object_apposition(doc, m):
        return False  # "hat den Besitzer des FC Chelsea, Roman Abramowitsch, auf die Sanktionsliste gesetzt"
    if compared(doc, m):
        return False  # "Wie Scholz lehnt auch Macron … ab": the subject comes after the verb (see likewise)
    if m.start >= 2 and doc[m.start - 1].lower_ == "als" and doc[m.start - 2].lower_ == "anders":
        return False  # "Anders als Kanzler Scholz fordert Merz …": the one contrasted
    if m.kind == "capital" and prep == "in":
        lo, hi = clause_bounds(doc, m.start)
        if m.start - 1 == lo and any(t.lower_ == "man" for t in doc[m.end:hi]):
            return True
    # "die Veranstalter vom Netzwerk X", "Vertreter der Bundesregierung": the members speak for X
    members = lex.member_nouns if lex is not None else frozenset()
    k = m.start - 1
    while k > doc[m.start].sent.start and doc[k].tag_ in ("ART", "CARD") and not (
            doc[k].lower_ in ("der", "des") and doc[k - 1].text in members):  # "Antrag der Ampel-Koalition"
        k -= 1
    # "für einen Antrag der Ampel-Fraktionen von SPD, Grünen und FDP": through the factions to the parties
    while doc[k].lower_ in ("vom", "von") and k > 1 and doc[k - 1].text.lower().endswith(("fraktion", "fraktionen")) \
            and doc[k - 2].lower_ in ("der", "des", "von", "vom"):
        k -= 2
    if doc[k].text in members and k + 1 < m.start and doc[k + 1].lower_ in ("der", "des"):
        k += 1  # "die Staats- und Regierungschefs der EU": the article was skipped above
    if doc[k].lower_ in ("vom", "von", "der", "des") and k > 0 and doc[k - 1].text in members:
        head_prep, head_gen = prep_before(doc, Mention(k - 1, k, None, "Group", "group"))
        if head_prep == "unter" and doc[k - 2].lower_ in ("anderem", "anderen"):
            head_prep = None  # "stimmten unter anderem Abgeordnete der AfD": an adverb, no preposition
        # "die Veranstalter vom Netzwerk X" (subject) or "für den Antrag von X stimmen" (the cue's own object)
        return not head_gen and (head_prep is None or head_prep == cue.cue.prep)
    if genitive:
        return False
    if m.type == "Person" and doc[m.end - 1].text.endswith(("s", "'")) and m.end + 1 < len(doc) and doc[m.end].tag_ == "NN" \
            and any(x.start == m.end + 1 and x.type == "Person" and x.actor != m.actor for x in ctx.mentions):
        return False  # "Macrons Herausforderin Marine Le Pen sieht das kritisch": the possessor of the title
    if prep is None and m.start > 0 and doc[m.start - 1].lower_ == "der" and _feminine_name(doc[m.end - 1].text):
        return False  # "will der Ukraine Rüstungsgüter finanzieren": a feminine name after "der" is no subject
    if prep is not None:
        return passive and prep in GROUP_HOLDER_PREP
    return True


# names that take the feminine article ("die Ukraine", "die Nato"): after "der" they are dative or genitive
_FEMININE_NAMES = frozenset({"eu", "nato", "uno", "un", "union", "allianz", "schweiz", "ukraine", "kommission", "eu-kommission",
                             "bundeswehr", "opposition", "koalition", "ampel", "ampel-koalition", "g7"})


def _feminine_name(word: str) -> bool:
    low = word.lower()
    return low in _FEMININE_NAMES or low.endswith(("ung", "ei", "ion", "ität"))
