"""Within-article coreference: surnames, role mentions, "sein Land", group nouns.

Each article introduces people with a full name (often after a title); later mentions use
the surname ("Scholz"), a role ("der Kanzler", "die SPD-Politikerin") or a possessive
("sein Land"). This module links those mentions to the actors introduced before.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.lexicon import Lexicon
from kg.nlp.mentions import Mention
from kg.records import Actor, Role

__all__ = ["ActorRegistry", "resolve_mentions"]


@dataclass
class _ActorInfo:
    label: str
    type: str
    aliases: set[str] = field(default_factory=set)
    roles: dict[tuple[str, str | None], None] = field(default_factory=dict)
    parties: set[str] = field(default_factory=set)
    gender: str = ""


class ActorRegistry:
    """The actors of one article, with the surface forms, roles and parties seen for them."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.info: dict[str, _ActorInfo] = {}
        self.places: set[str] = set()

    def add(self, label: str, typ: str, surface: str | None = None) -> _ActorInfo:
        a = self.info.get(label)
        if a is None:
            entry = self.lex.actors.get(label)
            a = _ActorInfo(label, entry.type if entry else typ, gender=entry.gender if entry else "")
            self.info[label] = a
        if surface and surface != label:
            a.aliases.add(surface)
        return a

    def actors(self) -> tuple[Actor, ...]:
        out = []
        for label in sorted(self.info):
            a = self.info[label]
            roles = tuple(Role(t, o) for (t, o) in sorted(a.roles, key=lambda r: (r[0], r[1] or "")))
            out.append(Actor(label, a.type, tuple(sorted(a.aliases)), roles, tuple(sorted(a.parties)),
                             self.lex.wikidata.get(label)))
        return tuple(out)


def _surname_key(word: str) -> list[str]:
    keys = [word]
    if word.endswith("s") and len(word) > 3:
        keys.append(word[:-1])
    if word.endswith("'"):
        keys.append(word[:-1])
    return keys


def resolve_mentions(doc: Doc, mentions: list[Mention], lex: Lexicon, paragraph_of) -> tuple[list[Mention], ActorRegistry]:
    """Give every mention its actor (or drop it); return resolved mentions and the registry.

    ``paragraph_of(token_index)`` gives a token's paragraph number.
    """
    reg = ActorRegistry(lex)
    persons: list[tuple[int, str]] = []        # (token index, label) of person mentions, in order
    surnames: dict[str, str] = {}
    spoke_for: list[str] = []
    named_groups: dict[int, list[tuple[int, str]]] = {}
    for m in mentions:
        if m.kind == "name" and m.type == "Organisation" and m.extra.get("introducer"):
            named_groups.setdefault(paragraph_of(m.start), []).append((m.start, m.actor))
    # full names anywhere in the article, for a surname that comes first (a headline "Le Pen warnt …")
    full_names = sorted({m.actor for m in mentions if m.type == "Person" and m.actor and m.kind in ("role_name", "name", "alias")
                         and len(m.actor.split()) >= 2})
    out: list[Mention] = []
    for m in mentions:
        surface = doc[m.start:m.end].text
        if m.kind in ("role_name", "name") and m.type == "Person" and m.actor:
            name_start = m.extra.get("name_start", m.start)
            name = doc[name_start:m.end].text.split(" (")[0]
            label = m.actor
            if " " not in label:
                label = _lookup_surname(label, surnames, lex) or _later_full_name(label, full_names) or label
            elif label not in surnames.values():
                label = _later_full_name(label, full_names) or label
            m.actor = label
            for k in _surname_key(label.split()[-1]):
                surnames.setdefault(k, label)
            surface = name
        elif m.kind == "surname":
            label = None
            for k in _surname_key(m.head):
                label = label or _lookup_surname(k, surnames, lex)
            for k in _surname_key(m.head):
                label = label or _later_full_name(k, full_names)
            if label is None:
                continue
            m.actor = label
            m.type = "Person"
        elif m.kind == "alias" and m.type == "Person":
            for k in _surname_key(m.actor.split()[-1]):
                surnames.setdefault(k, m.actor)
        elif m.kind == "role" and (appo := _apposition(doc, m, mentions)) is not None:
            m.actor, m.type = appo, "Person"
        elif m.kind == "role":
            if m.extra.get("of_anaphor"):
                # "der Präsident des Landes": the country spoken of last
                countries = [x.actor for x in out if x.type == "Country" and x.actor]
                if not countries:
                    continue
                m.role_of = countries[-1]
            indefinite = m.start > 0 and doc[m.start - 1].lower_ in ("ein", "eine", "einem", "einer", "einen")
            owner = _genitive_owner(doc, m, mentions)
            if owner is not None:
                # "der Präsident der Ukraine": the office holder of that country or body, if known;
                # "der Präsident des Landes", "der Präsident des Bundesverbands …": not the Bundespräsident
                label = None if indefinite or not owner else _office_holder(m, owner, lex)
                if owner == "" and not indefinite and m.head == "vorsitzender" and persons:
                    # "der Vorsitzende des Europaausschusses" right after Hofreiter was named: a body kg does not
                    # know, so the person just named (of that gender), not any office holder
                    info = reg.info.get(persons[-1][1])
                    if info is not None and (not m.gender or not info.gender or info.gender == m.gender) \
                            and m.start - persons[-1][0] < 40:
                        label = persons[-1][1]
            else:
                # ("Meinungsforscher verweisen darauf": an expert's title without an article is a plural)
                bare = m.extra.get("role_kind") == "expert" and not (m.start > 0 and doc[m.start - 1].tag_ in (
                    "ART", "PPOSAT", "PDAT", "PIAT"))
                label = None if indefinite or bare else _resolve_role(m, persons, reg, lex)
            if label is None and m.extra.get("role_kind") == "spokesperson" and not m.role_of and not indefinite and spoke_for:
                m.role_of = spoke_for[-1]
            if label is None and m.extra.get("role_kind") == "spokesperson" and m.role_of:
                # "ein Regierungssprecher", "ein Sprecher des Pentagons": the body spoken for
                m.actor, m.type, m.kind = m.role_of, lex.actors[m.role_of].type, "alias"
                m.extra["spokesperson"] = True
            elif label is None:
                continue
            else:
                m.actor = label
                m.type = "Person"
        elif m.kind == "demonym":
            # a person named as a subject before one named after a preposition ("Kutschaty verteidigte den Kurs
            # von Kanzler Scholz. …, sagte der Sozialdemokrat")
            label = _resolve_demonym(m, [p for p in persons if not _after_prep(doc, p[0])], reg, lex) \
                or _resolve_demonym(m, persons, reg, lex)
            if label is None:
                continue
            m.actor = label
        elif m.kind == "government":
            # the country the article is about: the most mentioned one so far (ties: the latest)
            # (not counting adjectives: "russisches Gas" does not make Russia the article's country)
            # (a country's own institution, kg/data/country_bodies.tsv, counts for the country: "der Senat" is Washington)
            def _country(x: Mention) -> str | None:
                if x.type == "Country":
                    return x.actor
                return lex.country_bodies.get(x.actor) if x.actor else None
            countries = [_country(x) for x in out if _country(x) and x.kind != "adjective"]
            if not countries:
                continue
            # (so do countries after a preposition: "an die Ukraine", "in der Ukraine" name a recipient or place)
            weight = {c: sum(0.5 if x.kind == "adjective" or _after_prep(doc, x.start) else 1.0
                             for x in out if _country(x) == c)
                      for c in countries}
            m.actor = max(reversed(countries), key=lambda c: weight[c])
        elif m.kind == "possessive" and m.head == "party":
            # the party of the person named last ("Linken-Fraktionschefin Amira Mohamed Ali … ihre Fraktion")
            last = next((p for _, p in reversed(persons)), None)
            info = reg.info.get(last) if last else None
            parties = sorted(info.parties) if info and info.parties else []
            entry = lex.actors.get(last or "")
            if not parties and entry is not None:
                parties = sorted({r.of for r in entry.roles if r.of in lex.party_country})
            if not parties:
                # "Die Linke reagierte gespalten. Fraktionschefin X sagte, … ihre Fraktion": the party named just before
                named = [x.actor for x in out if x.actor in lex.party_country and m.start - x.start < 60]
                parties = named[-1:]
            if len(parties) != 1:
                continue
            m.actor = parties[0]
        elif m.kind == "possessive":
            label = None
            for _, p in reversed(persons):
                roles = reg.info[p].roles if p in reg.info else {}
                for (_, of) in roles:
                    if of and lex.actors.get(of) and lex.actors[of].type == "Country":
                        label = of
                        break
                if label:
                    break
            if label is None:
                continue
            m.actor = label
        elif m.kind == "orgref":
            # "der Verband", "die Organisation": the organisation named last in the sentences before,
            # one whose name has that noun first ("Verband der Chemischen Industrie")
            named = [(x.start, x.actor, doc[x.start:x.end].text) for x in out if x.type == "Organisation" and x.actor
                     and x.kind not in ("prefix", "adjective", "orgref") and x.start < m.start and m.start - x.start < 120]
            # the organisation of a role fits too: "BDI-Präsident Russwurm … Der Verband" is the Bundesverband
            # der Deutschen Industrie
            offices = [(x.start, x.role_of, x.role or "") for x in out if x.type == "Person" and x.role_of
                       and x.role_of in lex.actors and lex.actors[x.role_of].type == "Organisation"
                       and x.start < m.start and m.start - x.start < 120]
            fitting = sorted(c for c in named + offices
                             if m.head.lower() in " ".join([c[1]] + sorted(lex.actors[c[1]].aliases if c[1] in lex.actors else [])).lower()
                             or m.head.lower() in c[2].lower())
            pick = (fitting or named)[-1:]
            if not pick:
                continue
            m.actor = pick[0][1]
        elif m.kind == "group" and m.actor is None:
            groups = named_groups.get(paragraph_of(m.start), [])
            m.actor = groups[0][1] if groups else m.head
            m.type = "Organisation" if groups else "Group"
        if m.actor is None:
            continue
        if m.type == "Place":
            reg.places.add(m.actor)
            out.append(m)
            continue
        info = reg.add(m.actor, m.type, surface if m.kind not in ("role", "possessive", "group", "pronoun", "prefix", "adjective", "government", "demonym", "orgref") else None)
        if m.kind == "role_name" and m.role and m.extra.get("role_kind") != "party" and not m.role.split("-")[0] in lex.party_forms:
            info.roles[(m.role, m.role_of)] = None
        if m.party:
            info.parties.add(m.party)
            reg.add(m.party, "Organisation")
        if m.gender and not info.gender:
            info.gender = m.gender
        if m.type == "Person" and not m.extra.get("in_quote"):
            persons.append((m.start, m.actor))
        if m.extra.get("role_kind") == "spokesperson" and m.kind == "alias":
            spoke_for.append(m.actor)
        out.append(m)
    # known offices from the gazetteer ("Bundeskanzler@Deutschland") for people seen in the article
    for label, info in list(reg.info.items()):
        entry = lex.actors.get(label)
        if entry and entry.type == "Person":
            for r in entry.roles:
                if r.of in lex.party_country and r.title.lower().split("-")[-1] in ("politiker", "politikerin"):
                    info.parties.add(r.of)  # "SPD-Politikerin@SPD": a membership, not a post
                    continue
                if not any(t.lower().endswith(r.title.lower().split("-")[-1]) for t, _ in info.roles):
                    info.roles[(r.title, r.of)] = None
        info.roles = _dedupe_roles(info.roles)
        for (title, of) in list(info.roles):
            if of and of not in reg.info and of in lex.actors:
                reg.add(of, lex.actors[of].type)
    return out, reg


def _after_prep(doc: Doc, i: int) -> bool:
    k = i - 1
    if k >= 0 and doc[k].tag_ == "ART":
        k -= 1
    return k >= 0 and doc[k].tag_ in ("APPR", "APPRART")


def _dedupe_roles(roles: dict) -> dict:
    """Drop a title that another title of the same person ends with ('Verteidigungsministerin' vs
    'Bundesverteidigungsministerin'), keeping the one that names whose post it is."""
    keep = {}
    for (t, of) in roles:
        if any((t2 != t and t2.lower().endswith(t.lower()) and (of2 or not of)) for (t2, of2) in roles):
            continue
        keep[(t, of)] = None
    return keep


# short titles that stand for longer ones ("der Premier" = the Premierminister)
_ROLE_SYNONYMS = {"premier": "premierminister", "premierin": "premierministerin", "regierungschef": "ministerpräsident",
                  "regierungschefin": "ministerpräsidentin"}


def _resolve_demonym(m: Mention, persons: list[tuple[int, str]], reg: ActorRegistry, lex: Lexicon) -> str | None:
    """'der Norweger' -> the last person from Norway; 'der Republikaner' -> the last Republican."""
    for _, label in reversed(persons[-6:]):
        info = reg.info.get(label)
        entry = lex.actors.get(label)
        countries = {lex.nationality.get(label)} | {of for (_, of) in (info.roles if info else {})}
        # the gazetteer's posts too: "Christian Lindner … Der Liberale" (FDP-Vorsitzender@FDP)
        countries |= {r.of for r in entry.roles} if entry is not None else set()
        parties = info.parties if info else set()
        if m.head in countries or m.head in parties:
            return label
    return None


def _apposition(doc: Doc, m: Mention, mentions: list[Mention]) -> str | None:
    """'der Friedensbeauftragte der EKD, Friedrich Kramer, …': the role names the person in the apposition."""
    genitive = m.end < len(doc) and doc[m.end].lower_ in ("des", "der")
    for k in range(m.end, min(m.end + (12 if genitive else 5), len(doc))):
        if doc[k].text == ",":
            nxt = next((x for x in mentions if x.start == k + 1 and x.type == "Person" and x.actor and " " in x.actor), None)
            if nxt is not None or not genitive:
                return nxt.actor if nxt else None
            continue  # "der Vorsitzende der IG Bergbau, Chemie, Energie (IG BCE), Michael Vassiliadis"
        if doc[k].tag_.startswith("V") or (doc[k].is_punct and not (genitive and doc[k].text in "()")):
            return None
    return None


def _genitive_owner(doc: Doc, m: Mention, mentions: list[Mention]) -> str | None:
    """The actor in a genitive right after a bare role ("der Präsident der Ukraine" -> Ukraine); ""
    when the genitive names none ("der Präsident des Landes"); None when no genitive follows."""
    k = m.end
    if m.role_of or k + 1 >= len(doc) or doc[k].lower_ not in ("des", "der") or doc[k].sent.start != doc[m.start].sent.start:
        return None
    j = k + 1
    while j < len(doc) and doc[j].tag_ in ("ADJA",):
        j += 1
    if j >= len(doc) or doc[j].tag_ not in ("NN", "NE"):
        return None
    owner = next((x for x in mentions if x.start in (k + 1, j) and x.actor and x.type in ("Country", "Organisation")
                  and x.kind not in ("adjective", "place")), None)
    return owner.actor if owner is not None else ""


def _office_holder(m: Mention, owner: str, lex: Lexicon) -> str | None:
    """The one gazetteer person whose role has the mention's title and belongs to ``owner``."""
    title = m.role.lower().split("-")[-1]
    bare = _ROLE_SYNONYMS.get(title, title)
    hits = [e.label for e in lex.actors.values() if e.type == "Person"
            and any(r.of == owner and r.title.lower().endswith(bare) for r in e.roles)]
    return hits[0] if len(hits) == 1 else None


def known_parties(label: str, info: _ActorInfo | None, lex: Lexicon) -> set[str]:
    """The parties seen for a person in the article (``info``, from the registry), or those of their
    gazetteer posts ("SPD-Generalsekretär@SPD")."""
    entry = lex.actors.get(label)
    return set(info.parties if info is not None else ()) or {
        r.of for r in (entry.roles if entry else ()) if r.of in lex.party_country}


def _party_fits(m: Mention, info: _ActorInfo, lex: Lexicon) -> bool:
    """'die SPD-Politikerin' fits a person of that party, or one without a known party from its country."""
    if not m.party:
        return True
    entry = lex.actors.get(info.label)
    parties = known_parties(info.label, info, lex)
    if parties:
        return m.party in parties
    countries = {r.of for r in entry.roles} if entry else set()
    countries |= {of for (_, of) in info.roles}
    country = lex.party_country.get(m.party)
    return not country or not (countries - {None}) or country in countries


def _is_country(lex: Lexicon, label: str) -> bool:
    entry = lex.actors.get(label)
    return entry is not None and entry.type == "Country"


def _later_full_name(name: str, full_names: list[str]) -> str | None:
    """The one full name in the article that ends with ``name`` ("Le Pen" -> "Marine Le Pen")."""
    found = [f for f in full_names if f != name and f.endswith(" " + name)]
    return found[0] if len(found) == 1 else None


def _lookup_surname(word: str, surnames: dict[str, str], lex: Lexicon) -> str | None:
    if word in surnames:
        return surnames[word]
    label = lex.aliases.get(word)
    if label and lex.actors[label].type == "Person":
        return label
    return None


def _resolve_role(m: Mention, persons: list[tuple[int, str]], reg: ActorRegistry, lex: Lexicon) -> str | None:
    """'der Kanzler' -> the last person whose role ends in 'kanzler'; 'die SPD-Politikerin' ->
    the last person of that gender; else a gazetteer office holder with that title."""
    title = m.role.lower()
    bare = _ROLE_SYNONYMS.get(title.split("-")[-1], title.split("-")[-1])
    # "der CDU-Politiker" just after Kretschmer spoke is Kretschmer, not a CDU politician named paragraphs before:
    # a bare "Politiker" is no office title to search the whole article for
    generic = bare in ("politiker", "politikerin")
    for _, label in ([] if generic else reversed(persons)):
        info = reg.info.get(label)
        if info is None:
            continue
        for (t, _of) in info.roles:
            tl = t.lower()
            if m.extra.get("of_anaphor") and _of != m.role_of:
                continue
            if m.role_of and _of and _of != m.role_of and _is_country(lex, m.role_of) and _is_country(lex, _of):
                continue  # "der tschechische Regierungschef" is not Poland's
            if m.party and _of in lex.party_country and _of != m.party:
                continue  # "der CSU-Politiker" is not a Grünen-Politiker
            if tl.endswith(bare) or bare.endswith(tl.split("-")[-1]):
                return label
        entry = lex.actors.get(label)
        if entry:
            for r in entry.roles:
                if r.title.lower().endswith(bare) and not (m.extra.get("of_anaphor") and r.of != m.role_of) \
                        and not (m.role_of and r.of and r.of != m.role_of and _is_country(lex, m.role_of) and _is_country(lex, r.of)) \
                        and not (m.party and r.of in lex.party_country and r.of != m.party):
                    return label
    if m.head == "diplomat":
        # "der Diplomat": the last ambassador or diplomat
        for _, label in reversed(persons):
            info = reg.info.get(label)
            entry = lex.actors.get(label)
            titles = [t for (t, _) in (info.roles if info else {})] + [r.title for r in (entry.roles if entry else ())]
            if any("botschafter" in t.lower() or "diplomat" in t.lower() for t in titles):
                return label
        return None
    if m.head in ("politiker", "abgeordneter", "experte", "chef", "vorsitzender") or m.party or m.extra.get("role_kind") == "expert":
        # (an expert's title is the article's description, not an office: "Clemens Fuest, Präsident des
        # Ifo-Instituts … nach Ansicht des Ökonomen")
        # "Ihr Parteichef": a party's leader, so someone known to be in a party (not Putin named just before)
        party_title = title.startswith("partei")
        for _, label in reversed(persons[-3:]):
            info = reg.info.get(label)
            if info and (not m.gender or not info.gender or info.gender == m.gender) and _party_fits(m, info, lex) \
                    and (not party_title or known_parties(info.label, info, lex)):
                return label
        if m.party:
            # "der CSU-Politiker" further back: only a person known to be of that party
            for _, label in reversed(persons[:-3]):
                info = reg.info.get(label)
                if info and (not m.gender or not info.gender or info.gender == m.gender) and m.party in known_parties(info.label, info, lex):
                    return label
    # gazetteer office holders: "der Bundeskanzler" -> Olaf Scholz
    specific = title != bare or any(title.startswith(p.lower()) for p in lex.prefixes)
    if not specific and not m.role_of:
        # German news: "der Kanzler" is the Bundeskanzler, "die Außenministerin" the Bundesaußenministerin
        hits = [e.label for e in lex.actors.values() if e.type == "Person"
                and any(r.title.lower() == "bundes" + title and r.of in (None, "Deutschland") for r in e.roles)]
        if len(hits) == 1:
            return hits[0]
        # "der Vizekanzler": a German office without "Bundes-"
        hits = [e.label for e in lex.actors.values() if e.type == "Person"
                and any(r.title.lower() == title and r.of == "Deutschland" for r in e.roles)]
        if len(hits) == 1:
            return hits[0]
    # ("der Kremlsprecher" is the gazetteer's "Kreml-Sprecher": a compound is written with or without its hyphen)
    hits = [e.label for e in lex.actors.values() if e.type == "Person"
            and any((r.title.lower().replace("-", "") == title.replace("-", "") and specific and not m.role_of)
                    or (m.role_of and r.of == m.role_of and r.title.lower().replace("-", "").endswith(bare)) for r in e.roles)]
    return hits[0] if len(hits) == 1 else None
