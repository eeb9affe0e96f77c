"""Verdicts: stances stated without a stance cue of the holder's own - "Kampfpanzer nein", verbless headline
items ("Scholz gegen Kampfjets"), a dismissed "wer" clause, and "zu Recht" / "zu Unrecht" on a reported stance.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract.carried import after_wie
from kg.extract.context import DocContext, cue_text, sentence_span
from kg.extract.holder_query import Discourse
from kg.extract.polarity import opposite
from kg.extract.speech import SpeechFrame, prep_before
from kg.lexicon import Lexicon
from kg.nlp.clauses import clause_bounds, piece_bounds
from kg.nlp.cues import CueMatch
from kg.nlp.proposals import ProposalMention
from kg.records import Position

__all__ = ["verdict", "yes_no", "answered", "suppliers", "delivery_agents", "verbless", "rebutted", "agreement"]


def verdict(doc: Doc, sent: Span, p: ProposalMention) -> str | None:
    """The polarity of a bare "ja"/"nein" right after a proposal ("Kampfpanzer nein"), not of "Ja zu …"."""
    if p.end >= sent.end or doc[p.end].lower_ not in ("ja", "nein"):
        return None
    if p.end + 1 < sent.end and doc[p.end + 1].lower_ in ("zu", "für", "gegen"):
        return None
    return "for" if doc[p.end].lower_ == "ja" else "against"


def yes_no(ctx: DocContext, sent: Span, props: list[ProposalMention], frame: SpeechFrame | None, voice: str | None,
           h: Discourse) -> list[Position]:
    """'Ausrüstung ja, Kampfpanzer nein', 'Gas nein, Öl ja': a proposal followed by a bare "ja"/"nein" (not "Ja
    zu …") is the verdict of the speaker, the voice of the piece, or the subject before a colon."""
    doc = ctx.doc
    out: list[Position] = []
    for p in props:
        pol = verdict(doc, sent, p)
        if pol is None or p.negated:
            continue
        holders = [a for m in frame.speakers for a in h.resolve(m)] if frame and frame.speakers and not frame.source_only else []
        if not holders and voice:
            holders = [voice]
        if not holders:
            colon = next((t.i for t in sent if t.text == ":" and t.i < p.start), None)
            if colon is not None:
                holders = [a for m in ctx.mentions_in(sent.start, colon) if m.holder_eligible and m.type != "Place"
                           and m.kind != "adjective" and prep_before(doc, m) == (None, False) for a in h.resolve(m)][:1]
        for a in holders:
            out.append(Position(a, p.key, pol, sentence_span(doc, sent), doc[p.end].text, 0.8))
    return out


# the first word of an answer that says yes or no to the question before it
_YES = frozenset({"ja", "jawohl", "natürlich", "selbstverständlich", "unbedingt", "absolut", "klar", "sicher"})
_NO = frozenset({"nein", "keinesfalls", "niemals", "nie"})


def _answer_word(doc: Doc, sent: Span) -> str | None:
    """"Röttgen: Ja, und zwar so schnell wie möglich." -> "for"; "Nein." / "Auf keinen Fall." -> "against"."""
    toks = [t for t in sent if not t.is_space and t.text.strip("*_")]
    colon = next((n for n, t in enumerate(toks[:6]) if t.text == ":"), None)
    rest = toks[colon + 1:] if colon is not None else toks
    words = [t.lower_ for t in rest[:3]]
    if not words or (len(words) > 1 and words[1] in ("zu", "für", "gegen")) or "aber" in words:
        return None  # "Ja zu …" has its own object; "Ja, aber …" hedges
    if words[:3] == ["auf", "keinen", "fall"]:
        return "against"
    if words[:3] == ["auf", "jeden", "fall"]:
        return "for"
    if words[0] in _YES and (len(words) == 1 or words[1] in (",", ".", "!", "–", "-", "und")):
        return "for"
    if words[0] in _NO and (len(words) == 1 or words[1] in (",", ".", "!", "–", "-")):
        return "against"
    return None


def answered(ctx: DocContext, k: int, voice: str | None, question: int | None, cues: list[CueMatch]) -> list[Position]:
    """An interviewee's "Ja" or "Nein" to the interviewer's question about a proposal ("Frage: Soll Deutschland
    Kampfpanzer liefern? Röttgen: Ja, und zwar so schnell wie möglich."): for or against what was asked.
    A question that already states a stance ("Lehnen Sie ein Embargo ab?") turns the answer with it."""
    if voice is None or question is None:
        return []
    doc = ctx.doc
    sent, asked = ctx.sents[k], ctx.sents[question]
    pol = _answer_word(doc, sent)
    if pol is None or not asked.text.strip().endswith("?"):
        return []
    props = ctx.proposals_in(asked.start, asked.end)
    if len({p.key for p in props}) != 1:
        return []  # none asked about, or several: the answer does not say which
    explicit = [c for c in cues if asked.start <= c.i < asked.end and c.strength == 2]
    if explicit and explicit[0].polarity == "against":
        pol = opposite(pol)  # "Lehnen Sie ein Gasembargo ab? – Ja."
    if props[0].negated:
        pol = opposite(pol)  # "Sollte Deutschland keine Panzer liefern? – Nein."
    return [Position(voice, props[0].key, pol, sentence_span(doc, sent), doc[sent.start].text, 0.75)]


_RECEIVE = frozenset({"erhalten", "bekommen", "empfangen"})


def suppliers(ctx: DocContext, sent: Span, props: list[ProposalMention], lex: Lexicon) -> list[Position]:
    """"Die Ukraine erhält Panzerhaubitzen aus Deutschland und den Niederlanden": the weapons a recipient
    receives "aus"/"von" a state or organisation are that supplier's delivery."""
    doc = ctx.doc
    verb = next((t for t in sent if t.tag_ == "VVFIN" and (t.lemma_ or "").lower() in _RECEIVE), None)
    if verb is None:
        return []
    lo, hi = clause_bounds(doc, verb.i)
    keys = sorted({p.key for p in props if p.key in lex.weapon_keys() and lo <= p.start < hi and not p.negated})
    if len(keys) != 1:
        return []
    out = []
    named = ctx.mentions_in(verb.i + 1, hi)
    inside = {x for m in named for x in range(m.start, m.end)}
    for m in named:
        if m.type not in ("Country", "Organisation") or not m.actor or m.kind in ("adjective", "prefix"):
            continue
        k = m.start - 1
        while k > verb.i and (doc[k].tag_ == "ART" or doc[k].lower_ in (",", "und", "sowie") or k in inside):
            k -= 1  # "aus Deutschland und den Niederlanden": the enumeration shares the preposition
        if doc[k].lower_ in ("aus", "von", "vom") and any(p.key == keys[0] and p.end <= k for p in props):
            out.append(Position(m.actor, keys[0], "for", sentence_span(doc, sent), verb.text, 0.6))
    return out


def delivery_agents(ctx: DocContext, sent: Span, props: list[ProposalMention], lex: Lexicon) -> list[Position]:
    """"Die Regierung genehmigte die Weitergabe von Haubitzen aus DDR-Beständen durch Estland": the agent
    of handing the weapons on ("durch" a state or organisation) delivers them (handing_on in kg/data/packages.tsv)."""
    doc = ctx.doc
    out = []
    for m in ctx.mentions_in(sent.start, sent.end):
        if m.type not in ("Country", "Organisation") or not m.actor or m.kind in ("adjective", "prefix", "place"):
            continue
        k = m.start - 1
        while k > sent.start and doc[k].tag_ == "ART":
            k -= 1
        if doc[k].lower_ != "durch":
            continue
        before = [p for p in props if p.key in lex.weapon_keys() and not p.negated and p.end <= k and k - p.end <= 4]
        lo, _ = clause_bounds(doc, k)
        if not before or not any((t.lemma_ or "").lower() in lex.handing_on_nouns or t.lower_ in lex.handing_on_nouns
                                 for t in doc[lo:before[-1].start]):
            continue
        out.append(Position(m.actor, before[-1].key, "for", sentence_span(doc, sent), "durch", 0.6))
    return out


def verbless(ctx: DocContext, sent: Span, h: Discourse) -> list[Position]:
    """Headline items without a verb: 'Litauen für Energieembargo, Berlin dagegen', 'Scholz gegen
    Kampfjets', 'Baerbock für schwere Waffen, Scholz zögert' (only pieces without a finite verb)."""
    doc = ctx.doc
    out = []
    props = ctx.proposals_in(sent.start, sent.end)
    for m in ctx.mentions_in(sent.start, sent.end):
        if not m.holder_eligible or m.type == "Place" or m.kind == "adjective" or m.end >= sent.end:
            continue
        plo, phi = piece_bounds(doc, m.start)
        if any(t.tag_.endswith("FIN") for t in doc[plo:phi]):
            continue
        nxt = doc[m.end].lower_
        if nxt == ":":
            # "Baerbock: Kein Ölembargo"
            found = [p for p in props if m.end < p.start <= m.end + 4 and p.negated]
            for p in found:
                for label in h.resolve(m):
                    out.append(Position(label, p.key, "against", sentence_span(doc, sent), "Kein", 0.8))
            continue
        if nxt in ("für", "gegen"):
            lo, hi = clause_bounds(doc, m.end)
            found = [p for p in props if m.end < p.start < hi]
            pol = "for" if nxt == "für" else "against"
        elif nxt in ("dafür", "dagegen") and (m.end + 1 >= sent.end or doc[m.end + 1].is_punct or doc[m.end + 1].is_space):
            found = [p for p in props if p.start < m.start][-1:]
            pol = "for" if nxt == "dafür" else "against"
        else:
            continue
        for p in found:
            p_pol = pol if not p.negated else ("against" if pol == "for" else "for")
            for label in h.resolve(m):
                out.append(Position(label, p.key, p_pol, sentence_span(doc, sent), doc[m.end].text, 0.8))
    return out


def rebutted(ctx: DocContext, cue: CueMatch, sent: Span, lo: int, hi: int, props: list[ProposalMention],
             voice: str | None, frame: SpeechFrame | None, h: Discourse, lex: Lexicon) -> list[Position]:
    """'Wer jetzt eine Flugverbotszone fordert, verkennt, was das bedeuten würde': the writer (or the
    speaker) dismisses the stance of the "wer" clause and so holds the opposite. An example named in it
    ("Wer wie Michael Kretschmer ein Embargo ablehnt, …") holds the stance itself."""
    doc = ctx.doc
    found = [p for p in props if lo <= p.start < hi]
    # (an act counts too: "Wer jetzt immer mehr Waffen in die Ukraine schickt, verlängert den Krieg")
    if not found or (cue.strength < 2 and not (cue.cue.pos == "verb" and cue.cue.words[0] not in (
            "wollen", "müssen", "sollen", "können", "dürfen"))):
        return []
    main = [t for t in doc[hi:sent.end] if not t.is_punct]
    # "verkennt …", "hat nichts verstanden" dismiss the stance; "irrt nicht" agrees with it
    words = {(t.lemma_ or "").lower() for t in main} | {t.lower_ for t in main}
    # "+w": only with an interrogative clause after it ("muss auch sagen, wie weit er gehen will")
    q = next((t.i for t in main if (t.tag_ in ("PWAV", "PWS", "PWAT") or t.lower_ == "ob") and doc[t.i - 1].text == ","), None)
    head = {(t.lemma_ or "").lower() for t in main if q is not None and t.i < q} | {
        t.lower_ for t in main if q is not None and t.i < q}
    plain = [r.split() for r in lex.rebuttals if "+w" not in r.split() and all(w in words for w in r.split())]
    asking = [[w for w in r.split() if w != "+w"] for r in lex.rebuttals
              if "+w" in r.split() and all(w in head for w in r.split() if w != "+w")]
    matched = plain + asking
    own = {w for r in matched for w in r}
    # a negation in the clause denies the dismissal ("irrt nicht"); for a challenge only one before its
    # question counts ("solle auch sagen, wer die Folgen trage: … nicht die Talkshowgäste")
    scope = main if plain else [t for t in main if q is not None and t.i < q]
    rebuts = bool(matched) and not any(t.lower_ in lex.negations and t.lower_ not in own for t in scope)
    out = []
    speakers = [a for m in frame.speakers for a in h.resolve(m)] if frame is not None and frame.speakers and not frame.source_only else []
    holders = speakers or ([voice] if voice else [])
    exemplars = [m.actor for m in ctx.mentions_in(lo, hi) if m.actor and m.kind != "pronoun" and after_wie(doc, lo, m.start)]
    span = sentence_span(doc, sent)
    for p in found:
        pol = cue.polarity if not p.negated else opposite(cue.polarity)
        for a in exemplars:
            out.append(Position(a, p.key, pol, span, cue_text(doc, cue), 0.7))
        if rebuts:
            for a in holders:
                if a not in exemplars:
                    out.append(Position(a, p.key, opposite(pol), span, cue_text(doc, cue), 0.6))
    return out


def agreement(doc: Doc, sent: Span) -> str | None:
    """"zu Recht" / "hat recht": the speaker agrees with the stance reported ("for" = shares it);
    "zu Unrecht": disagrees ("against" = holds the opposite)."""
    toks = [t for t in sent if not t.is_space]
    for a, b in zip(toks, toks[1:]):
        if a.lower_ == "zu" and b.lower_ == "recht":
            return "for"
        if a.lower_ == "zu" and b.lower_ == "unrecht":
            return "against"
        if b.lower_ == "recht" and (a.lemma_ or "").lower() == "haben" and b.tag_ != "NN":
            return "for"
    return None
