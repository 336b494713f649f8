"""Speech cues and the speaker phrase that goes with each (``X said``, ``said X``, ``according to X``).

Works on one stretch of unquoted text at a time, word by word; every
search is bounded, so the cost is linear in the text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import compress, islice
from operator import itemgetter

import regex

from .mentions import (
    DETERMINERS,
    NOT_NAMES,
    PRONOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROLE_VOCABULARY,
    WORD,
    is_capitalised,
    strip_possessive,
)

ROLE_WORDS = ROLE_MODIFIERS | DETERMINERS

AUXILIARIES = frozenset(
    [
        "has",
        "have",
        "had",
        "would",
        "will",
        "could",
        "should",
        "may",
        "might",
        "did",
        "does",
        "do",
        "was",
        "is",
        "were",
        "are",
        "been",
        "be",
        "being",
        "also",
        "later",
        "then",
        "again",
        "previously",
        "once",
        "reportedly",
        "recently",
        "repeatedly",
        "flatly",
        "long",
        "often",
        "earlier",
        "privately",
        "publicly",
        "simply",
        "just",
        "still",
        "never",
        "even",
        "already",
        "frequently",
        "quickly",
        "immediately",
        "subsequently",
        "bluntly",
        "specifically",
        "explicitly",
        "separately",
        "first",
        "last",
        "ultimately",
        "finally",
        "further",
        "angrily",
        "calmly",
        "quietly",
        "softly",
        "proudly",
        "sharply",
        "loudly",
        "candidly",
        "jokingly",
        "defiantly",
        "emphatically",
        "tersely",
        "curtly",
        "succinctly",
        "famously",
        "memorably",
        "not",
        "always",
        "has",
        "then-candidate",
        "now",
    ]
)
"""Words that may stand between a speaker and the cue (``he later said``, ``she has repeatedly said``)."""

STOP_AFTER = frozenset(
    [
        "in",
        "on",
        "at",
        "during",
        "to",
        "after",
        "before",
        "while",
        "when",
        "who",
        "which",
        "as",
        "because",
        "since",
        "with",
        "about",
        "of",
        "for",
        "from",
        "via",
        "that",
        "if",
        "and",
        "but",
        "or",
        "this",
        "last",
        "next",
        "earlier",
        "later",
        "told",
        "according",
        "recently",
        "adding",
        "according",
        "yesterday",
        "today",
        "tonight",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "said",
        "says",
    ]
)
"""Words that end an inverted speaker phrase (``said Smith in a statement``)."""

_STOP_AT_OPENING = STOP_AFTER - {"the"}
"""Words that cannot open an inverted speaker phrase or an addressee (``told in``), built once."""

SUBORDINATE = frozenset(
    [
        "within",
        "in",
        "on",
        "at",
        "after",
        "before",
        "during",
        "for",
        "with",
        "from",
        "by",
        "of",
        "to",
        "while",
        "when",
        "as",
        "if",
        "since",
        "although",
        "though",
        "because",
        "despite",
        "under",
        "over",
        "once",
        "where",
        "whether",
        "than",
        "like",
        "unlike",
        "upon",
        "into",
        "through",
        "via",
        "amid",
        "among",
    ]
)
"""Words a speaker phrase does not open with (``Within half an hour of initial reports``)."""

CLAUSE_WORDS = frozenset(
    [
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "because",
        "if",
        "although",
        "though",
        "whether",
        "would",
        "will",
        "could",
        "should",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "not",
        "can",
        "cannot",
        "must",
        "did",
        "does",
        "do",
    ]
)
"""Words a speaker phrase does not contain before its head (they start a clause)."""

_TITLE_WORDS = ROLE_VOCABULARY | {"of", "the", "for", "and"}
"""The lower-case words of a title before a name (``former policy director of the``)."""

_CLAUSE_OR_SUBORDINATE = CLAUSE_WORDS | SUBORDINATE
"""Words a relative clause's head is not read back past (``the video that said``), built once."""

VENUE = regex.compile(
    r"[ \t]*+(?:(?:on|last|this|early|late)[ \t]++\w++[ \t]*+)?+"
    r"((?:in|during)[ \t]++(?:a|an|his|her|their|its)[ \t]++(?:[\w\-]++[ \t]++){0,3}?"
    r"(?:statement|interview|speech|tweet|post|letter|email|e-mail|remarks|op-ed|column|briefing|"
    r"conference|call|appearance|memo|essay|book|video|message|address|debate|hearing|testimony|"
    r"blog|podcast)(?:[ \t]++(?:with|on|to)[ \t]++(?:the[ \t]++)?+[A-Z][\w’'\-.]*+(?:[ \t]++[A-Z][\w’'\-.]*+){0,5}+)?+"
    r"|on[ \t]++(?:Twitter|Facebook|Instagram|CNN|Fox[ \t]News|MSNBC|NBC|ABC|CBS|NPR|radio|television|TV)"
    r"|to[ \t]++(?:reporters|journalists|the[ \t]++[A-Z][\w’'\-.]*+(?:[ \t]++[A-Z][\w’'\-.]*+){0,4}+))"
)
"""The venue or addressee after a cue: ``in a statement``, ``on Twitter``, ``to reporters``."""


@dataclass(slots=True, unsafe_hash=True)  # hashable as if frozen, ~4x cheaper to build
class Frame:
    """A cue with its speaker: offsets into the text the stretch came from.

    ``inverted`` is true for ``said Smith``; ``after_comma`` when the speaker
    phrase opens after a comma (a frame closing the sentence, ``…, the envoy said``).
    """

    cue_start: int
    cue_end: int
    speaker_start: int
    speaker_end: int
    inverted: bool
    after_comma: bool
    addressee: tuple[int, int] | None
    end: int  # where the frame's own words end (after the speaker, addressee)
    lemma: str


NOUN_MARKERS = frozenset(
    [
        "a",
        "an",
        "the",
        "his",
        "her",
        "their",
        "its",
        "my",
        "our",
        "your",
        "this",
        "that",
        "these",
        "those",
        "whose",
    ]
)


def _tokens(text: str, start: int, end: int, limit: int | None = None) -> list[tuple[str, int, int]]:
    """The words between *start* and *end* with their offsets (the first *limit* only, when given)."""
    found = WORD.finditer(text, start, end)
    return [(m.group(), m.start(), m.end()) for m in (found if limit is None else islice(found, limit))]


def find_frames(
    text: str,
    start: int,
    end: int,
    forms: frozenset[str],
    *,
    after_quote: bool = False,
    words: list[str] | None = None,
) -> list[Frame]:
    """Every cue between *start* and *end* of *text* that has a speaker phrase.

    *after_quote* says the stretch follows a closing quote mark directly,
    which allows ``said Smith`` and a speaker phrase right at its start.
    *words* are the stretch's plain words (:func:`plain_words`), when the caller has them.
    """
    firsts = _first_words(forms)
    if firsts.isdisjoint(_PLAIN_WORD.findall(text, start, end) if words is None else words):
        return []  # no cue word here: the common case, answered in C
    toks = _tokens(text, start, end)
    frames: list[Frame] = []
    candidates = list(compress(range(len(toks)), map(firsts.__contains__, map(itemgetter(0), toks))))
    k = 0
    for c in candidates:
        if c < k:
            continue
        k = c
        w, ws, _we = toks[k]
        low = w.lower()
        two = f"{low} {toks[k + 1][0].lower()}" if k + 1 < len(toks) else ""
        if w[:1].isupper() and low != "according":
            # State Department: a capitalised word is a name, not a cue, unless a past form
            # opens a sentence with its speaker after it: ``Said Smith, “…”``, ``Continued Stone: “…”``
            if _opening_cue(low, two, forms) and _opens_sentence(text, start, ws):
                frame = _inverted_frame(text, toks, k, k, start, end, after_quote, opening=True)
                if frame is not None:
                    frames.append(frame)
            continue
        if two in forms:
            cue_end_k = k + 1
        elif low in forms:
            cue_end_k = k
        else:
            continue
        if k > 0 and toks[k - 1][0].lower() in NOUN_MARKERS:
            k = cue_end_k + 1
            continue  # ``his comment``, ``a lament``: a noun, not a verb
        frame = _subject_frame(text, toks, k, cue_end_k, start, end, after_quote) or _inverted_frame(
            text, toks, k, cue_end_k, start, end, after_quote
        )
        if frame is None and low.endswith("ing") and low != "according":
            subject = sentence_subject(text, start, ws)
            if subject is not None:
                frame = _frame(text, toks, k, cue_end_k, subject[0], subject[1], False, False, end)
            else:  # no subject found: the words after the participle, as a last resort
                frame = _inverted_frame(text, toks, k, cue_end_k, start, end, after_quote, participle=True)
        if frame is not None:
            frames.append(frame)
        elif low == "according" and two == "according to":
            frame = _inverted_frame(text, toks, k, cue_end_k, start, end, True)
            if frame:
                frames.append(frame)
        k = cue_end_k + 1
    return frames


_PLAIN_WORD = re.compile(r"[A-Za-z]+")


def plain_words(text: str, start: int, end: int, shape: str | None = None) -> list[str]:
    """The runs of ASCII letters between *start* and *end*: what :func:`find_frames` tests first.

    *shape* is :func:`letter_shape` of *text*, when the caller has it (then no regex runs).
    """
    if shape is None:
        return _PLAIN_WORD.findall(text, start, end)
    return shape[start:end].split()


_LETTERS_ONLY = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))


def letter_shape(text: str) -> str:
    """*text* with every character but the ASCII letters turned into a space (same length, same offsets).

    Its words between two offsets are the runs of ASCII letters there (:func:`plain_words`), found in C.
    """
    return text.encode("ascii", "replace").translate(_LETTERS_ONLY).decode("ascii")


def _opening_cue(low: str, two: str, forms: frozenset[str]) -> bool:
    """Whether *low* is a one-word past form that may open a sentence as a cue (``Said``, ``Added``)."""
    return low in forms and two not in forms and (low.endswith("ed") or low in ("said", "told", "wrote"))


def _opens_sentence(text: str, start: int, pos: int) -> bool:
    """Whether the word at *pos* opens a sentence (or the stretch at *start*)."""
    i = pos
    while i > start and text[i - 1] in " \t\xa0“‘\"'(":
        i -= 1
    return i == start or text[i - 1] in ".!?\n"


def opens_no_cue(words: list[str], forms: frozenset[str]) -> bool:
    """Whether none of the plain *words* of a stretch may open a cue of *forms* (then it has no frame)."""
    return _first_words(forms).isdisjoint(words)


@functools.lru_cache(maxsize=32)
def _first_words(forms: frozenset[str]) -> frozenset[str]:
    """The first word of every cue form, capitalised past forms, ``According`` (a quick test first)."""
    firsts = {f.split()[0] for f in forms}
    opening = {f.capitalize() for f in forms if " " not in f and _opening_cue(f, "", forms)}
    return frozenset(firsts | opening | {"According"})


_LIMIT = re.compile(r"[,;:(—–\n)]| -|[.!?](?=\s)")
_LAST_LIMIT = regex.compile(r"(?r)[,;:(—–\n)]| -|[.!?](?=[\s\x1c-\x1f])")
""":data:`_LIMIT` searched backwards, for its last match in a stretch (``\\s`` as ``re`` reads it: ``\\x1c`` too)."""


def _left_limit(text: str, start: int, pos: int) -> tuple[int, bool]:
    """Where the phrase before *pos* can start: after the nearest comma, colon, dash or sentence end.

    A parenthesis closed before *pos* is stepped over whole (``Kasich (R-OH), said``).
    """
    lo = max(start, pos - 200)
    near = max(lo, pos - 48)
    last = _LAST_LIMIT.search(text, lo, pos)
    if last is None:
        return lo, False  # no mark at all before *pos*
    # the last mark before *pos* mostly settles it alone (``Smith, a spokesman,``): no list of marks
    got = _mark_limit(text, lo, last.start(), last.group())
    if got is not None:
        return got
    if near > lo:
        # the marks just before *pos* settle it mostly: the same walk over them alone, then over all
        got = _walk_back(text, lo, [(m.start(), m.group()) for m in _LIMIT.finditer(text, near, pos)])
        if got is not None:
            return got
    marks = [(m.start(), m.group()) for m in _LIMIT.finditer(text, lo, pos)]
    return _walk_back(text, lo, marks) or (lo, False)


def _walk_back(text: str, lo: int, marks: list[tuple[int, str]]) -> tuple[int, bool] | None:
    """:func:`_left_limit` over *marks* (offset, mark) from the last; ``None`` when none settles it."""
    j = len(marks) - 1
    while j >= 0:
        at, ch = marks[j]
        if ch == ")":
            opening = text.rfind("(", max(lo, at - 39), at)
            j -= 1
            if opening >= 0:
                while j >= 0 and marks[j][0] >= opening:
                    j -= 1
            continue
        got = _mark_limit(text, lo, at, ch)
        if got is not None:
            return got
        j -= 1
    return None


def _mark_limit(text: str, lo: int, at: int, ch: str) -> tuple[int, bool] | None:
    """The limit the mark *ch* at *at* sets, or ``None`` for a ``)`` or an abbreviation's dot (``Sen.``)."""
    if ch == ")":
        return None
    if ch == " -":
        return at + 2, False
    if ch in ".!?":
        before = text[max(lo, at - 5) : at].split()
        last = before[-1].lower() if before else ""
        return None if _abbreviation(last + ".") else (at + 1, False)
    return at + 1, ch == ","


ABBREVIATIONS = frozenset(
    [
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "prof.",
        "sen.",
        "rep.",
        "gov.",
        "gen.",
        "lt.",
        "col.",
        "capt.",
        "sgt.",
        "rev.",
        "fr.",
        "st.",
        "jr.",
        "sr.",
        "inc.",
        "co.",
        "corp.",
        "ltd.",
        "u.s.",
        "u.k.",
        "u.n.",
        "a.m.",
        "p.m.",
        "no.",
        "vs.",
        "etc.",
        "jan.",
        "feb.",
        "mar.",
        "apr.",
        "aug.",
        "sept.",
        "sep.",
        "oct.",
        "nov.",
        "dec.",
        "ft.",
        "mt.",
        "e.g.",
        "i.e.",
        "d.c.",
        "calif.",
        "fla.",
        "ill.",
        "mass.",
        "mich.",
        "ariz.",
        "colo.",
        "conn.",
        "ga.",
        "ind.",
        "kan.",
        "ky.",
        "la.",
        "md.",
        "minn.",
        "miss.",
        "mo.",
        "mont.",
        "neb.",
        "nev.",
        "okla.",
        "ore.",
        "pa.",
        "penn.",
        "tenn.",
        "tex.",
        "va.",
        "vt.",
        "wash.",
        "wis.",
        "wyo.",
        "ala.",
        "ark.",
        "del.",
        "n.y.",
        "n.j.",
        "n.h.",
        "n.c.",
        "s.c.",
    ]
)


def _abbreviation(word: str) -> bool:
    w = word.lower().lstrip("(“\"‘'")
    return w in ABBREVIATIONS or (len(w) == 2 and w[0].isalpha()) or w.count(".") >= 2


def _subject_frame(
    text: str,
    toks: list[tuple[str, int, int]],
    k: int,
    cue_end_k: int,
    start: int,
    end: int,
    after_quote: bool,
) -> Frame | None:
    lemma = toks[k][0].lower()
    if lemma == "according":
        return None
    j = k
    if lemma.endswith("ing") and (
        k == 0 or toks[k - 1][0].lower() not in ("is", "was", "are", "were", "been", "be", "am")
    ):
        return None  # a participle (``the insurgents demanding``) is not a frame
    while j > 0 and toks[j - 1][0].lower() in AUXILIARIES:
        j -= 1
    if j == 0 and not toks:
        return None
    head_end = toks[j - 1][2] if j > 0 else start
    if j > 0 and toks[j - 1][0].lower() in ("that", "which", "who"):
        # ``a marketing video that said``: the speaker is the phrase the relative clause hangs on
        rel = j - 1
        m = rel
        while m > 0 and rel - m < 4 and toks[m - 1][0].lower() not in _CLAUSE_OR_SUBORDINATE:
            m -= 1
            if toks[m][0].lower() in DETERMINERS:
                break
        if m < rel and not text[toks[m][1] : toks[rel][1]].strip(" \t").count(","):
            phrase = text[toks[m][1] : toks[rel - 1][2]]
            if looks_like_speaker(phrase) and toks[m][0].lower() not in PRONOUNS:
                return _frame(text, toks, k, cue_end_k, toks[m][1], toks[rel - 1][2], False, False, end)
    lim, after_comma = _left_limit(text, start, toks[j][1] if j < len(toks) else toks[k][1])
    if j == 0 or toks[j - 1][2] <= lim:
        # nothing between the limit and the cue: an appositive (Smith, a spokesman, said)?
        if after_comma and lim - 1 > start:
            prev_lim, prev_comma = _left_limit(text, start, lim - 1)
            span = text[prev_lim : lim - 1]
            if span.rstrip().endswith(")") and "(" in span:
                # ``Rep. Ann Lo (D-Maine), said``: the name before a parenthesis
                head = span[: span.rfind("(")]
                if head.strip() and looks_like_speaker(head):
                    s = prev_lim + len(head) - len(head.lstrip())
                    return _frame(
                        text, toks, k, cue_end_k, s, prev_lim + len(head.rstrip()), False, prev_comma, end
                    )
            pre_lim, pre_comma = (
                _left_limit(text, start, prev_lim - 1) if prev_lim > start + 1 else (start, False)
            )
            name = text[pre_lim : prev_lim - 1] if prev_lim > start + 1 else ""
            if name.strip() and looks_like_speaker(name) and looks_like_speaker(span, apposition=True):
                s = pre_lim + len(name) - len(name.lstrip())
                if span.split()[0].lower() in SUBORDINATE:
                    # ``Mayor Lo, in a statement, said``: an aside, not a role; the speaker is the name
                    e = pre_lim + len(name.rstrip())
                    return _frame(text, toks, k, cue_end_k, s, e, False, pre_comma, end)
                return _frame(text, toks, k, cue_end_k, s, lim - 1, False, pre_comma, end)
        return None
    s = lim
    while s < head_end and text[s].isspace():
        s += 1
    lead = LEADING_CONNECTIVE.match(text, s, head_end)
    if lead is not None and lead.end() < head_end:
        s = lead.end()  # ``And the FBI warned``: the speaker is ``the FBI``
    phrase = text[s:head_end]
    paren = phrase.rfind("(")
    if paren > 0 and ")" not in phrase[paren:]:
        # ``Rep. Ann Lo (D-Maine) said``: the name before the parenthesis
        head_end = s + len(phrase[:paren].rstrip())
        phrase = text[s:head_end]
    # a relative clause after the head: keep the noun phrase before it
    for rel in (" who ", " which ", ", who", " that "):
        cut = phrase.find(rel)
        if cut > 0:
            phrase = phrase[:cut]
            head_end = s + cut
            break
    if not looks_like_speaker(phrase):
        # the words before the cue may end with a speaker phrase: ``after the debate Smith said``
        ws = phrase.split()
        if len(ws) >= 2 and is_capitalised(ws[-1]) and ws[-1].lower() not in DETERMINERS:
            m = len(ws) - 1
            while m > 0 and is_capitalised(ws[m - 1]) and len(ws) - m < 4:
                m -= 1
            cut_at = phrase.rfind(" ".join(ws[m:]))
            if cut_at > 0 and looks_like_speaker(phrase[cut_at:]):
                return _frame(text, toks, k, cue_end_k, s + cut_at, head_end, False, False, end)
        low_last = ws[-1].lower() if ws else ""
        if low_last in PRONOUNS and len(ws) >= 2:
            at = phrase.rfind(ws[-1])
            return _frame(text, toks, k, cue_end_k, s + at, head_end, False, False, end)
        if ws and ws[0].lower() in CONJUNCTIONS:
            subject = sentence_subject(text, start, s)
            if subject is not None:
                return _frame(text, toks, k, cue_end_k, subject[0], subject[1], False, False, end)
        if len(ws) >= 3 and low_last in ("and", "but"):
            # ``Smith backed the plan and later said``: the cue shares the sentence's subject
            subject = sentence_subject(text, start, head_end)
            if subject is not None:
                return _frame(text, toks, k, cue_end_k, subject[0], subject[1], False, False, end)
        return None
    return _frame(text, toks, k, cue_end_k, s, head_end, False, after_comma, end)


LEADING_CONNECTIVE = re.compile(
    r"(?:(?:And|But|Yet|So|Then|Still|Now|Meanwhile|However|Instead|Also|As)"
    r",?[ \t]+)+(?=\S)"
)

OBJECT_PRONOUNS = frozenset(["him", "her", "them", "it", "us", "me", "you"])
"""Pronouns that follow a cue as its object (``calling it``), never as an inverted speaker."""

CONJUNCTIONS = frozenset(["and", "but", "then", "now", "later", "yet", "so", "also", "or"])

_NOT_NAME_OPENERS = NOT_NAMES - DETERMINERS - PRONOUNS.keys()
"""Words that open no subject (neither a name, a determiner nor a pronoun), built once."""


def sentence_subject(text: str, start: int, pos: int) -> tuple[int, int] | None:
    """The speaker-like phrase opening the sentence that *pos* is in (``Clinton … and recalled``).

    A sentence opening with an adverbial phrase and a comma (``In a speech on Tuesday, Trump …``,
    ``On Thursday, after a long silence, Warren …``) is taken from after that comma, up to three
    times; a connective opening it (``And then Trump …``) is stepped over.
    """
    lo = max(start, pos - 300)
    s = pos
    while s > lo:
        ch = text[s - 1]
        if ch in ".!?\n:;" and (
            ch != "."
            or not _abbreviation(
                text[max(lo, s - 6) : s].split()[-1] if text[max(lo, s - 6) : s].split() else ""
            )
        ):
            break
        s -= 1
    while s < pos and text[s] in " \t":
        s += 1
    dateline = _DATELINE.match(text, s, pos)
    if dateline is not None:
        s = dateline.end()  # ``WASHINGTON, Dec. 8 (UPI) — …``: the story starts after the dash
    fallback = None  # a word opening a fronted phrase, taken when nothing better follows
    for _ in range(3):
        got, again = _subject_at(text, s, pos)
        if not again:
            return got or fallback
        fallback = fallback or got
        comma = text.find(",", s, pos)
        if comma < 0:
            break
        s = comma + 1
    return fallback


_DATELINE = regex.compile(
    r"[A-Z][A-Z.'\-]{1,20}+(?:[ \t][A-Z][A-Z.'\-]{1,20}+){0,3}+(?:,[^—–\n]{1,40}+)?+[ \t]{0,3}+(?:—|–|--)[ \t]{0,3}+"
)
"""A dateline opening a story: a place in capitals, maybe a date and agency, and a dash."""

_OPENING_CONNECTIVE = re.compile(
    r"(?:(?:And|But|Yet|So|Then|Still|Now|Meanwhile|However|Instead|Also|then|later)[ \t,]{1,4}+){1,3}+(?=\S)"
)


def _subject_at(text: str, s: int, pos: int) -> tuple[tuple[int, int] | None, bool]:
    """The subject opening the stretch at *s*, and whether to try again after the next comma."""
    while s < pos and text[s] in " \t":
        s += 1
    lead = _OPENING_CONNECTIVE.match(text, s, pos)
    if lead is not None:
        s = lead.end()
    # only the first six words are read: ``Senior State Department spokesman Ned Price``
    toks = _tokens(text, s, pos, 6)
    if not toks:
        return None, False
    taken = []
    for w, a, b in toks:
        low = w.lower()
        if taken and not (is_capitalised(w) or low in ROLE_NOUNS or low in ROLE_WORDS):
            break
        if not taken and not (is_capitalised(w) or low in PRONOUNS):
            # ``after remaining neutral for months, Warren …``: an adverbial phrase first
            return None, low in SUBORDINATE
        taken.append((a, b))
        if low in PRONOUNS:
            break
    while (
        len(taken) > 1
        and text[taken[-1][0]].islower()
        and text[taken[-1][0] : taken[-1][1]] not in ROLE_NOUNS
    ):
        taken.pop()  # ``Mayor Ann Lo then``: a modifier after the name is not part of it
    phrase = text[taken[0][0] : taken[-1][1]]
    paren = phrase.find(" (")
    if paren > 0:  # ``Sen. Ted Cruz (R-Texas)``: the name without the party
        taken = [t for t in taken if t[1] <= taken[0][0] + paren]
        phrase = text[taken[0][0] : taken[-1][1]]
    first = phrase.split()[0].lower()
    if first in SUBORDINATE or first in CONJUNCTIONS or (first in _NOT_NAME_OPENERS):
        return None, True
    if len(taken) == 1 and first not in PRONOUNS and first not in DETERMINERS:
        # one capitalised word opening a fronted phrase: ``Last week,``, ``Eight years ago,``, ``Appearing …,``
        rest = text[taken[0][1] : pos]
        comma = rest.find(",")
        if first.endswith(("ing", "ly")) or (0 < comma < 64 and _fronted(rest[:comma])):
            return (taken[0][0], taken[-1][1]), True
    return (taken[0][0], taken[-1][1]), False


def _fronted(words: str) -> bool:
    """One or two lower-case words, all that stands between a fronted word and its comma (``years ago``)."""
    ws = words.split()
    return 0 < len(ws) <= 2 and words[:1] in " \t" and all(w[:1].islower() for w in ws)


def looks_like_speaker(phrase: str, *, apposition: bool = False) -> bool:
    ws = phrase.split()
    if not ws or len(ws) > (26 if apposition else 10):
        return False
    first = ws[0].lower().strip("“”\"'‘’(")
    last = ws[-1].lower().strip(",.“”\"'‘’)")
    if (first in SUBORDINATE and not apposition) or last in (
        "his",
        "her",
        "their",
        "its",
        "my",
        "our",
        "your",
        "the",
        "a",
        "an",
    ):
        return False  # an apposition may be an aside: ``Smith, in a statement, said``
    if last in ("and", "but", "or"):
        return False  # ``Smith toured the pier and (said)``: a clause, the subject is further back
    if apposition:
        return True
    clause = not CLAUSE_WORDS.isdisjoint(map(str.lower, ws))  # tested once, for both rules below
    if is_capitalised(ws[-1]) and last not in PRONOUNS and not clause:
        if len(ws) <= 6:
            return True  # ``campaign manager Robby Mook``
        # a longer one is a title and a name: ``Clinton’s top foreign policy aide Jake Sullivan``,
        # its lower-case words all words of roles (not ``the kind of liberal jurist many Republicans``)
        return len(ws) <= 8 and all(is_capitalised(w) or strip_possessive(w) in _TITLE_WORDS for w in ws)
    if clause:
        return False
    if len(ws) == 1:
        if first in ("the", "a", "an", "this", "that", "these", "those"):
            return False  # ``The``: the rest of the phrase is missing
        return first in PRONOUNS or is_capitalised(ws[0]) or first in ROLE_NOUNS or first.endswith("s")
    if last in PRONOUNS and len(ws) > 1:
        return False
    if first in DETERMINERS or is_capitalised(ws[0]):
        return True
    return last in ROLE_NOUNS


def _inverted_frame(
    text: str,
    toks: list[tuple[str, int, int]],
    k: int,
    cue_end_k: int,
    start: int,
    end: int,
    after_quote: bool,
    *,
    opening: bool = False,
    participle: bool = False,
) -> Frame | None:
    """``said Smith``: the speaker after the cue; a participle's only when *participle* says so."""
    lemma = toks[k][0].lower()
    # what stands before the cue in the stretch, read backwards from it (not copied: a
    # stretch may hold thousands of cues)
    i = j = toks[k][1]
    while i > start and text[i - 1] in " \t,—–-":
        i -= 1
    adjacent = (after_quote and i == start) or opening
    if not adjacent and lemma != "according":
        while j > start and text[j - 1].isspace():
            j -= 1
        if j == start or text[j - 1] != ",":
            return None  # ``said Smith`` right after a quote, or ``…, says Rasheed``
    n = cue_end_k + 1
    if n >= len(toks):
        return None
    m = n
    while m < len(toks) and m - n < 10:
        w = toks[m][0]
        low = w.lower()
        gap = text[toks[m - 1][2] : toks[m][1]].strip() if m > n else ""
        if m > n and (
            low in STOP_AFTER or (gap and not (gap == "." and _abbreviation(toks[m - 1][0] + ".")))
        ):
            break
        if m == n and low in _STOP_AT_OPENING:
            return None
        m += 1
    phrase = text[toks[n][1] : toks[m - 1][2]]
    if not looks_like_speaker(phrase) and not (m - n == 1 and is_capitalised(phrase)):
        return None
    if lemma != "according" and (
        (lemma.endswith("ing") and not participle) or (m - n == 1 and phrase.lower() in OBJECT_PRONOUNS)
    ):
        # ``…, calling it “…”``, ``telling them``, ``calling its plan``: the object, not an inverted
        # speaker; the sentence's subject is looked for first
        return None
    f = _frame(text, toks, k, cue_end_k, toks[n][1], toks[m - 1][2], True, False, end)
    return f


_ADDRESSING = frozenset(
    [
        "told",
        "tell",
        "tells",
        "telling",
        "asked",
        "asks",
        "ask",
        "informed",
        "assured",
        "warned",
        "urged",
        "reminded",
    ]
)
"""Cues followed by their addressee (``told reporters``)."""


def _frame(
    text: str,
    toks: list[tuple[str, int, int]],
    k: int,
    cue_end_k: int,
    s: int,
    e: int,
    inverted: bool,
    after_comma: bool,
    end: int,
) -> Frame:
    cue_s, cue_e = toks[k][1], toks[cue_end_k][2]
    while e > s and text[e - 1] in " \t,":
        e -= 1
    addressee = None
    frame_end = max(cue_e, e)
    lemma = toks[k][0].lower()
    if not inverted and lemma in _ADDRESSING:
        # the addressee: ``told reporters``, ``told the Aspen Security Forum``
        n = cue_end_k + 1
        m = n
        while m < len(toks) and m - n < 8:
            low = toks[m][0].lower()
            if low in _STOP_AT_OPENING or (m > n and text[toks[m - 1][2] : toks[m][1]].strip()):
                break
            m += 1
        if (m > n and lemma in ("told", "tell", "tells", "telling")) or (m > n and m - n <= 4):
            addressee = (toks[n][1], toks[m - 1][2])
            frame_end = addressee[1]
    if addressee is None:
        v = VENUE.match(text, frame_end, end)
        if v:
            addressee = v.span(1)
            frame_end = addressee[1]
    return Frame(cue_s, cue_e, s, e, inverted, after_comma, addressee, frame_end, lemma)
