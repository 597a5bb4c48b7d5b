# Pharma Capacity Auditor — set-up, run and test.
# `make run` and `make test` each do the whole set-up on a fresh machine.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

LANGS  := kk ru
# English is the source language; its catalogue holds only the plural forms (1 error, 2 errors).
QM     := $(foreach lang,$(LANGS) en,auditor/ui/translations/auditor_$(lang).qm)

.PHONY: install run test lint bench bench-ui screenshots demo clean ts

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

# UI chrome translations: .ts in the repository, .qm built here and shipped in the package.
auditor/ui/translations/%.qm: resources/i18n/%.ts $(STAMP)
	mkdir -p auditor/ui/translations
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Bytecode compiled once here, as the packaged application ships it: a start then reads it
# instead of compiling every module again (even where PYTHONDONTWRITEBYTECODE is set).
install: $(STAMP) $(QM)
	$(BIN)/python -m compileall -q auditor

# After changing UI texts: refresh the .ts files, then translate the new entries.
ts: $(STAMP)
	$(BIN)/pyside6-lupdate auditor/ui/*.py auditor/ui/editor/*.py -ts $(foreach lang,$(LANGS),resources/i18n/auditor_$(lang).ts)
	$(BIN)/pyside6-lupdate -pluralonly auditor/ui/*.py auditor/ui/editor/*.py -ts resources/i18n/auditor_en.ts

run: install
	bash scripts/system-deps.sh gui
	$(BIN)/auditor

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/lint-imports
	$(BIN)/ruff check auditor tests bench scripts
	$(BIN)/mypy

bench: install
	$(BIN)/python bench/db.py
	$(BIN)/python bench/consolidate.py
	$(BIN)/python bench/ui.py

bench-ui: install
	$(BIN)/python bench/ui.py

# Real windows on Xvfb, in each language, into docs/screenshots/.
screenshots: install
	bash scripts/system-deps.sh gui
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) build *.egg-info
