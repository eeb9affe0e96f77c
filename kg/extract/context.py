"""Per-article analysis shared by the extractors: sentences, paragraphs, quotes, mentions."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from kg.nlp.cues import CueMatch
from kg.nlp.mentions import Mention
from kg.nlp.proposals import ProposalMention
from kg.records import TextSpan

__all__ = ["DocContext", "sentence_span", "cue_text"]

_OPEN = {"„", "»"}
_CLOSE = {"“", "”", "«"}


def _guillemet(t) -> str | None:
    """Whether a guillemet opens or closes a quotation, by its spacing: German »…« and Swiss or
    agency style «…» both occur. "open" after a space (or at the start) and before a word, "close"
    right after a word; None when the spacing does not tell (then German use decides)."""
    if t.text not in ("»", "«"):
        return None
    doc = t.doc
    before_space = t.i == 0 or bool(doc[t.i - 1].whitespace_) or doc[t.i - 1].is_space or doc[t.i - 1].text in "([–-:"
    after_word = not t.whitespace_ and t.i + 1 < len(doc) and not doc[t.i + 1].is_punct and not doc[t.i + 1].is_space
    if before_space and after_word:
        return "open"
    if not before_space and not after_word:
        return "close"
    return None


@dataclass
class DocContext:
    doc: Doc
    date: str
    mentions: list[Mention]
    proposals: list[ProposalMention]
    cues: list[CueMatch]
    sents: list[Span] = field(default_factory=list)
    para: list[int] = field(default_factory=list)        # paragraph number per sentence
    in_quote: list[bool] = field(default_factory=list)   # per token
    quote_open_at_start: list[bool] = field(default_factory=list)  # per sentence: inside a quote begun earlier
    quote_open_at_end: list[bool] = field(default_factory=list)    # per sentence: a quote is still open
    registry: object = None

    def __post_init__(self) -> None:
        self.sents = list(self.doc.sents)
        p = 0
        for k, s in enumerate(self.sents):
            if k > 0 and "\n" in self.sents[k - 1].text:
                p += 1
            self.para.append(p)
        # quotes may run over several sentences of a paragraph: „… . … “
        inside_para, para = False, -1
        for k, s in enumerate(self.sents):
            if self.para[k] != para:
                inside_para, para = False, self.para[k]
            self.quote_open_at_start.append(inside_para)
            for t in s:
                role = _guillemet(t)
                if role == "open" or (role is None and t.text in _OPEN):
                    inside_para = True
                elif role == "close" or (role is None and t.text in _CLOSE and t.text != "“"):
                    inside_para = False
                elif t.text in ('"', "“"):
                    inside_para = not inside_para
            self.quote_open_at_end.append(inside_para)
        self.in_quote = [False] * len(self.doc)
        for s in self.sents:
            inside = False
            for t in s:
                role = _guillemet(t)
                if role == "open" or (role is None and t.text in _OPEN) or (t.text == '"' and not inside):
                    inside = True
                    continue
                if role == "close" or (role is None and t.text in _CLOSE) or (t.text == '"' and inside):
                    inside = False
                    continue
                if t.text == "“" and not inside:
                    inside = True
                    continue
                self.in_quote[t.i] = inside

    def sent_index(self, token_i: int) -> int:
        for k, s in enumerate(self.sents):
            if s.start <= token_i < s.end:
                return k
        raise IndexError(token_i)

    def paragraph_of(self, token_i: int) -> int:
        return self.para[self.sent_index(token_i)]

    def own_paragraph(self, k: int) -> bool:
        """Sentence ``k`` is a paragraph of its own, with more text after it (a headline, a subheading, a
        live-blog entry's title)."""
        return (k == 0 or self.para[k - 1] != self.para[k]) and k + 1 < len(self.sents) and self.para[k + 1] != self.para[k]

    def mentions_in(self, lo: int, hi: int) -> list[Mention]:
        return [m for m in self.mentions if lo <= m.start and m.end <= hi]

    def proposals_in(self, lo: int, hi: int) -> list[ProposalMention]:
        return [p for p in self.proposals if lo <= p.start and p.end <= hi]


def sentence_span(doc: Doc, sent: Span) -> TextSpan:
    """The sentence as a text span without surrounding whitespace."""
    text = sent.text
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    start = sent.start_char + lead
    return TextSpan(start, start + len(body), body)


def cue_text(doc: Doc, cue: CueMatch) -> str:
    words = doc[cue.i].text if cue.j == cue.i else f"{doc[cue.i].text} … {doc[cue.j].text}"
    return words
