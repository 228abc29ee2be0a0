"""Generated Hindi corpora for benchmarks, built from the shared HiNER documents with new ids."""

from __future__ import annotations

import json
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def seed_docs() -> list[dict]:
    """The 500 HiNER documents, each cut to about 1,000 characters at a space outside any entity."""
    out = []
    with open(SHARED / "hiner_docs.jsonl", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            text, ents = doc["text"], doc["entities"]
            cut = len(text)
            for i in range(min(1000, len(text)), len(text)):
                if text[i] == " " and not any(e["start"] < i < e["end"] for e in ents):
                    cut = i
                    break
            out.append({"text": text[:cut], "entities": [e for e in ents if e["end"] <= cut]})
    return out


def write_corpus(path: Path, n: int, *, source: str = "bench") -> tuple[int, int]:
    """Write `n` distinct documents (the seeds repeated, each made unique by a numbered line)
    as gold JSONL; returns (documents, spans)."""
    seeds = seed_docs()
    spans = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i in range(n):
            seed = seeds[i % len(seeds)]
            text = seed["text"] + f"\nसंख्या {i}"
            ents = [{"id": f"T{k + 1}", "start": e["start"], "end": e["end"], "label": e["label"], "text": e["text"]} for k, e in enumerate(seed["entities"])]
            spans += len(ents)
            f.write(json.dumps({"id": f"gen-{i:06d}", "text": text, "entities": ents, "source": source}, ensure_ascii=False))
            f.write("\n")
    return n, spans
