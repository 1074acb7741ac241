# Two commands do everything on a fresh machine:
#   make serve   set up, generate and preview the site at http://127.0.0.1:8000/
#   make test    set up and run the whole test suite (browser and audit tests included)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Playwright drives Debian's /usr/bin/chromium; it must never download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: serve build test test-fast lighthouse screenshots system node bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# Debian packages the browser and audit tests need (Chromium, Java for the Nu checker, Node for axe/Lighthouse).
system:
	@bash scripts/install-system.sh

# The npm audit tools (axe-core, the Nu HTML Checker, Lighthouse), pinned by package-lock.json.
node: system
	@bash scripts/install-node.sh

# Material 9.7 prints an end-of-life box about MkDocs 2 on every build; the workflow hides it too.
serve: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve

build: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

test: $(STAMP) system node
	$(BIN)/python -m pytest -m "not lighthouse"

# Lighthouse on the home page, a briefing and a person page (slow, opt-in); scores go to bench/lighthouse.md.
lighthouse: $(STAMP) system node
	$(BIN)/python -m pytest -m lighthouse

# The README's chart pictures (assets/readme/*.png), from a build of the included seeds in Debian's Chromium.
screenshots: $(STAMP) system
	$(BIN)/python scripts/screenshots.py

# While iterating: skip the slow browser and audit tests.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not browser and not audit and not lighthouse"

bench: $(STAMP)
	$(BIN)/python bench/run.py --sizes 100,1000

clean:
	rm -rf site .venv node_modules .pytest_cache .hypothesis test-artifacts
