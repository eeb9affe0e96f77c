"""Merging per-article graphs into kg.trig and kg.ttl, streamed to temp files with Oxigraph.

The parts arrive in file-name order as sorted N-Triples. kg.trig is their concatenation,
each as the named graph ``<…/doc/NAME/graph>``: it streams through a spool file and never
sits in memory. kg.ttl is the union, deduplicated (actors, posts and places recur across
articles) and sorted: that set of lines is the one thing held in memory, about the size of
the N-Triples. Both files are written by Oxigraph's serialisers (fast, and always valid
syntax) from triples in sorted order, so the same parts always give the same bytes.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from kg.rdf.vocab import BINDINGS

__all__ = ["GraphMerger", "PREFIXES"]

# kg's IRIs under …/id/ have slashes in their local part, which Turtle prefixed names can
# only escape ("kgid:actor\/x"), so they stay whole IRIs
PREFIXES = dict(sorted({**{k: str(v) for k, v in BINDINGS.items() if k != "kgid"},
                        "dcterms": "http://purl.org/dc/terms/", "owl": "http://www.w3.org/2002/07/owl#",
                        "prov": "http://www.w3.org/ns/prov#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                        "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "skos": "http://www.w3.org/2004/02/skos/core#",
                        "xsd": "http://www.w3.org/2001/XMLSchema#"}.items()))
_CHUNK = 20_000  # lines parsed per call


def _subject(line: bytes) -> bytes:
    return line[: line.index(b" ")]


class GraphMerger:
    """Collects article graphs; writes kg.trig and kg.ttl as temp files in ``folder``.

    Use :meth:`add` for each article graph (in order), then :meth:`write`, which returns the
    temp files by final name; the caller renames them into place (or :meth:`discard`\\ s them).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.lines: set[bytes] = set()
        self._owner: dict[bytes, int] = {}  # subject -> first part that described it (-1: several)
        self._parts = 0
        self._temps: list[Path] = []
        self._spool = self._temp("kg.nq")
        self._spool_fh = open(self._spool, "wb")

    def _temp(self, name: str) -> Path:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.folder)
        os.close(fd)
        self._temps.append(Path(tmp))
        return Path(tmp)

    def add(self, graph_iri: str, ntriples: bytes) -> None:
        """Add one article's graph (sorted N-Triples) as the named graph ``graph_iri``."""
        tail = f" <{graph_iri}> .\n".encode("utf-8")
        lines = ntriples.splitlines(keepends=True)
        self._spool_fh.write(b"".join(line[:-3] + tail for line in lines))
        for line in lines:
            subject = _subject(line)
            owner = self._owner.setdefault(subject, self._parts)
            if owner != self._parts:
                self._owner[subject] = -1
        self.lines.update(lines)
        self._parts += 1

    def shared_subjects(self) -> Iterator[tuple[bytes, list[bytes]]]:
        """(subject, its merged lines) for every subject that several articles describe."""
        shared = {s for s, owner in self._owner.items() if owner == -1}
        group: list[bytes] = []
        for line in sorted(line for line in self.lines if _subject(line) in shared):
            if group and _subject(group[0]) != _subject(line):
                yield _subject(group[0]), group
                group = []
            group.append(line)
        if group:
            yield _subject(group[0]), group

    def write(self) -> dict[str, Path]:
        """Serialise kg.trig and kg.ttl to temp files; returns {final name: temp path}."""
        self._spool_fh.close()
        trig, ttl = self._temp("kg.trig"), self._temp("kg.ttl")
        with open(trig, "wb") as fh:
            out = _SortedHeader(fh)
            ox.serialize(ox.parse(path=self._spool, format=ox.RdfFormat.N_QUADS), out, ox.RdfFormat.TRIG,
                         prefixes=PREFIXES)
            out.close()
        self._spool.unlink()
        self._temps.remove(self._spool)
        with open(ttl, "wb") as fh:
            out = _SortedHeader(fh)
            ox.serialize(self._sorted_triples(), out, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
            out.close()
        for p in (trig, ttl):
            os.chmod(p, 0o644)
        return {"kg.trig": trig, "kg.ttl": ttl}

    def _sorted_triples(self) -> Iterator[ox.Triple]:
        lines = sorted(self.lines)
        for i in range(0, len(lines), _CHUNK):
            yield from ox.parse(b"".join(lines[i:i + _CHUNK]), format=ox.RdfFormat.N_TRIPLES)

    def discard(self) -> None:
        """Remove every temp file (after a failure, or when nothing is to be written)."""
        if not self._spool_fh.closed:
            self._spool_fh.close()
        for p in self._temps:
            p.unlink(missing_ok=True)
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
