"""kg: knowledge graphs of actors, positions and events from German news."""

from __future__ import annotations

__version__ = "0.1.0"
EXTRACTOR_NAME = "kg-extractor"

__all__ = ["__version__", "EXTRACTOR_NAME"]
