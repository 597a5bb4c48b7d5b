# Pharma Capacity Auditor — set-up, run and test.
# `make run` and `make test` each do the whole set-up on a fresh machine.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test lint bench demo clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	bash scripts/system-deps.sh gui
	$(BIN)/auditor

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/lint-imports
	$(BIN)/ruff check auditor tests bench
	$(BIN)/mypy

bench: install
	$(BIN)/python bench/db.py

clean:
	rm -rf $(VENV) build *.egg-info
