# sukien — set up and run everything: `make demo`, `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= examples/demo.db

.PHONY: demo test lint format bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,kb]'
	touch $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/sukien ingest examples/articles --db $(DEMO_DB)
	$(BIN)/sukien stats --db $(DEMO_DB)

test: $(STAMP)
	$(BIN)/python -m pytest

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

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
