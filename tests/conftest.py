"""Shared fixtures: the loaded pipeline and one Extractor, each loaded once per test session."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from articleparse import pipeline

    return pipeline.load()


@pytest.fixture(scope="session")
def extractor():
    from articleparse.api import Extractor

    return Extractor()
