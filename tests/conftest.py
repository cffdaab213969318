from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    from sukien.pipeline import Pipeline

    return Pipeline()


@pytest.fixture
def runner():  # type: ignore[no-untyped-def]
    """typer's in-process CLI runner."""
    from typer.testing import CliRunner

    return CliRunner()
