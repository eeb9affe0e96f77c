"""The docstring examples of the graph layer and the sinks are run as tests."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["kg.graph.view", "kg.graph.sample", "kg.graph.resolve", "kg.graph.agreement", "kg.graph.camps",
           "kg.graph.coalitions", "kg.graph.centrality", "kg.graph.paths", "kg.graph.layout",
           "kg.sinks.html", "kg.sinks.matrix"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests_pass(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
