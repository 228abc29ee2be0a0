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
import sys, random, uuid
from annotator import edits
from annotator.errors import InvalidOperation
from annotator.project import Project
p = Project.open(sys.argv[1])
doc = p.documents()[0].uuid
who = edits.ensure_annotator(p, "asha")
text = p.text(doc)
words = [(i, i + 4) for i in range(0, len(text) - 4, 5)]
rng = random.Random(int(sys.argv[2]))
live = []
taken = set()
while True:
    roll = rng.random()
    # Each action is announced before it runs and acknowledged after it returns, so the test
    # knows every acknowledged action and the one (at most) that was in flight at the kill.
    if live and roll < 0.25:
        span = live.pop(rng.randrange(len(live)))
        print("try del", span, flush=True)
        edits.delete_span(p, span=span)
    elif live and roll < 0.4:
        span = rng.choice(live)
        label = rng.choice(["PERSON", "LOCATION", "MISC"])
        print("try rel", span, label, flush=True)
        try:
            edits.relabel_span(p, span=span, label=label)
        except InvalidOperation:  # that label is there already at those offsets
            print("refused", flush=True)
            continue
    else:
        s, e = rng.choice(words)
        if (s, e) in taken:
            continue
        taken.add((s, e))
        span = str(uuid.uuid4())
        print("try add", span, s, e, flush=True)
        try:
            edits.add_span(p, document=doc, annotator=who, start=s, end=e, label="MISC", uuid=span)
        except InvalidOperation:  # an earlier round left a span there
            print("refused", flush=True)
            continue
        live.append(span)
    print("ok", flush=True)
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
        lines: list[list[str]] = []
        deadline = time.monotonic() + 60
        while sum(line == ["ok"] for line in lines) < 40 + 15 * round_ and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line.split())
        os.kill(proc.pid, signal.SIGKILL)
        lines.extend(line.split() for line in proc.stdout.read().splitlines())  # all it printed before dying
        proc.wait()
        acknowledged = [op[1:] for op, nxt in zip(lines, lines[1:]) if op[0] == "try" and nxt == ["ok"]]
        in_flight = lines[-1][1:] if lines and lines[-1][0] == "try" else None
        assert len(acknowledged) >= 40, "the worker did not get going"
        with Project.open(db) as p:
            assert integrity_check(p.db) == "ok"
            final: dict[str, list[str]] = {}
            for op in acknowledged:
                final[op[1]] = op
            for uuid, op in final.items():
                row = p.span(uuid)
                assert row is not None, op
                if in_flight is not None and in_flight[1] == uuid:
                    continue  # the action under way at the kill may or may not have landed
                if op[0] == "add":
                    assert (row.start, row.end, row.label, row.deleted) == (int(op[2]), int(op[3]), "MISC", False)
                elif op[0] == "rel":
                    assert (row.label, row.deleted) == (op[2], False)
                else:
                    assert row.deleted
