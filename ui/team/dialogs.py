"""The lead's dialogs: File ▸ Merge (other laptops' files and packages, with progress and a
report), File ▸ Export (format, layer, status and options; progress, cancel, confirmed
overwrite) and Review ▸ Assign documents. Merge and export run as a `ProjectJob` on their
own connection; the core calls are `merge.merge`, `exporter.export` and `assign.assign`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.project import GOLD, Project
from ui.accessible import name_controls
from ui.team.job_dialog import JobDialog
from ui.team.jobs import ProjectJob
from ui.i18n import core_text, translate


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def ask_merge_files(parent: QWidget | None, folder: str = "") -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, translate("dialogs", "Merge files into this project"), folder, translate("dialogs", "Projects and packages (*.db *.sqlite *.annpkg *.zip *.json *.jsonl);;All files (*)"))
    return paths


def confirm_overwrite(parent: QWidget | None, path: str) -> bool:
    answer = QMessageBox.question(parent, translate("dialogs", "Replace it?"), translate("dialogs", "{path} already exists. Replace it with this export?").format(path=path), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


# -- merge ---------------------------------------------------------------------------------


def format_merge_report(report) -> str:
    """The merge report as the command line prints it, in a few lines, in the window's language
    (table names, labels, ids and file names stay as they are)."""
    data = report.as_dict()
    lines = [translate("MergeReport", "Merged {files} file(s): {added} rows added, {updated} updated, {unchanged} unchanged, {conflicts} conflicts.").format(files=len(report.sources), **data)]
    for name, c in report.tables.items():
        row = translate("MergeReport", "{added} added {updated} updated {unchanged} unchanged {conflicts} conflicts")
        lines.append(f"  {name:<11} " + row.format(added=f"{c.added:>7}", updated=f"{c.updated:>7}", unchanged=f"{c.unchanged + c.kept:>8}", conflicts=f"{c.conflicts:>5}"))
    if report.labels_added:
        lines.append(translate("MergeReport", "The scheme grew to version {version}: added {labels}.").format(version=report.scheme_version, labels=", ".join(report.labels_added)))
    for c in report.conflicts[:10]:
        kept = translate("MergeReport", "kept the other file's newer version") if c.winner == "theirs" else translate("MergeReport", "kept this project's newer version")
        where = "  " + translate("MergeReport", "conflict in {table} ({document}): here {ours}, in {file} {theirs}; {kept}")
        lines.append(where.format(table=c.table, document=c.document or "-", ours=repr(c.ours), file=Path(c.source).name, theirs=repr(c.theirs), kept=kept))
    for source, missing in report.missing_documents.items():
        names = ", ".join(missing[:10]) + (" …" if len(missing) > 10 else "")
        lines.append(translate("MergeReport", "Skipped {count} documents of {file} missing here: {names}").format(count=len(missing), file=Path(source).name, names=names))
    if report.dangling_relations:
        lines.append(translate("MergeReport", "Note: {count} relations point at spans deleted elsewhere; they are not exported.").format(count=report.dangling_relations))
    lines += [translate("MergeReport", "Warning: {warning}").format(warning=core_text(w)) for w in report.warnings]
    lines += [translate("MergeReport", "Left out: {row}").format(row=core_text(s)) for s in report.skipped]
    return "\n".join(lines)


class MergeDialog(JobDialog):
    """Runs one merge of `sources` into the project at `path`, then shows its report."""

    merged = Signal(object)  # the MergeReport, once the merge is in
    failed_prefix = QT_TRANSLATE_NOOP("JobDialog", "Nothing was merged")

    def __init__(self, parent: QWidget | None, path: str | Path, sources: list[str]):
        self.sources = list(sources)
        self.skip_missing = QCheckBox(translate("MergeDialog", "Leave out annotations of documents this project lacks"))
        info = translate("MergeDialog", "Merging {count} file(s) into {project}: ").format(count=len(sources), project=Path(path).name) + ", ".join(Path(s).name for s in sources)
        super().__init__(parent, path, "Merge", info, extra=(self.skip_missing,), height=420)

    def start(self) -> None:
        from annotator.merge import merge

        skip = self.skip_missing.isChecked()
        sources = self.sources
        self.run(lambda project, progress: merge(project, sources, skip_missing=skip, progress=progress))

    def describe(self, report) -> str:
        return format_merge_report(report)

    def announce(self, report) -> None:
        self.merged.emit(report)


# -- export --------------------------------------------------------------------------------


class ExportDialog(QDialog):
    """Choose format, layer, status and options; export with a progress bar and Cancel."""

    def __init__(self, parent: QWidget | None, project: Project, default_folder: str = ""):
        super().__init__(parent)
        from annotator.formats import registry
        from annotator.translit import SCHEMES

        self.setWindowTitle(translate("ExportDialog", "Export"))
        self.path = project.path
        self.report = None
        self.error: str | None = None
        self.writers = registry.WRITERS
        self.format_box = QComboBox()
        for name in self.writers:
            self.format_box.addItem(name, name)
        self.source_box = QComboBox()
        self.source_box.addItem(translate("ExportDialog", "gold (adjudicated layer)"), GOLD)
        for a in project.annotators(include_gold=False, include_suggestions=False):
            if not a.deleted:
                self.source_box.addItem(a.name, a.name)
        self.status_box = QComboBox()
        self.status_box.addItem(translate("ExportDialog", "Done only (gold: adjudicated)"), "done")
        self.status_box.addItem(translate("ExportDialog", "All documents"), "all")
        self.translit_box = QComboBox()
        self.translit_box.addItem(translate("ExportDialog", "none"), None)
        for name in SCHEMES:
            self.translit_box.addItem(name, name)
        self.labels_edit = QLineEdit()
        self.labels_edit.setPlaceholderText(translate("ExportDialog", "all labels (or e.g. PERSON,LOCATION)"))
        self.rename_edit = QLineEdit()
        self.rename_edit.setPlaceholderText(translate("ExportDialog", "e.g. PERSON=PER,LOCATION=LOC"))
        self.split_edit = QLineEdit()
        self.split_edit.setPlaceholderText(translate("ExportDialog", "none (or e.g. 0.8,0.1,0.1)"))
        self.seed_box = QSpinBox()
        self.seed_box.setRange(0, 1_000_000)
        self.out_edit = QLineEdit(str(Path(default_folder or self.path.parent) / f"{self.path.stem}-gold.jsonl"))
        browse = QPushButton(translate("ExportDialog", "Browse…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "Format"), self.format_box)
        form.addRow(translate("ExportDialog", "Layer"), self.source_box)
        form.addRow(translate("ExportDialog", "Documents"), self.status_box)
        form.addRow(translate("ExportDialog", "Romanised text (jsonl)"), self.translit_box)
        form.addRow(translate("ExportDialog", "Labels"), self.labels_edit)
        form.addRow(translate("ExportDialog", "Rename labels"), self.rename_edit)
        form.addRow(translate("ExportDialog", "Split train/dev/test"), self.split_edit)
        form.addRow(translate("ExportDialog", "Split seed"), self.seed_box)
        form.addRow(translate("ExportDialog", "Save to"), out_row)
        self.bar = QProgressBar()
        self.bar.hide()
        self.message = _plain()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(translate("ExportDialog", "Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.bar)
        box.addWidget(self.message)
        box.addWidget(self.buttons)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.source_box.currentIndexChanged.connect(self._format_changed)
        self.job: ProjectJob | None = None
        self._force = False
        self._format_changed()
        self.resize(640, 420)
        name_controls(self)  # after every control is made

    def _format_changed(self) -> None:
        fmt = self.format_box.currentData()
        self.translit_box.setEnabled(fmt == "jsonl")
        out = Path(self.out_edit.text() or self.path.parent / "export")
        stem = f"{self.path.stem}-{self.source_box.currentData()}-{fmt}"
        suffix = "" if self.writers[fmt].folder else {"spacy": ".json", "conll": ".conll", "labelstudio": ".json"}.get(fmt, ".jsonl")
        self.out_edit.setText(str(out.parent / f"{stem}{suffix}"))

    def _browse(self) -> None:
        fmt = self.format_box.currentData()
        if self.writers[fmt].folder:
            path = QFileDialog.getExistingDirectory(self, translate("ExportDialog", "Export into folder"), str(Path(self.out_edit.text()).parent))
        else:
            path, _ = QFileDialog.getSaveFileName(self, translate("ExportDialog", "Export to"), self.out_edit.text(), options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.out_edit.setText(path)

    def options(self) -> dict:
        return {
            "fmt": self.format_box.currentData(),
            "source": self.source_box.currentData(),
            "status": self.status_box.currentData(),
            "translit": self.translit_box.currentData() if self.format_box.currentData() == "jsonl" else None,
            "labels": self.labels_edit.text().strip() or None,
            "rename": self.rename_edit.text().strip() or None,
            "split": self.split_edit.text().strip() or None,
            "seed": self.seed_box.value(),
        }

    def _exists(self, out: Path, fmt: str) -> bool:
        return out.exists() or any(p.exists() for p in self.writers[fmt].outputs(out))

    def start(self, force: bool = False) -> None:
        from annotator import exporter

        opts = self.options()
        out = Path(self.out_edit.text().strip())
        if not self.out_edit.text().strip():
            self.message.setText(translate("ExportDialog", "Choose where to save the export."))
            return
        if not force and self._exists(out, opts["fmt"]):
            if not confirm_overwrite(self, str(out)):
                self.message.setText(translate("ExportDialog", "Nothing was exported; the existing file is untouched."))
                return
            force = True
        self._force = force
        self.export_button.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.show()
        self.message.setText(translate("ExportDialog", "Exporting…"))

        def work(project, progress, cancelled):
            return exporter.export(project, out, force=force, progress=progress, cancelled=cancelled, **opts)

        self.job = ProjectJob(self.path, work, self)
        self.job.progress.connect(lambda done, total: (self.bar.setRange(0, max(total, 1)), self.bar.setValue(done)))
        self.job.succeeded.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _done(self, report) -> None:
        self.report = report
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        notes = "".join(f"\n{n}" for n in report.notes[:5])
        self.message.setText(translate("ExportDialog", "Exported {documents} documents, {entities} entities and {relations} relations to {path}.").format(documents=report.documents, entities=report.entities, relations=report.relations, path=report.path) + notes)
        self.export_button.setEnabled(True)
        self.cancel_button.setText(translate("ExportDialog", "Close"))

    def _failed(self, message: str) -> None:
        self.bar.hide()
        self.export_button.setEnabled(True)
        if "already exists" in message and not self._force:
            # A split's parts are named by the core; it said one exists.
            if confirm_overwrite(self, message.split(": already exists")[0].split(" already exists")[0]):
                self.start(force=True)
                return
        self.error = message
        if self.job is not None and self.job.cancelled():
            self.message.setText(translate("ExportDialog", "Export cancelled; nothing was written."))
        else:
            self.message.setText(translate("ExportDialog", "Nothing was exported: {message}").format(message=message))

    def cancel(self) -> None:
        """Cancel a running export (the core writes nothing then), else close."""
        if self.job is not None and self.job.isRunning():
            self.job.cancel()
            self.message.setText(translate("ExportDialog", "Cancelling…"))
            return
        self.reject()

    def closeEvent(self, event) -> None:
        if self.job is not None and self.job.isRunning():
            self.job.cancel()
            self.job.wait()
        super().closeEvent(event)


# -- assign ----------------------------------------------------------------------------------


class AssignDialog(QDialog):
    """Who annotates what: annotators, the share double-annotated, copies and a seed."""

    def __init__(self, parent: QWidget | None, project: Project):
        super().__init__(parent)
        self.setWindowTitle(translate("AssignDialog", "Assign documents"))
        self.names = QListWidget()
        for a in project.annotators(include_gold=False):
            if not a.deleted and a.kind == "human":
                item = QListWidgetItem(a.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.names.addItem(item)
        self.more = QLineEdit()
        self.more.setPlaceholderText(translate("AssignDialog", "more annotators, comma separated"))
        self.overlap = QDoubleSpinBox()
        self.overlap.setRange(0, 100)
        self.overlap.setSuffix(" %")
        self.overlap.setValue(20)
        self.copies = QSpinBox()
        self.copies.setRange(2, 9)
        self.seed = QSpinBox()
        self.seed.setRange(0, 1_000_000)
        self.replace = QCheckBox(translate("AssignDialog", "Reassign every document (not only unassigned ones)"))
        form = QFormLayout()
        form.addRow(translate("AssignDialog", "Annotators"), self.names)
        form.addRow("", self.more)
        form.addRow(translate("AssignDialog", "Double-annotated share"), self.overlap)
        form.addRow(translate("AssignDialog", "Annotators per shared document"), self.copies)
        form.addRow(translate("AssignDialog", "Seed"), self.seed)
        form.addRow("", self.replace)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(_plain(translate("AssignDialog", "{count} documents. Each annotator's document list shows their queue first.").format(count=f"{project.document_count():,}")))
        box.addLayout(form)
        box.addWidget(buttons)
        name_controls(self)  # after every control is made

    def chosen(self) -> dict:
        names = [self.names.item(i).text() for i in range(self.names.count()) if self.names.item(i).checkState() == Qt.CheckState.Checked]
        names += [n.strip() for n in self.more.text().split(",") if n.strip() and n.strip() not in names]
        return {"annotators": names, "overlap": self.overlap.value() / 100, "copies": self.copies.value(), "seed": self.seed.value(), "replace": self.replace.isChecked()}
