"""Targets: which proposal(s) a stance cue is about - a proposal in the cue's clause or the nearest clause, a
consequence's subject, or, for an anaphor ("eine solche Mission", "das", "der Vorschlag Warschaus"), the
proposal discussed, introduced or owned before.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from kg.extract.carried import owners_stance, stated_in
from kg.extract.context import DocContext
from kg.extract.speech import QUOTE, is_conditional, prep_before, wie_pronoun
from kg.lexicon import Lexicon
from kg.nlp.clauses import DASHES, clause_bounds, finite_verb, is_existential
from kg.nlp.consequences import NAMING_VERBS
from kg.nlp.cues import CueMatch
from kg.nlp.mentions import Mention
from kg.nlp.proposals import ProposalMention
from kg.records import Position

__all__ = ["consequence_of", "proposals_for", "PROPOSAL_NOUNS", "narrowed", "both_named"]


def consequence_of(ctx: DocContext, cue: CueMatch, props: list[ProposalMention], sent: Span, lo: int,
                   topic: list[tuple[int, list[str]]], k: int, results: list[Position],
                   here: list[str] = ()) -> tuple[list[ProposalMention], bool]:
    """The proposal a consequence argument is about: its subject, or for an anaphor ("Ein solcher
    Schritt würde …", "Das wäre …") the proposal of a clause before it in the sentence, else the one
    discussed in the sentences just before. "Das"/"es" after a rejection may mean the rejection ("Die
    NATO lehnt eine Flugverbotszone ab. Das wäre eine Katastrophe"): then nothing."""
    if cue.subject >= 0:
        found = [p for p in props if p.start == cue.subject][:1]
        for p in sorted(props, key=lambda x: x.start):
            # "Nur ein Embargo und schwere Waffen werden Putin an den Verhandlungstisch zwingen": each subject
            between = ctx.doc[found[-1].end:p.start] if found and p.start >= found[-1].end else None
            if between is not None and p.start < cue.i and any(t.tag_ == "KON" for t in between) and all(
                    t.tag_ in ("KON", "ART", "ADJA", "PIAT", "PIDAT", "ADV") for t in between):
                found.append(p)
        return found, False
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


def proposals_for(ctx: DocContext, cue: CueMatch, props: list[ProposalMention], sent: Span, lex: Lexicon,
                  topic: list[tuple[int, list[str]]], k: int, attr: tuple[int, int],
                  results: list[Position] = ()) -> tuple[list[ProposalMention], bool]:
    found, carried = _proposals_for_clause(ctx, cue, props, sent, lex, topic, k, attr, results)
    comp = _complement_anaphor(ctx.doc, cue, sent, lex) if carried and not props else None
    if comp is not None and all(p.source == "anaphor" for p in found):
        # "forderte die USA auf, die Lieferungen einzustellen": the anaphor is the complement's object, so the
        # complement's own cue composes with the main one (see embedded_cue)
        found = [ProposalMention(comp, comp + 1, p.key, p.text, False, "complement") for p in found]
    return found, carried


def _fronted_before_insert(doc: Doc, sent: Span, lo: int, props: list[ProposalMention]) -> list[ProposalMention]:
    """"Eine Friedensmission, wie Polen sie vorgeschlagen hatte, lehnt das Bündnis ab", "Kampfjets, die Kiew
    fordert, will Washington nicht liefern": the object fronted before a comparison or relative clause belongs to
    the main clause that resumes after it."""
    if lo - 2 < sent.start or doc[lo - 1].text != "," or not doc[lo].tag_.endswith("FIN"):
        return []
    ilo = clause_bounds(doc, lo - 2)[0]
    if not (doc[ilo].lower_ == "wie" or doc[ilo].tag_ in ("PRELS", "PRELAT") or (
            doc[ilo].tag_ == "APPR" and ilo + 1 < lo and doc[ilo + 1].tag_ in ("PRELS", "PRELAT"))):
        return []
    if ilo - 1 <= sent.start or doc[ilo - 1].text != ",":
        return []
    start = sent.start
    if finite_verb(doc, start, ilo - 1) is not None:
        return []
    return [p for p in props if start <= p.start < ilo - 1]


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
    own += [p for p in _fronted_before_insert(doc, sent, lo, props) if p not in own]
    if not own and wie_pronoun(doc, lo, hi) == lo + 1 and lo - 2 >= sent.start and doc[lo - 1].text == ",":
        # "Ein Embargo, wie es die USA beschlossen haben, …": the pronoun is the proposal compared with
        plo = clause_bounds(doc, lo - 2)[0]
        own = [p for p in props if plo <= p.start < lo - 1]
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
    if props and (cue.cue.prep == "vor" or cue.cue.event == "THREATEN") and comma + 1 < sent.end and doc[comma].text == "," \
            and is_conditional(doc, comma + 1):
        # "warnte vor einem „Flächenbrand“, sollte die NATO eingreifen", "droht mit Konsequenzen, falls …":
        # the warning or threat is against the condition
        clo, chi = clause_bounds(doc, comma + 1)
        cond = [p for p in props if clo <= p.start < chi]
        if cond and cue.polarity == "for" and cue.cue.event == "THREATEN":
            # a threat is for the step it threatens and against what it is meant to prevent
            cond = [ProposalMention(p.start, p.end, p.key, p.text, not p.negated, p.source, p.absorbs_cue) for p in cond]
        if cond:
            return cond, False
    if props and cue.cue.pos == "verb" and cue.cue.event != "REQUEST" and any(
            t.tag_ == "PPER" and t.lower_ in ("uns", "euch", "mich", "dich") and t.i != cue.i for t in doc[lo:hi]):
        return [], False  # "Die Ukraine verteidigt auch uns": the cue's object is a person, not a proposal elsewhere
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
        if nhi <= lo and not trailing and hi + 1 < sent.end and doc[hi].text == "," and cue.cue.pos == "verb" \
                and (any(t.text in DASHES or t.text == ";" for t in doc[nhi:lo]) or doc[lo].tag_ == "KOUS"):
            clo, chi = clause_bounds(doc, hi + 1)
            if finite_verb(doc, clo, chi) is None and any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[clo:chi]) \
                    and doc[clo].lower_ not in ("um", "ohne", "statt", "anstatt", "außer") \
                    and not any(clo <= p.start < chi for p in props):
                # "Ungarn lehnt Waffenlieferungen ab; Orbán hatte versprochen, sein Land aus dem Krieg herauszuhalten",
                # "…, nachdem Warschau sich geweigert hatte, in Rubel zu bezahlen": after a break, or in a
                # subordinate clause, the cue has an infinitive of its own, and it names no proposal
                return [], False
        if nhi <= lo and not trailing and _juxtaposed(ctx, cue, (lo, hi), (nlo, nhi)):
            return [], False
        if nhi <= lo and not trailing and cue.cue.pos == "verb" and doc[cue.i].tag_ == "VVFIN" and any(
                t.text in DASHES or t.text == ";" for t in doc[nhi:lo]) and not _kind_subject(doc, cue, lo, lex) \
                and _own_object(ctx, cue, lo, hi, lex):
            return [], False  # "Moskau droht wegen Waffenlieferungen – Gazprom stoppt Gas für Polen": an object of its own
        if nlo >= hi and contrary and not trailing and cue.cue.pos == "verb" and _own_object(ctx, cue, lo, hi, lex):
            # "forderte Entlastungen für Betriebe, äußerte sich zu einem Embargo aber nicht": the next main
            # clause has a predicate of its own, and the cue an object of its own
            return [], False
        if doc[nlo].lower_ == "wonach" and not lo <= nlo < hi:
            return [], False  # "wies einen Bericht zurück, wonach Marder unterwegs seien": the report's hearsay
        if cue.strength == 2 or adjacent or trailing:
            # the clause after the cue, or the content before a trailing speech verb ("…, kündigte er an")
            return [p for p in props if nlo <= p.start < nhi], False
        if cue.cue.pos == "adj" and doc[lo].lower_ in ("aber", "doch", "jedoch") and finite_verb(doc, lo, hi) is None \
                and lo - 2 >= sent.start:
            # "nannte das Teilembargo „schmerzhaft, aber richtig“": the predicate goes on after the comma
            plo, phi = clause_bounds(doc, lo - 2)
            before = [p for p in props if plo <= p.start < phi]
            if before:
                return before, False
        if lo - 2 >= sent.start and doc[lo - 1].tag_ == "KON" and doc[lo].tag_.endswith("FIN"):
            # "Die Sanktionen wirken bereits und sollten ausgeweitet werden": the subject of the first main clause
            plo, phi = clause_bounds(doc, lo - 2)
            pfin = finite_verb(doc, plo, phi)
            shared = [p for p in props if plo <= p.start < (pfin if pfin is not None else phi)]
            if shared:
                return shared, False
        if _resumed_by_pronoun(doc, lo, hi) or _es_judged(doc, cue, lo, hi, sent):
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
    if cue.strength < 2 and not wants_that and not _kind_subject(doc, cue, lo, lex) and not _named_as(doc, cue, lo, hi, lex) \
            and not _predicated_of_anaphor(doc, cue, lo, hi, lex) and not (
            cue.cue.pos == "verb" and (cue.cue.event or cue.cue.words[0] in lex.continuing_verbs) and cue.cue.words[0] not in ("wollen", "müssen", "sollen")
            and clause_words & PROPOSAL_NOUNS and not clause_words & lex.blockers):
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
    anaphoric = da_form or bool(clause_words & lex.anaphors) or cue.cue.pos in ("adj", "phrase") or cue.cue.words[0] in lex.topic_verbs or _more_of_it(doc, lo, hi) or (
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
    # (a reason given after the stance blocks nothing: "begründete die Absage mit der Gefahr eines Krieges")
    reason = next((t.i for t in doc[cue.i + 1:hi] if t.tag_ == "APPR" and t.lower_ in ("mit", "wegen", "angesichts", "aufgrund")), hi)
    blocking = {(t.lemma_ or t.text).lower() for t in doc[lo:reason]} | {t.lower_ for t in doc[lo:reason]}
    if not anaphoric or (blocking & lex.blockers) - {w.lower() for w in cue.cue.words}:
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
    if cue.cue.pos in ("verb", "phrase", "adj") and not da_form and not _kind_subject(doc, cue, lo, lex) and _own_object(ctx, cue, lo, hi, lex):
        # "Eine Aufnahme der Ukraine in die EU stellte er nicht in Aussicht", "Das geplante Sondervermögen
        # sehe er kritisch"
        return [], False
    if cue.cue.pos == "verb" and not cue.cue.prep and not clause_words & lex.anaphors and _actor_object(ctx, lo, hi):
        return [], False  # "die USA würden die Ukraine unterstützen": an actor is what is backed, not a proposal
    if not da_form and cue.cue.prep and _actor_after(ctx, {cue.cue.prep}, lo, hi, lambda m: m.type in ("Country", "Organisation")):
        return [], False  # "dass das Parlament geschlossen hinter der Ukraine stehe": an actor, not a proposal
    if not da_form and cue.cue.pos in ("phrase", "noun") and _actor_after(
            ctx, {"zu", "zum", "zur"}, cue.i + 1, hi, lambda m: bool(m.actor) and m.kind != "adjective"):
        return [], False  # "Die Grünen gingen auf Distanz zu Schröder": an actor, not a proposal
    first = next((t for t in sent if not t.is_space and t.text not in QUOTE), None)
    if first is not None and (first.lower_ in ("wer", "wenn", "falls") or (
            first.lower_ in ("sollte", "sollten") and first.tag_ == "VMFIN")):
        return [], False  # also "Sollte Moskau verlangen, …, sei Ungarn dazu bereit": "dazu" is the condition's
    if _others_stance(ctx, lo, hi, clause_words, lex):
        return [], False  # "kritisierte die Haltung des Kanzleramts": a judgement of someone's stance
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
    kinds = {key for w in clause_words if w in lex.anaphor_proposals for key in lex.anaphor_proposals[w]}
    body = _heading_body(ctx, k, kinds) if is_heading(ctx, k) else []
    if body:
        # "Update, 14.50 Uhr: Kreml warnt vor weiteren Lieferungen": a heading speaks of the entry below it,
        # not of the entry before (a live blog runs backwards in time)
        return [ProposalMention(cue.i, cue.i + 1, key, key, False, "anaphor") for key in body], True
    for kk, keys in reversed(topic):
        if kinds and kk < k and kinds & set(keys):
            return [ProposalMention(cue.i, cue.i + 1, key, key, False, "anaphor") for key in sorted(kinds & set(keys))], True
    for kk, keys in reversed(topic):
        if kinds:
            break
        if k - kk > 4 or ctx.para[kk] < ctx.para[k] - 1:
            break
        if keys:
            if len(keys) > 1 and clause_words & lex.single_anaphors:
                # "nannte die Idee brandgefährlich" after "weder Soldaten noch Waffen": one idea, the one
                # the article has discussed most
                # (an embargo is a sanction, and tanks are arms: a package proposal can be both)
                counts = [key for _, ks in topic for key in ks]
                best = max(keys, key=lambda x: (counts.count(x), -keys.index(x)))
                keys = [key for key in keys if key == best or {key, best} <= _SANCTION_KINDS or {key, best} <= _ARMS_KINDS]
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


def is_heading(ctx: DocContext, k: int) -> bool:
    """A headline or a live-blog entry's title: a paragraph of one sentence without a full stop."""
    words = [t for t in ctx.sents[k] if not t.is_space and t.text not in QUOTE]
    if not words or words[-1].text in (".", "!", "?", ";", ",") or words[-1].text in DASHES:
        return False
    return ctx.own_paragraph(k)


def _heading_body(ctx: DocContext, k: int, kinds: set[str]) -> list[str]:
    """The proposals named first in the two sentences under a heading (of the anaphor's kind, if it has one)."""
    for kk in range(k + 1, min(k + 3, len(ctx.sents))):
        if ctx.para[kk] != ctx.para[k + 1]:
            break
        sent = ctx.sents[kk]
        keys = sorted({p.key for p in ctx.proposals if sent.start <= p.start < sent.end
                       and not p.source.startswith("pattern:support") and (not kinds or p.key in kinds)})
        if keys:
            return keys
    return []


_SANCTION_KINDS = frozenset({"sanctions", "energy_embargo"})
_ARMS_KINDS = frozenset({"arms_deliveries", "heavy_weapons", "fighter_jets"})


# "nannte den Vorschlag gefährlich", "bezeichnete die Pläne als riskant", "hält die Idee für falsch"
_NAMING_VERBS = NAMING_VERBS | {"halten", "bewerten"}


def _predicated_of_anaphor(doc: Doc, cue: CueMatch, lo: int, hi: int, lex: Lexicon) -> bool:
    """An evaluative adjective predicated of a proposal anaphor by "sein": "der Schritt sei teuer, aber richtig
    gewesen", "Die Entscheidung ist richtig" judge the step as explicitly as "nannte den Schritt richtig"."""
    if cue.cue.pos != "adj" or doc[cue.i].tag_ != "ADJD":
        return False
    while lo - 2 >= doc[lo].sent.start and doc[lo].lower_ in ("aber", "doch", "und") and doc[lo - 1].text == ",":
        lo = clause_bounds(doc, lo - 2)[0]  # "der Schritt sei teuer, aber richtig gewesen": one predicate, coordinated
    if not any((t.lemma_ or "").lower() == "sein" and t.tag_.startswith("VA") for t in doc[lo:hi]):
        return False
    for t in doc[lo:cue.i]:
        if t.tag_ == "NN" and ((t.lemma_ or "").lower() in lex.anaphors or t.lower_ in lex.anaphors):
            d = t.i - 1
            while d >= lo and doc[d].tag_ in ("ADJA", "ADV"):
                d -= 1
            if d >= lo and doc[d].tag_ in ("ART", "PDAT") and not (d - 1 >= lo and doc[d - 1].tag_ in ("APPR", "APPRART")):
                return True
    return False


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
    if doc[cue.i].lower_ == "müsste":
        # "Eine solche Zone müsste von Nato-Flugzeugen durchgesetzt werden": what it would take (the plural
        # "müssten" also stands for the Konjunktiv I: "die Lieferungen müssten nun schnell ankommen")
        return False
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


def _has_object(doc: Doc, i: int, hi: int) -> bool:
    """A stance noun with an attribute of its own: "Zweifel an der Mission", "Ablehnung des Plans"."""
    nxt = doc[i + 1] if i + 1 < hi else None
    # (not a reason, place or time: "begründete die Absage mit der Gefahr …", "Zweifel in Berlin")
    return nxt is not None and ((nxt.tag_ in ("APPR", "APPRART") and nxt.lower_ not in _ADJUNCT_PREPS)
                                or (nxt.tag_ == "ART" and nxt.lower_ in ("des", "der")))


_ADJUNCT_PREPS = frozenset({"mit", "in", "im", "bei", "beim", "am", "seit"})


def _actor_object(ctx: DocContext, lo: int, hi: int) -> bool:
    """The clause names an actor besides its subject, without a preposition: the verb's object ("die USA
    würden die Ukraine unterstützen", "Wir unterstützen die Ukraine")."""
    doc = ctx.doc
    bare = [m for m in ctx.mentions_in(lo, hi) if m.actor and m.kind not in ("adjective", "prefix", "place")
            and prep_before(doc, m) == (None, False) and not (m.start > lo and doc[m.start - 1].tag_ in ("NN", "NE"))]
    fin = finite_verb(doc, lo, hi)
    subject_pron = any((t.tag_ == "PPER" and t.lower_ in ("ich", "wir", "er", "sie")) or t.lower_ == "man" for t in doc[lo:hi])
    if not bare:
        return False
    if len(bare) >= 2:
        return not any(doc[k].lower_ in ("und", "sowie", "oder") for k in range(bare[0].end, bare[1].start)) \
            and not any(doc[k].text == "," for k in range(bare[0].end, bare[1].start))
    return subject_pron and fin is not None and bare[0].start > fin


def _others_stance(ctx: DocContext, lo: int, hi: int, clause_words: set[str], lex: Lexicon) -> bool:
    """The clause's only anaphor is a stance noun owned by a named actor: "die Haltung des Kanzleramts",
    "die Position Berlins" (judging another's stance says nothing of one's own on the proposal)."""
    doc = ctx.doc
    if clause_words & lex.anaphors - _STANCE_ANAPHORS:
        return False
    ments = [m for m in ctx.mentions_in(lo, hi) if m.actor]
    for t in doc[lo:hi]:
        if t.tag_ == "NN" and t.lower_ in _STANCE_ANAPHORS and any(
                m.start == t.i + 2 and doc[t.i + 1].lower_ in ("des", "der") or m.start == t.i + 1 and doc[m.end - 1].text.endswith("s")
                for m in ments):
            return True
    return False


_STANCE_ANAPHORS = frozenset({"haltung", "position"})


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


def _relative(doc: Doc, lo: int) -> bool:
    """A relative clause (the tagger often takes its pronoun for an article: "…, der Waffenlieferungen ablehnte")."""
    return doc[lo].tag_ == "PRELS" or (lo > 0 and doc[lo - 1].text == "," and doc[lo].tag_ == "ART"
                                       and doc[lo].lower_ in ("der", "die", "das", "dem", "den"))


def _inside_action(cue: CueMatch, props: list[ProposalMention]) -> bool:
    """The cue is the verb of a proposal match that contains its own action ("SWIFT ausgeschlossen")."""
    return any(p.absorbs_cue and p.start <= cue.i < p.end for p in props)


# nouns that name a proposal as a whole: the object of an action ("den Vorschlag einbringen", "das Paket vorlegen")
PROPOSAL_NOUNS = frozenset({"vorschlag", "vorstoß", "plan", "pläne", "idee", "antrag", "paket", "vorhaben", "entschließung",
                            "resolution", "maschinen", "flugzeuge", "lieferungen"})


_TIME_NOUNS = frozenset({"Tag", "Woche", "Monat", "Jahr", "Abend", "Morgen", "Mal", "Wochenende", "Zeit", "Stunde"})


def _actor_after(ctx: DocContext, preps: set[str], lo: int, hi: int, fits: Callable[[Mention], bool]) -> bool:
    """One of ``preps`` between ``lo`` and ``hi`` governs an actor that ``fits`` (the mention starts right
    after it or after its article): "hinter der Ukraine", "auf Distanz zu Schröder"."""
    doc = ctx.doc
    return any(doc[x].lower_ in preps and any(m.start in (x + 1, x + 2) and fits(m) for m in ctx.mentions_in(x + 1, min(hi, x + 4)))
               for x in range(lo, hi))


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
        if t.text in lex.member_nouns and any(m.start == t.i + 2 and doc[t.i + 1].lower_ in ("der", "des", "von", "vom") for m in ments):
            continue  # "Die Regierungen der baltischen Staaten hatten das verlangt": the subject, through its members
        if t.lemma_ in _TIME_NOUNS:
            continue
        if t.text in lex.participation_nouns and t.i + 1 < hi and doc[t.i + 1].lower_ in ("an", "am", "bei", "beim", "zu", "zur", "zum"):
            continue  # "schloss eine Beteiligung an einer solchen Lieferung aus": about the delivery
        if doc[t.i - 1].tag_ not in ("ART", "PIAT", "PPOSAT", "ADJA", "PDAT"):
            if t.i == cue.i + 1 and doc[cue.i].tag_ == "VVFIN" and t.i + 1 < hi and doc[t.i + 1].tag_ in ("APPR", "PTKVZ"):
                return True  # a bare noun object right after the verb: "Gazprom stoppt Gas für Polen"
            continue
        np = t.i - 1  # back to the start of the noun phrase, or to a demonstrative in it
        while np > lo and doc[np].tag_ in ("ART", "PIAT", "PPOSAT", "ADJA", "PDAT", "ADV", "CARD") \
                and not doc[np].lower_.startswith(("solch", "dies", "jen")):
            np -= 1
        if doc[np].lower_.startswith(("solch", "dies", "jen")) or doc[np].tag_ in ("NN", "NE"):
            continue  # a reference, or a genitive attribute ("die Frage einer dauerhaften Stationierung")
        if doc[np].text == "," and any(m.end == np for m in ments):
            continue  # an apposition: "…, Sebastian Dullien, wissenschaftlicher Direktor des Instituts"
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


def _es_judged(doc: Doc, cue: CueMatch, lo: int, hi: int, sent: Span) -> bool:
    """"Ein Embargo wird wehtun, doch es ist unausweichlich": "es" takes up the proposal of the clause
    before (not the "es" that announces a clause of its own: "es ist richtig, dass …", "…, es zu tun")."""
    if cue.cue.pos != "adj" or not any(t.lower_ == "es" and t.tag_ == "PPER" and t.i < cue.i for t in doc[lo:hi]):
        return False
    k = hi
    while k < sent.end and doc[k].text in QUOTE:
        k += 1
    if k + 1 < sent.end and doc[k].text == "," and (doc[k + 1].lower_ in ("dass", "ob", "wenn", "zu") or any(
            t.tag_ in ("PTKZU", "VVIZU") for t in doc[k + 1:clause_bounds(doc, k + 1)[1]])):
        return False
    return True


_DISCUSS = frozenset({"beraten", "diskutieren", "sprechen", "reden", "verhandeln", "debattieren", "streiten",
                      "informieren", "berichten", "entscheiden", "abstimmen",
                      # "setzen ihre Beratungen über das fünfte Sanktionspaket fort"
                      "beratung", "diskussion", "debatte", "verhandlung", "gespräch"})


_ASKING = frozenset({"wissen", "fragen", "prüfen", "klären", "überlegen", "erkundigen", "unklar", "offen", "abwarten",
                     "entscheiden", "diskutieren", "beraten", "debattieren", "erörtern", "überprüfen", "überdenken",
                     "besprechen"})


def both_named(doc: Doc, cue: CueMatch, lo: int, hi: int, props: list[ProposalMention], topic: list[tuple[int, list[str]]],
               k: int) -> list[ProposalMention]:
    """"Selenskyj forderte Kampfflugzeuge und Panzer. Beides lehnten die Alliierten ab": "Beides" in the cue's
    clause takes up the two proposals named in the two sentences before, other than those the sentence
    names itself (``props``); [] when there are not two."""
    if not any(t.lower_ == "beides" for t in doc[lo:hi]):
        return []
    both: list[str] = []
    named_here = {p.key for p in props}
    for kk, keys in reversed(topic):
        if kk < k - 2:
            break
        both += [x for x in keys if x not in both and x not in named_here]
    if len(both) < 2:
        return []
    return [ProposalMention(cue.i, cue.i + 1, key, key, False, "anaphor") for key in both[:2]]


def narrowed(doc: Doc, p: ProposalMention, topic: list[tuple[int, list[str]]], k: int, lex: Lexicon) -> ProposalMention:
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
