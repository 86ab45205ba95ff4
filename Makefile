# Borgo — the README's set-up is `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install compile run test deploy-check bench lighthouse lint messages lock clean

install: $(VENV)/.installed .env

$(VENV)/.installed: requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	touch $@

# A local-development .env (DEBUG on, a random key). Production sets the real environment.
.env:
	printf 'DEBUG=true\nSECRET_KEY=%s\n' "$$($(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))')" > $@

CATALOGUES := $(wildcard locale/*/LC_MESSAGES/django.po */locale/*/LC_MESSAGES/django.po)

%.mo: %.po
	$(MANAGE) compilemessages --ignore=.venv --verbosity 0

compile: install $(CATALOGUES:.po=.mo)

run: compile
	$(MANAGE) migrate --no-input
	$(MANAGE) seed_demo --demo-users
	$(MANAGE) runserver $(HOST):$(PORT)

# The suite runs in one process per core (pytest-xdist; tests/conftest.py says which tests share a
# worker); TEST_WORKERS=0 runs it in one process.
TEST_WORKERS ?= auto
test: compile
	$(BIN)/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

# The production topology stood up on this machine and tested from outside (tests/deploy): nginx
# (deploy/nginx/borgo.conf) in front of two gunicorn servers, the task worker, moto's S3 server and
# an SMTP sink, against the PostgreSQL and Redis on 127.0.0.1 (BORGO_DEPLOY_DATABASE_URL,
# BORGO_DEPLOY_REDIS_URL). Needs Debian's nginx (`apt-get install nginx`); .ci/run installs it.
DEPLOY_TEST_PACKAGES := 'moto[server]>=5.1,<6' 'aiosmtpd>=1.4,<2'
deploy-check: compile
	$(BIN)/python -m pip install --quiet $(DEPLOY_TEST_PACKAGES)
	BORGO_DEPLOY_TESTS=1 $(BIN)/pytest -n 0 -p no:cacheprovider tests/deploy $(PYTEST_ARGS)

bench: compile
	$(BIN)/python bench/run.py

# Lighthouse's mobile performance score of one page of each type, production settings (CI runs
# it; needs npm and Debian's chromium).
lighthouse: compile
	$(BIN)/python bench/lighthouse.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Extract the UI strings into the four catalogues: the project's (borgo/ and templates/) in
# locale/, each app's own in <app>/locale/.
APPS_WITH_CATALOGUES := $(patsubst %/locale,%,$(wildcard */locale))
MAKEMESSAGES := makemessages --locale it --locale en --locale de --locale fr --no-obsolete --no-location
messages: install
	$(MANAGE) $(MAKEMESSAGES) --ignore '.venv/*' --ignore 'tests/*' $(foreach app,$(APPS_WITH_CATALOGUES),--ignore '$(app)/*')
	for app in $(APPS_WITH_CATALOGUES); do (cd $$app && ../$(BIN)/python ../manage.py $(MAKEMESSAGES)); done

# Regenerate the pinned install from pyproject.toml.
lock: install
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links --extra test --output-file requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles media .pytest_cache
