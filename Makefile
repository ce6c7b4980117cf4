# Two commands on a fresh machine: `make run` builds everything and materializes every asset on the
# inbox into warehouse/warehouse.duckdb; `make test` runs the tests. Only python3 (3.11+) is needed:
# the Makefile installs uv into .tools/ and the pinned dependencies (uv.lock) into .venv/.
PYTHON ?= python3
UV_VERSION := 0.13.9
UV := .tools/bin/uv
N ?= 100000
INCREMENT ?= 1000
COMPARE ?= 10000

export PATH := $(CURDIR)/.venv/bin:$(PATH)
# One run history per warehouse: Dagster's home is inside the data folder unless DAGSTER_HOME is set.
export DAGSTER_HOME ?= $(abspath $(or $(HOPTAC_DATA_DIR),warehouse))/.dagster
export UV_PYTHON_DOWNLOADS := never
export PYTHONPATH := $(CURDIR)

.PHONY: install run test eval ui bench lint clean

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet uv==$(UV_VERSION)

.venv/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --compile-bytecode --python $(PYTHON)
	touch $@

# @dbt_assets needs the manifest at import time: build it whenever the models change.
warehouse/target/manifest.json: .venv/.installed warehouse/dbt_project.yml warehouse/profiles.yml \
		$(shell find warehouse/models warehouse/reference -type f 2>/dev/null)
	dagster-dbt project prepare-and-package --file pipelines/dbt_project.py
	touch $@

install: .venv/.installed warehouse/target/manifest.json

# One line per stage; Dagster's and dbt's full output goes to a log file under the data folder (V=1: here).
run: install
	python -m pipelines.run $(if $(V),--verbose)

test: install
	python -m pytest

# Scores the seeds and ../shared/dev (built into warehouse/eval/<set>/) with ../shared/eval/score.py; V=1 lists misses;
# SET=name=docs:gold.json also scores another annotated folder.
eval: install
	python -m tests.quality.evaluate $(if $(V),--verbose) $(if $(SET),--set $(SET))

# The code location (named hoptac) comes from pyproject.toml's [tool.dagster].
ui: install
	@mkdir -p $(DAGSTER_HOME)
	dagster dev -h 127.0.0.1 -p 3000

# The bench group adds the reference NER (underthesea); `make install` leaves it out again on its next sync.
bench: install
	$(UV) sync --frozen --compile-bytecode --group bench --python $(PYTHON)
	python -m tests.bench.run --documents $(N) --increment $(INCREMENT) --compare $(COMPARE)

lint: install
	ruff check .

clean:
	rm -rf warehouse/tables warehouse/.build warehouse/warehouse.duckdb warehouse/target warehouse/logs warehouse/.dagster
