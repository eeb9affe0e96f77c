"""Article -> Extraction: runs the NLP pipeline and the extractors in order."""

from __future__ import annotations

from kg.article import Article
from kg.extract.context import DocContext
from kg.extract.events import extract_events
from kg.extract.positions import extract_positions
from kg.lexicon import Lexicon, load_lexicon
from kg.nlp.clauses import DASHES, NAME_DASHES
from kg.nlp.coref import resolve_mentions
from kg.nlp.cues import CueFinder
from kg.nlp.mentions import MentionFinder
from kg.nlp.pipeline import load_pipeline
from kg.nlp.proposals import ProposalFinder
from kg.records import ActorMention, Extraction, TextSpan

__all__ = ["Extractor", "extract_article"]


class Extractor:
    """A loaded pipeline and lexicon; call it on articles.

    >>> from kg.article import parse_article
    >>> ex = Extractor()
    >>> art = parse_article(" date 2022-03 Polen fordert eine NATO-Friedensmission.".encode(), "a.txt")
    >>> [(p.holder, p.polarity, p.proposal) for p in ex(art).positions]
    [('Polen', 'for', 'peace_mission')]
    """

    def __init__(self, lex: Lexicon | None = None) -> None:
        self.lex = lex or load_lexicon()
        self.nlp = load_pipeline()
        self.mentions = MentionFinder(self.nlp, self.lex)
        self.proposals = ProposalFinder(self.nlp, self.lex)
        self.cues = CueFinder(self.lex)

    def analyse(self, article: Article) -> DocContext:
        doc = self.nlp(article.text)
        raw = self.mentions(doc)
        # a dash inside a known name ("Deutsche Friedensgesellschaft – Vereinigte Kriegsdienstgegner") ends no clause
        doc.user_data[NAME_DASHES] = frozenset(k for m in raw if m.end - m.start > 2 for k in range(m.start + 1, m.end - 1)
                                               if doc[k].text in DASHES)
        props = self.proposals(doc)
        ctx = DocContext(doc, article.date, [], props, self.cues(doc, props))
        for m in raw:
            m.extra["in_quote"] = ctx.in_quote[m.start]
        ctx.mentions, ctx.registry = resolve_mentions(doc, raw, self.lex, ctx.paragraph_of)
        return ctx

    def __call__(self, article: Article) -> Extraction:
        ctx = self.analyse(article)
        positions = extract_positions(ctx, self.lex)
        events = extract_events(ctx, self.lex, positions)
        reg = ctx.registry
        for p in positions:
            if p.holder not in reg.info:
                reg.add(p.holder, self.lex.actors[p.holder].type if p.holder in self.lex.actors else "Group")
        mentions = tuple(
            ActorMention(m.actor, TextSpan(ctx.doc[m.start].idx, ctx.doc[m.end - 1].idx + len(ctx.doc[m.end - 1].text),
                                           ctx.doc[m.start:m.end].text), m.kind)
            for m in ctx.mentions if m.actor and m.type != "Place")
        places = tuple(sorted(reg.places | {e.place for e in events if e.place}))
        return Extraction(article, reg.actors(), mentions, tuple(positions), tuple(events), places)


def extract_article(article: Article) -> Extraction:
    """Extract with a shared default :class:`Extractor`."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT(article)


_DEFAULT: Extractor | None = None
