"""The extraction layer: from an article to typed records (actors, positions, events)."""

from kg.extract.run import Extractor, extract_article

__all__ = ["Extractor", "extract_article"]
