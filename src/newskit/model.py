"""The document model: immutable attrs classes for an annotated news article.

Every annotation carries two spans:

* ``start``/``end``: character offsets into :attr:`Document.text`, the clean
  article (the body blocks joined by blank lines);
* ``source_start``/``source_end``: character offsets into the original input,
  for text input (``None`` for HTML, whose text nodes have no single offset).

Change a document with :func:`attrs.evolve`; it is validated again.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import types
from collections.abc import Mapping
from typing import Any, Literal

import attrs

from .frozen import FrozenDict

SCHEMA_VERSION = "1.0"
"""Version of the JSON layout written by :func:`newskit.render` (``json``)."""

BLOCK_KINDS = frozenset(
    {"paragraph", "heading", "caption", "list_item", "blockquote", "preformatted", "table"}
)
"""The kinds a :class:`Block` may have."""

QUOTE_KINDS = frozenset({"direct", "partial", "indirect", "mixed"})
"""The kinds a :class:`Quote` may have."""

_TIME_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})  # TIMEX3 types of a TimeExpression
_WHERE = frozenset({"body", "title"})  # the texts an annotation may index

SEPARATOR = "\n\n"
"""What joins body blocks in :attr:`Document.text`."""


# --- validators and converters -------------------------------------------------


def _aware(_inst: Any, attribute: attrs.Attribute, value: _dt.datetime | None) -> None:
    if value is None:
        return
    if not isinstance(value, _dt.datetime):
        raise TypeError(f"{attribute.name} must be a datetime, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{attribute.name} must be time-zone aware, got naive {value.isoformat()}")


def _span(inst: Any, _attribute: attrs.Attribute, _value: Any) -> None:
    for lo, hi in (("start", "end"), ("source_start", "source_end")):
        a, b = getattr(inst, lo, None), getattr(inst, hi, None)
        if (a is None) != (b is None):
            raise ValueError(f"{type(inst).__name__}: {lo} and {hi} must both be set or both None")
        if a is not None and not 0 <= a <= b:
            raise ValueError(f"{type(inst).__name__}: invalid span {lo}={a}, {hi}={b}")


def _tuple(value: Any) -> tuple:
    return tuple(value) if value is not None else ()


def _one_of(allowed: frozenset[str]):
    def check(_inst: Any, attribute: attrs.Attribute, value: str) -> None:
        if value not in allowed:
            raise ValueError(f"{attribute.name} must be one of {sorted(allowed)}, got {value!r}")

    return check


def _offset(default: int | None = None) -> Any:
    return attrs.field(default=default, kw_only=True)


# --- annotations ---------------------------------------------------------------


@attrs.frozen
class Mention:
    """A stretch of the clean text: a quote part, a cue, an addressee.

    ``where`` is ``"title"`` when the offsets index :attr:`Document.title`
    rather than :attr:`Document.text` (the same holds for times, speakers and quotes).
    """

    text: str
    start: int = _offset(0)
    end: int = _offset(0)
    source_start: int | None = _offset()
    source_end: int | None = attrs.field(default=None, kw_only=True, validator=_span)
    where: Literal["body", "title"] = attrs.field(
        default="body", kw_only=True, validator=_one_of(_WHERE)
    )


@attrs.frozen
class Block:
    """One body block: a paragraph, heading, caption, list item, block quote, …

    ``start``/``end`` are assigned by :class:`Document` from the block order.
    """

    kind: str = attrs.field(validator=_one_of(BLOCK_KINDS))
    text: str
    start: int = _offset(0)
    end: int = _offset(0)
    source_start: int | None = _offset()
    source_end: int | None = attrs.field(default=None, kw_only=True, validator=_span)

    @property
    def exact(self) -> bool:
        """Whether the block's text is the input's text between its source offsets."""
        return self.source_start is not None and self.source_end - self.source_start == len(self.text)


@attrs.frozen
class Removal:
    """Text the pipeline took out of the article, kept so it can be shown or undone.

    ``field`` names the document field the text went to when it was moved
    rather than dropped (``"title"``, ``"authors"``, ``"published"``, …);
    ``at`` is the offset in :attr:`Document.text` where it stood (the end
    of the text kept before it, 0 at the start); ``locator``
    is an XPath into the HTML page for HTML input.
    """

    text: str
    reason: str
    rule: str
    plugin: str
    source_start: int | None = _offset()
    source_end: int | None = attrs.field(default=None, kw_only=True, validator=_span)
    at: int | None = _offset()
    field: str | None = _offset()
    locator: str | None = _offset()


@attrs.frozen
class Comment:
    """A reader comment found with the article."""

    text: str
    author: str | None = _offset()
    published: _dt.datetime | None = attrs.field(default=None, kw_only=True, validator=_aware)
    source_start: int | None = _offset()
    source_end: int | None = attrs.field(default=None, kw_only=True, validator=_span)


@attrs.frozen
class Dateline:
    """The dateline opening the story (``KABUL (Reuters) -``)."""

    text: str
    start: int = _offset(0)
    end: int = _offset(0)
    source_start: int | None = _offset()
    source_end: int | None = attrs.field(default=None, kw_only=True, validator=_span)
    place: str | None = _offset()
    region: str | None = _offset()
    country: str | None = _offset()
    timezone: str | None = _offset()
    agency: str | None = _offset()
    date: str | None = _offset()


def _ordered(inst: Any, _attribute: attrs.Attribute, value: _dt.datetime) -> None:
    if inst.start > value:
        raise ValueError(f"Interval: start {inst.start.isoformat()} is after end {value.isoformat()}")


@attrs.frozen
class Interval:
    """A stretch of real time, from ``start`` to ``end`` (aware datetimes, UTC by convention)."""

    start: _dt.datetime = attrs.field(validator=_aware)
    end: _dt.datetime = attrs.field(validator=[_aware, _ordered])


@attrs.frozen
class TimeExpression:
    """A time expression with its TIMEX3 ``type``, ``value`` and ``mod``.

    ``interval`` is the stretch of real time it names, when it could be
    resolved; ``timezone`` is the IANA zone it was read in; ``anchor`` says
    what it was resolved against (``"dateline"``, ``"published"``, …);
    ``same_as`` is the index in :attr:`Document.times` of the expression it
    restates; ``alternatives`` lists other TIMEX3 values it could mean.
    Sets may carry the TIMEX3 ``freq`` (``"2X"`` for ``twice a year``) and
    ``quant`` (``"EVERY"`` for ``every Friday``).
    """

    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"] = attrs.field(
        kw_only=True, validator=_one_of(_TIME_TYPES)
    )
    value: str = attrs.field(kw_only=True)
    start: int = _offset(0)
    end: int = _offset(0)
    source_start: int | None = _offset()
    source_end: int | None = attrs.field(default=None, kw_only=True, validator=_span)
    mod: str | None = _offset()
    timezone: str | None = _offset()
    interval: Interval | None = _offset()
    same_as: int | None = _offset()
    anchor: str | None = _offset()
    alternatives: tuple[str, ...] = attrs.field(factory=tuple, kw_only=True, converter=_tuple)
    where: Literal["body", "title"] = attrs.field(
        default="body", kw_only=True, validator=_one_of(_WHERE)
    )
    freq: str | None = _offset()
    quant: str | None = _offset()


@attrs.frozen
class Speaker:
    """Who is speaking: the mention in the text and the person it resolves to."""

    text: str
    start: int = _offset(0)
    end: int = _offset(0)
    source_start: int | None = _offset()
    source_end: int | None = attrs.field(default=None, kw_only=True, validator=_span)
    name: str | None = _offset()
    role: str | None = _offset()
    person: str | None = _offset()
    where: Literal["body", "title"] = attrs.field(
        default="body", kw_only=True, validator=_one_of(_WHERE)
    )


@attrs.frozen
class Quote:
    """What somebody said: ``text`` from one or more ``parts``, its cue and speaker."""

    text: str
    kind: str = attrs.field(kw_only=True, validator=_one_of(QUOTE_KINDS))
    start: int = _offset(0)
    end: int = _offset(0)
    source_start: int | None = _offset()
    source_end: int | None = attrs.field(default=None, kw_only=True, validator=_span)
    parts: tuple[Mention, ...] = attrs.field(factory=tuple, kw_only=True, converter=_tuple)
    cue: Mention | None = _offset()
    speaker: Speaker | None = _offset()
    addressee: Mention | None = _offset()
    reported_by: Speaker | None = _offset()
    where: Literal["body", "title"] = attrs.field(
        default="body", kw_only=True, validator=_one_of(_WHERE)
    )


@attrs.frozen
class Person:
    """A person named in the document, once, with the quotes attributed to them."""

    id: str
    name: str
    variants: tuple[str, ...] = attrs.field(factory=tuple, kw_only=True, converter=_tuple)
    roles: tuple[str, ...] = attrs.field(factory=tuple, kw_only=True, converter=_tuple)
    quotes: tuple[int, ...] = attrs.field(factory=tuple, kw_only=True, converter=_tuple)


@attrs.frozen
class Diagnostic:
    """A warning recorded on the document (a plugin failure, a doubtful rule, …)."""

    code: str
    message: str
    plugin: str | None = _offset()
    stage: str | None = _offset()


# --- the document --------------------------------------------------------------


def _layout(blocks: Any) -> tuple[Block, ...]:
    """Assign each block its offsets in the joined text."""
    out: list[Block] = []
    pos = 0
    sep = len(SEPARATOR)
    for b in blocks or ():
        if type(b) is not Block:
            raise TypeError(f"body must hold Block objects, not {type(b).__name__}")
        end = pos + len(b.text)
        if b.start != pos or b.end != end:
            b = _replace(b, start=pos, end=end)  # the block was checked when made; only its offsets change
        out.append(b)
        pos = end + sep
    return tuple(out)


_COPIERS: dict[type, Any] = {}


def _replace(obj: Any, **changes: Any) -> Any:
    """A copy of the frozen *obj* with *changes*, without re-running validators.

    Only for changes the caller has already checked (source offsets it computed).
    """
    cls = type(obj)
    copiers = _COPIERS.get(cls)
    if copiers is None:
        copiers = _COPIERS[cls] = _copiers(cls)
    return copiers[1](obj, changes) if changes else copiers[0](obj)


_SOURCE_SETTERS: dict[type, Any] = {}


def _with_source(obj: Any, source_start: int | None, source_end: int | None) -> Any:
    """A copy of the frozen annotation *obj* with its source span set (nothing else changes)."""
    cls = type(obj)
    setter = _SOURCE_SETTERS.get(cls)
    if setter is None:
        spans = {"source_start": "s", "source_end": "e"}
        setter = _SOURCE_SETTERS[cls] = _generate(
            cls, "copy", "obj, s, e", [(n, spans.get(n, f"obj.{n}")) for n in _field_names(cls)]
        )
    return setter(obj, source_start, source_end)


def _copiers(cls: type) -> tuple[Any, Any]:
    """``copy(obj)`` and ``copy(obj, changes)`` for the attrs class *cls* (see :func:`_generate`)."""
    names = _field_names(cls)
    return (
        _generate(cls, "copy", "obj", [(n, f"obj.{n}") for n in names]),
        _generate(cls, "copy", "obj, changes", [(n, f"changes[{n!r}] if {n!r} in changes else obj.{n}") for n in names]),
    )


def _field_names(cls: type) -> tuple[str, ...]:
    names = tuple(f.name for f in attrs.fields(cls))
    if not all(n.isidentifier() for n in names):  # pragma: no cover - attrs names are identifiers
        raise TypeError(f"cannot copy {cls.__name__}")
    return names


def _generate(cls: type, name: str, params: str, values: list[tuple[str, str]]) -> Any:
    """A function ``name(params)`` making a new *cls* whose fields are set to *values* (field,
    expression) one statement each, without ``__init__``: no validators, no converters.

    Generated (as attrs generates ``__init__``) so that it costs no loop and no lookup by name:
    a slotted field is set through its slot's own setter, about twice as fast as
    ``object.__setattr__`` with the name.
    """
    scope: dict[str, Any] = {"_new": object.__new__, "_set": object.__setattr__, "cls": cls}
    lines = [f"def {name}({params}):", "    new = _new(cls)"]
    for field, expr in values:
        slot = next((k.__dict__[field] for k in cls.__mro__ if field in k.__dict__), None)
        if isinstance(slot, types.MemberDescriptorType):
            scope[f"_set_{field}"] = slot.__set__
            lines.append(f"    _set_{field}(new, {expr})")
        else:
            lines.append(f"    _set(new, {field!r}, {expr})")
    lines.append("    return new")
    exec("\n".join(lines), scope)  # code built from the class's own field names only
    return scope[name]


_TRUSTED_FIELDS = {
    Mention: ("text", "start", "end", "source_start", "source_end", "where"),
    Speaker: ("text", "start", "end", "source_start", "source_end", "name", "role", "person", "where"),
    Quote: (
        "text", "kind", "start", "end", "source_start", "source_end",
        "parts", "cue", "speaker", "addressee", "reported_by", "where",
    ),
    Person: ("id", "name", "variants", "roles", "quotes"),
    Interval: ("start", "end"),
    TimeExpression: (
        "text", "type", "value", "start", "end", "source_start", "source_end", "mod", "timezone",
        "interval", "same_as", "anchor", "alternatives", "where", "freq", "quant",
    ),
}  # fmt: skip
"""The fields the fast constructors below set, by class (a test checks them against attrs)."""


def _build(cls: type, **values: Any) -> Any:
    """An instance of the attrs class *cls* with *values*, without validators or converters.

    Every field of ``_TRUSTED_FIELDS[cls]`` is set; one not in *values* is ``None``.
    """
    maker = _MAKERS.get(cls)
    if maker is None:
        maker = _MAKERS[cls] = _maker(cls)
    return maker(**values)


_MAKERS: dict[type, Any] = {}


def _maker(cls: type) -> Any:
    """``make(**values) -> instance`` for *cls*, one statement per trusted field (see :func:`_generate`)."""
    names = _TRUSTED_FIELDS[cls]
    return _generate(cls, "make", f"*, {', '.join(f'{n}=None' for n in names)}", [(n, n) for n in names])


def _check_span(cls: type, start: int, end: int) -> None:
    if not 0 <= start <= end:
        raise ValueError(f"{cls.__name__}: invalid span start={start}, end={end}")


def _mention(text: str, start: int, end: int, where: str = "body") -> Mention:
    """``Mention(text, start=start, end=end, where=where)`` for built-in stages, faster.

    Only for values the caller made itself (*text* sliced from the text at
    *start*:*end*, *where* ``"body"`` or ``"title"``); the span is still checked.
    """
    _check_span(Mention, start, end)
    return _build(Mention, text=text, start=start, end=end, where=where)


def _speaker(
    text: str,
    start: int,
    end: int,
    name: str | None,
    role: str | None,
    person: str | None,
    where: str = "body",
) -> Speaker:
    """``Speaker(text, start=…, end=…, name=…, role=…, person=…, where=…)``, faster (see :func:`_mention`)."""
    _check_span(Speaker, start, end)
    return _build(Speaker, text=text, start=start, end=end, name=name, role=role, person=person, where=where)


def _quote(
    text: str,
    kind: str,
    start: int,
    end: int,
    parts: tuple[Mention, ...],
    cue: Mention | None,
    speaker: Speaker | None,
    addressee: Mention | None,
    reported_by: Speaker | None,
    where: str = "body",
) -> Quote:
    """``Quote(text, kind=…, start=…, …)`` for built-in stages, faster (see :func:`_mention`)."""
    if kind not in QUOTE_KINDS:
        raise ValueError(f"kind must be one of {sorted(QUOTE_KINDS)}, got {kind!r}")
    _check_span(Quote, start, end)
    return _build(
        Quote,
        text=text,
        kind=kind,
        start=start,
        end=end,
        parts=tuple(parts),
        cue=cue,
        speaker=speaker,
        addressee=addressee,
        reported_by=reported_by,
        where=where,
    )


def _person(id: str, name: str, variants: Any, roles: Any, quotes: Any) -> Person:
    """``Person(id, name, variants=…, roles=…, quotes=…)``, faster (see :func:`_mention`)."""
    return _build(
        Person, id=id, name=name, variants=_tuple(variants), roles=_tuple(roles), quotes=_tuple(quotes)
    )


def _interval(start: _dt.datetime, end: _dt.datetime) -> Interval:
    """``Interval(start, end)`` for built-in stages, faster; still aware and ordered (see :func:`_mention`)."""
    if start.tzinfo is None or end.tzinfo is None or start > end:
        return Interval(start, end)  # the public constructor raises its own error
    return _build(Interval, start=start, end=end)


def _time(
    text: str,
    type: str,
    value: str,
    start: int,
    end: int,
    *,
    mod: str | None = None,
    timezone: str | None = None,
    interval: Interval | None = None,
    same_as: int | None = None,
    anchor: str | None = None,
    alternatives: tuple[str, ...] = (),
    where: str = "body",
    freq: str | None = None,
    quant: str | None = None,
) -> TimeExpression:
    """``TimeExpression(text, type=…, value=…, …)`` for built-in stages, faster (see :func:`_mention`)."""
    if type not in _TIME_TYPES or where not in _WHERE:
        raise ValueError(f"TimeExpression: type {type!r} or where {where!r} is not one of the allowed values")
    _check_span(TimeExpression, start, end)
    return _build(
        TimeExpression,
        text=text,
        type=type,
        value=value,
        start=start,
        end=end,
        mod=mod,
        timezone=timezone,
        interval=interval,
        same_as=same_as,
        anchor=anchor,
        alternatives=_tuple(alternatives),
        where=where,
        freq=freq,
        quant=quant,
    )


def _frozen_map(value: Mapping[str, Any] | None) -> FrozenDict:
    return value if isinstance(value, FrozenDict) else FrozenDict(value)


def _with_extension(document: Document, name: str, values: Mapping[str, Any]) -> Document:
    """*document* with *values* added to ``extensions[name]`` (keys already there are kept
    unless *values* has them). Only the extensions change, so nothing is laid out or
    checked again."""
    mine = document.extensions.get(name) if document.extensions else None
    merged = {**dict(mine.items()), **values} if hasattr(mine, "items") else dict(values)
    return _replace(document, extensions=_frozen_map({**document.extensions, name: merged}))


_ANNOTATION_FIELDS = frozenset({"dateline", "times", "quotes", "people", "warnings", "plugins"})


def _added(old: tuple, new: tuple) -> tuple:
    """The items of *new* that are not *old*'s own (*new* usually extends *old*)."""
    n = len(old)
    if len(new) >= n and all(a is b for a, b in zip(old, new[:n], strict=True)):
        return new[n:]
    return new


@attrs.frozen
class Document:
    """A news article read, cleaned and annotated by newskit.

    ``text`` is derived: the body blocks joined by blank lines. ``credits``
    holds production credits (``Reporting by …; editing by …``).
    ``plugins`` maps the name of every plugin that contributed to it to its version;
    ``extensions`` is the namespaced place for plugin data
    (``doc.extensions["my-plugin"]``), frozen deeply.
    """

    url: str | None = None
    site: str | None = None
    language: str | None = None
    input_kind: Literal["text", "html"] = attrs.field(
        default="text", validator=_one_of(frozenset({"text", "html"}))
    )
    title: str | None = None
    authors: tuple[str, ...] = attrs.field(factory=tuple, converter=_tuple)
    published: _dt.datetime | None = attrs.field(default=None, validator=_aware)
    updated: _dt.datetime | None = attrs.field(default=None, validator=_aware)
    credits: tuple[str, ...] = attrs.field(factory=tuple, converter=_tuple)
    body: tuple[Block, ...] = attrs.field(factory=tuple, converter=_layout)
    removed: tuple[Removal, ...] = attrs.field(factory=tuple, converter=_tuple)
    comments: tuple[Comment, ...] = attrs.field(factory=tuple, converter=_tuple)
    dateline: Dateline | None = None
    times: tuple[TimeExpression, ...] = attrs.field(factory=tuple, converter=_tuple)
    quotes: tuple[Quote, ...] = attrs.field(factory=tuple, converter=_tuple)
    people: tuple[Person, ...] = attrs.field(factory=tuple, converter=_tuple)
    warnings: tuple[Diagnostic, ...] = attrs.field(factory=tuple, converter=_tuple)
    plugins: FrozenDict = attrs.field(factory=FrozenDict, converter=_frozen_map)
    extensions: FrozenDict = attrs.field(factory=FrozenDict, converter=_frozen_map)
    text: str = attrs.field(init=False, eq=False, repr=False)
    _starts: tuple[int, ...] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "text", SEPARATOR.join(b.text for b in self.body))
        object.__setattr__(self, "_starts", tuple(b.start for b in self.body))
        self._check_spans()

    def text_of(self, where: str) -> str:
        """The text that annotations with this ``where`` index: the body text or the title."""
        return (self.title or "") if where == "title" else self.text

    def _check_spans(self) -> None:
        self._check_annotations(self.dateline, self.times, self.quotes, len(self.times))

    def _check_annotations(
        self, dateline: Dateline | None, times: Any, quotes: Any, n_times: int, times_from: int = 0
    ) -> None:
        """Check that these annotations lie inside the text they index and quote it exactly.

        ``same_as`` of *times* (numbered from *times_from*) must be below *n_times*. Used on construction for all
        annotations, and by the pipeline for the ones a stage adds (the others were checked).
        """
        anchored: list[Any] = []
        if dateline is not None:
            anchored.append(dateline)
        anchored.extend(times)
        for q in quotes:
            anchored.extend(p for p in (q.cue, q.speaker, q.addressee, q.reported_by) if p)
            anchored.extend(q.parts)
            if q.end > len(self.text_of(q.where)):
                raise ValueError(f"quote span {q.start}-{q.end} outside the {q.where}")
        body = self.text
        for a in anchored:
            text = self.text_of(a.where) if getattr(a, "where", "body") != "body" else body
            if a.end > len(text):
                raise ValueError(
                    f"{type(a).__name__} span {a.start}-{a.end} outside the text ({len(text)} chars)"
                )
            if text[a.start : a.end] != a.text:
                raise ValueError(
                    f"{type(a).__name__} text {a.text!r} does not match the text at "
                    f"{a.start}-{a.end}: {text[a.start : a.end]!r}"
                )
        for i, t in enumerate(times, times_from):
            if t.same_as is not None and not 0 <= t.same_as < n_times:
                raise ValueError(f"times[{i}].same_as={t.same_as} is not an index of times")

    def _annotated(self, **changes: Any) -> Document:
        """A copy with *changes* to ``dateline``, ``times``, ``quotes``, ``people``, ``warnings``, ``plugins``.

        What :func:`attrs.evolve` would give, faster: only the annotations that are
        not already in this document are checked (this one was checked when it was
        made), and the text and block layout are kept. Raises the same errors as
        ``evolve`` for a bad span. Values must already be tuples (``plugins`` any mapping).
        """
        unknown = set(changes) - _ANNOTATION_FIELDS
        if unknown:
            raise TypeError(f"_annotated() cannot change {sorted(unknown)}")
        for name in ("times", "quotes", "people", "warnings"):
            if name in changes and type(changes[name]) is not tuple:
                changes[name] = _tuple(changes[name])
        if "plugins" in changes:
            changes["plugins"] = _frozen_map(changes["plugins"])
        times = changes.get("times", self.times)
        new_times = _added(self.times, times) if "times" in changes else ()
        dateline = changes.get("dateline")
        self._check_annotations(
            dateline if dateline is not self.dateline else None,
            new_times,
            _added(self.quotes, changes["quotes"]) if "quotes" in changes else (),
            len(times),
            len(times) - len(new_times),
        )
        return _replace(self, **changes)

    # --- offsets ---------------------------------------------------------------

    def block_at(self, pos: int) -> Block | None:
        """The body block containing offset *pos* of :attr:`text`, if any."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and pos <= self.body[i].end:
            return self.body[i]
        return None

    def source_span(self, start: int, end: int) -> tuple[int | None, int | None]:
        """Map a span of :attr:`text` to offsets in the original input.

        Returns ``(None, None)`` when the span does not lie inside one block
        whose text is an exact slice of the input (HTML input, edited blocks).
        """
        b = self.block_at(start)
        if b is None or not b.exact or end > b.end:
            return None, None
        return b.source_start + (start - b.start), b.source_start + (end - b.start)

    def anchor(self, annotation: Any) -> Any:
        """Return *annotation* with its source span filled in from its text span.

        Annotations of the title are mapped through the title's removal record.
        """
        return self._anchored(annotation, self._stretch(annotation))

    def _anchored(self, annotation: Any, stretch: tuple[str, int, int, int] | None) -> Any:
        """:meth:`anchor`, trying first the mapped stretch (:meth:`_stretch`) of a neighbouring
        annotation: one inside it is mapped without looking its block up again."""
        a, b = annotation.start, annotation.end
        if stretch is None or getattr(annotation, "where", "body") != stretch[0] or not stretch[1] <= a <= b <= stretch[2]:
            stretch = self._stretch(annotation)
        s, e = (None, None) if stretch is None else (a + stretch[3], b + stretch[3])
        if annotation.source_start == s and annotation.source_end == e:
            return annotation
        return _with_source(annotation, s, e)

    def _stretch(self, annotation: Any) -> tuple[str, int, int, int] | None:
        """``(where, lo, hi, shift)``: the exact stretch of text holding *annotation*'s span, whose
        offsets plus *shift* are offsets into the input; ``None`` when no such stretch holds it."""
        start, end = annotation.start, annotation.end
        if getattr(annotation, "where", "body") == "title":
            for r in self.removed:
                if r.field == "title" and r.text == self.title and r.source_start is not None:
                    if r.source_end - r.source_start == len(r.text):
                        return "title", -(2**62), 2**62, r.source_start  # any span of the title, as ever
                    break
            return None
        blk = self.block_at(start)
        if blk is None or not blk.exact or end > blk.end:
            return None
        return "body", blk.start, blk.end, blk.source_start - blk.start

    # --- loading ----------------------------------------------------------------

    @classmethod
    def from_json(cls, s: str | bytes) -> Document:
        """Load a document from the ``json`` output of :func:`newskit.render`."""
        from .serialize import document_from_json

        return document_from_json(s)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Document:
        """Load a document from the dict form of its JSON output."""
        from .serialize import document_from_dict

        return document_from_dict(d)

    def to_dict(self) -> dict[str, Any]:
        """The document as plain JSON-compatible data (the ``json`` format's content)."""
        from .serialize import document_to_dict

        return document_to_dict(self)
