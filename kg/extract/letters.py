"""Open letters: the sentences that state what a letter says, agreeing with or criticising the letter, and the
signatories who hold its stances.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract.context import DocContext, sentence_span
from kg.extract.holder_query import Discourse
from kg.extract.polarity import opposite
from kg.lexicon import Lexicon
from kg.records import Position

__all__ = ["about_the_letter", "letter_stances", "quotes_letter", "signatories"]


def letter_stances(letter: list[tuple[int, str, str]], k: int) -> dict[str, str]:
    """The stance of an open letter on each proposal as told nearest before sentence ``k`` (or, if none is
    told before it, nearest after it): an article about a letter and a counter-letter keeps them apart."""
    out: dict[str, str] = {}
    for key in sorted({x[1] for x in letter}):
        told = [x for x in letter if x[1] == key]
        before = [x for x in told if x[0] <= k]
        out[key] = (max(before, key=lambda x: x[0]) if before else min(told, key=lambda x: x[0]))[2]
    return out


def about_the_letter(ctx: DocContext, lex: Lexicon, letter: list[tuple[int, str, str]], results: list[Position]) -> list[Position]:
    """'Zustimmung kam von X, die den Brief teilte', 'Y kritisierte den Appell': agreeing with a letter is
    taking its stance, criticising it the opposite (not a stance on the proposal the article is about)."""
    doc = ctx.doc
    out = []
    for pos in results:
        k = next((i for i, s in enumerate(ctx.sents) if s.start_char <= pos.evidence.start < s.end_char), None)
        sent = ctx.sents[k] if k is not None else None
        stance = letter_stances(letter, k) if k is not None else {}
        if sent is None or pos.proposal not in stance or not any(t.text in lex.letter_nouns for t in sent):
            out.append(pos)
            continue
        if quotes_letter(doc, sent, lex):
            out.append(pos)  # the letter's own words
            continue
        agrees = pos.cue.split(" …")[0].lower().startswith(_AGREE)
        rejects = pos.cue.split(" …")[0].lower().startswith(_DISAGREE)
        if not (agrees or rejects):
            out.append(pos)
            continue
        pol = stance[pos.proposal] if agrees else opposite(stance[pos.proposal])
        out.append(Position(pos.holder, pos.proposal, pol, pos.evidence, pos.cue, pos.confidence))
    return out


_AGREE = ("zustimmung", "unterstütz", "begrüß", "teilt", "geteilt", "lob", "beifall", "rückendeckung")
_DISAGREE = ("kritik", "kritisier", "widerspr", "ablehn", "lehnt", "zurückgewiesen", "zurückweis", "verurteil", "empörung")


def quotes_letter(doc: Doc, sent: Span, lex: Lexicon) -> bool:
    """A sentence that states what a letter says: "In einem offenen Brief warnen …", "…, heißt es in dem Schreiben"."""
    return any(t.text in lex.letter_nouns and any(doc[k].lower_ in ("in", "im") for k in range(max(sent.start, t.i - 4), t.i))
               for t in sent)


def signatories(ctx: DocContext, h: Discourse, lex: Lexicon, letter: list[tuple[int, str, str]],
                results: list[Position]) -> list[Position]:
    """'Zu den Unterzeichnern gehören X, Y und Z', 'Initiiert wurde der Brief von X': the people named
    as a letter's signatories or initiators hold the stances stated in the letter."""
    doc = ctx.doc
    have = {(p.holder, p.proposal, p.polarity) for p in results}
    out: list[Position] = []
    for k, sent in enumerate(ctx.sents):
        if not any(t.text in lex.signatory_words for t in sent) or sent.text.strip().endswith("?"):
            continue
        stances = sorted(letter_stances(letter, k).items())
        # "Zu den Unterzeichnern gehören X, Y": the people after the noun (not "X nannte die Unterzeichner …");
        # "X und Y haben den Brief unterzeichnet", "Initiiert wurde er von X": the people around the participle
        word = next(t for t in sent if t.text in lex.signatory_words)
        after = word.text[:1].isupper() and word.tag_.startswith("N")
        people = [m for m in ctx.mentions_in(word.i + 1 if after else sent.start, sent.end)
                  if m.type == "Person" and m.actor and m.kind in ("name", "role_name", "alias", "surname")]
        for m in people:
            for label in h.resolve(m):
                for key, pol in stances:
                    if (label, key, pol) not in have:
                        have.add((label, key, pol))
                        out.append(Position(label, key, pol, sentence_span(doc, sent), "Unterzeichner", 0.6))
    return out
