"""Triplestores: the embedded on-disk store and external ones over the SPARQL 1.1 protocols."""

from kg.store.embedded import DEFAULT_STORE, EmbeddedStore
from kg.store.endpoints import KINDS, Endpoints, detect_kind, endpoints
from kg.store.parts import GraphPart, read_parts
from kg.store.remote import BATCH_SIZE, LoadResult, TripleStore, auth_headers

__all__ = ["BATCH_SIZE", "DEFAULT_STORE", "KINDS", "EmbeddedStore", "Endpoints", "GraphPart", "LoadResult",
           "TripleStore", "auth_headers", "detect_kind", "endpoints", "read_parts"]
