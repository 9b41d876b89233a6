# recoupe: the two commands of the README.
#   make demo   set up .venv, ingest the bundled examples into recoupe-demo.db, show what it found
#   make test   set up .venv with the test tools, run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := recoupe-demo.db
EXAMPLES := examples/text examples/html examples/json

.PHONY: demo test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/recoupe ingest $(EXAMPLES) --source "L'Écho des Plaines" --db $(DEMO_DB)
	$(BIN)/recoupe stats --db $(DEMO_DB)
	$(BIN)/recoupe articles --db $(DEMO_DB) --limit 12
	$(BIN)/recoupe stories --db $(DEMO_DB) --outlets examples/outlets.toml

test: $(VENV)/.installed
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet ruff==0.14.0
	$(BIN)/ruff check src tests bench

bench: $(VENV)/.installed
	$(BIN)/python bench/ingest.py --n 2000

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
