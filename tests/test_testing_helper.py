"""newskit.testing: example pages against expected JSON, and refreshing them."""

from __future__ import annotations

import json

import pytest

from newskit import testing
from newskit.sites import RuleSitePlugin, parse_rules

RULES = """
[site]
key = "quaytimes"
name = "The Quay Times"
domains = ["quaytimes.example"]
timezone = "Europe/Dublin"
[rules.text]
lines = [{ id = "promo", pattern = 'Get the app.*', reason = "app promo" }]
"""
PAGE = "Ferry fares to rise\n\nFares rise in May, the operator said.\n\nGet the app today\n"


@pytest.fixture
def plugin():
    return RuleSitePlugin([parse_rules(RULES)], name="quay")


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "fares.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "fares.expected.json").write_text('{"input": {"url": "https://quaytimes.example/a"}}')
    return tmp_path


def test_missing_then_created_then_ok(folder, plugin):
    [o] = testing.check_examples(folder, plugins=[plugin], update=False)
    assert o.status == "missing" and o.failed
    [o] = testing.check_examples(folder, plugins=[plugin], update=True)
    assert o.status == "created"
    data = json.loads((folder / "fares.expected.json").read_text())
    assert data["input"] == {"url": "https://quaytimes.example/a"}  # kept
    assert data["document"]["site"] == "quaytimes"
    assert data["document"]["timezone"] == "Europe/Dublin"
    assert data["document"]["body"] == [["paragraph", "Fares rise in May, the operator said."]]
    assert ["quaytimes.promo", None, "Get the app today"] in data["document"]["removed"]
    [o] = testing.check_examples(folder, plugins=[plugin])
    assert o.status == "ok"
    testing.assert_examples(folder, plugins=[plugin])


def test_mismatch_shows_a_diff_and_update_refreshes(folder, plugin):
    testing.check_examples(folder, plugins=[plugin], update=True)
    (folder / "fares.txt").write_text(PAGE.replace("in May", "in June"), encoding="utf-8")
    [o] = testing.check_examples(folder, plugins=[plugin])
    assert o.status == "mismatch"
    assert "-" in o.diff and "in June" in o.diff
    with pytest.raises(AssertionError, match="in June"):
        testing.assert_example(folder / "fares.txt", plugins=[plugin])
    [o] = testing.check_examples(folder, plugins=[plugin], update=True)
    assert o.status == "updated"
    testing.assert_examples(folder, plugins=[plugin])


def test_update_by_environment_variable(folder, plugin, monkeypatch):
    monkeypatch.setenv(testing.UPDATE_ENV, "1")
    assert testing.update_requested()
    testing.assert_example(folder / "fares.txt", plugins=[plugin])
    monkeypatch.delenv(testing.UPDATE_ENV)
    assert not testing.update_requested()
    testing.assert_example(folder / "fares.txt", plugins=[plugin])


def test_no_pages_fails(tmp_path):
    with pytest.raises(AssertionError, match="no example pages"):
        testing.assert_examples(tmp_path)


def test_pages_sharing_a_stem_are_refused(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "a.html").write_text("<p>x</p>")
    with pytest.raises(ValueError, match="rename one"):
        testing.example_pages(tmp_path)


def test_command_line(folder, tmp_path, capsys, monkeypatch):
    module = tmp_path / "quay_plugin_for_test.py"
    module.write_text(
        "from newskit.sites import RuleSitePlugin, parse_rules\n"
        f"plugin = RuleSitePlugin([parse_rules({RULES!r})], name='quay')\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    args = [str(folder), "--plugin", "quay_plugin_for_test:plugin"]
    assert testing.main(args) == 1
    assert testing.main([*args, "--update"]) == 0
    assert testing.main(args) == 0
    assert "ok" in capsys.readouterr().out


def test_pytest_option(tmp_path):
    import subprocess
    import sys

    (tmp_path / "test_flag.py").write_text(
        "from newskit import testing\n\n"
        "def test_flag(newskit_update):\n"
        "    assert newskit_update is True\n"
        "    assert testing.update_requested()\n"
    )
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "newskit.testing",
            "--newskit-update",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(tmp_path),
            str(tmp_path / "test_flag.py"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={k: v for k, v in __import__("os").environ.items() if k != testing.UPDATE_ENV},
    )
    assert run.returncode == 0, run.stdout + run.stderr
