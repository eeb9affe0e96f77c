"""The RDF layer: vocabularies, IRI minting, mapping extraction records to RDF, loading graphs."""
