# Two commands do everything on a fresh machine:
#   make serve   set up, generate and preview the site at http://127.0.0.1:8000/
#   make test    set up and run the whole test suite (browser and audit tests included)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: serve build test test-fast system bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# Debian packages the browser and audit tests need (Chromium, Java for the Nu checker, Node for axe/Lighthouse).
system:
	@bash scripts/install-system.sh

serve: $(STAMP)
	$(BIN)/mkdocs serve

build: $(STAMP)
	$(BIN)/mkdocs build --strict

test: $(STAMP) system
	$(BIN)/python -m pytest

# While iterating: skip the slow browser and audit tests.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not browser and not audit and not lighthouse"

bench: $(STAMP)
	$(BIN)/python bench/run.py --sizes 100,1000

clean:
	rm -rf site .venv .pytest_cache .hypothesis test-artifacts
