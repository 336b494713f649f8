"""Write the offline intersphinx inventories the newskit docs link against.

The docs are built without network access, so intersphinx cannot download
``objects.inv`` from docs.python.org, attrs.org or pluggy.readthedocs.io.
This script writes small inventories in the same format (a four-line header
followed by zlib-compressed entries) for exactly the external names the docs
refer to, each pointing at its page in the real documentation.

Run it after referring to a new external name, and commit the ``.inv`` files::

    python docs/_inventories/make_inventories.py          # (re)write them
    python docs/_inventories/make_inventories.py --check  # exit 1 if stale
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import zlib

HERE = pathlib.Path(__file__).resolve().parent

# (name, domain:role, page relative to the project's documentation root)
# An anchor of "$" means "the object's own name", as in Sphinx inventories.
PYTHON = [
    # built-in types and constants
    ("str", "py:class", "library/stdtypes.html#$"),
    ("bytes", "py:class", "library/stdtypes.html#$"),
    ("int", "py:class", "library/functions.html#$"),
    ("bool", "py:class", "library/functions.html#$"),
    ("float", "py:class", "library/functions.html#$"),
    ("object", "py:class", "library/functions.html#$"),
    ("tuple", "py:class", "library/stdtypes.html#$"),
    ("list", "py:class", "library/stdtypes.html#$"),
    ("dict", "py:class", "library/stdtypes.html#$"),
    ("set", "py:class", "library/stdtypes.html#$"),
    ("frozenset", "py:class", "library/stdtypes.html#$"),
    ("None", "py:data", "library/constants.html#$"),
    ("True", "py:data", "library/constants.html#$"),
    ("False", "py:data", "library/constants.html#$"),
    ("Exception", "py:exception", "library/exceptions.html#$"),
    ("ValueError", "py:exception", "library/exceptions.html#$"),
    ("KeyError", "py:exception", "library/exceptions.html#$"),
    ("TypeError", "py:exception", "library/exceptions.html#$"),
    ("OSError", "py:exception", "library/exceptions.html#$"),
    # standard library
    ("datetime.datetime", "py:class", "library/datetime.html#$"),
    ("datetime.date", "py:class", "library/datetime.html#$"),
    ("datetime.timezone", "py:class", "library/datetime.html#$"),
    ("pathlib.Path", "py:class", "library/pathlib.html#$"),
    ("pathlib.PurePath", "py:class", "library/pathlib.html#$"),
    ("os.PathLike", "py:class", "library/os.html#$"),
    ("os.environ", "py:data", "library/os.html#$"),
    ("collections.Counter", "py:class", "library/collections.html#$"),
    ("collections.abc.Mapping", "py:class", "library/collections.abc.html#$"),
    ("collections.abc.Iterable", "py:class", "library/collections.abc.html#$"),
    ("collections.abc.Iterator", "py:class", "library/collections.abc.html#$"),
    ("collections.abc.Callable", "py:class", "library/collections.abc.html#$"),
    ("collections.abc.Sequence", "py:class", "library/collections.abc.html#$"),
    ("typing.Any", "py:data", "library/typing.html#$"),
    ("typing.Literal", "py:data", "library/typing.html#$"),
    ("typing.Optional", "py:data", "library/typing.html#$"),
    ("typing.Union", "py:data", "library/typing.html#$"),
    ("typing.Callable", "py:data", "library/typing.html#$"),
    ("typing.Iterable", "py:class", "library/typing.html#$"),
    ("typing.Mapping", "py:class", "library/typing.html#$"),
    ("types.MappingProxyType", "py:class", "library/types.html#$"),
    ("types.ModuleType", "py:class", "library/types.html#$"),
    ("json.loads", "py:function", "library/json.html#$"),
    ("zoneinfo.ZoneInfo", "py:class", "library/zoneinfo.html#$"),
    ("importlib.metadata.entry_points", "py:function", "library/importlib.metadata.html#$"),
]

ATTRS = [
    ("attrs.evolve", "py:function", "api.html#$"),
    ("attrs.frozen", "py:function", "api.html#$"),
    ("attrs.define", "py:function", "api.html#$"),
    ("attrs.field", "py:function", "api.html#$"),
]

PLUGGY = [
    ("pluggy.PluginManager", "py:class", "api_reference.html#$"),
    ("pluggy.PluginManager.register", "py:method", "api_reference.html#$"),
    ("pluggy.PluginManager.set_blocked", "py:method", "api_reference.html#$"),
    ("pluggy.PluginManager.hook", "py:attribute", "api_reference.html#$"),
    ("pluggy.HookimplMarker", "py:class", "api_reference.html#$"),
    ("pluggy.HookspecMarker", "py:class", "api_reference.html#$"),
    ("pluggy.PluginValidationError", "py:exception", "api_reference.html#$"),
]

INVENTORIES = {
    "python.inv": ("Python", "3", PYTHON),
    "attrs.inv": ("attrs", "stable", ATTRS),
    "pluggy.inv": ("pluggy", "stable", PLUGGY),
}


def inventory(project: str, version: str, entries: list[tuple[str, str, str]]) -> bytes:
    """The bytes of a version 2 Sphinx inventory holding *entries*."""
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    ).encode()
    lines = []
    for name, role, uri in sorted(entries):
        # "-" as the display name means "same as the name"; priority 1 is the
        # ordinary priority of documented objects.
        lines.append(f"{name} {role} 1 {uri} -\n")
    return header + zlib.compress("".join(lines).encode(), 9)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a committed file is out of date")
    args = parser.parse_args(argv)
    stale = []
    for filename, (project, version, entries) in INVENTORIES.items():
        path = HERE / filename
        data = inventory(project, version, entries)
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(filename)
        else:
            path.write_bytes(data)
            print(f"wrote {path} ({len(entries)} names)")
    if stale:
        print(f"out of date: {', '.join(stale)}; run {pathlib.Path(__file__).name}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
