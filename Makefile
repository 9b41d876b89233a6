# recoupe: the two commands of the README.
#   make demo   set up .venv, ingest the bundled examples into recoupe-demo.db, show what it found
#   make test   set up .venv with the test tools (and Debian's chromium for the browser tests, Debian's
#               postgresql for the store's tests on PostgreSQL), run the whole test suite
#   make quick  the same without the slow tests (quality gates over ../shared, the browser)
#   make lint   pinned ruff and mypy
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := recoupe-demo.db
EXAMPLES := examples/text examples/html examples/json
CHROMIUM := /usr/bin/chromium

.PHONY: demo test quick lint bench clean postgresql

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,cluster]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/recoupe ingest $(EXAMPLES) --source "L'Écho des Plaines" --db $(DEMO_DB)
	$(BIN)/recoupe stats --db $(DEMO_DB)
	$(BIN)/recoupe articles --db $(DEMO_DB) --limit 12
	$(BIN)/recoupe stories --db $(DEMO_DB) --outlets examples/outlets.toml
	@echo "The cross-check of the most widely covered story:"
	$(BIN)/recoupe story $$($(BIN)/recoupe stories --db $(DEMO_DB) --outlets examples/outlets.toml --json | \
	  $(BIN)/python -c "import json, sys; print(max(json.load(sys.stdin), key=lambda s: s['independent_sources'])['id'])") \
	  --db $(DEMO_DB) --outlets examples/outlets.toml

# The end-to-end tests drive Debian's chromium through Playwright (never `playwright install`).
$(CHROMIUM):
	@if ! command -v apt-get >/dev/null; then \
		echo "warning: no apt-get; install Chromium at $(CHROMIUM) for the browser tests (skipped without it)"; \
	else \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -q && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium; \
	fi

# The store's tests start a throwaway PostgreSQL server of their own (tests/pg.py) from the
# server's binaries (initdb, pg_ctl; unaccent is in the package): installed when none is found.
postgresql:
	@if { command -v pg_config >/dev/null && [ -x "$$(pg_config --bindir)/initdb" ]; } || \
	    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then :; \
	elif ! command -v apt-get >/dev/null; then \
		echo "warning: no apt-get; install PostgreSQL's server for the store's tests on PostgreSQL (skipped without it)"; \
	else \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -q && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql; \
	fi

test: $(VENV)/.installed $(CHROMIUM) postgresql
	$(BIN)/python -m pytest -q

quick: $(VENV)/.installed postgresql
	$(BIN)/python -m pytest -q -m "not slow"

$(VENV)/.lint: pyproject.toml | $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	touch $@

lint: $(VENV)/.lint
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy

bench: $(VENV)/.installed
	$(BIN)/python bench/ingest.py --n 2000

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
