"""Rewrite the golden reports in this folder from the current code: one per file in samples/.

Usage, from the repository root::

    .venv/bin/python tests/golden/regenerate.py
    git diff tests/golden/

Then REVIEW THE DIFF BY EYE before committing: a golden is what we claim the tool gets right, so
every changed claim (speaker, cue, content boundaries, hedging, dates) must be one you would sign
off on as a fact-checker reading the sample. ``tests/test_golden.py`` fails until they match.

A golden is the report ``--format json`` prints, minus what changes from run to run or machine to
machine (see ``golden_view`` in ``tests/checks.py``).
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    """Write every golden and say which changed."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for checks.py
    from checks import current_golden, golden_path, golden_text, samples
    from claimcheck.pipeline import Analyzer

    root = Path(__file__).resolve().parents[2]
    with Analyzer() as analyzer:
        for sample in samples():
            path = golden_path(sample)
            text = golden_text(current_golden(analyzer, sample))
            old = path.read_text(encoding="utf-8") if path.exists() else None
            path.write_text(text, encoding="utf-8")
            state = "new" if old is None else "unchanged" if old == text else "CHANGED"
            print(f"{state:9}  {path.relative_to(root)}")
    print("Now review `git diff tests/golden/` by eye before committing.")


if __name__ == "__main__":
    main()
