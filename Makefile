# Sổ Thôn — the two set-up commands are `make run` and `make test`; both work on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test translations bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m desktop_app

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q

translations: $(STAMP)
	$(PY) tools/i18n_extract.py

bench: $(STAMP)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b; done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
