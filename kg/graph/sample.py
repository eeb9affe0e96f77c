"""Small kg graphs from plain tuples, for examples, tests and benchmarks.

The tuples become the same extraction records kg's extractor produces and go through the
real RDF mapping, so a sample graph has exactly the shape of a `kg build` export, without
any NLP in between.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rdflib import Graph

from kg.article import Article
from kg.rdf.mapping import bind_prefixes, extraction_graph
from kg.records import Actor, Event, Extraction, Position, TextSpan

__all__ = ["sample_graph"]

_VERB = {"for": "ist für", "against": "ist gegen"}


def _position_fields(row: Sequence[str]) -> tuple[str, str, str, str, str, str]:
    actor, polarity, proposal, *rest = row
    evidence = rest[0] if len(rest) > 0 else f"{actor} {_VERB[polarity]} {proposal}."
    source = rest[1] if len(rest) > 1 else "a.txt"
    date = rest[2] if len(rest) > 2 else "2022-03"
    return actor, polarity, proposal, evidence, source, date


def sample_graph(
    positions: Iterable[Sequence[str]],
    *,
    actors: Iterable[Actor] = (),
    events: Iterable[tuple[str, tuple[str, ...], str | None, str]] = (),
) -> Graph:
    """A kg graph holding ``positions`` and ``events``.

    A position is ``(actor, 'for'|'against', proposal_key[, evidence[, source_file[, date]]])``;
    an event is ``(event_type, participants, proposal_key or None, evidence)`` in ``a.txt``.
    ``actors`` gives types, aliases and roles; other actors become Countries.

    >>> g = sample_graph([("Polen", "for", "peace_mission"), ("Olaf Scholz", "against", "peace_mission")],
    ...                  actors=[Actor("Olaf Scholz", "Person", aliases=("Scholz",))])
    >>> len(g) > 20
    True
    """
    known = {a.label: a for a in actors}
    by_source: dict[str, tuple[str, list[tuple[str, str, str, str]], list]] = {}
    for row in positions:
        actor, polarity, proposal, evidence, source, date = _position_fields(row)
        by_source.setdefault(source, (date, [], []))[1].append((actor, polarity, proposal, evidence))
    for ev in events:
        by_source.setdefault("a.txt", ("2022-03", [], []))[2].append(ev)
    g = bind_prefixes(Graph())
    for source, (date, rows, evs) in sorted(by_source.items()):
        text, spans = "", []
        for sentence in [r[3] for r in rows] + [e[3] for e in evs]:
            spans.append(TextSpan(len(text), len(text) + len(sentence), sentence))
            text += sentence + " "
        pos = tuple(Position(a, p, pol, spans[i], "sample", 0.9) for i, (a, pol, p, _) in enumerate(rows))
        event_records = tuple(Event(t, t, spans[len(rows) + i], participants=tuple(ps), proposal=prop)
                              for i, (t, ps, prop, _) in enumerate(evs))
        names = sorted({r[0] for r in rows} | {a for e in evs for a in e[1]} | set(known))
        x = Extraction(Article(source, date, text.strip()),
                       actors=tuple(known.get(n) or Actor(n, "Country") for n in names),
                       positions=pos, events=event_records)
        g += extraction_graph(x)
    return g
