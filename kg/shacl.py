"""SHACL validation of kg graphs against ontology/shapes.ttl (pySHACL)."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from kg.rdf.ontology import load_ontology, shapes_path

__all__ = ["ValidationResult", "validate_graph"]


@dataclass(frozen=True, slots=True)
class ValidationResult:
    conforms: bool
    report: str
    violations: int


def validate_graph(data: Graph) -> ValidationResult:
    """Validate ``data`` with the kg shapes (the ontology supplies RDFS subclass inference)."""
    from pyshacl import validate

    shapes = Graph().parse(shapes_path(), format="turtle")
    conforms, report_graph, text = validate(data, shacl_graph=shapes, ont_graph=load_ontology(), inference="rdfs",
                                            advanced=True, allow_warnings=True)
    n = text.count("Constraint Violation")
    return ValidationResult(bool(conforms), text, n)
