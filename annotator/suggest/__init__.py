"""Suggestions learnt from the team's own work: a gazetteer of gold surface forms, Hindi
patterns for labels of regular shape, and a sequence model (CRF); each source writes its
proposals as a layer of its own that no one's annotations are mixed with until accepted."""
