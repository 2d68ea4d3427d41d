# indupath: two commands on a fresh clone: `make demo` and `make test`.
PY       ?= python3
VENV     := .venv
BIN      := $(VENV)/bin
STAMP    := $(VENV)/.installed
SHARED   ?= ../shared

.PHONY: demo test test-fast lint typecheck bench eval system venv clean serve docs

# Each fresh install of pyspark's source archive leaves about 1 GB in uv's cache;
# `uv cache prune` drops what no install can reach, so repeated clean clones do not fill the disk.
$(STAMP): requirements.lock pyproject.toml
	@bash scripts/check-disk.sh
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip uv
	$(BIN)/uv pip install -q --python $(BIN)/python -r requirements.lock
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e .
	$(BIN)/uv cache prune -q || true
	touch $(STAMP)

venv: $(STAMP)

## System packages the tests need (Chromium, CJK fonts, poppler, Pango, Java): installed with apt when missing.
system:
	bash scripts/setup-system.sh

demo: $(STAMP)
	$(BIN)/indupath demo

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy src

typecheck: lint

## The whole suite, slow engine and browser tests included.
test: $(STAMP) system lint
	$(BIN)/python -m pytest -n 2 --dist loadgroup

## Skip the slow tests (engines, browser) while developing.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -n 2 -m "not slow"

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

## Checks that need ../shared (the policy-text corpus and its scorer).
eval: $(STAMP)
	bash scripts/eval-corpus.sh $(SHARED)

serve: $(STAMP)
	$(BIN)/indupath serve

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache indupath.duckdb
