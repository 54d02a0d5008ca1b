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
	$(if $(TEST_TMPDIR),TMPDIR=$(TEST_TMPDIR)) PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder tests

# The tests' temporary folders go on the RAM disk when the machine has a large one (Linux's
# /dev/shm with 8 GiB free): every build syncs its output folder's file system before it swaps
# the folder in, and on a disk shared by two test processes each sync waits for the other's
# writes. Elsewhere TMPDIR stays as it is. pytest keeps only failed tests' folders
# (pyproject.toml), so a run holds little of it.
TEST_TMPDIR ?= $(shell d=/dev/shm; test -d $$d -a -w $$d && test "$$(df -Pk $$d | awk 'NR==2 {print $$4}')" -ge 8388608 2>/dev/null && echo $$d)

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
