"""The German spaCy pipeline: blank tokenizer, sentence splitting, HanTa POS tags and lemmas.

No German spaCy model is installable here; HanTa (Hannover Tagger) ships its model inside
the PyPI package, so everything runs offline.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.symbols import ORTH
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["load_pipeline", "HantaTagger", "split_sentences"]

_ABBREV = frozenset({"dr", "prof", "nr", "bzw", "ca", "vgl", "z", "b", "u", "a", "usw", "etc", "st", "mio", "mrd",
                     "jh", "abs", "art", "sog", "inkl", "evtl", "ggf", "d", "h", "o", "gen", "min", "max", "bzgl"})
_OPEN_Q = frozenset({"„", "»", "«", "“"})
_CLOSE_Q = frozenset({"“", "”", "«", "»", '"', "'"})


_ACRONYM_DOT = re.compile(r"^[A-ZÄÖÜ][a-zäöü]+[A-ZÄÖÜ]+\.$")
# a type designation with a number ("MiG-29.", "T-72.", "S-300.") is no ordinal: its period ends the sentence
_DESIGNATION_DOT = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*-\d+\.$")


@Language.component("kg_acronym_period")
def split_acronym_period(doc: Doc) -> Doc:
    """'AfD.' and 'PiS.' at a sentence end are an acronym and a full stop, not an abbreviation; 'MiG-29.'
    is a type designation and a full stop, not an ordinal."""
    hits = [t for t in doc if _ACRONYM_DOT.match(t.text) or _DESIGNATION_DOT.match(t.text)]
    if hits:
        with doc.retokenize() as retok:
            for t in hits:
                retok.split(t, [t.text[:-1], "."], heads=[t, t])
    return doc


@Language.component("kg_sentences")
def split_sentences(doc: Doc) -> Doc:
    """Sentence starts: after a paragraph break, and after . ! ? (plus closing quotes) when a
    capitalised word, a digit or an opening quote follows; not after abbreviations, nor when
    the quote is followed by a comma ('…", sagte Scholz')."""
    n = len(doc)
    for i, tok in enumerate(doc):
        tok.is_sent_start = i == 0
    i = 0
    while i < n:
        tok = doc[i]
        if tok.is_space and "\n" in tok.text:
            if i + 1 < n:
                doc[i + 1].is_sent_start = True
        elif tok.text in {".", "!", "?", "…"} or (tok.text == ":" and i + 1 < n and doc[i + 1].text == "+++"):
            j = i + 1
            # closing quotes stick to the sentence end; one after a space opens the next sentence's
            # quotation ("… bei den Sanktionen. «Lieber Herr Bundeskanzler …»")
            while j < n and (doc[j].text in _CLOSE_Q or doc[j].text in {")", "."}) and doc[j - 1].whitespace_ == "" and not (
                    doc[j].text == '"' and j + 1 < n and doc[j + 1].text[:1].isupper() and doc[j].whitespace_ == ""):
                j += 1
            if tok.text == "." and i > 0 and doc[i - 1].text.lower() in _ABBREV and len(doc[i - 1].text) <= 4:
                i += 1
                continue
            if j < n and doc[j].is_space and "\n" not in doc[j].text:
                j += 1
            if j < n and j > i:
                nxt = doc[j]
                if nxt.text[:1].isupper() or nxt.text[:1].isdigit() or nxt.text in _OPEN_Q or nxt.text == '"' or nxt.text == "+++":
                    if not (tok.text == "." and i > 0 and doc[i - 1].like_num and nxt.text[:1].islower()):
                        nxt.is_sent_start = True
        i += 1
    # live blogs: "+++ 14:32 Uhr +++ Headline +++ Text": every "+++" that is not followed by a time
    # ends the headline or entry before it; a "+++" followed by a time starts a new entry
    for i, tok in enumerate(doc):
        if tok.text != "+++" or i == 0:
            continue
        nxt = doc[i + 1] if i + 1 < n else None
        if nxt is not None and nxt.text[:1].isdigit():
            tok.is_sent_start = True
        elif nxt is not None and not nxt.is_space:
            prev_marker = any(doc[k].text == "+++" for k in range(max(0, i - 4), i))
            if not prev_marker:
                nxt.is_sent_start = True
    return doc


_WORD_CACHE = 200_000  # distinct words (and word/tag pairs) kept per process


class HantaTagger:
    """spaCy component that sets ``tag_`` (STTS, e.g. ``NE``, ``VVFIN``) and ``lemma_`` with HanTa."""

    def __init__(self, nlp: Language, name: str) -> None:
        from HanTa import HanoverTagger as ht

        self.name = name
        self.tagger = ht.HanoverTagger("morphmodel_ger.pgz")
        # HanTa's per-word analyses are pure functions of the word (and tag) but recomputed
        # on every call; memoising them gives the same tags and lemmas several times faster
        self.tagger.analyze_forward = lru_cache(maxsize=_WORD_CACHE)(self.tagger.analyze_forward)
        self.tagger.analyze_viterbi = lru_cache(maxsize=_WORD_CACHE)(self.tagger.analyze_viterbi)

    def __call__(self, doc: Doc) -> Doc:
        for sent in doc.sents:
            toks = [t for t in sent if not t.is_space]
            if not toks:
                continue
            words = [_norm_quote(t.text) for t in toks]
            tagged = self.tagger.tag_sent(words, taglevel=1)
            for t, (_, lemma, tag) in zip(toks, tagged):
                t.tag_ = tag.replace("(", "").replace(")", "")
                t.lemma_ = lemma
            _verb_read_as_adjective(toks)
            _final_verb_read_as_participle(toks)
            _particle_before_dash(toks)
        return doc


_DASHES = frozenset({"–", "—", "-"})


def _particle_before_dash(toks: list) -> None:
    """"Polen schlägt Nato-Friedensmission vor – Zurückhaltung in Berlin": in a headline the dash ends the
    clause; a preposition right before it, after a finite full verb, is that verb's separable particle."""
    for k, t in enumerate(toks[1:-1], start=1):
        if t.tag_ == "APPR" and toks[k + 1].text in _DASHES and any(x.tag_ == "VVFIN" for x in toks[:k]) \
                and toks[k - 1].tag_ not in ("APPR", "ART"):
            t.tag_ = "PTKVZ"


def _verb_read_as_adjective(toks: list) -> None:
    """"Die Niederlande schicken Panzerabwehrwaffen": in a sentence without a finite verb, an "-en"
    adjective right after a proper noun (an adjective follows an article, not a name) is the verb."""
    if any(t.tag_.endswith("FIN") for t in toks):
        return
    for a, b in zip(toks, toks[1:]):
        if a.tag_ == "NE" and b.tag_ == "ADJA" and b.lower_.endswith("en") and b.text[:1].islower():
            b.tag_, b.lemma_ = "VVFIN", b.lower_
            return


_OPENERS = frozenset({"KOUS", "PWAV", "PWS", "PRELS"})
_AUXILIARIES = frozenset({"haben", "sein", "werden"})


def _final_verb_read_as_participle(toks: list) -> None:
    """"Ölembargo: Wie Budapest die EU blockiert": in a sentence without a finite verb or auxiliary,
    a "-t" participle that ends a clause opened by a subordinator or wh-word is its finite verb."""
    if any(t.tag_.endswith("FIN") or (t.lemma_ or "").lower() in _AUXILIARIES for t in toks):
        return
    opener = None
    for k, t in enumerate(toks):
        if t.tag_ in _OPENERS and (k == 0 or toks[k - 1].is_punct):
            opener = k
        elif t.is_punct:
            opener = None if t.text != "\"" else opener
        last = k + 1 == len(toks) or toks[k + 1].is_punct
        if opener is not None and k > opener + 1 and last and t.tag_ == "VVPP" and t.lower_.endswith("t"):
            t.tag_ = "VVFIN"
            return


def _norm_quote(w: str) -> str:
    return '"' if w in _OPEN_Q or w in _CLOSE_Q else w


@Language.factory("hanta_tagger")
def _make_hanta(nlp: Language, name: str) -> HantaTagger:
    return HantaTagger(nlp, name)


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The shared pipeline (loaded once per process)."""
    nlp = spacy.blank("de")
    # spaCy's emoticon exceptions make one token of "):" in "Manuela Schwesig (SPD): Sie …" and of ":)" or
    # "(:"; news text has no emoticons, so none of these exceptions (no letter in them) is kept
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items()
                           if any(c.isalpha() for c in k) or not any(c in k for c in "()[]:;=")}
    nlp.tokenizer.add_special_case("+++", [{ORTH: "+++"}])  # live-blog markers stay one token
    nlp.add_pipe("kg_acronym_period")
    nlp.add_pipe("kg_sentences")
    nlp.add_pipe("hanta_tagger")
    return nlp
