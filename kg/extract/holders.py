"""Holders: who holds the stance a cue expresses, as a list of small rules tried in order.

A cue's holder is, in this order of preference,
- an actor tied to the cue word itself (:func:`attached_holder`: "der polnische Vorstoß",
  "die von Warschau vorgeschlagene Mission"), unless the cue is a passive request to an addressee
  (:func:`passive_addressee`);
- a group taken up again (:func:`group_reference`: "die drei Länder"; :func:`plural_pronoun`:
  "Sie appellieren …" after a list);
- the subject of the cue's own clause (:func:`~kg.extract.subjects.clause_subject`), with the rest of its enumeration;
then the holders are adjusted by the sentence's frame and context: partners of an agreement
(:func:`agreement_partners`), the speaker of a quote or of reported speech (:func:`~kg.extract.speakers.speaker`),
"ich"/"wir" (:func:`first_person`), the holder of the sentence before (:func:`previous_holder`),
an interviewee (:func:`interviewee`), "In Berlin zeigt man sich …" (:func:`capital_man`), "In der
Regierung gibt es Vorbehalte" (:func:`existential_place`) and "…, ebenso die AfD" (:func:`likewise`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.context import DocContext
from kg.extract.holder_query import Answer, HolderQuery, labels, normative
from kg.extract.polarity import judged_obstruction
from kg.extract.speakers import speaker
from kg.extract.speech import (coordinated, critical_word, group_reference as names_group, listed_before, plural_pronoun as is_plural_pronoun,
                               prep_before)
from kg.extract.subjects import Subject, clause_subject, compared, eligible, governed_by_passive, subject_holders
from kg.lexicon import Lexicon
from kg.nlp.clauses import clause_bounds, finite_verb, is_existential
from kg.nlp.cues import CueMatch
from kg.nlp.mentions import Mention

__all__ = ["find_holders", "complement_owner", "attached_holder", "passive_addressee", "group_reference", "plural_pronoun",
           "agreement_partners", "first_person", "previous_holder", "interviewee", "capital_man", "existential_place",
           "likewise"]


def find_holders(q: HolderQuery) -> Answer:
    """The holders of the cue's stance and a confidence factor; [] when none is found."""
    for decisive in (attached_holder, passive_addressee, addressed_demand):
        ans = decisive(q)
        if ans is not None:
            return ans
    subj = clause_subject(q)
    for decisive in (group_reference, plural_pronoun):
        ans = decisive(q, subj)
        if ans is not None:
            return ans
    ans = noun_owner(q, subj)
    owner = list(ans[0]) if ans is not None else []
    if ans is None:
        ans = subject_holders(q, subj)
    for adjust in (agreement_partners, speaker, criticised_relative, first_person, previous_holder, interviewee,
                   capital_man, existential_place, likewise):
        ans = adjust(q, ans)
    # "Die Entscheidung der Bundesregierung, … zu überlassen, sei notwendig gewesen, sagte X": the decision is its owner's
    seen: list[str] = [x for x in owner if x not in ans[0]] if ans[0] else []
    for x in ans[0]:
        if x not in seen:
            seen.append(x)
    return seen, ans[1]


def noun_owner(q: HolderQuery, subj: Subject) -> Answer | None:
    """"Die Ankündigung der Bundesregierung, Gepard-Panzer liefern zu lassen", "das polnische Angebot,
    Kampfjets zu überlassen": a zu-infinitive that complements an announcing noun (complement_nouns.txt)
    is held by that noun's owner."""
    doc, (clo, chi) = q.doc, q.clause
    if not subj.subjectless or subj.cands or not any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[clo:chi]):
        return None
    # the comma that opens the infinitive (the chunker may keep the noun phrase in the same clause)
    commas = [k for k in range(max(q.sent.start, clo - 1), q.cue.i) if doc[k].text == ","]
    if not commas or any(doc[k].tag_.endswith("FIN") for k in range(commas[-1], q.cue.i)):
        return None
    m = complement_owner(q.ctx, commas[-1] + 1, q.lex)
    return (labels(q.state, [m]), 0.9) if m is not None else None


def complement_owner(ctx: DocContext, lo: int, lex: Lexicon) -> Mention | None:
    """The owner of an announcing noun (complement_nouns.txt) whose zu-infinitive starts at ``lo`` after a
    comma: "das polnische Angebot, …", "die Ankündigung der Bundesregierung, …", "die Ankündigung von
    Bundeskanzler Scholz, …", "die Entscheidung der Ministerin vom Dienstag, …"."""
    doc = ctx.doc
    end = lo - 1
    if end - 2 > doc[lo - 1].sent.start and doc[end - 2].lower_ in ("vom", "am", "seit") and doc[end - 1].tag_ in ("NN", "ADV"):
        end -= 2  # a date after the owner: "vom Dienstag", "am Montag"
    for m in ctx.mentions_in(doc[lo - 1].sent.start, lo - 1):
        if not m.actor or m.kind in ("place", "prefix", "pronoun"):
            continue
        if m.kind == "adjective" and m.end < lo and doc[m.end].text in lex.complement_nouns and m.end + 1 == end:
            return m  # "das polnische Angebot, …"
        if m.kind != "adjective" and m.end == end and m.start >= 2 and doc[m.start - 1].lower_ in ("der", "des", "von") \
                and doc[m.start - 2].text in lex.complement_nouns:
            return m  # "die Ankündigung der Bundesregierung, …", "die Ankündigung von Bundeskanzler Scholz, …"
    return None


_EXPECT = frozenset({"erwarten", "verlangen", "fordern", "wünschen", "erhoffen"})


def addressed_demand(q: HolderQuery) -> Answer | None:
    """In an opinion piece or an interview answer, a normative modal outside any reported speech is the
    writer's (interviewee's) demand, and its subject the addressee: "Deutschland sollte jetzt ein
    Embargo beschließen", "Die Nato muss den Himmel schließen"."""
    doc = q.doc
    lo, hi = q.clause
    if doc[lo].lower_ == "dass" and lo - 2 >= q.sent.start and q.frame is None:
        plo, phi = clause_bounds(doc, lo - 2)
        words = doc[plo:phi]
        if any(t.tag_ == "PPER" and t.lower_ in ("ich", "wir") for t in words) and any(
                (t.lemma_ or "").lower() in _EXPECT for t in words):
            # "Ich erwarte, dass die Bundesregierung die Ausfuhr genehmigt": the speaker demands it, the
            # dass-clause's subject is the addressee
            person = q.voice or q.state.last_person
            return ([person], 0.6) if person else ([], 1.0)
    if q.frame is None and q.cue.strength == 1 and normative(q):
        lo, hi = q.clause
        if any(t.tag_ == "VVFIN" and (t.lemma_ or "").lower() in q.lex.speech_verbs and not lo <= t.i < hi for t in q.sent) \
                or any(t.lower_ in ("müsse", "solle") for t in doc[lo:hi]):
            # (a Konjunktiv I "müsse"/"solle" is itself reported speech: "X macht Druck: Die EU müsse …")
            # "Der Ausschussvorsitzende sagte, Deutschland müsse Schützenpanzer liefern": a speaker we cannot
            # name demands it; the subject is the addressee, not the holder
            return [], 1.0
    lo, hi = q.clause
    # "Deutschland muss bereit sein, eine Brigade zu stellen": a stance adjective with "sein" under the modal
    demanded_state = q.cue.cue.pos == "adj" and any(t.tag_ == "VAINF" and t.lower_ == "sein" for t in doc[lo:hi])
    # "Die Bundesregierung sollte die Marder freigeben": a recommendation in the Konjunktiv II around an action cue
    recommended = any(x.tag_ == "VMFIN" and x.lower_ in ("sollte", "sollten", "müsste", "müssten") for x in doc[lo:hi])
    if not q.voice or q.frame is not None or (q.cue.strength != 1 and not demanded_state and not recommended) \
            or q.ctx.quote_open_at_start[q.k]:
        return None
    t = next((x for x in doc[lo:hi] if x.tag_ == "VMFIN" and (x.lemma_ or "").lower() in ("sollen", "müssen")), None)
    if t is None or t.lower_ in ("soll", "sollen", "sollt"):
        return None  # "Deutschland soll liefern" reports someone's plan
    if any(x.tag_ == "PPER" and x.lower_ in ("ich", "wir") for x in doc[lo:hi]):
        return None  # "wir müssen liefern": the first-person rule
    return [q.voice], 0.8


def passive_addressee(q: HolderQuery) -> Answer | None:
    """"Die Bundesregierung wird aufgefordert, …": the passive request's subject is its addressee."""
    doc = q.doc
    if q.passive and q.cue.cue.event == "REQUEST" and (doc[q.cue.i].lemma_ or "").lower() in (
            "auffordern", "bitten", "drängen", "ersuchen"):
        return [], 1.0
    return None


_NUMBERS = {"beiden": 2, "beide": 2, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5}


def group_reference(q: HolderQuery, subj: Subject) -> Answer | None:
    """"Die drei Länder sprachen sich für … aus": the group of holders just named, or the list of
    actors named in the paragraph's sentences before (of that size, when a number says so)."""
    lo, hi = q.clause
    if subj.cands or not names_group(q.doc, lo, hi, q.lex.group_heads):
        return None
    size = next((_NUMBERS[t.lower_] for t in q.doc[lo:hi] if t.lower_ in _NUMBERS), None)
    if len(q.state.last) >= 2 and q.same_paragraph_as_last() and size in (None, len(q.state.last)):
        return list(q.state.last), 0.7
    group = _listed_before(q, size, back=3)
    if not group and size == 2:
        # "Kampfjets lehnten beide Kandidaten ab": the pair named together in an earlier paragraph, else the
        # last two people named
        group = _listed_before(q, 2, back=8, across=True) or _last_two_people(q)
    return (group, 0.6) if group else ([], 1.0)  # a group we cannot name: nobody else holds it


def _last_two_people(q: HolderQuery) -> list[str]:
    """The two different people named last in the four sentences before."""
    two: list[str] = []
    for kk, person in reversed(q.state.persons):
        if kk >= q.k or kk < q.k - 4:
            continue
        if person not in two:
            two.append(person)
        if len(two) == 2:
            return sorted(two)
    return []


def _listed_before(q: HolderQuery, size: int | None = None, back: int = 2, across: bool = False) -> list[str]:
    """The actor labels of the first list before the cue's sentence (speech.listed_before)."""
    return labels(q.state, listed_before(q.ctx, q.k, size, back, across))


def plural_pronoun(q: HolderQuery, subj: Subject) -> Answer | None:
    """"Sie fordern …" (plural): the coordinated subjects before it in the sentence, the holders of
    the sentence before, or a list of actors in the two sentences before."""
    doc, h, pron = q.doc, q.state, subj.pron
    if pron is None or not is_plural_pronoun(doc, pron.start) or (subj.cands and subj.cands[0].start < pron.start):
        return None
    lo = q.clause[0]
    if pron.start > lo and doc[pron.start - 1].tag_.endswith("FIN") and any(
            t.tag_ == "CARD" or t.lower_ in q.lex.share_nouns for t in doc[lo:pron.start - 1]):
        return [], 1.0  # "56 Prozent befürworten die Lieferung, 39 Prozent lehnen sie ab": a poll's share is the subject
    before = [m for m in q.ments if m.start < pron.start and eligible(q.ctx, m, q.cue, q.passive, q.lex)]
    group = coordinated(doc, before[0], [m for m in q.ments if m.holder_eligible]) if before else []
    if len(group) >= 2:
        return labels(h, group), 0.8
    fr = q.frame
    if fr is not None and not fr.source_only and len(fr.speakers) >= 2 and not fr.attr_lo <= pron.start < fr.attr_hi:
        # "Bulgarien und die Slowakei erklärten, sie würden keine Kampfflugzeuge abgeben": the speakers
        return labels(h, fr.speakers), 0.8
    if len(h.last) >= 2 and q.same_paragraph_as_last():
        return list(h.last), 0.7
    # "Unterzeichnet haben Schwarzer, Walser und Mey. Sie appellieren …": a list in the sentences before
    group = _listed_before(q)
    if not group and q.k > 0 and q.ctx.para[q.k - 1] == q.ctx.para[q.k]:
        # "Hunderte Demonstranten zogen durch Berlin. Sie wandten sich gegen Waffenlieferungen": the group the
        # sentence before is about (not one inside a prepositional phrase)
        prev = q.ctx.sents[q.k - 1]
        named = [m for m in q.ctx.mentions_in(prev.start, prev.end) if m.type == "Group" and m.actor
                 and prep_before(doc, m) == (None, False)]
        group = labels(h, named[:1])
    return (group, 0.6) if group else ([], 1.0)


def criticised_relative(q: HolderQuery, ans: Answer) -> Answer:
    """"Scholz kritisierte Ökonomen, die ein Gasembargo für verkraftbar halten": the stance of a relative
    clause about a noun that the main clause criticises or contradicts is the critic's opposite (the
    critic holds against what those criticised are for)."""
    holders, conf = ans
    doc, (lo, _) = q.doc, q.clause
    if not holders or lo < 3 or doc[lo - 1].text != "," or doc[lo].lower_ not in ("der", "die", "das", "denen"):
        return ans
    if doc[lo - 2].tag_ != "NN" or any(m.start <= lo - 2 < m.end for m in q.ctx.mentions) or q.ctx.mentions_in(lo + 1, q.cue.i):
        return ans
    mlo, mhi = clause_bounds(doc, lo - 2)
    particles = {t.lower_ for t in doc[mlo:mhi] if t.tag_ == "PTKVZ"}
    if any(t.tag_.startswith("VV") and (critical_word(t, particles, q.lex) or (t.lemma_ or "").lower() in q.lex.rebutting_verbs | {"widersprechen"})
           for t in doc[mlo:mhi]):
        q.flip.update(holders)
    return ans


def agreement_partners(q: HolderQuery, ans: Answer) -> Answer:
    """"sich mit X und Y einig sein", "Gemeinsam mit X und Y hatte Berlin vereinbart, …": X and Y share the
    position."""
    holders, conf = ans
    lo, hi = q.clause
    agreed = q.cue.cue.words[0] in ("einig", "Einigkeit")
    if not agreed and not holders:
        return ans
    extra = [a for m in q.ments if lo <= m.start < hi and prep_before(q.doc, m)[0] == "mit" and (agreed or _together(q.doc, m))
             for a in labels(q.state, coordinated(q.doc, m, q.ments))]
    return holders + [a for a in extra if a not in holders], conf


def _together(doc: Doc, m: Mention) -> bool:
    """"gemeinsam mit (den) X", "zusammen mit X"."""
    k = m.start - 1
    while k > 0 and doc[k].tag_ in ("ART", "ADJA"):
        k -= 1
    # (but not "gemeinsam mit den Verbündeten", "mit den Partnern": acting in concert is no stance of theirs)
    return k > 0 and doc[k].lower_ == "mit" and doc[k - 1].lower_ in ("gemeinsam", "zusammen") and doc[m.start].tag_ != "NN"


def first_person(q: HolderQuery, ans: Answer) -> Answer:
    """"ich"/"wir" without a quote frame: the interviewee, the person speaking last, or the
    article's first person."""
    holders, conf = ans
    if holders or (q.frame is not None and q.frame.speakers):
        return ans
    lo, hi = q.clause
    if not any(t.lower_ in ("wir", "ich") for t in q.doc[lo:hi]):
        return ans
    person = q.voice or q.state.last_person or next(
        (m.actor for m in q.ctx.mentions if m.type == "Person" and m.actor), None)
    return ([person], 0.6) if person else ans


def previous_holder(q: HolderQuery, ans: Answer) -> Answer:
    """A subjectless sentence in the same paragraph continues the holder of the sentence before."""
    holders, conf = ans
    h, doc, sent = q.state, q.doc, q.sent
    if holders or not h.last or not q.same_paragraph_as_last() or (q.clause_passive and q.cue.strength == 1) \
            or governed_by_passive(q) or (q.voice and q.voice not in h.last and q.cue.cue.pos in ("adj", "phrase")):
        # (an author's or interviewee's judgement, "Deshalb ist es richtig, …", is their own: see interviewee)
        return ans  # not "… sind dann acht Battlegroups stationiert", "China wurde aufgefordert, … nicht zu unterstützen"
    fin = finite_verb(doc, sent.start, sent.end) or sent.end
    subjectless = not any(t.tag_ in ("NN", "NNA", "NE", "PPER", "PIS", "PDS") for t in doc[sent.start:fin]
                          if t.i != q.cue.i) or q.cue.cue.event == "AGREE"
    if subjectless and not any(m.holder_eligible and m.type != "Place" for m in q.ments):
        return list(h.last), 0.6
    return ans


def interviewee(q: HolderQuery, ans: Answer) -> Answer:
    """An interview answer without a holder of its own: "Es wird keine NATO-Soldaten geben."."""
    if not ans[0] and q.voice and not (q.frame and q.frame.speakers):
        return [q.voice], 0.6
    return ans


def capital_man(q: HolderQuery, ans: Answer) -> Answer:
    """"In Berlin zeigt man sich offen": the government of the capital; also a passive stance without an
    agent: "In Berlin wird das Embargo inzwischen unterstützt"."""
    if ans[0]:
        return ans
    doc, sent = q.doc, q.sent
    lo, hi = q.clause
    # the capital comes before "man", or before the passive's finite verb
    until = next((t.i for t in doc[lo:hi] if t.lower_ == "man"), None)
    if until is None and q.clause_passive and q.cue.strength == 2 and q.cue.cue.pos == "verb" and not any(
            t.lower_ in ("von", "vom", "durch") for t in doc[lo:hi]):
        until = finite_verb(doc, lo, hi)
    if until is None:
        return ans
    # "In Berlin zeigt man sich offen", "Auch in Washington zeigte man sich reserviert"
    for t in doc[max(sent.start, lo - 1):until]:
        if t.lower_ == "in" and t.i + 1 < until and doc[t.i + 1].text in q.lex.capitals:
            return [q.lex.capitals[doc[t.i + 1].text]], ans[1]
    return ans


def existential_place(q: HolderQuery, ans: Answer) -> Answer:
    """"In der Regierung gibt es Vorbehalte", "Bei den Grünen herrscht Skepsis": a stance noun that
    exists somewhere is held by the actor named as that place."""
    if ans[0] or q.cue.cue.pos != "noun":
        return ans
    doc = q.doc
    lo, hi = q.clause
    if not is_existential(doc, lo, hi):
        return ans
    for m in q.ments:
        if lo <= m.start < hi and m.start < q.cue.i and prep_before(doc, m)[0] in ("in", "bei", "innerhalb"):
            if m.kind == "place" or m.kind == "capital":
                found = [q.lex.capitals[m.actor]] if m.actor in q.lex.capitals else []
            else:
                found = labels(q.state, [m])
            if found:
                return found, 0.8
    return ans


def likewise(q: HolderQuery, ans: Answer) -> Answer:
    """"Die Linke ist dagegen, ebenso die AfD": the actor after "ebenso" shares the stance, as does the actor
    of a clause of its own that ends in "ebenso" ("Washington winkte ab, Berlin ebenso")."""
    holders, conf = ans
    if not holders:
        return ans
    doc, sent = q.doc, q.sent
    extra = []
    for m in q.ments:
        k2 = m.start - 1
        while k2 > sent.start and doc[k2].tag_ == "ART":
            k2 -= 1
        if doc[k2].lower_ in ("ebenso", "genauso", "gleichfalls") and k2 > sent.start and doc[k2 - 1].text == "," \
                and m.holder_eligible and m.kind != "adjective":
            extra.extend(labels(q.state, [m]))
        elif doc[k2].text == "," and m.end + 1 < sent.end and doc[m.end].lower_ in ("ebenso", "ebenfalls", "genauso", "gleichfalls", "auch") \
                and doc[m.end + 1].text in (".", ";", "!") and m.holder_eligible and m.kind != "adjective" and q.cue.i < m.start:
            extra.extend(labels(q.state, [m]))  # "Washington winkte ab, Berlin ebenso."
        elif compared(doc, m) and m.holder_eligible and m.kind not in ("adjective", "place") and not q.cue.negated \
                and not _indirect_question(doc, m):
            extra.extend(labels(q.state, [m]))  # "Wie Scholz lehnt auch Macron … ab", "Ähnlich wie Polen fordert …"
    return holders + extra, conf


def _indirect_question(doc: Doc, m: Mention) -> bool:
    """"…, weil niemand weiß, wie Putin darauf reagiert": "wie" after a comma opens a clause that ends in its
    verb (which the tagger may read as a participle), no comparison."""
    k = m.start - 1
    while k > 0 and doc[k].tag_ == "ART":
        k -= 1
    if k < 1 or doc[k].lower_ != "wie" or doc[k - 1].text != ",":
        return False
    lo, hi = clause_bounds(doc, m.start)
    words = [t for t in doc[m.end:hi] if not t.is_punct and not t.is_space]
    return bool(words) and words[-1].tag_.startswith("V")


_GEN_POSSESSIVES = frozenset({"seines", "ihres", "seiner", "ihrer"})


def _agent_von(doc: Doc, start: int) -> bool:
    """"von"/"vom" opens the agent phrase that ends in the mention starting at ``start``, over an article
    and adjectives: "vom Bundestag", "von der EU-Kommission", "von der polnischen Regierung"."""
    k = start - 1
    while k > start - 4 and k >= 0 and doc[k].tag_ in ("ART", "ADJA"):
        k -= 1
    return k >= 0 and doc[k].lower_ in ("von", "vom") and (k == start - 1 or doc[k].lower_ == "von")


def _voiced_object(doc: Doc, cue: CueMatch, clo: int, chi: int, lex: Lexicon, cues: list[CueMatch]) -> bool:
    """A stance noun that is the object a voicing verb's subject voices ("Die Forderung nach einem Gasembargo
    wiederholte Podoljak"), not a stance talked about ("erteilte dem Vorschlag eine Absage", "Zu Forderungen
    nach einem Embargo äußerte er sich nicht")."""
    verb = next((t for t in doc[clo:chi] if t.tag_ == "VVFIN" and (t.lemma_ or "").lower() in lex.voicing_verbs
                 and (t.lemma_ or "").lower() != "erteilen"), None)
    if verb is None or any(c.strength == 2 and c.i != cue.i and clo <= c.i < chi for c in cues):
        return False
    k = cue.i - 1
    while k >= clo and doc[k].tag_ in ("ART", "PPOSAT", "ADJA", "PIAT", "ADV"):
        k -= 1
    return not (k >= clo and doc[k].tag_ in ("APPR", "APPRART"))


def attached_holder(q: HolderQuery) -> Answer | None:
    """Holders tied to the cue word itself rather than to the clause: the agent of a participle
    ("die von Warschau vorgeschlagene Mission"), the owner of a stance noun ("der polnische Vorstoß",
    "Widerstand Deutschlands", "die Forderungen aus Warschau"), "stößt bei X auf Ablehnung",
    "Kritik kam von X". None when the cue is an ordinary verb or adjective."""
    ctx, cue, sent, ments, h, lex = q.ctx, q.cue, q.sent, q.ments, q.state, q.lex
    doc = ctx.doc
    # 0. an attributive participle: "die von Warschau vorgeschlagene Mission" -> Warschau
    t = doc[cue.i]
    # a participle the tagger took for a past tense: "das von US-Präsident Biden verkündete Importverbot"
    mistagged = t.tag_ == "VVFIN" and t.lower_.endswith(("te", "ten")) and cue.i + 1 < sent.end and doc[cue.i + 1].tag_ in ("NN", "ADJA") \
        and any(doc[k].tag_.endswith("FIN") for k in range(sent.start, cue.i - 1))
    if (t.tag_ == "ADJA" or mistagged) and cue.cue.pos == "verb":
        by = [m for m in ments if m.end <= cue.i and cue.i - m.end <= 1 and m.start > 0 and _agent_von(doc, m.start)]
        if mistagged and not by:
            return None
        if by:
            m = by[-1]
            return ([lex.capitals.get(m.actor, m.actor)] if m.kind == "place" else labels(h, [m])), 0.9
        return [], 1.0
    # 0b. "Ein Einsatz kommt für Berlin nicht infrage", "ist für Ungarn eine rote Linie": the view's owner
    if ({w.lower() for w in cue.cue.words} | {doc[cue.i].lower_}) & lex.perspective_cues and not (q.frame and q.frame.speakers):
        clo, chi = clause_bounds(doc, cue.i)
        owner = [m for m in ments if clo <= m.start < chi and m.holder_eligible and m.kind != "adjective"
                 and prep_before(doc, m)[0] == "für"]
        if owner:
            return labels(h, owner[:1]), 0.9
    # 1. actors attached to a cue noun or adjective ("die Zurückhaltung der Bundesregierung" that the clause
    # criticises is not the Bundesregierung's stance but the critic's: the clause's subject holds it)
    clo, chi = clause_bounds(doc, cue.i)
    if cue.cue.pos == "noun" and judged_obstruction(doc, cue, clo, chi, lex, [c for c in ctx.cues if clo <= c.i < chi]) is None:
        if cue.i > 0 and doc[cue.i - 1].tag_ == "PPOSAT" and doc[cue.i - 1].lower_.startswith(("sein", "ihr")):
            if any(t.lower_ in ("ich", "wir") and t.tag_ == "PPER" for t in doc[clo:cue.i]):
                # "Habeck warnt vor einem Embargo, und ich nehme seine Sorgen ernst": with a first-person
                # subject the owner is the third person named before, not the speaker
                g = "m" if doc[cue.i - 1].lower_.startswith("sein") else "f"
                owner = [m for m in ments if m.end <= cue.i and m.type == "Person" and m.actor and m.kind != "pronoun"
                         and h.gender(m.actor) in ("", g)]
                return ([owner[-1].actor], 0.8) if owner else ([], 1.0)
            first = next((t.i for t in doc[clo:cue.i] if not t.is_space and not t.is_punct), cue.i)
            if first == cue.i - 1 and not q.frame:
                # "Sein Vorschlag einer Friedensmission stieß auf Skepsis": the possessive opens the clause,
                # its owner is the one a pronoun there would mean (the person named just before)
                g = "m" if doc[cue.i - 1].lower_.startswith("sein") else "f"
                owner = h.resolve(Mention(cue.i - 1, cue.i, None, "Person", "pronoun", gender=g))
                return (owner, 0.8) if owner else None
            return None  # "erneuerte er seine Forderung": the owner is the clause's subject
        if cue.i > 0 and doc[cue.i - 1].tag_ == "VVFIN" and (doc[cue.i - 1].lemma_ or "").lower() in lex.voicing_verbs:
            return None  # a headline without article: "Selenskyj wiederholt Forderung nach Flugverbotszone"
        for m in ments:
            if m.kind == "possessive" and m.start == cue.i + 1 and any(
                    (t.lemma_ or "").lower() in lex.voicing_verbs and t.tag_.startswith("VV") for t in doc[clo:cue.i]):
                return None  # "Kuleba wiederholte die Bitte seines Landes": the subject voices their country's stance
            if m.end == cue.i and (m.kind == "adjective" or doc[m.end - 1].text.endswith(("s", "'"))):
                return labels(h, [m]), 1.0
            if m.end == cue.i - 1 and m.kind == "adjective" and doc[cue.i - 1].tag_ == "ADJA":
                return labels(h, [m]), 1.0
            gap = [t for t in doc[cue.i + 1:m.start] if not t.is_space]
            # "die Forderung Kiews", "der Vorschlag des polnischen PiS-Vorsitzenden Jaroslaw Kaczynski"
            # "den Vorschlag seines Parteichefs Jarosław Kaczyński": a possessive genitive before the title
            owner = len(gap) <= 1 or (len(gap) <= 4 and (gap[0].lower_ in ("der", "des") or gap[0].lower_ in _GEN_POSSESSIVES)
                                      and all(t.tag_ in ("ADJA", "NN", "NNA") for t in gap[1:]))
            in_capital = m.kind == "place" and m.actor in lex.capitals and m.start == cue.i + 2 and gap[0].lower_ == "in"
            if in_capital:
                return [lex.capitals[m.actor]], 0.8  # "Zurückhaltung in Berlin": the government of the capital
            if m.type == "Country" and m.kind == "alias" and m.end == m.start + 1 and m.start == cue.i + 2 \
                    and gap[0].lower_ == "in" and doc[m.start].text == m.actor:
                return [m.actor], 0.8  # "an Bedenken in Deutschland gescheitert": the country named by itself
            if m.start > cue.i and owner and all(t.lower_ in ("der", "des", "von", "aus") or t.lower_ in _GEN_POSSESSIVES
                                                 for t in gap[:1]):
                if m.kind == "place" and m.actor in lex.capitals:
                    # "die Forderungen aus Warschau", also "die Absagen aus Berlin und Paris"
                    group = coordinated(doc, m, [x for x in ments if x.holder_eligible or x.kind == "place"])
                    return [lex.capitals.get(x.actor, x.actor) if x.kind == "place" else x.actor for x in group
                            if x.kind != "place" or x.actor in lex.capitals], 1.0
                if m.kind not in ("adjective", "prefix", "place"):
                    return labels(h, [m]), 1.0
        if cue.i > 0 and doc[cue.i - 1].lower_ in ("auf",) or (cue.i > 1 and doc[cue.i - 2].lower_ == "auf"):
            verb = next((t for t in sent if (t.lemma_ or "").lower() in ("stoßen", "treffen")), None)
            fin = next((t for t in sent if t.tag_.endswith("FIN")), None)
            if verb is not None and fin is not None and fin.i < verb.i:
                verb = fin  # "ist in Washington auf Ablehnung gestoßen"
            if verb is not None:
                # "Der Vorschlag stößt bei X auf Ablehnung": X holds it, the subject does not
                bei = [m for m in ments if (m.start > verb.i or m.start == sent.start + 1 or (
                           m.start < verb.i and all(t.tag_ == "ADV" for t in doc[sent.start:m.start - (2 if doc[m.start - 1].tag_ == "ART" else 1)])))
                       and doc[m.start - 1 if doc[m.start - 1].tag_ != "ART" else m.start - 2].lower_ in ("bei", "in")]
                group = coordinated(doc, bei[0], [m for m in ments if m.holder_eligible or m.kind == "place"]) if bei else []
                names = [lex.capitals.get(m.actor, m.actor) if m.kind == "place" else m.actor for m in group]
                names = [x for x in names if x in lex.actors or x in ctx.registry.info]
                return (names, 0.8) if names else ([], 1.0)
        # "Der Vorstoß findet in Kiew Zustimmung": the place or actor after "in"/"bei" holds it
        if any((t.lemma_ or "").lower() == "finden" and t.tag_ == "VVFIN" for t in doc[clo:cue.i]):
            at = [m for m in ments if clo <= m.start < cue.i and prep_before(doc, m)[0] in ("in", "bei")]
            names = [lex.capitals.get(m.actor, m.actor) if m.kind == "place" else m.actor for m in at[:1]]
            names = [x for x in names if x and (x in lex.actors or x in ctx.registry.info)]
            if names:
                return names, 0.8
        # "Kritik kam von der Linken", "Unterstützung kommt aus Warschau"
        nxt = next((t for t in doc[cue.i + 1:chi] if (t.lemma_ or "").lower() == "kommen"), None)
        if nxt is not None:
            cue_i = nxt.i - 1
            # (also past an adverbial: "Die Nein-Stimmen kamen vor allem aus den Reihen von AfD und Linken")
            src = [m for m in ments if cue_i + 2 <= m.start <= cue_i + 9 and m.holder_eligible and m.kind != "adjective"
                   and any(doc[k].lower_ in ("von", "vom", "aus") for k in range(cue_i + 2, m.start))]
            if src:
                # "aus den Reihen der AfD und der Linken": the whole enumeration
                return labels(h, coordinated(doc, src[0], [m for m in ments if m.holder_eligible])), 1.0
        before = next((t for t in doc[clo:cue.i] if (t.lemma_ or "").lower() == "kommen" and t.tag_ == "VVFIN"), None)
        if before is not None and cue.cue.words[0] not in lex.critical_nouns:
            # "Auch aus Budapest kam eine Absage an den Vorstoß": the source fronted before the verb (not "Aus der
            # Union kam Kritik am Zeitpunkt": a criticism is often of something else)
            src = [m for m in ments if clo <= m.start < before.i and prep_before(doc, m)[0] in ("von", "vom", "aus")
                   and (m.holder_eligible or (m.kind == "place" and m.actor in lex.capitals))]
            if src:
                m = src[0]
                return ([lex.capitals[m.actor]] if m.kind == "place" else labels(h, [m])), 0.9
        if (cue.cue.event == "REQUEST" or (cue.cue.event == "SUPPORT" and cue.cue.words[0].lower() in lex.anaphors)) \
                and not cue.negated:
            if _voiced_object(doc, cue, clo, chi, lex, ctx.cues):
                return None  # "Die Forderung nach einem Gasembargo wiederholte Podoljak": the subject voices it
            # "der Vorschlag", "dem Vorstoß" without an owner are references, not stances
            return [], 1.0
    return None
