# Two commands set everything up on a fresh machine that has python3 (>= 3.11) and make:
#   make demo   create .venv, install claimcheck into it, analyse the bundled samples
#   make test   the same set-up, then ruff, mypy and the whole pytest suite (installs Debian's
#               chromium for the HTML report's browser tests when it is missing and can be)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The Python scripts, linted with the package (mypy checks fuzz and screenshots.py).
SCRIPTS := scripts/fuzz scripts/screenshots.py scripts/name-changes

.PHONY: demo test lint typecheck pytest chromium screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the project's requirements change.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/claimcheck analyze samples/alep-khimik.fr.txt --format text
	$(BIN)/claimcheck analyze samples/senate-vote.en.html --format text

lint: $(STAMP)
	$(BIN)/ruff check claimcheck tests bench $(SCRIPTS)
	$(BIN)/ruff format --check claimcheck tests bench $(SCRIPTS)

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) chromium
	$(BIN)/pytest -q

# The browser tests drive the OS's Chromium (never `playwright install`, which downloads one).
# Without root or apt they are skipped with that reason, except under CI, where they must run.
chromium:
	@command -v chromium >/dev/null || (apt-get update -q && apt-get install -y -q chromium) \
		|| { echo "warning: chromium is not installed; the browser tests will be skipped"; \
		     test -z "$$CI"; }

# Regenerate docs/html-report.png and docs/terminal-report.png from the founding article.
screenshots: $(STAMP) chromium
	scripts/screenshots

test: lint typecheck pytest

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
