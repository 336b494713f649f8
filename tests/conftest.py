"""Shared fixtures: pipelines built per test, never a patched global."""

from __future__ import annotations

import pathlib

import pytest

import newskit

ROOT = pathlib.Path(__file__).resolve().parents[1]
FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"


STAGE_PLUGINS = [
    "newskit.cleanup.plugin",
    "newskit.datelines.plugin",
    "newskit.times.plugin",
    "newskit.quotes.plugin",
]
"""Built-ins past reading: blocked where a test is about the core mechanics only."""


def readers_only() -> newskit.Pipeline:
    return newskit.Pipeline(entry_points=False, block=STAGE_PLUGINS)


@pytest.fixture
def pipeline() -> newskit.Pipeline:
    """Built-in plugins only, so installed third-party plugins cannot change results."""
    return newskit.Pipeline(entry_points=False)


@pytest.fixture
def article_text() -> str:
    return (FIXTURES / "envoy.txt").read_text(encoding="utf-8")
