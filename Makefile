# Everything a newcomer needs: `make run` opens the window, `make test` runs every test,
# `make lint` checks the code (ruff) and the import contracts (import-linter, pyproject.toml).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test bench app lint clean translations

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ")")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: $(STAMP)
	@sh scripts/ensure-qt-libs.sh
	$(PY) app_entry.py $(PROJECT)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(VENV)/bin/ruff check annotator ui tests bench app_entry.py
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

# `make app`: the desktop app in dist/HindiAnnotator/ (one folder), then its own self-check.
# `make app ONEFILE=1`: one file, dist/onefile/HindiAnnotator. See docs/BUILD.md.
APP_DIST := $(if $(ONEFILE),dist/onefile,dist)
APP_BIN := $(if $(ONEFILE),$(APP_DIST)/HindiAnnotator,$(APP_DIST)/HindiAnnotator/HindiAnnotator)

app: $(STAMP)
	$(PY) -m pip install --quiet -e '.[build]'
	ANNOTATOR_ONEFILE=$(ONEFILE) $(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath $(APP_DIST) build_app.spec
	QT_QPA_PLATFORM=offscreen $(APP_BIN) self-check
	@du -sh $(if $(ONEFILE),$(APP_BIN),$(APP_DIST)/HindiAnnotator)

# `make translations`: collect the window's strings from ui/ into the .ts, and the core's
# sentences from annotator/ (marked QT_TRANSLATE_NOOP("core", ...), see annotator/errors.py) that
# the window shows (new ones come in unfinished, for a translator to fill; gone ones are
# dropped). The .qm is compiled by the window itself when stale (ui/i18n.py) and by
# build_app.spec for the app. See docs/BUILD.md.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find ui annotator -name '*.py' | sort) -source-language en -target-language hi_IN \
		-locations none -no-obsolete -ts resources/translations/annotator_hi.ts

clean:
	rm -rf build dist .pytest_cache
