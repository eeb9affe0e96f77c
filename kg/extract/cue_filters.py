"""Cue filters: predicates that tell the sentence loop a cue states no stance here - a topic on the agenda, a
yes/no question, a hypothetical description, what a proposal would take, a stance noun's topic, a cue
inside a complement or attribute that belongs to something else.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract.speech import KONJUNKTIV_II, QUOTE
from kg.extract.targets import PROPOSAL_NOUNS
from kg.lexicon import Lexicon
from kg.nlp.clauses import DASHES, clause_bounds, finite_verb
from kg.nlp.cues import CueMatch
from kg.nlp.proposals import ProposalMention

__all__ = ["means_explained", "after_ohne", "generic_antecedent", "after_colon", "first_word_index",
           "hypothetical_description", "agenda", "comparative_manner", "attributive_infinitive", "complement", "asks",
           "polar_question", "TOPIC_PREPS", "stance_topic", "other_topic", "reference"]


_MEANS_VERBS = frozenset({"heißt", "heiße", "hieße", "bedeutet", "bedeute", "bedeuten", "würde", "hieße"})


def means_explained(doc: Doc, lo: int, hi: int, props: list[ProposalMention]) -> bool:
    """A proposal as the subject of a Konjunktiv II clause followed by an "indem" clause: "Eine
    Flugverbotszone müsste durchgesetzt werden, indem man russische Flugzeuge abschießt" explains what
    the proposal would take; it demands nothing (but "Die EU müsste Sanktionen verhängen, indem …",
    with the proposal as object, is a demand). So does an infinitive that "heiße"/"bedeute" explains."""
    # "…, und das heiße/bedeute, russische Flugzeuge abzuschießen": the same explanation, in reported speech
    if hi + 1 < len(doc) and doc[hi].text == "," and doc[hi + 1].lower_ in _MEANS_VERBS - {"würde"} \
            and finite_verb(doc, lo, hi) is None and any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[lo:hi]):
        return True  # "Eine Flugverbotszone durchzusetzen, heiße aber, russische Flugzeuge abzuschießen": the infinitive
        # is what the explanation is about
    inf = next((t.i for t in doc[lo:hi] if t.tag_ == "VVIZU"), None)
    if inf is not None and inf + 1 < hi and doc[inf + 1].lower_ in _MEANS_VERBS - {"würde"} and finite_verb(doc, lo, inf) is None:
        return True  # "Eine Flugverbotszone durchzusetzen hieße, russische Kampfjets abzuschießen" (no comma)
    if hi + 1 < len(doc) and doc[hi].text == "," and doc[hi + 1].lower_ in ("wenn", "falls") \
            and any(t.lower_ == "nur" for t in doc[lo:hi]):
        # "Eine Flugverbotszone lasse sich nur durchsetzen, wenn NATO-Flugzeuge …": the condition it would take
        fin = next((t for t in doc[lo:hi] if t.tag_.endswith("FIN")), None)
        if fin is not None and any(lo <= p.start < fin.i for p in props):
            return True
    means = next((c for c in range(lo, min(hi + 1, len(doc) - 3)) if doc[c].text == "," and doc[c + 1].lower_ == "und"
                  and doc[c + 2].lower_ in ("das", "dies") and doc[c + 3].lower_ in _MEANS_VERBS), None)
    if means is not None:
        hi = means
    elif hi + 1 >= len(doc) or doc[hi].text != "," or doc[hi + 1].lower_ != "indem":
        return False
    fin = next((t for t in doc[lo:hi] if t.tag_.endswith("FIN")), None)
    if fin is None or fin.lower_ not in KONJUNKTIV_II | {"müsse", "müssen"}:
        return False
    return any(lo <= p.start < fin.i for p in props) and not any(
        t.tag_ in ("NE", "PPER") or (t.tag_ == "NN" and not any(p.start <= t.i < p.end for p in props))
        for t in doc[lo:fin.i])


def after_ohne(doc: Doc, i: int) -> bool:
    """A noun governed by "ohne": "ohne Zustimmung Russlands", "ohne die Unterstützung der USA"."""
    k = i - 1
    while k >= 0 and doc[k].tag_ in ("ART", "ADJA", "PPOSAT", "PIAT"):
        k -= 1
    return k >= 0 and doc[k].lower_ == "ohne"


def generic_antecedent(doc: Doc, lo: int) -> bool:
    """A relative clause about anyone at all: "Jedes Land, das …", "alle, die …", "Wer …"."""
    if lo < 2 or doc[lo - 1].text != ",":
        return False
    k = lo - 2
    while k > doc[lo].sent.start and doc[k].tag_ in ("NN", "ADJA", "NE"):
        k -= 1
    return doc[k].lower_.startswith(("jede", "jeder", "jedes", "jedem", "jeden", "alle", "jegliche", "sämtliche"))


def after_colon(doc: Doc, lo: int) -> bool:
    """The clause at ``lo`` follows a colon, perhaps with an opening quotation mark: 'meint: „Wer …'."""
    k = lo - 1
    while k > 0 and doc[k].text in QUOTE:
        k -= 1
    return k >= 0 and doc[k].text == ":"


def first_word_index(sent: Span) -> int:
    return next((t.i for t in sent if not t.is_space and t.text not in QUOTE), sent.start)


def hypothetical_description(doc: Doc, lo: int, hi: int, i: int, props: list[ProposalMention]) -> bool:
    """Cue ``i`` sits in a relative clause in Konjunktiv II right after a proposal, which says what the
    proposal would do or need, not who wants it: "Eine Flugverbotszone, die Nato-Piloten zum Abschuss
    verpflichten würde, wäre …" (the tagger often reads the relative pronoun as an article, so the clause
    may begin earlier). "Die Flugverbotszone, die Selenskyj fordert" (indicative) keeps its holder."""
    rel = next((r for r in range(i, max(lo, 2) - 1, -1) if doc[r - 1].text == ","
                and doc[r].lower_ in ("der", "die", "das", "welche", "welcher", "welches")), None)
    if rel is None or not any(p.end == rel - 1 for p in props):
        return False
    end = next((t.i for t in doc[i:hi] if t.text == ","), hi)
    return any(t.lower_ in KONJUNKTIV_II and t.tag_.endswith("FIN") for t in doc[rel:end])


def agenda(doc: Doc, lo: int, hi: int) -> bool:
    """"Es geht um …", "soll es um … gehen": the clause names what is discussed, not a stance on it."""
    words = [t for t in doc[lo:hi]]
    return any(t.lower_ == "es" for t in words) and any(t.lower_ == "um" for t in words) \
        and any((t.lemma_ or "").lower() == "gehen" for t in words)


def comparative_manner(doc: Doc, cue: CueMatch, lo: int, hi: int) -> bool:
    """A comparative adjective as the manner of a reaction verb: only more cautious (critical, open)
    than someone else, which states no stance of its own."""
    t = doc[cue.i]
    lemma = (t.lemma_ or "").lower()
    if t.tag_ != "ADJD" or not (t.lower_ == lemma + "er" or t.lower_ == lemma + "r"):
        return False
    return any((x.lemma_ or "").lower() in ("äußern", "zeigen", "reagieren", "geben", "klingen") for x in doc[lo:hi])


def attributive_infinitive(doc: Doc, sent: Span, lo: int, hi: int, cues: list[CueMatch], lex: Lexicon) -> bool:
    """The zu-infinitive clause with the cue belongs to a noun, not to a verb: the segment before it is a
    verbless noun phrase ("die Möglichkeiten der Bundeswehr, Waffen abzugeben, …") without an explicit
    stance noun of its own ("die Bereitschaft, Waffen zu liefern" is one)."""
    comma = next((t.i for t in doc[lo:hi] if t.text == ","), None)
    if comma is not None and comma > lo:
        ilo, plo, phi = comma + 1, lo, comma  # the chunker keeps "NP, … zu VERB" in one clause
    elif lo - 2 >= sent.start and doc[lo - 1].text == ",":
        ilo = lo
        plo, phi = clause_bounds(doc, lo - 2)
        phi = min(phi, lo - 1)
    else:
        return False
    seg = doc[ilo:hi]
    if finite_verb(doc, ilo, hi) is not None or not any(t.tag_ in ("PTKZU", "VVIZU") for t in seg):
        return False
    if doc[phi - 1].tag_ not in ("NN", "NE") or any(t.tag_.startswith("V") for t in doc[plo:phi]):
        return False
    if doc[plo].tag_ not in ("ART", "PDAT", "PPOSAT", "PIAT", "ADJA"):
        return False  # "…, Polen, Waffen zu liefern": no noun phrase with a determiner opening the segment
    if any(t.text in lex.complement_nouns for t in doc[plo:phi]):
        return False  # "die Ankündigung der Bundesregierung, Panzer liefern zu lassen": its owner holds it
    return not any(c.strength == 2 and plo <= c.i < phi for c in cues)


def complement(doc: Doc, lo: int, hi: int, other: tuple[int, int]) -> bool:
    """``other`` is the zu-infinitive or dass-clause right after the clause ``lo:hi``."""
    olo, ohi = other
    if not hi <= olo <= hi + 1:
        return False
    if doc[olo].lower_ in ("um", "ohne", "statt", "anstatt"):
        return False  # "Die Ukraine brauche schwere Waffen, um Massaker zu verhindern": a purpose, no complement
    return doc[olo].lower_ == "dass" or (finite_verb(doc, olo, ohi) is None and any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[olo:ohi]))


def asks(sent: Span) -> bool:
    """The sentence ends in a question mark, perhaps inside closing quotation marks."""
    return sent.text.strip().rstrip("".join(QUOTE) + "'*").rstrip().endswith("?")


def polar_question(doc: Doc, sent: Span, lo: int, hi: int) -> bool:
    """The main clause of a yes/no question: "Die Gewerkschaften unterstützen aber die Sanktionen?",
    "Unterstützen Sie ein Embargo?", "Frage: Liefert Deutschland Panzer?". It asks whether the stance
    is held; a clause inside it still reports one ("…, wie sie Kiew fordert?"), and a W-question
    ("Warum lehnt die Regierung … ab?") presupposes its stance."""
    dash = lo > sent.start and doc[lo - 1].text in DASHES  # "«Panzer für Kiew – zögert Deutschland zu lange?»"
    if not (lo <= first_word_index(sent) or after_colon(doc, lo) or dash or doc[lo].lower_ in ("und", "aber", "oder")):
        return False
    if lo > first_word_index(sent) and not after_colon(doc, lo) and doc[lo - 1].text not in (",", "-", "–"):
        return False
    rel = next((k for k in range(lo, hi - 1) if doc[k].text == "," and doc[k + 1].lower_ in ("der", "die", "das", "den", "dem")), None)
    if rel is not None and not any(t.tag_.endswith("FIN") for t in doc[lo:rel]):
        return False  # "Und die Flugverbotszone, die Selenskyj seit Wochen fordert?": a relative clause reports it
    return not any(t.tag_ in ("PWAV", "PWS", "PWAT") for t in sent)


TOPIC_PREPS = frozenset({"zu", "zum", "zur", "bei", "beim", "in"})


def stance_topic(doc: Doc, cue: CueMatch, props: list[ProposalMention], lo: int, hi: int, lex: Lexicon,
                 cue_at: set[int]) -> bool:
    """A verb whose object is a stance noun with the proposal only as its topic: "Habeck verteidigt
    Haltung zum Energieembargo", "hat ihre Position in der Frage der Waffenlieferungen bekräftigt",
    "überdenkt ihren Kurs bei den Sanktionen" (stance_topic_nouns.txt). The verb says nothing of which
    stance; a stance adjective on the noun still does ("seinen zurückhaltenden Kurs bei …")."""
    own = [p for p in props if lo <= p.start < hi and not p.start <= cue.i < p.end]
    if not own:
        return False
    for p in own:
        k = p.start - 1
        while k > lo and (doc[k].tag_ in ("ART", "ADJA", "PPOSAT", "PIAT") or doc[k].lower_ in ("frage", "thema")
                          and doc[k].tag_ == "NN"):
            k -= 1
        if doc[k].lower_ not in TOPIC_PREPS:
            return False
        n = k - 1  # the stance noun, perhaps with its genitive: "die Haltung der Regierung zu …"
        while n > lo and doc[n].text not in lex.stance_topic_nouns and k - n < 5 and doc[n].tag_ in ("NN", "NE", "ART", "ADJA"):
            n -= 1
        if n < lo or doc[n].tag_ != "NN" or doc[n].text not in lex.stance_topic_nouns:
            return False
        if doc[n - 1].tag_ == "ADJA" and n - 1 in cue_at:
            return False  # "ihre ablehnende Haltung zu …": the adjective is the stance (not "eine klare Haltung")
    return True


def other_topic(doc: Doc, cue: CueMatch, props: list[ProposalMention]) -> bool:
    """An argument that implies its proposal in a clause that names another one: "will Waffen für ein Land
    im Krieg finanzieren" is no argument about the embargo."""
    if not cue.cue.implies:
        return False
    lo, hi = clause_bounds(doc, cue.i)
    own = [p.key for p in props if lo <= p.start < hi]
    return bool(own) and cue.cue.implies not in own


def reference(doc: Doc, cue: CueMatch) -> bool:
    """A proposal noun without an owner that names the thing acted on ("den Vorschlag einbringen"), or an
    attributive participle without its agent ("muss die zugesagten Panzerhaubitzen liefern")."""
    if cue.cue.pos == "verb" and doc[cue.i].tag_ == "ADJA" and cue.i + 1 < len(doc) and doc[cue.i + 1].tag_ in ("NN", "NE"):
        k = cue.i - 1
        while k > 0 and doc[k].tag_ in ("CARD", "ADV", "ADJA") and cue.i - k <= 3:
            k -= 1  # "der 90 zugesagten Haubitzen", "die bereits zugesagten Panzer"
        if k >= 0 and doc[k].tag_ in ("ART", "PPOSAT", "PIAT", "PIDAT"):
            return True
    return cue.cue.pos == "noun" and doc[cue.i].lower_ in PROPOSAL_NOUNS and cue.i > 0 and doc[cue.i - 1].tag_ == "ART"
