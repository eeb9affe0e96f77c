"""Carried stances: stances taken up from earlier sentences ("Das kündigte X an", "Ähnlich äußerte sich Y",
backing received, an unchanged stance, a judgement of the stance just reported) and the sides actors
belong to, which also decide what Russia's and Ukraine's side can hold.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from kg.extract.context import DocContext, sentence_span
from kg.extract.holder_query import Discourse
from kg.extract.reports import first_subject
from kg.extract.speech import QUOTE, SpeechFrame, coordinated, prep_before, speech_verb
from kg.lexicon import Lexicon
from kg.nlp.clauses import clause_bounds
from kg.nlp.cues import CueMatch
from kg.nlp.mentions import Mention
from kg.nlp.proposals import ProposalMention
from kg.records import Position

__all__ = ["fixed_sides", "judged_stance", "same_side", "stated_in", "reported_again", "ALIKE", "alike_whom", "after_wie",
           "backing_received", "unchanged_stance", "extended_stance", "package_core", "owners_stance", "mood_reaction", "reaffirmed_own", "own_last_stance"]


def fixed_sides(ctx: DocContext, lex: Lexicon, results: list[Position]) -> list[Position]:
    """Every proposal kg tracks is a measure against Russia or help for Ukraine: Russia's side is never
    for one, Ukraine's never against one (`kg/data/fixed_sides.tsv`, and the people whose post belongs
    to them). Such a stance comes from an act that only looks alike ("Gazprom hat die Gaslieferungen
    nach Polen eingestellt" is a supply cut, not an embargo) or from a misread sentence; it is dropped."""
    fixed = lex.never_holds
    if not fixed:
        return results

    def never(holder: str) -> str | None:
        sides = [holder] + sorted(_side(lex, holder) - {holder})  # the actor, then the posts it holds
        sides += [m.role_of for m in ctx.mentions if m.actor == holder and m.role_of]  # posts the article gives
        return next((fixed[x] for x in sides if x in fixed), None)

    return [p for p in results if never(p.holder) != p.polarity]


def judged_stance(ctx: DocContext, results: list[Position], k: int, cue: CueMatch, p: ProposalMention,
                  lo: int, hi: int, topic: list[tuple[int, list[str]]] = (), lex: Lexicon | None = None
                  ) -> tuple[str, set[str]] | None:
    """The polarity of the stance that a judgement with "das"/"dies" takes up: the previous sentence's
    position on the same proposal ("Die Regierung lehnt ein Embargo ab. Röttgen hält das für falsch."), or
    the owner's stance a judged stance noun names ("kritisierte die Haltung der Ministerin")."""
    doc = ctx.doc
    owned = owners_stance(ctx, lo, hi, results, topic, k, lex) if lex is not None else {}
    if p.key in owned:
        return owned[p.key]
    # "Merz nannte das einen Fehler": a stance noun the demonstrative is named as
    named_as = cue.cue.pos == "noun" and any((t.lemma_ or "").lower() in ("nennen", "bezeichnen") for t in doc[lo:hi])
    if k == 0 or (cue.cue.pos == "noun" and not named_as) or not any(
            (t.tag_ == "PDS" and t.lower_ in ("das", "dies"))
            or (t.tag_ == "PDAT" and t.lower_.startswith("dies") and doc[t.i - 1].tag_ not in ("APPR", "APPRART")
                and not _demonstrative_of_cue(doc, t.i, cue, lex))
            # "verteidigte die Entscheidung", "kritisierte den Beschluss": a decision just reported
            or (t.tag_ == "ART" and t.lower_ in ("die", "den") and t.i + 1 < hi and doc[t.i - 1].tag_ not in ("APPR", "APPRART")
                and (doc[t.i + 1].lemma_ or "").lower() in _DECISION_NOUNS and cue.cue.pos == "verb")
            for t in doc[lo:hi]):
        return None  # "hält das für falsch", "hält diese Argumentation für wenig überzeugend" (not "in dieser Form")
    # the nearest of the last three sentences that states a position on it ("Habeck lehnt ein Embargo ab.
    # Es würde … gefährden. Er arbeite aber daran, … Röttgen hält das für falsch.")
    for kk in range(k - 1, max(k - 4, -1), -1):
        prev = [r for r in stated_in(results, doc, ctx.sents[kk]) if r.proposal == p.key]
        if prev:
            return prev[-1].polarity, {r.holder for r in prev}
    return None


# anaphor nouns that name a stance, which a judgement with a demonstrative takes up ("hält diese Linie für falsch")
_STANCE_NOUNS = frozenset({"kurs", "linie", "entscheidung", "forderung", "wunsch"})
# nouns for a decision or line just reported, which a judgement with a definite article takes up
_DECISION_NOUNS = frozenset({"entscheidung", "beschluss", "kurs", "linie", "haltung"})


def _demonstrative_of_cue(doc: Doc, i: int, cue: CueMatch, lex: Lexicon | None = None) -> bool:
    """"damit finanzieren wir diesen Krieg": the demonstrative belongs to the cue's own noun (the outcome),
    not to a stance taken up; "Die Ukraine braucht diese Flugzeuge": nor to a noun of a proposal's kind."""
    k = i + 1
    while k < len(doc) and doc[k].tag_ == "ADJA":
        k += 1
    if lex is not None and k < len(doc) and {(doc[k].lemma_ or "").lower(), doc[k].lower_} & lex.anaphor_proposals.keys():
        return True
    if lex is not None and k < len(doc) and doc[k].tag_ == "NN" and (
            {(doc[k].lemma_ or "").lower(), doc[k].lower_} & (lex.anaphors - _STANCE_NOUNS)):
        return True  # "Genau dieses Szenario haben Washington und Berlin ausgeschlossen": the proposal, not a stance
    return k in (cue.i, cue.j) or (k < len(doc) and doc[k].text in cue.cue.words)


def stated_in(results: list[Position], doc: Doc, sent: Span) -> list[Position]:
    """The positions found so far whose evidence is the sentence ``sent``."""
    start = sentence_span(doc, sent).start
    return [p for p in results if p.evidence.start == start]


_ENDORSE = frozenset({"begründen", "bekräftigen", "bestätigen", "verteidigen", "unterstreichen", "rechtfertigen", "bekräftigt"})


def reported_again(ctx: DocContext, sent: Span, frame: SpeechFrame | None, h: Discourse, results: list[Position],
                   k: int, lex: Lexicon) -> list[Position]:
    """'Das kündigte Außenminister X an.' / 'Dies sagte X.': X holds the previous sentence's positions."""
    doc = ctx.doc
    first = next((t for t in sent if not t.is_space), None)
    if first is None:
        return []
    lemmas = {(t.lemma_ or "").lower() for t in sent}
    particles = {t.lower_ for t in sent if t.tag_ == "PTKVZ"}
    fin = next((t for t in sent if t.tag_.endswith("FIN")), None)
    if fin is not None and fin.tag_ in ("VAFIN", "VMFIN"):
        # "Kallas hatte ähnlich argumentiert": the full verb of the perfect
        fin = next((t for t in doc[fin.i + 1:sent.end] if t.tag_ in ("VVPP", "VVINF") or t.text in (":", ",")), fin)
        fin = fin if fin.tag_ in ("VVPP", "VVINF") else None
    alike = fin is not None and any(t.lower_ in ALIKE - {"ebenfalls"} and t.tag_ in ("ADJD", "ADV") for t in sent) and (
        speech_verb(doc, fin, lex) is not None or (fin.lemma_ or "").lower() in _VIEW_VERBS or _shows_self(doc, fin))
    # "zeigte sich ebenfalls besorgt", "äußerte sich ebenfalls": but not "forderte ebenfalls eine Ausnahme"
    alike = alike or (fin is not None and any(t.lower_ == "ebenfalls" for t in sent) and (
        _shows_self(doc, fin) or (fin.lemma_ or "").lower() in _VIEW_VERBS or (
            (fin.lemma_ or "").lower() == "äußern" and any(t.lower_ == "sich" for t in sent))))
    # "Litauen teilt diese Position", "Die Bundesregierung teilt die Bedenken": shares the stance before
    shares = "teilen" in lemmas and "mit" not in particles and any(
        t.text in lex.shared_views and t.i > sent.start and doc[t.i - 1].lower_ in ("diese", "die", "dessen", "deren", "diesen")
        for t in sent)
    joins = ("schließen" in lemmas and "an" in particles) or "anschließen" in lemmas or "beipflichten" in lemmas or alike or shares
    like = alike_whom(ctx, sent) if alike else []
    if like:
        # "Die AfD argumentiert ähnlich wie Wagenknecht": the holder takes the named one's positions
        speakers = [m for m in ctx.mentions_in(sent.start, sent.end) if m.holder_eligible and m.type != "Place"
                    and m.kind != "adjective" and prep_before(doc, m) == (None, False) and m.actor not in like
                    and not after_wie(doc, sent.start, m.start)][:1]
        out = []
        for m in speakers:
            for label in h.resolve(m):
                for key, pol in sorted({(p.proposal, p.polarity) for p in results if p.holder in like}):
                    out.append(Position(label, key, pol, sentence_span(doc, sent), "ähnlich", 0.6))
        return out
    if joins:
        # "X schloss sich der Kritik an": X takes the position of the sentence before
        speakers = [m for m in ctx.mentions_in(sent.start, sent.end) if m.holder_eligible and m.type != "Place"
                    and m.kind != "adjective" and prep_before(doc, m) == (None, False)][:1]
    elif any(t.lower_ in ("dies", "das") and t.i > sent.start and (doc[t.i - 1].lemma_ or "").lower() in _ENDORSE for t in sent):
        speakers = [m for m in ctx.mentions_in(sent.start, sent.end) if m.holder_eligible and m.type != "Place"
                    and prep_before(doc, m) == (None, False)][:1]
    else:
        if first.lower_ not in ("das", "dies", "dieses") or first.tag_ not in ("PDS", "ART", "PRELS"):
            return []
        verb = first.i + 1 < sent.end and (speech_verb(doc, doc[first.i + 1], lex) or (
            (doc[first.i + 1].lemma_ or "").lower() == "machen" and lemmas & {"deutlich", "klar"}) or (
            # "Das hatte Bundespräsident X angekündigt", "Dies hat X deutlich gemacht": the perfect
            doc[first.i + 1].tag_ == "VAFIN" and any(t.tag_ == "VVPP" and (speech_verb(doc, t, lex) or (
                (t.lemma_ or "").lower() == "machen" and lemmas & {"deutlich", "klar"})) for t in sent)))
        if not verb or doc[first.i + 1].lower_ in ("hieße", "hießen", "heißt"):
            return []  # "Das hieße, dass Nato-Piloten russische Flugzeuge abschießen": what it would mean
        speakers = [m for m in ctx.mentions_in(first.i + 2, sent.end) if m.holder_eligible and m.type != "Place"
                    and m.kind != "adjective" and prep_before(doc, m) == (None, False)]
        # "Das teilten die Bundesregierung, die USA, … und Kanada mit": the whole enumeration
        speakers = coordinated(doc, speakers[0], speakers) if speakers else []
    before = stated_in(results, doc, ctx.sents[k - 1])
    if alike and before:
        # "Stoltenberg: keine Truppen in die Ukraine. Auch eine Flugverbotszone lehne man ab. Ähnlich äußerte
        # sich die Bundesregierung": all the stances the last holder stated in that paragraph
        last = {p.holder for p in before}
        for kk in range(k - 2, max(k - 6, -1), -1):
            if ctx.para[kk] != ctx.para[k - 1]:
                break
            before = before + [p for p in stated_in(results, doc, ctx.sents[kk]) if p.holder in last
                               and (p.proposal, p.polarity) not in {(b.proposal, b.polarity) for b in before}]
    if alike and not before:
        # "X verlangte eine Brigade. „…“, sagte Y. Ähnlich äußerte sich Z": the last stance stated a few
        # sentences back in this or the previous paragraph (a quotation without a proposal in between)
        for kk in range(k - 2, max(k - 4, -1), -1):
            if ctx.para[kk] < ctx.para[k] - 1:
                break
            before = stated_in(results, doc, ctx.sents[kk])
            if before:
                break
    out = []
    for m in speakers:
        for label in h.resolve(m):
            for p in before:
                out.append(Position(label, p.proposal, p.polarity, sentence_span(doc, sent),
                                    fin.text if alike else doc[first.i + 1].text,
                                    round(p.confidence * 0.8, 2)))
    return out


# the subject of "Das gelte auch für …": the stance just stated ("Gleiches", "Das Gleiche", "Dasselbe")
_SAME = frozenset({"das", "dies", "gleiches", "dasselbe", "ähnliches", "selbiges", "ebendas"})
# words that restrict rather than extend: "Das gilt nicht für Öl", "Das schließe Panzer aber nicht ein"
_RESTRICTING = frozenset({"nicht", "kaum", "keineswegs"})


def extended_stance(ctx: DocContext, sent: Span, frame: SpeechFrame | None, h: Discourse, results: list[Position],
                    k: int) -> list[Position]:
    """"Scholz lehnt eine Friedensmission ab. Das gelte auch für eine Flugverbotszone": the stance of the
    sentence before, extended to the proposal named after "gelten … für" by the same holders, or by the
    speaker of this sentence ("Gleiches gelte für Kampfjets, sagte die Ministerin") if that speaker took it.
    "Das schließe Panzer ausdrücklich ein" extends it likewise; when the sentence before named no proposal
    ("die Ukraine brauche alles, was ihr helfe"), the speaker of the reported words includes it in a demand.
    "Das gilt nicht für Öl" restricts the stance and extends nothing."""
    doc = ctx.doc
    if k == 0:
        return []
    toks = [t for t in sent if not t.is_space]
    i = 1 if len(toks) > 2 and toks[0].lower_ == "das" and toks[1].lower_ in ("gleiche", "selbe") else 0
    if not toks or (toks[0].lower_ not in _SAME and i == 0) or len(toks) < i + 3:
        return []
    verb = toks[i + 1]
    lemma = (verb.lemma_ or "").lower()
    includes = lemma == "schließen" and any(t.tag_ == "PTKVZ" and t.lower_ == "ein" for t in toks)
    if not includes and lemma != "gelten" and verb.lower_ not in ("gilt", "gelte", "galt", "gälte"):
        return []
    if includes:
        particle = next(t for t in toks if t.tag_ == "PTKVZ" and t.lower_ == "ein")
        if any(t.lower_ in _RESTRICTING for t in doc[verb.i:particle.i]):
            return []
        props = ctx.proposals_in(verb.i + 1, particle.i)[:1]
    else:
        fuer = next((t for t in toks[i + 2:i + 8] if t.lower_ == "für" or t.text in (",", ".", ":")), None)
        if fuer is None or fuer.lower_ != "für" or any(t.lower_ in _RESTRICTING for t in doc[verb.i:fuer.i]):
            return []
        props = ctx.proposals_in(fuer.i + 1, clause_bounds(doc, fuer.i)[1])[:1]
    before = stated_in(results, doc, ctx.sents[k - 1])
    speakers = [a for m in frame.speakers for a in h.resolve(m)] if frame and frame.speakers and not frame.source_only else []
    if not props:
        return []
    if not before:
        # "Dröge sagte, die Ukraine brauche alles, was ihr helfe. Das schließe Artillerie ein."
        return [Position(a, props[0].key, "for", sentence_span(doc, sent), verb.text, 0.6) for a in speakers] if includes else []
    sides: dict[str, set[str]] = {}
    for p in before:
        sides.setdefault(p.holder, set()).add(p.polarity)
    holders = [a for a in speakers if a in sides] if speakers else sorted(sides)
    out = []
    for holder in holders:
        if len(sides[holder]) != 1:
            continue  # for one thing and against another: which one is extended is not said
        conf = max(p.confidence for p in before if p.holder == holder)
        out.append(Position(holder, props[0].key, next(iter(sides[holder])), sentence_span(doc, sent), verb.text,
                            round(conf * 0.8, 2)))
    return out


def package_core(ctx: DocContext, sent: Span, results: list[Position], k: int, lex: Lexicon) -> list[Position]:
    """"Die Kommission stellte ein sechstes Sanktionspaket vor. Kernstück ist ein Importverbot für
    russisches Öl" (or "Es enthält ein Importverbot …"): who put forward or backs the package in the
    sentences just before is for its core (kg/data/packages.tsv)."""
    doc = ctx.doc
    toks = [t for t in sent if not t.is_space]
    if k == 0 or len(toks) < 3:
        return []
    verb = next((t for t in toks[1:6] if t.tag_.endswith("FIN")), None)
    lemma = (verb.lemma_ or "").lower() if verb is not None else ""
    # "Es enthält erstmals ein Importverbot für Kohle", "Das Paket sieht zudem vor, …"
    package = (toks[0].lower_ == "es" and verb is toks[1]) or (
        toks[0].lower_ in ("das", "der") and toks[1].text in lex.package_nouns and verb is toks[2])
    if not ((toks[0].text in lex.package_cores and lemma in ("sein", "bilden")) or (package and lemma in lex.package_verbs)):
        return []
    props = ctx.proposals_in(verb.i + 1, sent.end)[:1]
    if not props:
        return []
    holders: list[str] = []
    for kk in range(k - 1, max(k - 4, -1), -1):
        for p in stated_in(results, doc, ctx.sents[kk]):
            if p.proposal == "sanctions" and p.polarity == "for" and p.holder not in holders:
                holders.append(p.holder)
    return [Position(h, props[0].key, "for", sentence_span(doc, sent), toks[0].text, 0.6) for h in holders]


# "Ähnlich sieht das X", "X argumentiert ähnlich": the stance of the sentence before (or of the one named after "wie")
ALIKE = frozenset({"ähnlich", "ebenso", "genauso", "gleichlautend", "ähnlicher", "ebenfalls"})
_VIEW_VERBS = frozenset({"sehen", "argumentieren", "urteilen", "denken", "bewerten", "einschätzen", "positionieren",
                         "reagieren", "klingen", "halten", "beurteilen"})


def _shows_self(doc: Doc, verb) -> bool:
    """ "zeigte sich ebenfalls besorgt": "sich zeigen" with a predicative adjective."""
    if (verb.lemma_ or "").lower() != "zeigen":
        return False
    rest = doc[verb.i + 1:verb.sent.end]
    return any(t.lower_ == "sich" for t in rest) and any(t.tag_ == "ADJD" and t.lower_ not in ALIKE for t in rest)


def alike_whom(ctx: DocContext, sent: Span) -> list[str]:
    """The actors named after "ähnlich wie" in the sentence."""
    doc = ctx.doc
    out = []
    for m in ctx.mentions_in(sent.start, sent.end):
        if m.actor and m.kind != "pronoun" and m.start >= 2 and doc[m.start - 1].lower_ == "wie" \
                and doc[m.start - 2].lower_ in ALIKE:
            out.append(m.actor)
    return out


def after_wie(doc: Doc, lo: int, start: int) -> bool:
    """'wie Michael Kretschmer', 'wie Sachsens Ministerpräsident Michael Kretschmer' (a role or genitive between)."""
    k = start - 1
    while k > lo and start - k <= 3 and doc[k].tag_ in ("NN", "NE", "ADJA"):
        k -= 1
    return k > lo and doc[k].lower_ == "wie"


def backing_received(ctx: DocContext, sent: Span, h: Discourse, results: list[Position],
                     topic: list[tuple[int, list[str]]], k: int, lex: Lexicon) -> list[Position]:
    """"Unterstützung erhielt Warschau dagegen aus Litauen", "Rückendeckung bekam Scholz von der FDP": the
    source of the backing takes the recipient's last stance on the current topic (not "Unterstützung für
    X", a stance of its own, nor backing for something the recipient has no stance on)."""
    doc = ctx.doc
    noun = next((t for t in sent if t.tag_ == "NN" and (t.lemma_ or t.text).lower() in lex.backing_nouns), None)
    verb = next((t for t in sent if t.tag_ == "VVFIN" and (t.lemma_ or "").lower() in ("erhalten", "bekommen")), None)
    if noun is None or verb is None or any(t.lower_ in ("für", "bei", "beim") for t in sent):
        return []
    ments = [m for m in ctx.mentions_in(sent.start, sent.end) if m.actor and m.holder_eligible and m.kind != "adjective"]
    sources = [m for m in ments if prep_before(doc, m)[0] in ("von", "vom", "aus")]
    recipients = [m for m in ments if prep_before(doc, m) == (None, False) and m not in sources]
    if not sources or not recipients:
        return []
    out = []
    recipient = [a for m in recipients[:1] for a in h.resolve(m)]
    for key, last in _sides_last_stances(ctx, results, topic, k, lex, recipient):
        for m in coordinated(doc, sources[0], ments):
            for a in h.resolve(m):
                out.append(Position(a, key, last.polarity, sentence_span(doc, sent), noun.text, round(last.confidence * 0.8, 2)))
    return out


def unchanged_stance(ctx: DocContext, sent: Span, frame: SpeechFrame | None, h: Discourse, results: list[Position],
                     topic: list[tuple[int, list[str]]], k: int, lex: Lexicon) -> list[Position]:
    """"Hebestreit bekräftigte, die Haltung der Bundesregierung habe sich nicht geändert": the speaker and the
    owner of the stance noun keep the stance their side (the owner, or a person whose post is the owner's)
    took last on the current topic. Nothing when the side has taken no stance on it yet."""
    doc = ctx.doc
    nouns = [t for t in sent if t.tag_ == "NN" and (t.lemma_ or t.text).lower() in lex.unchanged_nouns]
    lemmas = {(t.lemma_ or t.text).lower() for t in sent}
    negated = any(t.lower_ in ("nicht", "nichts", "kein", "keine", "keinerlei") for t in sent)
    changed = "unverändert" in lemmas & lex.unchanged_words or (bool(lemmas & lex.unchanged_words - {"unverändert"}) and negated)
    if not nouns or not changed:
        return []
    first = next((t for t in sent if not t.is_space and t.text not in QUOTE), None)
    if first is None or first.lower_ in ("wenn", "falls", "ob", "sollte", "sollten"):
        return []
    owners: list[str] = []
    for n in nouns:
        owners += [a for a in _stance_owners(ctx, n, sent.start, sent.end, h.resolve) if a not in owners]
        nxt = doc[n.i + 2] if n.i + 2 < sent.end else None
        if nxt is not None and doc[n.i + 1].lower_ in ("der", "des") and nxt.tag_ == "NN" and not owners:
            return []  # "der Kurs des Rubels": not a stance
    speakers = [a for m in (frame.speakers if frame and not frame.source_only else []) for a in h.resolve(m)]
    holders = [a for a in speakers + owners if a]
    holders = list(dict.fromkeys(holders))
    if not holders:
        return []
    out = []
    for key, last in _sides_last_stances(ctx, results, topic, k, lex, holders):
        for a in holders:
            out.append(Position(a, key, last.polarity, sentence_span(doc, sent), nouns[0].text, round(last.confidence * 0.8, 2)))
    return out


def _stance_owners(ctx: DocContext, n, lo: int, hi: int,
                   resolve: Callable[[Mention], list[str]] = lambda m: [m.actor]) -> list[str]:
    """The actors a stance noun belongs to: "die Haltung der Bundesregierung", "Berlins Position", "die
    deutsche Haltung", "die Linie Lambrechts"; ``resolve`` turns a mention into actor labels."""
    doc = ctx.doc
    out = []
    for m in ctx.mentions_in(lo, hi):
        if not m.actor or m.type == "Place" or m.kind == "pronoun":
            continue
        genitive = (m.start == n.i + 2 and doc[n.i + 1].lower_ in ("der", "des")) or m.start == n.i + 1
        if genitive or m.end == n.i:
            out += [a for a in resolve(m) if a not in out]
    return out


def _sides_last_stances(ctx: DocContext, results: list[Position], topic: list[tuple[int, list[str]]], k: int,
                        lex: Lexicon, actors: list[str]) -> list[tuple[str, Position]]:
    """The stance the actors' side (:func:`_side`) took last on each proposal of the current topic (the
    latest topic of the last three paragraphs before sentence ``k``), in topic order."""
    keys = next((keys for kk, keys in reversed(topic) if kk < k and keys and ctx.para[kk] >= ctx.para[k] - 2), [])
    ours = set().union(*(_side(lex, a) for a in actors))
    out = []
    for key in keys:
        last = _last_of_side(results, lex, ours, key)
        if last is not None:
            out.append((key, last))
    return out


def _last_of_side(results: list[Position], lex: Lexicon, ours: set[str], key: str) -> Position | None:
    """The last position on the proposal held by one of the actors ``ours`` or those sharing their side."""
    return next((r for r in reversed(results) if r.proposal == key and _side(lex, r.holder) & ours), None)


def mood_reaction(ctx: DocContext, sent: Span, h: Discourse, results: list[Position], k: int, lex: Lexicon) -> list[Position]:
    """"Die NATO lehnt eine Flugverbotszone ab. Selenskyj zeigte sich enttäuscht.": the subject's mood
    (kg/data/reaction_moods.tsv) with "reagieren", "sich zeigen" or "sich äußern" takes the stance of the
    sentence before, or its opposite. Only for a proposal on which that sentence is of one polarity."""
    doc = ctx.doc
    fin = next((t for t in sent if t.tag_ == "VVFIN"), None)
    if fin is None or k == 0 or ctx.para[k] != ctx.para[k - 1]:
        return []  # the reaction follows what it reacts to in its paragraph
    lemma = (fin.lemma_ or "").lower()
    reflexive = any(t.lower_ == "sich" for t in doc[fin.i + 1:sent.end])
    if not (lemma == "reagieren" or (lemma in ("zeigen", "äußern") and reflexive)):
        return []
    lo, hi = clause_bounds(doc, fin.i)
    moods = [lex.reaction_moods[t.lower_] for t in doc[lo:hi] if t.tag_ in ("ADJD", "ADV", "VVPP") and t.lower_ in lex.reaction_moods]
    if len(set(moods)) != 1:
        return []
    subject = first_subject(ctx, lo, hi)
    if not subject:
        return []
    before = stated_in(results, doc, ctx.sents[k - 1])
    out = []
    for label in h.resolve(subject[0]):
        for key in sorted({p.proposal for p in before}):
            pols = {p.polarity for p in before if p.proposal == key and p.holder != label}
            if len(pols) != 1:
                continue  # "Warschau bietet die Jets an, Washington winkt ab": reacting to which?
            pol = pols.pop()
            pol = pol if moods[0] == "same" else ("against" if pol == "for" else "for")
            out.append(Position(label, key, pol, sentence_span(doc, sent), fin.text, 0.6))
    return out


# verbs that restate a stance without saying which: "Scholz verteidigte seinen Kurs"
_REAFFIRM = frozenset({"verteidigen", "bekräftigen", "rechtfertigen", "bestätigen", "unterstreichen"})


def reaffirmed_own(doc: Doc, cue: CueMatch, lo: int, hi: int, lex: Lexicon) -> bool:
    """The cue restates the holder's own stance, named by a possessive and a stance noun ("verteidigte
    seinen Kurs", "bekräftigte ihre Haltung"): its polarity is that stance's, not the verb's."""
    if cue.cue.words[0] not in _REAFFIRM:
        return False
    return any(t.tag_ == "NN" and (t.lemma_ or t.text).lower() in lex.unchanged_nouns and t.i > lo
               and doc[t.i - 1].tag_ == "PPOSAT" for t in doc[lo:hi])


def own_last_stance(results: list[Position], lex: Lexicon, holder: str, key: str) -> str | None:
    """The stance the holder's side took last on the proposal, or None."""
    last = _last_of_side(results, lex, _side(lex, holder), key)
    return last.polarity if last is not None else None


def same_side(lex: Lexicon, holder: str, others: set[str]) -> bool:
    """The holder is one of the others or shares their side: Scholz and "die Bundesregierung" (Deutschland)."""
    return holder in others or bool(_side(lex, holder) & set().union(*(_side(lex, o) for o in others)))


def _side(lex: Lexicon, label: str) -> set[str]:
    """An actor and those whose post it holds: "Olaf Scholz" -> {"Olaf Scholz", "Deutschland"}."""
    e = lex.actors.get(label)
    return {label} | ({r.of for r in e.roles if r.of} if e is not None else set())


def owners_stance(ctx: DocContext, lo: int, hi: int, results: list[Position], topic: list[tuple[int, list[str]]],
                  k: int, lex: Lexicon) -> dict[str, tuple[str, set[str]]]:
    """A stance noun with an owner in the clause ("die Haltung der Ministerin") and the stance that owner's
    side took last on the current topic: {proposal: (polarity, holders)}; empty when there is none."""
    doc = ctx.doc
    nouns = [t for t in doc[lo:hi] if t.tag_ == "NN" and (t.lemma_ or t.text).lower() in lex.unchanged_nouns]
    owners = [a for n in nouns for a in _stance_owners(ctx, n, lo, hi)]
    if not owners:
        return {}
    return {key: (last.polarity, set(owners) | {last.holder})
            for key, last in _sides_last_stances(ctx, results, topic, k, lex, owners)}
