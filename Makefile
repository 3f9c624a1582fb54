# AidTracker: the two commands that matter are `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint bench system-deps clean dist dist-test translations reliability

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

system-deps:
	bash scripts/system-deps.sh

run: $(STAMP)
	env -u QT_QPA_PLATFORM $(BIN)/aidtracker run

test: $(STAMP) system-deps
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -m "not slow"

# The reliability battery (T1–T18 of docs/RELIABILITY) at full counts, one METRIC line per test
# (about 10 minutes on 2 cores); `make test` runs the same tests at quick counts.
reliability: $(STAMP) system-deps
	bash scripts/reliability.sh

lint: $(STAMP)
	$(BIN)/ruff check aidtracker ui tests bench

bench: $(STAMP)
	$(BIN)/python -m bench

# The standalone program: a PyInstaller one-folder build in dist/AidTracker (build_spec.spec).
DIST_REQS := packaging/requirements-dist.txt
DIST_STAMP := $(VENV)/.dist-installed
DIST_DIR := dist/AidTracker
DIST_LIMIT_MB := 250

$(DIST_STAMP): $(STAMP) $(DIST_REQS)
	$(BIN)/python -m pip install --quiet -r $(DIST_REQS)
	touch $(DIST_STAMP)

dist: $(DIST_STAMP) system-deps
	start=$$(date +%s); \
	$(BIN)/pyinstaller --noconfirm --clean build_spec.spec || exit 1; \
	echo "built $(DIST_DIR) in $$(( $$(date +%s) - start )) s"
	du -sh $(DIST_DIR)
	$(BIN)/python packaging/dist_report.py $(DIST_DIR) --limit-mb $(DIST_LIMIT_MB) --top 10

dist-test: $(DIST_STAMP)
	$(BIN)/python -m pytest -v -m slow tests/test_dist.py

# Refresh the .ts sources from ui/ and compile the .qm files (translate new strings in between:
# pyside6-linguist resources/translations/aidtracker_uk.ts).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find ui -name '*.py' | sort) \
		-ts resources/translations/aidtracker_uk.ts resources/translations/aidtracker_en.ts
	for ts in resources/translations/*.ts; do $(BIN)/pyside6-lrelease $$ts; done

clean:
	rm -rf $(VENV) build dist
