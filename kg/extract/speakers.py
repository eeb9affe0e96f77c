"""Speakers: who holds the stances inside a quote or reported speech - the speaker, or a third party, a
narrated person or an organisation the speaker reports on.
"""

from __future__ import annotations

from kg.extract.holder_query import Answer, HolderQuery, labels, normative, registry_info
from kg.extract.speech import (KONJUNKTIV, KONJUNKTIV_II, clause_pronoun, is_konjunktiv, means_marker, prep_before, view_opener,
                               wie_pronoun)
from kg.lexicon import Lexicon
from kg.nlp.mentions import Mention

__all__ = ["speaker"]


def speaker(q: HolderQuery, ans: Answer) -> Answer:
    """The speaker of a quote or reported speech holds its stances; a third party inside the
    content keeps its own only for an agreement or when an organisation's spokesperson speaks.
    A source ("nach Angaben von X") holds it only when nothing else does."""
    holders, conf = ans
    frame, cue, h = q.frame, q.cue, q.state
    if frame is not None and not frame.speakers and frame.verb >= 0 and holders and normative(q):
        # "Der Ausschussvorsitzende sagte, Deutschland müsse Schützenpanzer liefern": an unknown speaker's
        # demand; its subject is the addressee, not the holder
        return [], conf
    if frame is None or not frame.speakers:
        return ans
    if holders and _as_demanded_by(q):
        return ans  # "Das gelte auch für eine Flugverbotszone, wie sie Kiew verlangt": Kiew demands it, not the speaker
    if not frame.source_only:
        spk = labels(h, frame.speakers)
        owner = _view_owner(q)
        if owner is not None and owner not in spk:
            # "Die Übergabe berge aus Sicht Austins ein hohes Risiko, teilte das Pentagon mit": the view is its owner's
            return [owner] + spk, conf
        named = _narrated_person(q, holders, spk)
        if named:
            return named, conf
        third = _reported_third_party(q, holders, spk)
        if third is not None:
            if (q.doc[cue.i].lemma_ or "").lower() in q.lex.obstruction_words and not cue.negated:
                # "Berlin blockiere härtere Sanktionen, sagte Morawiecki": who reports another's blockade
                # complains of it, and is for what is blocked
                q.flip.update(spk)
                return third + [a for a in spk if a not in third], conf
            return third, conf
        org_speaker = any(_spokesperson(q.lex, m) or (m.kind == "pronoun" and any(_spokesperson_label(q, a) for a in h.resolve(m)))
                          for m in frame.speakers)
        inner = [x for x in holders if x not in spk] if (
            (cue.cue.event == "AGREE" and not (spk and normative(q))) or not spk or org_speaker) else []
        if not inner and not frame.critical and not normative(q):
            # (but "Bütikofer macht Druck: Die EU müsse … beschließen" addresses the EU)
            # "DGB-Chef Hoffmann …: Der DGB stehe hinter …": the organisation whose office the speaker holds
            # speaks through them (its roles in the gazetteer and in the article); and
            # "Wissler sagte, … Waffenlieferungen lehne die Linke aber weiterhin ab": the speaker's own party
            # (not an alliance of states, joint_bodies.txt: "Stoltenberg machte klar, dass das Bündnis diesen
            # Schritt nicht gehen wird" is his alone)
            offices = {x for a in spk for x in _affiliation(q, a)}
            inner = [x for x in holders if x in offices and x not in spk and x in q.lex.actors
                     and q.lex.actors[x].type == "Organisation" and x not in q.lex.joint_bodies]
        if org_speaker and any(h._person(x) for x in inner) and all(m.actor in q.lex.actors and q.lex.actors[m.actor].type != "Person"
                                                          for m in frame.speakers):
            # "Fiala unterstütze Sanktionen, sagte ein Regierungssprecher in Prag": an unnamed spokesperson
            # reports the stance of the person they speak for
            return [x for x in inner if h._person(x)], conf
        if spk and frame.critical and cue.cue.words[0] in q.lex.obstruction_words:
            q.flip.update(spk)  # "X kritisierte, Berlin blockiere …": X is for what is blocked
        # "Die Sanktionen unterstütze seine Fraktion": the speaker's own party holds it with the speaker
        inner += [m.actor for m in q.ments if m.kind == "possessive" and m.head == "party" and m.actor in holders
                  and m.actor not in inner and m.actor not in spk]
        if not spk and inner and normative(q):
            # "Der Ausschussvorsitzende sagte, Deutschland müsse Schützenpanzer liefern": an unknown speaker's
            # demand; its subject is the addressee, not the holder
            return [], conf
        return spk + inner, conf
    src = labels(h, frame.speakers)
    circles = all(q.doc[m.end - 1].lower_.endswith(("kreisen", "kreise")) or (m.start > 0 and q.doc[m.start - 1].lower_ == "aus")
                  for m in frame.speakers)
    if not holders or (cue.strength == 1 and not frame.extra_holder and not circles and not frame.reporter):
        # (but "Nach Angaben aus Regierungskreisen hat Polen 200 Kampfpanzer überlassen": circles that report
        # what the subject did are no holder in its place, nor is "der Regierung" in "Litauen hat nach Angaben
        # der Regierung die Einfuhr von russischem Gas eingestellt")
        return src, 0.85
    if frame.extra_holder:
        return holders + [x for x in src if x not in holders], conf
    return ans


def _view_owner(q: HolderQuery) -> str | None:
    """The owner of a view named inside reported content ("aus Sicht Austins", "nach Einschätzung des Ministers"),
    in the cue's clause, or None."""
    doc, lo, hi = q.doc, *q.clause
    for m in q.ments:
        if not (lo <= m.start < hi) or not m.actor or m.kind in ("adjective", "place") or m in q.frame.speakers:
            continue
        if view_opener(doc, m, lo, q.lex) is not None:
            found = labels(q.state, [m])
            return found[0] if len(found) == 1 else None
    return None


def _affiliation(q: HolderQuery, label: str) -> set[str]:
    """What a person speaks for: the countries and organisations of their roles (gazetteer and article),
    their parties and the parties' countries."""
    entry = q.lex.actors.get(label)
    out = {r.of for r in entry.roles if r.of} if entry is not None else set()
    info = registry_info(q.ctx, label)
    out |= {o for (_, o) in getattr(info, "roles", {}) if o}
    parties = _parties(q, label) | {o for o in out if o in q.lex.party_country}
    out |= parties | {q.lex.party_country[p] for p in parties if p in q.lex.party_country}
    return out


def _as_demanded_by(q: HolderQuery) -> bool:
    """The cue's clause is a comparison that names who holds the stance: "…, wie sie Kiew verlangt",
    "…, wie es die Balten fordern" (wie, a pronoun for the proposal, then the clause's own subject)."""
    pron = wie_pronoun(q.doc, *q.clause)
    return pron is not None and q.cue.i > pron


def _reported_third_party(q: HolderQuery, holders: list[str], spk: list[str]) -> list[str] | None:
    """"Scholz sagte, Polen lehne ein Gasembargo weiterhin ab": a person reports the stance another actor
    takes with an explicit stance verb; that actor holds it, not the reporter. Only when the reporter's
    affiliation is known and the subject is not part of it ("Scholz sagte, Deutschland lehne … ab" stays
    his), not for a critic's frame, an agreement or a demand ("Polen müsse …"). Another party told of
    by a politician holds nothing. None when the rule does not apply."""
    frame, cue, doc = q.frame, q.cue, q.doc
    if frame.critical or cue.strength != 2 or cue.cue.pos != "verb" or cue.cue.event == "AGREE" or normative(q):
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
    if any(m.type == "Group" and m.actor in holders for m in q.ments):
        return None  # "Die Gewerkschaften stünden hinter den Sanktionen, sagte Hoffmann": the speaker speaks for them
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
    if not props or all(means_marker(doc, p.start) for p in props):
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
    return set(getattr(registry_info(q.ctx, label), "parties", ()) or ())


def _spokesperson(lex: Lexicon, m: Mention) -> bool:
    """A spokesperson speaks for an office: "Regierungssprecher Hebestreit", or "Hebestreit" whose
    gazetteer roles say so."""
    if m.extra.get("spokesperson"):
        return True
    return _spokesperson_title(lex, _gazetteer_titles(lex, m.actor or ""))


def _spokesperson_label(q: HolderQuery, label: str) -> bool:
    """The person (a pronoun's antecedent, too: "…, sagte er") holds a spokesperson's role in the
    gazetteer or was introduced with one in this article ("Regierungssprecher Steffen Hebestreit")."""
    titles = _gazetteer_titles(q.lex, label) + [t for (t, _) in getattr(registry_info(q.ctx, label), "roles", {})]
    return _spokesperson_title(q.lex, titles)


def _gazetteer_titles(lex: Lexicon, label: str) -> list[str]:
    entry = lex.actors.get(label)
    return [r.title for r in entry.roles] if entry is not None and entry.type == "Person" else []


def _spokesperson_title(lex: Lexicon, titles: list[str]) -> bool:
    heads = [lex.role_head(t) for t in titles]
    return any(h is not None and h[0].kind == "spokesperson" for h in heads)
