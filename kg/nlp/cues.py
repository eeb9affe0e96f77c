"""Stance cues from the cue lexicon (kg/data/cues.tsv), with separable verbs and negation."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.lexicon import Cue, Lexicon
from kg.nlp.clauses import clause_bounds, piece_bounds
from kg.nlp.consequences import ConsequenceFinder

__all__ = ["CueMatch", "CueFinder", "action_negated"]

_WITHDRAW = frozenset({"aufgeben", "ausräumen", "zurückstellen", "überwinden", "fallenlassen", "zurückziehen", "aufheben",
                       "aufhören", "beenden", "enden", "abrücken"})  # "gab ihre Vorbehalte auf", "Das Zaudern muss aufhören"
# "rückt von ihrem Nein zu schweren Waffen ab" (Round 9, probe9)
_WITHDRAW_SPLIT = (("geben", "auf"), ("räumen", "aus"), ("stellen", "zurück"), ("ziehen", "zurück"), ("lassen", "fallen"),
                   ("rücken", "ab"))
_PARTICIPLES = {"vorgeschlagen": "vorschlagen", "gefordert": "fordern", "verlangt": "verlangen", "angeregt": "anregen",
                "abgelehnt": "ablehnen", "kritisiert": "kritisieren", "befürwortet": "befürworten",
                "unterstützt": "unterstützen", "zurückgewiesen": "zurückweisen", "ins spiel gebracht": "bringen",
                "geplant": "planen", "blockiert": "blockieren", "angekündigt": "ankündigen", "zugesagt": "zusagen"}
_STANCE_NOUNS = frozenset({"Haltung", "Position", "Reaktion", "Töne", "Stimmen", "Signale", "Signal", "Entscheidung",
                           "Schritt", "Idee", "Weg", "Fehler", "Maßnahme", "Option", "Folgen", "Konsequenzen",
                           "Linie", "Kurs", "Kompromiss", "Antwort", "Instrument", "Zeichen"})
# nouns that name people by a stance ("Kritiker der Sanktionen"); without a complement of their own, as the
# subject of their verb, they are the speakers ("Kritiker werfen Scholz vor, …"), not a stance
_STANCE_PERSONS = frozenset({"Kritiker", "Kritikerin", "Gegner", "Gegnerin", "Befürworter", "Befürworterin",
                             "Verfechter", "Verfechterin"})
_PROPOSAL_PREPS = frozenset({"gegen", "für", "an", "auf", "über", "von", "aus", "nach"})
# verb cues that count only with a proposal as the object of their preposition: "Ich bin für ein
# Embargo" (not "ist für seine Zurückhaltung bekannt"); "Wir stehen zu den Sanktionen" (not "stehen in keinem
# Verhältnis zu den Kosten")
_OBJECT_ONLY = frozenset({("sein", "für"), ("sein", "gegen"), ("stehen", "zu")})
_CLAUSE_CONJ = frozenset({"aber", "sondern", "doch", "jedoch"})


@dataclass(frozen=True, slots=True)
class CueMatch:
    """A cue occurrence: token ``i`` (and its particle ``j``) with the polarity after negation."""

    i: int
    j: int
    cue: Cue
    polarity: str
    negated: bool
    subject: int = -2  # a consequence argument: the start of the proposal it is about, -1/-3 for a pronoun/noun anaphor

    @property
    def strength(self) -> int:
        return self.cue.strength


def _inflected(word: str, base: str) -> bool:
    return word == base or (word.startswith(base) and word[len(base):] in ("e", "en", "er", "es", "em", "ere", "eren"))


class CueFinder:
    """Finds stance cues in a tagged doc."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.verbs: dict[str, list[Cue]] = {}
        self.stems: dict[str, list[Cue]] = {}
        self.nouns: list[Cue] = []
        self._noun_memo: dict[tuple[str, str, str], list[Cue]] = {}
        self.adjs: list[Cue] = []
        self.phrases: list[Cue] = []
        for c in lex.cues:
            if c.pos == "verb":
                self.verbs.setdefault(c.words[0], []).append(c)
                if c.particle:
                    self.stems.setdefault(c.stem, []).append(c)
            elif c.pos == "noun":
                self.nouns.append(c)
            elif c.pos == "adj":
                self.adjs.append(c)
            else:
                self.phrases.append(c)
        self.consequences = ConsequenceFinder(lex)

    def _is_prep(self, doc: Doc, k: int, prep: str) -> bool:
        """'gegen' or 'dagegen'; not the 'gegen' of a proposal's own phrase ('Sanktionen gegen Russland')."""
        w = doc[k].lower_
        if w != prep and w not in (f"da{prep}", f"dar{prep}"):
            return False
        if k in self._after_proposal and w in _PROPOSAL_PREPS:
            # the proposal's own phrase ("Waffenlieferungen an die Ukraine"), unless the preposition governs
            # a proposal itself ("sich mit Soldaten an der Kampfgruppe beteiligen"): then it is the verb's
            m = k + 1
            while m < len(doc) and m not in self._proposal_starts and doc[m].tag_ in ("ART", "ADJA", "PIAT", "PPOSAT", "CARD"):
                m += 1
            return m in self._proposal_starts and w == prep
        return True

    def _pick(self, doc: Doc, cands: list[Cue], i: int, sent: Span, after_only: bool, j: int | None = None) -> Cue | None:
        """Among cues of one word, prefer the one whose preposition is nearest; a plain preposition
        ('für') beats a pronominal adverb ('dagegen', often 'in contrast'); else a cue without one.
        A verb's preposition is looked for in its own clause (and its particle's, ``j``): "ließ offen,
        wie …" has no "hinter" of "sich hinter Formeln zu verstecken"."""
        lo, hi = sent.start, sent.end
        if not after_only:
            lo, hi = clause_bounds(doc, i)
            if j is not None:
                lo2, hi2 = clause_bounds(doc, j)
                lo, hi = min(lo, lo2), max(hi, hi2)
        scored = []
        for c in cands:
            if not c.prep:
                continue
            for k in range(lo, hi):
                if k + 1 < sent.end and doc[k].lower_.startswith("da") and doc[k + 1].lower_.startswith(("dafür", "dagegen")):
                    continue  # "sprach sich dagegen dafür aus": the first one means "in contrast"
                if self._is_prep(doc, k, c.prep) and (not after_only or (k > i and k - i <= 10)):
                    scored.append((doc[k].lower_ != c.prep, abs(k - i), c))
        if scored:
            return min(scored, key=lambda x: (x[0], x[1]))[2]
        plain = [c for c in cands if not c.prep]
        return plain[0] if plain else None

    def _copula_stance(self, doc: Doc, t: Token, prep: str) -> bool:
        """'Ich bin für ein Embargo', 'dass die Partei gegen Waffenlieferungen sei', 'Wir stehen zu den Sanktionen'
        (the _OBJECT_ONLY cues): a form of "sein" or another verb whose
        preposition governs a proposal directly (only articles, adjectives, adverbs between), with no
        noun between verb and preposition ('ein Argument für Sanktionen') and no predicate after the
        proposal ('für Waffenlieferungen zuständig')."""
        if t.lemma_ == "sein" and t.tag_ != "VAFIN":
            return False
        lo, hi = clause_bounds(doc, t.i)
        if doc[lo].tag_ in ("PWAV", "PWS") or doc[lo].lower_ == "ob":
            return False  # "ließ offen, wie die Union zu einer Sperrung des Luftraums steht": a question, no stance
        for k in range(lo, hi):
            if doc[k].lower_ != prep or doc[k].tag_ in ("PTKA", "PTKZU") or (
                    prep == "zu" and k + 1 < hi and doc[k + 1].lemma_ in ("wenig", "viel")):
                continue  # ("stehen zu wenige Panzer zur Verfügung": the particle of degree)
            m = k + 1
            while m < hi and m not in self._proposal_starts and doc[m].tag_ in ("ART", "ADJA", "PIAT", "ADV", "PPOSAT"):
                m += 1
            if m not in self._proposal_starts:
                continue
            a, b = sorted((t.i, k))
            if any(x.tag_ in ("NN", "NE") and x.i not in self._proposal_tokens for x in doc[a + 1:b]):
                continue
            end = self._proposal_starts[m]
            stop = next((x.i for x in doc[end:hi] if x.is_punct), hi)  # ", so schnell wie möglich" is an addition
            if any(x.tag_ in ("ADJD", "VVPP", "VVINF", "PTKZU", "VAPP") for x in doc[end:stop]):
                continue
            return True
        return False

    def _phrase(self, doc: Doc, t: Token, j: int) -> tuple[Cue | None, int]:
        """Multi-word cues match in any order within the clause: 'kommt nicht infrage', 'infrage kommen'."""
        forms = {t.lower_, (t.lemma_ or "").lower()}
        for c in self.phrases:
            if c.words[0].lower() not in forms:
                continue
            if any(w.lower() in self.lex.negations or w.lower() in ("mit", "zu", "dagegen", "dafür", "kein", "mehr") for w in c.words):
                # "Nicht mit uns", "nicht zu machen": only as written, in order
                seg = list(doc[t.i:t.i + len(c.words)])
                if len(c.words) == 2 and c.words[-1].lower() in ("dagegen", "dafür"):
                    # "ich bin auch dafür", "sie sind ganz klar dagegen": adverbs may stand between
                    k = t.i + 1
                    while k < len(doc) and k < t.i + 4 and doc[k].tag_ in ("ADV", "ADJD", "PTKNEG") \
                            and doc[k].lower_ not in ("dafür", "dagegen"):
                        k += 1
                    seg = [t, doc[k]] if k < len(doc) else seg
                if len(seg) == len(c.words) and all(w.lower() in (x.lower_, (x.lemma_ or "").lower()) for w, x in zip(c.words, seg)):
                    end = seg[-1].i + 1
                    if c.words[-1].lower() in ("dagegen", "dafür") and end < len(doc) and not (doc[end].is_punct or doc[end].is_space):
                        continue  # "ist dagegen offen für …": the contrast adverb, not a stance
                    if c.words[-1].lower() in ("dagegen", "dafür") and t.i > 0 and doc[t.i - 1].tag_ == "ADJD" \
                            and clause_bounds(doc, t.i)[0] >= t.i - 2:
                        continue  # "Richtig ist dagegen, die Sanktionen zu verschärfen": a fronted predicate, the contrast
                    return c, end - 1
                continue
            lo, hi = clause_bounds(doc, t.i)
            rest = []
            for w in c.words[1:]:
                k = next((k for k in range(lo, hi) if k != t.i and w.lower() in (doc[k].lower_, (doc[k].lemma_ or "").lower())), None)
                if k is None:
                    break
                rest.append(k)
            else:
                return c, max([t.i, *rest])
        return None, j

    def _noun_cues(self, text: str, lemma: str, low: str) -> list:
        """The noun cues a word can be (memoised per word; the lexicon does not change)."""
        key = (text, lemma, low)
        if key not in self._noun_memo:
            if len(self._noun_memo) > 200_000:
                self._noun_memo.clear()
            self._noun_memo[key] = [c for c in self.nouns if text == c.words[0] or lemma == c.words[0].lower()
                                    or (len(c.words[0]) >= 6 and low.endswith(c.words[0].lower()))]
        return list(self._noun_memo[key])

    def __call__(self, doc: Doc, proposals=()) -> list[CueMatch]:
        self._after_proposal = {k for p in proposals for k in range(p.start, p.end + 1)}
        self._proposal_tokens = frozenset(k for p in proposals for k in range(p.start, p.end))
        self._proposal_starts = {p.start: p.end for p in proposals}
        out: list[CueMatch] = []
        for sent in doc.sents:
            plist = [(t.lower_, t.i) for t in sent if t.tag_ == "PTKVZ" or _stranded_preposition(t, sent)]
            stops = [t.i for t in sent if t.text == ";"]

            def part_at(word: str, i: int) -> int | None:
                """The first particle ``word`` after ``i`` before a semicolon: "sprach sich für … aus; die Präsenz
                reiche nicht aus" (the second "aus" is the second clause's)."""
                end = next((x for x in stops if x > i), sent.end)
                return next((k for w, k in plist if w == word and i < k < end), None)
            for t in sent:
                if t.is_punct or t.is_space:
                    continue
                lemma = (t.lemma_ or t.text).lower()
                low = t.lower_
                cue, j = None, t.i
                if t.tag_.startswith("V") or t.tag_ in ("ADJD", "ADJA", "NN") and lemma in self.verbs:
                    cands = self.verbs.get(lemma) or self.verbs.get(low.replace("zu", "", 1) if "zu" in low[2:6] else "")
                    # "sprach sich gegen … aus" is "aussprechen", although "sprechen gegen" is a cue too
                    split = t.tag_.startswith("V") and any(part_at(c.particle, t.i) is not None
                                                           for c in self.stems.get(lemma, ()))
                    if cands and not split:
                        cue = self._pick(doc, cands, t.i, sent, after_only=False)
                    if cue is not None and cue.prep and (cue.words[0], cue.prep) in _OBJECT_ONLY \
                            and not self._copula_stance(doc, t, cue.prep):
                        cue = None  # "ist für seine Zurückhaltung bekannt": "sein" only with a proposal as object
                    if cue is None and lemma in self.stems:  # "stellt … bereit" although "stellen hinter" is a cue too
                        for c in self.stems[lemma]:
                            pk = part_at(c.particle, t.i)
                            if pk is not None:
                                picked = self._pick(doc, [x for x in self.stems[lemma] if x.particle == c.particle], t.i, sent,
                                                    False, pk)
                                if picked:
                                    cue, j = picked, pk
                                    break
                if cue is not None and t.tag_.startswith("V"):
                    # a phrase beginning with the verb is more specific: "mahnte Augenmaß … an" (not "anmahnen")
                    phrase, pj = self._phrase(doc, t, j)
                    if phrase is not None:
                        cue, j = phrase, pj
                if cue is None and low == "ja" and t.tag_ == "PTKANT" and t.i > sent.start and doc[t.i - 1].tag_ in ("NN", "NE") \
                        and t.i + 1 < sent.end and doc[t.i + 1].text in (",", ";", "–", "-"):
                    cue = _YES  # "Sanktionen gegen Oligarchen ja, ein Ölembargo nein": the answer after its proposal
                if cue is None and t.text[:1].isupper() and t.tag_ in ("NN", "NNA", "NE", "ITJ", "PTKANT", "ADV") or (
                        cue is None and low == "nein"):
                    cands = self._noun_cues(t.text, lemma, low)
                    if cands:
                        cue = self._pick(doc, cands, t.i, sent, after_only=True)
                if cue is None and t.i > sent.start and doc[t.i - 1].lower_ in ("wie", "als") and low.startswith("möglich"):
                    continue  # "so schnell wie möglich"
                if cue is None and (t.tag_ in ("ADJD", "ADV", "VVPP") or t.i == sent.start or _predicative_particle(t)
                                    or (t.text[:1].islower() and t.tag_ in ("NN", "NE", "FM", "XY", "VVFIN", "VVINF"))
                                    or (t.tag_ == "ADJA" and t.i + 1 < sent.end and (
                                        doc[t.i + 1].text in _STANCE_NOUNS or _proposal_noun(doc[t.i + 1], self.lex.anaphors)))):
                    cands = [c for c in self.adjs if _inflected(low, c.words[0])]
                    if cands:
                        # a phrase beginning with the adjective is more specific: "der falsche Weg"
                        cue, j = self._phrase(doc, t, j)
                        if cue is None:
                            cue = self._pick(doc, cands, t.i, sent, after_only=True)
                if cue is None and t.tag_ == "ADJA":
                    # attributive participles: "die von Polen vorgeschlagene Mission"
                    stem = next((low[:-len(e)] for e in ("en", "er", "es", "em", "e") if low.endswith(e)), low)
                    verb = _PARTICIPLES.get(stem)
                    if verb and verb in self.verbs:
                        cue = self._pick(doc, self.verbs[verb], t.i, sent, after_only=False)
                if cue is None:
                    cue, j = self._phrase(doc, t, j)
                if cue is None:
                    continue
                if cue.pos in ("adj", "phrase") and t.i + 1 < sent.end and doc[t.i + 1].lower_ in ("gemeint", "betrachtet"):
                    continue  # "gut gemeint, aber brandgefährlich" (well meant is no approval), "realistisch betrachtet"
                if cue.words[0] in ("wollen", "müssen", "sollen") and t.tag_ != "VMFIN":
                    continue
                if cue.pos == "noun" and _reason_phrase(doc, t.i):
                    continue  # "angesichts der Bedrohung", "trotz der Bedenken": a reason, not a stance taken
                if cue.pos == "noun" and cue.words[0] in _STANCE_PERSONS and t.i + 1 < sent.end \
                        and doc[t.i + 1].tag_ in ("VVFIN", "VAFIN", "VMFIN"):
                    continue  # "Kritiker werfen Scholz vor, …": people named by a stance, subject of their own verb
                # a catastrophe named as an argument stays one when denied: "Es darf keinen Atomkrieg geben"
                # an argument that names its proposal argues the same either way: "finanziert Putins Krieg"
                # and "darf Putins Krieg nicht länger finanzieren" are both for the embargo
                if cue.strength == 1 and _unilateral(doc, t.i, self.lex.negations):
                    continue  # "werde die Flugzeuge keinesfalls im Alleingang schicken": only jointly - no stance either way
                fixed = any(w.lower() in self.lex.negations or w.lower() == "kein" for w in cue.words) or (
                    cue.argument and (cue.pos == "noun" or bool(cue.implies) or _normative(doc, t.i)))
                neg = False if fixed else _negated(doc, t.i, j, cue, self.lex.negations, self._proposal_tokens,
                                                   self.lex.anaphors)
                if not fixed and cue.pos == "noun" and _low_degree(doc, t.i, self.lex.low_degree):
                    neg = not neg  # "Die Unterstützung der NATO für eine Flugverbotszone ist gering"
                pol = cue.polarity if not neg else ("against" if cue.polarity == "for" else "for")
                if cue.pos == "verb" and not fixed and cue.polarity == "for" and cue.event == "REQUEST" and (
                        _negative_subject(doc, t.i, self.lex.negative_subjects, self._proposal_tokens)
                        or _dismissive_frame(doc, t.i, self.lex.dismissive_frames)):
                    # "Niemand … fordert eine Flugverbotszone", "Es ist leicht, ein Embargo zu fordern": a demand
                    # nobody makes, or one held up as cheap, is rejected (not merely not made)
                    pol, neg = "against", False
                elif not neg and not fixed and _negative_subject(doc, t.i, self.lex.negative_subjects, self._proposal_tokens):
                    pol, neg = ("against" if cue.polarity == "for" else "for"), True
                out.append(CueMatch(t.i, j, cue, pol, neg))
            imp = _imperative(sent)
            if imp is not None:
                # "Schickt Panzer!", "Gebt uns Kampfflugzeuge": a directive demands what it names
                out = [c for c in out if c.i != imp.i]
                neg = _negated(doc, imp.i, imp.i, IMPERATIVE, self.lex.negations, self._proposal_tokens)
                out.append(CueMatch(imp.i, imp.i, IMPERATIVE, "against" if neg else "for", neg))
        # a verb inside a phrase cue is the phrase's: "zu lange gezögert" (not "zögern")
        spans = [(c.i, c.j) for c in out if c.cue.pos == "phrase" and c.j > c.i]
        out = [c for c in out if not (c.cue.pos != "phrase" and any(a < c.i <= b for a, b in spans))]
        found = self.consequences(doc, proposals, out)
        # the outcome verb of a consequence is no stance verb of its own: "Schwere Waffen werden diesen
        # Krieg nicht beenden" (not the weak cue "beenden")
        taken = {c.i for c in found}
        return [c for c in out if not (c.strength == 1 and c.i in taken)] + found


_RELATIVE_TAGS = frozenset({"PRELS", "PRELAT", "PWS", "PWAV"})


def _proposal_noun(t: Token, anaphors: frozenset[str]) -> bool:
    """A noun that refers back to a proposal, judged by its attribute: "ein brandgefährlicher Vorschlag"."""
    return t.tag_ == "NN" and t.text[:1].isupper() and (t.lemma_ or t.text).lower() in anaphors


def _negative_subject(doc: Doc, i: int, words: frozenset[str], proposal_tokens: frozenset[int] = frozenset()) -> bool:
    """The cue's subject is a negative pronoun: "Keiner in der Nato fordert …", "Keine der Regierungen
    verlangt …", or sentence-initially before a relative clause: "Niemand, der ernst genommen werden
    will, fordert …" (the relative clause separates it from the cue's clause)."""
    lo, hi = clause_bounds(doc, i)
    tails = tuple(w.split()[1] for w in words if " " in w)
    for k in range(lo, hi):
        if doc[k].lower_ in words and (doc[k].tag_ == "PIS" or (
                doc[k].tag_ == "PIAT" and k + 1 < hi and doc[k + 1].lower_ in ("der", "des"))):
            return True
        if doc[k].lower_ in ("kein", "keine") and doc[k].tag_ == "PIAT" and tails:  # nominative, not "von keinem Land"
            m = k + 1
            while m < hi and doc[m].tag_ == "ADJA":
                m += 1
            if m < hi and doc[m].tag_ in ("NN", "NE") and doc[m].lower_.endswith(tails) and m not in proposal_tokens:
                return True  # "kein NATO-Partner", "keine Regierung"
    sent = doc[i].sent
    if lo - 2 <= sent.start or doc[lo - 1].text != ",":
        return False
    rlo, _ = clause_bounds(doc, lo - 2)
    first = next((t for t in sent if not t.is_punct), None)
    if first is not None and rlo == first.i and doc[rlo].lower_ in words and rlo + 2 < lo and doc[rlo + 1].text == ",":
        rlo += 2  # the chunker kept the pronoun with its relative clause
    relative = doc[rlo].tag_ in _RELATIVE_TAGS or (  # "Niemand, mit dem ich spreche, …"
        doc[rlo].tag_ == "APPR" and rlo + 1 < lo and doc[rlo + 1].tag_ in ("PRELS", "PRELAT", "ART", "PWS"))
    if not relative or rlo - 2 < sent.start or doc[rlo - 1].text != ",":
        return False
    head = doc[rlo - 2]
    return head.lower_ in words and first is not None and head.i == first.i


def _dismissive_frame(doc: Doc, i: int, adjectives: frozenset[str]) -> bool:
    """A request verb in the zu-infinitive of "es ist leicht": "Es sei leicht, ein Embargo zu fordern",
    "Leicht ist es, nach Panzern zu rufen" (the demand is held up as cheap)."""
    t = doc[i]
    if not (t.tag_ == "VVIZU" or (i > 0 and doc[i - 1].lower_ == "zu")):
        return False
    lo, _ = clause_bounds(doc, i)
    sent = t.sent
    if lo - 2 < sent.start or doc[lo - 1].text != ",":
        return False
    plo, phi = clause_bounds(doc, lo - 2)
    toks = [x for x in doc[plo:phi] if not x.is_punct]
    return any(x.lower_ in adjectives and x.tag_ in ("ADJD", "ADV") for x in toks) \
        and any((x.lemma_ or "").lower() == "sein" for x in toks) and any(x.lower_ == "es" for x in toks) \
        and len(toks) <= 6


def _normative(doc: Doc, i: int) -> bool:
    """A denied consequence under "dürfen" is a norm, not a denial: "Die NATO darf nicht in einen Krieg mit
    Russland geraten" names the war as the bad outcome."""
    lo, hi = clause_bounds(doc, i)
    return any(t.tag_ == "VMFIN" and (t.lemma_ or "").lower() == "dürfen" for t in doc[lo:hi])


IMPERATIVE = Cue(("<Imperativ>",), "", "for", 2, "REQUEST", "verb")


def _imperative(sent: Span) -> Token | None:
    """The verb of a directive: tagged imperative ("Gebt uns …"), or a clause-initial full verb in a sentence
    that ends in "!" in the plural or polite form ("Schließt den Himmel!", "Liefern Sie Waffen!")."""
    doc = sent.doc
    for t in sent:
        if t.tag_ == "VVIMP" and t.lower_ not in ("sagen", "sag", "sagt", "schau", "schaut", "seht", "stell", "hör", "hört"):
            prev = doc[t.i - 1] if t.i > sent.start else None
            if prev is None or prev.is_punct or prev.lower_ in ("dann", "also", "bitte", "und", "doch", "aber"):
                return t
    for t in sent:
        # "…, dann gebt uns wenigstens Kampfflugzeuge": the plural imperative after "dann"/"bitte"
        lemma = (t.lemma_ or "").lower()
        if t.tag_ == "VVFIN" and t.i > sent.start and t.i + 1 < sent.end and doc[t.i - 1].lower_ in ("dann", "bitte", "endlich", "also") \
                and lemma.endswith("en") and t.lower_ == lemma[:-2] + "t" \
                and doc[t.i + 1].lower_ in ("uns", "mir", "der", "den", "dem", "die", "das", "endlich", "jetzt", "bitte", "wenigstens", "mehr"):
            return t
    words = [t for t in sent if not t.is_space and not (t.is_punct and t.text != "!")]
    bang = any(t.text == "!" for t in sent)
    if not bang or not words:
        return None
    first = words[0]
    if first.tag_ == "VVFIN" and first.text[:1].isupper() and first.lower_.endswith("t"):
        return first
    if first.tag_ in ("VVFIN", "VVINF", "NNI") and first.lower_.endswith("en") and len(words) > 1 and words[1].text == "Sie":
        return first  # "Schließen Sie den Himmel!" (the tagger may take the verb for a noun)
    return None


def _unilateral(doc: Doc, i: int, negations: frozenset[str]) -> bool:
    """The clause denies only acting alone: "nicht im Alleingang", "nicht allein", "nicht einseitig"."""
    lo, hi = clause_bounds(doc, i)
    for k in range(lo, hi - 1):
        if doc[k].lower_ in negations:
            nxt = doc[k + 1].lower_
            if nxt in ("allein", "alleine", "einseitig") or (nxt == "im" and k + 2 < hi and doc[k + 2].lower_ == "alleingang"):
                return True
    return False


def _predicative_particle(t: Token) -> bool:
    """A predicative adjective the tagger took for a verb particle: "ist … bereit", "zeigte sich … offen"."""
    if t.tag_ != "PTKVZ":
        return False
    lo, hi = clause_bounds(t.doc, t.i)
    return any(x.tag_.endswith("FIN") and (x.lemma_ or "").lower() in ("sein", "zeigen", "erklären") for x in t.doc[lo:hi])


def _low_degree(doc: Doc, i: int, low: frozenset[str]) -> bool:
    """A stance noun whose predicate says there is little of it: "Die Bereitschaft Berlins, Panzer zu
    liefern, ist gering", "Die Unterstützung für ein Embargo bleibt begrenzt", "hält sich in Grenzen".
    The predicate is the first finite verb after the noun (past a zu-infinitive or relative clause on it)."""
    sent = doc[i].sent
    fin = next((t for t in doc[i + 1:sent.end] if t.tag_.endswith("FIN")
                and not (t.i > 0 and doc[t.i - 1].tag_ == "PTKZU")), None)
    if fin is None:
        return False
    s, e = piece_bounds(doc, fin.i)
    words = doc[fin.i:e]
    if (fin.lemma_ or "").lower() in ("sein", "bleiben", "scheinen"):
        return any(t.lower_ in low and t.tag_ in ("ADJD", "ADV", "VVPP") for t in words)
    return (fin.lemma_ or "").lower() == "halten" and any(
        t.lower_ == "grenzen" and doc[t.i - 1].lower_ == "in" for t in words)


def action_negated(doc: Doc, i: int, cue: Cue, negations: frozenset[str], proposal_tokens: frozenset[int]) -> bool:
    """Negation of a proposal's own action verb ("will nicht aus russischem Gas aussteigen")."""
    return _negated(doc, i, i, cue, negations, proposal_tokens)


# "ja" as the answer right after the proposal it approves (a bare "Ja" elsewhere is a particle)
_YES = Cue(("Ja",), "", "for", 2, "SUPPORT", "noun")


def _negated(doc: Doc, i: int, j: int, cue: Cue, negations: frozenset[str], proposal_tokens: frozenset[int] = frozenset(),
             anaphors: frozenset[str] = frozenset()) -> bool:
    """Negation of the cue itself: 'nicht ablehnen', 'lehnt … nicht ab', 'kein Nein', 'nicht infrage'."""
    # also a nominalised verb: "das Zaudern" (capitalised: the tagger also calls "nicht zaudern" a noun)
    if cue.pos == "noun" or (cue.pos == "verb" and doc[i].tag_ == "NN" and doc[i].text[:1].isupper()):
        for k in range(max(i - 3, doc[i].sent.start), i):
            if doc[k].lower_.startswith("kein"):
                return True
        # "gab ihre Vorbehalte auf", "räumte die Bedenken aus": the stance noun is withdrawn
        s, e = clause_bounds(doc, i)
        lemmas = {(t.lemma_ or "").lower() for t in doc[s:e]}
        particles = {t.lower_ for t in doc[s:e] if t.tag_ == "PTKVZ"}
        withdrawn = lemmas & _WITHDRAW or any(stem in lemmas and part in particles for stem, part in _WITHDRAW_SPLIT)
        # "dass man die Bedenken Ungarns ausräumen könne": another's stance cleared away is still theirs
        withdrawn = withdrawn and not (i + 1 < e and (doc[i + 1].tag_ == "NE" or (
            doc[i + 1].tag_ == "ART" and doc[i + 1].lower_ in ("des", "der") and i + 2 < e and doc[i + 2].tag_ in ("NN", "NE"))))
        # "rückt nicht von seinem Nein ab", "gibt ihren Widerstand nicht auf": the stance is kept
        kept = any(t.lower_ in ("nicht", "nie", "niemals", "keineswegs") for t in doc[s:e])
        # "Deutschland dürfe nicht länger der Bremser Europas sein": a predicative stance noun denied
        copula = any((t.lemma_ or "").lower() in ("sein", "bleiben") and t.tag_.startswith("VA") for t in doc[s:e])
        denied = copula and any(doc[k].lower_ in ("nicht", "nie", "niemals", "keineswegs") and all(
            doc[x].tag_ in ("ADV", "ADJD", "ART", "ADJA", "PTKNEG", "$(") for x in range(k + 1, i)) for k in range(max(s, i - 4), i))
        return denied or (bool(withdrawn) and not kept)
    s, e = clause_bounds(doc, i)
    s2, e2 = clause_bounds(doc, j)
    s, e = min(s, s2), max(e, e2)
    # "er sehe keinen Grund, bei der Lieferung zurückhaltend zu sein"
    if s > doc[i].sent.start:
        ps, pe = clause_bounds(doc, s - 2) if s - 2 >= doc[i].sent.start else (s, s)
        words = [t.lower_ for t in doc[ps:pe]]
        if any(w.startswith("kein") and nx in ("pläne", "plan", "absicht", "interesse", "notwendigkeit")
               for w, nx in zip(words, words[1:])):
            return True
    for k in range(s, e):
        w = doc[k].lower_
        nxt = doc[k + 1].lower_ if k + 1 < len(doc) else ""
        if k in proposal_tokens and w == "nicht" and nxt == "mehr" and k + 1 in proposal_tokens:
            continue  # "russisches Öl nicht mehr importieren": "nicht mehr" is part of the proposal's own action
        if w in negations and k > max(i, j) and any(doc[x].tag_ == "KOKOM" and doc[x].lower_ == "wie"
                                                    for x in range(max(i, j) + 1, k)):
            continue  # "…, so viele wie seit Jahren nicht mehr": a negation inside an equative comparison
            # (but "forderte er anders als in früheren Reden nicht ausdrücklich": the clause's own negation)
        if w in negations and k > s and k > i and (doc[k - 1].text == "," or (
                doc[k - 1].lower_ in ("auch", "und") and k - 1 > s and doc[k - 2].text == ",") or (
                doc[k - 1].lower_ == "und" and k - 1 > s and doc[k - 2].tag_ in ("ADV", "ADJD") and k - 2 > max(i, j))):
            continue  # "…, nicht aber Maßnahmen, die …", "…, auch nicht unter dem Etikett …", "jetzt und nicht in
            # Monaten": a contrasted phrase
        b = k - 1
        while b > s and doc[b].is_punct and doc[b].text not in (",", ".", ":"):
            b -= 1  # back over opening quotation marks
        if w in negations and b >= s and doc[b].lower_ == "als" and not k < i <= k + 3:
            continue  # "wies den Vorschlag als „nicht haltbar“ zurück": the negation is the predicate's
        if w in negations and k > max(i, j) and any(doc[x].tag_ == "KON" and doc[x].lower_ in ("und", "oder", "sowie")
                                                    for x in range(max(i, j) + 1, k)):
            continue  # "werde keine Truppen schicken und auch nicht in den Luftraum eingreifen": the next conjunct's
        if w in negations and k > i and doc[k + 1].tag_ in ("APPR", "APPRART", "ADV") and any(
                doc[x].lower_ == "sondern" for x in range(k + 2, min(k + 8, doc[i].sent.end))):
            continue  # "braucht Waffen, und zwar nicht in einigen Monaten, sondern jetzt": a contrasted adverbial
        if (w in negations or w.startswith("kein")) and k < i and any(doc[x].lower_ == "sondern" for x in range(k + 1, i)):
            continue  # "mache Europa nicht sicherer, sondern gefährlicher", "bringen keinen Frieden, sondern immer mehr
            # Tote": the negation is the contrasted part's
        if w in negations and nxt not in ("nur", "zuletzt", "minder", "weniger", "einmal", "erst"):
            # "nicht" before the proposal's article negates the object, not the verb, only when
            # directly followed by a determiner of a noun phrase that is not the cue
            return True
        if w in ("keinen", "keinem", "keiner") and nxt in ("fall", "falle", "umständen", "weise"):
            return True  # "auf keinen Fall", "in keinem Fall", "unter keinen Umständen", "in keiner Weise"
        if w in ("keine", "keinen") and nxt in ("sekunde", "minute", "moment", "augenblick") and cue.pos == "verb":
            return True  # "werde keine Sekunde zögern", "keinen Moment zweifeln"
        if w == "wenig" and k > s and doc[k - 1].lower_ in ("ebenso", "genauso"):
            return True  # "Eine Flugverbotszone werde es ebenso wenig geben wie …"
        if cue.pos == "verb" and w.startswith("kein") and k != i and not any(x in proposal_tokens for x in range(k, k + 5)):
            head = next((doc[x] for x in range(k + 1, min(k + 3, e)) if doc[x].tag_ == "NN"), None)
            if head is not None and {(head.lemma_ or "").lower(), head.lower_} & anaphors:
                return True  # "sich an keiner Mission beteiligen, die Soldaten in die Ukraine bringt": the proposal described
        if w == "wenig" and cue.pos == "adj" and k == i - 1:
            return True
        if w in ("allenfalls", "bestenfalls", "höchstens") and cue.pos == "adj" and cue.polarity == "for" and k < i:
            return True  # "hält ein Embargo allenfalls langfristig für machbar": a hedge, no approval
        if cue.pos in ("adj", "phrase") and w.startswith("kein") and k < i and not any(
                x in proposal_tokens for x in range(k + 1, k + 4)):
            return True  # but "es wird keinen Einsatz … geben": "kein" negates the proposal, not the cue
    return False


# prepositions of a reason or concession: the noun after them is the circumstance, not the clause's stance
_REASON_PREPS = frozenset({"angesichts", "wegen", "trotz", "aufgrund", "infolge"})


def _reason_phrase(doc: Doc, i: int) -> bool:
    """"angesichts der Bedrohung": a stance noun as the circumstance (but "trotz der Absagen aus Berlin und Paris"
    names whose stance it is)."""
    if i + 1 < doc[i].sent.end and doc[i + 1].lower_ in ("aus", "von", "vom", "der", "des"):
        return False
    k = i - 1
    while k >= doc[i].sent.start and doc[k].tag_ in ("ART", "ADJA", "PPOSAT", "PIAT") and i - k <= 3:
        k -= 1
    return k >= doc[i].sent.start and doc[k].lower_ in _REASON_PREPS


def _stranded_preposition(t: Token, sent: Span) -> bool:
    """A "preposition" with nothing after it but punctuation or symbols is a verb particle the tagger
    missed, as before a live blog's closing marker: "Polen bietet MiG-29-Jets an +++"."""
    if t.tag_ != "APPR" or t.i == sent.start:
        return False
    rest = [x for x in t.doc[t.i + 1:sent.end] if not x.is_space]
    return bool(rest) and all(x.is_punct or x.tag_ in ("XY", "$.", "$(") for x in rest) and not any(x.text in ("-", "–") for x in rest)
