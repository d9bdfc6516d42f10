# graphbuild: the README's commands. `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test lint format typecheck bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## set up the virtualenv with graphbuild, the spaCy model and the dev tools
# An editable install leaves graphbuild's own modules uncompiled; where PYTHONDONTWRITEBYTECODE is
# set, every command would compile them again (a fifth of a second per process, and `build --into`
# starts two). compileall skips what is up to date.
setup: $(STAMP)
	@$(BIN)/python -m compileall -q graphbuild exports queries > /dev/null

## set up, then build the seeds' graph.json and explorer.html into out/ and print a timeline
demo: setup
	$(BIN)/graphbuild build seeds --out out
	$(BIN)/graphbuild timeline --graph out/graph.json --entity Stoltenberg

## set up everything (browser, local Neo4j) and run lint, types and the whole test suite
test: setup
	bash scripts/setup-browser.sh $(BIN)/python
	bash scripts/run-tests.sh

lint:
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format:
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck:
	$(BIN)/mypy

## throughput, stage times, memory, cache/incremental cost and query latency (Reuters + Wikinews)
bench: setup
	$(BIN)/python bench/perf.py $(BENCH_ARGS)

clean:
	rm -rf out build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
