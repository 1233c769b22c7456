# LabourLink. `make run` starts everything on the embedded default; `make test` runs the suite
# against a real Kafka broker and PostgreSQL server that deploy/local/ provisions on this machine.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

export KAFKA_BOOTSTRAP_SERVERS ?= 127.0.0.1:19092
export TEST_DATABASE_URL ?= postgresql+asyncpg://postgres@127.0.0.1:15432/postgres

.PHONY: run test bench infra schemas migrations clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/labourlink run --var var/embedded

infra:
	bash deploy/local/postgres.sh
	bash deploy/local/kafka.sh

test: $(STAMP) infra
	$(BIN)/python -m pytest

bench: $(STAMP) infra
	$(BIN)/python -m bench

schemas: $(STAMP)
	$(BIN)/labourlink schemas

clean:
	bash deploy/local/stop.sh
	rm -rf var $(VENV)
