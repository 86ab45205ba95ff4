# Borgo — the README's set-up is `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test bench lint messages lock clean

install: $(VENV)/.installed .env

$(VENV)/.installed: requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	touch $@

# A local-development .env (DEBUG on, a random key). Production sets the real environment.
.env:
	printf 'DEBUG=true\nSECRET_KEY=%s\n' "$$($(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))')" > $@

locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0

compile: install $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))

run: compile
	$(MANAGE) migrate --no-input
	$(MANAGE) seed_demo --demo-users
	$(MANAGE) runserver $(HOST):$(PORT)

test: compile
	$(BIN)/pytest $(PYTEST_ARGS)

bench: compile
	$(BIN)/python bench/run.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Extract the UI strings of the project (not of the virtualenv) into the four catalogues.
messages: install
	$(MANAGE) makemessages --locale it --locale en --locale de --locale fr --ignore '.venv/*' --no-obsolete --no-location

# Regenerate the pinned install from pyproject.toml.
lock: install
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links --extra test --output-file requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles media .pytest_cache
