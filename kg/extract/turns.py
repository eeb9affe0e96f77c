"""Document structure: the turns of a printed interview, the author of an opinion piece, and the writers
of readers' letters.

In "SPIEGEL: … ? Scholz: Ich … . Es wird keine … geben." every sentence of an answer is the
interviewee's, even without "ich" or a speech verb; the questions are the interviewer's and
hold no position of their own. A turn starts with a label and a colon at the start of a
sentence: a person's name ("Scholz:") or "Antwort:" open an answer, "Frage:" or another
one-word label (the outlet, "SPIEGEL:") open a question. An article is an interview only
when it has both kinds of turn.

>>> Turn(speaker="Olaf Scholz", question=False).question
False
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.context import DocContext
from kg.lexicon import Lexicon
from kg.nlp.mentions import Mention

__all__ = ["Turn", "interview_turns", "commentary_author", "signed_letters"]


@dataclass(frozen=True, slots=True)
class Turn:
    """One sentence's place in an interview: the answering person, or a question."""

    speaker: str | None
    question: bool
    labelled: bool = True  # the question has a label ("Frage:", "SPIEGEL:"); unlabelled ones state facts too


def interview_turns(ctx: DocContext, lex: Lexicon) -> list[Turn | None]:
    """Per sentence the interview turn it belongs to, or None outside an interview."""
    doc = ctx.doc
    labels: list[tuple[int, str, str | None]] = []  # (sentence, question|answer, person label)
    for k, sent in enumerate(ctx.sents):
        # a label may be set in bold or italics: "**RND:**", "*Frage:*"
        first = next((t for t in sent if not t.is_space and t.text.strip("*_")), None)
        if first is None:
            continue
        if ctx.own_paragraph(k) and not sent.text.strip().endswith((".", "?", "!", "“", "\"", "«", "»")):
            continue  # a subheading "SPD: Keine Leoparden" over a short item is no interview turn
        person = next((m for m in ctx.mentions if m.start == first.i and m.end < sent.end
                       and _colon(doc[m.end].text) and m.type == "Person" and m.actor), None)
        if person is not None:
            labels.append((k, "answer", person.actor))
        elif first.i + 1 < sent.end and _colon(doc[first.i + 1].text):
            role = lex.turn_labels.get(first.text)
            if role is None and first.text[:1].isupper() and first.tag_ in ("NE", "NN"):
                role = "question"  # "SPIEGEL:", "ZEIT:": the interviewer
            if role is not None:
                labels.append((k, role, None))
    if labels and labels[0][0] == 0 and ctx.para[1:2] != [0]:
        labels = labels[1:]  # a headline "Kühnert: „Wir lassen uns nicht treiben“" opens no turn
    roles = {role for _, role, _ in labels}
    unlabelled_q = None
    if roles == {"answer"}:
        labels = unlabelled_q = _unlabelled_questions(ctx, labels)
    elif not roles:
        labels = unlabelled_q = _bold_questions(ctx) or _alternating_paragraphs(ctx)
    roles = {role for _, role, _ in labels}
    if roles != {"question", "answer"}:
        return [None] * len(ctx.sents)
    interviewee = _interviewee(ctx, labels)
    out: list[Turn | None] = [None] * len(ctx.sents)
    for n, (k, role, person) in enumerate(labels):
        end = labels[n + 1][0] if n + 1 < len(labels) else len(ctx.sents)
        turn = Turn(None, True, unlabelled_q is None) if role == "question" else Turn(person or interviewee, False)
        for kk in range(k, end):
            out[kk] = turn
    return out


def _unlabelled_questions(ctx: DocContext, labels: list[tuple[int, str, str | None]]) -> list[tuple[int, str, str | None]]:
    """Answers labelled with the interviewee's name, questions without a label ("Herr Keller, … ?
    Keller: Ja. …"): each unlabelled paragraph right before an answer, or between two answers, is
    a question. Needs two answers of one person and a question mark in one of those paragraphs."""
    persons = [p for _, _, p in labels]
    if len(labels) < 2 or len(set(persons)) != 1:
        return labels
    answer_paras = {ctx.para[k] for k, _, _ in labels}
    first = ctx.para[labels[0][0]]
    out = list(labels)
    asked = False
    for k in range(len(ctx.sents)):
        para = ctx.para[k]
        if para in answer_paras or para < first - 1 or (k > 0 and ctx.para[k - 1] == para):
            continue
        if para == first - 1 or any(p > para for p in answer_paras):
            out.append((k, "question", None))
            asked = asked or any(ctx.sents[j].text.strip().endswith("?")
                                 for j in range(k, len(ctx.sents)) if ctx.para[j] == para)
    return sorted(out) if asked else labels


def _bold_questions(ctx: DocContext) -> list[tuple[int, str, str | None]]:
    """Questions set in bold, answers without a label ("**Herr Kretschmer, … ?**" then the answer
    paragraph): a bold paragraph is a question, the paragraphs after it until the next are the answer
    of the person the questions address. Needs two bold questions, one with a question mark."""
    out: list[tuple[int, str, str | None]] = []
    asked = False
    for k, sent in enumerate(ctx.sents):
        if k > 0 and ctx.para[k - 1] == ctx.para[k]:
            continue
        sents = [s for j, s in enumerate(ctx.sents) if ctx.para[j] == ctx.para[k]]
        text = "".join(s.text for s in sents).strip()
        if text.startswith("**") and text.endswith("**") and len(text) > 4:
            out.append((k, "question", None))
            asked = asked or text.rstrip("*").endswith("?")
        elif out:
            out.append((k, "answer", None))
    if not asked or sum(1 for _, r, _ in out if r == "question") < 2:
        return []
    return out


def _alternating_paragraphs(ctx: DocContext) -> list[tuple[int, str, str | None]]:
    """Questions and answers without any label or markup, one paragraph each: "Frau Strack-Zimmermann, was
    haben Sie in Lwiw gehört?" / answer / "Das Kanzleramt verweist auf …" / answer / … The first question
    addresses the interviewee ("Herr …", "Frau …") and ends with a question mark; from it on, paragraphs
    alternate between a question (one or two sentences) and an answer that asks nothing. Needs two
    questions with a question mark."""
    paras: dict[int, list[int]] = {}
    for k in range(len(ctx.sents)):
        paras.setdefault(ctx.para[k], []).append(k)
    order = sorted(paras)
    start = None
    for n, para in enumerate(order[1:], 1):
        first = next((t for t in ctx.sents[paras[para][0]] if not t.is_space), None)
        if first is not None and first.text in ("Herr", "Frau") and ctx.sents[paras[para][-1]].text.strip().endswith("?"):
            start = n
            break
    if start is None or len(order) - start < 4:
        return []
    out: list[tuple[int, str, str | None]] = []
    asked = 0
    for n, para in enumerate(order[start:]):
        ks = paras[para]
        ends_q = ctx.sents[ks[-1]].text.strip().endswith("?")
        if n % 2 == 0:
            if len(ks) > 2:
                return []
            asked += ends_q
            out.append((ks[0], "question", None))
        else:
            if ends_q:
                return []
            out.append((ks[0], "answer", None))
    return out if asked >= 2 else []


def _colon(text: str) -> bool:
    """A colon, also with the markup of a bold or italic label around it (":**", ":*")."""
    return text.startswith(":") and not text[1:].strip("*_")


def _interviewee(ctx: DocContext, labels: list[tuple[int, str, str | None]]) -> str | None:
    """Who answers "Antwort:" turns: a person named as a label, else the person the questions
    address ("Herr Oberländer, …"), else the first person of the lead."""
    named = [p for _, _, p in labels if p]
    if named:
        return max(named, key=named.count)
    doc = ctx.doc
    persons: list[Mention] = [m for m in ctx.mentions if m.type == "Person" and m.actor and m.kind != "pronoun"]
    addressed = [m.actor for m in persons if m.start > 0 and doc[m.start - 1].text in ("Herr", "Frau")]
    if addressed:
        return addressed[0]
    first_turn = ctx.sents[labels[0][0]].start
    lead = [m.actor for m in persons if m.start < first_turn]
    return lead[0] if lead else None


def commentary_author(ctx: DocContext, lex: Lexicon) -> tuple[int, str] | None:
    """The author of an opinion piece and the sentence after which the author speaks.

    A headline opened by a commentary label ("Kommentar: …", "Leitartikel: …", kg/data/
    commentary_labels.txt) and a byline "Von <name>" among the first sentences make the piece the
    author's: a stance without a holder of its own ("Die Sanktionen müssen verschärft werden") is
    the author's.
    """
    labelled = False
    label_k = -1
    for k, sent in enumerate(ctx.sents[:4]):
        toks = [t for t in sent if not t.is_space]
        if len(toks) >= 2 and toks[0].text in lex.commentary_labels and toks[1].text == ":":
            labelled, label_k = True, k
        # the byline "Von <name>", or one that names the genre itself: "Ein Kommentar von <name>"
        words = toks[1:] if toks and toks[0].lower_ in ("ein", "eine") else toks
        by = None
        if labelled and words and words[0].lower_ == "von":
            by = words[0]
        elif len(words) >= 3 and words[0].text in lex.commentary_labels and words[1].lower_ == "von":
            by = words[1]
        if by is not None:
            person = next((m for m in ctx.mentions if m.start == by.i + 1 and m.type == "Person" and m.actor
                           and m.end >= toks[-1].i), None)
            if person is not None:
                return k, person.actor
        # an outlet's own opinion: "Leitartikel der Frankfurter Allgemeinen Zeitung", "Kommentar des „Spiegel“"
        if len(words) >= 3 and words[0].text in lex.commentary_labels and words[1].lower_ in ("der", "des"):
            outlet = next((m for m in ctx.mentions if words[2].i <= m.start <= words[2].i + 1 and m.type == "Organisation"
                           and m.actor and m.end >= toks[-1].i), None)
            if outlet is not None:
                return k, outlet.actor
    if labelled:
        return _closing_author(ctx, label_k)
    return None


def _closing_author(ctx: DocContext, label_k: int) -> tuple[int, str] | None:
    """An author introduced at the end of a labelled piece: "Carola Wendt ist Professorin für
    Volkswirtschaft in Mannheim.", "Jan Brenner ist Korrespondent in Brüssel." (a short sentence of
    the last paragraph that opens with a person's name and "ist"/"war"/"leitet"/"lehrt"; a person the
    piece has named before is one it is about, not its author)."""
    doc = ctx.doc
    last = len(ctx.sents) - 1
    for k in range(last, max(label_k, last - 2), -1):
        if ctx.para[k] == ctx.para[label_k] or (k < last and ctx.para[k] == ctx.para[last]):
            break
        sent = ctx.sents[k]
        toks = [t for t in sent if not t.is_space]
        if not toks or len(toks) > 25:
            continue
        person = next((m for m in ctx.mentions if m.start == toks[0].i and m.type == "Person" and m.actor
                       and m.kind != "pronoun"), None)
        if person is None or person.end >= sent.end:
            continue
        if any(m.actor == person.actor and m.start < sent.start for m in ctx.mentions):
            continue  # someone the piece is about ("Putin ist ein Kriegsverbrecher."), not its author
        if doc[person.end].lower_ in ("ist", "war", "leitet", "lehrt", "forscht", "arbeitet"):
            return label_k, person.actor
    return None


def signed_letters(ctx: DocContext) -> dict[int, str]:
    """The writer of each sentence on a page of readers' letters: every letter ends with a paragraph of
    its own that is only the writer's name and town ("Gisela Hartwig, Kassel"); its sentences are those
    after the letter before (or after a reference line "Zu „…“, taz vom 5. Mai"). A page needs two such
    signatures, or one under a headline that says it prints readers' letters."""
    doc = ctx.doc
    signatures: list[tuple[int, str]] = []
    for k, sent in enumerate(ctx.sents):
        if (k > 0 and ctx.para[k - 1] == ctx.para[k]) or (k + 1 < len(ctx.sents) and ctx.para[k + 1] == ctx.para[k]):
            continue
        toks = [t for t in sent if not t.is_space and t.text != "."]
        name = next((m for m in ctx.mentions if toks and m.start == toks[0].i and m.type == "Person" and m.actor
                     and m.kind in ("name", "alias")), None)
        if name is None or " " not in doc[name.start:name.end].text:
            continue
        rest = [t for t in toks if t.i >= name.end]
        if 2 <= len(rest) <= 4 and rest[0].text == "," and all(t.text[:1].isupper() and t.is_alpha or t.text == "-"
                                                               for t in rest[1:]):
            signatures.append((k, name.actor))
    headline = ctx.sents[0].text.lower() if ctx.sents else ""
    if len(signatures) < 2 and not (signatures and any(w in headline for w in ("leserbrief", "leserpost", "zuschrift"))):
        return {}
    out: dict[int, str] = {}
    start = 1
    for k, writer in signatures:
        for kk in range(start, k):
            first = next((t for t in ctx.sents[kk] if not t.is_space), None)
            if first is not None and first.text == "Zu" and any(t.text in ("„", "»", '"') for t in ctx.sents[kk]):
                continue  # the reference line "Zu „Das Gas-Dilemma“, taz vom 3. Mai"
            out[kk] = writer
        start = k + 1
    return out
