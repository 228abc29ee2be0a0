"""The main window's menus and their standard shortcuts (the F1 sheet lists the same keys),
built from the window's controllers; `MenuHost` says what that takes, so this module needs
no import of the window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenuBar

from ui import dialogs
from ui.i18n import LANGUAGES, current_language
from ui.search.romanised import SCHEMES
from ui.i18n import translate

if TYPE_CHECKING:
    from ui.document_list import DocumentList
    from ui.navigator import Navigator
    from ui.project_actions import ProjectActions
    from ui.search.actions import SearchActions
    from ui.search.find_bar import FindBar
    from ui.search.romanised import RomanisedView
    from ui.session import Session
    from ui.suggest.sources import SourceSuggestions
    from ui.team.actions import TeamActions
    from ui.text import TextView

S = QKeySequence.StandardKey


class MenuHost(Protocol):
    """A window the menus are built on: its action table, widgets, controllers and verbs."""

    actions_: dict[str, QAction]
    session: Session | None
    view: TextView
    find_bar: FindBar
    doc_list: DocumentList
    doc_dock: QDockWidget
    side_dock: QDockWidget
    navigator: Navigator
    search: SearchActions
    suggest: SourceSuggestions
    roman: RomanisedView
    team: TeamActions
    projects: ProjectActions

    def menuBar(self) -> QMenuBar: ...
    def actions(self) -> list[QAction]: ...
    def addAction(self, action: QAction) -> None: ...
    def removeAction(self, action: QAction) -> None: ...
    def close(self) -> bool: ...
    def choose_project(self) -> None: ...
    def refresh_recent(self) -> None: ...
    def switch_annotator(self) -> None: ...
    def tag(self, label: str) -> None: ...
    def delete_selected(self) -> None: ...
    def reverse_selected_relation(self) -> None: ...
    def zoom(self, factor: float | None) -> None: ...
    def set_arcs_visible(self, visible: bool) -> None: ...
    def show_shortcuts(self) -> None: ...
    def show_notes(self) -> None: ...
    def edit_attributes(self) -> None: ...
    def set_language(self, language: str) -> None: ...


def _unique(keys) -> list[QKeySequence]:
    """Key sequences without repeats: a standard key that equals an explicit one would make
    the shortcut ambiguous, and an ambiguous shortcut never fires."""
    out: list[QKeySequence] = []
    for k in keys:
        for seq in QKeySequence.keyBindings(k) if isinstance(k, QKeySequence.StandardKey) else [QKeySequence(k)]:
            if not seq.isEmpty() and all(seq != o for o in out):
                out.append(seq)
    return out


def _act(window: MenuHost, menu, name: str, text: str, slot, keys=()) -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcuts(_unique(keys))
    action.triggered.connect(slot)
    menu.addAction(action)
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    window.actions_[name] = action
    return action


def build_menus(w: MenuHost) -> None:
    """(Re)build every menu; called again when a project opens, for its undo stack."""
    for action in list(w.actions()):
        w.removeAction(action)
    for action in w.menuBar().actions():  # clear() would leave the old menus alive
        if action.menu() is not None:
            action.menu().deleteLater()
    w.menuBar().clear()
    w.actions_.clear()
    bar = w.menuBar()

    m = bar.addMenu(translate("menus", "&File"))
    _act(w, m, "new_project", translate("menus", "&New project…"), w.projects.new_project, [S.New])
    _act(w, m, "open", translate("menus", "&Open project…"), w.choose_project, [S.Open])
    w.actions_["recent_menu"] = m.addMenu(translate("menus", "Open &recent"))
    m.addSeparator()
    _act(w, m, "import", translate("menus", "&Import files…"), lambda: w.projects.ask_import(), ["Ctrl+I"])
    _act(w, m, "import_folder", translate("menus", "Import a &folder…"), lambda: w.projects.ask_import(folder=True))
    m.addSeparator()
    _act(w, m, "send", translate("menus", "&Send my work…"), lambda: w.team.send_work(), ["Ctrl+Shift+S"])
    _act(w, m, "merge", translate("menus", "&Merge other laptops' files…"), lambda: w.team.merge_files(), ["Ctrl+Shift+M"])
    _act(w, m, "export", translate("menus", "&Export…"), w.team.export_dialog, ["Ctrl+E"])
    m.addSeparator()
    _act(w, m, "quit", translate("menus", "&Quit"), w.close, [S.Quit, "Ctrl+Q"])
    w.refresh_recent()

    m = bar.addMenu(translate("menus", "&Edit"))
    if w.session is not None:
        undo = w.session.undo_stack.createUndoAction(w, translate("menus", "&Undo"))
        undo.setShortcuts(_unique([S.Undo]))
        redo = w.session.undo_stack.createRedoAction(w, translate("menus", "&Redo"))
        redo.setShortcuts(_unique([S.Redo, "Ctrl+Shift+Z", "Ctrl+Y"]))
        for name, action in (("undo", undo), ("redo", redo)):
            m.addAction(action)
            w.addAction(action)
            w.actions_[name] = action
        m.addSeparator()
    _act(w, m, "copy", translate("menus", "&Copy text"), w.view.copy, [S.Copy])
    _act(w, m, "delete", translate("menus", "&Delete span or relation"), w.delete_selected, ["Delete"])
    m.addSeparator()
    _act(w, m, "find", translate("menus", "&Find in text…"), w.find_bar.open_bar, [S.Find])
    _act(w, m, "find_next", translate("menus", "Find &next"), lambda: w.find_bar.step(1), ["F3"])
    _act(w, m, "find_previous", translate("menus", "Find &previous"), lambda: w.find_bar.step(-1), ["Shift+F3"])
    _act(w, m, "search_all", translate("menus", "&Search all documents…"), w.search.show_search_panel, ["Ctrl+Shift+F"])

    m = bar.addMenu(translate("menus", "&Annotate"))
    if w.session is not None:
        for entity in w.session.project.scheme.entities:
            # The key is shown, not bound: the text view handles label keys itself, so they
            # never fire while typing in the filter or find boxes.
            hint = f"\t{entity.key.upper()}" if entity.key else ""
            action = m.addAction(f"{entity.name}{hint}")
            action.triggered.connect(lambda _=False, n=entity.name: w.tag(n))
        m.addSeparator()
    # Shown, not bound, like the label keys: the text view handles ; and ? itself.
    m.addAction(translate("menus", "&Note on the selection (or the document)…\t;")).triggered.connect(w.view.request_note)
    m.addAction(translate("menus", "Mark the selection (or the document) &unsure\t?")).triggered.connect(w.view.request_unsure)
    _act(w, m, "attributes", translate("menus", "Span &attributes (entity id, role…)…"), w.edit_attributes, ["Ctrl+Shift+E"])
    m.addSeparator()
    relation = m.addAction(translate("menus", "Start &relation from the selected span\tR"))
    relation.triggered.connect(w.view.start_relation)
    m.addAction(translate("menus", "Re&verse the selected relation")).triggered.connect(w.reverse_selected_relation)
    m.addSeparator()
    _act(w, m, "occurrences", translate("menus", "Annotate all &occurrences in this document"), lambda: w.search.start_occurrences("document"), ["Ctrl+Shift+O"])
    _act(w, m, "occurrences_project", translate("menus", "Annotate all occurrences in the &whole project"), lambda: w.search.start_occurrences("project"), ["Ctrl+Alt+O"])
    _act(w, m, "train_suggestions", translate("menus", "&Train suggestions (in the background)"), w.suggest.train_or_cancel)

    m = bar.addMenu(translate("menus", "&Document"))
    _act(w, m, "next", translate("menus", "&Next document"), lambda: w.navigator.step(1), ["Ctrl+PgDown"])
    _act(w, m, "previous", translate("menus", "&Previous document"), lambda: w.navigator.step(-1), ["Ctrl+PgUp"])
    m.addSeparator()
    _act(w, m, "done", translate("menus", "Mark &done and go to the next undone"), w.navigator.mark_done, ["Ctrl+Return", "Ctrl+Enter"])
    _act(w, m, "reopen", translate("menus", "Mark in &progress"), w.navigator.reopen)
    m.addSeparator()
    _act(w, m, "filter", translate("menus", "&Filter the list…"), lambda: (w.doc_dock.show(), w.doc_list.filter_edit.setFocus()), ["Ctrl+L"])

    m = bar.addMenu(translate("menus", "&View"))
    _act(w, m, "zoom_in", translate("menus", "Zoom &in"), lambda: w.zoom(1.15), [S.ZoomIn, "Ctrl+="])
    _act(w, m, "zoom_out", translate("menus", "Zoom &out"), lambda: w.zoom(1 / 1.15), [S.ZoomOut])
    _act(w, m, "zoom_reset", translate("menus", "&Normal size"), lambda: w.zoom(None), ["Ctrl+0"])
    m.addSeparator()
    arcs = _act(w, m, "arcs", translate("menus", "Show relation &arcs"), w.set_arcs_visible, ["Ctrl+Shift+A"])
    arcs.setCheckable(True)
    arcs.setChecked(w.view.arcs_visible)
    m.addSeparator()
    romanised = _act(w, m, "romanised", translate("menus", "&Romanised (under the Devanagari)"), w.roman.set_romanised, ["Ctrl+Shift+R"])
    romanised.setCheckable(True)
    romanised.setChecked(w.roman.on)
    schemes = m.addMenu(translate("menus", "Romanisation &scheme"))
    group = QActionGroup(schemes)
    group.setExclusive(True)
    for name, title in SCHEMES:
        action = schemes.addAction(translate("RomanisedView", title))
        action.setCheckable(True)
        action.setChecked(name == w.roman.scheme)
        action.triggered.connect(lambda _=False, n=name: w.roman.set_scheme(n))
        group.addAction(action)
        w.actions_[f"scheme_{name}"] = action
    languages = m.addMenu(translate("menus", "&Language"))
    chosen = QActionGroup(languages)
    for code, name in LANGUAGES:  # each in its own language, so anyone can find theirs
        action = languages.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == current_language())
        action.triggered.connect(lambda _=False, c=code: w.set_language(c))
        chosen.addAction(action)
        w.actions_[f"language_{code}"] = action
    m.addSeparator()
    m.addAction(w.doc_dock.toggleViewAction())
    m.addAction(w.side_dock.toggleViewAction())
    _act(w, m, "notes", translate("menus", "&Notes (every note and unsure flag, searchable)"), w.show_notes, ["Ctrl+Shift+N"])
    # The Search and Suggestions panels are made on first use, so these are plain actions.
    _act(w, m, "search_panel", translate("menus", "Search panel"), lambda: w.search.toggle_panel("search"))
    _act(w, m, "suggestion_panel", translate("menus", "Suggestions panel"), lambda: w.search.toggle_panel("suggestions"))
    _act(w, m, "suggested_panel", translate("menus", "Suggested panel (the team's suggestions)"), w.suggest.toggle_panel)

    m = bar.addMenu(translate("menus", "Re&view"))
    _act(w, m, "review", translate("menus", "&Review document… (adjudicate into gold)"), lambda: w.team.open_review(), ["Ctrl+Shift+V"])
    _act(w, m, "agreement", translate("menus", "&Agreement…"), w.team.show_agreement, ["Ctrl+Shift+G"])
    _act(w, m, "team", translate("menus", "&Team progress…"), w.team.show_progress, ["Ctrl+Shift+T"])
    m.addSeparator()
    _act(w, m, "assign", translate("menus", "A&ssign documents…"), w.team.assign_documents)

    m = bar.addMenu(translate("menus", "A&nnotator"))
    _act(w, m, "switch_annotator", translate("menus", "&Switch annotator…"), w.switch_annotator)

    m = bar.addMenu(translate("menus", "&Help"))
    _act(w, m, "shortcuts", translate("menus", "&Keyboard shortcuts"), w.show_shortcuts, [S.HelpContents, "F1"])
    _act(w, m, "about", translate("menus", "&About"), lambda: dialogs.show_about(w))
