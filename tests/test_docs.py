"""The documentation keeps up with the code: hooks, public names, model fields, CLI options.

These tests read the reStructuredText sources under ``docs/``; they do not
build the docs (that is ``sphinx-build -n -W``), so they run in the ordinary
test suite and fail as soon as a hook, a public name, a model field, a JSON
key or a command-line option is added without being documented.
"""

from __future__ import annotations

import inspect
import pathlib
import re
import subprocess
import sys

import attrs
import pytest

import newskit
from newskit import hookspecs

ROOT = pathlib.Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
REFERENCE = DOCS / "reference"
SPAN_FIELDS = frozenset({"text", "start", "end", "source_start", "source_end"})
"""Fields of every annotation, described once in the model page's section on offsets."""


def _read(name: str) -> str:
    return (REFERENCE / name).read_text(encoding="utf-8")


def _hook_names() -> list[str]:
    """Every hook newskit's plugin manager knows, from a freshly built pipeline."""
    hook = newskit.Pipeline(entry_points=False).plugin_set.pm.hook
    names = sorted(n for n in vars(hook) if n.startswith("newskit_"))
    from_module = sorted(n for n, f in vars(hookspecs).items() if n.startswith("newskit_") and callable(f))
    assert names == from_module, "the plugin manager and newskit.hookspecs disagree about the hooks"
    return names


HOOKS = _hook_names()


def test_there_are_hooks():
    assert "newskit_clean" in HOOKS
    assert len(HOOKS) >= 5


@pytest.mark.parametrize("name", HOOKS)
def test_hook_has_a_labelled_section_with_autofunction(name):
    text = _read("hooks.rst")
    assert f".. _hook-{name}:" in text, f"docs/reference/hooks.rst has no label '.. _hook-{name}:'"
    assert re.search(rf"^\.\. autofunction:: (newskit\.hookspecs\.)?{name}\s*$", text, re.M), (
        f"docs/reference/hooks.rst has no '.. autofunction:: newskit.hookspecs.{name}'"
    )
    # The autofunction belongs to the labelled section: nothing but its title in between.
    section = text.split(f".. _hook-{name}:", 1)[1].split(".. _hook-", 1)[0]
    assert f"autofunction:: newskit.hookspecs.{name}" in section or f"autofunction:: {name}" in section
    assert "Calling rule:" in section, f"the section of {name} does not give its calling rule"
    assert "@newskit.hookimpl" in section, f"the section of {name} has no example implementation"


@pytest.mark.parametrize("name", HOOKS)
def test_hook_arguments_are_described_in_its_docstring(name):
    spec = getattr(hookspecs, name)
    doc = inspect.getdoc(spec) or ""
    assert doc, f"{name} has no docstring"
    for arg in inspect.signature(spec).parameters:
        assert re.search(rf"\b{re.escape(arg)}\b", doc), f"the docstring of {name} never mentions {arg!r}"
        assert f":param {arg}:" in doc, f"the docstring of {name} has no ':param {arg}:'"


def test_hook_sections_are_all_hooks():
    """No section for a hook that no longer exists."""
    labelled = set(re.findall(r"^\.\. _hook-(\w+):", _read("hooks.rst"), re.M))
    assert labelled == set(HOOKS)


def _reference_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(REFERENCE.glob("*.rst")))


@pytest.mark.parametrize("name", sorted(newskit.__all__))
def test_public_name_is_in_the_reference(name):
    text = _reference_text()
    if name == "__version__":
        assert "__version__" in text
        return
    documented = re.compile(
        rf"^\s*\.\. (auto)?(class|function|exception|data|decorator|type)::\s+(newskit\.)?{re.escape(name)}\b",
        re.M,
    )
    assert documented.search(text), f"newskit.{name} is not documented in docs/reference/"


# --- the model page describes every field ---------------------------------------------


def _class_sections(text: str) -> dict[str, str]:
    """The text of each ``autoclass`` section of a page, by class name (last dotted part)."""
    parts = re.split(r"^\.\. autoclass:: ([\w.]+)\s*$", text, flags=re.M)
    sections = {}
    for i in range(1, len(parts), 2):
        body = re.split(r"^\S", parts[i + 1], maxsplit=1, flags=re.M)[0]  # up to the next unindented line
        sections[parts[i].rsplit(".", 1)[-1]] = body
    return sections


def _model_classes() -> list[type]:
    from newskit import edits, model

    classes = [
        obj
        for mod in (model, edits)
        for obj in vars(mod).values()
        if isinstance(obj, type) and attrs.has(obj) and obj.__module__ == mod.__name__
    ]
    return sorted(classes, key=lambda c: c.__name__)


@pytest.mark.parametrize("cls", _model_classes(), ids=lambda c: c.__name__)
def test_model_fields_are_documented(cls):
    sections = _class_sections(_read("model.rst"))
    assert cls.__name__ in sections, f"docs/reference/model.rst has no '.. autoclass:: {cls.__name__}'"
    section = sections[cls.__name__]
    described = set(re.findall(r"^\s+\.\. attribute:: (\w+)", section, re.M))
    fields = {f.alias for f in attrs.fields(cls) if f.init} | ({"text"} if cls is newskit.Document else set())
    shared = SPAN_FIELDS if cls is not newskit.Document else frozenset()
    missing = sorted(f for f in fields if f not in described and f not in shared)
    # A class docstring that explains a field counts as documenting it.
    doc = inspect.getdoc(cls) or ""
    missing = [f for f in missing if f"``{f}``" not in doc]
    assert not missing, f"{cls.__name__} fields not described in docs/reference/model.rst: {missing}"
    stale = sorted(described - fields - {"text"})
    assert not stale, f"docs/reference/model.rst describes {cls.__name__} fields that do not exist: {stale}"


def test_format_fields_are_documented():
    section = _class_sections(_read("api.rst"))["Format"]
    described = set(re.findall(r"^\s+\.\. attribute:: (\w+)", section, re.M))
    fields = {f.name for f in attrs.fields(newskit.Format)}
    missing = fields - described - {"options"}  # options has its own docstring (autodoc member)
    assert not missing, f"Format fields not described in docs/reference/api.rst: {sorted(missing)}"


# --- JSON keys and command-line options ----------------------------------------------


def test_json_page_lists_every_top_level_key():
    doc = newskit.Pipeline(entry_points=False).process("Quay vote\n\nThe board voted.")
    text = _read("json.rst")
    for key in doc.to_dict():
        assert f"``{key}``" in text, f"docs/reference/json.rst does not describe the key {key!r}"


def _cli_options() -> list[tuple[str, str]]:
    from newskit import cli

    parser = cli._parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    out = []
    for command, subparser in sub.choices.items():
        for action in subparser._actions:
            long = [o for o in action.option_strings if o.startswith("--") and o != "--help"]
            if long:
                out.append((command, long[0]))
    return out


@pytest.mark.parametrize(("command", "option"), _cli_options())
def test_cli_option_is_documented(command, option):
    text = _read("cli.rst")
    assert re.search(rf"^\.\. program:: newskit {command}\s*$", text, re.M), (
        f"docs/reference/cli.rst has no '.. program:: newskit {command}'"
    )
    assert re.search(rf"^\.\. option:: .*{re.escape(option)}\b", text, re.M), (
        f"docs/reference/cli.rst does not document 'newskit {command} {option}'"
    )


def test_cli_exit_codes_are_documented():
    from newskit import cli

    text = _read("cli.rst")
    for code in (cli.EXIT_OK, cli.EXIT_FAILED, cli.EXIT_USAGE):
        assert re.search(rf"^``{code}``", text, re.M), f"exit code {code} is not described in cli.rst"


# --- the offline intersphinx inventories --------------------------------------------------


def test_intersphinx_inventories_are_up_to_date():
    script = DOCS / "_inventories" / "make_inventories.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
