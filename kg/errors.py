"""Typed errors of the kg library. Only the CLI turns them into messages and exit codes."""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "KgError",
    "ArticleError",
    "InputPathError",
    "OutputError",
    "FormatError",
    "GraphLoadError",
    "ShaclViolation",
    "UnknownActorError",
    "UnknownProposalError",
    "LexiconError",
    "StoreError",
    "QuerySyntaxError",
]


class KgError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 1


class ArticleError(KgError):
    """An input file cannot be read as an article (encoding, empty, no date header, binary)."""

    exit_code = 3

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class InputPathError(KgError):
    """An input path does not exist or holds no article files."""

    exit_code = 2


class OutputError(KgError):
    """The output folder or file cannot be written."""

    exit_code = 4


class FormatError(KgError):
    """An unknown output format was asked for."""

    exit_code = 2

    def __init__(self, value: str, options: list[str]) -> None:
        self.value = value
        self.options = options
        super().__init__(f"unknown format {value!r}; choose one of: {', '.join(options)}")


class GraphLoadError(KgError):
    """An RDF file cannot be read."""

    exit_code = 3


class ShaclViolation(KgError):
    """The graph does not conform to the SHACL shapes."""

    exit_code = 5

    def __init__(self, report: str) -> None:
        self.report = report
        super().__init__("the graph does not conform to ontology/shapes.ttl:\n" + report)


class UnknownActorError(KgError):
    """An actor name given by the user matches no actor in the graph."""

    exit_code = 2

    def __init__(self, name: str, suggestions: list[str]) -> None:
        self.name = name
        self.suggestions = suggestions
        hint = f"; closest: {', '.join(suggestions)}" if suggestions else ""
        super().__init__(f"unknown actor {name!r}{hint}")


class UnknownProposalError(KgError):
    """A proposal key given by the user matches no proposal in the graph."""

    exit_code = 2

    def __init__(self, key: str, options: list[str]) -> None:
        self.key = key
        self.options = options
        hint = f"; choose one of: {', '.join(options)}" if options else "; the graph has no positions"
        super().__init__(f"unknown proposal {key!r}{hint}")


class LexiconError(KgError):
    """A data file (gazetteer, cue lexicon, patterns) is malformed."""

    exit_code = 3


class StoreError(KgError):
    """A triplestore rejected a request or cannot be reached."""

    exit_code = 6


class QuerySyntaxError(KgError):
    """A SPARQL query does not parse; the message gives line, column and the offending line."""

    exit_code = 2
