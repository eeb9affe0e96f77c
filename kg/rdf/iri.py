"""Minting stable, always-valid IRIs from content keys.

IRIs never contain article text directly: labels are transliterated to ``[a-z0-9-]`` slugs,
and anything lossy gets a short SHA-1 suffix, so the same key always gives the same IRI
and no input can produce an invalid one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from kg.rdf.vocab import ID

__all__ = ["slug", "digest", "actor_iri", "doc_iri", "graph_iri", "span_iri", "node_iri"]

_TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_SIMPLE = re.compile(r"^[A-Za-z0-9ÄÖÜäöüß]+(?:[ -][A-Za-z0-9ÄÖÜäöüß]+)*$")


def digest(*parts: object, n: int = 16) -> str:
    """A short hex digest of the parts (joined with an unambiguous separator)."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return h[:n]


def slug(text: str, maxlen: int = 60) -> str:
    """A readable, IRI-safe key: 'Großbritannien' -> 'grossbritannien', 'CDU/CSU' -> 'cdu-csu-1a2b3c'.

    >>> slug("Olaf Scholz")
    'olaf-scholz'
    >>> slug('<script>"x"</script>').startswith('script-x-script-')
    True
    """
    ascii_ = unicodedata.normalize("NFKD", text.translate(_TRANS)).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-")[:maxlen].strip("-")
    if not s:
        return "x-" + digest(text, n=10)
    if not _SIMPLE.match(text) or len(ascii_) > maxlen:
        s = f"{s}-{digest(text, n=6)}"
    return s


def actor_iri(label: str) -> URIRef:
    return ID[f"actor/{slug(label)}"]


def doc_iri(source: str) -> URIRef:
    stem = source[:-4] if source.endswith(".txt") else source
    return ID[f"doc/{slug(stem)}"]


def graph_iri(source: str) -> URIRef:
    return URIRef(str(doc_iri(source)) + "/graph")


def span_iri(source: str, start: int, end: int) -> URIRef:
    """RFC 5147 style: <…/doc/x#char=10,52>."""
    return URIRef(f"{doc_iri(source)}#char={int(start)},{int(end)}")


def node_iri(kind: str, *key: object) -> URIRef:
    """IRIs of n-ary nodes (positions, events, posts, …) from their content keys."""
    if not re.fullmatch(r"[a-z][a-z-]*", kind):
        raise ValueError(f"invalid IRI kind {kind!r}")
    return ID[f"{kind}/{digest(*key)}"]
