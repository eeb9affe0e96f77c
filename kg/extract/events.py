"""Events (placeholder, filled in below)."""
from __future__ import annotations


def extract_events(ctx, lex):
    return []
