"""Positions: who is for or against which proposal, with the sentence that shows it.

For each stance cue in a sentence the extractor finds
- the holder (rules in :mod:`kg.extract.holders`): an actor attached to a cue noun ("der polnische
  Vorstoß"), the grammatical subject of the cue's clause, the speaker of a quote or of indirect
  speech, an interviewee, a pronoun's antecedent, or the source of "nach Angaben von X";
- the proposal: a proposal mention in the cue's clause or the nearest clause, or, for an
  explicit cue with an anaphor ("eine solche Mission", "das"), the proposal discussed in the
  sentences just before;
- the polarity: the cue's, flipped by negation of the cue ("nicht ablehnen") and of the
  proposal ("keine NATO-Soldaten").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.extract.carried import (ALIKE, alike_whom, backing_received, fixed_sides, judged_stance, owners_stance,
                                reported_again, stated_in, unchanged_stance)
from kg.extract.co_holders import antecedent, enacting_state, led_by, named_members
from kg.extract.context import DocContext, cue_text, sentence_span
from kg.extract.holder_query import Discourse, HolderQuery
from kg.extract.holders import find_holders
from kg.extract.letters import about_the_letter, quotes_letter, signatories
from kg.extract.polarity import (abandoned_principle, embedded_cue, manner_cue, negated_complement, opposite,
                                 stance_given_up)
from kg.extract.reports import critical_reaction, reacting_speakers, statement_frame
from kg.extract.speech import (KONJUNKTIV_II, OBSTRUCTION, QUOTE, SpeechFrame, is_conditional, is_konjunktiv,
                               is_konjunktiv_ii, new_speaker, prep_before, speech_frame, whole_quote)
from kg.extract.subjects import after_pronoun_subject
from kg.extract.turns import commentary_author, interview_turns
from kg.extract.verdicts import agreement, rebutted, verbless, verdict, yes_no
from kg.lexicon import Cue, Lexicon
from kg.nlp.clauses import DASHES, clause_bounds, finite_verb, is_existential
from kg.nlp.cues import IMPERATIVE, CueMatch, action_negated
from kg.nlp.mentions import Mention
from kg.nlp.proposals import ProposalMention
from kg.records import Position

__all__ = ["extract_positions"]


def extract_positions(ctx: DocContext, lex: Lexicon) -> list[Position]:
    """All positions of an analysed article, sentence by sentence, with discourse state carried along."""
    doc = ctx.doc
    h = Discourse(ctx, lex)
    results: list[Position] = []
    topic: list[tuple[int, list[str]]] = []  # (sentence index, proposal keys)
    quote_speakers: list[Mention] = []
    reported: list[Mention] = []
    reported_k = -2  # the sentence whose frame (or reacting subject) named the reported speakers
    reported_critical = False  # the reported speakers criticise ("X warf Berlin vor, …. Man zögere …")
    turns = interview_turns(ctx, lex)
    letter: list[tuple[str, str]] = []  # (proposal, polarity) stated in an open letter
    author = commentary_author(ctx, lex)
    for k, sent in enumerate(ctx.sents):
        turn = turns[k]
        h.k = k
        frame = speech_frame(ctx, sent, lex)
        if turn is not None and turn.question and turn.labelled and frame is not None and frame.attr_lo <= _first_word(sent) < frame.attr_hi:
            frame = None  # "Handelsblatt: Die Gewerkschaften unterstützen aber die Sanktionen?": the interviewer's label
        if frame is None and ctx.quote_open_at_start[k] and quote_speakers:
            # the continuation of a quotation that began in an earlier sentence
            frame = SpeechFrame(list(quote_speakers), -1, -1)
        if k > 0 and ctx.para[k] != ctx.para[k - 1]:
            reported = []
        impersonal = any(t.lower_ in ("hieß", "heißt", "verlautete") and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "es"
                         for t in sent)
        # indirect speech over several sentences: "Deutschland habe … geliefert und werde …"; a
        # Konjunktiv II continues only the sentence right after the speaker's ("X sagte, … . Ein Embargo
        # würde Arbeitsplätze gefährden.")
        mood = is_konjunktiv(sent) or (reported_k == k - 1 and is_konjunktiv_ii(sent))
        if frame is None and reported and mood and not impersonal and not new_speaker(ctx, sent, reported):
            frame = SpeechFrame(list(reported), -1, -1, critical=reported_critical)
        if frame is None and reported and reported_k == k - 1 and whole_quote(sent):
            frame = SpeechFrame(list(reported), -1, -1)  # "X sagte, … . „Die Ukraine braucht Panzer.“"
        if frame is None and impersonal:
            # "…, hieß es in einer Erklärung": the actors who spoke or took a stance just before
            frame = statement_frame(ctx, sent, k, lex, reported if reported_k >= k - 2 else [], h)
        if frame is not None and frame.speakers and not frame.source_only:
            if frame.attr_lo >= 0:  # a frame of its own (a carried one keeps the critic's voice)
                reported_critical = frame.critical
            reported, reported_k = list(frame.speakers), k
        elif frame is None:
            reacting = reacting_speakers(ctx, sent, lex)
            if reacting:
                reported, reported_k = reacting, k
                reported_critical = critical_reaction(doc, sent)
        if frame is not None and frame.speakers and not frame.source_only and ctx.quote_open_at_end[k]:
            quote_speakers = list(frame.speakers)
        elif not ctx.quote_open_at_end[k]:
            quote_speakers = []
        attr = (frame.attr_lo, frame.attr_hi) if frame and not frame.source_only else (-1, -1)
        all_props = ctx.proposals_in(sent.start, sent.end)
        props = [p for p in all_props if not attr[0] <= p.start < attr[1] or _fronted_topic(doc, sent, p, frame)]
        cues = [c for c in ctx.cues if sent.start <= c.i < sent.end and (not attr[0] <= c.i < attr[1] or c.i == frame.verb)]
        question = sent.text.strip().endswith("?") or (turn is not None and turn.question and turn.labelled)
        voice = turn.speaker if turn is not None else None  # the interviewee answering
        if voice is None and author is not None and k > author[0]:
            voice = author[1]  # the author of an opinion piece
        absorbed = [(p.start, p.end) for p in all_props if p.absorbs_cue]
        cues = [c for c in cues if not _other_topic(doc, c, props)]
        cues = cues + _action_cues(doc, sent, [p for p in props if p.absorbs_cue], cues, lex)
        # a cue word inside a proposal that contains its own action ("die Gasimporte stoppen") is that
        # action, not a competing stance of the clause
        cues = [c for c in cues if c.cue in (ACTION, IMPERATIVE) or not any(lo2 <= c.i < hi2 for lo2, hi2 in absorbed)]
        ments = [m for m in ctx.mentions_in(sent.start, sent.end) if not attr[0] <= m.start < attr[1]]
        best: dict[tuple[str, str], tuple[tuple, Position]] = {}
        former: list[Position] = []  # stances given up later in the sentence (see stance_given_up)
        letter_here = quotes_letter(doc, sent, lex)
        in_letter: dict[str, tuple[tuple, str]] = {}
        stance_holders: list[str] = []
        verdicts = {p.end for p in all_props if verdict(doc, sent, p) is not None}
        for cue in cues:
            if cue.i in verdicts:
                continue  # "Kampfpanzer nein": the elliptic verdict (see yes_no), not a "Nein" of the subject
            lo, hi = clause_bounds(doc, cue.i)
            opener = doc[lo + 1] if doc[lo].lower_ in ("und", "oder", "aber") and lo + 1 < hi else doc[lo]
            conditional = is_conditional(doc, lo) and not (frame is not None and cue.i == frame.verb)  # not "…, kündigte er an"
            conditional = conditional and not (cue.cue.pos == "consequence" and doc[lo].tag_ == "PROAV")  # "damit werde …"
            if opener.lower_ == "wer" and (lo == _first_word(sent) or _after_colon(doc, lo)) and not question:
                for pos in rebutted(ctx, cue, sent, lo, hi, props, voice, frame, h, lex):
                    best.setdefault((pos.holder, pos.proposal), ((0, cue.strength, 0), pos))
                    stance_holders.append(pos.holder)
            if ((cue.strength == 1 or (question and cue.cue.pos in ("noun", "adj"))) and (question or conditional)) \
                    or (opener.lower_ in ("wenn", "falls", "sofern", "ob", "ohne", "wer")
                                                                    and not (cue.cue.pos == "consequence" and opener.tag_ == "APPR")):
                continue  # also "…, und wer Zweifel anmeldet, …"
            if cue.strength == 1 and _means_explained(doc, lo, hi, props):
                continue  # "Eine Flugverbotszone müsste durchgesetzt werden, indem man …": what it would take
            if opener.tag_ == "KOKOM" and any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[lo:hi]):
                continue  # a comparison: "…, als eine Flugverbotszone durchzusetzen"
            if cue.cue not in (ACTION, IMPERATIVE) and any(lo2 <= cue.i < hi2 for lo2, hi2 in absorbed):
                continue
            if doc[cue.i].tag_ == "ADJA" and cue.cue.pos == "adj" and any(
                    c.cue.pos == "verb" and c.strength == 2 and clause_bounds(doc, c.i) == (lo, hi) for c in cues):
                continue  # "kritisierte die zögerliche Haltung der Regierung": the verb composes it (see manner_cue)
            if cue.cue.pos == "verb" and _asks(sent) and _polar_question(doc, sent, lo, hi):
                continue  # "Handelsblatt: Die Gewerkschaften unterstützen aber die Sanktionen?": asked, not said
            if cue.cue.pos == "verb" and _stance_topic(doc, cue, props, lo, hi, lex, {c.i for c in cues}):
                continue  # "Habeck verteidigt Haltung zum Energieembargo": the stance itself is not said
            if cue.cue.pos == "noun" and _after_ohne(doc, cue.i):
                continue  # "eine Mission, die ohne Zustimmung Russlands stationiert werde": no one's consent
            rel = next((r for r in range(lo + 1, cue.i) if doc[r - 1].text == "," and doc[r].lower_ in (
                "der", "die", "das", "dem", "denen")), None)  # the chunker keeps "Jedes Land, das …" together when "das" is read as an article
            if (doc[lo].tag_ == "PRELS" and _generic_antecedent(doc, lo)) or (rel is not None and _generic_antecedent(doc, rel)):
                continue  # "Jedes Land, das eine Flugverbotszone durchsetze, …": a hypothetical one
            if _hypothetical_description(doc, lo, hi, cue.i, all_props):
                continue  # "Eine Flugverbotszone, die Nato-Piloten zum Abschuss verpflichten würde, …": what it would do
            if cue.strength == 1 and _agenda(doc, lo, hi):
                continue  # "dort soll es auch um weitere Waffenlieferungen gehen": a topic on the agenda
            if cue.cue.words == ("es", "geben") and any(t.lower_ in ("gab", "gaben") for t in doc[lo:hi]):
                continue  # "Bislang gab es solche Verbände nur in Polen": a past fact, no stance
            if cue.negated and cue.cue.event == "REQUEST" and cue.cue.pos == "verb":
                continue  # "forderte nicht ausdrücklich eine Flugverbotszone": no demand is no rejection
            if cue.negated and cue.cue.words[0].lower() in lex.abstentions and not any(
                    t.lower_ in ("länger", "mehr") for t in doc[lo:hi]):
                continue  # "werde die Sanktionen nicht blockieren": not blocking is no support
            if turn is not None and turn.question and cue.cue.pos not in ("verb", "noun") and not (
                    frame is not None and frame.speakers and not frame.source_only and frame.attr_lo >= 0):
                continue  # an interviewer's judgement ("Deutschland liefere zu spät") is no one's stance
                # (but the question may report what someone said: "Habeck sagt, ein Embargo würde …")
            if frame is not None and cue.i == frame.verb and frame.critical and any(
                    c.cue.words[0] in OBSTRUCTION for c in cues if c is not cue):
                continue  # "…, kritisierte Merz": the criticised obstruction carries the stance
            if cue.strength == 1 and cue.subject != -4 and any(c.strength == 2 and clause_bounds(doc, c.i) == (lo, hi)
                                                               and not _reference(doc, c) for c in cues):
                continue
            if cue.strength == 1 and any(c.strength == 2 and _complement(doc, lo, hi, clause_bounds(doc, c.i)) for c in cues):
                continue  # "es gibt gute Gründe, vorsichtig zu sein": the explicit cue in the complement carries it
            if cue.strength == 1 and lo > sent.start and (doc[lo].lower_ in ("dass", "ob") or any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[lo:hi])):
                plo, phi = clause_bounds(doc, lo - 2) if lo - 2 >= sent.start else (lo, lo)
                if any(c.strength == 2 and plo <= c.i < phi for c in cues):
                    continue  # "Ich halte es für überfällig, dass Deutschland … liefert"
            if cue.strength == 1 and cue.cue.words[0] in ("müssen", "sollen", "wollen") and any(
                    t.tag_ in ("VVPP", "VVINF", "VVIZU") and (t.lemma_ or "").lower() in _REVIEW for t in doc[lo:hi]):
                continue  # "die Sanktionen müssten überprüft werden": a review is no demand either way
            if cue.cue.pos == "adj" and _comparative_manner(doc, cue, lo, hi):
                continue  # "Zurückhaltender äußerte sich X", "äußerte sich vorsichtiger als sein Kollege": relative
            if cue.strength == 1 and _attributive_infinitive(doc, sent, lo, hi, cues, lex):
                continue  # "die Möglichkeiten der Bundeswehr, Waffen abzugeben, seien ausgeschöpft"
            if cue.strength == 1 and any((t.lemma_ or "").lower() in ("bekommen", "erhalten", "empfangen") for t in doc[lo:hi]):
                continue  # "Die Ukraine soll Panzer bekommen": a recipient, not a holder
            if cue.subject != -2:
                found, carried = _consequence_of(ctx, cue, all_props, sent, lo, topic, k, results,
                                                 sorted({key[1] for key in best}))
            else:
                found, carried = _proposals_for(ctx, cue, all_props if frame and cue.i == frame.verb else props,
                                                sent, lex, topic, k, attr, results)
            found = [_narrowed(doc, p, topic, k, lex) for p in found]
            if cue.cue.implies:
                # "Wer das Embargo blockiert, finanziert Putins Krieg mit": the argument names its proposal
                found = [p for p in found if p.key == cue.cue.implies] or [
                    ProposalMention(cue.i, cue.i + 1, cue.cue.implies, cue.cue.implies, False, "anaphor")]
                carried = False  # not a judgement of the stance just reported ("Wir bezahlen diesen Krieg mit")
            if not found:
                continue
            query = HolderQuery(ctx, cue, sent, frame, h, lex, k, ments, voice)
            holders, hconf = find_holders(query)
            flip = query.flip
            led = led_by(ctx, sent, cue.i, holders)
            if led and not holders:
                hconf = 0.8
            holders = holders + [a for a in led if a not in holders]
            holders = holders + [a for a in enacting_state(doc, cue, holders, lex) if a not in holders]
            stances = []
            given_up: list[tuple[ProposalMention, str]] = []
            for p in found:
                base = cue.polarity if not p.negated else opposite(cue.polarity)
                if p.negated and cue.cue.pos == "consequence" and cue.subject == p.start:
                    # "keine amerikanischen Soldaten in der Ukraine kämpfen zu lassen": the denied proposal
                    # is the bad outcome's own subject - one rejection, not two
                    base = cue.polarity
                pclause = clause_bounds(doc, p.start)
                same_clause = p.source == "anaphor" or pclause == clause_bounds(doc, cue.i)
                inner = None if same_clause else embedded_cue(doc, cues, cue, pclause, p)
                if inner is not None:
                    # "lehnte es ab, Soldaten zu schicken": against x for = against;
                    # "verlangte, die Sanktionen auf den Prüfstand zu stellen": for x against = against
                    base = base if inner.polarity == "for" else opposite(base)
                elif not same_clause and negated_complement(doc, pclause, p.start, lex):
                    # "hält daran fest, dass die NATO nicht militärisch eingreift"
                    base = opposite(base)
                if p.negated and abandoned_principle(doc, pclause, lex):
                    # "mit dem Grundsatz brechen, keine Waffen in Kriegsgebiete zu liefern": the refusal is given up
                    base = opposite(base)
                if cue.strength == 2 and stance_given_up(doc, sent, lo, hi, all_props, lex):
                    # "hatte sich lange gegen ein Ölembargo gesperrt, ihre Haltung aber geändert": the new stance is
                    # the opposite; the former one is reported too
                    given_up.append((p, base))
                    base = opposite(base)
                manner = manner_cue(doc, cues, cue, p) if same_clause and cue.cue.pos == "verb" else None
                if manner is not None:
                    # "verteidigte die zurückhaltende Linie des Kanzlers bei schweren Waffen": for x against = against
                    base = base if manner.polarity == "for" else opposite(base)
                rank = (2 if inner is not None else int(same_clause), cue.strength, -abs(p.start - cue.i))
                if doc[lo].lower_ in ("aber", "doch", "sondern", "jedoch") and (cue.cue.pos == "consequence" or cue.strength == 2):
                    # "Ein Embargo wäre teuer, aber es wäre zu schaffen": the consequence after "aber" is the point
                    rank = (max(rank[0], 1), cue.strength, 1)
                judged = judged_stance(ctx, results, k, cue, p, lo, hi, topic, lex) if carried else None
                if judged is not None:
                    # "Die Regierung lehnt ein Embargo ab. Röttgen hält das für falsch.": the judgement is of the
                    # stance another holder took just before, not of the proposal (against x against = for)
                    judged = (judged[0] if cue.polarity == "for" else opposite(judged[0]), judged[1])
                stances.append((p, base, rank, judged))
                if letter_here and (p.key not in in_letter or rank > in_letter[p.key][0]):
                    in_letter[p.key] = (rank, base)  # "…, heißt es in dem Schreiben": held by its signatories
            if not holders:
                continue
            holders = holders + [a for a in named_members(ctx, sent) if a not in holders and a not in flip]
            if flip:
                holders = holders + [a for a in antecedent(ctx, lo, cue.i) if a not in holders]
            for p, old in given_up:
                for holder in holders:
                    pol = old if holder not in flip else opposite(old)
                    former.append(Position(holder, p.key, pol, sentence_span(doc, sent), cue_text(doc, cue),
                                           round((0.9 if cue.strength == 2 else 0.75) * hconf * 0.9, 2)))
            for p, base0, rank, judged in stances:
                conf = (0.9 if cue.strength == 2 else 0.75) * hconf * (0.75 if carried else 1.0) * (0.8 if cue.cue.argument else 1.0)
                for holder in holders:
                    base = judged[0] if judged is not None and holder not in judged[1] else base0
                    # "X kritisierte, Berlin blockiere Sanktionen": X is for what Berlin blocks
                    pol = base if holder not in flip else ("against" if base == "for" else "for")
                    pos = Position(holder, p.key, pol, sentence_span(doc, sent), cue_text(doc, cue), round(conf, 2))
                    key = (holder, p.key)
                    if key not in best or rank > best[key][0]:
                        best[key] = (rank, pos)
                    if holder not in stance_holders:
                        stance_holders.append(holder)
        for pos in yes_no(ctx, sent, all_props, frame, voice, h):
            # "Ausrüstung ja, Kampfpanzer nein": the elliptic verdict decides for its proposal
            best[(pos.holder, pos.proposal)] = ((3, 2, 0), pos)
            stance_holders.append(pos.holder)
        for key in sorted({p.key for p in all_props}):
            same = [p for p in all_props if p.key == key]
            speakers = [a for m in frame.speakers for a in h.resolve(m)] if frame and frame.speakers and not frame.source_only else (
                [voice] if voice else [])
            if len(same) >= 3 and len({doc[p.start:p.end].text.lower() for p in same}) == 1 and not question:
                # "Meine Agenda ist sehr einfach: Waffen, Waffen und nochmals Waffen": a demand by repetition
                for a in speakers:
                    best.setdefault((a, key), ((1, 2, 0), Position(a, key, "for", sentence_span(doc, sent),
                                                                     doc[same[0].start:same[0].end].text, 0.7)))
                    stance_holders.append(a)
        for pos in verbless(ctx, sent, h):
            best.setdefault((pos.holder, pos.proposal), ((1, 0), pos))
            stance_holders.append(pos.holder)
        agree = agreement(doc, sent)
        if agree and voice is not None and best:
            # the writer or interviewee judges the reported stance: "X hat zu Recht klargemacht, dass …"
            for (holder, key), (rank, pos) in list(best.items()):
                if holder != voice and (voice, key) not in best:
                    pol = pos.polarity if agree == "for" else opposite(pos.polarity)
                    best[(voice, key)] = (rank, Position(voice, key, pol, pos.evidence, pos.cue, round(pos.confidence * 0.8, 2)))
        first_word = next((t.lower_ for t in sent if not t.is_space), "")
        if not best and k > 0 and (ctx.para[k] == ctx.para[k - 1] or first_word in ("das", "dies") or first_word in ALIKE
                                   or bool(alike_whom(ctx, sent))):
            # "Das kündigte X an." may open a new paragraph after the lead
            for pos in reported_again(ctx, sent, frame, h, results, k, lex):
                best[(pos.holder, pos.proposal)] = ((0, 0), pos)
        if not best and k > 0 and not question:
            for pos in backing_received(ctx, sent, h, results, topic, k, lex):
                # "Unterstützung erhielt Warschau aus Litauen": Litauen shares Warschau's stance
                best[(pos.holder, pos.proposal)] = ((0, 0), pos)
        if not best and k > 0 and not question:
            for pos in unchanged_stance(ctx, sent, frame, h, results, topic, k, lex):
                # "die Haltung der Bundesregierung habe sich nicht geändert": the stance its side took last
                best[(pos.holder, pos.proposal)] = ((0, 0), pos)
        results.extend(pos for _, pos in sorted(best.values(), key=lambda x: (x[1].holder, x[1].proposal)))
        for pos in former:
            if not any((r.holder, r.proposal, r.polarity) == (pos.holder, pos.proposal, pos.polarity) for r in results):
                results.append(pos)
        for key, (_, pol) in sorted(in_letter.items()):
            if (key, pol) not in letter:
                letter.append((key, pol))
        carried_keys = sorted({pos.proposal for pos in stated_in(results, doc, sent)})
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
                    and m.kind != "pronoun" and prep_before(doc, m) == (None, False) and not after_pronoun_subject(doc, m)
                    and not doc[m.end - 1].text.endswith(("s", "'")) or (m.kind == "role_name" and m.type == "Person" and m.actor)]
        for cand in [*spk, *stance_holders, *subjects]:
            if _is_person(ctx, cand):
                h.last_person = cand
                break
        h.persons.extend((k, m.actor) for m in ctx.mentions_in(sent.start, sent.end)
                         if m.type == "Person" and m.actor and m.kind != "pronoun")
    if letter:
        results = about_the_letter(ctx, lex, letter, results)
        results.extend(signatories(ctx, h, lex, letter, results))
    return fixed_sides(ctx, lex, _subsume_general_weapons(doc, lex, results))


def _subsume_general_weapons(doc: Doc, lex: Lexicon, results: list[Position]) -> list[Position]:
    """A holder's stance on weapons in general ("Militärhilfe", "Waffen", "bestimmte Waffensysteme") is
    the same holder's stance on heavy weapons with the same polarity in the article, told in general
    words: one statement, one key. A general stance stated with a specific kind of weapon ("Stinger",
    "Munition", kg/data/specific_arms.txt) stands of its own."""
    heavy = {(p.holder, p.polarity) for p in results if p.proposal == "heavy_weapons"}
    general: dict[tuple[str, str], list[Position]] = {}
    for p in results:
        if p.proposal == "arms_deliveries" and (p.holder, p.polarity) in heavy:
            general.setdefault((p.holder, p.polarity), []).append(p)
    drop = set()
    for key, ps in general.items():
        text = " ".join(doc.text[p.evidence.start:p.evidence.end] for p in ps).lower()
        if not any(w in text for w in lex.specific_arms):
            drop.add(key)
    return [p for p in results if not (p.proposal == "arms_deliveries" and (p.holder, p.polarity) in drop)]


_MEANS_VERBS = frozenset({"heißt", "heiße", "hieße", "bedeutet", "bedeute", "bedeuten", "würde", "hieße"})


def _means_explained(doc: Doc, lo: int, hi: int, props: list[ProposalMention]) -> bool:
    """A proposal as the subject of a Konjunktiv II clause followed by an "indem" clause: "Eine
    Flugverbotszone müsste durchgesetzt werden, indem man russische Flugzeuge abschießt" explains what
    the proposal would take; it demands nothing (but "Die EU müsste Sanktionen verhängen, indem …",
    with the proposal as object, is a demand)."""
    # "…, und das heiße/bedeute, russische Flugzeuge abzuschießen": the same explanation, in reported speech
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


def _after_ohne(doc: Doc, i: int) -> bool:
    """A noun governed by "ohne": "ohne Zustimmung Russlands", "ohne die Unterstützung der USA"."""
    k = i - 1
    while k >= 0 and doc[k].tag_ in ("ART", "ADJA", "PPOSAT", "PIAT"):
        k -= 1
    return k >= 0 and doc[k].lower_ == "ohne"


def _generic_antecedent(doc: Doc, lo: int) -> bool:
    """A relative clause about anyone at all: "Jedes Land, das …", "alle, die …", "Wer …"."""
    if lo < 2 or doc[lo - 1].text != ",":
        return False
    k = lo - 2
    while k > doc[lo].sent.start and doc[k].tag_ in ("NN", "ADJA", "NE"):
        k -= 1
    return doc[k].lower_.startswith(("jede", "jeder", "jedes", "jedem", "jeden", "alle", "jegliche", "sämtliche"))


_TOPIC_PREPS = frozenset({"zu", "zum", "zur", "über", "bei", "beim"})


def _fronted_topic(doc: Doc, sent: Span, p: ProposalMention, frame: SpeechFrame | None) -> bool:
    """"Zu einem Gasembargo sagte Kühnert, die SPD halte es für falsch, …": a prepositional phrase before
    the speech verb names what the reported content is about ("Mit Blick auf Kampfjets sagte X, …")."""
    if frame is None or frame.verb < 0 or not p.start < frame.verb:
        return False
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    if first is None:
        return False
    if first.lower_ == "mit" and first.i + 2 < frame.verb and doc[first.i + 1].lower_ == "blick" and doc[first.i + 2].lower_ == "auf":
        pass
    elif first.lower_ not in _TOPIC_PREPS:
        return False
    return frame.verb == p.end or all(doc[k].tag_ not in ("$,", "$.") and not doc[k].tag_.endswith("FIN")
                                      for k in range(first.i, frame.verb)) and doc[frame.verb].tag_.endswith("FIN")


def _after_colon(doc: Doc, lo: int) -> bool:
    """The clause at ``lo`` follows a colon, perhaps with an opening quotation mark: 'meint: „Wer …'."""
    k = lo - 1
    while k > 0 and doc[k].text in QUOTE:
        k -= 1
    return k >= 0 and doc[k].text == ":"


def _first_word(sent: Span) -> int:
    return next((t.i for t in sent if not t.is_space and t.text not in QUOTE), sent.start)


def _is_person(ctx: DocContext, label: str) -> bool:
    return any(m.actor == label and m.type == "Person" for m in ctx.mentions)


def _consequence_of(ctx: DocContext, cue: CueMatch, props: list[ProposalMention], sent: Span, lo: int,
                    topic: list[tuple[int, list[str]]], k: int, results: list[Position],
                    here: list[str] = ()) -> tuple[list[ProposalMention], bool]:
    """The proposal a consequence argument is about: its subject, or for an anaphor ("Ein solcher
    Schritt würde …", "Das wäre …") the proposal of a clause before it in the sentence, else the one
    discussed in the sentences just before. "Das"/"es" after a rejection may mean the rejection ("Die
    NATO lehnt eine Flugverbotszone ab. Das wäre eine Katastrophe"): then nothing."""
    if cue.subject >= 0:
        return [p for p in props if p.start == cue.subject][:1], False
    before = [p for p in props if p.start < lo]
    if before:
        blo, bhi = clause_bounds(ctx.doc, before[-1].start)
        if cue.subject == -1 and any(blo <= c.i < bhi and c.polarity == "against" and c.strength == 2 for c in ctx.cues):
            return [], False
        return [p for p in before if blo <= p.start < bhi], False
    for kk, keys in reversed(topic):
        if k - kk > (1 if cue.subject == -4 else 2) or ctx.para[kk] < ctx.para[k] - 1:
            break
        if keys:
            if cue.subject == -1 and any(p.polarity == "against" for p in stated_in(results, ctx.doc, ctx.sents[kk])):
                return [], False
            return [ProposalMention(cue.i, cue.i + 1, key, key, False, "anaphor") for key in keys], True
    if cue.subject == -4 and here:
        # "Die Regierung erteilte diesem Wunsch eine Absage; Wallace verwies auf die Gefahr einer Eskalation"
        return [ProposalMention(cue.i, cue.i + 1, key, key, False, "anaphor") for key in here], True
    if cue.subject == -4:
        return [], False  # a warning without its proposal: only this sentence or the one just before
    earlier = [key for kk, keys in topic for key in keys if kk < k]
    if cue.subject == -3 and earlier:
        # "die Übergabe", "ein solcher Schritt" further back: the proposal the article is most about so far
        key = max(reversed(earlier), key=earlier.count)
        return [ProposalMention(cue.i, cue.i + 1, key, key, False, "anaphor")], True
    return [], False


def _proposals_for(ctx: DocContext, cue: CueMatch, props: list[ProposalMention], sent: Span, lex: Lexicon,
                   topic: list[tuple[int, list[str]]], k: int, attr: tuple[int, int],
                   results: list[Position] = ()) -> tuple[list[ProposalMention], bool]:
    found, carried = _proposals_for_clause(ctx, cue, props, sent, lex, topic, k, attr, results)
    comp = _complement_anaphor(ctx.doc, cue, sent, lex) if carried and not props else None
    if comp is not None and all(p.source == "anaphor" for p in found):
        # "forderte die USA auf, die Lieferungen einzustellen": the anaphor is the complement's object, so the
        # complement's own cue composes with the main one (see embedded_cue)
        found = [ProposalMention(comp, comp + 1, p.key, p.text, False, "complement") for p in found]
    return found, carried


def _complement_anaphor(doc: Doc, cue: CueMatch, sent: Span, lex: Lexicon) -> int | None:
    """The proposal anaphor noun ("die Lieferungen", "den Vorschlag") in the zu-infinitive right after the
    verb cue's clause, when the cue's own clause has none: "rief Washington auf, die Lieferungen einzustellen"."""
    if cue.cue.pos != "verb":
        return None
    lo, hi = clause_bounds(doc, cue.i)
    if hi + 1 >= sent.end or doc[hi].text != ",":
        return None
    if any(t.tag_ == "NN" and {(t.lemma_ or "").lower(), t.lower_} & lex.anaphors for t in doc[lo:hi]):
        return None
    clo, chi = clause_bounds(doc, hi + 1)
    if finite_verb(doc, clo, chi) is not None or not any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[clo:chi]):
        return None
    return next((t.i for t in doc[clo:chi] if t.tag_ == "NN" and {(t.lemma_ or "").lower(), t.lower_} & lex.anaphors
                 and doc[t.i - 1].tag_ in ("ART", "PDAT", "PPOSAT", "PIAT", "ADJA")), None)


def _proposals_for_clause(ctx: DocContext, cue: CueMatch, props: list[ProposalMention], sent: Span, lex: Lexicon,
                          topic: list[tuple[int, list[str]]], k: int, attr: tuple[int, int],
                          results: list[Position] = ()) -> tuple[list[ProposalMention], bool]:
    doc = ctx.doc
    props = [p for p in props if not _hypothetical_or_topic(doc, p, cue)]
    lo, hi = clause_bounds(doc, cue.i)
    lo2, hi2 = clause_bounds(doc, cue.j)
    lo, hi = min(lo, lo2), max(hi, hi2)
    own = [p for p in props if lo <= p.start < hi]
    if cue.cue.words == ("es", "geben"):
        # "Es werde keine NATO-Soldaten geben", not "Bei Kampfpanzern gibt es gute Gründe, …"
        own = [p for p in own if _prep_of(doc, p) in (None, "von")]
    direct = [p for p in own if not _instrument(doc, p)]
    if direct and cue.strength == 1:
        own = direct  # "keine Flugverbotszone durchsetzen, weder mit eigenen Kampfjets noch …": an instrument
    if own:
        # "ein Sanktionspaket, das auch ein Importverbot für Kohle vorsieht"
        if hi < sent.end and doc[hi].text == "," and hi + 1 < sent.end and doc[hi + 1].tag_ == "PRELS":
            rlo, rhi = clause_bounds(doc, hi + 1)
            own += [p for p in props if rlo <= p.start < rhi and p.key not in {o.key for o in own}]
        return own, False
    comma = hi
    while comma < sent.end and doc[comma].text in QUOTE:
        comma += 1
    if props and cue.cue.prep == "vor" and comma + 1 < sent.end and doc[comma].text == "," \
            and is_conditional(doc, comma + 1):
        # "warnte vor einem „Flächenbrand“, sollte die NATO eingreifen": the warning is against the condition
        clo, chi = clause_bounds(doc, comma + 1)
        cond = [p for p in props if clo <= p.start < chi]
        if cond:
            return cond, False
    if props and _own_prep_object(doc, cue, lo, hi, lex, props):
        return [], False  # "plädieren für einen Waffenstillstand": the cue's object is not a proposal
    if props:
        # the nearest clause with a proposal (a complement clause: 'einig, dass …', 'warnte davor, …')
        by_dist = sorted(props, key=lambda p: min(abs(p.start - lo), abs(p.start - hi)))
        nearest = by_dist[0]
        nlo, nhi = clause_bounds(doc, nearest.start)
        trailing = attr[0] > sent.start and attr[0] <= cue.i < attr[1] and nhi in (attr[0], attr[0] - 1)
        adjacent = nlo >= hi and all(t.is_punct for t in doc[hi:nlo])  # "…, „vor allem auch schwere Waffen“"
        nhead = nlo + 1 if doc[nlo].tag_ == "KON" and nlo + 1 < nhi else nlo
        contrary = doc[nhead].tag_ in ("VVFIN", "VAFIN", "VMFIN")
        if nlo >= hi and not trailing and any(nlo <= c.i < nhi and c.strength == 2 and not _inside_action(c, props) and (
                (cue.strength == 1 and _relative(doc, nlo)) or (contrary and c.polarity != cue.polarity)) for c in ctx.cues):
            # "lehnte … ab, stellte aber Geld für Rüstungskäufe in Aussicht": the contrary stance's;
            # "hatte einen Antrag eingebracht, der Waffenlieferungen ablehnte": the explicit cue's
            return [], False
        if nhi <= lo and not trailing and hi + 1 < sent.end and doc[hi].text == "," and doc[hi + 1].lower_ == "dass" \
                and not any(hi <= p.start < clause_bounds(doc, hi + 1)[1] for p in props):
            # "verlangte nicht erneut eine Flugverbotszone, kritisierte aber, dass die Ukraine warte": the cue has
            # a content clause of its own, and it names no proposal
            return [], False
        if nhi <= lo and not trailing and _juxtaposed(ctx, cue, (lo, hi), (nlo, nhi)):
            return [], False
        if nlo >= hi and contrary and not trailing and cue.cue.pos == "verb" and _own_object(ctx, cue, lo, hi, lex):
            # "forderte Entlastungen für Betriebe, äußerte sich zu einem Embargo aber nicht": the next main
            # clause has a predicate of its own, and the cue an object of its own
            return [], False
        if cue.strength == 2 or adjacent or trailing:
            # the clause after the cue, or the content before a trailing speech verb ("…, kündigte er an")
            return [p for p in props if nlo <= p.start < nhi], False
        if _resumed_by_pronoun(doc, lo, hi):
            # "Die Sanktionen seien hart, und sie würden weiter verschärft": the proposal named before
            before = [p for p in props if p.start < lo]
            if before:
                blo, bhi = clause_bounds(doc, before[-1].start)
                return [p for p in before if blo <= p.start < bhi], False
        return [], False
    clause_words = {(t.lemma_ or t.text).lower() for t in doc[lo:hi]} | {t.lower_ for t in doc[lo:hi]}
    comp = _complement_anaphor(doc, cue, sent, lex)
    if comp is not None:
        clause_words |= {(doc[comp].lemma_ or "").lower(), doc[comp].lower_}  # "…, die Lieferungen einzustellen"
    owned_stance = owners_stance(ctx, lo, hi, results, topic, k, lex) if cue.strength == 2 else {}
    if owned_stance:
        # "Die Union kritisierte die Haltung der Ministerin": the stance the owner took on the current topic
        return [ProposalMention(cue.i, cue.i + 1, key, key, False, "anaphor") for key in sorted(owned_stance)], True
    # "verteidigte den Kurs der Regierung": a policy noun with an owner of its own is that owner's
    # policy as a whole, not the proposal just discussed ("steht hinter dem Kurs" is)
    clause_words -= {t.lower_ for t in doc[lo:hi] if t.lower_ in _POLICY_NOUNS and t.i + 2 < hi
                     and doc[t.i + 1].lower_ in ("der", "des") and doc[t.i + 2].tag_ in ("NN", "NE", "ADJA")}
    # "die NATO will das nicht": "wollen" as a full verb with a demonstrative object (not inside a
    # quotation's frame, whose speaker would take the stance of the one they report on)
    wants_that = (cue.cue.words[0] == "wollen" or cue.cue.event in ("STATEMENT", "AGREE")) and attr == (-1, -1) and any(t.tag_ == "PDS" and t.lower_ in ("das", "dies") for t in doc[lo:hi]) \
        and not any(t.tag_ in ("VVINF", "VAINF", "VVIZU", "VVPP") and t.i not in (cue.i, cue.j) for t in doc[lo:hi])
    if cue.strength < 2 and not wants_that and not _kind_subject(doc, cue, lo, lex) and not _named_as(doc, cue, lo, hi, lex) and not (
            cue.cue.pos == "verb" and cue.cue.event and cue.cue.words[0] not in ("wollen", "müssen", "sollen")
            and clause_words & _PROPOSAL_NOUNS and not clause_words & lex.blockers):
        return [], False  # but "kündigte an, den Vorschlag beim Gipfel einzubringen": the action's object
    if cue.cue.pos == "noun" and hi + 1 < sent.end and doc[hi].text == ",":
        clo, chi = clause_bounds(doc, hi + 1)
        if doc[clo].lower_ in ("dass", "ob") or (finite_verb(doc, clo, chi) is None and any(
                t.tag_ in ("PTKZU", "VVIZU") for t in doc[clo:chi])):
            # "die Forderung des Kremls, Gaslieferungen in Rubel zu bezahlen": the stance has its own
            # content, and it names no proposal
            return [], False
    # anaphora: explicit cue and a referring word, or an intransitive cue ("äußerten sich skeptisch")
    da_form = bool(cue.cue.prep) and any(w in (f"da{cue.cue.prep}", f"dar{cue.cue.prep}") for w in clause_words)
    anaphoric = da_form or bool(clause_words & lex.anaphors) or cue.cue.pos in ("adj", "phrase") or cue.cue.words[0] in (
        "ablehnen", "zurückweisen", "ausschließen", "unterstützen", "befürworten", "blockieren", "bremsen") or _more_of_it(doc, lo, hi) or (
        # "Auch die Union drängt": pressing without saying for what (not "drängte auf mehr Unterstützung")
        cue.cue.words[0] == "drängen" and not any(t.lower_ in ("auf", "zu", "zur", "zum") for t in doc[lo:hi]))
    comes_from = "kommen" in clause_words and bool(clause_words & {"von", "vom", "aus"})
    # "In der Regierung gibt es Vorbehalte": an existing stance noun refers to the current topic
    # "Am Samstagabend gab sie den Widerstand auf": a withdrawn stance noun, too
    about_topic = comes_from or (cue.cue.pos == "noun" and (is_existential(doc, lo, hi) or cue.negated))
    # "bekräftigte ihre Ablehnung", "äußerte Zweifel", "meldete Bedenken an": a stance noun voiced
    # without an object of its own is about the current topic
    about_topic = about_topic or (cue.cue.pos == "noun" and not _has_object(doc, cue.i, hi) and (
        doc[cue.i - 1].tag_ == "PPOSAT" or any((t.lemma_ or "").lower() in lex.voicing_verbs and t.tag_.startswith("VV")
                                               for t in doc[lo:hi]))
        # but not "Ja sagen zu anderen Dingen": the object after the verb
        and not any(t.lower_ in ("zu", "zum", "zur") and t.tag_ in ("APPR", "APPRART") for t in doc[cue.i + 1:hi]))
    anaphoric = anaphoric and (cue.cue.pos != "noun" or about_topic or bool(clause_words & lex.anaphors)) or about_topic
    if not anaphoric or (clause_words & lex.blockers) - {w.lower() for w in cue.cue.words}:
        return [], False
    if da_form and not clause_words & lex.anaphors and hi + 1 < sent.end and doc[hi].text == ",":
        clo, chi = clause_bounds(doc, hi + 1)
        new_content = any(t.tag_ == "ART" and t.lower_.startswith("ein") for t in doc[clo:chi]) or bool(
            ctx.mentions_in(clo, chi))
        if new_content and (doc[clo].lower_ in ("dass", "ob") or (finite_verb(doc, clo, chi) is None and any(
                t.tag_ in ("PTKZU", "VVIZU") for t in doc[clo:chi]))):
            # "hatte dafür plädiert, eine Annäherung an Russland zu suchen": "dafür" points ahead to the
            # content clause, which introduces something of its own and names no proposal (but "drängte
            # darauf, das Tempo zu erhöhen" continues the topic)
            return [], False
    if cue.cue.pos in ("verb", "phrase") and not da_form and not _kind_subject(doc, cue, lo, lex) and _own_object(ctx, cue, lo, hi, lex):
        return [], False  # "Eine Aufnahme der Ukraine in die EU stellte er nicht in Aussicht"
    if not da_form and cue.cue.prep and any(
            doc[x].lower_ == cue.cue.prep and any(m.start in (x + 1, x + 2) and m.type in ("Country", "Organisation")
                                                   for m in ctx.mentions_in(x + 1, min(hi, x + 4)))
            for x in range(lo, hi)):
        return [], False  # "dass das Parlament geschlossen hinter der Ukraine stehe": an actor, not a proposal
    first = next((t for t in sent if not t.is_space and t.text not in QUOTE), None)
    if first is not None and (first.lower_ in ("wer", "wenn", "falls") or (
            first.lower_ in ("sollte", "sollten") and first.tag_ == "VMFIN")):
        return [], False  # also "Sollte Moskau verlangen, …, sei Ungarn dazu bereit": "dazu" is the condition's
    owner = _anaphor_owner(ctx, lo, hi, lex)
    owned = [pos.proposal for pos in results if pos.holder == owner and pos.polarity == "for"] if owner else []
    if owned:
        # "Pentagon lehnt polnischen Vorschlag ab", "der Vorschlag Warschaus": what that owner proposed
        # last, not the topic of the entry just before
        return [ProposalMention(cue.i, cue.i + 1, owned[-1], owned[-1], False, "anaphor")], True
    introduced = _introduced_with(ctx, clause_words & lex.document_anaphors, k)
    if introduced:
        # "warb für den Antrag": the proposals the motion was introduced with, not the topic just before
        return [ProposalMention(cue.i, cue.i + 1, key, key, False, "anaphor") for key in introduced], True
    # "eine solche Mission": the proposal of that kind discussed last in the article
    kinds = {lex.anaphor_proposals[w] for w in clause_words if w in lex.anaphor_proposals}
    for kk, keys in reversed(topic):
        if kinds and kk < k and kinds & set(keys):
            return [ProposalMention(cue.i, cue.i + 1, key, key, False, "anaphor") for key in sorted(kinds & set(keys))], True
    for kk, keys in reversed(topic):
        if kinds:
            break
        if k - kk > 4 or ctx.para[kk] < ctx.para[k] - 1:
            break
        if keys:
            return [ProposalMention(cue.i, cue.i + 1, key, key, False, "anaphor") for key in keys], True
    earlier = [key for kk, keys in topic for key in keys if kk < k]
    if earlier and not kinds and clause_words & lex.anaphors - {"das", "dies", "dieses", "diese", "solch"}:
        # "der Antrag", "der Vorschlag" further back: the proposal the article is most about so far (not for a
        # noun of one kind whose kind was never named: "eine solche Mission" is no guess at another proposal)
        key = max(reversed(earlier), key=earlier.count)
        return [ProposalMention(cue.i, cue.i + 1, key, key, False, "anaphor")], True
    if earlier and cue.cue.pos == "adj" and len(earlier) >= 3 and earlier.count(max(earlier, key=earlier.count)) * 4 >= len(earlier) * 3:
        # "Skeptisch äußerte sich auch der DGB" paragraphs later: an article about one proposal
        key = max(reversed(earlier), key=earlier.count)
        return [ProposalMention(cue.i, cue.i + 1, key, key, False, "anaphor")], True
    return [], False


# the action a proposal match contains ("aus russischem Öl aussteigen", "Schließt den Himmel über der
# Ukraine", "Banken würden aus SWIFT ausgeschlossen") states a stance when nothing else in the sentence does
ACTION = Cue(("<Handlung>",), "", "for", 1, "", "verb")


# "nannte den Vorschlag gefährlich", "bezeichnete die Pläne als riskant", "hält die Idee für falsch"
_NAMING_VERBS = frozenset({"nennen", "bezeichnen", "halten", "einstufen", "werten", "bewerten"})


def _named_as(doc: Doc, cue: CueMatch, lo: int, hi: int, lex: Lexicon) -> bool:
    """An evaluative adjective predicated of a proposal anaphor by a verb of naming: "Tusk nannte den
    Vorschlag «unausgegoren und gefährlich»" judges the proposal as explicitly as "lehnte ihn ab"."""
    if cue.cue.pos != "adj" or doc[cue.i].tag_ not in ("ADJD", "ADJA"):
        return False
    verb = next((t for t in doc[lo:hi] if t.tag_.startswith("VV") and (t.lemma_ or "").lower() in _NAMING_VERBS), None)
    if verb is None or verb.i > cue.i:
        return False
    return any(t.tag_ == "NN" and ((t.lemma_ or "").lower() in lex.anaphors or t.lower_ in lex.anaphors)
               and t.i - 1 >= lo and doc[t.i - 1].tag_ in ("ART", "PDAT", "PPOSAT") for t in doc[verb.i + 1:cue.i])


def _kind_subject(doc: Doc, cue: CueMatch, lo: int, lex: Lexicon) -> bool:
    """"eine solche Mission müsse von der Nato getragen werden", "die Flugzeuge sollten so schnell wie möglich
    in die Ukraine gelangen": a modal whose subject is a noun that can only mean one kind of proposal
    (anaphor_proposals.tsv) demands that proposal; not "über eine solche Mission müsse gesprochen werden",
    nor "wie eine solche Mission funktionieren solle"."""
    if cue.cue.pos != "verb" or cue.cue.words[0] not in ("müssen", "sollen") or doc[cue.i].tag_ != "VMFIN":
        return False
    if doc[lo].tag_ in ("PWAV", "PWS", "PWAT") or doc[lo].lower_ in ("ob", "wie", "wenn", "falls", "sofern", "ohne"):
        return False  # "Sie sehe nicht, wie eine solche Mission funktionieren solle": a question, no demand
    for t in doc[lo:cue.i]:
        if t.tag_ == "NN" and ((t.lemma_ or "").lower() in lex.anaphor_proposals or t.lower_ in lex.anaphor_proposals):
            d = t.i - 1
            while d >= lo and doc[d].tag_ in ("ADJA", "PIAT", "PIDAT", "ADV"):
                d -= 1
            if d >= lo and doc[d].tag_ in ("ART", "PDAT", "PIAT", "PIDAT") and not (
                    d - 1 >= lo and doc[d - 1].tag_ in ("APPR", "APPRART")):
                return True
    return False


# "Darin wird die Bundesregierung aufgefordert, …", "Es soll die Lieferung von Waffen beschleunigen": the
# sentence after a document's introduction that states its content
_CONTENT_OPENERS = frozenset({"darin", "es", "er", "sie", "dieser", "diese", "dieses", "damit", "demnach", "danach"})


def _introduced_with(ctx: DocContext, nouns: set[str], k: int) -> list[str]:
    """The proposals a document noun ("der Antrag", "das Paket", "das Gesetz") was introduced with: the
    latest earlier sentence naming that noun (or a compound ending in it: "Sanktionspaket",
    "Pachtgesetz") together with proposals, or whose next sentence states its content ("Darin wird …")."""
    if not nouns:
        return []
    doc = ctx.doc

    def keys_in(kk: int) -> list[str]:
        s = ctx.sents[kk]
        return sorted({p.key for p in ctx.proposals_in(s.start, s.end) if not p.source.startswith("pattern:support")})

    for kk in range(k - 1, -1, -1):
        s = ctx.sents[kk]
        if not any(t.tag_ in ("NN", "NE") and any(t.lower_ == n or (t.lemma_ or "").lower() == n or (
                len(t.lower_) > len(n) + 2 and t.lower_.endswith(n)) for n in nouns) for t in s):
            continue
        keys = keys_in(kk)
        if not keys and kk + 1 < k:
            nxt = next((t for t in ctx.sents[kk + 1] if not t.is_space), None)
            if nxt is not None and nxt.lower_ in _CONTENT_OPENERS:
                keys = keys_in(kk + 1)
        if keys:
            return keys
    return []


def _more_of_it(doc: Doc, lo: int, hi: int) -> bool:
    """"Die baltischen Staaten drängten auf mehr", "Polen will mehr": a bare "mehr" closing the clause asks
    for more of what was just discussed."""
    last = hi - 1
    while last > lo and (doc[last].is_punct or doc[last].text in QUOTE):
        last -= 1
    return last > lo and doc[last].lower_ == "mehr" and doc[last - 1].tag_ in ("APPR", "VVFIN", "VMFIN", "ADV", "NE", "NN")


def _juxtaposed(ctx: DocContext, cue: CueMatch, clause: tuple[int, int], before: tuple[int, int]) -> bool:
    """A headline of two items joined by a dash, the earlier with a stance of its own: "Kreml warnt vor
    Waffenlieferungen – Gazprom stoppt Lieferungen an Polen" (the weapons are not what Gazprom stops;
    but "… – Lindner lehnt ab" and "… – Washington lehnt das ab" refer back)."""
    doc, (lo, hi), (blo, bhi) = ctx.doc, clause, before
    if cue.cue.pos == "noun" and lo <= cue.i < hi and not any(t.tag_.endswith("FIN") for t in doc[lo:hi]):
        return False  # "Polen schlägt Friedensmission vor – Zurückhaltung in Berlin": a verbless reaction to it
    return any(t.text in DASHES for t in doc[bhi:lo]) and any(t.tag_ == "NN" for t in doc[lo:hi]) \
        and not any(t.tag_ in ("PDS", "PDAT") or t.lower_.startswith("solch") for t in doc[lo:hi]) \
        and any(blo <= c.i < bhi and c.strength == 2 and c.i != cue.i for c in ctx.cues)


def _hypothetical_description(doc: Doc, lo: int, hi: int, i: int, props: list[ProposalMention]) -> bool:
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


def _agenda(doc: Doc, lo: int, hi: int) -> bool:
    """"Es geht um …", "soll es um … gehen": the clause names what is discussed, not a stance on it."""
    words = [t for t in doc[lo:hi]]
    return any(t.lower_ == "es" for t in words) and any(t.lower_ == "um" for t in words) \
        and any((t.lemma_ or "").lower() == "gehen" for t in words)


def _has_object(doc: Doc, i: int, hi: int) -> bool:
    """A stance noun with an attribute of its own: "Zweifel an der Mission", "Ablehnung des Plans"."""
    nxt = doc[i + 1] if i + 1 < hi else None
    return nxt is not None and (nxt.tag_ in ("APPR", "APPRART") or (nxt.tag_ == "ART" and nxt.lower_ in ("des", "der")))


def _anaphor_owner(ctx: DocContext, lo: int, hi: int, lex: Lexicon) -> str | None:
    """The actor a proposal anaphor in the clause belongs to: "der polnische Vorschlag", "das Angebot
    Warschaus", "der Vorschlag der Regierung in Warschau"."""
    doc = ctx.doc
    ments = [m for m in ctx.mentions_in(lo, hi) if m.actor and m.type in ("Country", "Organisation", "Person")]
    for t in doc[lo:hi]:
        if t.tag_ != "NN" or not {t.lower_, (t.lemma_ or "").lower()} & _OWNED_NOUNS:
            continue
        for m in ments:
            if m.end == t.i and m.kind == "adjective":
                return m.actor  # "polnischen Vorschlag"
            if m.start == t.i + 1 and doc[m.end - 1].text.endswith(("s", "'")):
                return m.actor  # "Vorschlag Warschaus"
            if m.start == t.i + 2 and doc[t.i + 1].lower_ in ("des", "der"):
                return m.actor  # "Vorschlag der polnischen Regierung"
    return None


_POLICY_NOUNS = frozenset({"kurs", "linie", "politik", "strategie"})
_OWNED_NOUNS = frozenset({"vorschlag", "vorstoß", "angebot", "plan", "pläne", "idee", "initiative", "forderung", "ansinnen"})


def _comparative_manner(doc: Doc, cue: CueMatch, lo: int, hi: int) -> bool:
    """A comparative adjective as the manner of a reaction verb: only more cautious (critical, open)
    than someone else, which states no stance of its own."""
    t = doc[cue.i]
    lemma = (t.lemma_ or "").lower()
    if t.tag_ != "ADJD" or not (t.lower_ == lemma + "er" or t.lower_ == lemma + "r"):
        return False
    return any((x.lemma_ or "").lower() in ("äußern", "zeigen", "reagieren", "geben", "klingen") for x in doc[lo:hi])


def _attributive_infinitive(doc: Doc, sent: Span, lo: int, hi: int, cues: list[CueMatch], lex: Lexicon) -> bool:
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


def _complement(doc: Doc, lo: int, hi: int, other: tuple[int, int]) -> bool:
    """``other`` is the zu-infinitive or dass-clause right after the clause ``lo:hi``."""
    olo, ohi = other
    if not hi <= olo <= hi + 1:
        return False
    return doc[olo].lower_ == "dass" or (finite_verb(doc, olo, ohi) is None and any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[olo:ohi]))


def _relative(doc: Doc, lo: int) -> bool:
    """A relative clause (the tagger often takes its pronoun for an article: "…, der Waffenlieferungen ablehnte")."""
    return doc[lo].tag_ == "PRELS" or (lo > 0 and doc[lo - 1].text == "," and doc[lo].tag_ == "ART"
                                       and doc[lo].lower_ in ("der", "die", "das", "dem", "den"))


def _inside_action(cue: CueMatch, props: list[ProposalMention]) -> bool:
    """The cue is the verb of a proposal match that contains its own action ("SWIFT ausgeschlossen")."""
    return any(p.absorbs_cue and p.start <= cue.i < p.end for p in props)


def _asks(sent: Span) -> bool:
    """The sentence ends in a question mark, perhaps inside closing quotation marks."""
    return sent.text.strip().rstrip("".join(QUOTE) + "'*").rstrip().endswith("?")


def _polar_question(doc: Doc, sent: Span, lo: int, hi: int) -> bool:
    """The main clause of a yes/no question: "Die Gewerkschaften unterstützen aber die Sanktionen?",
    "Unterstützen Sie ein Embargo?", "Frage: Liefert Deutschland Panzer?". It asks whether the stance
    is held; a clause inside it still reports one ("…, wie sie Kiew fordert?"), and a W-question
    ("Warum lehnt die Regierung … ab?") presupposes its stance."""
    dash = lo > sent.start and doc[lo - 1].text in DASHES  # "«Panzer für Kiew – zögert Deutschland zu lange?»"
    if not (lo <= _first_word(sent) or _after_colon(doc, lo) or dash or doc[lo].lower_ in ("und", "aber", "oder")):
        return False
    if lo > _first_word(sent) and not _after_colon(doc, lo) and doc[lo - 1].text not in (",", "-", "–"):
        return False
    return not any(t.tag_ in ("PWAV", "PWS", "PWAT") for t in sent)


_TOPIC_PREPS = frozenset({"zu", "zum", "zur", "bei", "beim", "in"})


def _stance_topic(doc: Doc, cue: CueMatch, props: list[ProposalMention], lo: int, hi: int, lex: Lexicon,
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
        if doc[k].lower_ not in _TOPIC_PREPS:
            return False
        n = k - 1  # the stance noun, perhaps with its genitive: "die Haltung der Regierung zu …"
        while n > lo and doc[n].text not in lex.stance_topic_nouns and k - n < 5 and doc[n].tag_ in ("NN", "NE", "ART", "ADJA"):
            n -= 1
        if n < lo or doc[n].tag_ != "NN" or doc[n].text not in lex.stance_topic_nouns:
            return False
        if doc[n - 1].tag_ == "ADJA" and n - 1 in cue_at:
            return False  # "ihre ablehnende Haltung zu …": the adjective is the stance (not "eine klare Haltung")
    return True


def _other_topic(doc: Doc, cue: CueMatch, props: list[ProposalMention]) -> bool:
    """An argument that implies its proposal in a clause that names another one: "will Waffen für ein Land
    im Krieg finanzieren" is no argument about the embargo."""
    if not cue.cue.implies:
        return False
    lo, hi = clause_bounds(doc, cue.i)
    own = [p.key for p in props if lo <= p.start < hi]
    return bool(own) and cue.cue.implies not in own


def _action_cues(doc: Doc, sent: Span, props: list[ProposalMention], cues: list[CueMatch], lex: Lexicon) -> list[CueMatch]:
    """A weak "for" cue at the verb of each proposal match that contains its own action, in a clause with
    a finite verb (not "der Plan, aus russischem Gas auszusteigen") and a sentence without an explicit
    stance cue ("fordert, die Gasimporte zu stoppen" is the demand's). Negation makes it "against"."""
    if not props or any(c.strength == 2 and not any(p.start <= c.i < p.end for p in props) for c in cues):
        return []
    out = []
    for p in props:
        v = next((t.i for t in doc[p.start:p.end] if t.tag_.startswith("V")), None)
        if v is None:
            v = p.start  # a verbless demand: "Kein Euro mehr für russisches Gas"
        else:
            lo, hi = clause_bounds(doc, v)
            if finite_verb(doc, lo, hi) is None and not (doc[lo].tag_ == "KOUS" and not any(
                    t.tag_ in ("PTKZU", "VVIZU") for t in doc[lo:hi])):
                continue  # but "dass wir russisches Öl auslaufen lassen": a finite clause whose verb is tagged infinite
        neg = action_negated(doc, v, ACTION, lex.negations, frozenset(range(p.start, p.end)))
        out.append(CueMatch(v, v, ACTION, "against" if neg else "for", neg))
    return out


# nouns that name a proposal as a whole: the object of an action ("den Vorschlag einbringen", "das Paket vorlegen")
_PROPOSAL_NOUNS = frozenset({"vorschlag", "vorstoß", "plan", "pläne", "idee", "antrag", "paket", "vorhaben", "entschließung",
                             "resolution", "maschinen", "flugzeuge", "lieferungen"})
def _reference(doc: Doc, cue: CueMatch) -> bool:
    """A proposal noun without an owner that names the thing acted on ("den Vorschlag einbringen")."""
    return cue.cue.pos == "noun" and doc[cue.i].lower_ in _PROPOSAL_NOUNS and cue.i > 0 and doc[cue.i - 1].tag_ == "ART"


_TIME_NOUNS = frozenset({"Tag", "Woche", "Monat", "Jahr", "Abend", "Morgen", "Mal", "Wochenende", "Zeit", "Stunde"})


def _own_object(ctx: DocContext, cue: CueMatch, lo: int, hi: int, lex: Lexicon) -> bool:
    """True when the cue's clause has an actor or pronoun subject and besides it a noun phrase of
    its own that is neither a proposal anaphor nor an actor: the object the stance is about
    ("Das Bündnis werde jeden Zentimeter seines Territoriums verteidigen")."""
    doc = ctx.doc
    ments = ctx.mentions_in(lo, hi)
    if not (ments or any(t.tag_ in ("PPER", "PIS") and t.lower_ not in ("es", "sich") for t in doc[lo:hi])):
        return False
    cue_tokens = {cue.i, cue.j}
    for t in doc[lo:hi]:
        if t.tag_ != "NN" or t.i in cue_tokens or t.i == lo or any(m.start <= t.i <= m.end - 1 or m.start == t.i + 1 for m in ments):
            continue
        if doc[t.i - 1].tag_ not in ("ART", "PIAT", "PPOSAT", "ADJA", "PDAT") or t.lemma_ in _TIME_NOUNS:
            continue
        np = t.i - 1  # back to the start of the noun phrase, or to a demonstrative in it
        while np > lo and doc[np].tag_ in ("ART", "PIAT", "PPOSAT", "ADJA", "PDAT", "ADV", "CARD") \
                and not doc[np].lower_.startswith(("solch", "dies", "jen")):
            np -= 1
        if doc[np].lower_.startswith(("solch", "dies", "jen")) or doc[np].tag_ in ("NN", "NE"):
            continue  # a reference, or a genitive attribute ("die Frage einer dauerhaften Stationierung")
        if {(t.lemma_ or "").lower(), t.lower_} & lex.anaphors or any(w.lower() == t.lower_ for w in cue.cue.words):
            continue
        if prep_before(doc, Mention(t.i, t.i + 1, None, "Group", "group")) == (None, False):
            return True
    return False


def _instrument(doc: Doc, p: ProposalMention) -> bool:
    """A proposal term governed by "mit" ("mit eigenen Kampfjets")."""
    return _prep_of(doc, p) == "mit"


def _prep_of(doc: Doc, p: ProposalMention) -> str | None:
    """The preposition governing a proposal mention ("mit eigenen Kampfjets", "bei Kampfpanzern")."""
    return prep_before(doc, Mention(p.start, p.end, None, "Group", "group"))[0]


def _resumed_by_pronoun(doc: Doc, lo: int, hi: int) -> bool:
    """The clause takes up things by a pronoun: 'sie würden verschärft', 'wir werden sie ausweiten'."""
    return any(t.tag_ == "PPER" and t.lower_ == "sie" for t in doc[lo:hi])


_DISCUSS = frozenset({"beraten", "diskutieren", "sprechen", "reden", "verhandeln", "debattieren", "streiten",
                      "informieren", "berichten", "entscheiden", "abstimmen"})


_ASKING = frozenset({"wissen", "fragen", "prüfen", "klären", "überlegen", "erkundigen", "unklar", "offen", "abwarten",
                     "entscheiden", "diskutieren", "beraten", "debattieren", "erörtern", "überprüfen", "überdenken",
                     "besprechen"})
# verbs of reviewing or discussing: "müssten überprüft werden" demands neither the measure nor its end
_REVIEW = frozenset({"prüfen", "überprüfen", "überdenken", "diskutieren", "beraten", "debattieren", "erörtern",
                     "besprechen", "klären"})


def _narrowed(doc: Doc, p: ProposalMention, topic: list[tuple[int, list[str]]], k: int, lex: Lexicon) -> ProposalMention:
    """"diese Waffen", "solche Waffen": a demonstrative general term refers to the narrower kind of weapon
    discussed just before (the Gepard tanks, the MiG-29 jets)."""
    if p.start == 0 or not doc[p.start - 1].lower_.startswith(("dies", "solch", "jene", "derartig")):
        return p
    narrower = {c.key for c in lex.proposals if c.broader == p.key}
    for kk, keys in reversed(topic):
        if k - kk > 6:
            break
        hit = sorted(narrower & set(keys))
        if hit and kk < k:
            return ProposalMention(p.start, p.end, hit[0], p.text, p.negated, p.source, p.absorbs_cue)
    return p


def _hypothetical_or_topic(doc: Doc, p: ProposalMention, cue: CueMatch) -> bool:
    """'Wer eine Flugverbotszone will, …' and '… über ein Sanktionspaket beraten' do not state a stance on it."""
    lo, hi = clause_bounds(doc, p.start)
    if doc[lo].lower_ == "wer" and not lo <= cue.i < hi:
        return True
    if doc[lo].lower_ == "ob" and not lo <= cue.i < hi and lo - 2 >= doc[lo].sent.start:
        # "wollte wissen, ob ein Gasembargo nicht der schnellere Hebel sei" (but "skeptisch, ob …" is a stance)
        plo, phi = clause_bounds(doc, lo - 2)
        if any((t.lemma_ or "").lower() in _ASKING for t in doc[plo:phi]):
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
