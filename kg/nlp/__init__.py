"""The NLP layer: spaCy pipeline with HanTa tags and lemmas, and the rule-based matchers."""
