# Two entry points for a fresh machine (see README):
#   make dataset   set up, then rebuild the dataset from what is in the repository
#   make test      set up everything the tests need (Label Studio server, chromium), run them all
# Everything is installed inside the checkout (.venv, .studio/venv); nothing global but
# Debian's chromium for the browser tests and postgresql for the team-server tests.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | sha256sum | cut -c1-12)

.PHONY: dataset test setup setup-test lint bench-quick bench

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# dev pulls in every extra; constraints.txt pins each package to the tested version.
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@rm -f $(VENV)/.installed-* && touch $@

setup: $(STAMP)

setup-test: setup
	bash .ci/install-label-studio
	bash .ci/install-chromium
	bash .ci/install-postgresql

dataset: setup
	$(BIN)/sahel-events build

test: setup-test
	$(BIN)/sahel-events schema check
	$(MAKE) lint
	$(BIN)/pytest

lint: setup
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

# Every benchmark in its quick mode (benchmarks/README.md): figures printed, nothing timed
# as a pass or a fail; CI runs it after the tests to show that each one still runs.
# bench_all.py --quick runs the pre-annotation, ingest, scale, incremental and build benchmarks
# in one run with its summary table; the others run on their own.
BENCHMARKS := bench_validate bench_compile bench_push bench_prune bench_build_cli

bench-quick: setup-test
	$(BIN)/python benchmarks/bench_all.py --quick
	@for b in $(BENCHMARKS); do echo "== $$b --quick"; $(BIN)/python benchmarks/$$b.py --quick || exit 1; done

# The one-run benchmark at full size (an hour or more on a busy machine): every figure of
# issue 17 and one summary table; its last figures are in benchmarks/README.md.
bench: setup-test
	$(BIN)/python benchmarks/bench_all.py
