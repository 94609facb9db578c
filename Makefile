# Muscle Guide: the README's two commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# The suite runs in this many processes (pytest-xdist), each test file whole in one of them. At most 2 on
# this shared machine: the newsletter tests' SMTP servers take four ports each from 8121 (tests/newsletter/smtp.py).
TEST_PROCESSES ?= 2

.PHONY: run worker bench-newsletter test install install-dev migrate seed lint format clean serve bench bench-scale audit browser-deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# What production runs (requirements.txt), and on top of it the development and test tools.
$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

migrate: install
	$(BIN)/python manage.py migrate --noinput

seed: migrate
	$(BIN)/python manage.py seed_content

# The development server and, beside it, the task worker that sends emails; Ctrl-C (or a kill of make) stops
# both. Both run in the background so the shell waits in `wait`, where its trap runs at once on a signal.
run: seed
	@trap 'kill $$worker $$server 2>/dev/null; wait $$worker $$server 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py worker --queue-name='*' --worker-id="$$(hostname | cut -c1-58)-run" & worker=$$!; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT) & server=$$!; \
	wait $$server

# The task worker alone (signup confirmations, newsletter editions): run one or more per machine in production,
# each with its own WORKER_ID (a restarted worker takes back, under its id, what it was running when it died).
WORKER_ID ?= $(shell hostname | cut -c1-60)-1
worker: migrate
	$(BIN)/python manage.py worker --queue-name='*' --worker-id="$(WORKER_ID)"

test: install-dev
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/ruff check .
	$(BIN)/pytest -n $(TEST_PROCESSES) --dist loadfile

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The production stack on loopback, as deployed: nginx in front of gunicorn (on a unix socket), serving
# /static/ and /media/, and the task worker (deploy/serve.sh; installs nginx with apt when missing).
serve: install
	@HOST=$(HOST) PORT=$(PORT) BIN=$(BIN) deploy/serve.sh

# Load figures for README (about two minutes); installs wrk with apt when missing and root.
bench: install-dev
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		(apt-get install -y -qq wrk >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)) || true; }
	$(BIN)/python bench/run.py
	$(BIN)/python bench/pages.py

# Newsletter figures for README: an edition to 10,000 subscribers into a local SMTP sink, and signups
# while the mail server hangs (about a few minutes).
bench-newsletter: install-dev
	$(BIN)/python bench/newsletter.py

# The library at scale (bench/scale.py): cold render, queries, HTML size and search latency on the
# seed content and on 20 guides / 1,000 exercises, on SQLite and, with BENCH_POSTGRES_URL, PostgreSQL.
bench-scale: install-dev
	$(BIN)/python bench/scale.py

# axe-core for the browser tests, at the version in package-lock.json (into node_modules/).
browser-deps:
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error; \
	else echo "npm is missing: browser accessibility tests will skip (apt-get install npm)"; fi

# Lighthouse's four scores per page type against the production stack (Debian's Chromium).
LIGHTHOUSE := .cache/lighthouse/node_modules/.bin/lighthouse
$(LIGHTHOUSE):
	npm install --no-audit --no-fund --loglevel=error --prefix .cache/lighthouse lighthouse@12.8.2

audit: install-dev $(LIGHTHOUSE)
	$(BIN)/python bench/audit.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache node_modules .cache
