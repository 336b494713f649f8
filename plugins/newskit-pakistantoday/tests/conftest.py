"""Make the plugin packages importable when they are not installed (tests run from a checkout)."""

from __future__ import annotations

import importlib.util
import pathlib
import sys

_PLUGINS = pathlib.Path(__file__).resolve().parents[2]
for _package, _folder in (
    ("newskit_tagdiv_newspaper", "newskit-tagdiv-newspaper"),
    ("newskit_pakistantoday", "newskit-pakistantoday"),
):
    if importlib.util.find_spec(_package) is None and (_PLUGINS / _folder / "src").is_dir():
        sys.path.append(str(_PLUGINS / _folder / "src"))
