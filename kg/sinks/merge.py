"""Merging per-article graphs into kg.trig and kg.ttl, streamed to temp files with Oxigraph.

The parts arrive in file-name order as sorted N-Triples plus a TriG block (the article's
named graph ``<…/doc/NAME/graph>``, serialised once by :func:`trig_block` where the article
was extracted, and cached with it). kg.trig is the concatenation of the blocks under one
prefix header, written as they arrive. kg.ttl is
the union, deduplicated (actors, posts and places recur across articles) and sorted by an
external merge sort: runs of at most ``run_lines`` sorted lines go to temp files and are
merged at the end, so memory stays bounded however large the corpus. Both files are written
by Oxigraph's serialisers (fast, always valid syntax) from triples in sorted order, so the
same parts always give the same bytes.
"""

from __future__ import annotations

import heapq
import os
import tempfile
from pathlib import Path
from typing import Callable, Iterator

import pyoxigraph as ox

from kg.rdf.vocab import BINDINGS

__all__ = ["GraphMerger", "PREFIXES", "trig_block"]

# kg's IRIs under …/id/ have slashes in their local part, which Turtle prefixed names can
# only escape ("kgid:actor\/x"), so they stay whole IRIs
PREFIXES = dict(sorted({**{k: str(v) for k, v in BINDINGS.items() if k != "kgid"},
                        "dcterms": "http://purl.org/dc/terms/", "owl": "http://www.w3.org/2002/07/owl#",
                        "prov": "http://www.w3.org/ns/prov#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                        "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "skos": "http://www.w3.org/2004/02/skos/core#",
                        "xsd": "http://www.w3.org/2001/XMLSchema#"}.items()))
_CHUNK = 20_000  # lines parsed per call


_HEADER = b"".join(f"@prefix {k}: <{v}> .\n".encode("utf-8") for k, v in PREFIXES.items())


def trig_block(graph_iri: str, ntriples: bytes) -> bytes:
    """One article's graph (N-Triples) as a TriG named-graph block, without prefix lines."""
    graph = ox.NamedNode(graph_iri)
    quads = (ox.Quad(t.subject, t.predicate, t.object, graph)
             for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))
    text = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
    return b"".join(line for line in text.splitlines(keepends=True) if not line.startswith(b"@prefix "))


def _subject(line: bytes) -> bytes:
    return line[: line.index(b" ")]


class GraphMerger:
    """Collects article graphs; writes kg.trig and kg.ttl as temp files in ``folder``.

    Use :meth:`add` for each article graph (in order), then :meth:`write`, which returns the
    temp files by final name; the caller renames them into place, then calls :meth:`discard`
    (which also cleans up after a failure).
    """

    def __init__(self, folder: Path, *, run_lines: int = 500_000) -> None:
        self.folder = Path(folder)
        self.run_lines = run_lines
        self.triples = 0  # distinct triples, known after write()
        self._buffer: list[bytes] = []
        self._runs: list[Path] = []
        self._temps: list[Path] = []
        self._trig = self._temp("kg.trig")
        self._trig_fh = open(self._trig, "wb")
        self._trig_fh.write(_HEADER)

    def _temp(self, name: str) -> Path:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.folder)
        os.close(fd)
        self._temps.append(Path(tmp))
        return Path(tmp)

    def add(self, ntriples: bytes, trig: bytes) -> None:
        """Add one article: its graph as N-Triples (one triple per line) and as a TriG block."""
        self._trig_fh.write(trig)
        self._buffer.extend(ntriples.splitlines(keepends=True))
        if len(self._buffer) >= self.run_lines:
            self._flush_run()

    def _flush_run(self) -> None:
        run = self._temp("kg.run")
        with open(run, "wb") as fh:
            fh.writelines(sorted(set(self._buffer)))
        self._runs.append(run)
        self._buffer = []

    def union_lines(self) -> Iterator[bytes]:
        """The distinct N-Triples lines of all graphs, sorted."""
        runs = [open(r, "rb") for r in self._runs]
        try:
            last = None
            for line in heapq.merge(sorted(set(self._buffer)), *runs):
                if line != last:
                    yield line
                    last = line
        finally:
            for fh in runs:
                fh.close()

    def write(self, check: Callable[[bytes, list[bytes]], None] | None = None,
              reconcile: Callable[[list[bytes]], list[bytes]] | None = None) -> dict[str, Path]:
        """Serialise kg.trig and kg.ttl to temp files; returns {final name: temp path}.

        ``reconcile(lines)`` may rewrite each subject's merged lines (sorted N-Triples, returned sorted)
        where articles disagree; ``check(subject, lines)`` then sees them before they are written (and
        may raise to stop the build).
        """
        self._trig_fh.close()
        trig, ttl = self._trig, self._temp("kg.ttl")
        with open(ttl, "wb") as fh:
            out = _SortedHeader(fh)
            ox.serialize(self._triples(check, reconcile), out, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
            out.close()
        for path in (trig, ttl):
            os.chmod(path, 0o644)
        return {"kg.trig": trig, "kg.ttl": ttl}

    def _subjects(self) -> Iterator[list[bytes]]:
        """The merged lines grouped by subject (the union is sorted, so a subject's lines are adjacent)."""
        group: list[bytes] = []
        for line in self.union_lines():
            if group and _subject(group[0]) != _subject(line):
                yield group
                group = []
            group.append(line)
        if group:
            yield group

    def _triples(self, check, reconcile=None) -> Iterator[ox.Triple]:
        chunk: list[bytes] = []
        for group in self._subjects():
            if reconcile is not None:
                group = reconcile(group)
            if check is not None:
                check(_subject(group[0]), group)
            self.triples += len(group)
            chunk.extend(group)
            if len(chunk) >= _CHUNK:
                yield from ox.parse(b"".join(chunk), format=ox.RdfFormat.N_TRIPLES)
                chunk = []
        yield from ox.parse(b"".join(chunk), format=ox.RdfFormat.N_TRIPLES)

    def discard(self) -> None:
        """Remove every temp file that was not renamed into place."""
        if not self._trig_fh.closed:
            self._trig_fh.close()
        for path in self._temps:
            path.unlink(missing_ok=True)
        self._temps.clear()


class _SortedHeader:
    """A binary writer that replaces the serialiser's ``@prefix`` lines (in an order that is
    Oxigraph's business) by the same declarations sorted by prefix."""

    def __init__(self, fh) -> None:
        self.fh = fh
        self.head: bytes | None = b""

    def write(self, data: bytes) -> int:
        if self.head is None:
            return self.fh.write(data)
        self.head += bytes(data)
        lines = self.head.split(b"\n")
        for n, line in enumerate(lines[:-1]):
            if not line.startswith(b"@prefix "):
                self.fh.write(b"".join(sorted(ln + b"\n" for ln in lines[:n])) + b"\n".join(lines[n:]))
                self.head = None
                break
        return len(data)

    def flush(self) -> None:
        self.fh.flush()

    def close(self) -> None:
        """Write what is left (an empty graph is all header)."""
        if self.head:
            lines = [ln + b"\n" for ln in self.head.split(b"\n") if ln]
            self.fh.write(b"".join(sorted(lines)))
        self.head = None
