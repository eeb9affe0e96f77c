# Two commands do everything: `make run` and `make test` (see README).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test install install-test system-packages bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test system-packages

## Debian packages for the browser and triplestore tests: headless Chromium + chromedriver and
## the Virtuoso server (from Debian's registry; no browser or server downloads of their own).
system-packages:
	@missing=""; \
	if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then missing="chromium chromium-driver"; fi; \
	if [ ! -x /usr/bin/virtuoso-t ] || [ ! -x /usr/bin/isql-vt ]; then missing="$$missing virtuoso-opensource"; fi; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "browser and triplestore tests need Debian packages: $$missing (run as root or install them)"; \
	  fi; \
	fi

run: install
	$(BIN)/kg build seeds --out exports

test: install-test
	$(BIN)/python -m pytest -q

## Benchmark at default sizes (< 15 min on 2 cores): writes bench/REPORT.md
bench: install-test
	$(BIN)/python bench/run.py


clean:
	rm -rf $(VENV) build *.egg-info
