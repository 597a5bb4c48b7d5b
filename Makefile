# Pharma Capacity Auditor — set-up, run and test.
# `make run` and `make test` each do the whole set-up on a fresh machine.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

LANGS  := kk ru
# English is the source language; its catalogue holds only the plural forms (1 error, 2 errors).
QM     := $(foreach lang,$(LANGS) en,auditor/ui/translations/auditor_$(lang).qm)

.PHONY: install run test lint bench bench-ui bench-bundle screenshots demo clean ts bundle deb test-bundle

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

# PyInstaller, only for the packaged application.
BUNDLE_STAMP := $(VENV)/.bundle-installed
$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

# UI chrome translations: .ts in the repository, .qm built here and shipped in the package.
auditor/ui/translations/%.qm: resources/i18n/%.ts $(STAMP)
	mkdir -p auditor/ui/translations
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Bytecode compiled once here, as the packaged application ships it: a start then reads it
# instead of compiling every module again (even where PYTHONDONTWRITEBYTECODE is set).
install: $(STAMP) $(QM)
	$(BIN)/python -m compileall -q auditor

# After changing UI texts: refresh the .ts files, then translate the new entries.
TS_SOURCES = $$(find auditor/ui -name "*.py" | sort)
TS_FILES = $(foreach lang,$(LANGS),resources/i18n/auditor_$(lang).ts)

ts: $(STAMP)
	$(BIN)/pyside6-lupdate -silent $(TS_SOURCES) -ts $(TS_FILES)
	$(BIN)/python scripts/carry_translations.py $(TS_FILES)
	$(BIN)/pyside6-lupdate -silent $(TS_SOURCES) -ts $(TS_FILES)
	$(BIN)/pyside6-lupdate -silent -pluralonly $(TS_SOURCES) -ts resources/i18n/auditor_en.ts

run: install
	bash scripts/system-deps.sh gui
	$(BIN)/auditor

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/lint-imports
	$(BIN)/ruff check auditor tests bench scripts packaging
	$(BIN)/mypy

bench: install
	$(BIN)/python bench/db.py
	$(BIN)/python bench/consolidate.py
	$(BIN)/python bench/ui.py

bench-ui: install
	$(BIN)/python bench/ui.py

# The packaged application (build.spec): dist/auditor/ and dist/auditor-<version>-<platform>.tar.gz.
bundle: install $(BUNDLE_STAMP)
	bash scripts/system-deps.sh bundle
	$(BIN)/python packaging/bundle.py

# The Debian package of that bundle: dist/pharma-capacity-auditor_<version>_amd64.deb.
deb: bundle
	$(BIN)/python packaging/linux/build_deb.py

# The tests of the packaged application (tests/bundle, left out of `make test`): the frozen
# self-test, the frozen commands against the source tree, what the bundle must not contain,
# the .deb installed, upgraded and removed (as root: it installs into this system).
test-bundle: deb
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/bundle --bundle dist/auditor

bench-bundle: bundle
	$(BIN)/python bench/bundle.py

# Real windows on Xvfb, in each language, into docs/screenshots/.
screenshots: install
	bash scripts/system-deps.sh gui
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) build dist *.egg-info
