"""Core library of the Hindi news annotator: storage, text rules, scheme, formats, command line."""

__version__ = "0.1.0"
