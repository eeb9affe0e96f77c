"""Reports: who speaks in sentences without a speech frame of their own - the actor reacting in the sentence
before ("X reagierte verärgert.") and the speakers behind an impersonal statement ("…, hieß es in einer
Erklärung").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract.context import DocContext
from kg.extract.holder_query import Discourse
from kg.extract.speech import QUOTE, SpeechFrame, critical_word, prep_before
from kg.lexicon import Lexicon
from kg.nlp.clauses import clause_bounds
from kg.nlp.mentions import Mention

__all__ = ["introduced_speaker", "first_subject", "reacting_speakers", "critical_reaction", "statement_frame", "fronted_source"]


def first_subject(ctx: DocContext, lo: int, hi: int) -> list[Mention]:
    """The first actor named between ``lo`` and ``hi`` that can speak: no place, adjective or prefix, and
    not inside a prepositional phrase (a list of at most one mention)."""
    return [m for m in ctx.mentions_in(lo, hi) if m.holder_eligible and m.type != "Place"
            and m.kind not in ("adjective", "prefix") and prep_before(ctx.doc, m) == (None, False)][:1]


def reacting_speakers(ctx: DocContext, sent: Span, lex: Lexicon) -> list[Mention]:
    """"X reagierte verärgert.", "Deutlicher wurde X.", "X warnte vor einer Eskalation.", "Der Kanzler wies
    den Vorwurf zurück." name who speaks in the Konjunktiv sentences that follow (reaction_verbs.txt)."""
    doc = ctx.doc
    words = [t for t in sent if not t.is_space]
    if len(words) >= 4 and words[0].lower_ in ("noch", "viel", "weit", "deutlich"):
        words = words[1:]  # "Noch deutlicher wurde …"
    if len(words) >= 3 and words[0].tag_ in ("ADJD", "ADV") and words[0].lower_.endswith(("er", "ster")) \
            and words[1].tag_ == "VAFIN" and (words[1].lemma_ or "").lower() == "werden":
        # "Deutlicher wurde NATO-Generalsekretär Jens Stoltenberg." (the subject after the verb)
        return first_subject(ctx, words[1].i + 1, sent.end)
    fin = next((t for t in sent if t.tag_ == "VVFIN"), None)
    verb = fin
    if fin is None:
        # the perfect of agency reports and live blogs: "X hat schwere Vorwürfe gegen Berlin erhoben.",
        # "X hat den Vorwurf zurückgewiesen." (the participle is the reaction verb)
        fin = next((t for t in sent if t.tag_ == "VAFIN" and (t.lemma_ or "").lower() in ("haben", "sein")), None)
        if fin is None or fin.i == sent.start:
            return []
        lo_f, hi_f = clause_bounds(doc, fin.i)
        verb = next((t for t in doc[fin.i + 1:hi_f] if t.tag_ == "VVPP"), None)
        if verb is None:
            return []
    lemma = (verb.lemma_ or "").lower()
    particle = next((t.lower_ for t in doc[fin.i + 1:sent.end] if t.tag_ == "PTKVZ"), "")
    if not ({lemma, particle + lemma} & (lex.reaction_verbs | lex.speech_verbs)):
        return []
    if doc[clause_bounds(doc, fin.i)[0]].tag_ in ("KOUS", "PRELS", "PWAV"):
        return []
    return first_subject(ctx, sent.start, fin.i)


def introduced_speaker(ctx: DocContext, prev: Span) -> list[Mention]:
    """"Der Botschafter Andrij Melnyk ließ nicht locker. Ein sofortiges Embargo sei „das Mindeste“.": a
    person named as the subject of the main clause just before Konjunktiv I sentences (that have no
    speaker of their own) is the one whose words they report."""
    doc = ctx.doc
    fin = next((t for t in prev if t.tag_.endswith("FIN")), None)
    if fin is None:
        return []
    lo, hi = clause_bounds(doc, fin.i)
    if doc[lo].tag_ in ("KOUS", "PRELS", "PWAV", "PWS"):
        return []
    return [m for m in first_subject(ctx, prev.start, hi) if m.type == "Person" and m.kind != "pronoun"]


def critical_reaction(doc: Doc, sent: Span, lex: Lexicon) -> bool:
    """A reaction that criticises: "X kritisierte Berlin scharf.", "X warf der Regierung vor …", "X hat
    schwere Vorwürfe gegen Deutschland erhoben.", "X übte Kritik an …". Konjunktiv sentences that follow
    report the criticism: what they say the criticised one obstructs, the critic is for."""
    particles = [t.lower_ for t in sent if t.tag_ == "PTKVZ"]
    return any(critical_word(t, particles, lex) for t in sent)


def fronted_source(ctx: DocContext, sent: Span) -> SpeechFrame | None:
    """"Im „Handelsblatt“ heißt es: …", "In einer Erklärung der NATO hieß es, …": the source named before an
    impersonal "heißt/hieß es" at the start of the sentence speaks."""
    doc = ctx.doc
    first = next((t for t in sent if not t.is_space and t.text not in QUOTE), None)
    if first is None or first.lower_ not in ("in", "im"):
        return None
    at = next((t.i for t in doc[first.i + 1:min(first.i + 9, sent.end - 1)]
               if t.lower_ in ("heißt", "hieß") and doc[t.i + 1].lower_ == "es"), None)
    if at is None:
        return None
    named = [m for m in ctx.mentions_in(first.i + 1, at) if m.actor and m.type in ("Organisation", "Group", "Person", "Country")
             and m.kind not in ("place", "adjective", "pronoun")]
    return SpeechFrame([named[-1]], sent.start, at + 2) if named else None


def statement_frame(ctx: DocContext, sent: Span, k: int, lex: Lexicon, reported: list[Mention],
                    h: Discourse) -> SpeechFrame | None:
    """"Stattdessen müssten die Sanktionen umgesetzt werden, hieß es in einer Erklärung": an impersonal
    "heißt/hieß es in <document>" (kg/data/statement_nouns.txt) without an author of its own speaks for
    the speakers of the sentences just before, or else the holders of the last stance sentence of the
    same paragraph (as mentions of the sentence before)."""
    doc = ctx.doc
    at = next((t.i for t in sent if t.lower_ in ("hieß", "heißt") and t.i + 2 < sent.end and doc[t.i + 1].lower_ == "es"
               and doc[t.i + 2].lower_ in ("in", "im")), None)
    if at is None:
        return None
    j = at + 3
    while j < sent.end and doc[j].tag_ in ("ART", "ADJA", "PPOSAT"):
        j += 1
    if j >= sent.end or doc[j].text not in lex.statement_nouns:
        return None
    if any(m.actor and m.kind not in ("place", "adjective") and at <= m.start <= j + 3
           for m in ctx.mentions_in(sent.start, sent.end)):
        return None  # "hieß es in einer Erklärung der NATO": the author is named
    lo, hi = at, j + 1
    if reported:
        return SpeechFrame(list(reported), lo, hi)
    if k == 0 or ctx.para[k - 1] != ctx.para[k] or h.last_para != ctx.para[k] or not h.last:
        return None
    prev = ctx.sents[k - 1]
    spk = [m for m in ctx.mentions_in(prev.start, prev.end) if m.actor and m.kind not in ("place", "adjective", "prefix", "pronoun")
           and any(a in h.last for a in h.resolve(m))]
    return SpeechFrame(spk, lo, hi) if spk else None
