"""The typed records the extraction produces. No IRIs, no rdflib objects here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kg.article import Article

__all__ = [
    "ActorType",
    "TextSpan",
    "Role",
    "Actor",
    "ActorMention",
    "Position",
    "Quantity",
    "TimeRef",
    "Event",
    "Extraction",
]

ActorType = Literal["Person", "Country", "Organisation", "Group", "Place"]
Polarity = Literal["for", "against"]


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A piece of the article body, by character offsets (end exclusive)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Role:
    """A post a person holds ("Bundesverteidigungsministerin"), and whose post it is."""

    title: str
    of: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor: its preferred label is its key across a whole build."""

    label: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    parties: tuple[str, ...] = ()
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A stretch of text that refers to an actor, with how it was recognised."""

    actor: str
    span: TextSpan
    kind: str


@dataclass(frozen=True, slots=True)
class Position:
    """``holder`` is for or against ``proposal`` (a notation key), shown by ``evidence``."""

    holder: str
    proposal: str
    polarity: Polarity
    evidence: TextSpan
    cue: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with its unit as written ("rund 40.000 Soldaten")."""

    value: float
    unit: str
    text: str


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A time expression, normalised against the article date.

    ``value`` is an ISO date, year-month or year; ``granularity`` is day, week,
    month, year, or before/after for open expressions such as "zuletzt".
    """

    text: str
    value: str
    granularity: str


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER-typed event with its participants and circumstances."""

    type: str
    trigger: str
    evidence: TextSpan
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    place: str | None = None
    time: TimeRef | None = None
    quantities: tuple[Quantity, ...] = ()
    proposal: str | None = None
    quote: str | None = None
    confidence: float = 0.7


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    actors: tuple[Actor, ...] = ()
    mentions: tuple[ActorMention, ...] = ()
    positions: tuple[Position, ...] = ()
    events: tuple[Event, ...] = ()
    places: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())
