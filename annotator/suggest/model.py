"""The statistical sequence model: a linear-chain CRF (python-crfsuite) over the tokens of a
document, with features of each folded token and its neighbours; trained on a layer's spans,
saved as one file beside its settings, applied to documents not yet done."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from annotator.errors import AnnotatorError
from annotator.suggest.proposal import Proposal
from annotator.suggest.tokens import Keyed, Span, tag_spans, token_tags

# Bump when the features change: a model trained with other features must be retrained.
FEATURES_VERSION = 1
DEFAULT_SETTINGS = {"c1": 0.05, "c2": 0.01, "max_iterations": 60, "minfreq": 1, "features": FEATURES_VERSION}


def _shape(token: str) -> str:
    if token.isdigit():
        return "d"
    if all("\u0900" <= ch <= "\u097f" for ch in token):
        return "h"
    if token.isascii() and token.isalpha():
        return "A" if token[:1].isupper() else "a"
    if not any(ch.isalnum() for ch in token):
        return "p"
    return "m"


def features(keyed: Keyed) -> list[list[str]]:
    """One feature list per token: the folded word, its ends, its shape, and the words
    around it (two either side, and the pairs they make)."""
    keys = keyed.keys
    text = keyed.text
    shapes = [_shape(text[s:e]) for s, e in keyed.tokens]
    n = len(keys)
    out = []
    for i, k in enumerate(keys):
        f = ["b", "w=" + k, "s1=" + k[-1:], "s2=" + k[-2:], "s3=" + k[-3:], "p2=" + k[:2], "sh=" + shapes[i], f"len={min(len(k), 8)}"]
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"w{d:+d}=" + keys[j])
                f.append(f"sh{d:+d}=" + shapes[j])
                if abs(d) == 1:
                    f.append(f"s3{d:+d}=" + keys[j][-3:])
            else:
                f.append(f"w{d:+d}=^" if d < 0 else f"w{d:+d}=$")
        if i > 0:
            f.append("bi-=" + keys[i - 1] + "|" + k)
        if i + 1 < n:
            f.append("bi+=" + k + "|" + keys[i + 1])
        out.append(f)
    return out


@dataclass
class Model:
    """A trained tagger file and what it was trained on."""

    path: str
    info: dict = field(default_factory=dict)
    _tagger: object | None = None

    def tagger(self):
        if self._tagger is None:
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            try:
                tagger.open(self.path)
            except OSError as exc:
                raise AnnotatorError(f"{self.path}: cannot read the model ({exc}); train it again") from None
            self._tagger = tagger
        return self._tagger

    def propose(self, keyed: Keyed, labels: set[str] | None = None) -> list[Proposal]:
        """The spans the model tags in one text, each scored by the model's marginal
        probability of its first token's tag."""
        if not keyed.tokens:
            return []
        tagger = self.tagger()
        tags = tagger.tag(features(keyed))
        out = []
        starts = {s: i for i, (s, _) in enumerate(keyed.tokens)}
        for start, end, label in tag_spans(keyed, tags):
            if labels is not None and label not in labels:
                continue
            i = starts[start]
            out.append(Proposal(start, end, label, "model", round(tagger.marginal(tags[i], i), 3)))
        return out


def train(
    examples: Sequence[tuple[str, Sequence[Span]]],
    path: str,
    *,
    settings: dict | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Model:
    """Train on (text, spans) pairs and write the model to `path`. `progress(done, total)`
    follows the optimiser's iterations; `cancelled()` returning True stops it (AnnotatorError,
    nothing written)."""
    import pycrfsuite

    settings = {**DEFAULT_SETTINGS, **(settings or {})}
    if not any(spans for _, spans in examples):
        raise AnnotatorError("nothing to learn from: the training documents have no spans")
    total = int(settings["max_iterations"])

    class _Trainer(pycrfsuite.Trainer):
        def message(self, message: str) -> None:
            # The optimiser's log, parsed only to follow its iterations (nothing is printed).
            if self.logparser.feed(message) != "iteration":
                return
            if cancelled is not None and cancelled():
                raise _Cancelled
            if progress is not None:
                progress(min(int(self.logparser.last_iteration.get("num", 0)), total), total)

    trainer = _Trainer(verbose=False)
    for text, spans in examples:
        keyed = Keyed.of(text)
        if keyed.tokens:
            trainer.append(features(keyed), token_tags(keyed, spans))
    trainer.set_params({"c1": settings["c1"], "c2": settings["c2"], "max_iterations": total, "feature.minfreq": settings["minfreq"], "feature.possible_transitions": True})
    began = time.perf_counter()
    try:
        trainer.train(path)
    except _Cancelled:
        raise AnnotatorError("training cancelled; the model was not changed") from None
    info = {"settings": settings, "seconds": round(time.perf_counter() - began, 2), "labels": sorted({label for _, spans in examples for *_, label in spans})}
    return Model(path, info)


class _Cancelled(Exception):
    pass

