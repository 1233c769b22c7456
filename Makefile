# LabourLink. `make run` starts everything on the embedded default; `make test` runs the suite
# against a real Kafka broker and PostgreSQL server that deploy/local/ provisions on this machine.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TOOLS := deploy/local/tools
TOOLS_STAMP := $(TOOLS)/node_modules/.installed

.PHONY: run test lint bench faults mutants infra schemas clients migrations clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

# Node tools the tests run (Spectral), from the npm registry at the locked versions.
$(TOOLS_STAMP): $(TOOLS)/package.json $(TOOLS)/package-lock.json
	npm ci --prefix $(TOOLS) --no-audit --no-fund --loglevel=error
	touch $(TOOLS_STAMP)

run: $(STAMP)
	$(BIN)/labourlink run --var var/embedded

# The local broker and server, unless KAFKA_BOOTSTRAP_SERVERS / DATABASE_URL point elsewhere,
# headless Chromium for the console's browser tests, Helm with the CRD schemas for the chart's, and
# the fonts and PDF tools for the documents' (WeasyPrint, Noto for Vietnamese and Chinese, pdftoppm).
infra:
	@if [ -z "$$DATABASE_URL" ]; then bash deploy/local/postgres.sh; fi
	@if [ -z "$$KAFKA_BOOTSTRAP_SERVERS" ]; then bash deploy/local/kafka.sh; fi
	bash deploy/local/chromium.sh
	bash deploy/local/helm.sh
	bash deploy/local/fonts.sh

# Style and types first: ruff (lint and format) and mypy, configured in pyproject.toml, zero findings.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# One pytest worker per core (pytest-xdist); the tests on Kafka share one worker (tests/conftest.py).
test: lint $(STAMP) $(TOOLS_STAMP) infra
	$(BIN)/python -m pytest --numprocesses auto

bench: $(STAMP) infra
	$(BIN)/python -m bench

# The fault run (bench/faults.py): 20,000 terminations while service processes, the broker and the
# database are crashed and cut on a seeded schedule; one JSON line with what was lost or doubled.
faults: $(STAMP) infra
	$(BIN)/python -m bench faults

# Mutation testing of the packages named in pyproject.toml's [tool.mutmut] against the fast test
# selection (hours on two cores; not part of `make test`), then the kill rate per package.
mutants: $(STAMP) infra
	rm -rf mutants
	$(BIN)/mutmut run --max-children 2 > /dev/null
	$(BIN)/python -m bench.mutants

schemas: $(STAMP)
	$(BIN)/labourlink schemas

# The partner API's clients (clients/): its OpenAPI document, the Python package, the TypeScript types.
clients: $(STAMP) $(TOOLS_STAMP)
	$(BIN)/python -m clients.generate

clean:
	bash deploy/local/stop.sh
	rm -rf var $(VENV)
