"""Killing the process mid-work loses nothing that was acknowledged and never corrupts the file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from annotator.importer import import_paths
from annotator.project import Project, resolve_scheme
from annotator.store import integrity_check

WORKER = r"""
import sys, random
from annotator import edits
from annotator.project import Project
p = Project.open(sys.argv[1])
doc = p.documents()[0].uuid
who = edits.ensure_annotator(p, "asha")
text = p.text(doc)
words = [(i, i + 4) for i in range(0, len(text) - 4, 5)]
rng = random.Random(int(sys.argv[2]))
live = []
while True:
    roll = rng.random()
    if live and roll < 0.25:
        uuid = live.pop(rng.randrange(len(live)))
        edits.delete_span(p, span=uuid)
        print("del", uuid, flush=True)
    elif live and roll < 0.4:
        uuid = rng.choice(live)
        try:
            edits.relabel_span(p, span=uuid, label=rng.choice(["PERSON", "LOCATION", "MISC"]))
        except Exception:  # the same span with that label exists already
            continue
        print("rel", uuid, p.span(uuid).label, flush=True)
    else:
        s, e = rng.choice(words)
        try:
            c = edits.add_span(p, document=doc, annotator=who, start=s, end=e, label="MISC")
        except Exception:
            continue
        live.append(c.spans[0][1].uuid)
        print("add", live[-1], s, e, flush=True)
"""


def test_sigkill_loses_no_acknowledged_action(tmp_path):
    db = tmp_path / "p.db"
    (tmp_path / "a.txt").write_text("abcd " * 400, encoding="utf-8")
    with Project.create(db, resolve_scheme(None)) as p:
        import_paths(p, [tmp_path / "a.txt"])
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    for round_ in range(8):
        proc = subprocess.Popen([sys.executable, "-c", WORKER, str(db), str(round_)], stdout=subprocess.PIPE, text=True, env=env)
        acknowledged: list[str] = []
        deadline = time.monotonic() + 30
        while len(acknowledged) < 40 + 15 * round_ and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            acknowledged.append(line.split())
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert len(acknowledged) >= 40, "the worker did not get going"
        with Project.open(db) as p:
            assert integrity_check(p.db) == "ok"
            for op in acknowledged:
                row = p.span(op[1])
                if op[0] == "add":
                    assert row is not None and (row.start, row.end) == (int(op[2]), int(op[3]))
                elif op[0] == "del":
                    assert row is not None and row.deleted
            # the last word about each span is what the file says
            final: dict[str, list[str]] = {}
            for op in acknowledged:
                final[op[1]] = op
            for uuid, op in final.items():
                row = p.span(uuid)
                if op[0] == "del":
                    assert row.deleted
                elif op[0] == "rel":
                    assert row.label == op[2] and not row.deleted
                else:
                    assert row.label == "MISC" and not row.deleted
