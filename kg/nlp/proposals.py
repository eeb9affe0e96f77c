"""Proposal mentions: the ontology's German terms (compounds included) and context patterns."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.tokens import Doc

from kg.lexicon import Lexicon
from kg.nlp.clauses import clause_bounds

__all__ = ["ProposalMention", "ProposalFinder", "stem"]

_MEMO_SIZE = 200_000  # distinct (word, lemma) pairs remembered by a ProposalFinder
_INFL = ("en", "er", "es", "em", "e", "n", "s")
_DELIVERY_HEADS = ("lieferungen", "lieferung", "exporte", "export", "zusagen", "zusage", "weitergabe", "transfers", "transfer",
                   "entscheidung", "beschluss", "pläne", "plan", "vorschlag", "vorstoß", "forderung", "forderungen", "deal",
                   "käufe", "kauf", "hilfen", "hilfe", "paket", "pakete")


def stem(word: str) -> str:
    """Strip one German inflection ending: 'schweren' -> 'schwer', 'Kampfjets' -> 'kampfjet'."""
    w = word.lower()
    for end in _INFL:
        if w.endswith(end) and len(w) - len(end) >= 4:
            return w[: -len(end)]
    return w


@dataclass(frozen=True, slots=True)
class ProposalMention:
    start: int
    end: int
    key: str
    text: str
    negated: bool
    source: str
    absorbs_cue: bool = False  # the match contains its own verb ("Gasimporte stoppen"): not a stance cue


# adjectives that make a weapon no delivery proposal: the enemy's, or weapons of mass destruction
_ALLIANCE = frozenset({"bündnisses", "nato", "allianz", "alliierten", "verbündeten"})
_NOT_DELIVERED = ("russisch", "sowjetisch", "chemisch", "nuklear", "atomar", "biologisch", "taktisch")


class ProposalFinder:
    """Finds proposal mentions in a tagged doc."""

    def __init__(self, nlp, lex: Lexicon) -> None:
        self.lex = lex
        self.single: list[tuple[str, str]] = []       # (lower term, key)
        self.multi: list[tuple[tuple[str, ...], str]] = []
        for p in lex.proposals:
            for term in p.terms:
                words = nlp.make_doc(term)
                toks = [t.text for t in words]
                if len(toks) == 1:
                    self.single.append((term.lower(), p.key))
                else:
                    self.multi.append((tuple(stem(t) for t in toks), p.key))
        self.single.sort(key=lambda x: -len(x[0]))
        self.multi.sort(key=lambda x: -len(x[0]))
        self._first: dict[str, list[int]] = {}
        for k, (words, _) in enumerate(self.multi):
            self._first.setdefault(words[0], []).append(k)
        self.narrower = {p.key: p.broader for p in lex.proposals if p.broader}
        self.weapons = lex.weapon_keys()
        self.matcher = Matcher(nlp.vocab)
        self.excludes: dict[str, frozenset[str]] = {}
        self.absorbs: dict[str, bool] = {}
        self._memo: dict[tuple[str, str], str | None] = {}
        self.supersedes: set[str] = set()
        self.replaces: set[str] = set()  # patterns that replace a pattern match of their proposal they contain
        self.contains_term: set[str] = set()  # an act around a term of its own proposal ("40.000 Soldaten an die Ostflanke gestellt")
        self.overrides: dict[str, frozenset[str]] = {}  # pattern ids a pattern replaces where they overlap
        self.opposite: set[str] = set()  # the proposal's opposite ("an den Gasimporten aus Russland festhalten"): a negated mention
        for n, pat in enumerate(lex.proposal_patterns):
            name = f"{pat['proposal']}|{pat.get('id', n)}"
            self.matcher.add(name, [pat["pattern"]])
            self.excludes[name] = frozenset(pat.get("exclude", ()))
            self.absorbs[name] = bool(pat.get("absorbs_cue", False))
            if pat.get("supersedes"):
                self.supersedes.add(name)
            if pat.get("replaces"):
                self.replaces.add(name)
            if pat.get("contains_term"):
                self.contains_term.add(name)
            if pat.get("opposite"):
                self.opposite.add(name)
            if pat.get("overrides"):
                self.overrides[name] = frozenset(pat["overrides"])

    def _starting_with(self, form: tuple[str, str]) -> list[tuple[tuple[str, ...], str]]:
        """The multi-word terms whose first word is the token's stem or lower-case form."""
        idx = sorted(set(self._first.get(form[0], ())) | set(self._first.get(form[1], ())))
        return [self.multi[k] for k in idx]

    def _single_match(self, tok) -> str | None:
        key = (tok.text, tok.lemma_)
        if key not in self._memo:
            if len(self._memo) > _MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = self._word_match(*key)
        return self._memo[key]

    def _word_match(self, text: str, lemma_: str) -> str | None:
        """The proposal key a word (by its text and lemma) names, or None; memoised per word."""
        low = text.lower()
        if low in self.lex.proposal_stopwords or (lemma_ or "").lower() in self.lex.proposal_stopwords:
            return None
        lemma = lemma_.lower() if lemma_ else low
        # "Panzerlieferungen", "Kampfjet-Lieferung", "Waffenexporte": the weapon is the first part
        for head in _DELIVERY_HEADS:
            if low.endswith(head) and len(low) > len(head) + 2:
                first = low[: -len(head)].rstrip("-")
                for cand in (first, first[:-1] if first.endswith("s") else first, first + "n", first + "e"):
                    key = self._term_key(cand)
                    if key:
                        return key
        # "Blauhelm-Mission" is the "Blauhelmmission"
        return self._term_key(low) or self._term_key(lemma) or (self._term_key(low.replace("-", "")) if "-" in low[1:-1] else None)

    def _term_key(self, form: str) -> str | None:
        sform = stem(form)
        for term, key in self.single:
            if form == term or form == term + "s" or form == term + "n" or form == term + "en":
                return key
            if len(term) >= 6 and sform == stem(term):
                return key  # "Flugabwehrsystem" ~ "Flugabwehrsysteme"
            if len(term) >= 5 and any(form.endswith(term + suf) for suf in ("", "s", "n", "en", "e")):
                cut = form.rfind(term)
                prefix = form[:cut]
                if prefix.endswith("-") or len(prefix) >= 3:
                    return key
        return None

    def __call__(self, doc: Doc) -> list[ProposalMention]:
        found: list[ProposalMention] = []
        taken = [False] * len(doc)
        for sent in doc.sents:
            toks = [t for t in sent]
            forms = [(stem(t.text), t.text.lower()) for t in toks]
            # multi-word terms (only those whose first word the token can be, in self.multi's order)
            for i in range(len(toks)):
                for words, key in self._starting_with(forms[i]):
                    seg = toks[i:i + len(words)]
                    if len(seg) == len(words) and all(w in f for f, w in zip(forms[i:i + len(words)], words)):
                        s, e = seg[0].i, seg[-1].i + 1
                        if not any(taken[s:e]):
                            found.append(self._mk(doc, s, e, key, "term"))
                            for k in range(s, e):
                                taken[k] = True
                        break
            for t in toks:
                if taken[t.i] or t.is_punct or t.is_space or not t.text[:1].isalpha():
                    continue
                key = self._single_match(t)
                if key in self.weapons and t.i > sent.start and doc[t.i - 1].lower_.startswith(_NOT_DELIVERED):
                    key = None  # "russische Kampfflugzeuge", "chemischer oder nuklearer Waffen" are not a delivery proposal
                if key == "fighter_jets" and t.i + 2 < sent.end and doc[t.i + 1].lower_ in ("des", "der") \
                        and doc[t.i + 2].lower_ in _ALLIANCE and not (t.i - 2 >= sent.start and doc[t.i - 1].lower_ == "der"
                                                                      and doc[t.i - 2].tag_ in ("NN", "$(", "$")):
                    key = None  # "Kampfflugzeuge des Bündnisses" patrolling a no-fly zone are not jets for Ukraine
                if key == "fighter_jets" and _after_durch(doc, t.i, sent.start):
                    key = None  # "eine Durchsetzung durch westliche Kampfflugzeuge", "Ersatz durch gebrauchte Flugzeuge"
                if key == "fighter_jets" and t.lower_.startswith("nato-"):
                    key = None  # "wenn NATO-Kampfflugzeuge in den ukrainischen Luftraum flögen": the alliance's own
                if key in self.weapons and t.i + 1 < sent.end and (doc[t.i + 1].lemma_ or "").lower() in (
                        "niederlegen", "strecken", "schweigen"):
                    key = None  # "die Waffen niederzulegen": to surrender
                if key:
                    found.append(self._mk(doc, t.i, t.i + 1, key, "term"))
                    taken[t.i] = True
        for match_id, s, e in self.matcher(doc):
            name = doc.vocab.strings[match_id]
            key = name.split("|")[0]
            window = {t.lower_ for t in doc[max(s - 2, 0):min(e + 2, len(doc))]}
            if window & self.excludes[name]:
                continue
            span = doc[s:e]
            if span.sent.start != doc[e - 1].sent.start:
                continue
            if name in self.contains_term:
                # the act replaces the term it contains ("führt eine Nato-Kampfgruppe"), so that the act's verb is its cue
                found = [f for f in found if not (f.source == "term" and f.key == key and s <= f.start and f.end <= e)]
            if name in self.replaces:
                # an act around a match of the same proposal ("US-Soldaten würden nicht in der Ukraine kämpfen")
                # replaces the plain match it contains, so that its verb is the action
                found = [f for f in found if not (f.key == key and f.source.startswith("pattern:") and s <= f.start and f.end <= e
                                                  and (f.start, f.end) != (s, e))]
            if any(f.key == key and f.start < e and s < f.end for f in found):
                continue
            m = self._mk(doc, s, e, key, "pattern:" + name.split("|")[1])
            if name in self.opposite:
                m = ProposalMention(m.start, m.end, m.key, m.text, not m.negated, m.source, m.absorbs_cue)
            if self.absorbs.get(name):
                m = ProposalMention(m.start, m.end, m.key, m.text, m.negated, m.source, True)
            if name in self.supersedes:
                # "Strafmaßnahmen gegen den Energiesektor": the pattern names a more specific proposal
                # than the term it starts with or contains ("mehr Bodentruppen" for the Baltic states)
                found = [f for f in found if not (f.source == "term" and s <= f.start and f.end <= e)]
            found.append(m)
        # a pattern may override the patterns it names where they overlap ("keine Flugzeuge über die Ukraine
        # schicken" is the no-fly zone, not planes delivered)
        over = [(m, self.overrides[f"{m.key}|{m.source[8:]}"]) for m in found
                if m.source.startswith("pattern:") and f"{m.key}|{m.source[8:]}" in self.overrides]
        found = [f for f in found if not any(f.source[8:] in ids and f.source.startswith("pattern:") and f.start < m.end
                                             and m.start < f.end for m, ids in over)]
        found = [m for m in self._prefer_specific(doc, found) if not self._other_goods(doc, m) and not _threat(doc, m)
                 and not self._other_recipient(doc, m)
                 and not self._dependence(doc, m)]
        found = [self._stationed(doc, m, found) for m in found]
        # "jede Stationierung von NATO-Soldaten in der Ukraine": troops in Ukraine are no flank troops
        found = [m for m in found if not (m.key == "eastern_flank_troops" and any(
            f.key == "peace_mission" and f.start < m.end and m.start < f.end for f in found))]
        found = [m for m in found if not _lesser_alternative(doc, m, found)]
        return _typed(doc, sorted(found, key=lambda m: (m.start, m.key)))

    def _stationed(self, doc: Doc, m: ProposalMention, found: list[ProposalMention]) -> ProposalMention:
        """Weapons brought to the eastern flank, not to Ukraine: "Patriot-Systeme für die Kampfgruppe in der
        Slowakei bereitstellen", "Kampfflugzeuge ins Baltikum verlegt" reinforce the flank."""
        if m.key not in self.weapons:
            return m
        sent = doc[m.start].sent
        words = [t.lower_ for t in sent]
        if any(w.startswith(("ukrain", "kiew", "kyjiw")) for w in words):
            return m
        # the place belongs to the weapons' own clause ("Kreml warnt vor Waffenlieferungen – Gazprom stoppt
        # Lieferungen an Polen": not there)
        lo, hi = clause_bounds(doc, m.start)
        lo, hi = lo - sent.start, hi - sent.start
        # the place in a prepositional phrase ("in die Slowakei", "für die Slowakei"), not as the subject
        # ("Tschechien und die Slowakei haben Panzer geliefert"; Round 9, probe9)
        flank = any(words[k].startswith(tuple(self.lex.flank_places)) and k > lo and (
            words[k - 1] in ("in", "nach", "ins", "an", "im") or (words[k - 1] in ("der", "die", "den", "dem") and k - 1 > lo and words[k - 2] in (
                "in", "nach", "an", "für", "auf", "über", "aus"))) for k in range(lo, hi))
        flank = flank or any(f.key == "eastern_flank_troops" and doc[f.start].sent.start == sent.start for f in found)
        if not flank:
            return m
        return ProposalMention(m.start, m.end, "eastern_flank_troops", m.text, m.negated, m.source, m.absorbs_cue)

    def _dependence(self, doc: Doc, m: ProposalMention) -> bool:
        """Ending the dependence on Russian energy, not its imports: "seine Abhängigkeit von russischen
        Energieimporten so schnell wie möglich beenden" (kg/data/dependence_nouns.txt) is no embargo."""
        if m.key != "energy_embargo" or m.source == "term":
            return False
        sent = doc[m.start].sent
        for k in range(max(sent.start, m.start - 3), m.start):
            if doc[k].text in self.lex.dependence_nouns and k + 1 < len(doc) and doc[k + 1].lower_ in ("von", "vom"):
                return True
        return False

    def _other_goods(self, doc: Doc, m: ProposalMention) -> bool:
        """An energy embargo term about other goods: "ein Importverbot für Stahl aus Russland"."""
        if m.key != "energy_embargo" or m.source != "term":
            return False
        sent = doc[m.start].sent
        for k in range(m.end, min(m.end + 2, sent.end)):
            if doc[k].lower_ in ("für", "auf", "von"):
                nouns = [t for t in doc[k + 1:min(k + 5, sent.end)] if t.tag_ in ("NN", "NE")]
                return bool(nouns) and nouns[0].lower_.startswith(tuple(self.lex.non_energy_goods))
        return False

    def _other_recipient(self, doc: Doc, m: ProposalMention) -> bool:
        """Weapons for another country: "Beschränkungen für Rüstungsexporte in die Türkei", "Waffenlieferungen
        an Taiwan" are not the deliveries to Ukraine this debate is about."""
        if m.key != "arms_deliveries":
            return False  # (jets and tanks go to Ukraine through others: "MiG-29 an die USA übergeben", the Ringtausch)
        sent = doc[m.start].sent
        k = m.end
        if k >= sent.end or doc[k].lower_ not in ("an", "in", "nach"):
            return False
        k += 1
        if k < sent.end and doc[k].tag_ == "ART":
            k += 1
        for size in (3, 2, 1):
            name = doc[k:min(k + size, sent.end)].text
            label = self.lex.aliases.get(name)
            if label is not None and label in self.lex.actors:
                return self.lex.actors[label].type == "Country" and label != "Ukraine"
        return False

    def _mk(self, doc: Doc, s: int, e: int, key: str, source: str) -> ProposalMention:
        return ProposalMention(s, e, key, doc[s:e].text, _negated(doc, s, self.lex.decision_nouns), source)

    def _prefer_specific(self, doc: Doc, found: list[ProposalMention]) -> list[ProposalMention]:
        """Drop a broader mention (arms_deliveries) near a narrower one (fighter_jets) in the same sentence."""
        out = []
        for m in found:
            # also "Waffen und Ausrüstung im Wert von … zugesagt, darunter 90 Haubitzen": the example names the kind
            narrower = [f for f in found if self.narrower.get(f.key) == m.key
                        and doc[f.start].sent.start == doc[m.start].sent.start and (abs(f.start - m.start) <= 12 or (
                            f.start > m.end and any(t.lower_ in _INCLUDING for t in doc[m.end:f.start])
                            and not any(g.key == m.key and m.end <= g.start < f.start + 12 and g is not m for g in found)))]
            # (but "Rüstungsgüter, darunter Javelin-Raketen und Haubitzen" names both kinds, and so does
            # "Haubitzen und Munition": a specific kind of arms, kg/data/specific_arms.txt, stands of its own)
            if narrower and not any(w in m.text.lower() for w in self.lex.specific_arms):
                continue
            out.append(m)
        return out


# "Ausrüstung zum Schutz vor solchen Waffen", "Abwehr gegen Panzer": the weapons are the threat, not the aid
_PROTECTION = frozenset({"schutz", "schutzes", "abwehr", "verteidigung", "schutzausrüstung"})


def _after_durch(doc: Doc, i: int, start: int) -> bool:
    """Planes that act or replace ("durch westliche Kampfflugzeuge", "durch gebrauchte Flugzeuge"), not planes given."""
    k = i - 1
    while k > start and doc[k].tag_ in ("ADJA", "ART", "PIAT", "CARD"):
        k -= 1
    return k >= start and doc[k].lower_ == "durch" and doc[k].tag_ == "APPR"


def _threat(doc: Doc, m: ProposalMention) -> bool:
    k = m.start - 1
    while k >= 0 and doc[k].tag_ in ("ART", "ADJA", "PDAT", "PIAT", "PIDAT", "CARD") and m.start - k <= 3:
        k -= 1
    return k >= 1 and doc[k].lower_ in ("vor", "gegen") and doc[k - 1].lower_ in _PROTECTION


_INCLUDING = frozenset({"darunter", "einschließlich", "inklusive", "insbesondere"})

_STOP_NOUNS = frozenset({"einstellung", "ende", "aussetzung", "aufhebung", "lockerung", "rücknahme", "verzicht",
                        "abkehr", "beendigung", "stopp", "abbruch", "verringerung", "reduzierung", "abzug"})


def _fronted_alternative(doc: Doc, k: int) -> bool:
    """"Statt Panzerfäuste zu schicken, müsse die Regierung verhandeln": the infinitive opens the sentence (or
    the quote), so it names the alternative rejected, not a reproach ("…, statt endlich Panzer zu liefern")."""
    sent = doc[k].sent
    j = k - 1
    while j >= sent.start and (doc[j].is_space or doc[j].text in ('"', "„", "»", "«", "“")):
        j -= 1
    if j >= sent.start + 1 and doc[j].tag_ in ("VVINF", "VAINF") and doc[j - 1].tag_ == "PTKZU" or doc[j].tag_ == "VVIZU":
        return True  # "dafür, die Abhängigkeit schrittweise zu verringern statt abrupt auf Gas zu verzichten": the preferred step first
    return (j < sent.start or doc[j].text in (":", "-", "–")) and not any(x.lower_ == "endlich" for x in doc[k:min(k + 6, sent.end)])


def _negated(doc: Doc, s: int, decision_nouns: frozenset[str] = frozenset()) -> bool:
    """'keine NATO-Soldaten', 'keine schweren Waffen', 'Aufhebung der Sanktionen', 'Stopp der Waffenlieferungen',
    'statt Waffenlieferungen'."""
    g = s - 1
    while g > 0 and doc[g].tag_ in ("ART", "ADJA", "PIAT") and s - g <= 3:
        g -= 1
    if g >= 1 and doc[g].lower_ == "gegen" and doc[g - 1].tag_ == "NN" and (doc[g - 1].lemma_ or "").lower() in decision_nouns:
        return True  # "nannte die Entscheidung gegen eine Flugverbotszone richtig": the decision is a rejection
    k = s - 1
    steps = 0
    while k >= 0 and steps < 4:
        t = doc[k]
        if t.lower_.startswith("kein"):
            return not _denied_label(doc, k, s)
        if t.lower_ in ("statt", "anstatt", "anstelle") and (not any(
                x.tag_ in ("PTKZU", "VVIZU") for x in doc[s:min(len(doc), s + 8)]) or _fronted_alternative(doc, k)
                or any(x.lower_ == "immer" for x in doc[k + 1:s])):
            # ("…, statt immer neue Panzer zu schicken": more and more of it, rejected)
            # "statt immer neuer Waffenlieferungen brauche es Verhandlungen": the rejected alternative
            # (but "…, statt endlich Panzer zu liefern" is a reproach, not a rejection)
            return True
        if t.tag_ in ("APPR", "APPRART") and k >= 1 and doc[k - 1].lower_ in ("statt", "anstatt"):
            return True  # "das Geld solle für Familien ausgegeben werden statt für Waffen", "Statt auf ein Embargo …"
        if t.lower_ in _STOP_NOUNS and (k == s - 1 or doc[k + 1].lower_ in ("der", "des", "von", "auf", "aller")):
            return True
        if t.lower_ in ("der", "des", "von", "auf", "aller") and steps <= 1:
            k -= 1
            steps += 1
            if k >= 0 and doc[k].tag_ == "NN" and doc[k].lower_ not in _STOP_NOUNS:
                k -= 1  # "keinen Einsatz von NATO-Truppen": skip the head noun
            continue
        if t.tag_ in ("ADJA", "ADJD", "PIAT", "ADV", "CARD") or t.text in ('"', "„", "“", "»", "«", "-") or (
                t.tag_ == "ART" and k >= 2 and doc[k - 1].tag_ == "APPR" and doc[k - 2].lower_ in ("statt", "anstatt")):
            k -= 1
            steps += 1
            continue
        break
    return False


def _denied_label(doc: Doc, k: int, s: int) -> bool:
    """"Eine Schutztruppe ohne Zustimmung Moskaus ist keine Friedensmission, sondern eine Kriegserklärung":
    "kein" denies a predicate's label, and "sondern" gives the right one; the proposal is still what is
    judged (but "Wir brauchen keine Flugverbotszone, sondern Waffen" rejects it)."""
    sent = doc[s].sent
    before = [t for t in doc[sent.start:k] if t.tag_.startswith("VA") and (t.lemma_ or "").lower() in ("sein", "bleiben")]
    if not before or any(t.tag_ in ("VVFIN", "VMFIN") for t in doc[before[-1].i:k]):
        return False
    return any(t.lower_ == "sondern" for t in doc[s + 1:min(s + 6, sent.end)]) and doc[s + 1].text == ","


def _lesser_alternative(doc: Doc, m: ProposalMention, found: list[ProposalMention]) -> bool:
    """"Statt rotierender Bataillone brauche es dauerhaft stationierte Brigaden": the alternative replaced
    by more of the same proposal is no rejection of it."""
    if not m.negated:
        return False
    sent = doc[m.start].sent
    if not any(doc[k].lower_ in ("statt", "anstatt", "anstelle") for k in range(max(sent.start, m.start - 4), m.start)):
        return False
    return any(f.key == m.key and not f.negated and f is not m and doc[f.start].sent.start == sent.start for f in found)


_TYPE_WORDS = frozenset({"typ", "typs", "modell", "modells", "bauart"})


def _typed(doc: Doc, found: list[ProposalMention]) -> list[ProposalMention]:
    """A type named after its kind is one mention: "keine Kampfpanzer vom Typ Leopard" is the negated
    "Kampfpanzer" with the key of the type (the more specific one when they differ), not a second,
    affirmed "Leopard" next to the verb."""
    out: list[ProposalMention] = []
    for m in found:
        prev = out[-1] if out else None
        gap = [t.lower_ for t in doc[prev.end:m.start]] if prev is not None and prev.end <= m.start else None
        if gap and len(gap) <= 3 and gap[-1] in _TYPE_WORDS and all(w in _TYPE_WORDS | {"vom", "des", "der", "von"} for w in gap):
            out[-1] = ProposalMention(prev.start, m.end, m.key, doc[prev.start:m.end].text, prev.negated, prev.source,
                                      prev.absorbs_cue or m.absorbs_cue)
            continue
        out.append(m)
    return out
