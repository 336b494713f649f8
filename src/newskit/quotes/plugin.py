"""Built-in plugin: quotes and speakers for English articles (issue 8).

Contributes the English speech verbs and finds direct, partial and indirect
quotes in the headline and the body, each with its cue, speaker mention,
resolved person and role, addressee or venue, and nested reporter.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable

from .. import model
from ..markers import hookimpl
from ..model import Document, Mention, Person, Quote, Speaker, _mention, _person, _speaker
from .finder import Finder, Found
from .speakers import Resolved, resolve_all
from .verbs import MANNER_VERBS, PHRASES, SPEECH_VERBS, THINKING_VERBS, english_forms, expand

PLUGIN = "newskit.quotes"


def _english(language: str | None) -> bool:
    return language is None or language.lower().split("-")[0] in ("en", "eng", "")


@hookimpl
def newskit_speech_verbs(language: str | None) -> Iterable[str] | None:
    """The English reporting verbs, every inflection, and ``according to``."""
    if not _english(language):
        return None
    return sorted(english_forms(SPEECH_VERBS) | set(PHRASES))


DOUBLE_APOSTROPHES_ENV = "NEWSKIT_QUOTES_DOUBLE_APOSTROPHES"
"""Environment variable: ``1`` makes ``''…''`` and ````…''`` quote marks (archive text)."""


@functools.lru_cache(maxsize=16)
def _finder(forms: frozenset[str], double_apostrophes: bool = False) -> Finder:
    manner = english_forms(MANNER_VERBS) - set(PHRASES)
    thinking = english_forms(THINKING_VERBS) - set(PHRASES)
    return Finder(expand(forms) | thinking, manner, thinking, double_apostrophes=double_apostrophes)


@functools.lru_cache(maxsize=1)
def _default_forms() -> frozenset[str]:
    """The cue forms when no speech verbs are given: built (and hashed) once, not on every call."""
    return frozenset(english_forms(SPEECH_VERBS) | set(PHRASES))


def find(document: Document, speech_verbs: frozenset[str] | None = None) -> list[Quote | Person]:
    """Quotes and people of *document* (what the hook returns)."""
    forms = speech_verbs if speech_verbs else _default_forms()
    finder = _finder(frozenset(forms), os.environ.get(DOUBLE_APOSTROPHES_ENV, "") in ("1", "true", "yes"))
    title = document.title or ""
    body = document.text
    found = [*finder.find(title, "title"), *finder.find(body, "body")] if title else finder.find(body, "body")
    found = [f for f in found if f.parts]
    speakers, reporters, people = resolve_all(found, body, title)
    quotes = [_quote(f, document.text_of(f.where), speakers[i], reporters[i]) for i, f in enumerate(found)]
    persons = [_person(p.id, p.name, p.variants, p.roles, p.quotes) for p in people]
    return [*quotes, *persons]


def _mention_of(text: str, span: tuple[int, int] | None, where: str) -> Mention | None:
    if span is None:
        return None
    s, e = span
    return _mention(text[s:e], s, e, where)


def _speaker_of(text: str, span: tuple[int, int] | None, res: Resolved | None, where: str) -> Speaker | None:
    if span is None:
        return None
    s, e = span
    if res is None:
        return _speaker(text[s:e], s, e, None, None, None, where)
    return _speaker(text[s:e], s, e, res.name, res.role, res.person, where)


def _quote(f: Found, text: str, speaker: Resolved | None, reporter: Resolved | None) -> Quote:
    where = f.where
    parts = tuple([_mention(text[s:e], s, e, where) for s, e in f.parts])
    # built with the model's fast constructors: the values come from this text (spans still checked)
    return model._quote(
        " ".join([p.text for p in parts]),
        f.kind,
        f.start,
        f.end,
        parts,
        _mention_of(text, f.cue, where),
        _speaker_of(text, f.speaker, speaker, where),
        _mention_of(text, f.addressee, where),
        _speaker_of(text, f.reported_by, reporter, where),
        where,
    )


@hookimpl
def newskit_find_quotes(document: Document, speech_verbs: frozenset[str]) -> list[Quote | Person] | None:
    """Find the quotes and speakers of an English article."""
    if not _english(document.language):
        return None
    return find(document, speech_verbs)
