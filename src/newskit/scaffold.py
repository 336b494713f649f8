"""``newskit new-plugin NAME``: a new site plugin package that passes its own tests.

:func:`new_plugin` writes a package made of data: a rule file for the site, an
example page, its expected result (made by running the new plugin on it), a
test using :mod:`newskit.testing`, a ``pyproject.toml`` with the entry point
and a README saying what to change first.

>>> import tempfile
>>> folder = new_plugin("Quay Times", tempfile.mkdtemp())
>>> folder.name
'newskit-quay-times'
>>> sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())  # doctest: +NORMALIZE_WHITESPACE
['README.md', 'pyproject.toml', 'src/newskit_quay_times/__init__.py',
 'src/newskit_quay_times/quay-times.toml', 'tests/conftest.py',
 'tests/examples/article.expected.json', 'tests/examples/article.html',
 'tests/test_quay_times.py']
"""

from __future__ import annotations

import os
import pathlib
import re

__all__ = ["new_plugin", "plugin_names"]


def plugin_names(name: str) -> dict[str, str]:
    """The names derived from *name*: site ``key``, ``package``, ``dist`` (distribution), ``title``.

    >>> plugin_names("The Quay Times")["package"]
    'newskit_the_quay_times'
    """
    title = " ".join(name.split())
    key = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    if key.startswith("newskit-"):
        key = key[len("newskit-") :]
    if not key or not key[0].isalnum() or len(key) > 60:
        raise ValueError(f"cannot make a plugin name from {name!r}: use letters and digits")
    return {
        "key": key,
        "package": "newskit_" + key.replace("-", "_"),
        "dist": "newskit-" + key,
        "title": title if any(c.isupper() for c in title) else title.replace("-", " ").title(),
    }


def new_plugin(name: str, directory: str | os.PathLike[str] = ".") -> pathlib.Path:
    """Write a new site plugin package for *name* in *directory*; return its folder.

    The folder is ``newskit-KEY``; it must not exist yet. The package's tests
    pass as generated: change the rule file and the example page to the real
    site, then refresh the expectation (see the generated README).
    """
    from .sites import RuleSitePlugin
    from .testing import check_example

    n = plugin_names(name)
    root = pathlib.Path(directory) / n["dist"]
    if root.exists():
        raise FileExistsError(f"{root} already exists")
    pkg = root / "src" / n["package"]
    examples = root / "tests" / "examples"
    pkg.mkdir(parents=True)
    examples.mkdir(parents=True)
    files = {
        root / "pyproject.toml": _PYPROJECT,
        root / "README.md": _README,
        pkg / "__init__.py": _INIT,
        pkg / f"{n['key']}.toml": _RULES,
        root / "tests" / "conftest.py": _CONFTEST,
        root / "tests" / f"test_{n['package'][len('newskit_') :]}.py": _TEST,
        examples / "article.html": _PAGE,
        examples
        / "article.expected.json": '{"input": {"url": "https://www.%(key)s.example/news/2026/03/ferry-fares/"}}\n',
    }
    for path, template in files.items():
        path.write_text(template % n, encoding="utf-8")
    plugin = RuleSitePlugin([pkg / f"{n['key']}.toml"], name=n["key"])
    from .pipeline import Pipeline

    check_example(examples / "article.html", Pipeline(plugins=[plugin], entry_points=False), update=True)
    return root


_PYPROJECT = """\
[build-system]
requires = ["setuptools>=77"]
build-backend = "setuptools.build_meta"

[project]
name = "%(dist)s"
version = "0.1.0"
description = "newskit site plugin for %(title)s."
readme = "README.md"
requires-python = ">=3.10"
dependencies = ["newskit"]

[project.optional-dependencies]
test = ["pytest>=8"]

[project.entry-points.newskit]
%(key)s = "%(package)s:plugin"

[tool.setuptools.packages.find]
where = ["src"]

[tool.setuptools.package-data]
%(package)s = ["*.toml"]
"""

_README = """\
# %(dist)s

A [newskit](https://pypi.org/project/newskit/) site plugin for %(title)s,
made of data: the rule file `src/%(package)s/%(key)s.toml` says which pages are
the site's, how to read them and what to cut (format: newskit's how-to
"Site rule files").

## Make it yours

1. In the rule file, put the site's real domains, home time zone and language
   under `[site]`, and its CSS selectors under `[rules.html]`.
2. Replace `tests/examples/article.html` with a page you write in the site's
   markup (do not paste the site's articles), and put its URL in
   `tests/examples/article.expected.json` under `"input"`.
3. Refresh the expectation and read it: `NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests`,
   then `git diff tests/examples`.
4. Add more example pages (`.html` or `.txt`) the same way.

## Test and install

```sh
python -m pytest tests                 # works before installing
pip install -e .                       # then: newskit plugins
```

The plugin is found through the entry point `%(key)s` in the group `newskit`;
turn it off with `NEWSKIT_BLOCK_PLUGINS=%(key)s`.
"""

_INIT = '''\
"""newskit site plugin for %(title)s: the rule file %(key)s.toml, as a plugin."""

from __future__ import annotations

from importlib.resources import files

from newskit.sites import RuleSitePlugin

__version__ = "0.1.0"

plugin = RuleSitePlugin([str(files(__name__) / "%(key)s.toml")], name="%(key)s", version=__version__)
"""The plugin (entry point ``%(key)s``); or pass it to ``newskit.Pipeline(plugins=[plugin])``."""
'''

_RULES = """\
# Rules for %(title)s. Format: newskit's how-to "Site rule files".

[site]
key = "%(key)s"
name = "%(title)s"
domains = ["%(key)s.example"]     # the site's domains; subdomains (www.) are included
timezone = "UTC"                  # the site's home time zone (IANA name), e.g. "Europe/Dublin"
language = "en"

[fingerprints]
# For pages given without a URL: whole lines of text, or strings of the HTML source.
lines = ['© %(title)s.{0,80}']
html = ['%(key)s.example']

[rules.html]
body = ["div.story-body"]
title = ["h1.story-title"]
authors = [".story-byline a"]
date = ["time[datetime]"]
drop = [
  { selector = ".newsletter-promo", reason = "newsletter promo" },
]

[rules.text]
lines = [
  { id = "promo", pattern = 'Sign up for our morning newsletter.{0,200}', reason = "newsletter promo" },
]
"""

_CONFTEST = '''\
"""Make the package importable when it is not installed."""

import importlib.util
import pathlib
import sys

if importlib.util.find_spec("%(package)s") is None:
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "src"))
'''

_TEST = '''\
"""Each example page gives what its .expected.json says.

After a deliberate change: NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests
"""

import pathlib

import pytest
from %(package)s import plugin

from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_page(page):
    assert_example(page, plugins=[plugin])
'''

_PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ferry fares to rise in May | %(title)s</title>
</head>
<body>
<nav><a href="/">Home</a> <a href="/news/">News</a></nav>
<article>
  <h1 class="story-title">Ferry fares to rise in May</h1>
  <p class="story-byline">By <a href="/staff/a-writer/">Ada Writer</a></p>
  <time datetime="2026-03-02T08:30:00+00:00">2 March 2026</time>
  <div class="story-body">
    <p>Ferry fares on the island routes will rise by five per cent in May, the operator said on Monday.</p>
    <div class="newsletter-promo"><p>Sign up for our morning newsletter.</p></div>
    <p>The operator blamed the rising cost of fuel and said season tickets would not change.</p>
  </div>
</article>
<footer>© %(title)s</footer>
</body>
</html>
"""
