"""Built-in plugin: quotes and speakers for English articles (issue 8).

Contributes the English speech verbs and finds direct, partial and indirect
quotes in the headline and the body, each with its cue, speaker mention,
resolved person and role, addressee or venue, and nested reporter.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable

from ..markers import hookimpl
from ..model import Document, Mention, Person, Quote, Speaker
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


def find(document: Document, speech_verbs: frozenset[str] | None = None) -> list[Quote | Person]:
    """Quotes and people of *document* (what the hook returns)."""
    forms = speech_verbs if speech_verbs else frozenset(english_forms(SPEECH_VERBS) | set(PHRASES))
    finder = _finder(frozenset(forms), os.environ.get(DOUBLE_APOSTROPHES_ENV, "") in ("1", "true", "yes"))
    title = document.title or ""
    body = document.text
    found = [*finder.find(title, "title"), *finder.find(body, "body")] if title else finder.find(body, "body")
    found = [f for f in found if f.parts]
    speakers, reporters, people = resolve_all(found, body, title)
    quotes = [_quote(f, document.text_of(f.where), speakers[i], reporters[i]) for i, f in enumerate(found)]
    persons = [Person(p.id, p.name, variants=p.variants, roles=p.roles, quotes=p.quotes) for p in people]
    return [*quotes, *persons]


def _mention(text: str, span: tuple[int, int] | None, where: str) -> Mention | None:
    if span is None:
        return None
    s, e = span
    return Mention(text[s:e], start=s, end=e, where=where)


def _speaker(text: str, span: tuple[int, int] | None, res: Resolved | None, where: str) -> Speaker | None:
    if span is None:
        return None
    s, e = span
    return Speaker(
        text[s:e],
        start=s,
        end=e,
        name=res.name if res else None,
        role=res.role if res else None,
        person=res.person if res else None,
        where=where,
    )


def _quote(f: Found, text: str, speaker: Resolved | None, reporter: Resolved | None) -> Quote:
    parts = tuple(Mention(text[s:e], start=s, end=e, where=f.where) for s, e in f.parts)
    return Quote(
        " ".join(p.text for p in parts),
        kind=f.kind,
        start=f.start,
        end=f.end,
        parts=parts,
        cue=_mention(text, f.cue, f.where),
        speaker=_speaker(text, f.speaker, speaker, f.where),
        addressee=_mention(text, f.addressee, f.where),
        reported_by=_speaker(text, f.reported_by, reporter, f.where),
        where=f.where,
    )


@hookimpl
def newskit_find_quotes(document: Document, speech_verbs: frozenset[str]) -> list[Quote | Person] | None:
    """Find the quotes and speakers of an English article."""
    if not _english(document.language):
        return None
    return find(document, speech_verbs)
