"""The pipeline: read → identify site → clean → dateline → times → quotes → render.

A :class:`Pipeline` owns its plugin manager; :func:`newskit.process` and
:func:`newskit.render` use a default one built on first use from the built-in
and installed plugins.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import functools
import inspect
import os
import signal
import threading
import types
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Literal

import attrs

from .arguments import check_list, check_on_error, check_whole
from .edits import Cut, Relabel, apply_edits
from .errors import InputError, NewskitError, PluginError, UnknownFormatError
from .markers import SITES_ATTRIBUTE
from .model import Dateline, Diagnostic, Document, Person, Quote, Speaker, TimeExpression, _replace
from .plugins import PluginInfo, PluginSet
from .source import DEFAULT_MAX_BYTES, NAIVE_PUBLISHED, Source, load_source, parse_published

OnError = Literal["raise", "record"]


@attrs.frozen
class Format:
    """An output format registered through ``newskit_register_formats``."""

    name: str
    render: Callable[[Document], str] = attrs.field(repr=False)
    media_type: str = "text/plain"
    extension: str = "txt"
    description: str = ""
    plugin: str = ""
    options: tuple[str, ...] = ()
    """Keyword options the renderer accepts (``render(doc, "csv", table="times")``)."""


def _option_names(render: Callable[..., str]) -> tuple[str, ...]:
    try:
        params = list(inspect.signature(render).parameters.values())[1:]
    except (TypeError, ValueError):
        return ()
    return tuple(p.name for p in params if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD))


_ANY_SITE: Any = object()
"""For :meth:`Run._impls`: call every implementation, whatever sites it declared."""


class Run:
    """One document's trip through the stages; passed to ``newskit_process_document``.

    Each method calls one stage's hook, implementation by implementation, so
    a failure names its plugin. With ``on_error="record"`` a failing plugin is
    skipped and its failure is recorded in the document's ``warnings``.
    """

    def __init__(
        self, plugins: PluginSet, source: Source, on_error: OnError = "raise", timeout: float | None = None
    ) -> None:
        self.plugins = plugins
        self.source = source
        self.on_error = on_error
        self.timeout = timeout
        self.diagnostics: list[Diagnostic] = []
        self.ran: dict[str, None] = {}  # plugins that contributed, in order
        self.naive_published = False  # the published time given had no zone

    # --- calling implementations ------------------------------------------------

    def _impls(self, hook: str, for_site: Any = _ANY_SITE) -> list[Any]:
        """*hook*'s implementations in calling order; given the document's site (*for_site*),
        without those that declared other sites (:func:`~newskit.markers.for_sites`)."""
        impls = reversed(getattr(self.plugins.pm.hook, hook).get_hookimpls())
        if for_site is _ANY_SITE:
            return list(impls)
        return [i for i in impls if for_site in getattr(i.function, SITES_ATTRIBUTE, (for_site,))]

    def _fail(self, plugin: str, stage: str, hook: str, message: str, cause: BaseException | None) -> None:
        err = PluginError(
            message,
            plugin=plugin,
            version=self.plugins.versions.get(plugin),
            stage=stage,
            hook=hook,
            document=self.source.label,
        )
        if self.on_error == "raise":
            raise err from cause
        self.diagnostics.append(Diagnostic("plugin-error", str(err), plugin=plugin, stage=stage))

    def _first(
        self, hook: str, stage: str, expect: Any, *, for_site: Any = _ANY_SITE, **kwargs: Any
    ) -> tuple[str, Any] | None:
        """Call implementations until one returns something; check its type.

        Returns the plugin's name and its result, or ``None``. *for_site*: see :meth:`_impls`.
        """
        for impl in self._impls(hook, for_site):
            res = self._call_one(impl, hook, stage, kwargs)
            if res is None:
                continue
            if isinstance(res, expect):
                return impl.plugin_name, res
            self._fail(
                impl.plugin_name,
                stage,
                hook,
                f"returned {type(res).__name__}, expected {_names(expect)}",
                None,
            )
        return None

    def _call_one(self, impl: Any, hook: str, stage: str, kwargs: dict[str, Any]) -> Any:
        try:
            if self.timeout is not None and _can_time_out():
                with _deadline(self.timeout):
                    result = impl.function(*[kwargs[a] for a in impl.argnames])
            else:
                result = impl.function(*[kwargs[a] for a in impl.argnames])
        except PluginTimeout as e:
            self._fail(impl.plugin_name, stage, hook, f"ran longer than {self.timeout:g} s", e)
            return None
        except Exception as e:  # noqa: BLE001 - reported with the plugin's name
            self._fail(impl.plugin_name, stage, hook, f"{type(e).__name__}: {e}", e)
            return None
        if result is not None:
            self.ran[impl.plugin_name] = None  # it contributed to this document
        return result

    def _collect(
        self, hook: str, stage: str, expect: Any, *, for_site: Any = _ANY_SITE, **kwargs: Any
    ) -> list[tuple[str, list[Any]]]:
        """Call every implementation; return each plugin's type-checked items.

        :class:`~newskit.model.Diagnostic` items are taken out and recorded as
        the document's warnings, with the plugin and stage filled in. *for_site*: see :meth:`_impls`.
        """
        out = []
        for impl in self._impls(hook, for_site):
            res = self._call_one(impl, hook, stage, kwargs)
            if res is None:
                continue
            name = impl.plugin_name
            try:
                items = list(res)
            except Exception as e:  # noqa: BLE001 - a broken generator is the plugin's fault
                self._fail(name, stage, hook, f"{type(e).__name__}: {e}", e)
                continue
            if any(type(x) is Diagnostic for x in items):
                for d in items:
                    if type(d) is Diagnostic:
                        self.diagnostics.append(
                            attrs.evolve(d, plugin=d.plugin or name, stage=d.stage or stage)
                        )
                items = [x for x in items if type(x) is not Diagnostic]
            bad = [x for x in items if not isinstance(x, expect)]
            if bad:
                self._fail(
                    name, stage, hook, f"returned {type(bad[0]).__name__}, expected {_names(expect)}", None
                )
                continue
            out.append((name, items))
        return out

    def _attach(
        self, document: Document, changes: dict[str, Any], plugin: str, hook: str, stage: str
    ) -> Document:
        """Evolve *document*; an invalid annotation is the plugin's failure.

        Only the annotations the stage adds are checked again (the document's own were checked already).
        """
        try:
            return document._annotated(**changes)
        except (TypeError, ValueError) as e:
            self._fail(plugin, stage, hook, f"returned an invalid annotation: {e}", e)
            return document

    # --- stages ---------------------------------------------------------------------

    def identify_site(self, source: Source) -> str | None:
        """Stage *identify*: the site key, from the caller or the first plugin that knows."""
        if source.site:
            return source.site
        found = self._first("newskit_identify_site", "identify", str, source=source)
        return found[1] if found else None

    def read(self, source: Source, site: str | None) -> Document:
        """Stage *read*: the first reader that returns a document."""
        found = self._first("newskit_read", "read", Document, for_site=site, source=source, site=site)
        if found is None:
            raise PluginError(
                f"no reader could read this {source.kind} input", stage="read", document=source.label
            )
        doc = found[1]
        # what attrs.evolve gives (these fields have no converters), without laying out the
        # blocks and checking the annotations again: only the field validators run (the model's errors)
        warnings = doc.warnings
        if source.published is not None:  # the given time, not the page's: its warning is the one that counts
            warnings = tuple(w for w in warnings if w.code != NAIVE_PUBLISHED)
            if self.naive_published:
                note = "published had no time zone: written as UTC, read as local time in the story's zone"
                warnings = (*warnings, Diagnostic(NAIVE_PUBLISHED, note, stage="read"))
        new = _replace(
            doc,
            url=source.url or doc.url,
            site=site or doc.site,
            language=source.language or doc.language,
            input_kind=source.kind,
            published=source.published or doc.published,
            warnings=warnings,
        )
        attrs.validate(new)
        return new

    def clean(self, document: Document, source: Source) -> Document:
        """Stage *clean*: gather every plugin's edits and apply them."""
        found = self._collect(
            "newskit_clean", "clean", (Cut, Relabel), for_site=document.site, document=document, source=source
        )
        # Where cuts overlap the earlier edit wins: a site's or theme's own rules say what they
        # cut before the built-in generic rules, whatever order the plugins were registered in.
        found.sort(key=lambda item: item[0].startswith("newskit."))
        edits = [(name, e) for name, items in found for e in items]
        return apply_edits(document, edits) if edits else document

    def parse_dateline(self, document: Document) -> Document:
        """Stage *dateline*: the dateline, with its time zone looked up if needed."""
        found = self._first("newskit_parse_dateline", "dateline", Dateline, document=document)
        if found is None:
            return document
        name, dl = found
        if dl.timezone is None and dl.place:
            tz = self._first(
                "newskit_place_timezone",
                "dateline",
                str,
                place=dl.place,
                region=dl.region,
                country=dl.country,
            )
            dl = attrs.evolve(dl, timezone=tz[1] if tz else None)
        try:
            dl = document.anchor(dl)
        except (TypeError, ValueError) as e:
            self._fail(name, "dateline", "newskit_parse_dateline", f"returned an invalid dateline: {e}", e)
            return document
        return self._attach(document, {"dateline": dl}, name, "newskit_parse_dateline", "dateline")

    def find_times(self, document: Document) -> Document:
        """Stage *times*: every plugin's time expressions, sorted, links renumbered."""
        tagged: list[tuple[int, int, TimeExpression]] = []  # (plugin no., local index, expr)
        for p, (name, items) in enumerate(
            self._collect("newskit_find_times", "times", TimeExpression, document=document)
        ):
            anchored = [document.anchor(t) for t in items]
            try:  # spans, texts and same_as (an index of this plugin's list) are checked once, here
                document._check_annotations(None, anchored, (), len(anchored))
            except (TypeError, ValueError) as e:
                self._fail(name, "times", "newskit_find_times", f"returned an invalid annotation: {e}", e)
                continue
            tagged.extend((p, i, t) for i, t in enumerate(anchored))
        if not tagged:
            return document
        order = sorted(range(len(tagged)), key=lambda k: (tagged[k][2].start, tagged[k][2].end, k))
        base = len(document.times)
        new_index = {(tagged[k][0], tagged[k][1]): base + pos for pos, k in enumerate(order)}
        times = []
        for k in order:
            p, _i, t = tagged[k]
            if t.same_as is not None:
                t = _replace(t, same_as=new_index.get((p, t.same_as)))
            times.append(t)
        return _replace(document, times=(*document.times, *times))

    def speech_verbs(self, language: str | None) -> frozenset[str]:
        """Every speech verb contributed for *language*.

        The answer depends only on the language and the plugins, so it is kept for
        the next documents of this plugin set once every implementation answered
        without a failure (a failure is recorded again on every document).
        """
        impls = tuple(self.plugins.pm.hook.newskit_speech_verbs.get_hookimpls())
        cache = _SPEECH_VERBS.get(self.plugins)
        hit = cache.get((language, impls)) if cache is not None else None
        if hit is not None:
            verbs_, contributors = hit
            for name in contributors:
                self.ran[name] = None
            return verbs_
        failures = len(self.diagnostics)
        verbs: set[str] = set()
        contributed = []
        for name, items in self._collect("newskit_speech_verbs", "quotes", str, language=language):
            verbs.update(items)
            contributed.append(name)
        answer = frozenset(verbs)
        if len(self.diagnostics) == failures:
            if cache is None or len(cache) >= 64:
                cache = _SPEECH_VERBS[self.plugins] = {}
            cache[(language, impls)] = (answer, tuple(contributed))
        return answer

    def find_quotes(self, document: Document) -> Document:
        """Stage *quotes*: quotes and people from every plugin."""
        verbs = self.speech_verbs(document.language)
        for name, items in self._collect(
            "newskit_find_quotes", "quotes", (Quote, Person), document=document, speech_verbs=verbs
        ):
            base = len(document.quotes)
            taken = {p.id for p in document.people}
            try:
                quotes = [_anchor_quote(document, q) for q in items if isinstance(q, Quote)]
                people = [
                    _replace(
                        p,
                        id=f"{name}:{p.id}" if p.id in taken else p.id,
                        quotes=tuple(base + i for i in p.quotes),
                    )
                    for p in items
                    if isinstance(p, Person)
                ]
            except (TypeError, ValueError) as e:
                self._fail(name, "quotes", "newskit_find_quotes", f"returned an invalid quote: {e}", e)
                continue
            document = self._attach(
                document,
                {"quotes": (*document.quotes, *quotes), "people": (*document.people, *people)},
                name,
                "newskit_find_quotes",
                "quotes",
            )
        return document

    def execute(self, source: Source) -> Document:
        """Run all stages in the default order."""
        site = self.identify_site(source)
        doc = self.read(source, site)
        doc = self.clean(doc, source)
        doc = self.parse_dateline(doc)
        doc = self.find_times(doc)
        return self.find_quotes(doc)

    def finish(self, document: Document) -> Document:
        """Record the warnings gathered and the plugins that contributed."""
        plugins = {name: self.plugins.versions.get(name) or "" for name in sorted(self.ran)}
        return document._annotated(
            warnings=(*document.warnings, *self.diagnostics),
            plugins={**document.plugins, **plugins},
        )


class PluginTimeout(Exception):
    """Raised in a plugin that ran past the pipeline's ``plugin_timeout``."""


def _can_time_out() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Interrupt the code inside after *seconds* (main thread, POSIX: uses SIGALRM)."""

    def expire(_signum: int, _frame: Any) -> None:
        raise PluginTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _names(expect: Any) -> str:
    types_ = expect if isinstance(expect, tuple) else (expect,)
    return " or ".join(t.__name__ for t in types_)


_SPEECH_VERBS: weakref.WeakKeyDictionary[PluginSet, dict[Any, tuple[frozenset[str], tuple[str, ...]]]] = (
    weakref.WeakKeyDictionary()
)
"""Speech verbs by plugin set, then by (language, implementations): see :meth:`Run.speech_verbs`."""


def _anchor_quote(doc: Document, q: Quote) -> Quote:
    """*q* and its parts with their source spans (only offsets change: no checks to run again).

    The quote's own stretch of text is looked up once and serves its parts, cue and
    speaker when they lie in it (they mostly do); nothing already anchored is copied.
    """
    stretch = doc._stretch(q)

    def anchored(x: Any) -> Any:
        return doc._anchored(x, stretch) if x is not None else None

    parts = tuple([anchored(p) for p in q.parts])
    cue, addressee, reported_by = anchored(q.cue), anchored(q.addressee), anchored(q.reported_by)
    speaker = anchored(q.speaker) if isinstance(q.speaker, Speaker) else q.speaker
    new = doc._anchored(q, stretch)
    if (
        new is q
        and cue is q.cue
        and speaker is q.speaker
        and addressee is q.addressee
        and reported_by is q.reported_by
        and all(a is b for a, b in zip(parts, q.parts, strict=True))
    ):
        return q
    return _replace(
        new,
        parts=parts,
        cue=cue,
        speaker=speaker,
        addressee=addressee,
        reported_by=reported_by,
    )


def _blame(exc: BaseException, plugins: PluginSet, hook: str) -> str | None:
    """The plugin whose implementation of *hook* appears in *exc*'s traceback."""
    codes = {
        getattr(impl.function, "__code__", None): impl.plugin_name
        for impl in getattr(plugins.pm.hook, hook).get_hookimpls()
    }
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code in codes:
            return codes[tb.tb_frame.f_code]
        tb = tb.tb_next
    return None


class Pipeline:
    """A configured newskit: its plugins, and ``process``/``render``/``formats``.

    :param plugins: extra plugin objects (modules, classes or instances) to register.
    :param block: names of plugins not to load (adds to ``NEWSKIT_BLOCK_PLUGINS``).
    :param entry_points: load installed plugins (default: yes, unless
        ``NEWSKIT_NO_ENTRY_POINTS=1``).
    :param on_error: ``"raise"`` a :class:`~newskit.errors.PluginError` when a
        plugin fails, or ``"record"`` it in the document's ``warnings`` and go on.
    :param max_bytes: refuse inputs larger than this.
    :param plugin_timeout: seconds one plugin call may take before it is
        interrupted and reported as failed (on POSIX, in the main thread; ``None``: no limit).
    """

    def __init__(
        self,
        *,
        plugins: Iterable[Any] = (),
        block: Iterable[str] = (),
        entry_points: bool | None = None,
        on_error: OnError = "raise",
        max_bytes: int = DEFAULT_MAX_BYTES,
        plugin_timeout: float | None = None,
    ) -> None:
        check_on_error(on_error)
        check_list("plugins", plugins)
        check_list("block", block)
        block = tuple(block)
        if not all(isinstance(b, str) for b in block):
            raise InputError("block must be a list of plugin names (strings)")
        check_whole("max_bytes", max_bytes, least=1)
        if plugin_timeout is not None and (
            isinstance(plugin_timeout, bool) or not isinstance(plugin_timeout, (int, float)) or plugin_timeout <= 0
        ):
            raise InputError("plugin_timeout must be a positive number of seconds")
        self.plugin_set = PluginSet(plugins=plugins, block=block, entry_points=entry_points)
        self.on_error: OnError = on_error
        self.max_bytes = max_bytes
        self.plugin_timeout = plugin_timeout
        self._formats = self._register_formats()

    @property
    def load_errors(self) -> tuple[PluginError, ...]:
        """Plugins that failed to load (they were skipped)."""
        return tuple(self.plugin_set.load_errors)

    def _register_formats(self) -> Mapping[str, Format]:
        found: dict[str, Format] = {}
        hook = self.plugin_set.pm.hook.newskit_register_formats
        for impl in reversed(hook.get_hookimpls()):
            name = impl.plugin_name

            def register(
                fmt: str,
                render: Callable[[Document], str],
                *,
                media_type: str = "text/plain",
                extension: str = "txt",
                description: str = "",
                _plugin: str = name,
            ) -> None:
                if not callable(render):
                    raise TypeError(f"render for format {fmt!r} is not callable")
                found.setdefault(
                    fmt,
                    Format(fmt, render, media_type, extension, description, _plugin, _option_names(render)),
                )

            try:
                impl.function(*[{"register": register}[a] for a in impl.argnames])
            except Exception as e:  # noqa: BLE001 - a broken plugin must not stop the others
                self.plugin_set.load_errors.append(
                    PluginError(f"{type(e).__name__}: {e}", plugin=name, hook="newskit_register_formats")
                )
        return types.MappingProxyType(dict(sorted(found.items())))

    def formats(self) -> Mapping[str, Format]:
        """The registered output formats, by name."""
        return self._formats

    def plugins(self, *, include_builtins: bool = True) -> list[PluginInfo]:
        """Name, version and hooks of every registered plugin."""
        return self.plugin_set.info(include_builtins=include_builtins)

    def check(self) -> list[str]:
        """Problems with the plugins: load failures, and failures on sample articles.

        Runs every stage on a small text and a small HTML article with failures
        recorded, then renders the results in every format. An empty list means
        every plugin loaded and ran cleanly.
        """
        problems = [str(e) for e in self.load_errors]
        for sample in (_SAMPLE_TEXT, _SAMPLE_HTML):
            try:
                doc = self.process(sample, url="https://newskit.invalid/check", on_error="record")
            except NewskitError as e:
                problems.append(str(e))
                continue
            problems.extend(w.message for w in doc.warnings if w.code == "plugin-error")
            for name in self._formats:
                try:
                    self.render(doc, name)
                except NewskitError as e:
                    problems.append(f"format {name!r}: {e}")
        return problems

    def process(
        self,
        source: str | bytes | os.PathLike[str],
        *,
        url: str | None = None,
        published: _dt.datetime | str | None = None,
        site: str | None = None,
        language: str | None = None,
        on_error: OnError | None = None,
    ) -> Document:
        """Read, clean and annotate one article; see :func:`newskit.process`."""
        mode = on_error or self.on_error
        check_on_error(mode)
        when, assumed_utc = parse_published(published)
        src = load_source(
            source, url=url, published=when, site=site, language=language, max_bytes=self.max_bytes
        )
        run = Run(self.plugin_set, src, mode, self.plugin_timeout)
        run.naive_published = assumed_utc
        try:
            doc = self.plugin_set.pm.hook.newskit_process_document(source=src, run=run)
        except PluginError:
            raise
        except Exception as e:
            culprit = _blame(e, self.plugin_set, "newskit_process_document")
            raise PluginError(
                f"{type(e).__name__}: {e}",
                plugin=culprit,
                version=self.plugin_set.versions.get(culprit or ""),
                stage="process",
                hook="newskit_process_document",
                document=src.label,
            ) from e
        if not isinstance(doc, Document):
            raise PluginError(
                f"newskit_process_document returned {type(doc).__name__}, expected Document",
                stage="process",
                document=src.label,
            )
        return run.finish(doc)

    def render(self, document: Document, format: str = "json", **options: Any) -> str:
        """Render *document* in a registered format; see :func:`newskit.render`."""
        fmt = self._formats.get(format)
        if fmt is None:
            raise UnknownFormatError(
                f"unknown format {format!r}; registered formats: {', '.join(self._formats)}"
            )
        unknown = sorted(set(options) - set(fmt.options))
        if unknown:
            takes = ", ".join(fmt.options) or "no options"
            raise InputError(f"format {format!r} does not take option {unknown[0]!r} (it takes: {takes})")
        try:
            out = fmt.render(document, **options)
        except NewskitError:
            raise
        except Exception as e:
            raise PluginError(f"{type(e).__name__}: {e}", plugin=fmt.plugin, stage="render") from e
        if not isinstance(out, str):
            raise PluginError(f"format {format!r} returned {type(out).__name__}, not str", plugin=fmt.plugin)
        return out


_SAMPLE_TEXT = (
    "Harbour board backs new pier: chair\n\n"
    "KARACHI: The harbour board approved a new pier on Tuesday, its chair said.\n\n"
    "“We need the berths before the monsoon,” said Amina Qureshi, the board's chair.\n\n"
    "- Advertisement -"
)
_SAMPLE_HTML = (
    "<html lang='en'><head><title>Pier approved</title>"
    "<meta property='article:published_time' content='2021-08-04T09:00:00+05:00'></head>"
    "<body><nav>Home</nav><article><h1>Pier approved</h1>"
    "<p>KARACHI: The harbour board approved a new pier on Tuesday, its chair said.</p>"
    "<p>“We need the berths before the monsoon,” said Amina Qureshi.</p></article></body></html>"
)


@functools.lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The pipeline behind :func:`newskit.process`: built-ins and installed plugins.

    Built once per process and never changed; make your own :class:`Pipeline`
    to add, block or configure plugins.
    """
    return Pipeline()


def process(
    source: str | bytes | os.PathLike[str],
    *,
    url: str | None = None,
    published: _dt.datetime | str | None = None,
    site: str | None = None,
    language: str | None = None,
) -> Document:
    """Read, clean and annotate one news article.

    :param source: plain text, HTML, bytes (any encoding) or a :class:`pathlib.Path`;
        text and HTML are told apart automatically. Gzip-compressed bytes or files
        (``page.html.gz``) are decompressed first, within the size limit.
    :param url: the article's URL, used to identify the site.
    :param published: publication time (an aware datetime or an ISO 8601 string);
        the reference time for everything relative in the article.
    :param site: a site key, to skip site identification.
    :param language: an ISO 639-1 language code, if known.
    :returns: the annotated :class:`~newskit.model.Document`.
    :raises newskit.InputError: the input cannot be read.
    :raises newskit.PluginError: a plugin failed; the error names it.
    """
    return default_pipeline().process(source, url=url, published=published, site=site, language=language)


def render(document: Document, format: str = "json", **options: Any) -> str:
    """Render *document* as ``format`` (``"json"``, ``"text"``, …; see :func:`formats`).

    *options* are passed to the format's renderer (see :attr:`Format.options`).
    """
    return default_pipeline().render(document, format, **options)


def formats() -> Mapping[str, Format]:
    """The output formats registered in the default pipeline, by name."""
    return default_pipeline().formats()
