# The two commands a new user needs: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
# test processes for `make test` (pytest-xdist): one per core of the 2-core CI machine
TEST_WORKERS ?= 2

.PHONY: site test serve check bench clean

site: $(STAMP)
	$(PY) build.py site $(if $(BASE_PATH),--base-path "$(BASE_PATH)") $(if $(CAPTURED),--captured "$(CAPTURED)")

# Whole test files go to the processes (--dist loadfile: a module's fixtures are made once), the
# dearest first as tests/costs.json orders them (tests/conftest.py; --no-loadscope-reorder keeps
# that order). Python writes its bytecode caches even where the caller's environment says not to:
# the suite starts hundreds of builds, and each would compile chronicle/ again.
test: $(TEST_STAMP)
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder tests

serve: $(STAMP)
	$(PY) build.py serve

check: $(STAMP)
	$(PY) build.py check

bench: $(STAMP)
	$(PY) bench/run.py

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml tests/package-lock.json $(STAMP)
	$(PY) -m pip install --quiet -e '.[test]'
	npm ci --prefix tests --no-audit --no-fund --silent
	touch $@

clean:
	rm -rf site .site.staging .site.old .site.lock
