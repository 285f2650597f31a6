# histkit — every target sets up .venv itself when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help setup test run lab bench model clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

setup: $(STAMP)  ## create .venv and install histkit with its dev tools (idempotent)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	touch $(STAMP)

test: setup  ## run the test suite on every core, a test file per worker (no tests collected counts as a failure)
	@$(BIN)/python -m pytest -q -n auto --dist loadfile; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests" >&2; exit 1; fi; exit $$rc

run: setup  ## run every notebook on the bundled corpus into runs/sample/
	$(BIN)/histkit run notebooks/actor_frequency.ipynb notebooks/archival_sources.ipynb notebooks/period_comparison.ipynb --corpus data/corpus --name sample --jobs 2

lab: setup  ## open JupyterLab on notebooks/
	$(BIN)/jupyter lab notebooks/

bench: setup  ## run the benchmarks in benchmarks/ (bench_store at --quick sizes; alone it runs 1,000 and 10,000 documents)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; case $$b in *bench_store.py) a=--quick;; *) a=;; esac; \
		$(BIN)/python $$b $$a || exit 1; done

model: setup  ## train the literature reference model shipped in histkit/data/literature/ (reads ../shared/corpus)
	$(BIN)/python scripts/train_literature_model.py

clean:  ## remove the environment and run outputs
	rm -rf $(VENV) runs .pytest_cache
