"""Adjudication: the review window (annotators' layers against the gold layer), its gold
editing and disagreement list, and the agreement dialog."""
