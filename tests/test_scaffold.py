"""newskit.scaffold: a generated plugin package passes its own tests out of the box."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

import newskit
from newskit.scaffold import new_plugin, plugin_names
from newskit.testing import assert_examples

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@pytest.mark.parametrize(
    ("name", "key", "package"),
    [
        ("Quay Times", "quay-times", "newskit_quay_times"),
        ("quaytimes", "quaytimes", "newskit_quaytimes"),
        ("newskit-harbour", "harbour", "newskit_harbour"),
        ("  The  Bay Courier! ", "the-bay-courier", "newskit_the_bay_courier"),
    ],
)
def test_names(name, key, package):
    n = plugin_names(name)
    assert (n["key"], n["package"], n["dist"]) == (key, package, "newskit-" + key)


@pytest.mark.parametrize("name", ["", "!!!", "--"])
def test_bad_names(name):
    with pytest.raises(ValueError):
        plugin_names(name)


def test_generated_package_passes_its_tests(tmp_path, monkeypatch):
    root = new_plugin("Bay Courier", tmp_path)
    assert root == tmp_path / "newskit-bay-courier"
    meta = tomllib.loads((root / "pyproject.toml").read_text())
    assert meta["project"]["entry-points"]["newskit"] == {"bay-courier": "newskit_bay_courier:plugin"}
    assert meta["tool"]["setuptools"]["package-data"]["newskit_bay_courier"] == ["*.toml"]
    expected = json.loads((root / "tests/examples/article.expected.json").read_text())
    assert expected["document"]["site"] == "bay-courier"
    assert expected["document"]["title"] == "Ferry fares to rise in May"
    assert len(expected["document"]["body"]) == 2

    monkeypatch.syspath_prepend(str(root / "src"))
    module = importlib.import_module("newskit_bay_courier")
    assert module.plugin.by_key["bay-courier"].domains == ("bay-courier.example",)
    pipeline = newskit.Pipeline(plugins=[module.plugin], entry_points=False)
    assert_examples(root / "tests" / "examples", pipeline=pipeline)
    doc = pipeline.process(
        (root / "tests/examples/article.html").read_text(), url="https://bay-courier.example/x"
    )
    assert doc.site == "bay-courier"


def test_generated_tests_run_with_pytest(tmp_path):
    root = new_plugin("Harbour Ledger Two", tmp_path)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(root), "tests"],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 passed" in run.stdout


def test_existing_folder_is_not_overwritten(tmp_path):
    new_plugin("Quay", tmp_path)
    with pytest.raises(FileExistsError):
        new_plugin("Quay", tmp_path)
