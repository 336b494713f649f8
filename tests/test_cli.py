"""The command line: outputs, inputs, and errors a person can act on."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newskit.cli import main

from .conftest import FIXTURES


@pytest.fixture(autouse=True)
def _no_third_party_plugins(monkeypatch):
    monkeypatch.setenv("NEWSKIT_NO_ENTRY_POINTS", "1")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_process_prints_json(capsys):
    code, out, _ = run(capsys, "process", str(FIXTURES / "envoy.txt"))
    assert code == 0
    doc = json.loads(out)
    assert doc["title"].startswith("Border talks stall")
    assert doc["body"][0]["text"].startswith("DUSHANBE:")
    assert doc["removed"][0]["field"] == "title"


def test_process_text_format(capsys):
    code, out, _ = run(capsys, "process", str(FIXTURES / "envoy.txt"), "--format", "text")
    assert code == 0
    assert out.startswith("Border talks stall over river quotas")
    assert "\n\nDUSHANBE: Negotiators" in out


def test_several_inputs_give_json_lines(capsys):
    path = str(FIXTURES / "envoy.txt")
    code, out, _ = run(capsys, "process", path, path)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert all(json.loads(x)["title"] for x in lines)


def test_output_file_format_from_extension(capsys, tmp_path):
    target = tmp_path / "out.txt"
    code, out, _ = run(capsys, "process", str(FIXTURES / "envoy.txt"), "-o", str(target))
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("Border talks stall")


def test_published_and_url_options(capsys):
    code, out, _ = run(
        capsys,
        "process",
        str(FIXTURES / "envoy.txt"),
        "--url",
        "https://x.example/a",
        "--published",
        "2021-08-03T18:00-04:00",
    )
    doc = json.loads(out)
    assert code == 0
    assert (doc["url"], doc["published"]) == ("https://x.example/a", "2021-08-03T18:00:00-04:00")


def test_errors_are_one_line_and_nonzero(capsys, tmp_path):
    code, _, err = run(capsys, "process", str(tmp_path / "missing.txt"))
    assert code == 1 and "cannot read" in err and "Traceback" not in err
    code, _, err = run(capsys, "process", str(FIXTURES / "envoy.txt"), "--format", "nope")
    assert code == 2 and "unknown format 'nope'" in err
    code, _, err = run(capsys, "process", str(FIXTURES / "envoy.txt"), "--published", "someday")
    assert code == 1 and "ISO 8601" in err
    with pytest.raises(SystemExit) as info:
        main(["process"])
    assert info.value.code == 2


def test_plugins_and_formats(capsys):
    code, out, _ = run(capsys, "plugins", "--all")
    assert code == 0 and "newskit.readers.text" in out and "built-in" in out
    code, out, _ = run(capsys, "plugins", "--all", "--json")
    assert {"name", "version", "hooks", "builtin"} <= set(json.loads(out)[0])
    code, out, _ = run(capsys, "formats")
    rows = {line.split("\t")[0]: line.split("\t")[1:3] for line in out.splitlines()}
    assert code == 0 and rows["json"] == ["application/json", ".json"]


def test_stdin_and_module_entry_point():
    text = (FIXTURES / "envoy.txt").read_bytes()
    res = subprocess.run(
        [sys.executable, "-m", "newskit", "process", "-", "--format", "text"],
        input=text,
        capture_output=True,
        check=False,
        env={"NEWSKIT_NO_ENTRY_POINTS": "1", "PATH": ""},
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.decode("utf-8").startswith("Border talks stall")


def test_import_is_light():
    code = "import sys, newskit; print(sorted(m for m in ('lxml', 'dateparser', 'pluggy', 'attrs', 'charset_normalizer') if m in sys.modules))"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == "[]"
