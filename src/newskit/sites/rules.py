"""Site rule files: loading TOML, validating it, and the :class:`SiteRules` model.

A rule file describes one site (or one CMS theme): how to recognise its pages,
its home time zone and language, and one or more rule sets, each valid for a
stretch of dates. See ``docs/howto/site-rules.rst`` for the format.

Every problem is reported as a :class:`RuleFileError` naming the file, the
line (when it can be found) and the key:

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "bad.toml"
>>> _ = path.write_text('[site]\\nkey = "Bad Key"\\nname = "Bad"\\n')
>>> try:
...     load_rules(path)
... except RuleFileError as e:
...     print(str(e).replace(str(path), "bad.toml"))
bad.toml:2: site.key: must be lower-case letters, digits, '-' or '_' (got 'Bad Key')
"""

from __future__ import annotations

import datetime as _dt
import functools
import importlib.resources
import pathlib
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, Literal

import attrs
import regex

from ..errors import NewskitError
from .css import CssError, to_xpath
from .literals import required_literal

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = [
    "ACTIONS",
    "BlockRule",
    "Fingerprints",
    "HtmlRules",
    "LineRule",
    "RuleFileError",
    "RuleVersion",
    "SiteRules",
    "TextRules",
    "load_rules",
]

ACTIONS = ("drop", "comment", "caption", "byline")
"""What a text rule does with what it matches."""

MAX_LINE_CHARS = 500
"""Lines (and first lines of blocks) longer than this are never matched by text rules."""

MATCH_TIMEOUT = 0.25
"""Seconds one pattern may take on one line before it is given up (and a warning recorded)."""

_KEY = regex.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_DOMAIN = regex.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,10}[a-z][a-z0-9-]{1,62}")
_FLAGS = regex.IGNORECASE | regex.VERSION0


class RuleFileError(NewskitError, ValueError):
    """A rule file that cannot be used: bad TOML, a missing or wrong key, a bad pattern."""

    def __init__(self, message: str, *, path: str, line: int | None = None, key: str | None = None) -> None:
        self.path, self.line, self.key = path, line, key
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {key}: {message}" if key else f"{where}: {message}")


def _compile(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern, _FLAGS)


def _alternation(patterns: tuple[str, ...]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


@functools.lru_cache(maxsize=256)
def any_of(patterns: tuple[str, ...]) -> regex.Pattern[str] | None:
    """One pattern matching what any of *patterns* matches, to rule most lines out in one go.

    ``None`` when they cannot be combined (a global inline flag, clashing group names).
    """
    if not patterns:
        return None
    try:
        return regex.compile(_alternation(patterns), _FLAGS)
    except regex.error:
        return None


def possible(patterns: tuple[str, ...], line: str) -> bool:
    """Whether some pattern of *patterns* may match all of *line* (``False`` only when none can)."""
    combined = any_of(patterns)
    if combined is None:
        return True
    try:
        return combined.fullmatch(line, timeout=MATCH_TIMEOUT) is not None
    except TimeoutError:
        return True  # each pattern is tried on its own, and gives up on its own


@attrs.frozen
class LineRule:
    """A whole-line (or, for block rules, first-line) pattern and what to do with a match."""

    id: str
    pattern: str
    reason: str
    action: Literal["drop", "comment", "caption", "byline"] = "drop"
    compiled: regex.Pattern[str] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "compiled", _compile(self.pattern))

    def match(self, line: str) -> regex.Match[str] | None:
        """The full match of *line* (trimmed), or ``None``; raises :class:`TimeoutError` when too slow."""
        if len(line) > MAX_LINE_CHARS:
            return None
        return self.compiled.fullmatch(line, timeout=MATCH_TIMEOUT)


BlockRule = LineRule
"""Block rules have the same fields; their pattern must match a block's first line."""


@attrs.frozen
class TextRules:
    """Rules on the body's text (for text and HTML input alike)."""

    lines: tuple[LineRule, ...] = ()
    blocks: tuple[LineRule, ...] = ()
    cut_after: tuple[LineRule, ...] = ()

    def __add__(self, other: TextRules) -> TextRules:
        return TextRules(
            self.lines + other.lines, self.blocks + other.blocks, self.cut_after + other.cut_after
        )


@attrs.frozen
class HtmlRules:
    """CSS selectors for HTML pages; each field lists alternatives, the first that matches wins."""

    body: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    drop: tuple[tuple[str, str], ...] = ()
    """``(selector, reason)`` pairs: elements inside the body whose text is removed."""
    comments: tuple[str, ...] = ()
    """Reader comments, one element each (outside the body); they go to ``Document.comments``."""
    comment_text: tuple[str, ...] = ()
    """Inside a comment: the element holding its text (default: the whole comment)."""
    comment_author: tuple[str, ...] = ()
    """Inside a comment: the element holding its author's name."""
    standfirst: tuple[str, ...] = ()
    """The standfirst (summary) outside the body: its first element goes before the body's text."""

    def __add__(self, other: HtmlRules) -> HtmlRules:
        """These selectors first, *other*'s after them (a site's before its theme's)."""
        return HtmlRules(*(getattr(self, f.name) + getattr(other, f.name) for f in attrs.fields(HtmlRules)))


@attrs.frozen
class RuleVersion:
    """One rule set and the dates it is valid for (both ends included; ``None`` is open)."""

    valid_from: _dt.date | None = None
    valid_until: _dt.date | None = None
    html: HtmlRules = HtmlRules()
    text: TextRules = TextRules()

    def covers(self, day: _dt.date) -> bool:
        """Whether the rule set is valid on *day*."""
        lo = self.valid_from or _dt.date.min
        hi = self.valid_until or _dt.date.max
        return lo <= day <= hi


_OTHER_LINE_BREAKS = regex.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


@functools.lru_cache(maxsize=256)
def _any_line(patterns: tuple[str, ...]) -> regex.Pattern[str] | None:
    """A multi-line pattern finding the lines some pattern of *patterns* may match whole."""
    try:
        return regex.compile(
            r"^[^\S\n]*+(?:" + _alternation(patterns) + r")[^\S\n]*$", _FLAGS | regex.MULTILINE
        )
    except regex.error:
        return None


def _candidate_lines(patterns: tuple[str, ...], text: str) -> list[str]:
    """The lines of *text* that may match one of *patterns* whole: one scan in C, not a call per line.

    Every line a pattern matches is the start of a match of the combined pattern, or lies
    inside one (a pattern may run over a line break), so each matched stretch's lines are
    returned; with other line breaks than ``\\n``, or on a timeout, every line is.
    """
    combined = _any_line(patterns)
    if combined is None or _OTHER_LINE_BREAKS.search(text):
        return text.splitlines()
    try:
        return [line for m in combined.finditer(text, timeout=MATCH_TIMEOUT) for line in m.group().split("\n")]
    except TimeoutError:
        return text.splitlines()


_LAST_LOWERED: tuple[str, str] = ("", "")


def _lowered(text: str) -> str:
    """``text.lower()``, computed once for the many site plugins that test the same document."""
    global _LAST_LOWERED
    last = _LAST_LOWERED
    if last[0] is text:
        return last[1]
    low = text.lower()
    _LAST_LOWERED = (text, low)
    return low


# the characters beyond ASCII whose lower case holds an ASCII letter: ``İ`` (``i̇``) and the Kelvin sign (``k``)
_LOWER_TO_ASCII = ("\u0130", "\u212a")
_LAST_LOWERED_BYTES: tuple[str, bytes | None] = ("", None)


def _lowered_bytes(text: str) -> bytes | None:
    """*text* in UTF-8 with its ASCII letters lower-cased (once for the many site plugins): a
    :func:`_byte_literal` is in it exactly when it is in ``text.lower()``, and the search is cheap.

    ``None`` when *text* holds a character whose lower case is ASCII: then only ``text.lower()`` answers.
    """
    global _LAST_LOWERED_BYTES
    last = _LAST_LOWERED_BYTES
    if last[0] is text:
        return last[1]
    low = None if any(c in text for c in _LOWER_TO_ASCII) else text.encode("utf-8", "surrogatepass").lower()
    _LAST_LOWERED_BYTES = (text, low)
    return low


def _byte_literal(literal: str | None) -> bytes | None:
    """*literal* in UTF-8 when it may be looked for in :func:`_lowered_bytes`: lower-case ASCII
    letters and characters without case that no other character lowers to (symbols, punctuation,
    spaces; ``©``); ``None`` for any other (it is looked for in ``text.lower()``)."""
    if literal is None or literal != literal.lower():
        return None
    if all(c.isascii() or unicodedata.category(c)[0] in "SPZ" for c in literal):
        return literal.encode("utf-8")
    return None


@attrs.frozen
class Fingerprints:
    """Telltale strings of a site's pages, for input without a URL.

    ``lines`` are whole-line patterns looked for in text input, ``html`` are
    literal strings looked for in HTML source; ``min_lines``/``min_html`` is
    how many different ones must be found.
    """

    lines: tuple[str, ...] = ()
    html: tuple[str, ...] = ()
    min_lines: int = 1
    min_html: int = 1
    compiled: tuple[regex.Pattern[str], ...] = attrs.field(init=False, repr=False, eq=False)
    required: tuple[str | None, ...] = attrs.field(init=False, repr=False, eq=False)
    required_bytes: tuple[bytes | None, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "compiled", tuple(_compile(p) for p in self.lines))
        object.__setattr__(self, "required", tuple(required_literal(p) for p in self.lines))
        object.__setattr__(self, "required_bytes", tuple(_byte_literal(r) for r in self.required))

    def _live(self, text: str) -> list[int]:
        """The fingerprints that may occur in *text*: those whose required literal it contains."""
        live = []
        for i, literal in enumerate(self.required):
            if literal is not None:
                as_bytes = self.required_bytes[i]
                folded = _lowered_bytes(text) if as_bytes is not None else None
                if folded is not None:
                    if as_bytes not in folded:
                        continue
                elif literal not in _lowered(text):
                    continue
            live.append(i)
        return live

    def text_hits(self, text: str) -> int:
        """How many different line fingerprints occur as whole lines of *text*."""
        live = self._live(text) if self.compiled else []
        if not live:
            return 0  # one substring test per fingerprint, instead of a scan per line
        found: set[int] = set()
        for raw in _candidate_lines(self.lines, text):
            line = raw.strip()
            if not line or len(line) > MAX_LINE_CHARS or not possible(self.lines, line):
                continue
            for i in live:
                pat = self.compiled[i]
                if i not in found and pat.fullmatch(line, timeout=MATCH_TIMEOUT):
                    found.add(i)
                    if len(found) == len(live):
                        return len(found)
        return len(found)

    def match_text(self, text: str) -> bool:
        """Whether *text* carries enough line fingerprints."""
        return bool(self.compiled) and self.text_hits(text) >= self.min_lines

    def match_html(self, page: str) -> bool:
        """Whether *page* carries enough HTML fingerprints (stops as soon as that is decided)."""
        need, left = self.min_html, len(self.html)
        if not left:
            return False
        for s in self.html:
            if s in page:
                need -= 1
                if need <= 0:
                    return True
            left -= 1
            if left < need:
                return False
        return need <= 0


@attrs.frozen
class SiteRules:
    """Everything a rule file says about one site or theme.

    ``kind`` is ``"site"`` (a publisher: its URL decides when there is one)
    or ``"theme"`` (a CMS theme shared by many sites: recognised by its
    fingerprints on any page). ``extends`` holds the rules of the themes the
    site is built on; their rule sets apply to the site's documents after the
    site's own.
    """

    key: str
    name: str
    kind: Literal["site", "theme"] = "site"
    domains: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    timezone: str | None = None
    language: str | None = None
    fingerprints: Fingerprints = Fingerprints()
    versions: tuple[RuleVersion, ...] = (RuleVersion(),)
    extends: tuple[SiteRules, ...] = ()
    path: str | None = None
    compiled_paths: tuple[regex.Pattern[str], ...] = attrs.field(init=False, repr=False, eq=False)
    chained: tuple[SiteRules, ...] = attrs.field(init=False, repr=False, eq=False)
    """:meth:`chain`, worked out once (the rules are immutable)."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "compiled_paths", tuple(_compile(p) for p in self.paths))
        out: list[SiteRules] = []
        todo: list[SiteRules] = [self]
        while todo:
            s = todo.pop(0)
            if all(s is not o for o in out):
                out.append(s)
                todo[:0] = list(s.extends)
        object.__setattr__(self, "chained", tuple(out))

    def version_for(self, day: _dt.date | None) -> RuleVersion:
        """The rule set valid on *day*; the newest when *day* is ``None`` or none covers it."""
        if day is not None:
            for v in self.versions:
                if v.covers(day):
                    return v
        return max(
            self.versions,
            key=lambda v: (
                v.valid_until is None,
                v.valid_until or _dt.date.min,
                v.valid_from or _dt.date.min,
            ),
        )

    def chain(self) -> list[SiteRules]:
        """This site, then what it extends (depth first, each once)."""
        return list(self.chained)

    def html_rules(self, day: _dt.date | None) -> HtmlRules:
        """The HTML selectors for a page of *day*: the site's, then its themes'."""
        out = HtmlRules()
        for s in self.chained:
            out = out + s.version_for(day).html
        return out

    def text_rules(self, day: _dt.date | None) -> TextRules:
        """The text rules for a document of *day*: the site's, then its themes'."""
        out = TextRules()
        for s in self.chained:
            out = out + s.version_for(day).text
        return out

    def handles_host(self, host: str) -> bool:
        """Whether *host* is one of the site's domains or a subdomain of one."""
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def handles_path(self, path: str) -> bool:
        """Whether the URL path is an article path of the site (any path when none are given)."""
        if not self.compiled_paths:
            return True
        return any(p.match(path, timeout=MATCH_TIMEOUT) for p in self.compiled_paths)


# --- loading -------------------------------------------------------------------------------


class _Lines:
    """Line numbers of the keys of a TOML file, by their dotted path (``rules.0.html.body``)."""

    # matched on stripped lines; bounded repetitions keep them linear
    _HEADER = regex.compile(r"(\[\[?)([A-Za-z0-9_.\-\"' ]{1,200})\]\]?(?:[ \t]{0,20}#.{0,500})?")
    _ASSIGN = regex.compile(
        r"([A-Za-z0-9_\-\"']{1,64}(?:[ \t]{0,4}\.[ \t]{0,4}[A-Za-z0-9_\-\"']{1,64}){0,8})[ \t]{0,20}="
    )

    def __init__(self, text: str) -> None:
        self.at: dict[tuple[str, ...], int] = {}
        counts: dict[tuple[str, ...], int] = {}
        prefix: tuple[str, ...] = ()
        for no, raw in enumerate(text.splitlines(), 1):
            line = raw.strip()
            h = self._HEADER.fullmatch(line) if len(line) <= 800 else None
            if h:
                names = tuple(p.strip().strip("\"'") for p in h.group(2).strip().split("."))
                resolved: list[str] = []
                for i, name in enumerate(names):
                    resolved.append(name)
                    key = tuple(resolved)
                    last = i == len(names) - 1
                    if last and h.group(1) == "[[":
                        counts[key] = counts.get(key, 0) + 1
                        resolved.append(str(counts[key] - 1))
                    elif key in counts:
                        resolved.append(str(counts[key] - 1))
                prefix = tuple(resolved)
                self.at.setdefault(prefix, no)
                continue
            a = self._ASSIGN.match(line)
            if a and not line.startswith("#"):
                names = tuple(p.strip().strip("\"'") for p in a.group(1).split("."))
                self.at.setdefault(prefix + names, no)

    def line(self, path: Sequence[str | int]) -> int | None:
        key = tuple(str(p) for p in path)
        if key[:2] == ("rules", "0") and ("rules", "0") not in self.at:
            key = key[:1] + key[2:]  # a single [rules] table, read as rule set 0
        while key:
            if key in self.at:
                return self.at[key]
            key = key[:-1]
        return None


class _Reader:
    """Validation of one parsed file, with errors that name the file, line and key."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.lines = _Lines(text)

    def fail(self, where: Sequence[str | int], message: str) -> RuleFileError:
        key = ".".join(f"[{p}]" if isinstance(p, int) else p for p in where).replace(".[", "[")
        return RuleFileError(message, path=self.path, line=self.lines.line(where), key=key or None)

    def table(self, data: Any, where: Sequence[str | int], allowed: Iterable[str]) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(where, f"must be a table, not {type(data).__name__}")
        allowed = set(allowed)
        for k in data:
            if k not in allowed:
                raise self.fail([*where, k], f"unknown key (allowed: {', '.join(sorted(allowed))})")
        return data

    def string(
        self, data: dict[str, Any], where: Sequence[str | int], key: str, *, required: bool = False
    ) -> str | None:
        if key not in data:
            if required:
                raise self.fail([*where, key], "is required")
            return None
        v = data[key]
        if not isinstance(v, str) or not v.strip():
            raise self.fail([*where, key], f"must be a non-empty string, not {v!r}")
        return v.strip()

    def strings(self, data: dict[str, Any], where: Sequence[str | int], key: str) -> tuple[str, ...]:
        if key not in data:
            return ()
        v = data[key]
        if isinstance(v, str):
            v = [v]
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            raise self.fail([*where, key], "must be a string or a list of non-empty strings")
        return tuple(x.strip() for x in v)

    def pattern(self, value: str, where: Sequence[str | int]) -> str:
        try:
            _compile(value)
        except regex.error as e:
            raise self.fail(where, f"bad pattern {value!r}: {e}") from e
        return value

    def selector(self, value: str, where: Sequence[str | int]) -> str:
        try:
            to_xpath(value)
        except CssError as e:
            raise self.fail(where, str(e)) from e
        return value

    def date(self, data: dict[str, Any], where: Sequence[str | int], key: str) -> _dt.date | None:
        if key not in data:
            return None
        v = data[key]
        if isinstance(v, _dt.datetime):
            return v.date()
        if isinstance(v, _dt.date):
            return v
        raise self.fail([*where, key], f"must be a TOML date such as 2021-06-30, not {v!r}")

    def positive(self, data: dict[str, Any], where: Sequence[str | int], key: str, default: int) -> int:
        v = data.get(key, default)
        if not isinstance(v, int) or isinstance(v, bool) or v < 1:
            raise self.fail([*where, key], f"must be a whole number of at least 1, not {v!r}")
        return v


def _text_rules(r: _Reader, key: str, data: Any, where: list[str | int]) -> TextRules:
    data = r.table(data, where, ("lines", "blocks", "cut_after"))
    out: dict[str, tuple[LineRule, ...]] = {}
    for group in ("lines", "blocks", "cut_after"):
        items = data.get(group, [])
        if not isinstance(items, list):
            raise r.fail([*where, group], "must be an array of tables ([[...]] or [{...}, ...])")
        rules = []
        for i, item in enumerate(items):
            w = [*where, group, i]
            item = r.table(item, w, ("id", "pattern", "reason", "action"))
            rule_id = r.string(item, w, "id", required=True)
            assert rule_id is not None
            if not _KEY.fullmatch(rule_id):
                raise r.fail([*w, "id"], f"must be lower-case letters, digits, '-' or '_' (got {rule_id!r})")
            pattern = r.pattern(r.string(item, w, "pattern", required=True) or "", [*w, "pattern"])
            action = r.string(item, w, "action") or "drop"
            allowed = ("drop", "comment") if group == "cut_after" else ACTIONS
            if action not in allowed:
                raise r.fail([*w, "action"], f"must be one of {', '.join(allowed)} (got {action!r})")
            if action == "byline" and "(?P<names>" not in pattern:
                raise r.fail([*w, "pattern"], "a byline rule needs a (?P<names>...) group")
            reason = (
                r.string(item, w, "reason")
                or {
                    "drop": "site boilerplate",
                    "comment": "reader comment",
                    "caption": "photo caption",
                    "byline": "byline",
                }[action]
            )
            rules.append(LineRule(f"{key}.{rule_id}", pattern, reason, action))  # type: ignore[arg-type]
        out[group] = tuple(rules)
    return TextRules(out["lines"], out["blocks"], out["cut_after"])


def _html_rules(r: _Reader, data: Any, where: list[str | int]) -> HtmlRules:
    names = ("body", "title", "authors", "date", "comments", "comment_text", "comment_author", "standfirst")
    data = r.table(data, where, (*names, "drop"))
    fields: dict[str, tuple[str, ...]] = {}
    for name in names:
        fields[name] = tuple(r.selector(s, [*where, name]) for s in r.strings(data, where, name))
    drops: list[tuple[str, str]] = []
    items = data.get("drop", [])
    if isinstance(items, str):
        items = [items]
    if not isinstance(items, list):
        raise r.fail([*where, "drop"], "must be a list of selectors or of {selector, reason} tables")
    for i, item in enumerate(items):
        if isinstance(item, str):
            drops.append((r.selector(item, [*where, "drop"]), "site boilerplate"))
            continue
        w = [*where, "drop", i]
        item = r.table(item, w, ("selector", "reason"))
        sel = r.selector(r.string(item, w, "selector", required=True) or "", [*w, "selector"])
        drops.append((sel, r.string(item, w, "reason") or "site boilerplate"))
    return HtmlRules(
        fields["body"],
        fields["title"],
        fields["authors"],
        fields["date"],
        tuple(drops),
        fields["comments"],
        fields["comment_text"],
        fields["comment_author"],
        fields["standfirst"],
    )


def _versions(r: _Reader, key: str, data: dict[str, Any]) -> tuple[RuleVersion, ...]:
    items = data.get("rules", [{}])
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list) or not items:
        raise r.fail(["rules"], "must be one table [rules] or an array of tables [[rules]]")
    out = []
    for i, item in enumerate(items):
        w: list[str | int] = ["rules", i]
        item = r.table(item, w, ("valid_from", "valid_until", "html", "text"))
        lo, hi = r.date(item, w, "valid_from"), r.date(item, w, "valid_until")
        if lo and hi and lo > hi:
            raise r.fail([*w, "valid_until"], f"is before valid_from ({hi} < {lo})")
        out.append(
            RuleVersion(
                lo,
                hi,
                _html_rules(r, item.get("html", {}), [*w, "html"]),
                _text_rules(r, key, item.get("text", {}), [*w, "text"]),
            )
        )
    for i, a in enumerate(out):
        for j in range(i):
            b = out[j]
            if (a.valid_from or _dt.date.min) <= (b.valid_until or _dt.date.max) and (
                b.valid_from or _dt.date.min
            ) <= (a.valid_until or _dt.date.max):
                raise r.fail(["rules", i, "valid_from"], f"rule set {i} overlaps rule set {j}")
    return tuple(out)


def _resolve(ref: str, base: pathlib.Path) -> pathlib.Path:
    """A rule file named in ``extends``: ``package:file.toml`` or a path relative to *base*'s folder."""
    if ":" in ref and not pathlib.PureWindowsPath(ref).drive:
        package, _, resource = ref.partition(":")
        return pathlib.Path(str(importlib.resources.files(package).joinpath(resource)))
    p = pathlib.Path(ref)
    return p if p.is_absolute() else base.parent / p


def parse_rules(text: str, path: str = "<string>", *, _seen: tuple[str, ...] = ()) -> SiteRules:
    """Validate the TOML *text* of a rule file (named *path* in errors) into :class:`SiteRules`."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        line = None
        m = regex.search(r"line (\d+)", str(e))
        if m:
            line = int(m.group(1))
        raise RuleFileError(f"not valid TOML: {e}", path=path, line=line) from e
    r = _Reader(path, text)
    r.table(data, [], ("site", "fingerprints", "rules"))
    if "site" not in data:
        raise r.fail(["site"], "is required")
    site = r.table(
        data["site"], ["site"], ("key", "name", "kind", "domains", "paths", "timezone", "language", "extends")
    )
    key = r.string(site, ["site"], "key", required=True) or ""
    if not _KEY.fullmatch(key):
        raise r.fail(["site", "key"], f"must be lower-case letters, digits, '-' or '_' (got {key!r})")
    name = r.string(site, ["site"], "name", required=True) or key
    kind = r.string(site, ["site"], "kind") or "site"
    if kind not in ("site", "theme"):
        raise r.fail(["site", "kind"], f"must be 'site' or 'theme' (got {kind!r})")
    domains = tuple(d.lower().rstrip(".") for d in r.strings(site, ["site"], "domains"))
    for d in domains:
        if not _DOMAIN.fullmatch(d):
            raise r.fail(["site", "domains"], f"not a domain name: {d!r}")
    paths = tuple(r.pattern(p, ["site", "paths"]) for p in r.strings(site, ["site"], "paths"))
    tz = r.string(site, ["site"], "timezone")
    if tz is not None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError) as e:
            raise r.fail(["site", "timezone"], f"unknown IANA time zone {tz!r}") from e
    lang = r.string(site, ["site"], "language")
    if lang is not None and not regex.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", lang):
        raise r.fail(["site", "language"], f"must be an ISO 639 code such as 'en' (got {lang!r})")
    fp = r.table(data.get("fingerprints", {}), ["fingerprints"], ("lines", "html", "min_lines", "min_html"))
    fingerprints = Fingerprints(
        tuple(r.pattern(p, ["fingerprints", "lines"]) for p in r.strings(fp, ["fingerprints"], "lines")),
        r.strings(fp, ["fingerprints"], "html"),
        r.positive(fp, ["fingerprints"], "min_lines", 1),
        r.positive(fp, ["fingerprints"], "min_html", 1),
    )
    if kind == "site" and not domains and not fingerprints.lines and not fingerprints.html:
        raise r.fail(["site", "domains"], "a site needs domains or fingerprints to be recognised")
    if kind == "theme" and not fingerprints.lines and not fingerprints.html:
        raise r.fail(["fingerprints"], "a theme needs fingerprints to be recognised")
    parents = []
    for ref in r.strings(site, ["site"], "extends"):
        target = _resolve(ref, pathlib.Path(path))
        if str(target) in _seen or str(target) == path:
            raise r.fail(["site", "extends"], f"{ref!r} extends itself")
        try:
            parent_text = target.read_text(encoding="utf-8")
        except (OSError, ModuleNotFoundError) as e:
            raise r.fail(["site", "extends"], f"cannot read {ref!r}: {e}") from e
        parents.append(parse_rules(parent_text, str(target), _seen=(*_seen, path)))
    return SiteRules(
        key=key,
        name=name,
        kind=kind,  # type: ignore[arg-type]
        domains=domains,
        paths=paths,
        timezone=tz,
        language=lang,
        fingerprints=fingerprints,
        versions=_versions(r, key, data),
        extends=tuple(parents),
        path=path,
    )


def load_rules(path: str | pathlib.Path) -> SiteRules:
    """Load and validate the rule file at *path*; raises :class:`RuleFileError`."""
    p = pathlib.Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as e:
        raise RuleFileError(f"cannot read: {e.strerror or e}", path=str(p)) from e
    except UnicodeDecodeError as e:
        raise RuleFileError(f"not UTF-8: {e}", path=str(p)) from e
    return parse_rules(text, str(p))
