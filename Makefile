# privacykit — every target creates and uses the virtual environment .venv/ in this folder.
# On a fresh Debian machine with Python 3.11, `make demo` and `make test` are all you type.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# Debian packages the tests need (Chromium for the report, Java for Spark); .ci/system-deps
# installs them (as root) or says what to install.
SYSTEM_PACKAGES ?= chromium java
SAMPLE_DIR := audits/runs/sample-data
DEMO_PERIOD ?= 2026Q3

.PHONY: help venv demo test lint lab bench system-deps clean

help:
	@echo "make demo   - the main job: the sample company's quarterly audit, report.html and all"
	@echo "make test   - everything CI runs: lint, type checks and the test suite"
	@echo "make lab    - open the lessons in JupyterLab"
	@echo "make bench  - run the benchmarks and print their figures"
	@echo "make lint   - ruff and mypy"

$(STAMP): pyproject.toml
	@.ci/system-deps venv
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,spark]'
	@touch $(STAMP)

venv: $(STAMP)

system-deps:
	@.ci/system-deps $(SYSTEM_PACKAGES)

# The sample company breaks rules on purpose, so its audit exits 1 (violations): that is the
# demo working. Exit 2 or 3 (an error) fails make.
demo: venv
	$(BIN)/privacykit sample --customers 1000 --seed 7 --out $(SAMPLE_DIR) --overwrite
	$(BIN)/privacykit audit --config $(SAMPLE_DIR)/audit.yaml --period $(DEMO_PERIOD); \
	  code=$$?; [ $$code -le 1 ] || exit $$code

lint: venv
	$(BIN)/ruff check privacykit tests benchmarks
	$(BIN)/ruff format --check privacykit tests benchmarks
	$(BIN)/mypy

# Two workers; a test file stays on one worker, so its module fixtures are built once.
test: venv system-deps lint
	$(BIN)/python -m pytest -n 2 --dist loadfile --durations=15

lab: venv
	$(BIN)/privacykit lab

bench: venv
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/load_scale.py --customers 100000 --dir benchmarks/out/sample-100k
	cd benchmarks && ../$(BIN)/python checks_scale.py --customers 100000 --dir out/sample-100k
	cd benchmarks && ../$(BIN)/python audit_run.py --customers 1000 --dir out/sample-1k
	$(BIN)/python benchmarks/canonical_data.py --sizes 1m,10m,20m,100m $(if $(BENCH_BASE),--base $(BENCH_BASE))
	$(BIN)/python benchmarks/scale.py --sizes 1m,10m,20m,100m --spark

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache audits/runs
