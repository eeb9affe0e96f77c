"""What the holder rules read: the discourse state carried across an article's sentences and the query
for one cue.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from kg.extract.context import DocContext
from kg.extract.speech import SpeechFrame, plural_pronoun as is_plural_pronoun, prep_before
from kg.lexicon import Lexicon
from kg.nlp.clauses import SUBORDINATE_TAGS, clause_bounds
from kg.nlp.coref import known_parties
from kg.nlp.cues import CueMatch
from kg.nlp.mentions import Mention

__all__ = ["Answer", "Discourse", "labels", "HolderQuery", "normative", "registry_info", "auxiliary"]


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
            out = self._resolve_pronoun(m)
            office = self._spokesperson_office(out[0]) if len(out) == 1 and self._person(out[0]) else None
            # "…, sagte sie" of a spokeswoman: the office she speaks for speaks too
            return out + [office] if office is not None and office not in out else out
        return self._resolve_name(m)

    def _resolve_pronoun(self, m: Mention) -> list[str]:
        same = self._sentence_antecedent(m)
        if same is not None:
            return same
        if m.party:
            # "…, so der CSU-Politiker": the last person of that party, or of no known party, in the
            # two sentences before (not the FDP chief quoted before him)
            fits = [p for kk, p in reversed(self.persons) if self.k - 2 <= kk <= self.k
                    and (not m.gender or self.gender(p) in ("", m.gender))
                    and (not (ps := known_parties(p, registry_info(self.ctx, p), self.lex)) or m.party in ps)]
            if self.last_person in fits:
                # "Kutschaty verteidigte den Kurs von Kanzler Scholz. …, sagte der Sozialdemokrat": the subject
                return [self.last_person]
            return fits[:1]
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
                # (in the same paragraph, and a singular "sie" never the USA: "Sie braucht Munition")
                singular = not is_plural_pronoun(self.ctx.doc, m.start)
                return [x for x in self.last if self.gender(x) == "" and not self._person(x)
                        and not (singular and x in self.lex.plural_actors)][:1] \
                    if m.gender == "f" and self.last_para == self.ctx.para[self.k] else []
            return [self.last_person]
        return []

    def _resolve_name(self, m: Mention) -> list[str]:
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
        Attal" in a Paris report) or known to the gazetteer as one ("Außenamtssprecherin@Russisches
        Außenministerium", also when the article named the office in an apposition: "Die Sprecherin des
        Außenministeriums, Maria Sacharowa") speaks for, or None."""
        info = getattr(self.ctx.registry, "info", {}).get(label) if self.ctx.registry is not None else None
        entry = self.lex.actors.get(label)
        known = [(r.title, r.of) for r in entry.roles] if entry is not None and entry.type == "Person" else []
        for title, of in [*getattr(info, "roles", {}), *known]:
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
        return getattr(registry_info(self.ctx, label), "gender", "") or ""

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
        return t.tag_ == "VVPP" and auxiliary(self.doc, lo, hi, aux)

    @property
    def clause(self) -> tuple[int, int]:
        """The cue's clause, including its separated particle's."""
        lo, hi = clause_bounds(self.doc, self.cue.i)
        lo2, hi2 = clause_bounds(self.doc, self.cue.j)
        return min(lo, lo2), max(hi, hi2)

    def same_paragraph_as_last(self) -> bool:
        return self.state.last_para == self.ctx.para[self.k]


def normative(q: HolderQuery) -> bool:
    """The cue's clause has a normative modal ("müsse", "müsste", "sollte", "solle", "muss"), not the
    reportive "soll"."""
    lo, hi = q.clause
    return any(x.tag_ == "VMFIN" and (x.lemma_ or "").lower() in ("sollen", "müssen") and x.lower_ not in ("soll", "sollen", "sollt")
               for x in q.doc[lo:hi])


def registry_info(ctx: DocContext, label: str):
    """What the article's actor registry saw of an actor (roles, parties, gender), or None."""
    return getattr(ctx.registry, "info", {}).get(label) if ctx.registry is not None else None


def auxiliary(doc: Doc, lo: int, hi: int, lemmas: tuple[str, ...]) -> bool:
    """An auxiliary of one of ``lemmas`` in ``doc[lo:hi]`` (a passive's "werden", a state's "sein")."""
    return any((t.lemma_ or "") in lemmas and t.tag_.startswith("VA") for t in doc[lo:hi])
