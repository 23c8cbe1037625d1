# danvan: `make demo` crawls the offline mirror into archive.db and serves it;
# `make test` runs the whole test suite (what CI runs).
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin
DB ?= archive.db
PORT ?= 8001

.PHONY: install system demo demo-live test lint bench bench-quick mirror clean

install: system $(VENV)/.installed

# Debian packages the tests drive for real: a headless browser and a Redis server.
SYSTEM_PACKAGES = chromium redis-server
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)
system:
	@command -v chromium >/dev/null && command -v redis-server >/dev/null || \
	  { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(SYSTEM_PACKAGES); }

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $@

demo: install
	$(BIN)/danvan demo --db $(DB) --port $(PORT)

demo-live: install
	$(BIN)/danvan demo --live --db $(DB) --port $(PORT)

test: install
	$(BIN)/ruff check .
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .

# Every benchmark against its baseline measured in the same run, one table (see BENCHMARKS.md).
bench: install
	$(BIN)/python -m bench

bench-quick: install
	$(BIN)/python -m bench --quick

mirror: install
	$(BIN)/python -m crawler.mirror.build

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache test-output
