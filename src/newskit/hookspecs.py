"""Hook specifications: the contract between newskit and its plugins.

Implement a hook with the :data:`newskit.hookimpl` marker on a function (or a
method) with the hook's name, accepting any subset of its arguments by name.
Built-in features are plugins on these same hooks. Hooks marked *first result*
stop at the first implementation that returns something other than ``None``;
the others collect what every implementation returns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from .edits import Edit
    from .model import Dateline, Document, Person, Quote, TimeExpression
    from .pipeline import Run
    from .source import Source

PROJECT = "newskit"
"""The pluggy project name, also the entry-point group of plugins."""

hookspec = pluggy.HookspecMarker(PROJECT)


@hookspec(firstresult=True)
def newskit_process_document(source: Source, run: Run) -> Document | None:
    """Run the whole pipeline on one source and return the document.

    This is the per-document *protocol* hook: the built-in implementation
    (``trylast``) calls the stages in order (identify site, read, clean,
    dateline, times, quotes) through *run*. Wrap it with
    ``@hookimpl(wrapper=True)`` to time documents or capture errors; replace it
    only to change the order of stages.

    :param source: the decoded input and the metadata given with it.
    :param run: the per-document runner; its methods call each stage's hook.
    :returns: the finished document. First result wins.
    """


@hookspec(firstresult=True)
def newskit_identify_site(source: Source) -> str | None:
    """Say which site (or CMS theme) the source comes from.

    Look at ``source.url`` (domain, path) or, for text without a URL, at
    telltale strings in ``source.text``.

    :param source: the decoded input.
    :returns: a site key such as ``"pakistantoday"``, or ``None`` if not yours.
      First result wins.
    """


@hookspec(firstresult=True)
def newskit_read(source: Source, site: str | None) -> Document | None:
    """Read the source into a document: title, authors, dates and body blocks.

    The built-in readers for plain text and HTML run last (``trylast``); a
    site plugin may read its own pages first. Body blocks of text input must
    carry ``source_start``/``source_end``; every text that is not put in a
    block must be recorded in ``removed`` (with ``field`` when it moved into
    ``title``, ``authors``, …).

    :param source: the decoded input (``source.kind`` is ``"text"`` or ``"html"``).
    :param site: the site key found by :func:`newskit_identify_site`, if any.
    :returns: the document, or ``None`` to let the next reader try. First result wins.
    """


@hookspec
def newskit_clean(document: Document, source: Source) -> Iterable[Edit] | None:
    """Say what to cut from the body: junk, comments, metadata lines.

    Return :class:`~newskit.edits.Cut` and :class:`~newskit.edits.Relabel`
    edits against ``document.text``; the core carries them out and records
    every cut with its reason, rule and the plugin's name. Check
    ``document.site`` to act only on your site's documents.

    :param document: the document as read.
    :param source: the decoded input.
    :returns: edits, or ``None``. Every implementation's edits are applied;
      where cuts overlap, installed plugins' edits win over the built-in
      generic rules (``newskit.*``), and otherwise the plugin called first
      wins, so a site's own rules name what they cut. Like every collecting
      hook, the items may include :class:`~newskit.model.Diagnostic` warnings,
      which are recorded on the document.
    """


@hookspec(firstresult=True)
def newskit_parse_dateline(document: Document) -> Dateline | None:
    """Find the dateline at the start of the body (``KABUL (Reuters) -``).

    Offsets are into ``document.text``; the core fills in the source offsets
    and, when ``timezone`` is missing, asks :func:`newskit_place_timezone`.

    :param document: the cleaned document.
    :returns: the dateline, or ``None``. First result wins.
    """


@hookspec(firstresult=True)
def newskit_place_timezone(place: str, region: str | None, country: str | None) -> str | None:
    """Look up the IANA time zone of a place named in a dateline.

    :param place: the place name as written (``"WASHINGTON"``).
    :param region: a state or region written with it, if any (``"Texas"``).
    :param country: an ISO 3166 alpha-2 country code, if known.
    :returns: an IANA zone name such as ``"America/New_York"``. First result wins.
    """


@hookspec
def newskit_find_times(document: Document) -> Iterable[TimeExpression] | None:
    """Find and resolve time expressions in the document's text.

    ``same_as`` indexes into the implementation's own returned list; the core
    sorts all expressions by position and renumbers those links.

    :param document: the cleaned document, with its dateline.
    :returns: time expressions (offsets into ``document.text``). Collected from all.
    """


@hookspec
def newskit_speech_verbs(language: str | None) -> Iterable[str] | None:
    """Contribute speech verbs (``"say"``, ``"according to"``) for a language.

    :param language: an ISO 639-1 code, or ``None`` when unknown.
    :returns: verbs or phrases in their base form. Collected from all.
    """


@hookspec
def newskit_find_quotes(document: Document, speech_verbs: frozenset[str]) -> Iterable[Quote | Person] | None:
    """Find quotes and their speakers.

    Return :class:`~newskit.model.Quote` objects, and the
    :class:`~newskit.model.Person` objects they refer to; ``Person.quotes``
    indexes into the implementation's own returned quotes.

    :param document: the cleaned document, with its dateline and times.
    :param speech_verbs: every verb contributed through :func:`newskit_speech_verbs`.
    :returns: quotes and people. Collected from all.
    """


@hookspec
def newskit_register_formats(register: Callable[..., Any]) -> None:
    """Register output formats.

    Call ``register(name, render, media_type=..., extension=..., description=...)``
    where ``render(document) -> str``. Called once when a pipeline is built.

    :param register: the registering callback.
    """
