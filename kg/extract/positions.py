"""Positions: who is for or against which proposal, with the sentence that shows it.

For each stance cue in a sentence the extractor finds
- the holder: an actor attached to a cue noun ("der polnische Vorstoß", "Widerstand
  Deutschlands"), the grammatical subject of the cue's clause, the speaker of a quote or
  of indirect speech, a pronoun's antecedent, or the source of "nach Angaben von X";
- the proposal: a proposal mention in the cue's clause or the nearest clause, or, for an
  explicit cue with an anaphor ("eine solche Mission", "das"), the proposal discussed in the
  sentences just before;
- the polarity: the cue's, flipped by negation of the cue ("nicht ablehnen") and of the
  proposal ("keine NATO-Soldaten").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract.context import DocContext, sentence_span
from kg.extract.turns import interview_turns
from kg.extract.speech import (GROUP_HOLDER_PREP, OBSTRUCTION, QUOTE, SpeechFrame, clause_pronoun, coordinated,
                               group_reference, is_conditional, is_konjunktiv, plural_pronoun, prep_before,
                               speech_frame, speech_verb)
from kg.lexicon import Lexicon
from kg.nlp.cues import CueMatch, clause_bounds
from kg.nlp.mentions import Mention
from kg.nlp.proposals import ProposalMention
from kg.records import Position

__all__ = ["extract_positions"]


class _Holders:
    """Discourse state while walking an article: the last holders, paragraph and person."""

    def __init__(self, ctx: DocContext, lex: Lexicon) -> None:
        self.ctx = ctx
        self.lex = lex
        self.last: list[str] = []           # holders of the previous stance sentence
        self.last_para = -1
        self.last_person: str | None = None

    def resolve(self, m: Mention) -> list[str]:
        """Actor labels for a mention: pronouns to the last person, offices to their government."""
        if m.kind == "pronoun":
            if self.last_person:
                return [self.last_person]
            return []
        out = [self.lex.speaks_for.get(m.actor, m.actor)] if m.actor else []
        if m.extra.get("spokesperson_of"):
            out.append(m.extra["spokesperson_of"])
        return out


def extract_positions(ctx: DocContext, lex: Lexicon) -> list[Position]:
    """All positions of an analysed article, sentence by sentence, with discourse state carried along."""
    doc = ctx.doc
    h = _Holders(ctx, lex)
    results: list[Position] = []
    topic: list[tuple[int, list[str]]] = []  # (sentence index, proposal keys)
    quote_speakers: list[Mention] = []
    reported: list[Mention] = []
    turns = interview_turns(ctx, lex)
    for k, sent in enumerate(ctx.sents):
        turn = turns[k]
        frame = speech_frame(ctx, sent, lex)
        if frame is None and ctx.quote_open_at_start[k] and quote_speakers:
            # the continuation of a quotation that began in an earlier sentence
            frame = SpeechFrame(list(quote_speakers), -1, -1)
        if k > 0 and ctx.para[k] != ctx.para[k - 1]:
            reported = []
        impersonal = any(t.lower_ in ("hieß", "heißt", "verlautete") and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "es"
                         for t in sent)
        if frame is None and reported and is_konjunktiv(sent) and not impersonal:
            # indirect speech over several sentences: "Deutschland habe … geliefert und werde …"
            frame = SpeechFrame(list(reported), -1, -1)
        if frame is not None and frame.speakers and not frame.source_only:
            reported = list(frame.speakers)
        if frame is not None and frame.speakers and not frame.source_only and ctx.quote_open_at_end[k]:
            quote_speakers = list(frame.speakers)
        elif not ctx.quote_open_at_end[k]:
            quote_speakers = []
        attr = (frame.attr_lo, frame.attr_hi) if frame and not frame.source_only else (-1, -1)
        all_props = ctx.proposals_in(sent.start, sent.end)
        props = [p for p in all_props if not attr[0] <= p.start < attr[1]]
        cues = [c for c in ctx.cues if sent.start <= c.i < sent.end and (not attr[0] <= c.i < attr[1] or c.i == frame.verb)]
        question = sent.text.strip().endswith("?") or (turn is not None and turn.question)
        voice = turn.speaker if turn is not None else None  # the interviewee answering
        absorbed = [(p.start, p.end) for p in all_props if p.absorbs_cue]
        best: dict[tuple[str, str], tuple[tuple, Position]] = {}
        stance_holders: list[str] = []
        for cue in cues:
            lo, hi = clause_bounds(doc, cue.i)
            if (cue.strength == 1 and (question or is_conditional(doc, lo))) or doc[lo].lower_ in ("wenn", "falls", "sofern", "ob", "ohne", "wer"):
                continue
            if any(lo2 <= cue.i < hi2 for lo2, hi2 in absorbed):
                continue
            if turn is not None and turn.question and cue.cue.pos not in ("verb", "noun"):
                continue  # an interviewer's judgement ("Deutschland liefere zu spät") is no one's stance
            if frame is not None and cue.i == frame.verb and frame.critical and any(
                    c.cue.words[0] in OBSTRUCTION for c in cues if c is not cue):
                continue  # "…, kritisierte Merz": the criticised obstruction carries the stance
            if cue.strength == 1 and any(c.strength == 2 and clause_bounds(doc, c.i) == (lo, hi) for c in cues):
                continue
            if cue.strength == 1 and lo > sent.start and (doc[lo].lower_ in ("dass", "ob") or any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[lo:hi])):
                plo, phi = clause_bounds(doc, lo - 2) if lo - 2 >= sent.start else (lo, lo)
                if any(c.strength == 2 and plo <= c.i < phi for c in cues):
                    continue  # "Ich halte es für überfällig, dass Deutschland … liefert"
            if cue.strength == 1 and any((t.lemma_ or "").lower() in ("bekommen", "erhalten", "empfangen") for t in doc[lo:hi]):
                continue  # "Die Ukraine soll Panzer bekommen": a recipient, not a holder
            found, carried = _proposals_for(ctx, cue, all_props if frame and cue.i == frame.verb else props,
                                            sent, lex, topic, k, attr)
            if cue.cue.implies:
                # "Wer das Embargo blockiert, finanziert Putins Krieg mit": the argument names its proposal
                found = [p for p in found if p.key == cue.cue.implies] or [
                    ProposalMention(cue.i, cue.i + 1, cue.cue.implies, cue.cue.implies, False, "anaphor")]
            if not found:
                continue
            flip: set[str] = set()
            holders, hconf = _holders_for(ctx, cue, sent, frame, h, lex, attr, k, flip, voice)
            if not holders:
                continue
            for p in found:
                base = cue.polarity if not p.negated else _flip(cue.polarity)
                conf = (0.9 if cue.strength == 2 else 0.75) * hconf * (0.75 if carried else 1.0) * (0.8 if cue.cue.argument else 1.0)
                pclause = clause_bounds(doc, p.start)
                same_clause = p.source == "anaphor" or pclause == clause_bounds(doc, cue.i)
                inner = None if same_clause else _embedded_cue(doc, cues, cue, pclause, p.key)
                if inner is not None:
                    # "lehnte es ab, Soldaten zu schicken": against x for = against;
                    # "verlangte, die Sanktionen auf den Prüfstand zu stellen": for x against = against
                    base = base if inner.polarity == "for" else _flip(base)
                rank = (2 if inner is not None else int(same_clause), cue.strength, -abs(p.start - cue.i))
                for holder in holders:
                    # "X kritisierte, Berlin blockiere Sanktionen": X is for what Berlin blocks
                    pol = base if holder not in flip else ("against" if base == "for" else "for")
                    pos = Position(holder, p.key, pol, sentence_span(doc, sent), _cue_text(doc, cue), round(conf, 2))
                    key = (holder, p.key)
                    if key not in best or rank > best[key][0]:
                        best[key] = (rank, pos)
                    if holder not in stance_holders:
                        stance_holders.append(holder)
        if not any(t.tag_.endswith("FIN") for t in sent):
            for pos in _verbless(ctx, sent, h):
                best.setdefault((pos.holder, pos.proposal), ((1, 0), pos))
                stance_holders.append(pos.holder)
        if not best and k > 0 and ctx.para[k] == ctx.para[k - 1]:
            for pos in _reported_again(ctx, sent, frame, h, results, k, lex):
                best[(pos.holder, pos.proposal)] = ((0, 0), pos)
        results.extend(pos for _, pos in sorted(best.values(), key=lambda x: (x[1].holder, x[1].proposal)))
        carried_keys = sorted({pos.proposal for pos in results if pos.evidence.start == sentence_span(doc, sent).start})
        if props:
            topic.append((k, sorted({p.key for p in props if not p.source.startswith("pattern:support")})))
        elif carried_keys:
            topic.append((k, carried_keys))
        if stance_holders:
            h.last = stance_holders
            h.last_para = ctx.para[k]
        elif frame and frame.speakers and not frame.source_only and [a for m in frame.speakers for a in h.resolve(m)]:
            h.last = [a for m in frame.speakers for a in h.resolve(m)]
            h.last_para = ctx.para[k]
        # the person a following "Er"/"Sie" most likely means: this sentence's speaker or
        # person holder, else its first person in subject position (not "Putins Krieg")
        spk = [a for m in (frame.speakers if frame else []) for a in h.resolve(m)]
        subjects = [m.actor for m in ctx.mentions_in(sent.start, sent.end) if m.type == "Person" and m.actor
                    and m.kind != "pronoun" and prep_before(doc, m) == (None, False)
                    and not doc[m.end - 1].text.endswith(("s", "'")) or (m.kind == "role_name" and m.type == "Person" and m.actor)]
        for cand in [*spk, *stance_holders, *subjects]:
            if _is_person(ctx, cand):
                h.last_person = cand
                break
    return results


def _flip(polarity: str) -> str:
    return "against" if polarity == "for" else "for"


# verbs that *are* the embargo proposal rather than a stance on it ("fordert, die Gasimporte zu stoppen")
_STOP_VERBS = frozenset({"stoppen", "beenden", "einstellen", "verbieten", "verzichten", "boykottieren"})


def _embedded_cue(doc: Doc, cues: list[CueMatch], main: CueMatch, pclause: tuple[int, int], proposal: str) -> CueMatch | None:
    """A cue in the proposal's own subordinate clause (zu-infinitive or dass-clause) right after the main cue's clause."""
    lo, hi = pclause
    if not (doc[lo].lower_ in ("dass", "ob") or any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[lo:hi])):
        return None
    mlo, mhi = clause_bounds(doc, main.i)
    if not (mhi <= lo <= mhi + 2):
        return None
    inner = [c for c in cues if lo <= c.i < hi and c is not main and c.cue.words[0] not in ("wollen", "müssen", "sollen")
             and not (proposal == "energy_embargo" and c.cue.words[0] in _STOP_VERBS)]
    return max(inner, key=lambda c: (c.strength, -c.i)) if inner else None


def _verbless(ctx: DocContext, sent: Span, h: _Holders) -> list[Position]:
    """Headlines without a verb: 'Litauen für Energieembargo, Berlin dagegen', 'Scholz gegen Kampfjets'."""
    doc = ctx.doc
    out = []
    props = ctx.proposals_in(sent.start, sent.end)
    for m in ctx.mentions_in(sent.start, sent.end):
        if not m.holder_eligible or m.type == "Place" or m.kind == "adjective" or m.end >= sent.end:
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


_ENDORSE = frozenset({"begründen", "bekräftigen", "bestätigen", "verteidigen", "unterstreichen", "rechtfertigen", "bekräftigt"})


def _reported_again(ctx: DocContext, sent: Span, frame: SpeechFrame | None, h: _Holders, results: list[Position],
                    k: int, lex: Lexicon) -> list[Position]:
    """'Das kündigte Außenminister X an.' / 'Dies sagte X.': X holds the previous sentence's positions."""
    doc = ctx.doc
    first = next((t for t in sent if not t.is_space), None)
    if first is None:
        return []
    lemmas = {(t.lemma_ or "").lower() for t in sent}
    particles = {t.lower_ for t in sent if t.tag_ == "PTKVZ"}
    joins = ("schließen" in lemmas and "an" in particles) or "anschließen" in lemmas or "beipflichten" in lemmas or (
        first.lower_ in ("ähnlich", "ebenso", "genauso", "gleichlautend") and first.i + 1 < sent.end
        and speech_verb(doc, doc[first.i + 1], lex) is not None)
    if joins:
        # "X schloss sich der Kritik an": X takes the position of the sentence before
        speakers = [m for m in ctx.mentions_in(sent.start, sent.end) if m.holder_eligible and m.type != "Place"
                    and m.kind != "adjective" and prep_before(doc, m) == (None, False)][:1]
    elif any(t.lower_ in ("dies", "das") and t.i > sent.start and (doc[t.i - 1].lemma_ or "").lower() in _ENDORSE for t in sent):
        speakers = [m for m in ctx.mentions_in(sent.start, sent.end) if m.holder_eligible and m.type != "Place"
                    and prep_before(doc, m) == (None, False)][:1]
    else:
        if first.lower_ not in ("das", "dies", "dieses") or first.tag_ not in ("PDS", "ART", "PRELS"):
            return []
        verb = first.i + 1 < sent.end and (speech_verb(doc, doc[first.i + 1], lex) or (
            (doc[first.i + 1].lemma_ or "").lower() == "machen" and lemmas & {"deutlich", "klar"}))
        if not verb:
            return []
        speakers = [m for m in ctx.mentions_in(first.i + 2, sent.end) if m.holder_eligible and m.type != "Place"
                    and prep_before(doc, m) == (None, False)][:1]
    prev = ctx.sents[k - 1]
    start = sentence_span(doc, prev).start
    out = []
    for m in speakers:
        for label in h.resolve(m):
            for p in results:
                if p.evidence.start == start:
                    out.append(Position(label, p.proposal, p.polarity, sentence_span(doc, sent), doc[first.i + 1].text,
                                        round(p.confidence * 0.8, 2)))
    return out


def _is_person(ctx: DocContext, label: str) -> bool:
    return any(m.actor == label and m.type == "Person" for m in ctx.mentions)


def _cue_text(doc: Doc, cue: CueMatch) -> str:
    words = doc[cue.i].text if cue.j == cue.i else f"{doc[cue.i].text} … {doc[cue.j].text}"
    return words


def _proposals_for(ctx: DocContext, cue: CueMatch, props: list[ProposalMention], sent: Span, lex: Lexicon,
                   topic: list[tuple[int, list[str]]], k: int, attr: tuple[int, int]) -> tuple[list[ProposalMention], bool]:
    doc = ctx.doc
    props = [p for p in props if not _hypothetical_or_topic(doc, p, cue)]
    lo, hi = clause_bounds(doc, cue.i)
    lo2, hi2 = clause_bounds(doc, cue.j)
    lo, hi = min(lo, lo2), max(hi, hi2)
    own = [p for p in props if lo <= p.start < hi]
    if own:
        # "ein Sanktionspaket, das auch ein Importverbot für Kohle vorsieht"
        if hi < sent.end and doc[hi].text == "," and hi + 1 < sent.end and doc[hi + 1].tag_ == "PRELS":
            rlo, rhi = clause_bounds(doc, hi + 1)
            own += [p for p in props if rlo <= p.start < rhi and p.key not in {o.key for o in own}]
        return own, False
    if props and _own_prep_object(doc, cue, lo, hi, lex, props):
        return [], False  # "plädieren für einen Waffenstillstand": the cue's object is not a proposal
    if props:
        # the nearest clause with a proposal (a complement clause: 'einig, dass …', 'warnte davor, …')
        by_dist = sorted(props, key=lambda p: min(abs(p.start - lo), abs(p.start - hi)))
        nearest = by_dist[0]
        nlo, nhi = clause_bounds(doc, nearest.start)
        if cue.strength == 2 or nlo == hi + 1 or nlo == hi:
            return [p for p in props if nlo <= p.start < nhi], False
        return [], False
    if cue.strength < 2:
        return [], False
    # anaphora: explicit cue and a referring word, or an intransitive cue ("äußerten sich skeptisch")
    clause_words = {(t.lemma_ or t.text).lower() for t in doc[lo:hi]} | {t.lower_ for t in doc[lo:hi]}
    da_form = bool(cue.cue.prep) and any(w in (f"da{cue.cue.prep}", f"dar{cue.cue.prep}") for w in clause_words)
    anaphoric = da_form or bool(clause_words & lex.anaphors) or cue.cue.pos in ("adj", "phrase") or cue.cue.words[0] in (
        "ablehnen", "zurückweisen", "ausschließen", "unterstützen", "befürworten", "blockieren", "bremsen")
    comes_from = "kommen" in clause_words and bool(clause_words & {"von", "vom", "aus"})
    anaphoric = anaphoric and (cue.cue.pos != "noun" or comes_from or bool(clause_words & lex.anaphors)) or comes_from
    if not anaphoric or (clause_words & lex.blockers) - {w.lower() for w in cue.cue.words}:
        return [], False
    first = next((t for t in sent if not t.is_space and t.text not in QUOTE), None)
    if first is not None and first.lower_ in ("wer", "wenn", "falls"):
        return [], False
    for kk, keys in reversed(topic):
        if k - kk > 4 or ctx.para[kk] < ctx.para[k] - 1 or (ctx.para[kk] != ctx.para[k] and k - kk > 2):
            break
        if keys:
            return [ProposalMention(cue.i, cue.i + 1, key, key, False, "anaphor") for key in keys], True
    if clause_words & lex.anaphors - {"das", "dies", "dieses", "diese", "solch"}:
        # "der Antrag", "die Maschinen" further back: the proposal the article is most about so far
        earlier = [key for kk, keys in topic for key in keys if kk < k]
        if earlier:
            key = max(reversed(earlier), key=earlier.count)
            return [ProposalMention(cue.i, cue.i + 1, key, key, False, "anaphor")], True
    return [], False


_MEMBER_NOUNS = frozenset({"Antrag", "Anträge", "Beschluss", "Veranstalter", "Organisatoren", "Vertreter", "Vertreterinnen", "Mitglieder", "Spitze",
                           "Führung", "Abgeordnete", "Politiker", "Sprecher", "Sprecherin", "Anhänger", "Experten"})
_DISCUSS = frozenset({"beraten", "diskutieren", "sprechen", "reden", "verhandeln", "debattieren", "streiten",
                      "informieren", "berichten", "entscheiden", "abstimmen"})


def _hypothetical_or_topic(doc: Doc, p: ProposalMention, cue: CueMatch) -> bool:
    """'Wer eine Flugverbotszone will, …' and '… über ein Sanktionspaket beraten' do not state a stance on it."""
    lo, hi = clause_bounds(doc, p.start)
    if doc[lo].lower_ == "wer" and not lo <= cue.i < hi:
        return True
    if cue.strength == 1 and any(doc[k].lower_ == "über" for k in range(max(lo, p.start - 4), p.start)):
        return any((t.lemma_ or "").lower() in _DISCUSS for t in doc[lo:hi])
    return False


def _own_prep_object(doc: Doc, cue: CueMatch, lo: int, hi: int, lex: Lexicon, props: list[ProposalMention]) -> bool:
    """True when the cue's preposition has a noun object of its own in the clause ("für einen
    Waffenstillstand") that is neither a proposal nor an anaphor: then other clauses' proposals
    are not what the cue is about."""
    if not cue.cue.prep:
        return False
    for k in range(lo, hi):
        if doc[k].lower_ == cue.cue.prep:
            if any(k < p.start <= k + 7 for p in props):
                return False  # "um Flugabwehrsysteme, Artillerie und gepanzerte Fahrzeuge"
            nouns = [t for t in doc[k + 1:min(hi, k + 5)] if t.tag_ in ("NN", "NE")]
            if nouns:
                words = {(t.lemma_ or t.text).lower() for t in nouns} | {t.lower_ for t in nouns}
                return not (words & lex.anaphors)
    return False


def _eligible(ctx: DocContext, m: Mention, cue: CueMatch, passive: bool) -> bool:
    if not m.holder_eligible or m.type == "Place" or m.kind in ("adjective",):
        return False
    if any(p.start <= m.start < p.end and not p.source.startswith("pattern:") for p in ctx.proposals):
        return False  # "NATO-Soldaten"; pattern matches are wide windows and may span the subject
    doc = ctx.doc
    first = m
    while first.start >= 2 and doc[first.start - 1].lower_ in (",", "und", "sowie", "oder"):
        prevs = [x for x in ctx.mentions if x.end == first.start - 1 or (x.end == first.start - 2 and doc[first.start - 1].tag_ == "ART")]
        if not prevs:
            break
        first = prevs[0]  # "in Bulgarien, Rumänien und der Slowakei": the whole enumeration is in the PP
    prep, genitive = prep_before(ctx.doc, first)
    if m.start > 0 and doc[m.start - 1].lower_.startswith("kein"):
        return False  # "kein NATO-Partner hat … geliefert"
    if _vocative(doc, m):
        return False  # "Herr Lindner, Polen fordert …": the person addressed
    if m.kind == "capital" and prep == "in":
        lo, hi = clause_bounds(doc, m.start)
        if m.start - 1 == lo and any(t.lower_ == "man" for t in doc[m.end:hi]):
            return True
    # "die Veranstalter vom Netzwerk X", "Vertreter der Bundesregierung": the members speak for X
    k = m.start - 1
    while k > doc[m.start].sent.start and doc[k].tag_ in ("ART",):
        k -= 1
    if doc[k].lower_ in ("vom", "von", "der", "des") and k > 0 and doc[k - 1].text in _MEMBER_NOUNS:
        head_prep, head_gen = prep_before(doc, Mention(k - 1, k, None, "Group", "group"))
        # "die Veranstalter vom Netzwerk X" (subject) or "für den Antrag von X stimmen" (the cue's own object)
        return not head_gen and (head_prep is None or head_prep == cue.cue.prep)
    if genitive:
        return False
    if prep is not None:
        return passive and prep in GROUP_HOLDER_PREP
    return True


def _vocative(doc: Doc, m: Mention) -> bool:
    """'Herr Lindner, …' / 'Frau Ministerin, …' at the start of a sentence or turn: an address, not a subject."""
    k = m.start - 1
    if k < 0 or doc[k].text not in ("Herr", "Frau") or m.end >= len(doc) or doc[m.end].text != ",":
        return False
    return k == doc[k].sent.start or doc[k - 1].text == ":" or doc[k - 1].is_space


def _attached_holders(ctx: DocContext, cue: CueMatch, sent: Span, ments: list[Mention], h: _Holders,
                      lex: Lexicon) -> tuple[list[str], float] | None:
    """Holders tied to the cue word itself rather than to the clause: the agent of a participle
    ("die von Warschau vorgeschlagene Mission"), the owner of a stance noun ("der polnische Vorstoß",
    "Widerstand Deutschlands", "die Forderungen aus Warschau"), "stößt bei X auf Ablehnung",
    "Kritik kam von X". None when the cue is an ordinary verb or adjective."""
    doc = ctx.doc
    # 0. an attributive participle: "die von Warschau vorgeschlagene Mission" -> Warschau
    if doc[cue.i].tag_ == "ADJA" and cue.cue.pos == "verb":
        by = [m for m in ments if m.end <= cue.i and cue.i - m.end <= 1 and m.start > 0 and doc[m.start - 1].lower_ in ("von", "vom")]
        if by:
            m = by[-1]
            return ([lex.capitals.get(m.actor, m.actor)] if m.kind == "place" else _labels(h, [m])), 0.9
        return [], 1.0
    # 1. actors attached to a cue noun or adjective
    if cue.cue.pos == "noun":
        for m in ments:
            if m.end == cue.i and (m.kind == "adjective" or doc[m.end - 1].text.endswith(("s", "'"))):
                return _labels(h, [m]), 1.0
            if m.end == cue.i - 1 and m.kind == "adjective" and doc[cue.i - 1].tag_ == "ADJA":
                return _labels(h, [m]), 1.0
            gap = [t for t in doc[cue.i + 1:m.start] if not t.is_space]
            if m.start > cue.i and len(gap) <= 1 and all(t.lower_ in ("der", "des", "von", "aus") for t in gap):
                if m.kind == "place" and m.actor in lex.capitals:
                    return [lex.capitals[m.actor]], 1.0  # "die Forderungen aus Warschau"
                if m.kind not in ("adjective", "prefix", "place"):
                    return _labels(h, [m]), 1.0
        if cue.i > 0 and doc[cue.i - 1].lower_ in ("auf",) or (cue.i > 1 and doc[cue.i - 2].lower_ == "auf"):
            verb = next((t for t in sent if (t.lemma_ or "").lower() in ("stoßen", "treffen")), None)
            fin = next((t for t in sent if t.tag_.endswith("FIN")), None)
            if verb is not None and fin is not None and fin.i < verb.i:
                verb = fin  # "ist in Washington auf Ablehnung gestoßen"
            if verb is not None:
                # "Der Vorschlag stößt bei X auf Ablehnung": X holds it, the subject does not
                bei = [m for m in ments if (m.start > verb.i or m.start == sent.start + 1)
                       and doc[m.start - 1 if doc[m.start - 1].tag_ != "ART" else m.start - 2].lower_ in ("bei", "in")]
                group = coordinated(doc, bei[0], [m for m in ments if m.holder_eligible or m.kind == "place"]) if bei else []
                labels = [lex.capitals.get(m.actor, m.actor) if m.kind == "place" else m.actor for m in group]
                labels = [x for x in labels if x in lex.actors or x in h.ctx.registry.info]
                return (labels, 0.8) if labels else ([], 1.0)
        # "Kritik kam von der Linken", "Unterstützung kommt aus Warschau"
        clo, chi = clause_bounds(doc, cue.i)
        nxt = next((t for t in doc[cue.i + 1:chi] if (t.lemma_ or "").lower() == "kommen"), None)
        if nxt is not None:
            cue_i = nxt.i - 1
            src = [m for m in ments if cue_i + 2 <= m.start <= cue_i + 6 and m.holder_eligible and m.kind != "adjective"
                   and any(doc[k].lower_ in ("von", "vom", "aus") for k in range(cue_i + 2, m.start))]
            if src:
                return _labels(h, src[:1]), 1.0
        if cue.cue.event in ("REQUEST", "SUPPORT") and not cue.negated:
            # "der Vorschlag", "dem Vorstoß" without an owner are references, not stances
            return [], 1.0
    return None


def _holders_for(ctx: DocContext, cue: CueMatch, sent: Span, frame: SpeechFrame | None, h: _Holders, lex: Lexicon,
                 attr: tuple[int, int], k: int, flip_for_speaker: set[str], voice: str | None = None) -> tuple[list[str], float]:
    doc = ctx.doc
    ments = [m for m in ctx.mentions_in(sent.start, sent.end) if not attr[0] <= m.start < attr[1]]
    attached = _attached_holders(ctx, cue, sent, ments, h, lex)
    if attached is not None:
        return attached
    passive = doc[cue.i].tag_ == "VVPP" and any((t.lemma_ or "") == "werden" for t in sent)
    if passive and cue.cue.event == "REQUEST" and (doc[cue.i].lemma_ or "").lower() in ("auffordern", "bitten", "drängen", "ersuchen"):
        return [], 1.0  # "die Bundesregierung wird aufgefordert, …": the addressee
    lo, hi = clause_bounds(doc, cue.i)
    lo2, hi2 = clause_bounds(doc, cue.j)
    lo, hi = min(lo, lo2), max(hi, hi2)
    holders: list[str] = []
    conf = 1.0
    # 2. the subject of the cue's clause (or of the sentence's content)
    impersonal = cue.cue.words[0] == "es"  # "es wird keine … geben": only a speaker or the context holds it
    subjectless_clause = not any(t.tag_.endswith("FIN") for t in doc[lo:hi]) and any(
        t.tag_ in ("PTKZU", "VVIZU") for t in doc[lo:hi])
    # an argument names who suffers the consequence ("…, die Deutschland zur Kriegspartei machen
    # könnten", "Waffen ziehen Deutschland in den Krieg"): who argues is the speaker, the governing
    # clause's subject or a main clause's subject before its finite verb ("X sprach von einem Blindflug")
    subjectless_clause = subjectless_clause or (cue.cue.argument and doc[lo].tag_ in ("KOUS", "PRELS"))
    cands = [] if subjectless_clause or impersonal else [m for m in ments if lo <= m.start < hi and _eligible(ctx, m, cue, passive)]
    if cue.cue.argument:
        fin = next((t.i for t in doc[lo:hi] if t.tag_.endswith("FIN")), hi)
        cands = [m for m in cands if m.start < fin]
    pron = None if subjectless_clause else clause_pronoun(doc, lo, hi)
    plural = pron is not None and plural_pronoun(doc, pron.start)
    if not cands and group_reference(doc, lo, hi) and len(h.last) >= 2 and h.last_para == ctx.para[k]:
        return list(h.last), 0.7
    if plural and (not cands or pron.start < cands[0].start):
        # "Warschau und Vilnius …; sie fordern …": the last coordinated subjects
        before = [m for m in ments if m.start < pron.start and _eligible(ctx, m, cue, passive)]
        group = coordinated(doc, before[0], [m for m in ments if m.holder_eligible]) if before else []
        if len(group) >= 2:
            return [a for m in group for a in _labels(h, [m])], 0.8
        if len(h.last) >= 2 and h.last_para == ctx.para[k]:
            return list(h.last), 0.7
        # "Unterzeichnet haben Schwarzer, Walser und Mey. Sie appellieren …": a list in the sentences before
        for kk in (k - 1, k - 2):
            if kk < 0 or ctx.para[kk] != ctx.para[k]:
                break
            prev = [m for m in ctx.mentions_in(ctx.sents[kk].start, ctx.sents[kk].end) if m.holder_eligible
                    and m.kind != "adjective" and m.type != "Place"]
            for m in prev:
                group = coordinated(doc, m, prev)
                if len(group) >= 2:
                    return [a for g in group for a in _labels(h, [g])], 0.6
        return [], 1.0
    if pron is not None and (not cands or pron.start < cands[0].start) and h.last_person:
        cands = [pron]
    # a relative clause: its subject is the antecedent right before it ("Lenzen, der sich … nicht verschließen will")
    if not cands and doc[lo].tag_ == "PRELS" and lo >= 2 and doc[lo - 1].text == "," and not cue.cue.argument:
        ante = [m for m in ments if m.end == lo - 1 and m.holder_eligible and m.kind != "adjective"]
        if ante:
            cands = ante
    clause_fin = next((t.i for t in doc[lo:hi] if t.tag_.endswith("FIN")), None)
    main_clause = doc[lo].tag_ not in ("KOUS", "PRELS", "PWS", "PWAV", "KON")
    own_subject = main_clause and clause_fin is not None and any(
        t.tag_ in ("NN", "NE", "PPER", "PIS", "PDS") and t.i != cue.i for t in doc[lo:clause_fin]) and not subjectless_clause
    if not cands and not (frame and not frame.source_only) and not own_subject and not impersonal:
        cands = [m for m in ments if _eligible(ctx, m, cue, passive) and not (subjectless_clause and lo <= m.start < hi)]
        first_pron = clause_pronoun(doc, sent.start, clause_bounds(doc, sent.start)[1])
        if first_pron is not None and h.last_person and (not cands or first_pron.start < cands[0].start):
            cands = [first_pron]
    if cands:
        first = cands[0]
        elig = [m for m in ments if m.holder_eligible]
        # an enumeration that starts before the clause's comma: "Frankreich, Italien und Spanien fordern …"
        while True:
            before = [m for m in elig if m.end == first.start - 1 and doc[first.start - 1].text == ","]
            if not before or not _eligible(ctx, before[0], cue, passive):
                break
            first = before[0]
        group = coordinated(doc, first, elig)
        holders.extend(a for m in group for a in _labels(h, [m]))
    # "sich mit X und Y einig sein": X and Y share the position
    if cue.cue.words[0] in ("einig", "Einigkeit"):
        for m in ments:
            if lo <= m.start < hi and prep_before(doc, m)[0] == "mit":
                holders.extend(_labels(h, coordinated(doc, m, ments)))
    # first-person subjects inside a quote belong to the speaker
    firstperson = any(t.lower_ in ("wir", "ich") for t in doc[lo:hi])
    # 3. the speaker; a third party inside the reported content keeps the position only
    #    with an explicit stance cue ("Die Verbündeten sind sich einig, dass …", "… lehnt ab")
    if frame and frame.speakers and not frame.source_only:
        spk = _labels(h, frame.speakers)
        # a spokesperson (an organisation speaking) reports its government's position
        org_speaker = any(m.extra.get("spokesperson") for m in frame.speakers)
        inner = [x for x in holders if x not in spk] if (cue.cue.event == "AGREE" or not spk or org_speaker) else []
        holders = spk + inner
        if spk and frame.critical and cue.cue.words[0] in OBSTRUCTION:
            flip_for_speaker.update(spk)
    elif frame and frame.source_only:
        src = _labels(h, frame.speakers)
        if not holders or (cue.strength == 1 and not frame.extra_holder):
            holders, conf = src, 0.85
        elif frame.extra_holder:
            holders = holders + [x for x in src if x not in holders]
    elif firstperson and not holders:
        # "ich"/"wir" without a quote frame: an interview answer or a continued statement, so the
        # person speaking last (or the article's first person, its interviewee)
        person = voice or h.last_person or next((m.actor for m in ctx.mentions if m.type == "Person" and m.actor), None)
        if person:
            holders, conf = [person], 0.6
    # 5. no holder: the previous sentence's holder in the same paragraph (pro-drop style reports)
    if not holders and h.last and h.last_para == ctx.para[k]:
        fin = next((t.i for t in sent if t.tag_.endswith("FIN")), sent.end)
        subjectless = not any(t.tag_ in ("NN", "NE", "PPER", "PIS", "PDS") for t in doc[sent.start:fin]
                              if t.i != cue.i) or cue.cue.event == "AGREE"
        if subjectless and not any(m.holder_eligible and m.type != "Place" for m in ments):
            holders, conf = list(h.last), 0.6
    if not holders and voice and not (frame and frame.speakers):
        holders, conf = [voice], 0.6  # an interview answer: "Es wird keine NATO-Soldaten in der Ukraine geben."
    if not holders:
        first = next((t for t in sent if not t.is_space), None)
        if first is not None and first.lower_ == "in" and first.i + 1 < sent.end and doc[first.i + 1].text in lex.capitals \
                and any(t.lower_ == "man" for t in doc[lo:hi]):
            holders = [lex.capitals[doc[first.i + 1].text]]  # "In Berlin zeigt man sich offen"
    if holders:
        # "Die Linke ist dagegen, ebenso die AfD."
        for m in ments:
            k2 = m.start - 1
            while k2 > sent.start and doc[k2].tag_ == "ART":
                k2 -= 1
            if doc[k2].lower_ in ("ebenso", "genauso", "gleichfalls") and k2 > sent.start and doc[k2 - 1].text == "," \
                    and m.holder_eligible and m.kind != "adjective":
                holders.extend(_labels(h, [m]))
    seen: list[str] = []
    for x in holders:
        if x not in seen:
            seen.append(x)
    return seen, conf


def _labels(h: _Holders, ms: list[Mention]) -> list[str]:
    out: list[str] = []
    for m in ms:
        out.extend(h.resolve(m))
    return out
