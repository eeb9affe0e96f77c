"""Who speaks and who is the subject: speech frames, attributions, pronouns, coordination.

Shared by the position and event extractors. A speech frame records the speaker of a quote or
of reported speech ("…, sagte Scholz", "Stoltenberg sagte, …", "Scholz: …", "nach Angaben von X")
and which tokens carry the attribution rather than the content.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from kg.extract.context import DocContext
from kg.lexicon import Lexicon
from kg.nlp.clauses import SUBORDINATE_TAGS, clause_bounds
from kg.nlp.mentions import Mention, dateline_spans

__all__ = ["SpeechFrame", "speech_verb", "speech_frame", "prep_before", "coordinated", "clause_pronoun",
           "plural_pronoun", "is_konjunktiv", "means_marker", "view_opener", "listed_before", "is_konjunktiv_ii", "indicative_main_clause", "new_speaker", "group_reference", "is_conditional", "pronoun_after",
           "PREP_TAGS", "QUOTE", "ADDRESSING", "critical_word", "GROUP_HOLDER_PREP", "whole_quote", "wie_pronoun"]

PREP_TAGS = ("APPR", "APPRART", "APPO", "APZR")
SKIP_TAGS = ("ART", "ADJA", "PIAT", "PPOSAT", "CARD", "PIDAT", "PDAT")
QUOTE = frozenset({'"', "„", "“", "”", "»", "«"})
OPENING_QUOTE = frozenset({'"', "„", "»"})
COORD = frozenset({"und", "sowie", ",", "oder", "ebenso", "wie", "auch"})
CONDITIONAL = frozenset({"wenn", "falls", "ob", "sofern", "bevor", "damit", "obwohl"})
GROUP_HOLDER_PREP = frozenset({"von", "vom", "seitens"})


def critical_word(t, particles, lex: Lexicon) -> bool:
    """A word that criticises: "kritisierte", "warf … vor" (with its separated particle), "Kritik"
    (`kg/data/judgement_words.tsv`)."""
    lemma = (t.lemma_ or "").lower()
    critical, nouns = lex.critical_verbs, lex.critical_nouns
    return lemma in critical or (t.tag_ == "NN" and (t.lemma_ in nouns or t.text in nouns)) or (
        t.tag_.startswith("VV") and any(p + lemma in critical for p in particles))


@dataclass
class SpeechFrame:
    """Who speaks in a sentence, and which tokens carry the attribution (not the content)."""

    speakers: list[Mention]
    attr_lo: int
    attr_hi: int
    source_only: bool = False  # "nach Angaben von X", "laut X": use only when nothing else holds
    verb: int = -1             # the speech verb; it may itself be a stance cue ("warnte vor", "forderte")
    extra_holder: bool = False  # "nach Angaben von X": X shares the position it reports
    critical: bool = False      # a critical speech verb ("kritisierte", "warf … vor")
    reporter: bool = False      # "nach Angaben der Regierung": a source that reports what the subject did


def prep_before(doc: Doc, m: Mention) -> tuple[str | None, bool]:
    """(preposition governing the mention's NP, is_genitive_attachment)."""
    k = m.start - 1
    sent_start = doc[m.start].sent.start
    skipped_article = None
    while k >= sent_start and (doc[k].tag_ in SKIP_TAGS or doc[k].text in QUOTE):
        if doc[k].tag_ == "ART":
            skipped_article = doc[k].lower_
        k -= 1
    if k < sent_start:
        return None, False
    t = doc[k]
    if t.tag_ in PREP_TAGS or t.lower_ in ("laut", "gegenüber", "zufolge", "seitens"):
        return t.lower_, False
    if t.tag_ in ("NN", "NE", "NNA") and (skipped_article in ("der", "des") or (
            skipped_article is None and m.type != "Person" and doc[m.end - 1].text.endswith(("s", "'")))):
        return None, True
    if t.tag_ == "NN" and skipped_article is None:
        # an apposition after a noun ("der Regierungspartei PiS", "auf die Pipeline Nord Stream"):
        # it shares that noun phrase's case
        j = k - 1
        while j >= sent_start and doc[j].tag_ in ("ADJA", "PIAT", "CARD"):
            j -= 1
        if j > sent_start and doc[j].lower_ in ("der", "des") and doc[j - 1].tag_ in ("NN", "NE"):
            return None, True
        if j >= sent_start and doc[j].tag_ == "ART":
            j -= 1
        if j >= sent_start and (doc[j].tag_ in PREP_TAGS):
            return doc[j].lower_, False
    return None, False


# finite verbs that open a verb-first conditional clause ("…, sollte Russland angreifen")
_CONDITIONAL_V1 = frozenset({"sollte", "sollten", "würde", "würden", "wäre", "wären", "hätte", "hätten", "käme", "kämen",
                             "müsste", "müssten", "könnte", "könnten", "dürfte", "dürften", "gäbe", "ginge", "bliebe",
                             "kommt", "kommen", "gibt", "geht", "bleibt"})


_QUANTIFIERS = frozenset({"zahlreiche", "mehrere", "viele", "einige", "dutzende", "hunderte", "tausende", "etliche", "rund"})


def unnamed_subject(doc: Doc, x: int) -> bool:
    """A noun that heads a group of people named by no actor: "zahlreiche Intellektuelle", "28 Künstler"."""
    t = doc[x]
    return t.tag_ == "NNA" or (t.tag_ == "NN" and x > 0 and (doc[x - 1].lower_ in _QUANTIFIERS or doc[x - 1].tag_ == "CARD"))


def vocative(doc: Doc, m: Mention) -> bool:
    """'Herr Lindner, …' / 'Frau Ministerin, …' at the start of a sentence or turn: an address, not a subject."""
    k = m.start if doc[m.start].text in ("Herr", "Frau") else m.start - 1  # also a mention "Herr Keller"
    if k < 0 or doc[k].text not in ("Herr", "Frau") or m.end >= len(doc) or doc[m.end].text != ",":
        return False
    before = doc[k - 1].text.strip("*") if k > 0 else ""
    return k == doc[k].sent.start or before in ("", ":") or before.endswith(":") or doc[k - 1].is_space  # "**RND:** Herr X,"


def _perfect_speech_verb(doc: Doc, t, sent: Span, lex: Lexicon):
    """The participle of a trailing attribution in the perfect: "…, hatte Habeck in Brüssel gesagt" (the
    auxiliary ``t`` right after the comma, the speech verb's participle closing the clause)."""
    if t.tag_ != "VAFIN" or (t.lemma_ or "").lower() != "haben":
        return None
    for k in range(t.i + 1, min(sent.end, t.i + 18)):
        x = doc[k]
        if x.text in (",", ":", ";"):
            return None
        if x.tag_ in ("VVPP", "VVFIN"):  # the tagger may take the clause-final participle for a finite verb
            return x if speech_verb(doc, x, lex) is not None else None
        if x.tag_ == "VVINF" and k + 1 < sent.end and (doc[k + 1].lemma_ or "").lower() == "lassen":
            return x if speech_verb(doc, x, lex) is not None else None  # "…, hatte Habeck verlauten lassen"
        if x.tag_.endswith("FIN"):
            return None
    return None


def is_conditional(doc: Doc, lo: int) -> bool:
    """A clause opened by a conditional subordinator ("wenn", "falls", "ob"), or a verb-first clause
    after a main clause ("…, sollte die NATO eingreifen"); after a relative or subordinate clause a
    finite verb resumes the main clause ("Das Netzwerk, das …, will weder …")."""
    t = doc[lo]
    if t.lower_ in CONDITIONAL and not (t.tag_ in ("PROAV", "PAV") and lo + 1 < len(doc) and doc[lo + 1].tag_.endswith("FIN")):
        return True  # (but "Damit liefert die Bundesregierung erstmals schwere Waffen": the adverb, a main clause)
    sent = t.sent
    if lo == sent.start or doc[lo - 1].text != "," or not t.tag_.endswith("FIN"):
        return False
    # "…, sollte die NATO eingreifen": a verb-first clause after a main clause; with an indicative
    # verb it continues the main clause instead ("…, schickte Kiew aber keine Kampfjets")
    before = clause_bounds(doc, lo - 2)[0] if lo - 2 >= sent.start else lo
    return doc[before].tag_ not in SUBORDINATE_TAGS and t.lower_ in _CONDITIONAL_V1


def _let_infinitive(doc: Doc, t, lo: int) -> bool:
    """``t`` is an infinitive after a finite "lassen" from ``lo`` on: "Der Kanzler ließ über seinen Sprecher
    ausrichten, …" (the infinitive is the speech verb)."""
    return t.tag_ == "VVINF" and any(x.tag_ == "VVFIN" and (x.lemma_ or "").lower() == "lassen" for x in doc[lo:t.i])


def speech_verb(doc: Doc, t, lex: Lexicon) -> str | None:
    """The speech verb lemma of token ``t``, with a separated particle: 'kündigte … an' -> 'ankündigen'."""
    if not t.tag_.startswith("VV"):
        return None
    lemma = (t.lemma_ or t.text).lower()
    sent = t.sent
    # "ließ Scholz wissen" (the infinitive after "lassen"), "hatte … verlauten lassen" (before it): the infinitive
    # with "lassen" is the speech verb
    inf = None
    if lemma == "lassen" and t.tag_ != "VVFIN" and t.i > sent.start and doc[t.i - 1].tag_ == "VVINF":
        inf = doc[t.i - 1]
    elif lemma == "lassen":
        inf = next((x for x in doc[t.i + 1:sent.end] if x.tag_ == "VVINF" or x.is_punct), None)
    elif t.tag_ == "VVINF" and t.i + 1 < sent.end and (doc[t.i + 1].lemma_ or "").lower() == "lassen":
        inf = t
    if inf is not None and not inf.is_punct and inf.lower_ + "lassen" in lex.speech_verbs:
        return inf.lower_ + "lassen"
    if t.tag_ != "VVFIN":
        # "hatte deutlich gemacht": a predicative adjective used as the particle, right before the participle
        if t.i > sent.start and doc[t.i - 1].tag_ in ("ADJD", "PTKVZ") and doc[t.i - 1].lower_ + lemma in lex.speech_verbs:
            return doc[t.i - 1].lower_ + lemma
    in_clause = True
    for k in range(t.i + 1, sent.end):
        # "machte (unmissverständlich) deutlich, dass …": the adjective closes the verb's clause like a particle
        if doc[k].tag_ == "PTKVZ" or (in_clause and doc[k].tag_ == "ADJD" and k + 1 < sent.end and doc[k + 1].is_punct):
            full = doc[k].lower_ + lemma
            if full in lex.speech_verbs:
                return full
            if doc[k].tag_ == "PTKVZ":
                break
        in_clause = in_clause and not doc[k].is_punct
    return lemma if lemma in lex.speech_verbs else None


def _after_relative_subject(doc: Doc, sent: Span, comma: int) -> bool:
    """The comma closes a relative clause on the sentence's first noun phrase, which has no verb of
    its own: "Polen, das an die Ukraine grenzt, | fordert …"."""
    if comma - 1 < sent.start or doc[comma].text != ",":
        return False
    rlo, _ = clause_bounds(doc, comma - 1)
    if doc[rlo].tag_ != "PRELS" or rlo - 2 < sent.start or doc[rlo - 1].text != ",":
        return False
    nlo, nhi = clause_bounds(doc, rlo - 2)
    return not any(x.tag_.endswith("FIN") for x in doc[nlo:nhi])


_ADVERBIAL = frozenset({"während", "weil", "wenn", "obwohl", "obgleich", "nachdem", "da", "als", "bevor", "sobald",
                        "seit", "seitdem", "falls", "sofern", "damit", "indem", "solange"})


def _adverbial_clause_first(doc: Doc, sent: Span, comma: int) -> bool:
    """The sentence opens with an adverbial clause that ends at the comma: what precedes the verb is no
    quoted content but a circumstance ("Während die EU-Kommission ein Kohleembargo vorschlägt, warnen …")."""
    first = next((t for t in sent if not t.is_space and t.text not in QUOTE), None)
    return first is not None and first.lower_ in _ADVERBIAL and first.tag_ == "KOUS" and not any(
        doc[k].text in (",", ":") for k in range(first.i + 1, comma))


def _apposition_subject(doc: Doc, sent: Span, comma: int, ments: list[Mention]) -> bool:
    """The comma closes a subject's apposition, not a content clause: "Der Oppositionsführer, CDU-Chef
    Friedrich Merz, sagte der „Bild“, …" (no finite verb before it, and a person named right before it,
    after an earlier comma)."""
    if any(t.tag_.endswith("FIN") for t in doc[sent.start:comma]):
        return False
    end = comma
    if doc[end - 1].text == ")":  # "Marie-Agnes Strack-Zimmermann (FDP),"
        end = next((k for k in range(end - 1, sent.start, -1) if doc[k].text == "("), end)
    return any(m.end in (end, comma) and m.type == "Person" and any(doc[k].text == "," for k in range(sent.start, m.start))
               for m in ments)


def speech_frame(ctx: DocContext, sent: Span, lex: Lexicon) -> SpeechFrame | None:
    doc = ctx.doc
    toks = [t for t in sent if not t.is_space]
    if not toks:
        return None
    ments = [m for m in ctx.mentions_in(sent.start, sent.end) if m.holder_eligible and m.type != "Place"
             and m.kind != "adjective" and not vocative(doc, m)]
    # trailing attribution: '…", sagte Stoltenberg.'  '…, so Scholz.'  '…, betonte die Ministerin.'
    for t in toks:
        is_verb = t.tag_ in ("VVFIN", "VVPP") and speech_verb(doc, t, lex) is not None
        is_so = t.lower_ == "so" and t.i > sent.start
        v = _perfect_speech_verb(doc, t, sent, lex)  # "…, hatte Wirtschaftsminister Habeck in Brüssel gesagt"
        if not (is_verb or is_so or v is not None):
            continue
        v = v if v is not None else t
        prev = doc[t.i - 1] if t.i > sent.start else None
        if prev is None or not (prev.text == "," or prev.text in QUOTE and t.i - 2 >= sent.start and doc[t.i - 2].text == ","):
            continue
        if _after_relative_subject(doc, sent, t.i - 1):
            continue  # "Polen, das an die Ukraine grenzt, fordert …": the main clause's verb, no attribution
        if _adverbial_clause_first(doc, sent, t.i - 1):
            continue  # "Während Polen ein Kohleembargo vorschlägt, warnen Verbände …": no content, a clause of time
        if _apposition_subject(doc, sent, t.i - 1, ments):
            continue  # "Die Vorsitzende des Ausschusses, Marie-Agnes Strack-Zimmermann, sagte dem „Tagesspiegel“, …"
        # the speaker follows the verb directly ("…, sagte Bundeskanzler Scholz"), not after a noun of
        # its own ("…, fordert eine Friedensmission der NATO")
        # (nor after a comma: "…, warnte jedoch, Deutschland dürfe …" opens the content)
        after = [m for m in ments if t.i < m.start <= t.i + 4 and not any(
            x.text == "," or x.tag_ in PREP_TAGS or (x.tag_ == "ART" and x.lower_.startswith("ein") and not lex.role_head(doc[x.i + 1].text))
            or (x.tag_ == "NN" and doc[x.i + 1].tag_ == "ART" and not lex.role_head(x.text)
                # "…, erklärten die Ökonomen der Leopoldina": the members speak for the actor (member_nouns.txt)
                and x.text not in lex.member_nouns) for x in doc[t.i + 1:m.start])]
        if after and pronoun_after(doc, t.i + 1) is not None and after[0].start > t.i + 1:
            after = []  # "…, sagte er der «Rheinischen Post»": the pronoun is the speaker, the outlet a dative
        if any(t.i < c.i < sent.end for c in ctx.cues):
            # "…, sagte Hebestreit, dafür sehe die Regierung keinen Anlass": the content goes on after
            # the speaker; but "…, nannte sie aber überfällig": a stance follows, this is no attribution
            spk = coordinated(doc, after[0], ments) if after else []
            if not spk and (pron_spk := pronoun_after(doc, t.i + 1)) is not None:
                # "…, sagte sie, und es sei richtig, es jetzt zu beschließen": a pronoun speaker, the content goes on
                spk = [pron_spk]
            comma = spk[-1].end if spk else -1
            if spk and comma < sent.end and doc[comma].text == "," and all(
                    c.i > comma for c in ctx.cues if t.i < c.i < sent.end) and _finite_after(doc, comma, sent.end):
                return SpeechFrame(spk, t.i - 1, comma + 1, verb=v.i, critical=speech_verb(doc, v, lex) in lex.critical_verbs)
            continue
        if after:
            spk = coordinated(doc, after[0], ments)
            if after[0].kind == "role" and doc[after[0].start - 1].lower_ in _NUMBER_WORDS:
                # "…, sagten die beiden Minister": the pair named just before, not the last minister
                spk = _named_group_before(ctx, sent, _NUMBER_WORDS[doc[after[0].start - 1].lower_]) or spk
            return SpeechFrame(spk, t.i - 1, sent.end, verb=v.i, critical=speech_verb(doc, v, lex) in lex.critical_verbs)
        pron = pronoun_after(doc, t.i + 1)
        if pron is None and t.i + 1 < sent.end and doc[t.i + 1].lower_ in ("der", "die"):
            # a definite description of the person discussed: "…, sagte der frühere Boxweltmeister"
            k = t.i + 2
            while k < sent.end and doc[k].tag_ in ("ADJA", "ADV"):
                k += 1
            size = next((_NUMBER_WORDS[doc[x].lower_] for x in range(t.i + 2, min(k + 1, sent.end))
                         if doc[x].lower_ in _NUMBER_WORDS), None)
            head = k + 1 if k < sent.end and doc[k].lower_ in _NUMBER_WORDS else k
            if size is not None and head < sent.end and doc[head].tag_ == "NN":
                # "…, erklärten die drei Ausschussvorsitzenden": the group of that size named just before
                group = _named_group_before(ctx, sent, size)
                if group:
                    return SpeechFrame(group, t.i - 1, sent.end, verb=v.i, critical=speech_verb(doc, v, lex) in lex.critical_verbs)
            if k < sent.end and doc[k].text in lex.organisation_nouns:
                # "…, erklärte die Organisation": the organisation named last
                named = [m for m in ctx.mentions if m.end <= sent.start and m.type in ("Organisation", "Group")
                         and m.actor and m.kind not in ("prefix", "adjective", "place")]
                if named:
                    return SpeechFrame([named[-1]], t.i - 1, sent.end, verb=v.i, critical=speech_verb(doc, v, lex) in lex.critical_verbs)
            elif k < sent.end and doc[k].tag_ == "NN" and not any(m.start <= k < m.end for m in ctx.mentions):
                # "…, so der CSU-Politiker": the party in the description narrows the person meant
                party = lex.party_forms.get(doc[k].text.split("-")[0]) if "-" in doc[k].text else None
                pron = Mention(t.i + 1, k + 1, None, "Person", "pronoun", party=party,
                               gender="m" if doc[t.i + 1].lower_ == "der" else "f")
        if pron is not None:
            # "Kramer hält das für falsch: …, sagte er / der Landesbischof": the subject just named
            here = _narrated_subject(ctx, sent, ments, pron.gender) if not v.lower_.endswith("en") else None
            return SpeechFrame([here or pron], t.i - 1, sent.end, verb=v.i, critical=speech_verb(doc, v, lex) in lex.critical_verbs)
    # leading attribution: 'Stoltenberg sagte nach dem Treffen, …'  'X hat betont, …'  'Scholz: Kein Nein zu …'
    s0 = next((e for (b, e) in dateline_spans(doc) if b == sent.start or b == next((t.i for t in sent if not t.is_space), -1)), sent.start)
    while s0 < sent.end and (doc[s0].text in ("+++", "Uhr") or doc[s0].is_space or doc[s0].like_num or ":" in doc[s0].text[1:]):
        s0 += 1  # live-blog marker "+++ 08:20 Uhr +++"
    first = [m for m in ments if m.start <= s0 + 3 and prep_before(doc, m) == (None, False)]
    if not first and doc[s0].lower_ == "für":
        colon = next((j for j in range(s0, sent.end) if doc[j].text == ":"), None)
        fur = [m for m in ments if s0 < m.start and (colon is None or m.end <= colon) and m.type == "Person"][:1]
        if colon is not None and fur:
            return SpeechFrame(fur, s0, colon + 1)  # "Für BDI-Präsident X ist die Sache klar: …"
    fin0 = next((t for t in sent if t.tag_.endswith("FIN")), None)
    if first and fin0 is not None and s0 < fin0.i < first[0].start and speech_verb(doc, fin0, lex) and (
            all(t.tag_ in ("ADV", "ADJD", "PTKNEG") for t in doc[s0:fin0.i]) or doc[s0].tag_ in ("APPR", "APPRART")):
        first = []  # "Zugleich verwies Scholz darauf, dass …": the speech verb in second place, its subject after it
    if not first:
        # "Eine Sprecherin der Gruppe, Lea Marquardt, sagte: …": the subject before the first finite verb
        fin = next((t for t in sent if t.tag_.endswith("FIN")), None)
        flo = clause_bounds(doc, fin.i)[0] if fin is not None else sent.start
        sv = fin
        if fin is not None and fin.tag_ == "VAFIN" and (fin.lemma_ or "").lower() in ("haben", "sein"):
            # the perfect: "Am Sonntag hatte Außenminister Blinken gesagt, …" (the participle is the speech verb)
            stop0 = next((j for j in range(fin.i, sent.end) if doc[j].text in (",", ":")), sent.end)
            sv = next((t for t in doc[fin.i + 1:stop0] if t.tag_ == "VVPP" and speech_verb(doc, t, lex)), fin)
        if fin is not None and (fin.lemma_ or "").lower() == "lassen":
            # "Der Kanzler ließ über seinen Sprecher ausrichten, …": the infinitive is the speech verb
            stop0 = next((j for j in range(fin.i, sent.end) if doc[j].text in (",", ":")), sent.end)
            sv = next((t for t in doc[fin.i + 1:stop0] if _let_infinitive(doc, t, fin.i) and speech_verb(doc, t, lex)), fin)
        if fin is not None and speech_verb(doc, sv, lex) and doc[flo].tag_ not in ("KOUS", "PRELS", "KOKOM", "PWAV"):
            first = [m for m in ments if m.end <= fin.i and prep_before(doc, m) == (None, False)][:1]
            if not first:
                # verb-second with the subject after the verb: "Ähnlich äußerte sich X: …"
                stop = next((j for j in range(fin.i, sent.end) if doc[j].text in (",", ":")), None)
                after = [m for m in ments if fin.i < m.start and (stop is None or m.end <= stop)
                         and prep_before(doc, m) == (None, False)][:1]
                inside = {x for m in ments for x in range(m.start, m.end)}
                if after and any(unnamed_subject(doc, x) and x not in inside for x in range(fin.i + 1, after[0].start)):
                    after = []  # "Darin fordern zahlreiche Intellektuelle Kanzler Scholz auf": the subject names no actor
                lem = (fin.lemma_ or "").lower()
                addressing = lem in ADDRESSING or any(t.tag_ == "PTKVZ" and t.lower_ + lem in ADDRESSING
                                                      for t in doc[fin.i:stop or sent.end])
                if after and addressing and any(doc[x].tag_ in ("NN", "NNA", "PRELS") and x not in inside for x in range(s0, fin.i)):
                    after = []  # "Die Unterzeichner fordern die Bundesregierung auf, …": the one addressed is no speaker
                if after and stop is not None and not any(fin.i < c.i < stop and c.i != fin.i for c in ctx.cues):
                    # "Skeptisch äußerte sich auch X, Direktor des …": a stance word before the verb stays content
                    lo_attr = fin.i if any(s0 <= c.i < fin.i for c in ctx.cues) else s0
                    return SpeechFrame(coordinated(doc, after[0], ments), lo_attr, stop + 1, verb=sv.i,
                                       critical=speech_verb(doc, sv, lex) in lex.critical_verbs)
                pron = pronoun_after(doc, fin.i + 1)
                if not after and pron is not None and stop is not None and fin.i > s0 and not any(
                        fin.i < c.i < stop for c in ctx.cues):
                    # "Zugleich betonte er, die Ukraine brauche …", "Am Montag sagte sie, …": a pronoun subject
                    # after the speech verb in second position
                    lo_attr = fin.i if any(s0 <= c.i < fin.i for c in ctx.cues) else s0
                    return SpeechFrame([pron], lo_attr, stop + 1, verb=sv.i, critical=speech_verb(doc, sv, lex) in lex.critical_verbs)
    pron = clause_pronoun(doc, s0, min(sent.end, s0 + 2))
    if pron is not None and first and pron.start < first[0].start:
        first = []
    if doc[s0].lower_ == "wer":
        first, pron = [], None  # "Wer Russland mit einem Lieferstopp drohe, …": an object in a "wer" clause, no speaker
    if first or pron is not None:
        m = first[0] if first else pron
        k = m.end
        if first and k < sent.end and doc[k].text == ":":
            return SpeechFrame([m], sent.start, k + 1)
        spk = coordinated(doc, m, ments) if first else [m]
        # "Viktor Orbán, der sich in Brüssel aufhielt, bekräftigte, …": past the speaker's relative clause
        s_end = _relative_clause_end(doc, spk[-1].end, sent.end) if first else spk[-1].end
        if any(spk[-1].end <= c.i < s_end for c in ctx.cues):
            s_end = spk[-1].end  # "Ralf Fücks, der seit Wochen für Kampfpanzer wirbt, sprach von …": a stance of its own
        fin = next((j for j in range(s_end, sent.end) if doc[j].tag_.endswith("FIN")), s_end)
        if fin > spk[-1].end and any(t.tag_ == "VAFIN" for t in doc[s0:spk[-1].start]) and any(
                t.tag_ == "VVPP" and speech_verb(doc, t, lex) for t in doc[spk[-1].end:fin] if t.text != ","):
            fin = spk[-1].end  # "Am Vortag hatte Regierungssprecher X gesagt, …": the participle closes the bracket
        comma = next((j for j in range(max(fin, s_end), sent.end) if doc[j].text in (",", ":", ";")), None)
        if comma is not None and doc[comma].text == ";":
            # "Litauen hat … verzichtet; die Regierung in Vilnius erklärte, …": the semicolon ends the first
            # subject's clause; an attribution may begin after it
            after_semicolon = speech_frame(ctx, doc[comma + 1:sent.end], lex) if comma + 2 < sent.end else None
            if after_semicolon is not None and after_semicolon.speakers and after_semicolon.attr_lo > comma:
                return after_semicolon
            verbs = [t for t in doc[s_end:comma] if t.tag_ == "VVFIN" and speech_verb(doc, t, lex)]
            if first and verbs and any(t.lower_ in KONJUNKTIV and t.tag_.endswith("FIN") for t in doc[comma + 1:sent.end]):
                # "Morawiecki sprach von Erpressung; Polen werde ohnehin auf russisches Gas verzichten": the
                # Konjunktiv after the semicolon reports what he said
                stance_in_attr = any(s_end <= c.i < comma and c.i != verbs[0].i for c in ctx.cues)
                return SpeechFrame(spk, sent.start, spk[-1].end if stance_in_attr else comma + 1, verb=verbs[0].i,
                                   critical=speech_verb(doc, verbs[0], lex) in lex.critical_verbs)
            comma = None
        if comma is not None:
            verbs = [t for t in doc[s_end:comma] if (t.tag_ in ("VVFIN", "VVPP") or _let_infinitive(doc, t, s_end))
                     and speech_verb(doc, t, lex)]
            # "Die Niederlande sprachen sich gegen ein Embargo aus, …" is a stance, not an attribution
            other_cues = [c for c in ctx.cues if s_end <= c.i < comma and ctx.proposals_in(sent.start, comma)]
            if verbs and not other_cues and verbs[0].tag_ == "VVPP" and speech_verb(doc, verbs[0], lex) != "zitieren" and any(
                    (t.lemma_ or "").lower() == "werden" and t.tag_.startswith("VA") for t in doc[sent.start:comma]):
                # "Kanzler Scholz war vorgeworfen worden, … zu zögern", "Der Regierung wird vorgehalten, …": a
                # passive speech verb; its subject or dative is the one addressed or accused, the speaker unnamed
                # (but "X wurde mit den Worten zitiert, …": the one quoted speaks)
                return SpeechFrame([], sent.start, comma + 1, verb=verbs[0].i,
                                   critical=speech_verb(doc, verbs[0], lex) in lex.critical_verbs)
            if verbs and not other_cues:
                verb = speech_verb(doc, verbs[0], lex)
                stance_in_attr = any(s_end <= c.i < comma and c.i != verbs[0].i for c in ctx.cues)
                # "X nennt das Angebot nicht haltbar: …": the stance words before the colon stay content
                hi = spk[-1].end if stance_in_attr else comma + 1
                return SpeechFrame(spk, sent.start, hi, verb=verbs[0].i, critical=verb in lex.critical_verbs)
            if doc[comma].text == ":" and first and comma + 1 < sent.end and (
                    m.type == "Person" or doc[comma + 1].text in OPENING_QUOTE):
                # "X macht Druck: …", "X nannte das Angebot nicht haltbar: …" (cues before the colon count);
                # a press review: 'Die „Welt“ hält dagegen: „…“' (the outlet speaks the quote)
                return SpeechFrame(spk, sent.start, spk[-1].end)
            colon = next((j for j in range(comma + 1, sent.end) if doc[j].text in (",", ";", ":")), None)
            if doc[comma].text == "," and first and colon is not None and doc[colon].text == ":" and colon + 1 < sent.end \
                    and doc[colon + 1].text in OPENING_QUOTE and not any(
                        spk[-1].end < x.start < colon and x.holder_eligible for x in ments):
                # 'Der MÜNCHNER MERKUR lobt die Waffenhilfe, vermisst aber Tempo: „…“': two predicates, then the quote
                return SpeechFrame(spk, sent.start, spk[-1].end)
    # an opinion's owner: 'Nach Ansicht von Grünen-Chef X muss …', 'Aus Sicht der Union ist …'
    for m in ments:
        opener = view_opener(doc, m, sent.start, lex)
        if opener is not None:
            end = m.end + 1 if m.end < sent.end and doc[m.end].text == "," else m.end
            return SpeechFrame([m], opener, end)
        k = _view_noun(doc, m, sent.start, lex)
        if k - 2 >= sent.start and k < m.start and doc[k].text in lex.opinion_nouns and doc[k - 1].tag_ == "ART" \
                and doc[k - 2].lower_ == "nach" and (doc[k + 1].lower_ in ("von", "vom") or doc[k + 1].tag_ == "ART"):
            # "Österreich wird nach den Worten von Bundeskanzler Karl Nehammer keine Waffen liefern": the source and
            # the clause's own subject (also the genitive: "nach den Worten des Norwegers")
            return SpeechFrame([m], k - 2, m.end, source_only=True, extra_holder=True)
    for m in ments:  # a genitive owner before the view: "nach Käßmanns Worten", "nach Scholz' Einschätzung"
        if m.start - 1 >= sent.start and doc[m.start - 1].lower_ == "nach" and m.end < sent.end \
                and doc[m.end].text in lex.opinion_nouns and doc[m.end - 1].text.endswith(("s", "'")):
            return SpeechFrame([m], m.start - 1, m.end + 1)
    # a possessive owner: "nach seinen Worten", "nach ihrer Einschätzung", "seiner Ansicht nach"
    for t in sent:
        if t.text not in lex.opinion_nouns or t.i - 1 <= sent.start:
            continue
        pos = doc[t.i - 1]
        if pos.tag_ != "PPOSAT" or not pos.lower_.startswith(("sein", "ihr")):
            continue
        before = doc[t.i - 2].lower_ if t.i - 2 >= sent.start else ""
        after = doc[t.i + 1].lower_ if t.i + 1 < sent.end else ""
        if before == "nach" or after == "nach":
            lo2, hi2 = (t.i - 2, t.i + 1) if before == "nach" else (t.i - 1, t.i + 2)
            gender = "m" if pos.lower_.startswith("sein") else "f"
            return SpeechFrame([Mention(pos.i, pos.i + 1, None, "Person", "pronoun", gender=gender)], lo2, hi2)
    # source attribution: 'nach Angaben von X', 'laut X', 'X zufolge', 'nach X' Angaben', 'wie X mitteilte'
    for m in ctx.mentions_in(sent.start, sent.end):
        if m.kind == "place" and doc[m.start:m.end].text in lex.capitals:
            # "hieß es aus Berlin": the capital's government
            m = Mention(m.start, m.end, lex.capitals[doc[m.start:m.end].text], "Country", "capital")
        if m.kind == "place" or not m.actor:
            continue
        prev = doc[m.start - 1].lower_ if m.start > sent.start else ""
        before = {t.lower_ for t in doc[max(sent.start, m.start - 4):m.start]}
        if prev in ("aus", "in", "der", "dem") and (before & {"hieß", "verlautete", "heißt", "verlautet"}
                                      or (m.end < sent.end and doc[m.end].lower_ in ("verlautete", "hieß", "verlautet", "heißt"))):
            return SpeechFrame([m], max(sent.start, m.start - 4), m.end + 1, source_only=True)
    for m in ments:
        if m.start >= 1 and doc[m.start - 1 if doc[m.start - 1].tag_ != "ART" else m.start - 2].lower_ == "wie":
            v = next((t for t in doc[m.end:min(m.end + 3, sent.end)] if speech_verb(doc, t, lex)), None)
            if v is not None:
                end = v.i + 2 if v.i + 1 < sent.end and doc[v.i + 1].text == "," else v.i + 1
                return SpeechFrame([m], m.start - 1, end, source_only=True, extra_holder=m.type == "Person")
        prep, _ = prep_before(doc, m)
        if prep == "laut" or (m.end < sent.end and doc[m.end].lower_ == "zufolge"):
            return SpeechFrame([m], m.start - 1, m.end + 1, source_only=True)
        if m.start >= 3 and doc[m.start - 1].lower_ in ("von", "aus") and doc[m.start - 2].lower_ == "angaben":
            return SpeechFrame([m], m.start - 3, m.end, source_only=True, extra_holder=doc[m.start - 1].lower_ == "von")
        k = m.start - 1
        while k > sent.start and doc[k].tag_ in ("NN", "ART") and doc[k].lower_ not in ("angaben",) and m.start - k <= 2:
            k -= 1
        if k >= 2 and doc[k].lower_ == "von" and doc[k - 1].lower_ == "angaben" and m.type == "Person":
            return SpeechFrame([m], k - 2, m.end, source_only=True, extra_holder=True)
        if m.start >= 1 and m.end < sent.end and doc[m.end].lower_ == "angaben" and doc[m.start - 1].lower_ == "nach":
            return SpeechFrame([m], m.start - 1, m.end + 1, source_only=True)
        k = m.start - 1
        while k > sent.start and doc[k].tag_ in ("ART", "ADJA") and m.start - k <= 2:
            k -= 1
        if k - 1 >= sent.start and doc[k].lower_ == "angaben" and doc[k - 1].lower_ == "nach" \
                and doc[k + 1].tag_ == "ART":
            # the genitive: "Nach Angaben der Downing Street sollen weitere Raketen geschickt werden"
            return SpeechFrame([m], k - 1, m.end, source_only=True, reporter=True)
    return None


def _view_noun(doc: Doc, m: Mention, lo: int, lex: Lexicon) -> int:
    """Where the noun of a view owned by ``m`` stands: before its article, a possessive after the noun ("nach
    Ansicht ihres Generalsekretärs X") or "von" (not before ``lo``)."""
    k = m.start - 1
    if k > lo and (doc[k].tag_ == "ART" or (doc[k].tag_ == "PPOSAT" and doc[k - 1].text in lex.opinion_nouns)):
        k -= 1
    if k > lo and doc[k].lower_ in ("von", "vom"):
        k -= 1
    return k


def view_opener(doc: Doc, m: Mention, lo: int, lex: Lexicon) -> int | None:
    """The index of the "nach"/"aus" that opens a view owned by ``m`` ("Nach Ansicht von Grünen-Chef X", "Aus Sicht
    der Union", "aus Sicht Austins"), not before ``lo``; None when ``m`` owns no view."""
    k = _view_noun(doc, m, lo, lex)
    if k - 1 >= lo and k < m.start and doc[k].text in lex.opinion_nouns and doc[k - 1].lower_ in ("nach", "aus"):
        return k - 1
    return None


def whole_quote(sent: Span) -> bool:
    """A sentence that is one quotation and nothing else: '„Die Ukraine braucht Panzer, nicht Ratschläge.“'."""
    toks = [t for t in sent if not t.is_space]
    if len(toks) < 4 or toks[0].text not in OPENING_QUOTE:
        return False
    inner = [t for t in toks[1:] if t.text in QUOTE]
    return len(inner) == 1 and (inner[0].i == toks[-1].i or (inner[0].i == toks[-2].i and toks[-1].is_punct))


def _relative_clause_end(doc: Doc, end: int, hi: int) -> int:
    """The index after a relative clause that follows a subject ending at ``end`` ("Viktor Orbán, der sich
    in Brüssel aufhielt, bekräftigte …"), or ``end`` when none follows."""
    k = end + 1 if end < hi and doc[end].text == "," else None
    if k is not None and k < hi and doc[k].tag_ == "APPR":
        k += 1  # "…, in dem …"
    if k is None or k >= hi or doc[k].tag_ not in ("PRELS", "PRELAT"):
        return end
    fin = next((j for j in range(k, hi) if doc[j].tag_.endswith("FIN")), None)
    close = next((j for j in range(fin, hi) if doc[j].text == ","), None) if fin is not None else None
    return close + 1 if close is not None else end


def _finite_after(doc: Doc, lo: int, hi: int) -> bool:
    return any(t.tag_.endswith("FIN") for t in doc[lo:hi])


_NUMBER_WORDS = {"beiden": 2, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5}


def listed_before(ctx: DocContext, k: int, size: int | None = None, back: int = 2, across: bool = False) -> list[Mention]:
    """The first list of two or more coordinated actors ("Schwarzer, Walser und Mey"; of ``size``, when given)
    in the ``back`` sentences before sentence ``k``, within its paragraph (or ``across`` paragraphs); nearest
    sentence first."""
    for kk in range(k - 1, k - 1 - back, -1):
        if kk < 0 or (ctx.para[kk] != ctx.para[k] and not across):
            break
        prev = [m for m in ctx.mentions_in(ctx.sents[kk].start, ctx.sents[kk].end) if m.holder_eligible
                and m.kind != "adjective" and m.type != "Place"]
        for m in prev:
            group = coordinated(ctx.doc, m, prev)
            if len(group) >= 2 and (size is None or len(group) == size):
                return group
    return []


def _named_group_before(ctx: DocContext, sent: Span, size: int) -> list[Mention]:
    """"…, erklärten die drei Ausschussvorsitzenden": the list of ``size`` actors named in the two sentences before."""
    k = next((i for i, s in enumerate(ctx.sents) if s.start == sent.start), None)
    return listed_before(ctx, k, size) if k is not None else []


def _narrated_subject(ctx: DocContext, sent: Span, ments: list[Mention], gender: str) -> Mention | None:
    """The named person subject of the sentence's first clause when that clause is narrated in the
    indicative ("Die frühere Ratsvorsitzende Margot Käßmann hält nichts von …"), not reported."""
    doc = ctx.doc
    fin = next((t for t in sent if t.tag_.endswith("FIN")), None)
    if fin is None or fin.lower_ in KONJUNKTIV or fin.lower_ in KONJUNKTIV_II:
        return None
    lo = clause_bounds(doc, fin.i)[0]
    while lo - 1 > sent.start and doc[lo - 1].text == ")":
        # "Bundeskanzler Olaf Scholz (SPD) erteilte …": the subject before a party in brackets
        op = next((k for k in range(lo - 2, sent.start - 1, -1) if doc[k].text == "("), None)
        if op is None or op == sent.start:
            break
        lo = clause_bounds(doc, op - 1)[0]
    here = [m for m in ments if lo <= m.start and m.end <= fin.i and m.type == "Person" and m.actor
            and m.kind != "pronoun" and m.gender in ("", gender) and prep_before(doc, m) == (None, False)
            and not ctx.in_quote[m.start]]  # "„Putin hat uns getäuscht“, sagte er": a quotation is no narration
    return here[-1] if here else None


def means_marker(doc: Doc, start: int, lo: int = 0) -> bool:
    """The phrase starting at ``start`` is a means: "mit"/"durch" before it, over at most three articles,
    adjectives, possessives or adverbs, not before ``lo`` ("mit der Lieferung schwerer Waffen", "durch ein
    Embargo", "mit ihren Waffen")."""
    k = start - 1
    while k >= lo and k > start - 4 and doc[k].tag_ in ("ART", "ADJA", "PPOSAT", "PIAT", "ADV"):
        k -= 1
    return k >= lo and doc[k].lower_ in ("mit", "durch")


def pronoun_after(doc: Doc, k: int) -> Mention | None:
    if k < len(doc) and doc[k].lower_ in ("er", "sie") and doc[k].tag_.startswith("PPER"):
        return Mention(k, k + 1, None, "Person", "pronoun", gender="m" if doc[k].lower_ == "er" else "f")
    return None


def wie_pronoun(doc: Doc, lo: int, hi: int) -> int | None:
    """The pronoun of a comparison clause that takes up a proposal named before it: "…, wie sie Kiew
    verlangt", "…, wie es die Balten fordern" (the index of "sie"/"es"), or None."""
    k = lo + 1 if doc[lo].text == "," else lo
    if k + 1 < hi and doc[k].lower_ == "wie" and doc[k + 1].tag_ == "PPER" and doc[k + 1].lower_ in ("sie", "er", "es", "ihn"):
        return k + 1
    if k + 2 < hi and doc[k].lower_ == "wie":
        # "…, wie Warschau sie vorgeschlagen hat": the subject's name first (up to three words)
        j = k + 1
        while j < min(k + 4, hi) and doc[j].tag_ in ("NE", "ART") or (j < hi and doc[j].tag_ == "NN" and doc[j].text[:1].isupper() and j == k + 1):
            j += 1
        if j > k + 1 and j < hi and doc[j].tag_ == "PPER" and doc[j].lower_ in ("sie", "es", "ihn"):
            return j
    return None


def clause_pronoun(doc: Doc, lo: int, hi: int) -> Mention | None:
    """A personal pronoun subject ('Er', 'sie') at the clause start or right after its finite verb."""
    for k in range(lo, hi):
        t = doc[k]
        b = k - 1
        while b > lo and doc[b].tag_ in ("ADV", "PTKNEG", "KON") and k - b <= 3:
            b -= 1  # "lehnt aber auch sie ab"
        # "Auch er sprach sich … aus", "Doch sie lehnt …": only particles before the pronoun
        particles_only = k > lo and all(doc[j].tag_ in ("ADV", "KON") for j in range(lo, k)) and k - lo <= 2
        if t.lower_ in ("er", "sie") and t.tag_.startswith("PPER") and (
                k == lo or particles_only or doc[b].tag_.endswith("FIN") or doc[b].tag_ in ("KOUS", "PRELS")):
            return Mention(k, k + 1, None, "Person", "pronoun", gender="m" if t.lower_ == "er" else "f")
    return None


COUNT_WORDS = frozenset({"beiden", "drei", "vier", "fünf", "genannten"})
# verbs of a request whose object is the one addressed, not a holder: "fordern die Regierung auf, …"
ADDRESSING = frozenset({"auffordern", "aufrufen", "bitten", "ersuchen", "drängen", "anflehen", "appellieren", "mahnen"})


def group_reference(doc: Doc, lo: int, hi: int, heads: frozenset[str]) -> bool:
    """'die drei Länder', 'beide Regierungen' at the clause's subject position refer to the holders just named
    (the heads are kg/data/group_heads.txt)."""
    words = [t for t in doc[lo:hi] if not t.is_space]
    return any((a.lower_ in COUNT_WORDS or a.lower_ == "beide") and b.text in heads for a, b in zip(words, words[1:]))


KONJUNKTIV = frozenset({"sei", "seien", "habe", "werde", "müsse", "solle", "könne", "dürfe", "wolle", "möge", "wisse",
                        "gebe", "stehe", "liege", "gehe", "komme", "bleibe", "brauche", "sehe", "trage", "halte"})
KONJUNKTIV_II = frozenset({"wäre", "wären", "würde", "würden", "hätte", "hätten", "müsste", "müssten", "könnte",
                           "könnten", "dürfte", "dürften"})


def is_konjunktiv(sent: Span) -> bool:
    """Konjunktiv I marks reported speech: 'sei', 'habe', 'müsse', 'lehne … ab' (not after 'ich')."""
    for t in sent:
        if not t.tag_.endswith("FIN") or (t.i > sent.start and t.doc[t.i - 1].lower_ == "ich"):
            continue
        low, lemma = t.lower_, (t.lemma_ or "").lower()
        if low in KONJUNKTIV or (t.tag_ == "VVFIN" and lemma.endswith("en") and low == lemma[:-1]):
            return True
        if t.tag_ == "VVFIN" and lemma.endswith(("ern", "eln")) and low in (lemma[:-1] + "e", lemma[:-3] + "le"):
            return True  # "liefere", "fordere", "verhandle"
    return False


def is_konjunktiv_ii(sent: Span) -> bool:
    """A finite Konjunktiv II ('würde', 'hätte', 'müssten'): reported speech only right after a speaker."""
    return any(t.tag_.endswith("FIN") and t.lower_ in KONJUNKTIV_II and not (
        t.i > sent.start and t.doc[t.i - 1].lower_ in ("ich", "wir")) for t in sent)


def indicative_main_clause(sent: Span) -> bool:
    """The sentence's first finite verb is an indicative one before any subordinate clause, as in "Die
    EU-Kommission arbeitet an einem Paket, das auch Öl betreffen könnte": the narrator speaks, and a
    Konjunktiv II inside the relative clause does not continue the reported speech before."""
    for t in sent:
        if t.tag_ in ("KOUS", "PRELS", "PWS", "PWAV") or t.text == ",":
            return False
        if t.tag_.endswith("FIN"):
            return t.lower_ not in KONJUNKTIV_II and not is_konjunktiv(t.doc[t.i:t.i + 1])
    return False


def new_speaker(ctx: DocContext, sent: Span, speakers: list[Mention]) -> bool:
    """True when a clause before the sentence's first Konjunktiv has a named person of its own as
    subject in the indicative: "Kramer hält das für falsch: Die Kirche dürfe nicht …" does not
    continue the reported speech of the sentence before, although it has a Konjunktiv."""
    doc = ctx.doc
    known = {m.actor for m in speakers}
    for fin in (t for t in sent if t.tag_.endswith("FIN")):
        if fin.lower_ in KONJUNKTIV or fin.lower_ in KONJUNKTIV_II:
            break  # the reported content begins
        lo = clause_bounds(doc, fin.i)[0]
        if any(lo <= m.start and m.end <= fin.i and m.type == "Person" and m.actor and m.kind != "pronoun"
               and m.actor not in known and prep_before(doc, m) == (None, False) for m in ctx.mentions):
            return True
    return False


def plural_pronoun(doc: Doc, k: int) -> bool:
    """'sie fordern', 'fordern sie' (plural verb) as opposed to 'sie fordert'."""
    if doc[k].lower_ != "sie":
        return False
    for j in (k + 1, k - 1):
        if 0 <= j < len(doc) and doc[j].tag_.endswith("FIN"):
            return doc[j].lower_.endswith("n") or doc[j].lower_ in ("sind",)
    return False


def coordinated(doc: Doc, m: Mention, ments: list[Mention]) -> list[Mention]:
    """'Frankreich und die USA', 'Polen, Litauen und Lettland'."""
    out = [m]
    cur = m
    for nxt in ments:
        if nxt.start < cur.end:
            continue
        between = [t for t in doc[cur.end:nxt.start] if not t.is_space]
        if doc[nxt.start].tag_ == "PRELAT":
            break  # "Günther (CDU), dessen Partei die Wahl gewann, …": a relative clause, no enumeration
        if nxt.type == "Person":
            # a person's title or profession before the name: "…, der Schriftsteller Martin Walser und …"
            while len(between) > 1 and (between[-1].text[:1].isupper() and (between[-1].tag_ == "NN" or "-" in between[-1].text)
                                        or between[-1].tag_ == "ADJA"):  # "und AfD-Chef Tino Chrupalla" (tagged FM)
                between.pop()
        # an article right before the name, even where the tagger reads "…, die FDP" as a relative pronoun
        # (or a possessive before a title: "Hendrik Wüst (CDU) und sein Herausforderer Thomas Kutschaty")
        words = [t.lower_ for t in between if t.tag_ != "ART" and not (t.tag_ == "PRELS" and t.i + 1 == nxt.start)
                 and not (t.tag_ == "PPOSAT" and nxt.type == "Person" and len(between) > 1)]
        # "sowohl Frankreich als auch Italien", "weder die SPD noch die Grünen"
        before_m = m.start - 1 if m.start > 0 and doc[m.start - 1].tag_ != "ART" else m.start - 2
        opener = doc[before_m].lower_ if before_m >= 0 else ""
        # (Round 9, probe9) also with an article before the first ("sowohl die Union als auch die Grünen")
        # and "nicht nur die Union, sondern auch die Grünen"
        paired = (words == ["als", "auch"] and opener == "sowohl") or (words == ["noch"] and opener == "weder") or (
            words in ([",", "sondern", "auch"], ["sondern", "auch"]) and opener == "nur" and before_m > 0
            and doc[before_m - 1].lower_ == "nicht")
        if words == [","] and nxt.end < len(doc) and doc[nxt.end].tag_ in ("VVFIN", "VMFIN", "VAFIN") and any(
                t.tag_.endswith("FIN") for t in doc[doc[m.start].sent.start:m.start]):
            # "sagte Merz, Deutschland müsse …": after the verb and its subject, the comma opens the content
            # clause (but "Frankreich, Italien, Spanien zögern" is an enumeration before the verb)
            break
        if (len(between) <= 3 or paired and len(between) <= 4) and words and (paired or all(w in COORD for w in words)) \
                and not any(t.text in QUOTE for t in between):
            out.append(nxt)
            cur = nxt
        elif nxt.start > cur.end:
            break
    return out
