"""Sphinx configuration for the newskit documentation.

Build the HTML (nitpicky, warnings are errors) and run the examples::

    sphinx-build -n -W --keep-going -b html docs docs/_build/html
    sphinx-build -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import os
import pathlib
from collections.abc import Mapping

import newskit

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent

# -- project --------------------------------------------------------------------

project = "newskit"
author = "The newskit developers"
copyright = "The newskit developers"
release = newskit.__version__
version = ".".join(release.split(".")[:2])

# -- general --------------------------------------------------------------------

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.intersphinx",
    "sphinx.ext.doctest",
]

exclude_patterns = ["_build", "_inventories"]
templates_path: list[str] = []
nitpicky = True

# -- autodoc --------------------------------------------------------------------

autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_member_order = "bysource"
autodoc_preserve_defaults = True


def _attrs_signature(app, what, name, obj, options, signature, return_annotation):
    """Show attrs classes' defaults as values (``()``, ``None``), not as attrs internals."""
    import attrs

    if what not in ("class", "exception") or not (isinstance(obj, type) and attrs.has(obj)):
        return None
    params, star = [], False
    for field in attrs.fields(obj):
        if not field.init:
            continue
        if field.kw_only and not star:
            params.append("*")
            star = True
        default = field.default
        if default is attrs.NOTHING:
            params.append(field.alias)
        elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            value = default.factory()
            params.append(f"{field.alias}={'{}' if isinstance(value, dict | Mapping) else repr(value)}")
        else:
            params.append(f"{field.alias}={default!r}")
    return f"({', '.join(params)})", return_annotation


# -- intersphinx ----------------------------------------------------------------
#
# There is no network where the docs are built, so every inventory is read
# from a file committed in docs/_inventories/ (written by make_inventories.py)
# and links still point at the real documentation. Set
# NEWSKIT_DOCS_ONLINE_INVENTORIES=1 to try the published inventories first.

_online = os.environ.get("NEWSKIT_DOCS_ONLINE_INVENTORIES") == "1"


def _inventory(name: str) -> tuple[str | None, ...]:
    local = f"_inventories/{name}.inv"
    return (None, local) if _online else (local,)


intersphinx_mapping = {
    "python": ("https://docs.python.org/3", _inventory("python")),
    "attrs": ("https://www.attrs.org/en/stable", _inventory("attrs")),
    "pluggy": ("https://pluggy.readthedocs.io/en/stable", _inventory("pluggy")),
}
intersphinx_timeout = 10

# -- doctest --------------------------------------------------------------------

# The site-plugin guide imports the example plugin; when it is not installed,
# the doctests use the copy in the repository.
doctest_global_setup = f"""
import newskit
EXAMPLE_PLUGIN_SRC = {str(ROOT / "plugins" / "newskit-example" / "src")!r}
"""
doctest_test_doctest_blocks = "default"

# -- HTML -----------------------------------------------------------------------

html_theme = "furo"
html_title = f"newskit {release}"
html_static_path: list[str] = []


def _public_alias(app, env, node, contnode):
    """Resolve a Python reference through newskit's top-level names.

    The public classes are documented where users import them from
    (``newskit.Document``), while docstrings inside the package may say
    ``newskit.model.Document`` or, in module context, ``Document.text``.
    """
    if node.get("refdomain") != "py":
        return None
    target = node["reftarget"]
    candidates = []
    parts = target.split(".")
    if parts[0] == "newskit" and len(parts) > 2:
        candidates.append(".".join(["newskit", *parts[2:]]))
    elif parts[0] != "newskit":
        candidates.append(f"newskit.{target}")
    domain = env.domains["py"]
    for candidate in candidates:
        new = node.deepcopy()
        new["reftarget"] = candidate
        found = domain.resolve_xref(
            env, node["refdoc"], app.builder, node["reftype"], candidate, new, contnode
        )
        if found is not None:
            return found
    if "." not in target:
        # A bare name in a type hint (``OnError``): accept a unique match anywhere.
        new = node.deepcopy()
        new["refspecific"] = True
        return domain.resolve_xref(env, node["refdoc"], app.builder, node["reftype"], target, new, contnode)
    return None


def setup(app):
    app.connect("autodoc-process-signature", _attrs_signature)
    app.connect("missing-reference", _public_alias)
