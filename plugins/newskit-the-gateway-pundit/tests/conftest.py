"""Make the package importable when it is not installed."""

import importlib.util
import pathlib
import sys

if importlib.util.find_spec("newskit_the_gateway_pundit") is None:
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "src"))
