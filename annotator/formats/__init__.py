"""File formats: one module per format, each a parser, a writer or both; registry.py says which is which."""
