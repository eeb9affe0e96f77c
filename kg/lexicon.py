"""Linguistic knowledge loaded from data files (kg/data/*.tsv, *.txt, *.jsonl) and the ontology.

Everything a user may extend lives in those files; this module only reads and indexes them.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from kg.errors import LexiconError
from kg.rdf.ontology import ProposalConcept, load_proposals
from kg.records import Role

__all__ = ["DATA_DIR", "GazetteerEntry", "Cue", "RoleHead", "Lexicon", "load_lexicon", "genitive"]

DATA_DIR = Path(__file__).resolve().parent / "data"
PARTICLES = ("zurück", "voran", "heraus", "hinzu", "ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "mit",
             "nach", "vor", "weg", "zu", "dar", "hin", "her", "los", "um", "quer", "frei", "bereit")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    gender: str = ""
    adjectives: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class Cue:
    """A stance cue: ``words`` are lemmas; ``particle`` is set for separable verbs."""

    words: tuple[str, ...]
    prep: str
    polarity: str
    strength: int
    event: str
    pos: str  # verb | noun | adj | phrase
    particle: str = ""
    stem: str = ""
    argument: bool = False  # a consequence argued ("würde den Krieg verlängern"), from arguments.tsv
    implies: str = ""       # the proposal such an argument is about without naming it ("Blutgeld")

    @property
    def text(self) -> str:
        return " ".join(self.words) + (f" {self.prep}" if self.prep else "")


@dataclass(frozen=True, slots=True)
class RoleHead:
    head: str
    feminine: str
    kind: str


@dataclass
class Lexicon:
    """Indexed linguistic knowledge. Build it with :func:`load_lexicon`."""

    actors: dict[str, GazetteerEntry] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)          # surface form -> label
    adjectives: dict[str, str] = field(default_factory=dict)       # lower-case adjective stem -> country label
    capitals: dict[str, str] = field(default_factory=dict)         # capital -> country label
    prefixes: dict[str, str] = field(default_factory=dict)         # word prefix -> actor label ("" = none)
    roles: tuple[RoleHead, ...] = ()
    cues: tuple[Cue, ...] = ()
    negations: frozenset[str] = frozenset()
    negative_subjects: frozenset[str] = frozenset()                  # "Niemand … fordert X": no one's demand, rejected
    proposal_acts: frozenset[str] = frozenset()                      # "Soldaten werden nicht in der Ukraine kämpfen"
    dismissive_frames: frozenset[str] = frozenset()                  # "Es ist leicht, X zu fordern": a cheap demand
    specific_arms: frozenset[str] = frozenset()                      # "Stinger", "Munition": arms stated by kind
    dependence_nouns: frozenset[str] = frozenset()                   # "die Abhängigkeit von russischem Gas beenden": no embargo
    principle_nouns: frozenset[str] = frozenset()                    # "mit dem Grundsatz brechen, keine Waffen zu liefern"
    abandon_verbs: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    opinion_nouns: frozenset[str] = frozenset()                      # "nach Ansicht von X": X holds it
    anaphors: frozenset[str] = frozenset()
    consequences: tuple[tuple[str, str, str], ...] = ()  # (word, kind, polarity) from consequences.tsv
    organisation_nouns: frozenset[str] = frozenset()                # "die Organisation" refers to the last one named
    turn_labels: dict[str, str] = field(default_factory=dict)     # "Frage" -> question, "Antwort" -> answer
    commentary_labels: frozenset[str] = frozenset()                 # "Kommentar: …" heads an opinion piece
    anaphor_proposals: dict[str, frozenset[str]] = field(default_factory=dict)  # "mission" -> {peace_mission}
    document_anaphors: frozenset[str] = frozenset()                  # "der Antrag": the proposals it was introduced with
    unchanged_nouns: frozenset[str] = frozenset()                    # "die Haltung … habe sich nicht geändert"
    reaction_moods: dict[str, str] = field(default_factory=dict)     # "enttäuscht" -> "opposite" (reaction_moods.tsv)
    unchanged_words: frozenset[str] = frozenset()
    # judgement_words.tsv: criticising, defending and rebutting words, and words of hesitation or blockade
    critical_verbs: frozenset[str] = frozenset()                     # "kritisieren", "vorwerfen"
    critical_nouns: frozenset[str] = frozenset()                     # "Kritik", "Vorwürfe"
    defending_verbs: frozenset[str] = frozenset()                    # "verteidigte sein Zögern"
    rebutting_verbs: frozenset[str] = frozenset()                    # "wies Kritik zurück"
    obstruction_words: frozenset[str] = frozenset()                  # "Zögern", "Zurückhaltung", "blockieren"
    # packages.tsv: a package's core and contents, and the handing on of weapons
    package_cores: frozenset[str] = frozenset()                      # "Kernstück ist ein Importverbot …"
    package_nouns: frozenset[str] = frozenset()                      # "Das Paket sieht … vor"
    package_verbs: frozenset[str] = frozenset()                      # "Es enthält …"
    handing_on_nouns: frozenset[str] = frozenset()                   # "die Weitergabe von Haubitzen durch Estland"
    backing_nouns: frozenset[str] = frozenset()                      # "Unterstützung erhielt X aus Y"
    non_energy_goods: frozenset[str] = frozenset()                   # "Importverbot für Stahl" is no energy embargo
    flank_places: frozenset[str] = frozenset()                       # weapons brought there reinforce the eastern flank
    regions: frozenset[str] = frozenset()                            # "DGB Sachsen": a regional branch
    group_heads: frozenset[str] = frozenset()                        # "beide Kandidaten": the actors just named
    shared_views: frozenset[str] = frozenset()                       # "teilt diese Position": the stance before
    letter_nouns: frozenset[str] = frozenset()                      # "Brief", "Appell": a stance stated in one is its signatories'
    signatory_words: frozenset[str] = frozenset()                   # "Unterzeichner", "initiiert": who holds a letter's stance
    blockers: frozenset[str] = frozenset()
    complement_nouns: frozenset[str] = frozenset()                   # "die Ankündigung der X, … zu liefern"
    participation_nouns: frozenset[str] = frozenset()                # "eine Beteiligung an X": X is what it is about
    single_anaphors: frozenset[str] = frozenset()                    # "die Idee": one proposal, not all named before
    continuing_verbs: frozenset[str] = frozenset()                   # "die Lieferungen fortsetzen"
    decision_nouns: frozenset[str] = frozenset()                     # "die Entscheidung gegen X" rejects X
    member_nouns: frozenset[str] = frozenset()                       # "die Vertreter der X": X holds it
    reaction_verbs: frozenset[str] = frozenset()                     # "X warnte vor …" names who speaks next
    comment_verbs: frozenset[str] = frozenset()                      # 'Die „Volksstimme“ findet: …' (press reviews)
    share_nouns: frozenset[str] = frozenset()                        # "39 Prozent lehnen sie ab" (polls)
    stance_change: dict[str, frozenset[str]] = field(default_factory=dict)  # kind -> words (stance_changes.tsv)
    organiser_nouns: frozenset[str] = frozenset()                    # "Zugleich lehnten die Organisatoren … ab"
    delegate_nouns: frozenset[str] = frozenset()                     # "Die Delegierten beschlossen …" (the party)
    joint_bodies: frozenset[str] = frozenset()                       # NATO: not spoken for by its own head
    meeting_members: frozenset[str] = frozenset()                    # "Die Außenminister vereinbarten …"
    meeting_bodies: frozenset[str] = frozenset()                     # … of NATO, EU, G7
    enacting_verbs: frozenset[str] = frozenset()                     # "Biden hat ein Einfuhrverbot verhängt"
    statement_nouns: frozenset[str] = frozenset()                    # "…, hieß es in einer Erklärung"
    government_leaders: frozenset[str] = frozenset()                 # "die Regierung von Ministerpräsident Orbán"
    abstentions: frozenset[str] = frozenset()                        # "werde … nicht blockieren": no stance
    never_holds: dict[str, str] = field(default_factory=dict)       # actor -> polarity it never holds (fixed_sides.tsv)
    low_degree: frozenset[str] = frozenset()                         # "Die Unterstützung … ist gering": negated
    voicing_verbs: frozenset[str] = frozenset()                      # "äußerte Zweifel": a stance noun about the topic
    topic_verbs: frozenset[str] = frozenset()                        # "Die USA lehnten ab": the topic without an object
    prevention_verbs: frozenset[str] = frozenset()                   # "mit Sanktionen Putin stoppen": the means is wanted
    plural_actors: frozenset[str] = frozenset()                      # "die USA": never a singular "sie"
    object_cues: frozenset[str] = frozenset()                        # "ein Embargo vermeiden": a named object only
    perspective_cues: frozenset[str] = frozenset()                   # "kommt für Berlin nicht infrage": für X holds it
    rebuttals: frozenset[str] = frozenset()                          # "Wer … fordert, verkennt …"
    stance_topic_nouns: frozenset[str] = frozenset()                 # "verteidigt Haltung zum Embargo": no stance said
    proposal_stopwords: frozenset[str] = frozenset()
    triggers: dict[str, str] = field(default_factory=dict)
    group_nouns: dict[str, str] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)
    proposals: tuple[ProposalConcept, ...] = ()
    proposal_patterns: tuple[dict, ...] = ()
    wikidata: dict[str, str] = field(default_factory=dict)         # label -> verified QID
    party_country: dict[str, str] = field(default_factory=dict)    # party label -> country label
    party_forms: dict[str, str] = field(default_factory=dict)      # "SPD", "Grünen", "Union" -> party label
    speaks_for: dict[str, str] = field(default_factory=dict)       # office -> the government it speaks for
    country_bodies: dict[str, str] = field(default_factory=dict)   # a country's own institution -> the country
    collectives: dict[str, tuple[str, ...]] = field(default_factory=dict)  # group -> the members holding its positions
    demonyms: dict[str, tuple[str, str]] = field(default_factory=dict)  # "Norweger" -> ("Norwegen", "m")
    nationality: dict[str, str] = field(default_factory=dict)      # person label -> country label

    def weapon_keys(self) -> frozenset[str]:
        """The delivery proposals: the general one and those narrower than it (arms, heavy weapons, jets)."""
        return frozenset({p.key for p in self.proposals if p.broader} | {p.broader for p in self.proposals if p.broader})

    def proposal(self, key: str) -> ProposalConcept:
        for p in self.proposals:
            if p.key == key:
                return p
        raise KeyError(key)

    def role_head(self, word: str) -> tuple[RoleHead, str, bool] | None:
        """Split a role title into (head, prefix, feminine), e.g. 'Bundesverteidigungsministerin'."""
        low = word.lower()
        best = None
        for r in self.roles:
            for form, fem in ((r.feminine, True), (r.head, False)):
                if form and low.endswith(form) and (best is None or len(form) > len(best[3])):
                    best = (r, word[: len(word) - len(form)], fem, form)
        if best is None:
            return None
        r, prefix, fem, form = best
        if fem and r.feminine == r.head:
            fem = False
        return r, prefix, fem


def genitive(name: str) -> str:
    """German genitive of a proper name: 'Polen' -> 'Polens', 'Scholz' -> "Scholz'"."""
    return name + ("'" if name[-1:] in "sxzß" else "s")


def inflected(name: str) -> set[str]:
    """Case forms of a multi-word organisation name, so a user lists only the nominative:
    "Deutscher Gewerkschaftsbund" -> "Deutschen Gewerkschaftsbundes", "Auswärtiges Amt" -> "Auswärtigen
    Amtes", "Bundesverband der Deutschen Industrie" -> "Bundesverbandes der Deutschen Industrie".

    The name's leading capitalised words are adjectives and a head noun; the adjectives may take "-en",
    the head "-s"/"-es"; what follows the head (a genitive attribute) stays. Forms that German never
    writes ("Industries") are generated too but match nothing.
    """
    words = name.split(" ")
    if len(words) < 2:
        return set()
    h = 0
    while h + 1 < len(words) and words[h + 1][:1].isupper():
        h += 1
    out = [[]]
    for k, w in enumerate(words):
        if k < h and w.endswith(("e", "er", "es")) and w[:1].isupper():
            stem = w[:-1] if w.endswith("e") else w[:-2]
            variants = {w, stem + "en"}
        elif k == h and w[:1].isupper() and w[-1:].isalpha():
            variants = {w, w + "es"} | ({w + "s"} if w[-1:] not in "sßxz" else set())
        else:
            variants = {w}
        out = [o + [v] for o in out for v in sorted(variants)]
    return {" ".join(o) for o in out} - {name}


def _rows(name: str, ncols: int) -> list[list[str]]:
    path = DATA_DIR / name
    out = []
    try:
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.split("\t")
                if len(cols) > ncols:
                    raise LexiconError(f"{path}:{n}: expected at most {ncols} tab-separated columns, found {len(cols)}")
                out.append(cols + [""] * (ncols - len(cols)))
    except OSError as exc:
        raise LexiconError(f"{path}: cannot be read ({exc.strerror})") from None
    return out


def _words(name: str) -> frozenset[str]:
    return frozenset(r[0].strip() for r in _rows(name, 1))


def _kinds(name: str, kinds: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """A two-column file of words and their kind, grouped by kind; an unknown kind is a LexiconError."""
    out: dict[str, set[str]] = {k: set() for k in kinds}
    for word, kind in _rows(name, 2):
        if kind.strip() not in out:
            allowed = ", ".join(repr(k) for k in kinds)
            raise LexiconError(f"{name}: kind of {word.strip()!r} must be one of {allowed}, not {kind.strip()!r}")
        out[kind.strip()].add(word.strip())
    return {k: frozenset(v) for k, v in out.items()}


def _split(s: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in s.split("|") if x.strip())


def _parse_cue(cols: list[str], source: str = "cues.tsv") -> Cue:
    text, prep, pol, strength, event = (c.strip() for c in cols)
    if pol not in ("for", "against"):
        raise LexiconError(f"{source}: polarity of {text!r} must be 'for' or 'against', not {pol!r}")
    words = tuple(text.split())
    if len(words) > 1:
        pos = "phrase"
    elif words[0][:1].isupper():
        pos = "noun"
    elif words[0].endswith("n") and not words[0].endswith(("isch", "lich", "bar")) and words[0] not in _ADJ_N:
        pos = "verb"
    else:
        pos = "adj"
    particle = stem = ""
    if pos == "verb":
        for p in PARTICLES:
            if words[0].startswith(p) and len(words[0]) > len(p) + 3:
                particle, stem = p, words[0][len(p):]
                break
    return Cue(words, prep, pol, int(strength or 1), event, pos, particle, stem)


def _arguments() -> tuple[Cue, ...]:
    """arguments.tsv: consequences with the polarity they argue, as low-confidence explicit cues."""
    out = []
    for text, pol, implies in _rows("arguments.tsv", 3):
        cue = _parse_cue([text, "", pol, "2", ""], "arguments.tsv")
        out.append(replace(cue, argument=True, implies=implies.strip()))
    return tuple(out)


_ADJ_N = frozenset({"offen", "ausgeschlossen", "aufgeschlossen", "zurückhaltend", "ablehnend"})


@lru_cache(maxsize=2)
def load_lexicon(ontology: Path | None = None) -> Lexicon:
    """Load every data file into one :class:`Lexicon` (cached)."""
    from babel import Locale  # German country names from CLDR

    lex = Lexicon()
    cldr = Locale("de").territories
    for iso, label, aliases, adjectives, capitals in _rows("countries.tsv", 5)[1:]:
        names = set(_split(aliases))
        if iso in cldr and cldr[iso] != label:
            names.add(cldr[iso])
        lex.actors[label] = GazetteerEntry(label, "Country", tuple(sorted(names)), (), "", _split(adjectives), _split(capitals))
    for label, typ, aliases, roles, gender in _rows("actors.tsv", 5)[1:]:
        if typ not in ("Person", "Country", "Organisation", "Group"):
            raise LexiconError(f"actors.tsv: type of {label!r} must be Person, Country, Organisation or Group, not {typ!r}")
        role_objs = tuple(Role(*r.split("@", 1)) if "@" in r else Role(r) for r in _split(roles))
        old = lex.actors.get(label)
        if old:
            lex.actors[label] = GazetteerEntry(label, old.type, tuple(sorted(set(old.aliases) | set(_split(aliases)))),
                                               old.roles + role_objs, gender or old.gender, old.adjectives, old.capitals)
        else:
            lex.actors[label] = GazetteerEntry(label, typ, _split(aliases), role_objs, gender.strip())
    for label, qid, status in _rows("wikidata.tsv", 3)[1:]:
        if status.startswith("verified"):
            lex.wikidata[label] = qid
    for e in lex.actors.values():
        for form in (e.label, *e.aliases):
            lex.aliases.setdefault(form, e.label)
            if form.startswith("„") and form.endswith("“"):
                # a quoted title in any of the quotation marks German text uses: "Welt", «Welt», »Welt«
                for left, right in (('"', '"'), ("«", "»"), ("»", "«")):
                    lex.aliases.setdefault(left + form[1:-1] + right, e.label)
        if e.type == "Person":
            # "Ursula von der Leyen" -> "von der Leyen", "Von der Leyen" (sentence start), "Leyen";
            # a full-name alias gives its surname too: "Mariusz Błaszczak" -> "Błaszczak"
            for name in (e.label, *(a for a in e.aliases if len(a.split()) >= 2)):
                parts = name.split()
                k = next((n for n, w in enumerate(parts[1:], 1) if w[:1].islower()), len(parts) - 1)
                surname = " ".join(parts[k:])
                for form in sorted({surname, surname[:1].upper() + surname[1:], parts[-1]}):
                    lex.aliases.setdefault(form, e.label)
            # the full name with the surname as an alias spells it: "Recep Tayyip Erdoğan" for the label
            # "Recep Tayyip Erdogan" with the alias "Erdoğan"
            first, _, last = e.label.rpartition(" ")
            for a in e.aliases:
                if first and " " not in a and a != last and _folded(a) == _folded(last):
                    lex.aliases.setdefault(f"{first} {a}", e.label)
        for adj in e.adjectives:
            lex.adjectives.setdefault(adj.lower(), e.label)
        for cap in e.capitals:
            lex.capitals.setdefault(cap, e.label)
    for prefix, label in _rows("prefixes.tsv", 2):
        lex.prefixes[prefix.strip()] = label.strip()
    lex.roles = tuple(RoleHead(h.strip(), f.strip(), k.strip()) for h, f, k, _ in _rows("roles.tsv", 4))
    lex.cues = tuple(_parse_cue(r) for r in _rows("cues.tsv", 5)) + _arguments()
    lex.negations = _words("negations.txt")
    lex.negative_subjects = _words("negative_subjects.txt")
    lex.proposal_acts = _words("proposal_acts.txt")
    lex.dismissive_frames = _words("dismissive_frames.txt")
    lex.dependence_nouns = _words("dependence_nouns.txt")
    lex.specific_arms = _words("specific_arms.txt")
    principles = _kinds("abandoned_principles.tsv", ("noun", "verb"))
    lex.principle_nouns |= principles["noun"]
    lex.abandon_verbs |= principles["verb"]
    lex.stance_change = _kinds("stance_changes.tsv", ("noun", "verb", "past"))
    lex.speech_verbs = _words("speech_verbs.txt")
    lex.opinion_nouns = _words("opinion_nouns.txt")
    lex.document_anaphors = _words("document_anaphors.txt")
    lex.anaphors = _words("anaphors.txt") | lex.document_anaphors  # a document noun refers back, too
    lex.backing_nouns = _words("backing_nouns.txt")
    unchanged = _kinds("unchanged_stance.tsv", ("noun", "change"))
    lex.unchanged_nouns |= unchanged["noun"]
    lex.unchanged_words |= unchanged["change"]
    judging = _kinds("judgement_words.tsv", ("critical", "critical_noun", "defending", "rebutting", "obstruction"))
    lex.critical_verbs, lex.critical_nouns = judging["critical"], judging["critical_noun"]
    lex.defending_verbs, lex.rebutting_verbs = judging["defending"], judging["rebutting"]
    lex.obstruction_words = judging["obstruction"]
    packages = _kinds("packages.tsv", ("core", "package", "contains", "handing_on"))
    lex.package_cores, lex.package_nouns = packages["core"], packages["package"]
    lex.package_verbs, lex.handing_on_nouns = packages["contains"], packages["handing_on"]
    anaphor_kinds: dict[str, set[str]] = {}
    for w, k in _rows("anaphor_proposals.tsv", 2):
        anaphor_kinds.setdefault(w.strip(), set()).add(k.strip())
    lex.anaphor_proposals = {w: frozenset(ks) for w, ks in anaphor_kinds.items()}
    lex.reaction_moods = {w.strip(): r.strip() for w, r in _rows("reaction_moods.tsv", 2)}
    for word, relation in lex.reaction_moods.items():
        if relation not in ("same", "opposite"):
            raise LexiconError(f"reaction_moods.tsv: relation of {word!r} must be same or opposite, not {relation!r}")
    lex.non_energy_goods = _words("non_energy_goods.txt")
    lex.flank_places = _words("flank_places.txt")
    lex.regions = _words("regions.txt")
    lex.group_heads = _words("group_heads.txt")
    lex.shared_views = _words("shared_views.txt")
    for row in _rows("consequences.tsv", 3):
        word, kind, pol = (c.strip() for c in row)
        if kind not in ("outcome", "harm", "help", "target", "fear", "entail", "carrier", "mood"):
            raise LexiconError(f"consequences.tsv: kind of {word!r} must be outcome, harm, help, target, fear, entail, carrier or mood, not {kind!r}")
        if kind in ("outcome", "harm", "help") and pol not in ("for", "against"):
            raise LexiconError(f"consequences.tsv: polarity of {word!r} must be 'for' or 'against', not {pol!r}")
        lex.consequences += ((word, kind, pol),)
    lex.organisation_nouns = _words("organisation_nouns.txt")
    for label, role in _rows("turn_labels.tsv", 2):
        if role.strip() not in ("question", "answer"):
            raise LexiconError(f"turn_labels.tsv: role of {label!r} must be 'question' or 'answer', not {role!r}")
        lex.turn_labels[label.strip()] = role.strip()
    lex.commentary_labels = _words("commentary_labels.txt")
    letters = _kinds("letters.tsv", ("letter", "signatory"))
    lex.letter_nouns, lex.signatory_words = letters["letter"], letters["signatory"]
    lex.blockers = _words("blockers.txt")
    lex.abstentions = _words("abstentions.txt")
    lex.low_degree = _words("low_degree.txt")
    for polarity, actors in _kinds("fixed_sides.tsv", ("for", "against")).items():
        unknown = sorted(actors - set(lex.actors))
        if unknown:
            raise LexiconError(f"fixed_sides.tsv: not actors of the gazetteer: {', '.join(unknown)}")
        lex.never_holds.update(dict.fromkeys(actors, polarity))
    lex.government_leaders = _words("government_leaders.txt")
    lex.statement_nouns = _words("statement_nouns.txt")
    lex.enacting_verbs = _words("enacting_verbs.txt")
    lex.organiser_nouns = _words("organiser_nouns.txt")
    lex.delegate_nouns = _words("delegate_nouns.txt")
    lex.joint_bodies = _words("joint_bodies.txt")
    meeting = _kinds("meeting_members.tsv", ("member", "body"))
    lex.meeting_members, lex.meeting_bodies = meeting["member"], meeting["body"]
    lex.voicing_verbs = _words("voicing_verbs.txt")
    lex.topic_verbs = _words("topic_verbs.txt")
    lex.prevention_verbs = _words("prevention_verbs.txt")
    lex.plural_actors = _words("plural_actors.txt")
    lex.object_cues = _words("object_cues.txt")
    lex.perspective_cues = frozenset(w.lower() for w in _words("perspective_cues.txt"))
    lex.rebuttals = _words("rebuttals.txt")
    lex.stance_topic_nouns = _words("stance_topic_nouns.txt")
    lex.reaction_verbs = _words("reaction_verbs.txt")
    lex.comment_verbs = _words("comment_verbs.txt")
    lex.share_nouns = _words("share_nouns.txt")
    lex.member_nouns = _words("member_nouns.txt")
    lex.complement_nouns = _words("complement_nouns.txt")
    lex.participation_nouns = _words("participation_nouns.txt")
    lex.single_anaphors = _words("single_anaphors.txt")
    lex.continuing_verbs = _words("continuing_verbs.txt")
    lex.decision_nouns = _words("decision_nouns.txt")
    lex.proposal_stopwords = _words("proposal_stopwords.txt")
    lex.triggers = {t.strip(): typ.strip() for t, typ in _rows("event_triggers.tsv", 2)}
    for party, country, forms in _rows("parties.tsv", 3):
        lex.party_country[party.strip()] = country.strip()
        for form in _split(forms) or (party.strip(),):
            lex.party_forms[form] = party.strip()
    lex.speaks_for = {o.strip(): g.strip() for o, g in _rows("speaks_for.tsv", 2)}
    lex.country_bodies = {o.strip(): c.strip() for o, c in _rows("country_bodies.tsv", 2)}
    lex.collectives = {g.strip(): _split(members) for g, members in _rows("collectives.tsv", 2)}
    for noun, fem, target in _rows("demonyms.tsv", 3):
        if noun.strip() == fem.strip():
            lex.demonyms[noun.strip()] = (target.strip(), "")  # "der Grüne", "die Grüne": the article tells
        else:
            lex.demonyms[noun.strip()] = (target.strip(), "m")
            lex.demonyms[fem.strip()] = (target.strip(), "f")
    for e in lex.actors.values():
        if e.type == "Person":
            for r in e.roles:
                if r.of and r.of in lex.actors and lex.actors[r.of].type == "Country":
                    lex.nationality.setdefault(e.label, r.of)
    for label, country in _rows("nationalities.tsv", 2):
        lex.nationality[label.strip()] = country.strip()
    lex.group_nouns = {n.strip(): lab.strip() for n, lab in _rows("group_nouns.tsv", 2)}
    for label, aliases in _rows("places.tsv", 2):
        for form in (label, *_split(aliases)):
            lex.places[form] = label
    for e in lex.actors.values():
        for cap in e.capitals:
            lex.places.setdefault(cap, cap)
    lex.proposals = load_proposals(ontology)
    keys = {p.key for p in lex.proposals}
    pats = []
    path = DATA_DIR / "proposal_patterns.jsonl"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LexiconError(f"{path}:{n}: invalid JSON ({exc.msg})") from None
        if obj.get("proposal") not in keys:
            raise LexiconError(f"{path}:{n}: unknown proposal {obj.get('proposal')!r}; known: {', '.join(sorted(keys))}")
        pats.append(obj)
    lex.proposal_patterns = tuple(pats)
    for c in lex.cues:
        if c.implies and c.implies not in keys:
            raise LexiconError(f"arguments.tsv: {c.text!r} implies unknown proposal {c.implies!r}; known: {', '.join(sorted(keys))}")
    return lex


def _folded(word: str) -> str:
    """A word without its diacritics, lower case ("Erdoğan" -> "erdogan")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()
