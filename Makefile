# Everyday commands. `make serve` and `make test` are the README's two set-up commands:
# each creates the virtualenv and installs the pinned requirements when needed. Every install
# is hash-checked (--require-hashes): pip itself from requirements/pip.txt first, then the
# requirements*.txt that `make lock` compiles from the .in files.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP_STAMP := $(VENV)/.installed-pip
SITE_STAMP := $(VENV)/.installed-site
TEST_STAMP := $(VENV)/.installed-test
# The second builder's virtualenv: the test requirements and ProperDocs (requirements/properdocs.in).
PROPERDOCS_VENV := .venv-properdocs
PROPERDOCS_STAMP := $(PROPERDOCS_VENV)/.installed
# Where `make serve` listens; tests pick a free port.
ADDR ?= 127.0.0.1:8000
# Material prints a banner about MkDocs 2.0 on every run; it is not about this project.
export NO_MKDOCS_2_WARNING := 1

.DEFAULT_GOAL := help
.PHONY: help serve serve-% build lint check test test-properdocs bench mark-synced sync-report review-due lock chromium clean

help: ## List the commands
	@grep -hE '^[a-z%-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 16

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(PIP_STAMP): requirements/pip.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/pip.txt
	touch $@

$(SITE_STAMP): requirements.txt $(PIP_STAMP)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt
	touch $@

# requirements-test.txt holds the site's packages too, at the same versions.
$(TEST_STAMP): requirements.txt requirements-test.txt $(PIP_STAMP)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-test.txt
	touch $(SITE_STAMP) $@

$(PROPERDOCS_STAMP): requirements/pip.txt requirements-test.txt requirements/properdocs.txt
	$(PYTHON) -m venv $(PROPERDOCS_VENV)
	$(PROPERDOCS_VENV)/bin/python -m pip install --quiet --require-hashes -r requirements/pip.txt
	$(PROPERDOCS_VENV)/bin/python -m pip install --quiet --require-hashes -r requirements-test.txt -r requirements/properdocs.txt
	touch $@

serve: $(SITE_STAMP) ## Serve all five languages at http://127.0.0.1:8000
	$(BIN)/mkdocs serve --dirty --no-strict --dev-addr $(ADDR)

serve-%: $(SITE_STAMP) ## Serve one language fast, beside the default one: make serve-ru, then open /ru/
	@echo "Serving $* (and the default language) at http://$(ADDR)/$*/"
	KB_ONLY_LANGUAGE=$* $(BIN)/mkdocs serve --dirty --no-strict --dev-addr $(ADDR)

build: $(SITE_STAMP) ## Strict build of the whole site into site/
	$(BIN)/mkdocs build --strict --site-dir site

lint: $(TEST_STAMP) ## Lint and format check (ruff) and type check (mypy) of the code
	$(BIN)/ruff check hooks tests
	$(BIN)/ruff format --check hooks tests
	$(BIN)/mypy

check: lint build ## Quick check before a pull request (under a minute): lint, types, the strict build and the unit tests
	$(BIN)/python -m pytest tests/unit -q

test: lint chromium ## The whole test suite, browser tests included, then the site tests built by ProperDocs (what CI runs; about 35 minutes)
	$(BIN)/python -m pytest tests
	@$(MAKE) --no-print-directory test-properdocs

test-properdocs: $(PROPERDOCS_STAMP) chromium ## The strict build and the site tests again, built by ProperDocs (MkDocs 1.x's maintained continuation)
	KB_BUILDER=properdocs $(PROPERDOCS_VENV)/bin/python -m pytest tests/site -q

bench: $(TEST_STAMP) chromium ## Print the benchmarks' figures (table filter per keystroke; build time with and without checks; build at scale against stock; save to reload; search)
	$(BIN)/python tests/benchmarks/decision_table_filter.py
	$(BIN)/python tests/benchmarks/build_checks.py
	$(BIN)/python tests/benchmarks/build_scale.py
	$(BIN)/python tests/benchmarks/save_to_reload.py
	$(BIN)/python tests/benchmarks/search.py
	$(BIN)/python tests/benchmarks/search_agents.py

mark-synced: $(SITE_STAMP) ## After updating a translation: make mark-synced PAGES="docs/area/page.fa.md" (or PAGES=--all)
	PYTHONPATH=hooks $(BIN)/python -m kb.translation.mark_synced $(PAGES) $(foreach language,$(LANGUAGES),--language $(language)) $(if $(UNCHANGED),--unchanged "$(UNCHANGED)")

sync-report: $(SITE_STAMP) ## What each translation marked synced since BASE claims to cover: make -s sync-report BASE=origin/main
	@PYTHONPATH=hooks $(BIN)/python -m kb.translation.sync_report --base $(or $(BASE),origin/main)

review-due: $(SITE_STAMP) ## Warn (GitHub annotations) about pages overdue for review or due within DAYS (14): make -s review-due
	@PYTHONPATH=hooks $(BIN)/python -m kb.review.due --within $(or $(DAYS),14)

# pip-compile's options; Dependabot reads them back from the compiled files' headers.
LOCK_OPTIONS := --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-find-links --no-emit-index-url

# In a throwaway virtualenv (not .venv/), with the hash-pinned pip and pip-tools; pins already in
# the .txt files are kept unless LOCK_ARGS says otherwise (LOCK_ARGS="--upgrade-package mkdocs").
# The files are compiled with Python 3.11, as CI runs.
lock: ## After editing a requirements*.in file: regenerate the hash-pinned requirements*.txt
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(PYTHON) -m venv "$$tmp/venv"; \
	"$$tmp/venv/bin/python" -m pip install --quiet --require-hashes -r requirements/pip.txt; \
	"$$tmp/venv/bin/python" -m pip install --quiet --require-hashes -r requirements/pip-tools.txt; \
	for name in requirements/pip requirements/pip-tools requirements requirements-test requirements/properdocs; do \
	  echo "pip-compile $$name.in -> $$name.txt"; \
	  "$$tmp/venv/bin/pip-compile" $(LOCK_OPTIONS) $(LOCK_ARGS) --output-file=$$name.txt $$name.in; \
	done

chromium: ## Install Debian's chromium for the browser tests if it is missing
	@test -x /usr/bin/chromium || { \
	  sudo=$$(test "$$(id -u)" = 0 || echo sudo); \
	  $$sudo apt-get update -qq && $$sudo apt-get install -y -qq chromium; }

clean: ## Remove the built site and caches (keeps the virtualenv)
	rm -rf site .pytest_cache
