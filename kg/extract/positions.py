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

from kg.extract.carried import (ALIKE, alike_whom, backing_received, extended_stance, fixed_sides, judged_stance,
                                mood_reaction, own_last_stance, package_core, reaffirmed_own, reported_again, same_side,
                                stated_in, unchanged_stance)
from kg.extract.co_holders import antecedent, enacting_state, led_by, named_members
from kg.extract.context import DocContext, cue_text, sentence_span
from kg.extract.cue_filters import (TOPIC_PREPS, after_colon, after_ohne, agenda, asks, attributive_infinitive,
                                    comparative_manner, complement, first_word_index, generic_antecedent,
                                    hypothetical_description, means_explained, other_topic, polar_question, reference,
                                    stance_topic)
from kg.extract.holder_query import Discourse, HolderQuery, auxiliary
from kg.extract.holders import complement_owner, find_holders
from kg.extract.letters import about_the_letter, quotes_letter, signatories
from kg.extract.polarity import (abandoned_principle, embedded_cue, escalated_denial, former_stance, judged_obstruction,
                                 manner_cue, negated_complement, no_reason_to_wait, obstruction_judge, opposite,
                                 stance_given_up, stance_head)
from kg.extract.reports import critical_reaction, fronted_source, introduced_speaker, reacting_speakers, statement_frame
from kg.extract.speech import (SpeechFrame, indicative_main_clause, is_conditional, is_konjunktiv, is_konjunktiv_ii,
                               means_marker, new_speaker, prep_before, speech_frame, whole_quote, wie_pronoun)
from kg.extract.subjects import after_pronoun_subject
from kg.extract.targets import both_named, consequence_of, narrowed, proposals_for
from kg.extract.turns import commentary_author, interview_turns, signed_letters
from kg.extract.verdicts import agreement, answered, delivery_agents, rebutted, suppliers, verbless, verdict, yes_no
from kg.lexicon import Cue, Lexicon
from kg.nlp.clauses import clause_bounds, finite_verb
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
    letter: list[tuple[int, str, str]] = []  # (sentence, proposal, polarity) stated in an open letter
    author = commentary_author(ctx, lex)
    letters = signed_letters(ctx)
    # proposals named only as a topic ("Beim Gas …"), which weak cues do not take (proposal_patterns.jsonl)
    explicit_only = {f"pattern:{pat.get('id')}" for pat in lex.proposal_patterns if pat.get("explicit_only")}
    for k, sent in enumerate(ctx.sents):
        turn = turns[k]
        h.k = k
        frame = speech_frame(ctx, sent, lex)
        if turn is not None and turn.question and turn.labelled and frame is not None and frame.attr_lo <= first_word_index(sent) < frame.attr_hi:
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
        mood = is_konjunktiv(sent) or (reported_k == k - 1 and is_konjunktiv_ii(sent) and not indicative_main_clause(sent))
        if frame is None and not reported and k > 0 and ctx.para[k] == ctx.para[k - 1] and is_konjunktiv(sent) \
                and not impersonal and speech_frame(ctx, ctx.sents[k - 1], lex) is None:
            reported = introduced_speaker(ctx, ctx.sents[k - 1])  # "X ließ nicht locker. Ein Embargo sei …"
            reported_k = k - 1
        if frame is None and reported and mood and not impersonal and not new_speaker(ctx, sent, reported):
            frame = SpeechFrame(list(reported), -1, -1, critical=reported_critical)
        if frame is None and reported and reported_k == k - 1 and whole_quote(sent):
            frame = SpeechFrame(list(reported), -1, -1)  # "X sagte, … . „Die Ukraine braucht Panzer.“"
        if frame is None and impersonal:
            # "Im „Handelsblatt“ heißt es: …": the source named before it; "…, hieß es in einer Erklärung":
            # the actors who spoke or took a stance just before
            frame = fronted_source(ctx, sent) or statement_frame(ctx, sent, k, lex, reported if reported_k >= k - 2 else [], h)
        if frame is not None and frame.speakers and not frame.source_only:
            if frame.attr_lo >= 0:  # a frame of its own (a carried one keeps the critic's voice)
                reported_critical = frame.critical
            reported, reported_k = list(frame.speakers), k
        elif frame is None:
            reacting = reacting_speakers(ctx, sent, lex)
            if reacting:
                reported, reported_k = reacting, k
                reported_critical = critical_reaction(doc, sent, lex)
        if frame is not None and frame.speakers and not frame.source_only and ctx.quote_open_at_end[k]:
            quote_speakers = list(frame.speakers)
        elif not ctx.quote_open_at_end[k]:
            quote_speakers = []
        attr = (frame.attr_lo, frame.attr_hi) if frame and not frame.source_only else (-1, -1)
        all_props = ctx.proposals_in(sent.start, sent.end)
        props = [p for p in all_props if not attr[0] <= p.start < attr[1] or _fronted_topic(doc, sent, p, frame)
                 or _named_object(doc, p, frame)]
        cues = [c for c in ctx.cues if sent.start <= c.i < sent.end and (not attr[0] <= c.i < attr[1] or c.i == frame.verb)]
        question = sent.text.strip().endswith("?") or (turn is not None and turn.question and turn.labelled)
        voice = turn.speaker if turn is not None else None  # the interviewee answering
        if voice is None and k in letters:
            voice = letters[k]  # the writer of a reader's letter (signed below it)
        if voice is None and author is not None and k > author[0]:
            voice = author[1]  # the author of an opinion piece
        absorbed = [(p.start, p.end) for p in all_props if p.absorbs_cue]
        cues = [c for c in cues if not other_topic(doc, c, props) and not _connected(doc, c)
                and not _unnamed_comparison(ctx, c) and not _agentless_demand(doc, c)]
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
            # "X sagte, wer …, …": a "wer" clause that opens the reported speech
            reported_wer = opener.lower_ == "wer" and frame is not None and frame.attr_lo >= 0 and not frame.source_only and frame.attr_hi == lo
            if ((opener.lower_ == "wer" and (lo == first_word_index(sent) or after_colon(doc, lo))) or reported_wer) \
                    and not question:
                for pos in rebutted(ctx, cue, sent, lo, hi, props, voice, frame, h, lex):
                    best.setdefault((pos.holder, pos.proposal), ((0, cue.strength, 0), pos))
                    stance_holders.append(pos.holder)
            if ((cue.strength == 1 or (question and cue.cue.pos in ("noun", "adj"))) and (question or conditional)) \
                    or (opener.lower_ in ("wenn", "falls", "sofern", "ob", "ohne", "wer")
                                                                    and not (cue.cue.pos == "consequence" and opener.tag_ == "APPR")):
                continue  # also "…, und wer Zweifel anmeldet, …"
            if doc[lo].lower_ == "wie" and doc[cue.i].tag_ == "VVPP" and any(
                    (t.lemma_ or "").lower() == "werden" for t in doc[lo:hi]):
                continue  # "Eine Flugverbotszone, wie sie (von Kiew) gefordert werde, …": not the sentence's holder's
            if cue.strength == 1 and doc[lo].lower_ == "wonach":
                continue  # "wies einen Bericht zurück, wonach Marder auf dem Weg in die Ukraine seien": hearsay
            if cue.strength == 1 and means_explained(doc, lo, hi, props):
                continue  # "Eine Flugverbotszone müsste durchgesetzt werden, indem man …": what it would take
            if opener.tag_ == "KOKOM" and any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[lo:hi]):
                continue  # a comparison: "…, als eine Flugverbotszone durchzusetzen"
            if cue.cue not in (ACTION, IMPERATIVE) and any(lo2 <= cue.i < hi2 for lo2, hi2 in absorbed):
                continue
            if doc[cue.i].tag_ == "ADJA" and cue.cue.pos == "adj" and any(
                    c.cue.pos == "verb" and c.strength == 2 and clause_bounds(doc, c.i) == (lo, hi) for c in cues):
                continue  # "kritisierte die zögerliche Haltung der Regierung": the verb composes it (see manner_cue)
            if cue.cue.pos == "verb" and asks(sent) and polar_question(doc, sent, lo, hi):
                continue  # "Handelsblatt: Die Gewerkschaften unterstützen aber die Sanktionen?": asked, not said
            if cue.cue.pos == "verb" and stance_topic(doc, cue, props, lo, hi, lex, {c.i for c in cues}):
                continue  # "Habeck verteidigt Haltung zum Energieembargo": the stance itself is not said
            if cue.cue.pos == "noun" and after_ohne(doc, cue.i):
                continue  # "eine Mission, die ohne Zustimmung Russlands stationiert werde": no one's consent
            rel = next((r for r in range(lo + 1, cue.i) if doc[r - 1].text == "," and doc[r].lower_ in (
                "der", "die", "das", "dem", "denen")), None)  # the chunker keeps "Jedes Land, das …" together when "das" is read as an article
            if (doc[lo].tag_ == "PRELS" and generic_antecedent(doc, lo)) or (rel is not None and generic_antecedent(doc, rel)):
                continue  # "Jedes Land, das eine Flugverbotszone durchsetze, …": a hypothetical one
            if hypothetical_description(doc, lo, hi, cue.i, all_props):
                continue  # "Eine Flugverbotszone, die Nato-Piloten zum Abschuss verpflichten würde, …": what it would do
            if cue.strength == 1 and agenda(doc, lo, hi):
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
            if obstruction_judge(doc, cue, cues, lo, hi, lex):
                continue  # "kritisierte das Zögern des Kanzlers": the judged hesitation carries the stance
            if frame is not None and cue.i == frame.verb and frame.critical and any(
                    c.cue.words[0] in lex.obstruction_words for c in cues if c is not cue):
                continue  # "…, kritisierte Merz": the criticised obstruction carries the stance
            if cue.strength == 1 and cue.subject != -4 and any(c.strength == 2 and clause_bounds(doc, c.i) == (lo, hi)
                                                               and not reference(doc, c) for c in cues):
                continue
            if cue.strength == 1 and any(c.strength == 2 and complement(doc, lo, hi, clause_bounds(doc, c.i)) for c in cues):
                continue  # "es gibt gute Gründe, vorsichtig zu sein": the explicit cue in the complement carries it
            if cue.strength == 1 and lo > sent.start and (doc[lo].lower_ in ("dass", "ob") or any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[lo:hi])):
                plo, phi = clause_bounds(doc, lo - 2) if lo - 2 >= sent.start else (lo, lo)
                infinitive = doc[lo].lower_ not in ("dass", "ob")
                if any((c.strength == 2 or (infinitive and c.cue.pos == "adj" and c.polarity == "for")) and plo <= c.i < phi
                       for c in cues) and not (infinitive and doc[lo - 1].text == "," and complement_owner(ctx, lo, lex)):
                    continue  # "Ich halte es für überfällig, dass Deutschland … liefert", "Es ist richtig, … aufzustocken"
            if cue.strength == 2 and cue.cue.pos == "verb" and lo > sent.start + 1 and doc[lo].lower_ == "dass" \
                    and doc[lo - 1].text == ",":
                plo, phi = clause_bounds(doc, lo - 2)
                if cue.cue.words[0] not in lex.obstruction_words and any(
                        c.strength == 2 and c.cue.pos == "verb" and c.cue.event in ("REJECT", "REQUEST")
                        and c.cue.words[0] not in lex.critical_verbs and plo <= c.i < phi for c in cues):
                    # "Szijjártó hat ausgeschlossen, dass sein Land einem Embargo zustimmt": the matrix verb
                    # carries the stance; the one whose consent is ruled out (or demanded) holds none
                    continue
            if cue.strength == 1 and cue.cue.words[0] in ("müssen", "sollen", "wollen") and any(
                    t.tag_ in ("VVPP", "VVINF", "VVIZU") and (t.lemma_ or "").lower() in _REVIEW for t in doc[lo:hi]):
                continue  # "die Sanktionen müssten überprüft werden": a review is no demand either way
            if cue.cue.pos == "adj" and comparative_manner(doc, cue, lo, hi):
                continue  # "Zurückhaltender äußerte sich X", "äußerte sich vorsichtiger als sein Kollege": relative
            if cue.strength == 1 and attributive_infinitive(doc, sent, lo, hi, cues, lex):
                continue  # "die Möglichkeiten der Bundeswehr, Waffen abzugeben, seien ausgeschöpft"
            if cue.strength == 1 and any((t.lemma_ or "").lower() in ("bekommen", "erhalten", "empfangen")
                                         and not _second_conjunct(doc, cue, t.i) for t in doc[lo:hi]) \
                    and not (doc[cue.i].lower_ in ("müsse", "solle") and (frame is None and k > 0 or (
                        frame is not None and frame.speakers and not frame.source_only))):
                # (but "Die Ukraine müsse schwere Waffen erhalten" after Merz spoke: his reported demand)
                continue  # "Die Ukraine soll Panzer bekommen": a recipient, not a holder
            if cue.subject != -2:
                found, carried = consequence_of(ctx, cue, all_props, sent, lo, topic, k, results,
                                                sorted({key[1] for key in best}))
            else:
                found, carried = proposals_for(ctx, cue, all_props if frame and cue.i == frame.verb else props,
                                               sent, lex, topic, k, attr, results)
            found = [narrowed(doc, p, topic, k, lex) for p in found]
            if len(found) > 1 and wie_pronoun(doc, lo, hi) is not None and all(p.end <= lo for p in found):
                # "weder eine Flugverbotszone noch eine Friedensmission, wie sie Polen vorgeschlagen hat": the
                # pronoun takes up the nearest proposal
                found = [max(found, key=lambda p: p.start)]
            found = found + both_named(doc, cue, lo, hi, all_props, topic, k)
            if cue.strength < 2:
                found = [p for p in found if p.source not in explicit_only]  # "Beim Öl brauche man mehr Zeit"
            if cue.cue.words[0] in lex.object_cues:
                # "will ein Gasembargo unbedingt vermeiden": only a proposal named as the cue's object, never one
                # taken up by an anaphor or from the topic ("Das will Berlin vermeiden")
                found = [p for p in found if p.source != "anaphor" and lo <= p.start < hi]
            if cue.cue.implies:
                # "Wer das Embargo blockiert, finanziert Putins Krieg mit": the argument names its proposal
                found = [p for p in found if p.key == cue.cue.implies] or [
                    ProposalMention(cue.i, cue.i + 1, cue.cue.implies, cue.cue.implies, False, "anaphor")]
                carried = False  # not a judgement of the stance just reported ("Wir bezahlen diesen Krieg mit")
            if not found:
                continue
            if cue.cue.event == "AID" and cue.strength == 1 and (cue.negated or any(p.negated for p in found)) \
                    and any(t.lower_ in ("bisher", "bislang") for t in doc[lo:hi]) and frame is None:
                continue  # "Auch die USA lieferten bisher keine westlichen Kampfpanzer": a fact so far, no stance
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
                if p.negated and _restricted(doc, p, sent):
                    continue  # "Man dürfe keine Sanktionen beschließen, die uns stärker träfen": only those, not all
                base = cue.polarity if not p.negated else opposite(cue.polarity)
                if cue.cue.pos == "consequence" and cue.subject == p.start:
                    # the proposal is its consequence's own subject
                    if cue.cue.words[0].lower() in lex.proposal_acts:
                        # "Amerikanische Soldaten werden nicht in der Ukraine kämpfen": the proposal's own act,
                        # denied or warned of, rejects it (the negation is no good outcome)
                        base = "against"
                    elif p.negated:
                        # "keine amerikanischen Soldaten in der Ukraine kämpfen zu lassen": one rejection, not two
                        # (also when the consequence already counted that "keine" as its own negation)
                        base = opposite(cue.polarity) if cue.negated else cue.polarity
                pclause = clause_bounds(doc, p.start)
                same_clause = p.source == "anaphor" or pclause == clause_bounds(doc, cue.i)
                inner = None if same_clause else embedded_cue(doc, cues, cue, pclause, p)
                if inner is not None and inner.cue.pos == "verb" and stance_topic(doc, inner, [p], pclause[0], pclause[1], lex,
                                                                                {c.i for c in cues}):
                    continue  # "forderten den Kanzler auf, seine Haltung zu Waffenlieferungen zu überdenken": which way?
                means = inner is not None and means_marker(doc, p.start, pclause[0])
                if means and not inner.cue.argument:
                    inner = None  # "forderte, mit schweren Waffen den Krieg zu beenden": the war is what ends
                if means and inner is not None and inner.polarity == cue.polarity and not cue.negated:
                    # "warnte davor, mit der Lieferung schwerer Waffen eine Eskalation zu riskieren": the proposal is
                    # the means of the harm warned of (against); "forderte, mit Sanktionen den Krieg zu beenden" (for)
                    base = inner.polarity
                elif inner is not None:
                    # "lehnte es ab, Soldaten zu schicken": against x for = against;
                    # "verlangte, die Sanktionen auf den Prüfstand zu stellen": for x against = against
                    base = base if inner.polarity == "for" else opposite(base)
                elif same_clause and p.source != "anaphor" and cue.cue.pos == "verb" and cue.cue.words[0] in lex.prevention_verbs \
                        and _means_phrase(doc, p.start, pclause[0]):
                    # "Mit Sanktionen will Polen Putin stoppen": the means of the stopping is wanted
                    base = "for" if not (cue.negated or p.negated) else "against"
                elif not same_clause and negated_complement(doc, pclause, p.start, lex):
                    # "hält daran fest, dass die NATO nicht militärisch eingreift"
                    base = opposite(base)
                judged = judged_obstruction(doc, cue, lo, hi, lex, cues)
                if judged is not None:
                    # "Röttgen wirft Scholz Zaudern bei Waffenlieferungen vor": the critic wants them;
                    # "Scholz verteidigte sein Zögern": the defender does not
                    base = judged if not p.negated else opposite(judged)
                if p.negated and abandoned_principle(doc, pclause, lex):
                    # "mit dem Grundsatz brechen, keine Waffen in Kriegsgebiete zu liefern": the refusal is given up
                    base = opposite(base)
                if cue.strength == 2 and stance_given_up(doc, sent, lo, hi, all_props, lex):
                    # "hatte sich lange gegen ein Ölembargo gesperrt, ihre Haltung aber geändert": the new stance is
                    # the opposite; the former one is reported too
                    given_up.append((p, base))
                    base = opposite(base)
                head = stance_head(doc, cues, cue, p) if same_clause and p.source != "anaphor" else None
                if head is not None:
                    # "Die Absage der Nato an eine Flugverbotszone stößt auf Zustimmung": for x against = against
                    base = base if head.polarity == "for" else opposite(base)
                manner = manner_cue(doc, cues, cue, p) if same_clause and cue.cue.pos == "verb" else None
                if manner is not None:
                    # "verteidigte die zurückhaltende Linie des Kanzlers bei schweren Waffen": for x against = against
                    base = base if manner.polarity == "for" else opposite(base)
                if no_reason_to_wait(doc, cue, hi, sent.end):
                    base = opposite(base)  # "sehe keinen Grund, damit zu warten": for the step
                if p.negated and escalated_denial(doc, p):
                    # "sieht keine Möglichkeit, … Waffen zu überlassen, schon gar keine Kampfpanzer": the elliptic
                    # escalation only ever continues a denial
                    base = "against"
                rank = (2 if inner is not None else int(same_clause), cue.strength, -abs(p.start - cue.i))
                if doc[lo].lower_ in ("aber", "doch", "sondern", "jedoch") and (cue.cue.pos == "consequence" or cue.strength == 2):
                    # "Ein Embargo wäre teuer, aber es wäre zu schaffen": the consequence after "aber" is the point
                    rank = (max(rank[0], 1), cue.strength, 1)
                judged = judged_stance(ctx, results, k, cue, p, lo, hi, topic, lex) if carried else None
                if judged is not None:
                    # "Die Regierung lehnt ein Embargo ab. Röttgen hält das für falsch.": the judgement is of the
                    # stance another holder took just before, not of the proposal (against x against = for)
                    judged = (judged[0] if cue.polarity == "for" else opposite(judged[0]), judged[1], judged[0])
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
            own = reaffirmed_own(doc, cue, lo, hi, lex)
            # "Stegner, der Waffenlieferungen noch abgelehnt hatte, trägt diese inzwischen mit": a former stance
            was = cue.strength == 2 and former_stance(doc, sent, lo, hi, cue, cues, lex)
            for p, base0, rank, judged in stances:
                conf = (0.9 if cue.strength == 2 else 0.75) * hconf * (0.75 if carried else 1.0) * (0.8 if cue.cue.argument else 1.0)
                for holder in holders:
                    base = base0
                    if judged is not None and holder not in judged[1]:
                        # "Die Bundesregierung lehnt Kampfpanzer ab. Das sei nicht verantwortbar, sagte Scholz": a judge
                        # on the side of the stance judged keeps that stance, whatever the judging word
                        base = judged[2] if same_side(lex, holder, judged[1]) else judged[0]
                    if own and p.source == "anaphor":
                        # "Scholz verteidigte seinen Kurs": the stance he took last, if the article told it
                        base = own_last_stance(results, lex, holder, p.key)
                        if base is None:
                            continue
                    # "X kritisierte, Berlin blockiere Sanktionen": X is for what Berlin blocks
                    pol = base if holder not in flip else ("against" if base == "for" else "for")
                    pos = Position(holder, p.key, pol, sentence_span(doc, sent), cue_text(doc, cue), round(conf, 2))
                    if was:
                        former.append(pos)
                        continue
                    key = (holder, p.key)
                    if key not in best or rank > best[key][0]:
                        best[key] = (rank, pos)
                    if holder not in stance_holders:
                        stance_holders.append(holder)
        if turn is not None and not turn.question and k > 0 and turns[k - 1] is not None and turns[k - 1].question:
            # the first sentence of an answer, right after the question
            _take(best, stance_holders, answered(ctx, k, voice, k - 1, ctx.cues), (1, 2, 0))
        # "genehmigte die Weitergabe von Haubitzen durch Estland": the agent hands them on
        _take(best, stance_holders, delivery_agents(ctx, sent, all_props, lex), (0, 1, 0))
        # "Die Ukraine erhält Panzerhaubitzen aus Deutschland": the supplier delivers
        _take(best, stance_holders, suppliers(ctx, sent, all_props, lex), (0, 1, 0))
        for pos in yes_no(ctx, sent, all_props, frame, voice, h):
            # "Ausrüstung ja, Kampfpanzer nein": the elliptic verdict decides for its proposal
            best[(pos.holder, pos.proposal)] = ((3, 2, 0), pos)
            stance_holders.append(pos.holder)
        # "Kernstück ist ein Importverbot für russisches Öl": the package's backers are for its core
        _take(best, stance_holders, package_core(ctx, sent, results, k, lex), (1, 2, 0))
        # "Das gelte auch für eine Flugverbotszone": the stance just stated, extended to another proposal
        _take(best, stance_holders, extended_stance(ctx, sent, frame, h, results, k), (1, 2, 0))
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
        _take(best, stance_holders, verbless(ctx, sent, h), (1, 0))
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
        if not best and k > 0 and not question and not ctx.proposals_in(sent.start, sent.end):
            for pos in mood_reaction(ctx, sent, h, results, k, lex):
                # "Die NATO lehnt eine Flugverbotszone ab. Selenskyj zeigte sich enttäuscht."
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
            letter.append((k, key, pol))
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
        if not any(w in text for w in lex.specific_arms) and not any(_named_deliveries(doc, p) for p in ps):
            drop.add(key)
    return [p for p in results if not (p.proposal == "arms_deliveries" and (p.holder, p.polarity) in drop)]


def _named_deliveries(doc: Doc, p: Position) -> bool:
    """"um schnellere Waffenlieferungen gebeten": deliveries of weapons named as such, in a sentence that names
    no heavy weapon, are a stance of their own."""
    words = [t for t in doc if p.evidence.start <= t.idx < p.evidence.end]
    return any("waffenlieferung" in t.lower_ for t in words) and not any(
        w in t.lower_ for t in words for w in ("panzer", "haubitze", "artillerie", "schwere", "schwerer", "schweren"))


def _agentless_demand(doc: Doc, cue: CueMatch) -> bool:
    """"Er warnte, nach den Panzern würden bald Kampfflugzeuge gefordert": a demand in the passive, by nobody
    named and under no modal, is what others demand, not a stance of the clause's speaker."""
    if cue.cue.event != "REQUEST" or doc[cue.i].tag_ != "VVPP":
        return False
    lo, hi = clause_bounds(doc, cue.i)
    words = doc[lo:hi]
    return auxiliary(doc, lo, hi, ("werden",)) and not any(t.tag_ == "VMFIN" or t.lower_ in ("von", "vom") for t in words)


def _unnamed_comparison(ctx: DocContext, cue: CueMatch) -> bool:
    """"Ein Gasembargo, wie es mehrere EU-Partner fordern, lehnt Nehammer ab": the stance in a comparison
    clause is its own subject's, and that subject names no actor (with one it is theirs: "wie es Polen fordert")."""
    doc = ctx.doc
    lo, hi = clause_bounds(doc, cue.i)
    pron = wie_pronoun(doc, lo, hi)
    if pron is None or pron != lo + 1 or not any(t.tag_ in ("NN", "NE") for t in doc[pron + 1:cue.i]):
        return False  # ("wie sie es fordern": a pronoun subject, resolved as usual)
    return not any(m.actor and m.kind != "prefix" for m in ctx.mentions_in(lo, hi))  # ("EU-Partner" are not the EU)


def _second_conjunct(doc: Doc, cue: CueMatch, i: int) -> bool:
    """Whether the verb at i is in a conjunct after the cue's own predicate: "will der Ukraine Kampfpanzer
    überlassen und dafür Leopard-Panzer erhalten" gives first, whatever it receives in return (but "Prag soll
    Kampfpanzer abgeben und dafür Ersatz erhalten" is a plan made for Prague, a swap it takes part in)."""
    if cue.cue.words[0] == "sollen":
        return False
    start = max(cue.i, cue.j)
    kon = next((t.i for t in doc[start + 1:i] if t.tag_ == "KON"), None)
    return kon is not None and any(t.tag_.startswith("VV") for t in doc[start + 1:kon])


# the prepositions of a topic fronted before a speech verb: "Zu / Über / Bei einem Gasembargo sagte X, …"
_FRONTED_TOPIC_PREPS = TOPIC_PREPS | {"über"}


def _means_phrase(doc: Doc, start: int, lo: int) -> bool:
    """The proposal starting at ``start`` is a means, or the attribute of a means: "mit Sanktionen", "mit der
    Lieferung von Panzern", "durch die Lieferung schwerer Waffen"."""
    if means_marker(doc, start, lo):
        return True
    k = start - 1
    while k > lo and doc[k].tag_ in ("ART", "ADJA"):
        k -= 1
    if k > lo and doc[k].lower_ == "von":
        k -= 1
    return k > lo and doc[k].tag_ == "NN" and means_marker(doc, k, lo)


def _restricted(doc: Doc, p: ProposalMention, sent: Span) -> bool:
    """A denied proposal with a restrictive relative clause, right after it or after the clause's verbs:
    "keine Sanktionen beschließen, die Deutschland stärker träfen als den Kreml" denies only those."""
    k = p.end
    while k < sent.end and doc[k].tag_.startswith("V") and k - p.end < 3:
        k += 1
    return k + 1 < sent.end and doc[k].text == "," and doc[k + 1].tag_ == "PRELS"


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
    elif first.lower_ not in _FRONTED_TOPIC_PREPS:
        return False
    return frame.verb == p.end or all(doc[k].tag_ not in ("$,", "$.") and not doc[k].tag_.endswith("FIN")
                                      for k in range(first.i, frame.verb)) and doc[frame.verb].tag_.endswith("FIN")


def _named_object(doc: Doc, p: ProposalMention, frame: SpeechFrame | None) -> bool:
    """"Rutte nannte das Teilembargo „schmerzhaft, aber richtig“": the object of a verb of naming is what
    the quoted judgement is about, not part of the attribution."""
    return frame is not None and 0 <= frame.verb < p.start and (doc[frame.verb].lemma_ or "").lower() in (
        "nennen", "bezeichnen") and not any(doc[k].text in (",", ":") for k in range(frame.verb, p.start))


def _take(best: dict, stance_holders: list[str], found: list[Position], rank: tuple) -> None:
    """Positions of a sentence-level rule, unless a cue of the sentence already gave the holder one on the
    proposal."""
    for pos in found:
        best.setdefault((pos.holder, pos.proposal), (rank, pos))
        stance_holders.append(pos.holder)


def _connected(doc: Doc, cue: CueMatch) -> bool:
    """"die Pipeline, an die die Raffinerien angeschlossen sind": "anschließen" without a reflexive pronoun
    is being connected, not joining a stance ("sich dem Embargo anschließen")."""
    if cue.cue.words[0] != "anschließen":
        return False
    lo, hi = clause_bounds(doc, cue.i)
    return not any(t.tag_ == "PRF" or t.lower_ in ("mich", "uns", "dich", "euch") for t in doc[lo:hi])


def _is_person(ctx: DocContext, label: str) -> bool:
    return any(m.actor == label and m.type == "Person" for m in ctx.mentions)


# the action a proposal match contains ("aus russischem Öl aussteigen", "Schließt den Himmel über der
# Ukraine", "Banken würden aus SWIFT ausgeschlossen") states a stance when nothing else in the sentence does
ACTION = Cue(("<Handlung>",), "", "for", 1, "", "verb")


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


# verbs of reviewing or discussing: "müssten überprüft werden" demands neither the measure nor its end
_REVIEW = frozenset({"prüfen", "überprüfen", "überdenken", "diskutieren", "beraten", "debattieren", "erörtern",
                     "besprechen", "klären"})
