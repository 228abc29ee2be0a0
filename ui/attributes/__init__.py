"""Span attributes in the window: the editor of a selected span's attributes with its picker
of values already used in the project (`editor`), and the verb behind it (`actions`)."""
