"""Finding text: the find bar in one document, the project-wide search panel and its worker,
the romanised view, annotate-all-occurrences, and the window's search actions."""
