# sukien — set up and run everything: `make demo`, `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= examples/demo.db

.PHONY: demo test browser lint format bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,kb,export]'
	touch $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/sukien ingest examples/articles --db $(DEMO_DB)
	$(BIN)/sukien stats --db $(DEMO_DB)

test: $(STAMP) browser
	$(BIN)/python -m pytest

# Headless Chromium for tests/test_browser.py, from Debian, when it is missing and apt-get can
# run (as root); a failure only makes those tests skip.
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
		if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
			echo "installing chromium and chromium-driver (apt-get) for the browser tests"; \
			export DEBIAN_FRONTEND=noninteractive; \
			{ apt-get install -y -q chromium chromium-driver >/dev/null 2>&1 || \
			  { apt-get update -q >/dev/null 2>&1 && \
			    apt-get install -y -q chromium chromium-driver >/dev/null 2>&1; }; } || \
			echo "could not install chromium: the browser tests will be skipped"; \
		else \
			echo "no /usr/bin/chromium and no apt-get as root: the browser tests will be skipped"; \
		fi; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check src tests bench examples
	$(BIN)/ruff format --check src tests bench examples
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests bench examples
	$(BIN)/ruff check --fix src tests bench examples

bench: $(STAMP)
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/segmentation.py
	$(BIN)/python bench/entities.py
	$(BIN)/python bench/pipeline.py
	$(BIN)/python bench/datelines.py
	$(BIN)/python bench/evaluate.py
	$(BIN)/python bench/evaluate.py --gold eval/dev.gold.txt --inputs eval/articles
	$(BIN)/python bench/bkee.py
	$(BIN)/python bench/api.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
