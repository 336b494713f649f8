"""Inputs the fuzzer (``fuzz/``) found: each must now pass its target's check, quickly.

Each ``tests/fuzz_regressions/*.json`` file holds one finding, as written by
``python fuzz/targets.py --decode TARGET FILE``: the target and the decoded
arguments of its check (``bytes`` as latin-1 text for the ``process``
target), plus a ``note`` on what went wrong, and ``xfail`` with the reason
while a finding is still open. The checks are those of
``fuzz/targets.py`` (atheris is not needed to run them).
"""

from __future__ import annotations

import importlib.util
import json
import pathlib
import sys
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
FOUND = pathlib.Path(__file__).resolve().parent / "fuzz_regressions"
CPU_SECONDS = 5.0
"""Per input; a finding of the fuzzer is at most 8 KB, and ran in milliseconds once fixed."""


def _targets():
    spec = importlib.util.spec_from_file_location("newskit_fuzz_targets", ROOT / "fuzz" / "targets.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TARGETS = _targets()


def _cases() -> list:
    """One case per file; a finding not fixed yet says why under ``"xfail"`` (strict: it must fail)."""
    cases = []
    for path in sorted(FOUND.glob("*.json")):
        why = json.loads(path.read_text(encoding="utf-8")).get("xfail")
        marks = [pytest.mark.xfail(reason=why, raises=AssertionError, strict=True)] if why else []
        cases.append(pytest.param(path, id=path.stem, marks=marks))
    return cases


@pytest.mark.parametrize("path", _cases())
def test_finding_passes_its_check(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    check, args = TARGETS.from_json(data)
    start = time.process_time()
    check(*args)
    elapsed = time.process_time() - start
    assert elapsed < CPU_SECONDS, f"{path.name}: {elapsed:.1f} s"


def test_regression_files_round_trip():
    """What ``--decode`` writes, the tests read back (the bytes of ``process`` included)."""
    for target, args in [("process", [bytes(range(256))]), ("quotes", ["T", "“a”\n", True])]:
        check, back = TARGETS.from_json(json.loads(TARGETS.to_json(target, args)))
        assert back == args
        assert check is TARGETS.CHECKS[target]


def test_a_byline_opening_the_text_is_no_headline():
    """The cleanup findings, reduced: the byline went to the title instead of the authors."""
    import newskit

    doc = newskit.Pipeline(entry_points=False).process(
        "By Jane Doe\n\nKABUL (Reuters) - Talks went on on Monday, he said.\n\nThe envoy left."
    )
    assert doc.title is None
    assert doc.authors == ("Jane Doe",)
    assert doc.dateline is not None and doc.dateline.text == "KABUL (Reuters) -"
