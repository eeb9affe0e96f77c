"""Events: PLOVER-typed meetings, aid, troop moves, protests, threats, stance acts and quotations.

An event comes from a trigger word (kg/data/event_triggers.tsv; compounds such as
"NATO-Sondergipfel" match their head), from a stance cue that names an event type
(cues.tsv: "ablehnen" -> REJECT), from a troop quantity ("40.000 Soldaten" -> MOBILIZE), or
from a direct quotation with its speaker. Each gets participants, place, time and quantities
from its sentence.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.context import DocContext, sentence_span
from kg.extract.speech import prep_before, speech_frame
from kg.extract.quantities import find_quantities
from kg.extract.temporal import find_times
from kg.lexicon import Lexicon
from kg.records import Event, Position

__all__ = ["extract_events"]

_TROOPS = frozenset({"Soldaten", "Soldatinnen", "Truppen", "Kampftruppen", "Streitkräfte", "Reservisten"})
_TARGET_PREPS = frozenset({"an", "für", "gegen", "nach", "zu"})
_QUOTE_OPEN = frozenset({"„", "»", '"', "“"})
_QUOTE_CLOSE = frozenset({"“", "”", "«", '"'})


def _trigger_type(tok, lex: Lexicon) -> str | None:
    lemma = tok.lemma_ or tok.text
    if tok.tag_.startswith("V"):
        return lex.triggers.get(lemma.lower()) if lemma.lower() in lex.triggers else None
    if tok.text[:1].isupper() and tok.tag_.startswith("N"):
        if lemma in lex.triggers:
            return lex.triggers[lemma]
        low = lemma.lower()
        for trig, typ in lex.triggers.items():
            if trig[:1].isupper() and len(trig) >= 5 and low.endswith(trig.lower()):
                return typ
    return None


def _quote_text(sent: Span) -> str | None:
    """The text between the first pair of quotation marks, if it is longer than a scare quote."""
    toks = list(sent)
    opens = [k for k, t in enumerate(toks) if t.text in _QUOTE_OPEN]
    for a in opens:
        for b in range(a + 1, len(toks)):
            if toks[b].text in _QUOTE_CLOSE:
                if b - a > 4:  # the sentence's own text: doc.text would join the whole document
                    return sent.text[toks[a].idx + 1 - sent.start_char:toks[b].idx - sent.start_char].strip()
                break
    return None


def extract_events(ctx: DocContext, lex: Lexicon, positions: list[Position] = ()) -> list[Event]:
    doc = ctx.doc
    out: list[Event] = []
    by_sentence: dict[int, list[Position]] = {}
    for p in positions:
        by_sentence.setdefault(p.evidence.start, []).append(p)
    for sent in ctx.sents:
        span = sentence_span(doc, sent)
        ments = [m for m in ctx.mentions_in(sent.start, sent.end) if m.actor]
        actors = [m.actor for m in ments if m.type != "Place"]
        places = [m.actor for m in ments if m.type == "Place"]
        frame = speech_frame(ctx, sent, lex)
        speakers = [m.actor for m in (frame.speakers if frame else []) if m.actor]
        subj = speakers or [m.actor for m in ments if m.type != "Place" and m.kind not in ("adjective", "prefix")
                            and prep_before(doc, m) == (None, False)][:1]
        targets = sorted({m.actor for m in ments if m.type != "Place" and m.start > sent.start
                          and doc[m.start - 1 if doc[m.start - 1].tag_ != "ART" else max(m.start - 2, sent.start)].lower_ in _TARGET_PREPS})
        times = find_times(span.text, ctx.date)
        time = times[0][2] if times else None
        quantities = tuple(find_quantities(span.text))
        place = places[0] if places else None
        found: dict[str, tuple[str, str | None, float, tuple[str, ...]]] = {}
        for t in sent:
            typ = _trigger_type(t, lex)
            if typ and typ not in found:
                found[typ] = (t.text, None, 0.7, ())
        if "MOBILIZE" not in found and any(q.unit in _TROOPS for q in quantities):
            q = next(q for q in quantities if q.unit in _TROOPS)
            found["MOBILIZE"] = (q.text, None, 0.6, ())
        # stance acts: the positions of this sentence, typed by their cue (ablehnen -> REJECT)
        for p in by_sentence.get(span.start, []):
            cue_event = next((c.cue.event for c in ctx.cues if sent.start <= c.i < sent.end and c.cue.event
                              and p.cue.startswith(doc[c.i].text)), "")
            if not cue_event:
                continue
            if cue_event in ("REQUEST", "SUPPORT") and p.polarity == "against":
                cue_event = "REJECT"
            prev = found.get(cue_event)
            holders = tuple(sorted(set((prev[3] if prev and prev[1] else ()) + (p.holder,))))
            if prev is None or prev[1] is None or prev[1] == p.proposal:
                found[cue_event] = (p.cue, p.proposal, max(p.confidence, prev[2] if prev and prev[1] else 0), holders)
        quote = _quote_text(sent) if speakers else None
        if quote is not None:
            verb = doc[frame.verb].text if frame and frame.verb >= 0 else ""
            out.append(Event("STATEMENT", verb or "sagte", span, tuple(speakers), (), tuple(sorted(set(actors))),
                             place, time, (), None, quote, 0.8))
        for typ, (trigger, proposal, conf, holders) in sorted(found.items()):
            sources = holders or tuple(sorted(set(subj)))
            out.append(Event(typ, trigger, span, sources, tuple(t for t in targets if t not in sources),
                             tuple(sorted(set(actors))), place, time, quantities, proposal, None, conf))
    return out
