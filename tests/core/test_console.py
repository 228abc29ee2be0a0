"""The command line's progress line: only on a terminal, redrawn a few times a second rather
than at every call, and never with an error line glued to its end."""

from __future__ import annotations

import pytest

from annotator import agreement_report
from annotator.cli import console, main
from annotator.importer import import_paths
from annotator.project import Project, resolve_scheme

INTERRUPTED = "annotator: interrupted; the project is unchanged by the unfinished step"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _terminal(monkeypatch, on: bool = True) -> None:
    monkeypatch.setattr("sys.stderr.isatty", lambda: on)


def test_redrawn_at_most_every_tenth_of_a_second_first_and_last_always(capsys, monkeypatch):
    _terminal(monkeypatch)
    clock = Clock()
    show = console.progress("export", clock=clock)
    for done in range(1001):  # a thousand calls within one instant: the first and the last
        show(done, 1000)
    assert capsys.readouterr().err == "\rexport: 0/1000\rexport: 1000/1000\n"
    show = console.progress("import", clock=clock)
    for done in range(101):  # one call every 0.04 s: a line every third call (0.12 s apart)
        clock.now += 0.04
        show(done, 100)
    err = capsys.readouterr().err
    assert err.startswith("\rimport: 0/100\rimport: 3/100\rimport: 6/100") and err.endswith("\rimport: 99/100\rimport: 100/100\n")
    assert err.count("\r") == 35
    show(100, 100)  # a second last call (work that reports its end twice) draws nothing more
    assert capsys.readouterr().err == ""


def test_nothing_for_no_work_and_nothing_when_not_a_terminal(capsys, monkeypatch):
    _terminal(monkeypatch)
    console.progress("merge")(0, 0)
    assert capsys.readouterr().err == ""
    _terminal(monkeypatch, False)
    assert console.progress("merge") is None


@pytest.fixture
def pair(tmp_path):
    """A project of 12 documents annotated by two annotators."""
    path = tmp_path / "p.db"
    Project.create(path, resolve_scheme("hindi-news")).close()
    for who in ("asha", "ravi"):
        file = tmp_path / f"{who}.jsonl"
        lines = [f'{{"id": "d{i}", "text": "राम लखनऊ गए। {i}", "entities": [{{"start": 0, "end": 3, "label": "{"PERSON" if who == "asha" or i % 2 else "LOCATION"}"}}]}}' for i in range(12)]
        file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with Project.open(path) as project:
            import_paths(project, [file], as_annotator=who)
    return path


def _interrupt_after(monkeypatch, documents: int) -> None:
    """Ctrl+C while the agreement report reads its documents."""
    real = agreement_report.agreement_report

    def interrupted(docs, *args, **kwargs):
        def reading():
            for i, doc in enumerate(docs):
                if i == documents:
                    raise KeyboardInterrupt
                yield doc

        return real(reading(), *args, **kwargs)

    monkeypatch.setattr(agreement_report, "agreement_report", interrupted)


def test_an_error_half_way_starts_a_line_of_its_own(pair, capsys, monkeypatch):
    _terminal(monkeypatch)
    assert main(["agreement", str(pair)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("\ragreement: 0/12\r") and err.endswith("\ragreement: 12/12\n") and err.count("\n") == 1
    _interrupt_after(monkeypatch, 5)
    assert main(["agreement", str(pair)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.endswith("\n" + INTERRUPTED + "\n") and err.startswith("\ragreement: 0/12")
    # What a terminal shows: each line as the last carriage return left it.
    assert [line.split("\r")[-1] for line in err.split("\n")][-2:] == [INTERRUPTED, ""]
    assert not console._line_open


def test_piped_stderr_holds_the_error_line_alone(pair, capsys, monkeypatch):
    _terminal(monkeypatch, False)
    _interrupt_after(monkeypatch, 5)
    assert main(["agreement", str(pair)]) == 1
    assert capsys.readouterr().err == INTERRUPTED + "\n"
