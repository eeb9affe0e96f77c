"""Holders: who holds the stance a cue expresses, as a list of small rules tried in order.

A cue's holder is, in this order of preference,
- an actor tied to the cue word itself (:func:`attached_holder`: "der polnische Vorstoß",
  "die von Warschau vorgeschlagene Mission"), unless the cue is a passive request to an addressee
  (:func:`passive_addressee`);
- a group taken up again (:func:`group_reference`: "die drei Länder"; :func:`plural_pronoun`:
  "Sie appellieren …" after a list);
- the subject of the cue's own clause (:func:`clause_subject`), with the rest of its enumeration;
then the holders are adjusted by the sentence's frame and context: partners of an agreement
(:func:`agreement_partners`), the speaker of a quote or of reported speech (:func:`speaker`),
"ich"/"wir" (:func:`first_person`), the holder of the sentence before (:func:`previous_holder`),
an interviewee (:func:`interviewee`), "In Berlin zeigt man sich …" (:func:`capital_man`), "In der
Regierung gibt es Vorbehalte" (:func:`existential_place`) and "…, ebenso die AfD" (:func:`likewise`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from kg.extract.context import DocContext
from kg.extract.speech import (GROUP_HOLDER_PREP, KONJUNKTIV, KONJUNKTIV_II, OBSTRUCTION, SpeechFrame, clause_pronoun,
                               coordinated, is_konjunktiv,
                               group_reference as names_group, plural_pronoun as is_plural_pronoun, prep_before,
                               unnamed_subject, vocative)
from kg.lexicon import Lexicon
from kg.nlp.clauses import DASHES, SUBORDINATE_TAGS, clause_bounds, finite_verb, is_existential, is_subordinate
from kg.nlp.cues import CueMatch
from kg.nlp.mentions import Mention

__all__ = ["Discourse", "HolderQuery", "find_holders", "after_pronoun_subject", "labels", "eligible", "vocative", "attached_holder",
           "passive_addressee", "group_reference", "plural_pronoun", "clause_subject", "agreement_partners",
           "speaker", "first_person", "previous_holder", "interviewee", "capital_man", "existential_place",
           "likewise"]

Answer = tuple[list[str], float]  # holder labels and a confidence factor


class Discourse:
    """Discourse state while walking an article: the last holders, paragraph and person."""

    def __init__(self, ctx: DocContext, lex: Lexicon) -> None:
        self.ctx = ctx
        self.lex = lex
        self.last: list[str] = []           # holders of the previous stance sentence
        self.last_para = -1
        self.last_person: str | None = None
        self.k = 0                          # the sentence being read
        self.persons: list[tuple[int, str]] = []  # (sentence, person) named, in reading order

    def resolve(self, m: Mention) -> list[str]:
        """Actor labels for a mention: pronouns to the last person, offices to their government, groups to their members."""
        if m.kind == "pronoun":
            same = self._sentence_antecedent(m)
            if same is not None:
                return same
            if self.last_person:
                g = self.gender(self.last_person)
                if m.gender and g and g != m.gender:
                    # "Unterstützung erhielt Strack-Zimmermann von Norbert Röttgen. … Auch er sprach sich …":
                    # the person of the pronoun's gender named in the two sentences before
                    other = next((p for kk, p in reversed(self.persons) if self.k - 2 <= kk < self.k
                                  and self.gender(p) == m.gender), None)
                    if other is not None:
                        return [other]
                    # "Am Samstagabend gab sie den Widerstand auf" after a man spoke: "sie" is the government
                    # or a group whose stance came before, not that man
                    return [x for x in self.last if self.gender(x) == "" and not self._person(x)][:1] if m.gender == "f" else []
                return [self.last_person]
            return []
        out = [self.lex.speaks_for.get(m.actor, m.actor)] if m.actor else []
        if m.actor in self.lex.collectives:
            out = list(self.lex.collectives[m.actor])  # "die baltischen Staaten": each member
        if m.extra.get("spokesperson_of"):
            out.append(self.lex.speaks_for.get(m.extra["spokesperson_of"], m.extra["spokesperson_of"]))
        elif m.type == "Person" and m.actor and m.kind != "role_name":
            # "Attal" after "Regierungssprecher Gabriel Attal" earlier in the article: the office speaks too
            office = self._spokesperson_office(m.actor)
            if office is not None and office not in out:
                out.append(office)
        return out

    def _spokesperson_office(self, label: str) -> str | None:
        """The office a person named as its spokesperson in this article ("Regierungssprecher Gabriel
        Attal" in a Paris report) speaks for, or None."""
        info = getattr(self.ctx.registry, "info", {}).get(label) if self.ctx.registry is not None else None
        for title, of in getattr(info, "roles", {}):
            head = self.lex.role_head(title) if title else None
            if of and head is not None and head[0].kind == "spokesperson":
                return self.lex.speaks_for.get(of, of)
        return None

    def _sentence_antecedent(self, m: Mention) -> list[str] | None:
        """A singular "sie" inside a subordinate clause takes the feminine subject of its own sentence:
        "Die Ukraine braucht das, was sie seit Wochen verlangt", "Die Bundesregierung zögert, weil sie …"."""
        doc = self.ctx.doc
        if m.gender != "f" or doc[m.start].lower_ != "sie" or is_plural_pronoun(doc, m.start):
            return None
        sent = self.ctx.sents[self.k] if self.k < len(self.ctx.sents) else doc[m.start].sent
        if not sent.start <= m.start < sent.end:
            return None
        lo = clause_bounds(doc, m.start)[0]
        if lo == sent.start or not (doc[lo].tag_ in SUBORDINATE_TAGS or doc[lo].tag_ in ("KOUS", "PRELS", "PWS")):
            return None
        # (after a speaker's label "Strack-Zimmermann: …" the content starts after the colon)
        start = max([t.i + 1 for t in doc[sent.start:lo] if t.text == ":"], default=sent.start)
        for x in self.ctx.mentions_in(start, lo):
            if not x.holder_eligible or x.kind in ("adjective", "prefix", "place", "pronoun") or prep_before(doc, x) != (None, False):
                continue
            if x.type == "Person":
                return [x.actor] if x.actor and self.gender(x.actor) == "f" else None
            article = doc[x.start - 1].lower_ if x.start > start else ""
            if doc[x.start].lower_ == "die" or article == "die":
                return self.resolve(x)
            return None
        return None

    def gender(self, label: str) -> str:
        entry = self.lex.actors.get(label)
        if entry is not None and entry.gender:
            return entry.gender
        return getattr(_registry_info(self.ctx, label), "gender", "") or ""

    def _person(self, label: str) -> bool:
        entry = self.lex.actors.get(label)
        return (entry is not None and entry.type == "Person") or any(
            x.actor == label and x.type == "Person" for x in self.ctx.mentions)


def labels(h: Discourse, ms: list[Mention]) -> list[str]:
    """The actor labels of mentions, resolved in the discourse."""
    out: list[str] = []
    for m in ms:
        out.extend(h.resolve(m))
    return out


@dataclass
class HolderQuery:
    """Everything the holder rules look at for one cue in one sentence."""

    ctx: DocContext
    cue: CueMatch
    sent: Span
    frame: SpeechFrame | None
    state: Discourse
    lex: Lexicon
    k: int                        # sentence index
    ments: list[Mention]          # the sentence's mentions outside the speech attribution
    voice: str | None = None      # the interviewee when the sentence is an interview answer
    flip: set[str] = field(default_factory=set)  # speakers criticising an obstruction: polarity flips

    @property
    def doc(self) -> Doc:
        return self.ctx.doc

    @property
    def passive(self) -> bool:
        return self.doc[self.cue.i].tag_ == "VVPP" and any((t.lemma_ or "") == "werden" for t in self.sent)

    @property
    def clause_passive(self) -> bool:
        """A passive with "werden" in the cue's own clause ("die Ukraine müsse mit Waffen unterstützt werden")."""
        lo, hi = self.clause
        t = self.doc[self.cue.i]
        if t.lower_ == (t.lemma_ or "").lower():
            return False  # "wird der Ukraine Panzer überlassen": participle and infinitive alike, a future
        # also a state ("sind acht Battlegroups stationiert") for an action verb
        aux = ("werden", "sein") if self.cue.strength == 1 else ("werden",)
        return t.tag_ == "VVPP" and _auxiliary(self.doc, lo, hi, aux)

    @property
    def clause(self) -> tuple[int, int]:
        """The cue's clause, including its separated particle's."""
        lo, hi = clause_bounds(self.doc, self.cue.i)
        lo2, hi2 = clause_bounds(self.doc, self.cue.j)
        return min(lo, lo2), max(hi, hi2)

    def same_paragraph_as_last(self) -> bool:
        return self.state.last_para == self.ctx.para[self.k]


@dataclass(frozen=True, slots=True)
class Subject:
    """The subject candidates of the cue's clause."""

    cands: list[Mention]
    pron: Mention | None          # a personal pronoun subject
    subjectless: bool             # a zu-infinitive or an argument's subordinate clause: no own subject
    impersonal: bool              # "es wird … geben"


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
    if ans is None:
        ans = subject_holders(q, subj)
    for adjust in (agreement_partners, speaker, first_person, previous_holder, interviewee, capital_man,
                   existential_place, likewise):
        ans = adjust(q, ans)
    seen: list[str] = []
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
    lo = commas[-1] + 1
    for m in q.ctx.mentions_in(q.sent.start, lo - 1):
        if not m.actor or m.kind in ("place", "prefix", "pronoun"):
            continue
        if m.kind == "adjective" and m.end < lo and doc[m.end].text in q.lex.complement_nouns and m.end + 1 == lo - 1:
            return labels(q.state, [m]), 0.9  # "das polnische Angebot, …"
        if m.kind != "adjective" and m.end == lo - 1 and m.start >= 2 and doc[m.start - 1].lower_ in ("der", "des") \
                and doc[m.start - 2].text in q.lex.complement_nouns:
            return labels(q.state, [m]), 0.9  # "die Ankündigung der Bundesregierung, …"
    return None


_EXPECT = frozenset({"erwarten", "verlangen", "fordern", "wünschen", "erhoffen"})


def _normative(q: HolderQuery) -> bool:
    """The cue's clause has a normative modal ("müsse", "müsste", "sollte", "solle", "muss"), not the
    reportive "soll"."""
    lo, hi = q.clause
    return any(x.tag_ == "VMFIN" and (x.lemma_ or "").lower() in ("sollen", "müssen") and x.lower_ not in ("soll", "sollen", "sollt")
               for x in q.doc[lo:hi])


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
    if q.frame is None and q.cue.strength == 1 and _normative(q):
        lo, hi = q.clause
        if any(t.tag_ == "VVFIN" and (t.lemma_ or "").lower() in q.lex.speech_verbs and not lo <= t.i < hi for t in q.sent) \
                or any(t.lower_ in ("müsse", "solle") for t in doc[lo:hi]):
            # (a Konjunktiv I "müsse"/"solle" is itself reported speech: "X macht Druck: Die EU müsse …")
            # "Der Ausschussvorsitzende sagte, Deutschland müsse Schützenpanzer liefern": a speaker we cannot
            # name demands it; the subject is the addressee, not the holder
            return [], 1.0
    if not q.voice or q.frame is not None or q.cue.strength != 1 or q.ctx.quote_open_at_start[q.k]:
        return None
    lo, hi = q.clause
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


def clause_subject(q: HolderQuery) -> Subject:
    """Eligible mentions of the cue's own clause and its pronoun subject.

    An argument names who suffers the consequence ("…, die Deutschland zur Kriegspartei machen
    könnten", "Waffen ziehen Deutschland in den Krieg"): who argues is the speaker, the governing
    clause's subject or a main clause's subject before its finite verb ("X sprach von einem Blindflug").
    """
    doc, cue = q.doc, q.cue
    lo, hi = q.clause
    impersonal = cue.cue.words[0] == "es"
    subjectless = finite_verb(doc, lo, hi) is None and any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[lo:hi])
    subjectless = subjectless or (cue.cue.argument and doc[lo].tag_ in ("KOUS", "PRELS"))
    # "Die Ukraine braucht Marder, sagte Merz": who needs the weapons is their recipient, not a holder
    # (but "Wir brauchen Panzer" is the speaker's demand)
    needs = (doc[cue.i].lemma_ or "").lower() == "brauchen" and not any(
        t.lower_ in ("wir", "ich") for t in doc[lo:hi])
    subjectless = subjectless or needs
    # a consequence argument has the proposal as its subject; only a fear's clause has a holder ("X fürchtet, …")
    subjectless = subjectless or (cue.cue.pos == "consequence" and cue.cue.event != "FEAR")
    cands = [] if subjectless or impersonal else [m for m in q.ments if lo <= m.start < hi and eligible(q.ctx, m, cue, q.passive, q.lex)]
    if q.clause_passive:
        # the subject of a passive is who the act is done to: "Die Ukraine müsse mit Waffen unterstützt
        # werden", "Rüstungsgüter wurden genehmigt"; only an agent ("von Polen gefordert") holds it
        cands = [m for m in cands if prep_before(doc, m)[0] is not None]
        subjectless = True
    shared = None if subjectless or impersonal else _shared_subject(q, lo)
    if shared is not None:
        cands = shared
    if cue.cue.argument:
        fin = finite_verb(doc, lo, hi) or hi
        cands = [m for m in cands if m.start < fin]
    # "Man unterstütze die Ukraine weiterhin": the pronoun before the verb is the subject
    cands = [m for m in cands if not after_pronoun_subject(doc, m)]
    fin = finite_verb(doc, lo, hi)
    lemma = (doc[cue.i].lemma_ or "").lower()
    particles = {t.lower_ + lemma for t in doc[lo:hi] if t.tag_ == "PTKVZ"}
    if fin is not None and ({cue.cue.words[0], lemma} | particles) & _ADDRESSING:
        # "In dem Brief fordern zahlreiche Intellektuelle Kanzler Scholz auf, …": after a subject noun
        # phrase that names no actor, the actor is the one addressed
        inside = {x for m in q.ments for x in range(m.start, m.end)}
        kept = [m for m in cands if not (m.start > fin and any(
            unnamed_subject(doc, x) and x not in inside for x in range(fin + 1, m.start)))]
        subjectless = subjectless or len(kept) < len(cands)  # the subject is there but names no actor
        cands = kept
    if fin is not None and plural_verb(doc[fin]):
        # "Künstler haben Kanzler Scholz aufgefordert, …": one person is no subject of a plural verb
        elig = [m for m in q.ments if m.holder_eligible]
        cands = [m for m in cands if m.type != "Person" or m.kind == "pronoun" or len(coordinated(doc, m, elig)) > 1
                 or any(m in coordinated(doc, x, elig)[1:] for x in elig) or _group_example(doc, m)]
    if fin is not None and len(cands) > 1:
        # "Baerbock für schwere Waffen, Scholz zögert": a verbless headline item before the comma has
        # an actor of its own; the verb's subject is the name right before it after the comma
        # (an enumeration "Frankreich, Italien, Spanien zögern" is taken back up by subject_holders)
        direct = [m for m in cands if m.end == fin and m.start > lo and doc[m.start - 1].text in _AFTER_PIECE]
        if direct:
            cands = direct
    pron = None if subjectless else clause_pronoun(doc, lo, hi)
    return Subject(cands, pron, subjectless, impersonal)


def _shared_subject(q: HolderQuery, lo: int) -> list[Mention] | None:
    """A clause that opens with its finite verb after a comma shares the subject of the main clause
    before it: "Scholz lehnte Lieferungen ab, stellte Kiew aber Geld in Aussicht" (Kiew is an object).
    None when the clause is no such continuation (a trailing ", sagte X" is a speech frame)."""
    doc, sent = q.doc, q.sent
    if lo - 2 < sent.start or doc[lo - 1].text != "," or not doc[lo].tag_ in ("VVFIN", "VAFIN", "VMFIN"):
        return None
    if q.frame is not None and q.frame.verb == lo:
        return None
    plo, phi = clause_bounds(doc, lo - 2)
    if doc[plo].tag_ == "PRELS" and plo - 2 >= sent.start and doc[plo - 1].text == ",":
        # "Polen, das an die Ukraine grenzt, fordert …": the subject stands before the relative clause
        nlo, nhi = clause_bounds(doc, plo - 2)
        if finite_verb(doc, nlo, nhi) is None:
            subject = [m for m in q.ctx.mentions_in(nlo, nhi) if m.holder_eligible and m.type != "Place"
                       and m.kind != "adjective" and prep_before(doc, m) == (None, False)]
            return subject[:1] or None
    if doc[plo].tag_ in SUBORDINATE_TAGS or doc[plo].tag_ == "KOUS":
        return None  # "Wenn die EU ein Embargo beschließt, trifft es …": the verb-first clause is the main one
    pfin = finite_verb(doc, plo, phi)
    if pfin is None or pfin == plo:
        return None
    last = max((t.i for t in doc[plo:phi] if not t.is_punct and not t.is_space), default=plo)
    if pfin == last and pfin > plo + 3 and _fronted_subject(q, lo, lo):
        return None  # "Der Verkauf, den Abramowitsch angekündigt hatte, ist blockiert": a verb-final relative clause
    before = [m for m in q.ctx.mentions_in(plo, pfin) if m.holder_eligible and m.type != "Place" and m.kind != "adjective"
              and prep_before(doc, m) == (None, False)]
    if before:
        return before[:1]
    after = [m for m in q.ctx.mentions_in(pfin + 1, phi) if m.holder_eligible and m.type != "Place"
             and m.kind != "adjective" and prep_before(doc, m) == (None, False)]
    return after[:1] or None


_AFTER_PIECE = frozenset({",", ";"}) | DASHES  # what ends a verbless headline piece before a subject

# verbs whose object is the one addressed by a demand
_ADDRESSING = frozenset({"auffordern", "aufrufen", "bitten", "ersuchen", "drängen", "anflehen", "appellieren", "mahnen"})


def _compared(doc: Doc, m: Mention) -> bool:
    """An actor named for comparison at the start of a clause: "Wie Scholz lehnt auch Macron …",
    "Ähnlich wie Polen fordert Litauen …", "Genau wie die USA …"."""
    k = m.start - 1
    if k > 0 and doc[k].tag_ == "ART":
        k -= 1
    if k < 0 or doc[k].lower_ != "wie":
        return False
    lo, hi = clause_bounds(doc, m.start)
    fin = finite_verb(doc, lo, hi)
    words = [t for t in doc[lo:hi] if not t.is_punct and not t.is_space]
    if fin is not None and fin > m.end and words and words[-1].i == fin:
        return False  # "Wie Budapest die EU blockiert": a verb-final question, not a comparison
    before = [t for t in doc[lo:k] if not t.is_space]
    return all(t.lower_ in ("ähnlich", "genau", "ebenso", "genauso", "auch", "und", "aber") for t in before) and (
        k == doc[m.start].sent.start or doc[k - 1].text in (",", ":") or bool(before))


def _group_example(doc: Doc, m: Mention) -> bool:
    """A person named as an example of a group: "Einzelne Linken-Abgeordnete wie Gregor Gysi zeigten sich …"."""
    k = m.start - 1
    return k >= 1 and doc[k].lower_ == "wie" and doc[k - 1].tag_ in ("NN", "NE") and doc[k - 1].text[:1].isupper()


def plural_verb(t) -> bool:
    """A finite verb in the plural: "haben", "fordern", "forderten", "sind", "seien"."""
    low = t.lower_
    return t.tag_.endswith("FIN") and (low in ("sind", "seien") or low.endswith(("en", "ern", "eln")))


_NUMBERS = {"beiden": 2, "beide": 2, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5}


def group_reference(q: HolderQuery, subj: Subject) -> Answer | None:
    """"Die drei Länder sprachen sich für … aus": the group of holders just named, or the list of
    actors named in the paragraph's sentences before (of that size, when a number says so)."""
    lo, hi = q.clause
    if subj.cands or not names_group(q.doc, lo, hi):
        return None
    size = next((_NUMBERS[t.lower_] for t in q.doc[lo:hi] if t.lower_ in _NUMBERS), None)
    if len(q.state.last) >= 2 and q.same_paragraph_as_last() and size in (None, len(q.state.last)):
        return list(q.state.last), 0.7
    group = _listed_before(q, size, back=3)
    return (group, 0.6) if group else ([], 1.0)  # a group we cannot name: nobody else holds it


def _listed_before(q: HolderQuery, size: int | None = None, back: int = 2) -> list[str]:
    """The first list of two or more actors ("Schwarzer, Walser und Mey") in the ``back``
    sentences before, within the paragraph; nearest sentence first."""
    ctx, k = q.ctx, q.k
    for kk in range(k - 1, k - 1 - back, -1):
        if kk < 0 or ctx.para[kk] != ctx.para[k]:
            break
        prev = [m for m in ctx.mentions_in(ctx.sents[kk].start, ctx.sents[kk].end) if m.holder_eligible
                and m.kind != "adjective" and m.type != "Place"]
        for m in prev:
            group = coordinated(q.doc, m, prev)
            if len(group) >= 2 and (size is None or len(group) == size):
                return labels(q.state, group)
    return []


def plural_pronoun(q: HolderQuery, subj: Subject) -> Answer | None:
    """"Sie fordern …" (plural): the coordinated subjects before it in the sentence, the holders of
    the sentence before, or a list of actors in the two sentences before."""
    doc, h, pron = q.doc, q.state, subj.pron
    if pron is None or not is_plural_pronoun(doc, pron.start) or (subj.cands and subj.cands[0].start < pron.start):
        return None
    before = [m for m in q.ments if m.start < pron.start and eligible(q.ctx, m, q.cue, q.passive, q.lex)]
    group = coordinated(doc, before[0], [m for m in q.ments if m.holder_eligible]) if before else []
    if len(group) >= 2:
        return labels(h, group), 0.8
    if len(h.last) >= 2 and q.same_paragraph_as_last():
        return list(h.last), 0.7
    # "Unterzeichnet haben Schwarzer, Walser und Mey. Sie appellieren …": a list in the sentences before
    group = _listed_before(q)
    return (group, 0.6) if group else ([], 1.0)


def subject_holders(q: HolderQuery, subj: Subject) -> Answer:
    """The subject of the cue's clause with its whole enumeration; a singular pronoun, a relative
    clause's antecedent, or, when the clause has no subject of its own, the sentence's first actor."""
    ctx, doc, cue, h, frame, ments = q.ctx, q.doc, q.cue, q.state, q.frame, q.ments
    lo, hi = q.clause
    cands, pron = subj.cands, subj.pron
    if pron is not None and (not cands or pron.start < cands[0].start) and h.last_person:
        cands = [pron]
    # a relative clause: its subject is the antecedent right before it ("Lenzen, der sich … nicht verschließen will")
    if not cands and doc[lo].tag_ == "PRELS" and lo >= 2 and doc[lo - 1].text == "," and not cue.cue.argument:
        ante = [m for m in ments if m.end == lo - 1 and m.holder_eligible and m.kind != "adjective"]
        if ante:
            cands = ante
    clause_fin = finite_verb(doc, lo, hi)
    main_clause = doc[lo].tag_ not in ("KOUS", "PRELS", "PWS", "PWAV", "KON")
    # "…, und das ist richtig so": a coordinated main clause with a demonstrative subject of its own
    demonstrative = doc[lo].tag_ == "KON" and lo + 1 < hi and doc[lo + 1].tag_ == "PDS" and clause_fin == lo + 2
    # "Aber unsere Partner liefern längst Panzer, da kann Deutschland …": a main clause after a conjunction
    # with a subject of its own before its verb
    demonstrative = demonstrative or (doc[lo].tag_ == "KON" and doc[lo].lower_ in ("aber", "doch", "denn", "und")
                                      and clause_fin is not None and clause_fin > lo + 2
                                      and doc[lo + 1].tag_ in ("PPOSAT", "ART", "PIAT", "PIDAT"))
    own_subject = (main_clause or demonstrative) and clause_fin is not None and any(
        t.tag_ in ("NN", "NNA", "NE", "PPER", "PIS", "PDS") and t.i != cue.i for t in doc[lo:clause_fin]) and not subj.subjectless
    own_subject = own_subject or _subordinate_subject(q, lo, hi) or _fronted_subject(q, lo, clause_fin)
    if not cands and not (frame and not frame.source_only) and not own_subject and not subj.impersonal \
            and not _governed_by_passive(q):
        # not from another clause's subordinate clause: "Wer will, dass die Ukraine …, muss ihr Panzer geben"
        cands = [m for m in ments if eligible(ctx, m, cue, q.passive, q.lex) and not (subj.subjectless and lo <= m.start < hi)
                 and (lo <= m.start < hi or not is_subordinate(doc, clause_bounds(doc, m.start)[0]))
                 and not _in_infinitive(doc, m) and not after_pronoun_subject(doc, m)]
        first_pron = clause_pronoun(doc, q.sent.start, clause_bounds(doc, q.sent.start)[1])
        if first_pron is not None and h.last_person and (not cands or first_pron.start < cands[0].start):
            cands = [first_pron]
    if not cands:
        return [], 1.0
    first = cands[0]
    elig = [m for m in ments if m.holder_eligible]
    # an enumeration that starts before the clause's comma: "Frankreich, Italien und Spanien fordern …"
    while True:
        k = first.start - 1
        k -= k > q.sent.start and doc[k].lower_ in ("der", "die", "das")  # "Die Grünen, die FDP und die Union fordern …"
        before = [m for m in elig if m.end == k and doc[k].text == ","]
        if not before or not eligible(ctx, before[0], cue, q.passive, q.lex):
            break
        first = before[0]
    return labels(h, coordinated(doc, first, elig)), 1.0


def _fronted_subject(q: HolderQuery, lo: int, fin: int | None) -> bool:
    """A clause that opens with its finite verb after an embedded clause continues the noun phrase
    before it: "Der Verkauf des Vereins, den Abramowitsch angekündigt hatte, ist blockiert" has the
    sale as its subject, not the actor of the relative clause."""
    doc, sent = q.doc, q.sent
    if fin is None or fin != lo or lo - 1 <= sent.start or doc[lo - 1].text != ",":
        return False
    first = next((t.i for t in doc[sent.start:lo] if t.text == ","), None)
    if first is None or first == lo - 1:
        return False
    seg = [t for t in doc[sent.start:first] if not t.is_space]
    return bool(seg) and seg[0].tag_ in ("ART", "PPOSAT", "PDAT", "NN") and any(t.tag_ == "NN" for t in seg) \
        and not any(t.tag_.endswith("FIN") for t in seg) \
        and not any(m.holder_eligible and sent.start <= m.start < first for m in q.ctx.mentions)


def after_pronoun_subject(doc: Doc, m: Mention) -> bool:
    """An object after a pronoun subject and its verb: "es würde Putin nicht stoppen"."""
    lo, hi = clause_bounds(doc, m.start)
    fin = finite_verb(doc, lo, hi)
    if fin is not None and doc[lo].lower_ in ("und", "aber", "doch") and lo + 1 < fin:
        lo += 1  # "…, und es würde Putin nicht stoppen"
    if fin is None or fin != lo + 1 or m.start <= fin:
        return False
    # an expletive "es" with a plural verb has its subject after the verb: "Es sprachen sich X und Y dafür aus"
    return doc[lo].lower_ in ("man", "ich", "wir", "er") or (doc[lo].lower_ == "es" and not plural_verb(doc[fin]))


def _in_infinitive(doc: Doc, m: Mention) -> bool:
    """A mention in a zu-infinitive clause, which has no subject ("…, Russland mit Sanktionen zu belegen")."""
    lo, hi = clause_bounds(doc, m.start)
    return finite_verb(doc, lo, hi) is None and any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[lo:hi])


def _subordinate_subject(q: HolderQuery, lo: int, hi: int) -> bool:
    """A subordinate clause with a subject of its own that is no known actor: "Während die Akademie
    X einen Lieferstopp für handhabbar hält, …" is not the main clause subject's stance."""
    doc = q.doc
    if doc[lo].tag_ != "KOUS" or lo + 1 >= hi:
        return False
    k = lo + 1
    if doc[k].tag_ not in ("ART", "PPOSAT", "PDAT"):
        return False
    while k + 1 < hi and doc[k + 1].tag_ in ("ADJA", "ADV"):
        k += 1
    head = k + 1
    return head < hi and doc[head].tag_ in ("NN", "NE") and doc[head].i != q.cue.i and not any(
        p.start <= head < p.end for p in q.ctx.proposals)


def agreement_partners(q: HolderQuery, ans: Answer) -> Answer:
    """"sich mit X und Y einig sein": X and Y share the position."""
    holders, conf = ans
    if q.cue.cue.words[0] not in ("einig", "Einigkeit"):
        return ans
    lo, hi = q.clause
    extra = [a for m in q.ments if lo <= m.start < hi and prep_before(q.doc, m)[0] == "mit"
             for a in labels(q.state, coordinated(q.doc, m, q.ments))]
    return holders + extra, conf


def speaker(q: HolderQuery, ans: Answer) -> Answer:
    """The speaker of a quote or reported speech holds its stances; a third party inside the
    content keeps its own only for an agreement or when an organisation's spokesperson speaks.
    A source ("nach Angaben von X") holds it only when nothing else does."""
    holders, conf = ans
    frame, cue, h = q.frame, q.cue, q.state
    if frame is not None and not frame.speakers and frame.verb >= 0 and holders and _normative(q):
        # "Der Ausschussvorsitzende sagte, Deutschland müsse Schützenpanzer liefern": an unknown speaker's
        # demand; its subject is the addressee, not the holder
        return [], conf
    if frame is None or not frame.speakers:
        return ans
    if not frame.source_only:
        spk = labels(h, frame.speakers)
        named = _narrated_person(q, holders, spk)
        if named:
            return named, conf
        third = _reported_third_party(q, holders, spk)
        if third is not None:
            return third, conf
        org_speaker = any(_spokesperson(q.lex, m) or (m.kind == "pronoun" and any(_spokesperson_label(q, a) for a in h.resolve(m)))
                          for m in frame.speakers)
        inner = [x for x in holders if x not in spk] if (
            (cue.cue.event == "AGREE" and not (spk and _normative(q))) or not spk or org_speaker) else []
        if not inner and not frame.critical and not _normative(q):
            # (but "Bütikofer macht Druck: Die EU müsse … beschließen" addresses the EU)
            # "Stoltenberg machte klar, dass das Bündnis diesen Schritt nicht gehen wird": the organisation
            # whose office the speaker holds speaks through them
            offices = {r.of for a in spk for r in (q.lex.actors[a].roles if a in q.lex.actors else ()) if r.of}
            # "Wissler sagte, … Waffenlieferungen lehne die Linke aber weiterhin ab": the speaker's own party
            offices |= {x for a in spk for x in _parties(q, a)}
            inner = [x for x in holders if x in offices and x not in spk and x in q.lex.actors
                     and q.lex.actors[x].type == "Organisation"]
        if org_speaker and any(h._person(x) for x in inner) and all(m.actor in q.lex.actors and q.lex.actors[m.actor].type != "Person"
                                                          for m in frame.speakers):
            # "Fiala unterstütze Sanktionen, sagte ein Regierungssprecher in Prag": an unnamed spokesperson
            # reports the stance of the person they speak for
            return [x for x in inner if h._person(x)], conf
        if spk and frame.critical and cue.cue.words[0] in OBSTRUCTION:
            q.flip.update(spk)  # "X kritisierte, Berlin blockiere …": X is for what is blocked
        # "Die Sanktionen unterstütze seine Fraktion": the speaker's own party holds it with the speaker
        inner += [m.actor for m in q.ments if m.kind == "possessive" and m.head == "party" and m.actor in holders
                  and m.actor not in inner and m.actor not in spk]
        if not spk and inner and _normative(q):
            # "Der Ausschussvorsitzende sagte, Deutschland müsse Schützenpanzer liefern": an unknown speaker's
            # demand; its subject is the addressee, not the holder
            return [], conf
        return spk + inner, conf
    src = labels(h, frame.speakers)
    if not holders or (cue.strength == 1 and not frame.extra_holder):
        return src, 0.85
    if frame.extra_holder:
        return holders + [x for x in src if x not in holders], conf
    return ans


def _affiliation(q: HolderQuery, label: str) -> set[str]:
    """What a person speaks for: the countries and organisations of their roles (gazetteer and article),
    their parties and the parties' countries."""
    entry = q.lex.actors.get(label)
    out = {r.of for r in entry.roles if r.of} if entry is not None else set()
    info = _registry_info(q.ctx, label)
    out |= {o for (_, o) in getattr(info, "roles", {}) if o}
    parties = _parties(q, label) | {o for o in out if o in q.lex.party_country}
    out |= parties | {q.lex.party_country[p] for p in parties if p in q.lex.party_country}
    return out


def _reported_third_party(q: HolderQuery, holders: list[str], spk: list[str]) -> list[str] | None:
    """"Scholz sagte, Polen lehne ein Gasembargo weiterhin ab": a person reports the stance another actor
    takes with an explicit stance verb; that actor holds it, not the reporter. Only when the reporter's
    affiliation is known and the subject is not part of it ("Scholz sagte, Deutschland lehne … ab" stays
    his), not for a critic's frame, an agreement or a demand ("Polen müsse …"). Another party told of
    by a politician holds nothing. None when the rule does not apply."""
    frame, cue, doc = q.frame, q.cue, q.doc
    if frame.critical or cue.strength != 2 or cue.cue.pos != "verb" or cue.cue.event == "AGREE" or _normative(q):
        return None
    if _recalled_past(q, holders, spk):
        return holders  # "Anne Will erinnerte daran, dass Scholz schwere Waffen ausgeschlossen hatte"
    if doc[cue.i].tag_ != "VVFIN" or not holders or not all(q.state._person(a) for a in spk):
        return None
    if q.passive:
        return None
    aff = set()
    for a in spk:
        aff |= _affiliation(q, a)
    if not aff:
        return None
    if any(x in spk or x in aff for x in holders):
        return None
    lo, hi = q.clause
    start = lo
    while start < cue.i and (doc[start].tag_ in ("KOUS", "KON", "$,", "PRF") or doc[start].is_punct):
        start += 1
    # the actor opens the clause ("Polen lehne …", "dass Polen … ablehne"), as its subject
    subj = [m for m in q.ments if start <= m.start < cue.i and m.actor and m.kind not in ("pronoun", "adjective", "prefix", "place")
            and all(doc[k].tag_ in ("ART", "ADJA", "PIAT", "PDAT") for k in range(start, m.start))]
    if not subj or not all(x in {a for m in subj[:1] for a in labels(q.state, subj[:1])} for x in holders):
        return None
    props = q.ctx.proposals_in(lo, hi)
    if not props or all(_instrument(doc, p.start) for p in props):
        return None  # "dass sich die Ukraine mit Waffen verteidige": the proposal is no object of the stance
    if any(x in q.lex.party_country for x in holders):
        return []  # "Kühnert sagte, die Union fordere …": a rival's account of another party is neither's stance
    return holders


def _recalled_past(q: HolderQuery, holders: list[str], spk: list[str]) -> bool:
    """A speaker recalls what another actor did, in the indicative past perfect of a "dass" clause:
    "Anne Will erinnerte daran, dass Scholz noch im April schwere Waffen ausgeschlossen hatte". The
    stance is the named subject's (reported speech would be in the Konjunktiv: "…, dass er … habe")."""
    doc, cue = q.doc, q.cue
    lo, hi = q.clause
    if not holders or any(x in spk for x in holders) or doc[cue.i].tag_ != "VVPP" or doc[lo].lower_ != "dass":
        return False
    if not any(t.lower_ in ("hatte", "hatten", "war", "waren") for t in doc[cue.i + 1:hi]):
        return False
    subj = [m for m in q.ments if lo < m.start < cue.i and m.actor and m.kind not in ("pronoun", "adjective", "prefix", "place")]
    return bool(subj) and subj[0].start <= lo + 2 and set(holders) <= set(labels(q.state, subj[:1]))


def _instrument(doc: Doc, start: int) -> bool:
    k = start - 1
    while k >= 0 and k > start - 4 and doc[k].tag_ in ("ART", "ADJA", "PIAT", "ADV"):
        k -= 1
    return k >= 0 and doc[k].lower_ in ("mit", "durch")


def _narrated_person(q: HolderQuery, holders: list[str], spk: list[str]) -> list[str]:
    """Inside a quote or an answer, a named person's act narrated in the indicative is that person's
    stance, not the speaker's: "Hofreiter: Robert Habeck warnt vor einem Gasembargo, und ich …"."""
    doc, cue = q.doc, q.cue
    if cue.strength != 2 or cue.cue.pos != "verb" or doc[cue.i].tag_ not in ("VVFIN", "VVPP"):
        return []
    lo, hi = q.clause
    pron = clause_pronoun(doc, lo, hi)
    if pron is not None and pron.start < cue.i:
        # "Die Ukraine braucht das, was sie seit Wochen verlangt": the pronoun's antecedent in the sentence
        same = q.state._sentence_antecedent(pron) or []
        if same and not set(same) & set(spk) and not is_konjunktiv(doc[cue.i:cue.i + 1]):
            return same
    if doc[cue.i].tag_ != "VVFIN":
        return []
    if doc[cue.i].lower_ in KONJUNKTIV or doc[cue.i].lower_ in KONJUNKTIV_II or is_konjunktiv(doc[cue.i:cue.i + 1]):
        return []
    lo, hi = q.clause
    ms = [m for m in q.ments if lo <= m.start < cue.i and m.type == "Person" and m.kind != "pronoun" and m.actor
          and m.actor not in spk and m.actor in holders and prep_before(doc, m) == (None, False)]
    return [m.actor for m in ms][:1]


def _parties(q: HolderQuery, label: str) -> set[str]:
    """The parties a person belongs to, as seen in the article ("Linken-Chefin Janine Wissler", "Habeck (Grüne)")."""
    return set(getattr(_registry_info(q.ctx, label), "parties", ()) or ())


def _registry_info(ctx: DocContext, label: str):
    """What the article's actor registry saw of an actor (roles, parties, gender), or None."""
    return getattr(ctx.registry, "info", {}).get(label) if ctx.registry is not None else None


def _spokesperson(lex: Lexicon, m: Mention) -> bool:
    """A spokesperson speaks for an office: "Regierungssprecher Hebestreit", or "Hebestreit" whose
    gazetteer roles say so."""
    if m.extra.get("spokesperson"):
        return True
    return _spokesperson_title(lex, _gazetteer_titles(lex, m.actor or ""))


def _spokesperson_label(q: HolderQuery, label: str) -> bool:
    """The person (a pronoun's antecedent, too: "…, sagte er") holds a spokesperson's role in the
    gazetteer or was introduced with one in this article ("Regierungssprecher Steffen Hebestreit")."""
    titles = _gazetteer_titles(q.lex, label) + [t for (t, _) in getattr(_registry_info(q.ctx, label), "roles", {})]
    return _spokesperson_title(q.lex, titles)


def _gazetteer_titles(lex: Lexicon, label: str) -> list[str]:
    entry = lex.actors.get(label)
    return [r.title for r in entry.roles] if entry is not None and entry.type == "Person" else []


def _spokesperson_title(lex: Lexicon, titles: list[str]) -> bool:
    heads = [lex.role_head(t) for t in titles]
    return any(h is not None and h[0].kind == "spokesperson" for h in heads)


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


def _governed_by_passive(q: HolderQuery) -> bool:
    """A zu-infinitive whose governing clause is a passive ("China wurde aufgefordert, Russland nicht zu unterstützen")."""
    doc = q.doc
    lo, hi = q.clause
    if lo - 2 < q.sent.start or doc[lo - 1].text != "," or finite_verb(doc, lo, hi) is not None \
            or not any(t.tag_ in ("PTKZU", "VVIZU") for t in doc[lo:hi]):
        return False
    plo, phi = clause_bounds(doc, lo - 2)
    return _auxiliary(doc, plo, phi, ("werden",)) and any(t.tag_ == "VVPP" for t in doc[plo:phi])


def _auxiliary(doc: Doc, lo: int, hi: int, lemmas: tuple[str, ...]) -> bool:
    """An auxiliary of one of ``lemmas`` in ``doc[lo:hi]`` (a passive's "werden", a state's "sein")."""
    return any((t.lemma_ or "") in lemmas and t.tag_.startswith("VA") for t in doc[lo:hi])


def previous_holder(q: HolderQuery, ans: Answer) -> Answer:
    """A subjectless sentence in the same paragraph continues the holder of the sentence before."""
    holders, conf = ans
    h, doc, sent = q.state, q.doc, q.sent
    if holders or not h.last or not q.same_paragraph_as_last() or (q.clause_passive and q.cue.strength == 1) \
            or _governed_by_passive(q):
        return ans  # not "… sind dann acht Battlegroups stationiert", "China wurde aufgefordert, … nicht zu unterstützen"
    fin = finite_verb(doc, sent.start, sent.end) or sent.end
    subjectless = not any(t.tag_ in ("NN", "NE", "PPER", "PIS", "PDS") for t in doc[sent.start:fin]
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
    """"In Berlin zeigt man sich offen": the government of the capital."""
    if ans[0]:
        return ans
    doc, sent = q.doc, q.sent
    lo, hi = q.clause
    man = next((t.i for t in doc[lo:hi] if t.lower_ == "man"), None)
    if man is None:
        return ans
    # "In Berlin zeigt man sich offen", "Auch in Washington zeigte man sich reserviert"
    for t in doc[max(sent.start, lo - 1):man]:
        if t.lower_ == "in" and t.i + 1 < man and doc[t.i + 1].text in q.lex.capitals:
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
    """"Die Linke ist dagegen, ebenso die AfD": the actor after "ebenso" shares the stance."""
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
        elif _compared(doc, m) and m.holder_eligible and m.kind not in ("adjective", "place") and not q.cue.negated:
            extra.extend(labels(q.state, [m]))  # "Wie Scholz lehnt auch Macron … ab", "Ähnlich wie Polen fordert …"
    return holders + extra, conf


def _object_apposition(doc, m: Mention) -> bool:
    """A name between commas in apposition to an accusative or dative noun phrase ("den Besitzer des FC
    Chelsea, Roman Abramowitsch, …", "einem Vertrauten Putins, X, …"): the object, never the subject."""
    sent = doc[m.start].sent
    if m.start - 2 < sent.start or doc[m.start - 1].text != "," or m.end >= sent.end or doc[m.end].text != ",":
        return False
    k = m.start - 2
    seen_noun = False
    while k >= max(sent.start, m.start - 9) and doc[k].tag_ in ("NN", "NE", "ADJA", "ART", "CARD"):
        if doc[k].tag_ in ("NN", "NE"):
            seen_noun = True
        elif doc[k].tag_ == "ART" and seen_noun and doc[k].lower_ not in ("des", "der"):
            return doc[k].lower_ in ("den", "dem", "einen", "einem")
        k -= 1
    return False


def eligible(ctx: DocContext, m: Mention, cue: CueMatch, passive: bool, lex: Lexicon | None = None) -> bool:
    if not m.holder_eligible or m.type == "Place" or m.kind in ("adjective",):
        return False
    if any(p.start <= m.start < p.end and not p.source.startswith("pattern:") for p in ctx.proposals):
        return False  # "NATO-Soldaten"; pattern matches are wide windows and may span the subject
    doc = ctx.doc
    if m.end + 1 < len(doc) and doc[m.end].lower_ in ("von", "vom") and doc[m.start:m.end].text.lower().endswith(
            ("fraktion", "fraktionen")) and any(x.start == m.end + 1 for x in ctx.mentions):
        return False  # "der Ampel-Fraktionen von SPD, Grünen und FDP": the parties named hold it
    first = m
    while first.start >= 2 and doc[first.start - 1].lower_ in (",", "und", "sowie", "oder"):
        prevs = [x for x in ctx.mentions if x.end == first.start - 1 or (x.end == first.start - 2 and doc[first.start - 1].tag_ == "ART")]
        if not prevs:
            break
        first = prevs[0]  # "in Bulgarien, Rumänien und der Slowakei": the whole enumeration is in the PP
    prep, genitive = prep_before(ctx.doc, first)
    if m.start > 0 and doc[m.start - 1].lower_.startswith("kein"):
        return False  # "kein NATO-Partner hat … geliefert"
    if vocative(doc, m):
        return False  # "Herr Lindner, Polen fordert …": the person addressed
    if any(doc[k].lower_ in ("darunter", "einschließlich", "inklusive") and doc[k - 1].text == ","
           for k in range(cue.i + 1, m.start)):
        return False  # "… Jachten beschlagnahmt, darunter die „Lady M“ des Magnaten X": examples of the object
    if _object_apposition(doc, m):
        return False  # "hat den Besitzer des FC Chelsea, Roman Abramowitsch, auf die Sanktionsliste gesetzt"
    if _compared(doc, m):
        return False  # "Wie Scholz lehnt auch Macron … ab": the subject comes after the verb (see likewise)
    if m.start >= 2 and doc[m.start - 1].lower_ == "als" and doc[m.start - 2].lower_ == "anders":
        return False  # "Anders als Kanzler Scholz fordert Merz …": the one contrasted
    if m.kind == "capital" and prep == "in":
        lo, hi = clause_bounds(doc, m.start)
        if m.start - 1 == lo and any(t.lower_ == "man" for t in doc[m.end:hi]):
            return True
    # "die Veranstalter vom Netzwerk X", "Vertreter der Bundesregierung": the members speak for X
    members = lex.member_nouns if lex is not None else frozenset()
    k = m.start - 1
    while k > doc[m.start].sent.start and doc[k].tag_ in ("ART",) and not (
            doc[k].lower_ in ("der", "des") and doc[k - 1].text in members):  # "Antrag der Ampel-Koalition"
        k -= 1
    # "für einen Antrag der Ampel-Fraktionen von SPD, Grünen und FDP": through the factions to the parties
    while doc[k].lower_ in ("vom", "von") and k > 1 and doc[k - 1].text.lower().endswith(("fraktion", "fraktionen")) \
            and doc[k - 2].lower_ in ("der", "des", "von", "vom"):
        k -= 2
    if doc[k].text in members and k + 1 < m.start and doc[k + 1].lower_ in ("der", "des"):
        k += 1  # "die Staats- und Regierungschefs der EU": the article was skipped above
    if doc[k].lower_ in ("vom", "von", "der", "des") and k > 0 and doc[k - 1].text in members:
        head_prep, head_gen = prep_before(doc, Mention(k - 1, k, None, "Group", "group"))
        if head_prep == "unter" and doc[k - 2].lower_ in ("anderem", "anderen"):
            head_prep = None  # "stimmten unter anderem Abgeordnete der AfD": an adverb, no preposition
        # "die Veranstalter vom Netzwerk X" (subject) or "für den Antrag von X stimmen" (the cue's own object)
        return not head_gen and (head_prep is None or head_prep == cue.cue.prep)
    if genitive:
        return False
    if prep is not None:
        return passive and prep in GROUP_HOLDER_PREP
    return True


_GEN_POSSESSIVES = frozenset({"seines", "ihres", "seiner", "ihrer"})


def _agent_von(doc: Doc, start: int) -> bool:
    """"von"/"vom" opens the agent phrase that ends in the mention starting at ``start``, over an article
    and adjectives: "vom Bundestag", "von der EU-Kommission", "von der polnischen Regierung"."""
    k = start - 1
    while k > start - 4 and k >= 0 and doc[k].tag_ in ("ART", "ADJA"):
        k -= 1
    return k >= 0 and doc[k].lower_ in ("von", "vom") and (k == start - 1 or doc[k].lower_ == "von")


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
    # 1. actors attached to a cue noun or adjective
    if cue.cue.pos == "noun":
        if cue.i > 0 and doc[cue.i - 1].tag_ == "PPOSAT" and doc[cue.i - 1].lower_.startswith(("sein", "ihr")):
            clo, chi = clause_bounds(doc, cue.i)
            if any(t.lower_ in ("ich", "wir") and t.tag_ == "PPER" for t in doc[clo:cue.i]):
                # "Habeck warnt vor einem Embargo, und ich nehme seine Sorgen ernst": with a first-person
                # subject the owner is the third person named before, not the speaker
                g = "m" if doc[cue.i - 1].lower_.startswith("sein") else "f"
                owner = [m for m in ments if m.end <= cue.i and m.type == "Person" and m.actor and m.kind != "pronoun"
                         and h.gender(m.actor) in ("", g)]
                return ([owner[-1].actor], 0.8) if owner else ([], 1.0)
            return None  # "erneuerte er seine Forderung": the owner is the clause's subject
        for m in ments:
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
                    return [lex.capitals[m.actor]], 1.0  # "die Forderungen aus Warschau"
                if m.kind not in ("adjective", "prefix", "place"):
                    return labels(h, [m]), 1.0
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
                names = [lex.capitals.get(m.actor, m.actor) if m.kind == "place" else m.actor for m in group]
                names = [x for x in names if x in lex.actors or x in ctx.registry.info]
                return (names, 0.8) if names else ([], 1.0)
        # "Der Vorstoß findet in Kiew Zustimmung": the place or actor after "in"/"bei" holds it
        clo, chi = clause_bounds(doc, cue.i)
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
        if (cue.cue.event == "REQUEST" or (cue.cue.event == "SUPPORT" and cue.cue.words[0].lower() in lex.anaphors)) \
                and not cue.negated:
            # "der Vorschlag", "dem Vorstoß" without an owner are references, not stances
            return [], 1.0
    return None
