"""The Qt window of the annotator (PySide6). Holds no business rules: every change goes
through `annotator.edits`, every read through `annotator.project.Project`."""
