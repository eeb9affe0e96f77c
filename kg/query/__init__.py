"""Reading answers out of kg graphs: position tables, evaluation against gold, SPARQL."""
