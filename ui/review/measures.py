"""The Hindi of the agreement report's explanations: annotator.agreement_report writes them in
English for the command line and the JSON report; the window shows them through `measure()`,
which finds them here by their exact English (a changed English text simply shows as is)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.i18n import translate

# Copies of annotator.agreement_report.MEASURES' values and the report's "basis", marked for lupdate.
TEXTS = (
    QT_TRANSLATE_NOOP("Measures", "span F1, exact match: same start, end and label"),
    QT_TRANSLATE_NOOP("Measures", "span F1, overlap match: same label and at least one shared code point"),
    QT_TRANSLATE_NOOP("Measures", "Cohen's kappa over tokens, IOB2 tags (B-/I- plus label, O outside)"),
    QT_TRANSLATE_NOOP("Measures", "Krippendorff's alpha, nominal, over tokens' IOB2 tags (three or more annotators)"),
    QT_TRANSLATE_NOOP("Measures", "relation F1, exact: same label, head and tail at the same offsets"),
    QT_TRANSLATE_NOOP("Measures", "relation F1 over relations whose head and tail spans both annotators marked"),
    QT_TRANSLATE_NOOP("Measures", "spans paired by boundary, then by largest overlap; — where one side has none"),
    QT_TRANSLATE_NOOP("Measures", "documents worst first by span F1 (exact) pooled over the pairs, then token kappa"),
    QT_TRANSLATE_NOOP("Measures", "per span attribute: agreement rate and Cohen's kappa over the spans both annotators marked identically (same start, end, label) where at least one gave it a value (unset counts as —)"),
    QT_TRANSLATE_NOOP("Measures", "per pair, documents both marked done"),
    QT_TRANSLATE_NOOP("Measures", "per pair, documents both annotated: marked done or holding a span"),
)


def measure(text: str) -> str:
    """`text` from the agreement report in the window's language."""
    return translate("Measures", text)
