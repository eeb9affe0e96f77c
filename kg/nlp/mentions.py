"""Actor mentions: gazetteer aliases, role titles with names, unseen names, groups, adjectives.

The recogniser works on a tagged spaCy ``Doc`` and returns :class:`Mention` records in
token coordinates. Resolving role-only mentions, surnames and pronouns to actors is the
job of :mod:`kg.nlp.coref`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token

from kg.lexicon import Lexicon, genitive, inflected

__all__ = ["Mention", "MentionFinder", "GOVERNMENT_HEADS", "CAPITALISED", "dateline_spans"]

# heads that turn a country or organisation prefix into the actor itself ("US-Regierung")
GOVERNMENT_HEADS = ("regierung", "regierungskreise", "regierungskreisen", "administration", "führung", "staatsführung", "kabinett", "seite", "außenministerium",
                    "verteidigungsministerium", "ministerium", "präsidialamt", "militär", "armee", "streitkräfte", "spitze")
ORG_INTRODUCERS = {"Gruppe", "Initiative", "Organisation", "Bewegung", "Verband", "Kampagne", "Netzwerk", "Bündnis",
                   "Aktivistengruppe", "Menschenrechtsorganisation", "Hilfsorganisation", "Denkfabrik", "Institut"}
_ORG_HEADS = ("gewerkschaft", "verband", "vereinigung", "initiative", "organisation", "netzwerk", "stiftung", "konzern",
              "hersteller")
# a word that starts with an upper-case letter of any alphabet ("Çavuşoğlu", "Łukasz", "Šefčovič")
CAPITALISED = re.compile(r"^(?=[^\W\d_a-zäöüß])[^\W\d_][^\W\d_]*(?:[-’'][^\W\d_]+)*[’']?$")
_NAME_STOP = frozenset({"Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Am",
                        "Im", "In", "Auf", "Nach", "Vor", "Zur", "Zum", "Bei", "Mit", "Für", "Auch", "Noch", "Und",
                        "Aber", "Doch", "So", "Wie", "Als", "Laut", "Seit", "Ende", "Anfang", "Mitte", "Montag",
                        "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Uhr", "Januar",
                        "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                        "November", "Dezember", "Regierung"})
_ADJ_ENDINGS = ("en", "er", "es", "em", "e")
_QUOTES = frozenset({'"', "„", "“", "”", "»", "«"})
_NAME_PARTICLES = frozenset({"von", "van", "de", "der", "zu", "di", "da", "al", "bin"})


@dataclass
class Mention:
    """A mention in token coordinates. ``actor`` is None until resolved (role-only, pronoun)."""

    start: int
    end: int
    actor: str | None
    type: str
    kind: str  # alias|name|role_name|role|group|adjective|prefix|capital|pronoun|possessive|place
    role: str = ""
    role_of: str | None = None
    party: str | None = None
    gender: str = ""
    head: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def holder_eligible(self) -> bool:
        return self.kind not in ("prefix", "place") and not self.extra.get("partitive") and not self.extra.get("title_owner")


@lru_cache(maxsize=1)
def _names():
    import gender_guesser.detector as gd  # first names with gender, offline data in the package

    return gd.Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def first_name_gender(word: str) -> str | None:
    """'m', 'f', '' (known first name, either gender) or None (not a known first name)."""
    if not word[:1].isupper() or "-" in word[1:] and not all(p[:1].isupper() for p in word.split("-")):
        return None
    g = _names().get_gender(word.split("-")[0])
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f", "andy": ""}.get(g)


_AGENCY = re.compile(r"^(dpa|AFP|Reuters|AP|epd|KNA|dts|APA|sid|rtr|afp|ap|dpa-AFX|SDA|Interfax|Ukrinform)$")


def dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """Agency datelines at a paragraph start: 'Washington (Reuters) -', 'Kiew/Warschau (dpa) –'.

    Computed once per doc (callers ask for every sentence) and kept in ``doc.user_data``.
    """
    if _DATELINES not in doc.user_data:
        doc.user_data[_DATELINES] = _dateline_spans(doc)
    return list(doc.user_data[_DATELINES])


_DATELINES = ("kg", "dateline_spans")


def _dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    out = []
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        for k, t in enumerate(toks[:8]):
            if t.text == "(" and k + 2 < len(toks) and _AGENCY.match(toks[k + 1].text) and toks[k + 2].text == ")":
                if k + 3 < len(toks) and toks[k + 3].text in ("-", "–", "—"):
                    out.append((toks[0].i, toks[k + 3].i + 1))
                break
            if t.text in ("–", "—", "-") and k > 0 and all(_is_cap(x) or x.text == "/" for x in toks[:k]) \
                    and toks[0].tag_ not in _DETERMINER_TAGS:  # not "Die Deutsche Friedensgesellschaft – …"
                out.append((toks[0].i, t.i + 1))  # "Kiew/Berlin – …"
                break
            if not (_is_cap(t) or t.text in ("/", "(", ")")):
                break
    return out


_SINGULAR_OBLIQUE = frozenset({"des", "dem", "eines", "einem", "seines", "seinem", "ihres", "ihrem", "dieses", "diesem"})


def _uninflected_title(t: Token, lex: Lexicon) -> str:
    """A masculine role title after a singular genitive or dative determiner without its case ending:
    "des Kanzlers", "dem Präsidenten", "nach Ansicht des Ökonomen", "eines Experten"."""
    if lex.role_head(t.text) is not None or t.i == 0 or t.doc[t.i - 1].lower_ not in _SINGULAR_OBLIQUE:
        return t.text
    for suffix in ("es", "s", "en", "n"):
        if t.text.endswith(suffix) and len(t.text) > len(suffix) + 3:
            r = lex.role_head(t.text[: -len(suffix)])
            if r is not None and not r[2]:
                return t.text[: -len(suffix)]
    return t.text


_DETERMINER_TAGS = frozenset({"ART", "PIAT", "PIDAT", "PDAT", "PPOSAT", "PWAT", "PIS", "PDS"})


def _is_cap(t: Token) -> bool:
    return t.text[:1].isupper() and bool(CAPITALISED.match(t.text))


class MentionFinder:
    """Finds actor mentions in tagged docs using a :class:`Lexicon`."""

    def __init__(self, nlp, lex: Lexicon) -> None:
        self.lex = lex
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        forms: dict[str, tuple[str, str]] = {}
        for surface, label in lex.aliases.items():
            lex.actors[label]
            kind = "alias"
            for f in {surface, genitive(surface)}:
                forms.setdefault(f, (label, kind))
        for surface, label in lex.aliases.items():
            # case forms of multi-word names: "des Deutschen Gewerkschaftsbundes", "des Auswärtigen Amtes"
            if lex.actors[label].type != "Person":
                for f in sorted(inflected(surface)):
                    forms.setdefault(f, (label, "alias"))
        for surface, label in lex.aliases.items():
            # press reviews print the outlet in capitals: "Die FRANKFURTER ALLGEMEINE ZEITUNG meint: …"
            if lex.actors[label].type == "Organisation" and len(surface) >= 4 and any(c.islower() for c in surface):
                forms.setdefault(surface.upper(), (label, "alias"))
        for cap, label in lex.capitals.items():
            forms.setdefault(cap, (label, "capital"))
            forms.setdefault(genitive(cap), (label, "capital"))
        self.forms = forms
        for f, (label, kind) in sorted(forms.items()):
            key = f"{kind}|{label}"
            self.matcher.add(key, [nlp.make_doc(f)])

    # ------------------------------------------------------------------ helpers
    def _prefix_actor(self, prefix: str) -> str | None:
        if "-" in prefix:
            p = prefix.split("-")[0]
        else:
            for pre, label in sorted(self.lex.prefixes.items(), key=lambda kv: -len(kv[0])):
                if prefix.startswith(pre):
                    return label or None
            return None
        if not p:
            return None
        if p in self.lex.prefixes:
            return self.lex.prefixes[p] or None
        if True:
            if p in self.lex.aliases:
                return self.lex.aliases[p]
            if p in self.lex.capitals:
                return self.lex.capitals[p]
            low = p.lower()
            if low in self.lex.adjectives:
                return self.lex.adjectives[low]
        return None

    def _capital_spoken_of(self, doc: Doc, j: int) -> str | None:
        """The country of a foreign capital right after the comma of "X erklärte, <Capital> …"."""
        sent_end = doc[j].sent.end if j < len(doc) else j
        for k in range(j, min(j + 4, sent_end - 1)):
            if doc[k].text == "," and doc[k + 1].text in self.lex.capitals:
                country = self.lex.capitals[doc[k + 1].text]
                return country if country != "Deutschland" else None
        return None

    def _capital_before(self, doc: Doc, i: int) -> str | None:
        """The country of a foreign capital after "in"/"aus" earlier in the sentence of token ``i``."""
        sent = doc[i].sent
        for k in range(sent.start, i - 1):
            found = _capital_at(doc, k + 1, self.lex) if doc[k].lower_ in ("in", "aus") else None
            if found is not None:
                return found[0] if found[0] != "Deutschland" else None
        return None

    def _dateline_country(self, doc: Doc) -> str | None:
        """The country of the article's first dateline when it is a single foreign capital ("Paris (AFP) -")."""
        spans = dateline_spans(doc)
        if spans:
            s0, e0 = spans[0]
            places = {self.lex.capitals[t.text] for t in doc[s0:e0] if t.text in self.lex.capitals}
            return places.pop() if len(places) == 1 else None
        # a correspondent's line: "Aus Paris berichtet Claire Lindemann"
        for sent in list(doc.sents)[:4]:
            toks = [t for t in sent if not t.is_space]
            if len(toks) >= 3 and toks[0].lower_ == "aus" and toks[1].text in self.lex.capitals \
                    and (toks[2].lemma_ or "").lower() == "berichten":
                return self.lex.capitals[toks[1].text]
        return None

    def country_adjective(self, t: Token) -> str | None:
        """'polnische' -> 'Polen' (inflected ADJA/ADJD forms of a country adjective)."""
        low = t.text.lower()
        if not low[:1].isalpha() or t.text[:1].isupper() and t.i > t.sent.start:
            # capitalised adjectives are nouns ("Deutsche") unless sentence-initial
            if not (t.text[:1].isupper() and t.i == t.sent.start):
                return None
        for end in _ADJ_ENDINGS:
            if low.endswith(end) and low[: -len(end)] in self.lex.adjectives:
                return self.lex.adjectives[low[: -len(end)]]
        return None

    def role_of_token(self, t: Token):
        """Return (RoleHead, prefix, feminine) if ``t`` is a role title noun."""
        if not _is_cap(t) or t.tag_ not in ("NN", "NE", "ADJA", ""):
            if not (_is_cap(t) and t.tag_.startswith("N")):
                return None
        r = self.lex.role_head(_uninflected_title(t, self.lex))
        if r is None:
            return None
        head, prefix, fem = r
        if prefix and prefix[-1:] not in "-" and len(prefix) < 3 and prefix.lower() not in ("ex",):
            return None
        return r

    def _quoted_outlet(self, doc: Doc, i: int) -> Mention | None:
        """'Die „Volksstimme“ aus Magdeburg hält dagegen: …': an opening quotation mark after a definite
        article, one to four capitalised words, the closing mark, an optional "aus <Stadt>", then a verb of
        saying or commenting (or "hält dagegen") and a colon. None when the pattern does not hold."""
        n = len(doc)
        if doc[i].text not in ("„", "»", '"') or i == 0 or doc[i - 1].lower_ not in ("die", "der", "das"):
            return None
        j = i + 1
        while j < n and j < i + 5 and _is_cap(doc[j]) and doc[j].tag_ not in ("VVFIN", "VAFIN", "VMFIN"):
            j += 1
        if j == i + 1 or j >= n or doc[j].text not in _QUOTES:
            return None
        k = j + 1
        if k + 1 < n and doc[k].lower_ == "aus" and doc[k + 1].tag_ == "NE":
            k += 2
        if k >= n or doc[k].tag_ != "VVFIN":
            return None
        lemma = (doc[k].lemma_ or "").lower()
        if not (lemma in self.lex.speech_verbs or lemma in self.lex.comment_verbs
                or (lemma == "halten" and k + 1 < n and doc[k + 1].lower_ == "dagegen")):
            return None
        if not any(doc[x].text == ":" for x in range(k + 1, min(k + 4, n))):
            return None  # the review's colon before the quoted comment: 'meint:', 'hält dagegen:', 'schreibt heute:'
        return Mention(i - 1, j + 1, doc[i + 1:j].text, "Organisation", "name", extra={"introducer": "outlet"})

    def _capital_outlet(self, doc: Doc, i: int) -> Mention | None:
        """'Die STUTTGARTER NACHRICHTEN meinen: …', 'Die BADISCHE ZEITUNG aus Freiburg sieht es anders: …', 'In
        den NÜRNBERGER NACHRICHTEN heißt es: …': a press review's title in capitals after an article, an
        optional "aus <Stadt>", a verb of saying or commenting and a colon. The label is the title in
        ordinary case ("Stuttgarter Nachrichten"). A single short word in capitals is an acronym, not this."""
        n = len(doc)
        if i == 0 or doc[i - 1].lower_ not in ("die", "der", "das", "den", "dem"):
            return None
        j = i
        while j < n and j < i + 4 and len(doc[j].text) > 1 and doc[j].text.isalpha() and doc[j].text.isupper():
            j += 1
        if j == i or (j == i + 1 and len(doc[i].text) <= 4):
            return None
        k = j + 2 if j + 1 < n and doc[j].lower_ == "aus" and doc[j + 1].tag_ == "NE" else j
        if k >= n or not doc[k].text.islower():
            return None
        lemma = (doc[k].lemma_ or "").lower()
        if not (lemma in self.lex.speech_verbs or lemma in self.lex.comment_verbs or doc[k].lower_ in ("heißt", "hieß")
                or lemma in ("halten", "blicken", "schreiben")):
            return None
        if not any(doc[x].text == ":" for x in range(k + 1, min(k + 5, n))):
            return None
        label = " ".join(w.capitalize() for w in doc[i:j].text.split())
        return Mention(i - 1, j, label, "Organisation", "name", extra={"introducer": "outlet"})

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> list[Mention]:
        lex = self.lex
        taken = [False] * len(doc)
        out: list[Mention] = []

        surnames: dict[str, str] = {}
        multi_surnames: dict[str, str] = {}  # 'von der Leyen', 'Le Pen' -> full name, per article

        def add(m: Mention) -> None:
            for k in range(m.start, m.end):
                taken[k] = True
            out.append(m)
            # (a gazetteer person named in full too: "Wladimir Klitschko … sagte Klitschko" is not his brother)
            if m.type == "Person" and m.actor and " " in m.actor and (m.kind in ("name", "role_name") or (
                    m.kind == "alias" and m.end - m.start >= 2)):
                last = m.actor.split()[-1]
                surnames.setdefault(last, m.actor)
                surnames.setdefault(genitive(last), m.actor)
                rest = m.actor.split(" ", 1)[1]
                if " " in rest:
                    multi_surnames[rest] = m.actor

        # 1. gazetteer aliases (longest first)
        matches = sorted(self.matcher(doc), key=lambda x: (-(x[2] - x[1]), x[1]))
        alias_spans: list[tuple[int, int, str, str]] = []
        for match_id, s, e in matches:
            if any(taken[s:e]):
                continue
            kind, label = doc.vocab.strings[match_id].split("|", 1)
            if doc[s:e].text.isupper() and doc[s:e].text not in lex.aliases and e < len(doc) and doc[e].text.strip("*") in (":", "") \
                    and (s == doc[s].sent.start or doc[s - 1].is_space or doc[s - 1].text.strip("*") == ""):
                # "SPIEGEL: Herr Minister, …": an interviewer's turn label at the start of its line, not the
                # outlet's voice (but "Zum Schluss die britische Zeitung THE GUARDIAN: „…“" names the outlet)
                continue
            if e == s + 1 and s > 0 and lex.actors[label].type == "Person" and _is_cap(doc[s - 1]) \
                    and doc[s - 1].text != label.split()[0] and first_name_gender(doc[s - 1].text) is not None \
                    and doc[s - 1].tag_ == "NE":
                continue  # "Michael Schulze" is not Svenja Schulze: another first name before a known surname
            if e == s + 1 and e < len(doc) and lex.actors[label].type == "Person" and doc[s].text != label.split()[0] \
                    and first_name_gender(doc[s].text) is not None and _is_cap(doc[e]) and doc[e].tag_ == "NE" \
                    and doc[e].text not in _NAME_STOP and not any(x[1] == e for x in matches):
                continue  # "Gabriel Felbermayr" is not Sigmar Gabriel: a known surname used as a first name
            if e == s + 1 and s > 0 and lex.actors[label].type == "Organisation" and doc[s].text in lex.demonyms \
                    and doc[s - 1].lower_ in ("der", "die") and not (e < len(doc) and _is_cap(doc[e])):
                continue  # "sagte der Grüne": a party's politician, not the party ("die Grünen")
            if e == s + 1 and s > 0 and lex.actors[label].type == "Organisation" and doc[s].tag_ == "NN" and (
                    doc[s - 1].lower_.startswith(("ein", "kein")) or (
                        s > 1 and doc[s - 1].tag_ == "ADJA" and doc[s - 2].lower_.startswith(("ein", "kein")))):
                continue  # "zeigte ein gespaltenes Bild": a common noun, not the newspaper (never indefinite)
            alias_spans.append((s, e, label, kind))
            for k in range(s, e):
                taken[k] = True
        taken = [False] * len(doc)
        alias_at = {s: (s, e, label, kind) for s, e, label, kind in alias_spans}

        for s0, e0 in dateline_spans(doc):
            for k in range(s0, e0):
                taken[k] = True
        i = 0
        n = len(doc)
        while i < n:
            t = doc[i]
            if taken[i] or t.is_space:
                i += 1
                continue
            # role title, possibly followed by a name
            role = self.role_of_token(t)
            if role is not None and not (i in alias_at and lex.actors[alias_at[i][2]].type != "Person"):
                m = self._role_mention(doc, i, role, alias_at)
                if m is not None:
                    add(m)
                    i = m.end
                    continue
            multi = next((sn for sn in multi_surnames if doc[i:i + len(sn.split())].text == sn), None)
            if multi and i not in alias_at:
                e2 = i + len(multi.split())
                add(Mention(i, e2, multi_surnames[multi], "Person", "alias"))
                i = e2
                continue
            # (also a known surname that this article gave to someone else: "Michael Schulze … Schulze")
            other = i in alias_at and alias_at[i][1] == i + 1 and lex.actors[alias_at[i][2]].type == "Person" \
                and surnames.get(t.text, alias_at[i][2]) != alias_at[i][2]
            if t.text in surnames and (i not in alias_at or other) and _is_cap(t):
                m = Mention(i, i + 1, None, "Person", "surname", head=t.text.rstrip("'"))
                m.end = self._party_suffix(doc, i + 1, m)
                add(m)
                i = m.end
                continue
            if i in alias_at:
                s, e, label, kind = alias_at[i]
                typ = lex.actors[label].type
                surf = doc[s:e].text
                if e < n and typ in ("Country", "Organisation") and surf.endswith(("s", "'")) and surf not in lex.aliases:
                    nxt_role = self.role_of_token(doc[e])
                    if nxt_role is not None:
                        m = self._role_mention(doc, e, nxt_role, alias_at, genitive_of=label, start=s)
                        if m is not None:
                            add(m)
                            i = m.end
                            continue
                if kind == "capital" and s > 0 and doc[s - 1].lower_ in ("in", "nach", "aus", "im", "von") and typ == "Country":
                    add(Mention(s, e, lex.places.get(doc[s:e].text, doc[s:e].text), "Place", "place"))
                    i = e
                    continue
                # a known alias followed by further name tokens is a longer, unknown name ("Promote Ukraine")
                if s > 0 and doc[s - 1].text in ORG_INTRODUCERS:
                    pass
                elif typ == "Organisation" and e < n and doc[e].text in lex.regions:
                    add(Mention(s, e + 1, f"{label} {doc[e].text}", "Organisation", "name"))  # "DGB Sachsen"
                    i = e + 1
                    continue
                else:
                    m = Mention(s, e, label, typ, kind)
                    if typ == "Person":
                        m.gender = lex.actors[label].gender
                        e2 = self._party_suffix(doc, e, m)
                        m.end = e2
                    add(m)
                    i = m.end
                    continue
            if t.text in lex.places and _is_cap(t) and t.tag_ != "ADJA":
                add(Mention(i, i + 1, lex.places[t.text], "Place", "place"))
                i += 1
                continue
            # "die Regierung von Ministerpräsident Viktor Orbán", "die Regierung Orbán": the country the
            # named head of government leads (the gazetteer's role "Ministerpräsident@Ungarn")
            if t.text == "Regierung" and i > 0 and doc[i - 1].tag_ == "ART":
                led = self._government_of_leader(doc, i + 1)
                if led is not None:
                    add(Mention(i, i + 1, led, "Country", "alias"))
                    i += 1
                    continue
            # "die Regierung" alone: the government of the country the article is about (resolved later)
            if t.text in ("Regierungskreise", "Regierungskreisen") and not (i + 1 < n and doc[i + 1].lower_ == "in") and not (
                    i > 0 and self.country_adjective(doc[i - 1])):
                add(Mention(i, i + 1, None, "Country", "government"))  # "aus Regierungskreisen hieß es"
                i += 1
                continue
            if t.text == "Regierung" and i > 0 and doc[i - 1].lower_ in ("die", "der") and not (
                    i + 1 < n and doc[i + 1].lower_ in ("in", "der", "des", "von")) and not (
                    i > 1 and self.country_adjective(doc[i - 2]) is None and doc[i - 2].tag_ == "ADJA"):
                if not (i > 1 and self.country_adjective(doc[i - 2])):
                    add(Mention(i, i + 1, None, "Country", "government"))
                    i += 1
                    continue
            # "die Regierung in Budapest": the country of the capital
            if t.text in ("Regierung", "Staatsführung", "Führung", "Regierungskreise", "Regierungskreisen", "Außenministerium",
                          "Verteidigungsministerium", "Wirtschaftsministerium", "Finanzministerium", "Präsidialamt",
                          "Präsidentenamt", "Kabinett") and i + 2 < n \
                    and doc[i + 1].lower_ == "in" and _capital_at(doc, i + 2, lex) is not None:
                country, end = _capital_at(doc, i + 2, lex)
                add(Mention(i, end, country, "Country", "alias"))
                i = end
                continue
            # hyphen compounds with an actor prefix: "US-Regierung", "EU-Gipfel", "Kreml-Sprecher"
            if "-" in t.text[1:-1] and _is_cap(t):
                m = self._prefix_mention(doc, i)
                if m is not None:
                    add(m)
                    i = m.end
                    continue
            # a quoted newspaper title that speaks: 'Die „Lausitzer Rundschau“ (aus Cottbus) warnt: …',
            # 'Der „Tagesspiegel“ meint: …' (press reviews name outlets the gazetteer does not know)
            outlet = (self._quoted_outlet(doc, i) or self._capital_outlet(doc, i)) if i + 1 not in alias_at else None
            if outlet is not None:
                add(outlet)
                i = outlet.end
                continue
            # named organisation after an introducer: "die Gruppe Promote Ukraine"
            if (t.text in ORG_INTRODUCERS or (t.tag_.startswith("N") and t.text.endswith(_ORG_HEADS))) and i + 1 < n:
                q = i + 2 if doc[i + 1].text in _QUOTES and i + 2 < n else i + 1
                if _is_cap(doc[q]) and doc[q].text not in _NAME_STOP:
                    j = q
                    while j < n and j < q + 5 and _is_cap(doc[j]) and (doc[j].tag_.startswith("N") or doc[j].tag_ in ("FM", "ADJA")) and doc[j].text not in _NAME_STOP:
                        j += 1
                    if j > q:
                        label = doc[q:j].text
                        if j == q + 1 and q == i + 1 and (t.text in ("Netzwerk", "Bündnis", "Aktionsbündnis", "Verband")
                                                          or t.text.startswith(("Bundesverband", "Landesverband"))):
                            label = f"{t.text} {label}"  # a one-word name is part of the proper name
                        end = j + 1 if q > i + 1 and j < n and doc[j].text in _QUOTES else j
                        add(Mention(i, end, label, "Organisation", "name", extra={"introducer": t.text}))
                        i = end
                        continue
            # "Der Verband lehnt ein Embargo ab": a definite organisation noun without a name of its own
            # refers back to the organisation named last (resolved by coreference)
            if (t.text in lex.organisation_nouns and t.text not in lex.group_nouns and i > 0
                    and doc[i - 1].lower_ in ("der", "die", "das", "dem", "den", "des")
                    and i not in alias_at and not (i + 1 < n and (doc[i + 1].tag_ in ("ART", "NE") or doc[i + 1].text in _QUOTES
                                                                   or (_is_cap(doc[i + 1]) and doc[i + 1].tag_.startswith("N"))))):
                add(Mention(i, i + 1, None, "Organisation", "orgref", head=t.text))
                i += 1
                continue
            # nationality and party nouns: "der Norweger", "die Republikanerin", "des Norwegers", "des Briten"
            # (resolved by coreference)
            demonym = _demonym(t.text, doc[i - 1].lower_ if i > 0 else "", lex)
            if demonym is not None and (t.text in lex.demonyms or i not in alias_at):
                target, gender = demonym
                add(Mention(i, i + 1, None, "Person", "demonym", gender=gender, head=target))
                i += 1
                continue
            # group nouns: "rund 50 Aktivisten", and their compounds: "Tausende Friedensaktivisten"
            group = lex.group_nouns.get(t.text) or _group_compound(t, lex.group_nouns)
            if group:
                add(Mention(i, i + 1, None, "Group", "group", head=group))
                i += 1
                continue
            # unseen names: a known first name followed by capitalised name tokens ("Sahra Wagenknecht")
            # (a month that is also a first name counts after a title noun: "die Schriftstellerin Juli Zeh")
            month_name = t.text in _MONTH_FIRST_NAMES and i > 0 and doc[i - 1].tag_ == "NN" \
                and doc[i - 1].text not in ("Anfang", "Ende", "Mitte", "Monat", "Jahr")
            # (not a word in capitals: "THE GUARDIAN", "EL PAÍS" in a press review are outlets)
            if (_is_cap(t) and (t.text not in _NAME_STOP or month_name) and t.text not in lex.places and i not in alias_at
                    and not (t.text.isupper() and len(t.text) > 1)
                    and t.tag_ not in _DETERMINER_TAGS  # "Alle Staaten" ("Alle" is also a first name)
                    and first_name_gender(t.text) is not None and i + 1 < n and _is_cap(doc[i + 1])
                    and doc[i + 1].text not in _NAME_STOP and (i + 1) not in alias_at
                    and not self.role_of_token(doc[i + 1]) and not (doc[i + 1].tag_.startswith("V") and doc[i + 1].is_sent_start)):
                j = self._name_after(doc, i, alias_at)
                if j - i >= 2:
                    m = Mention(i, j, doc[i:j].text, "Person", "name", gender=first_name_gender(t.text) or "")
                    m.end = self._party_suffix(doc, j, m)
                    add(m)
                    i = m.end
                    continue
            # unseen names: a run of capitalised NE tokens
            if t.tag_ == "NE" and _is_cap(t) and t.text not in _NAME_STOP and t.text not in lex.places:
                j = i
                while j < n and j < i + 4 and _is_cap(doc[j]) and doc[j].tag_ in ("NE", "FM") and doc[j].text not in _NAME_STOP and j not in alias_at \
                        and not (j > i and "-" in doc[j].text and lex.role_head(doc[j].text)):
                    j += 1  # (a role title ends the run: "Sachsens AfD-Chef Jörg Urban")
                if j - i >= 2:
                    nxt = doc[j] if j < n else None
                    personish = nxt is not None and (nxt.text == "(" or (nxt.tag_.startswith("VV") and (nxt.lemma_ or "").lower() in lex.speech_verbs))
                    # unknown proper-noun pairs: people when a party tag or speech verb follows,
                    # otherwise organisations ("Pax Christi", "DGB Sachsen")
                    # (a run in capitals is an outlet in a press review: "THE NEW YORK TIMES schreibt")
                    capitals = all(x.text.isupper() and len(x.text) > 1 for x in doc[i:j])
                    typ = "Person" if personish and not capitals else "Organisation"
                    m = Mention(i, j, doc[i:j].text, typ, "name")
                    m.end = self._party_suffix(doc, j, m)
                    add(m)
                    i = m.end
                    continue
                if j - i == 1:
                    # a single unknown proper name: a surname for coreference, or a place
                    word = t.text
                    if word in lex.places:
                        add(Mention(i, i + 1, lex.places[word], "Place", "place"))
                    else:
                        m = Mention(i, i + 1, None, "Person", "surname", head=word)
                        m.end = self._party_suffix(doc, i + 1, m)
                        add(m)
                        i = m.end
                        continue
                    i += 1
                    continue
            # places
            if t.text in lex.places and _is_cap(t):
                add(Mention(i, i + 1, lex.places[t.text], "Place", "place"))
                i += 1
                continue
            # country adjectives: "der polnische Vorstoß", "die niederländische Regierung"
            if t.tag_ in ("ADJA", "ADJD") or (t.i == t.sent.start and t.text[:1].isupper()):
                label = self.country_adjective(t)
                if label is not None:
                    nxt = doc[i + 1] if i + 1 < n else None
                    if nxt is not None and nxt.lower_.endswith(GOVERNMENT_HEADS) and _is_cap(nxt):
                        add(Mention(i, i + 2, label, "Country", "alias"))
                        i += 2
                        continue
                    stem = next((a for a in self.lex.actors[label].adjectives if t.lower_.startswith(a.lower())), None)
                    if nxt is not None and nxt.text == "Parlament" and label != "Deutschland" and stem:
                        # "das estnische Parlament" is not the Bundestag
                        add(Mention(i, i + 2, f"{stem[:1].upper()}{stem[1:]}es Parlament", "Organisation", "name"))
                        i += 2
                        continue
                    add(Mention(i, i + 1, label, "Country", "adjective"))
                    i += 1
                    continue
            # "sein Land", "ihr Land": the country of the person spoken about
            # (also "seine Regierung", and in a relative clause: "Szijjártó, dessen Regierung Waffenlieferungen ablehnt")
            if (t.lower_ in ("sein", "ihr", "seines", "ihres", "dessen", "deren") and i + 1 < n and doc[i + 1].text in ("Land", "Landes")) \
                    or (t.lower_ in ("seine", "ihre", "seiner", "ihrer", "dessen", "deren") and i + 1 < n and doc[i + 1].text == "Regierung"):
                add(Mention(i, i + 2, None, "Country", "possessive"))
                i += 2
                continue
            # "seine Partei", "ihre Fraktion": the party of the person spoken about
            if t.lower_ in ("seine", "ihre", "seiner", "ihrer", "dessen", "deren") and i + 1 < n and doc[i + 1].text in ("Partei", "Fraktion"):
                add(Mention(i, i + 2, None, "Organisation", "possessive", head="party"))
                i += 2
                continue
            i += 1
        out.sort(key=lambda m: m.start)
        out = sorted(out + self._meeting_members(doc, out, taken), key=lambda m: m.start)
        out = sorted(out + self._organisers(doc, out, taken), key=lambda m: m.start)
        out = sorted(out + self._delegates(doc, out, taken), key=lambda m: m.start)
        for m in out:
            if m.type in ("Organisation", "Country") and m.kind not in ("name",) and _partitive(doc, m.start):
                m.extra["partitive"] = True  # "Stimmen in der SPD", "Teile der Grünen": not the party as a whole
        starts = {m.start: m for m in out}
        for m in out:
            # "Polens Regierungspartei PiS": a genitive before the title of a named organisation is its owner,
            # not the subject
            if m.type == "Country" and m.kind == "alias" and m.end == m.start + 1 and doc[m.start].text.endswith("s") \
                    and m.end + 1 < len(doc) and doc[m.end].tag_ == "NN" and (nxt := starts.get(m.end + 1)) is not None \
                    and nxt.type == "Organisation" and nxt.kind == "alias":
                m.extra["title_owner"] = True
        return out

    # ------------------------------------------------------------------ pieces
    def _party_suffix(self, doc: Doc, j: int, m: Mention) -> int:
        """'Christine Lambrecht (SPD)' -> party SPD; returns the new end."""
        if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].text in self.lex.party_forms:
            m.party = self.lex.party_forms[doc[j + 1].text]
            return j + 3
        return j

    def _name_after(self, doc: Doc, j: int, alias_at: dict) -> int:
        """End of a person name starting at j (j if none): 'Olaf Scholz', 'Ursula von der Leyen'."""
        n = len(doc)
        k = j
        while k < n and k < j + 5 and not doc[k].is_space:
            t = doc[k]
            if t.lower_ in _NAME_PARTICLES and k == j + 1:
                q = k
                while q < n and doc[q].lower_ in _NAME_PARTICLES and q < k + 2:
                    q += 1
                if q < n and _is_cap(doc[q]) and doc[q].text not in _NAME_STOP and not doc[q].tag_.startswith("V"):
                    k = q
                    continue
                break
            month_first = k == j and t.text in _MONTH_FIRST_NAMES and k + 1 < n and _is_cap(doc[k + 1]) \
                and doc[k + 1].text not in _NAME_STOP and j > 0 and doc[j - 1].tag_ == "NN"
            if not _is_cap(t) or (t.text in _NAME_STOP and not month_first):
                break
            if k in alias_at and self.lex.actors[alias_at[k][2]].type != "Person":
                break
            if self.lex.role_head(t.text) and k == j:
                break
            # a capitalised "verb" right after a first name is a surname the tagger misread ("Carola Wendt")
            if (t.tag_.startswith("V") and not (k == j + 1 and not t.is_sent_start)) or t.tag_ in ("ART", "APPR", "KON", "PPER"):
                break
            k += 1
        while k > j and doc[k - 1].lower_ in _NAME_PARTICLES:
            k -= 1
        return k

    def _meeting_members(self, doc: Doc, found: list[Mention], taken: list[bool]) -> list[Mention]:
        """"Die Außenminister vereinbarten in Brüssel, …" after "Beim Treffen der Nato in Brüssel …": a
        sentence opening with "Die" (and "Vertreter der", a number: "Die Vertreter der 27 Mitgliedstaaten")
        and a bare plural title of ministers or members meeting as a body
        (kg/data/meeting_members.tsv), right before its finite verb, names the body whose mention is nearest
        before in the article (the meeting is usually named in the lead)."""
        lex = self.lex
        out: list[Mention] = []
        for sent in doc.sents:
            toks = [t for t in sent if not t.is_space]
            if len(toks) < 3 or toks[0].lower_ != "die":
                continue
            j = 1
            if toks[j].text in ("Vertreter", "Vertreterinnen", "Botschafter") and j + 1 < len(toks) and toks[j + 1].lower_ == "der":
                j += 2  # "Die Vertreter der 27 Mitgliedstaaten"
            if j < len(toks) and toks[j].tag_ == "CARD":
                j += 1
            if j + 1 >= len(toks) or toks[j].text not in lex.meeting_members or taken[toks[j].i]:
                continue
            # the finite verb right after it ("beschlossen" may be read as a participle when nothing else is finite)
            v = toks[j + 1]
            if not (v.tag_.endswith("FIN") or (v.tag_ == "VVPP" and not any(t.tag_.endswith("FIN") for t in toks))):
                continue
            bodies = [m for m in found if m.start < sent.start and m.actor in lex.meeting_bodies]
            if bodies:
                out.append(Mention(toks[0].i, toks[j].i + 1, bodies[-1].actor, "Organisation", "alias"))
        return out

    def _organisers(self, doc: Doc, found: list[Mention], taken: list[bool]) -> list[Mention]:
        """"Das Netzwerk Friedenskooperative erklärte, … . Zugleich lehnten die Organisatoren Waffenlieferungen
        ab": "die Organisatoren/Veranstalter" (kg/data/organiser_nouns.txt) as a subject (sentence-initial, or
        right after the finite verb) are the organisation named last before them in the paragraph, or else the
        group named last ("die Friedensaktivisten")."""
        lex = self.lex
        out: list[Mention] = []
        for t in doc:
            if t.text not in lex.organiser_nouns or taken[t.i] or t.i < 1 or doc[t.i - 1].lower_ != "die":
                continue
            art = doc[t.i - 1]
            if not _subject_at(doc, art.i) or (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("der", "des", "von")):
                continue
            # back to the paragraph's start
            lo = t.i
            while lo > 0 and not (doc[lo - 1].is_space and "\n" in doc[lo - 1].text):
                lo -= 1
            orgs = [m for m in found if lo <= m.start < art.i and m.actor and m.type == "Organisation"
                    and m.actor not in lex.party_country and m.kind in ("name", "alias")
                    and not (m.actor in lex.actors and lex.actors[m.actor].type == "Country")]
            groups = [m for m in found if lo <= m.start < art.i and m.type == "Group" and m.kind == "group"]
            if orgs:
                out.append(Mention(art.i, t.i + 1, orgs[-1].actor, "Organisation", "alias"))
            elif groups:
                # "Die Friedensaktivisten wandten sich gegen … . Auch … lehnen die Organisatoren ab": the group
                out.append(Mention(art.i, t.i + 1, None, "Group", "group", head=groups[-1].head))
        return out

    def _delegates(self, doc: Doc, found: list[Mention], taken: list[bool]) -> list[Mention]:
        """"Die Delegierten beschlossen am Samstag einen Antrag, …", "Die Mehrheit der Delegierten lehnte es ab":
        the members of a party congress (kg/data/delegate_nouns.txt) as the subject are the party named last
        before them in the article."""
        lex = self.lex
        out: list[Mention] = []
        for t in doc:
            if t.text not in lex.delegate_nouns or taken[t.i] or t.i < 1 or doc[t.i - 1].lower_ not in ("die", "der"):
                continue
            art = doc[t.i - 1]
            start = art.i
            if art.lower_ == "der":
                # "Die Mehrheit der Delegierten"
                if not (art.i >= 2 and doc[art.i - 1].lower_ == "mehrheit" and doc[art.i - 2].lower_ == "die"):
                    continue
                start = art.i - 2
            if not _subject_at(doc, start):
                continue
            parties = [m for m in found if m.start < start and m.actor in lex.party_country
                       and m.kind in ("name", "alias", "prefix")]
            if parties:
                out.append(Mention(start, t.i + 1, parties[-1].actor, "Organisation", "alias"))
        return out

    def _government_of_leader(self, doc: Doc, j: int) -> str | None:
        """The country whose government a person named at ``j`` leads: "von Ministerpräsident Viktor Orbán",
        "des Kanzlers Olaf Scholz", "Orbán"; the person must be in the gazetteer with a role of a country."""
        lex = self.lex
        n = len(doc)
        k = j
        if k < n and doc[k].lower_ in ("von", "des"):
            k += 1
        while k < n and k < j + 3 and doc[k].tag_ in ("NN", "ADJA") and doc[k].text not in lex.aliases:
            k += 1  # the title: "Ministerpräsident", "des Kanzlers"
        for e in range(min(n, k + 3), k, -1):
            label = lex.aliases.get(doc[k:e].text, doc[k:e].text if doc[k:e].text in lex.actors else None)
            entry = lex.actors.get(label) if label else None
            if entry is None or entry.type != "Person":
                continue
            heads = [r.of for r in entry.roles if r.of and r.of in lex.actors and lex.actors[r.of].type == "Country"
                     and r.title.lower().endswith(tuple(lex.government_leaders))]
            return heads[0] if heads else None
        return None

    def _role_mention(self, doc: Doc, i: int, role, alias_at: dict, genitive_of: str | None = None,
                      start: int | None = None) -> Mention | None:
        lex = self.lex
        head, prefix, fem = role
        t = doc[i]
        title = _uninflected_title(t, lex)
        of = genitive_of or self._prefix_actor(prefix)
        if of == "Deutschland" and not genitive_of and prefix.startswith("Regierungs"):
            # "Regierungssprecher Gabriel Attal" in a report datelined "Paris (AFP) -": that capital's government;
            # "In Warschau verteidigte Regierungssprecher Piotr Müller den Vorschlag": the capital named before
            of = self._capital_before(doc, i) or self._dateline_country(doc) or of
        party = None
        if prefix.rstrip("-") in self.lex.party_forms:
            party = self.lex.party_forms[prefix.rstrip("-")]
            of = None
        elif "-" in prefix and prefix.split("-")[0] in self.lex.party_forms:
            party = self.lex.party_forms[prefix.split("-")[0]]  # "Linken-Fraktionschefin": the party's faction
            of = None
        # adjective before: "der ukrainische Verteidigungsminister"
        adj_start = i if start is None else start
        if start is None and i > 0 and doc[i - 1].tag_ in ("ADJA",):
            c = self.country_adjective(doc[i - 1])
            if c:
                of = c
                adj_start = i - 1
        if fem and head.head.endswith("er") and head.feminine == head.head[:-1] and doc[i].lower_.endswith("e"):
            # "der Vorsitzende", "der Abgeordnete": a nominalised adjective after "der" is masculine
            # (the feminine is "die Vorsitzende", "der Vorsitzenden")
            d = i - 1
            while d > 0 and doc[d].tag_ == "ADJA":
                d -= 1
            if d >= 0 and doc[d].lower_ == "der":
                fem = False
        gender = "f" if fem else ("m" if head.head != head.feminine else "")
        # name after the title
        j = self._name_after(doc, i + 1, alias_at)
        if j > i + 1:
            name = doc[i + 1:j].text
            label = lex.aliases.get(name, name)
            if label in lex.actors and lex.actors[label].type != "Person":
                return None
            known = [r.of for r in lex.actors[label].roles if r.of] if label in lex.actors else []
            titled = [r for r in lex.actors[label].roles if r.of and r.title.lower().endswith(title.lower())] if label in lex.actors else []
            if titled and (of is None or titled[0].title == title):
                # "EU-Kommissionspräsidentin Ursula von der Leyen", "Kommissionspräsidentin …": the post the
                # gazetteer knows under that title (the Commission's, not the EU's of the prefix)
                of = titled[0].of
            if known and of not in known and prefix.startswith("Regierungs") and not genitive_of:
                of = known[0]  # the gazetteer knows whose spokesperson "Regierungssprecher Hebestreit" is
            elif not known and of == "Deutschland" and prefix.startswith("Regierungs") and not genitive_of:
                # "Regierungssprecher Zoltán Kovács erklärte, Budapest sehe …": a spokesperson kg does not know
                # who speaks of a foreign capital as the subject of his own content speaks for it
                of = self._capital_spoken_of(doc, j) or of
            elif known and of is None and head.kind == "spokesperson" and not prefix and party is None:
                # "…, erklärte Sprecher Dmitri Peskow": a bare title; the gazetteer knows whose spokesperson he is
                of = known[0]
            gender = first_name_gender(doc[i + 1].text) or gender
            m = Mention(adj_start, j, label, "Person", "role_name", role=title, role_of=of, party=party, gender=gender,
                        head=head.head)
            m.end = self._party_suffix(doc, j, m)
            m.extra["name_start"] = i + 1
            m.extra["role_kind"] = head.kind
            if head.kind == "spokesperson" and of:
                m.extra["spokesperson_of"] = of
                m.extra["spokesperson"] = True
            return m
        # group: plural role nouns of an organisation ("die NATO-Verteidigungsminister",
        # "die Verteidigungsminister der Allianz", "Sondertreffen der NATO-Verteidigungsminister")
        prev = doc[adj_start - 1] if adj_start > 0 else None
        plural = not fem and head.head != head.feminine and prev is not None and (
            prev.lower_ in ("die", "den", "alle", "beide", "mehrere", "viele", "zahlreiche")
            or (prev.lower_ == "der" and adj_start >= 2 and doc[adj_start - 2].tag_ in ("NN", "NE")))
        # "Einzelne Linken-Abgeordnete", "Politiker wie Gregor Gysi": a quantifier or examples after "wie"
        # make even "Abgeordnete" plural; no one person is meant
        plural = plural or (prev is not None and prev.lower_ in _PLURAL_QUANTIFIERS) or (
            i + 2 < len(doc) and doc[i + 1].lower_ == "wie" and doc[i + 2].tag_ in ("NE", "NN", "ADJA"))
        if title.lower().endswith(("innen", "nen")):
            plural = True
        group_org = of if of and lex.actors.get(of, None) and lex.actors[of].type == "Organisation" else None
        end = i + 1
        if plural and group_org is None and i + 2 < len(doc) and doc[i + 1].lower_ in ("der", "des") and (i + 2) in alias_at:
            s, e, label, kind = alias_at[i + 2]
            if lex.actors[label].type == "Organisation":
                group_org, end = label, e
        if plural and group_org:
            short = _short_name(lex, group_org)
            bare = title.split("-", 1)[1] if "-" in title else title
            return Mention(adj_start, end, f"{short}-{bare[0].upper()}{bare[1:]}", "Group", "group", role=title, head=head.head)
        if plural:
            return None
        # a role-only mention: resolved later by coreference
        end = i + 1
        of_anaphor = False
        if not genitive_of and start is None and i + 2 < len(doc) and doc[i + 1].lower_ in ("in", "aus") \
                and _capital_at(doc, i + 2, lex) is not None and head.head not in ("botschafter", "diplomat", "korrespondent") \
                and adj_start == i and (of is None or (prefix and "-" not in prefix)):
            # "ein Regierungssprecher in Prag", "der Kanzler in Wien": the office of the capital's country,
            # not of the compound's default ("Regierungs-" = German)
            of, end = _capital_at(doc, i + 2, lex)
        elif of is None and adj_start == i and i + 2 < len(doc) and doc[i + 1].lower_ in ("des", "dieses") \
                and doc[i + 2].lower_ == "landes":
            # "der Präsident des Landes": the office of the country just spoken of (resolved by coreference)
            of_anaphor, end = True, i + 3
        if of is None and i + 1 < len(doc) and (i + 1) in alias_at and doc[i + 1].text.endswith("s") \
                and doc[i + 1].text not in lex.aliases:
            of, end = alias_at[i + 1][2], alias_at[i + 1][1]
        m = Mention(adj_start, end, None, "Person", "role", role=title, role_of=of, party=party, gender=gender,
                    head=head.head)
        m.extra["role_kind"] = head.kind
        if of_anaphor:
            m.extra["of_anaphor"] = True
        if head.kind == "spokesperson" and of is None and i + 2 < len(doc) and doc[i + 1].lower_ in ("der", "des") and (i + 2) in alias_at:
            m.role_of = alias_at[i + 2][2]
            m.end = alias_at[i + 2][1]
        return m

    def _prefix_mention(self, doc: Doc, i: int) -> Mention | None:
        t = doc[i]
        prefix, _, rest = t.text.partition("-")
        label = self._prefix_actor(prefix + "-")
        if label is None:
            return None
        typ = self.lex.actors[label].type
        if rest.lower().endswith(GOVERNMENT_HEADS) or rest in ("Sprecher", "Sprecherin"):
            if rest.lower().endswith(("sprecher", "sprecherin")):
                return Mention(i, i + 1, label, typ, "alias", extra={"spokesperson": True, "role_kind": "spokesperson"})
            return Mention(i, i + 1, label, typ, "alias")
        return Mention(i, i + 1, label, typ, "prefix")


_QUANTIFIERS = frozenset({"mehrere", "einige", "etliche", "manche", "zahlreiche", "viele", "einzelne", "wenige"})
_PART_NOUNS = frozenset({"stimmen", "teile", "teilen", "einige", "manche", "flügel", "minderheit"})


_MONTH_FIRST_NAMES = frozenset({"April", "Juni", "Juli", "August"})  # also first names ("Juli Zeh")
def _subject_at(doc: Doc, i: int) -> bool:
    """A noun phrase starting at ``i`` stands where a subject stands: first in its sentence, or right after
    the finite verb ("Zugleich lehnten die Organisatoren … ab")."""
    sent = doc[i].sent
    first = next((x for x in sent if not x.is_space), None)
    return i == getattr(first, "i", -1) or (i >= 1 and doc[i - 1].tag_.endswith("FIN") and doc[i - 1].i > sent.start)


_PLURAL_QUANTIFIERS = frozenset({"mehrere", "viele", "zahlreiche", "einzelne", "einige", "etliche", "weitere", "andere",
                                 "manche", "sämtliche", "mehrerer", "vieler", "einiger"})


def _partitive(doc: Doc, s: int) -> bool:
    """The mention names the whole of which only a part speaks: "Stimmen in der SPD", "Teile der Grünen",
    "einige aus der Union"."""
    if s > 0 and doc[s - 1].lower_ in _QUANTIFIERS:
        return True  # "Mehrere Verbündete", "einige EU-Staaten": some members, not the alliance
    k = s - 1
    if k >= 0 and doc[k].lower_ in ("der", "des", "den"):
        k -= 1
    if k >= 0 and doc[k].lower_ in ("in", "aus", "innerhalb"):
        k -= 1
    return k >= 0 and k < s - 1 and doc[k].lower_ in _PART_NOUNS


def _short_name(lex: Lexicon, label: str) -> str:
    cands = [a for a in (label, *lex.actors[label].aliases) if a.isupper() and "-" not in a and " " not in a]
    return min(cands, key=len) if cands else label


def _demonym(word: str, before: str, lex: Lexicon) -> tuple[str, str] | None:
    """The (country or party, gender) of a nationality or party noun after a definite article: "der Norweger",
    the genitive "des Norwegers" and the weak "des Briten", "dem Franzosen"."""
    if before not in ("der", "die", "dem", "den", "des"):
        return None
    if word in lex.demonyms:
        found = lex.demonyms[word]
    elif before == "des" and word.endswith("s") and word[:-1] in lex.demonyms:
        found = lex.demonyms[word[:-1]]
    elif before in ("des", "dem") and word.endswith("en") and word[:-1] in lex.demonyms and word[:-1].endswith("e"):
        found = lex.demonyms[word[:-1]]
    else:
        return None
    target, gender = found
    # a noun whose feminine is the same word ("der Grüne", "die Liberale"): the article tells
    return target, gender or ("f" if before == "die" else "m")


def _group_compound(t: Token, nouns: dict[str, str]) -> str | None:
    """A compound whose last part is a group noun names that kind of group, labelled as written:
    "Friedensaktivisten", "Klimaaktivistinnen". Only heads of eight letters or more after a first part of
    three or more count, and not "Teilnehmer", whose compounds name the participants of anything
    ("Gipfelteilnehmer")."""
    if t.tag_ != "NN" or len(t.text) < 10:
        return None
    for noun in nouns:
        head = noun.lower()
        if len(head) >= 8 and t.text.lower().endswith(head) and len(t.text) - len(head) >= 3 and noun not in ("Teilnehmer",):
            return t.text
    return None


def _capital_at(doc: Doc, j: int, lex: Lexicon) -> tuple[str, int] | None:
    """The country whose capital (or seat of government) is named at token j, and the end of the name:
    "Prag", also in two words: "Den Haag"."""
    if j >= len(doc):
        return None
    if j + 1 < len(doc) and f"{doc[j].text} {doc[j + 1].text}" in lex.capitals:
        return lex.capitals[f"{doc[j].text} {doc[j + 1].text}"], j + 2
    if doc[j].text in lex.capitals:
        return lex.capitals[doc[j].text], j + 1
    return None
