# Everyday commands. `make serve` and `make test` are the README's two set-up commands:
# each creates the virtualenv and installs the pinned requirements when needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SITE_STAMP := $(VENV)/.installed-site
TEST_STAMP := $(VENV)/.installed-test
# Where `make serve` listens; tests pick a free port.
ADDR ?= 127.0.0.1:8000
# Material prints a banner about MkDocs 2.0 on every run; it is not about this project.
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help serve serve-% build lint check test bench mark-synced chromium clean

help: ## List the commands
	@grep -hE '^[a-z%-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 16

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(SITE_STAMP): requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(TEST_STAMP): requirements.txt requirements-test.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $(SITE_STAMP) $@

serve: $(SITE_STAMP) ## Serve all five languages at http://127.0.0.1:8000
	$(BIN)/mkdocs serve --dev-addr $(ADDR)

serve-%: $(SITE_STAMP) ## Serve one language fast, beside the default one: make serve-ru, then open /ru/
	@echo "Serving $* (and the default language) at http://$(ADDR)/$*/"
	KB_ONLY_LANGUAGE=$* $(BIN)/mkdocs serve --dev-addr $(ADDR)

build: $(SITE_STAMP) ## Strict build of the whole site into site/
	$(BIN)/mkdocs build --strict --site-dir site

lint: $(TEST_STAMP) ## Lint and format check (ruff) and type check (mypy) of the code
	$(BIN)/ruff check hooks tests
	$(BIN)/ruff format --check hooks tests
	$(BIN)/mypy

check: lint ## Quick check before a pull request: lint, types, strict build and the tests that need no browser
	$(BIN)/python -m pytest tests -m "not browser"

test: lint chromium ## The whole test suite, browser tests included (what CI runs)
	$(BIN)/python -m pytest tests

bench: $(TEST_STAMP) chromium ## Print the benchmarks' figures (table filter per keystroke; build time with and without checks; search)
	$(BIN)/python tests/benchmarks/decision_table_filter.py
	$(BIN)/python tests/benchmarks/build_checks.py
	$(BIN)/python tests/benchmarks/search.py

mark-synced: $(SITE_STAMP) ## After updating a translation: make mark-synced PAGES="docs/area/page.fa.md" (or PAGES=--all)
	PYTHONPATH=hooks $(BIN)/python -m kb.translation.mark_synced $(PAGES)

chromium: ## Install Debian's chromium for the browser tests if it is missing
	@test -x /usr/bin/chromium || { \
	  sudo=$$(test "$$(id -u)" = 0 || echo sudo); \
	  $$sudo apt-get update -qq && $$sudo apt-get install -y -qq chromium; }

clean: ## Remove the built site and caches (keeps the virtualenv)
	rm -rf site .pytest_cache
