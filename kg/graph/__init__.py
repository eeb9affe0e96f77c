"""The graph layer: networkx views of kg RDF and graph algorithms over them."""
