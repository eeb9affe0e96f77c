"""One article's contribution to a build, computed by a pure function.

``article_part(raw, name)`` reads, extracts, maps to RDF, validates and serialises one
article. The single-process build, ``--workers N`` and the Dask engine all map this same
function over the input files and merge the parts in file-name order, so they write the
same bytes; the build cache stores parts (see :mod:`kg.cache`).
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field

from kg.article import parse_article
from kg.errors import ArticleError

__all__ = ["FileReport", "ArticlePart", "article_part"]

log = logging.getLogger(__name__)


@dataclass
class FileReport:
    file: str
    status: str  # ok | skipped | failed
    reason: str = ""
    actors: int = 0
    positions: int = 0
    events: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ArticlePart:
    """What one article adds to the build.

    ``ntriples`` is the article's graph as sorted N-Triples and ``trig`` the same as a TriG
    named-graph block (both empty unless the report says ok); ``view`` holds the rows the HTML page and the stance matrix are drawn from
    (:class:`kg.graph.view.ViewRows`); ``violations`` are SHACL violations of the graph.
    """

    report: FileReport
    ntriples: bytes = b""
    trig: bytes = b""
    view: object | None = None
    violations: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.report.status == "ok"

    def to_json(self) -> dict:
        return {"report": asdict(self.report), "ntriples": self.ntriples.decode("utf-8"), "trig": self.trig.decode("utf-8"),
                "view": self.view.to_json() if self.view is not None else None, "violations": list(self.violations)}

    @classmethod
    def from_json(cls, obj: dict) -> ArticlePart:
        from kg.graph.view import ViewRows

        view = ViewRows.from_json(obj["view"]) if obj["view"] is not None else None
        return cls(FileReport(**obj["report"]), obj["ntriples"].encode("utf-8"), obj["trig"].encode("utf-8"), view,
                   tuple(obj["violations"]))


def article_part(raw: bytes, name: str) -> ArticlePart:
    """Read, extract, map, validate and serialise one article; never raises for a bad article.

    Uses one extractor per process, loaded on first use (so it works in worker processes
    and on Dask workers alike).
    """
    try:
        article = parse_article(raw, name)
    except ArticleError as exc:
        return ArticlePart(FileReport(name, "skipped", exc.reason))
    try:
        x = _extractor()(article)
    except Exception as exc:  # one bad article never sinks a corpus build
        log.exception("extraction failed for %s", name)
        return ArticlePart(FileReport(name, "failed", f"extraction failed: {type(exc).__name__}: {exc}"))
    from kg.graph.view import view_rows
    from kg.rdf.iri import graph_iri
    from kg.rdf.mapping import extraction_graph
    from kg.rdf.shapes import load_shapes
    from kg.sinks.merge import trig_block

    g = extraction_graph(x)
    lines = sorted(set(g.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)) - {b"\n"})
    report = FileReport(name, "ok", "", len(x.actors), len(x.positions), len(x.events), list(x.warnings))
    nt = b"".join(lines)
    return ArticlePart(report, nt, trig_block(str(graph_iri(name)), nt), view_rows(g), tuple(load_shapes().check(g)))


_EXTRACTOR = None


def _extractor():
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from kg.extract import Extractor

        _EXTRACTOR = Extractor()
    return _EXTRACTOR
