# indupath: two commands on a fresh clone: `make demo` and `make test`.
PY       ?= python3
VENV     := .venv
BIN      := $(VENV)/bin
STAMP    := $(VENV)/.installed
SHARED   ?= ../shared

.PHONY: demo test test-fast lint typecheck bench eval system venv clean serve docs native native-optional

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

## The extractor compiled with mypyc into src/indupath/extract/_native (see indupath.extract.native): about
## 1.3x faster, same output. Does nothing when the build matches the sources; a source edited since is
## rebuilt here, and until then runs from its Python source. Needs gcc and the interpreter's headers.
native: $(STAMP)
	$(BIN)/python scripts/build_native.py

## As `native`, but a machine that cannot compile runs the Python sources instead of stopping.
native-optional: $(STAMP)
	@$(BIN)/python scripts/build_native.py || echo "note: compiled extractor not built; the Python sources run"

## System packages the tests need (Chromium, CJK fonts, poppler, Pango, Java, gcc): installed with apt when missing.
system:
	PY=$(PY) bash scripts/setup-system.sh

demo: $(STAMP) native-optional
	$(BIN)/indupath demo

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy src

typecheck: lint

## The whole suite, slow engine and browser tests included, on the compiled extractor (which
## tests/extract/test_native.py compares with the Python sources).
test: $(STAMP) system lint native
	INDUPATH_REQUIRE_NATIVE=1 $(BIN)/python -m pytest -n 2 --dist loadgroup

## Skip the slow tests (engines, browser) while developing.
test-fast: $(STAMP) native-optional
	$(BIN)/python -m pytest -n 2 -m "not slow"

bench: $(STAMP) native
	$(BIN)/python benchmarks/run_all.py

## Checks that need ../shared (the policy-text corpus and its scorer).
eval: $(STAMP) native-optional
	bash scripts/eval-corpus.sh $(SHARED)

serve: $(STAMP) native-optional
	$(BIN)/indupath serve

clean:
	rm -rf $(VENV) src/indupath/extract/_native .pytest_cache .mypy_cache .ruff_cache indupath.duckdb
