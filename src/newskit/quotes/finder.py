"""Finding quotes: direct, partial and indirect, with their cue, speaker and addressee.

The text is taken a line (paragraph) at a time. Quote marks are paired
first (:mod:`.marks`); the unquoted stretches between them are searched for
speech cues with a speaker phrase (:mod:`.cues`). Each quoted stretch then
takes the frame next to it (``“…,” he said``, ``she said: “…”``), else a
frame in its sentence (a partial quote inside reported speech), else the
speaker of the quote before it (a continuation); a quoted stretch with no
frame at all is not speech (scare quotes, titles). Sentences with a frame and
no quote give indirect quotes.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

import regex

from .cues import (
    ABBREVIATIONS,
    SUBORDINATE,
    Frame,
    find_frames,
    letter_shape,
    looks_like_speaker,
    opens_no_cue,
    plain_words,
    sentence_subject,
)
from .marks import Quoted, pair_marks

CLOSERS = "”’\"'»›)]"
SPACES = " \t\xa0\u2002\u2003\u2009\u200a\u202f\u3000"
"""White space inside a line, no-break and thin spaces too (news sites put them next to quote marks)."""
OPENERS = "“‘\"'«‹„(["
_DOUBLE_MARKS = frozenset('“”„"«»')
BARE_CLAUSE_CUES = frozenset(
    [
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "tells",
        "told",
        "claim",
        "claims",
        "claimed",
        "argue",
        "argues",
        "argued",
        "insist",
        "insists",
        "insisted",
        "warn",
        "warns",
        "warned",
        "note",
        "notes",
        "noted",
        "explain",
        "explains",
        "explained",
        "add",
        "adds",
        "added",
        "contend",
        "contends",
        "contended",
        "believe",
        "believes",
        "believed",
        "think",
        "thinks",
        "thought",
        "suggest",
        "suggests",
        "suggested",
        "acknowledge",
        "acknowledges",
        "acknowledged",
        "admit",
        "admits",
        "admitted",
        "predict",
        "predicts",
        "predicted",
        "maintain",
        "maintains",
        "maintained",
        "assert",
        "asserts",
        "asserted",
        "agree",
        "agrees",
        "agreed",
        "estimate",
        "estimates",
        "estimated",
        "concede",
        "concedes",
        "conceded",
        "complain",
        "complains",
        "complained",
        "stress",
        "stresses",
        "stressed",
        "report",
        "reports",
        "reported",
        "write",
        "writes",
        "wrote",
        "wrote",
        "tweet",
        "tweets",
        "tweeted",
        "recall",
        "recalls",
        "recalled",
        "confirm",
        "confirms",
        "confirmed",
        "reveal",
        "reveals",
        "revealed",
        "announce",
        "announces",
        "announced",
        "hint",
        "hints",
        "hinted",
        "allege",
        "alleges",
        "alleged",
        "fear",
        "fears",
        "feared",
        "hope",
        "hopes",
        "hoped",
        "expect",
        "expects",
        "expected",
        "according",
        "continue",
        "continues",
        "continued",
        "promise",
        "promises",
        "promised",
        "vow",
        "vows",
        "vowed",
        "pledge",
        "pledges",
        "pledged",
        "concluded",
        "conclude",
        "concludes",
        "feel",
        "feels",
        "felt",
        "observe",
        "observes",
        "observed",
        "emphasize",
        "emphasized",
        "emphasizes",
        "reiterate",
        "reiterates",
        "reiterated",
        "repeat",
        "repeated",
        "repeats",
    ]
)
BARE_CLAUSE_CUES |= frozenset(
    [
        "saying",
        "arguing",
        "adding",
        "noting",
        "insisting",
        "claiming",
        "suggesting",
        "explaining",
        "acknowledging",
        "predicting",
        "asserting",
        "stressing",
        "warning",
    ]
)
"""Cues that take a reported clause without ``that`` (``Khalilzad said peace can only …``, ``…, saying it …``)."""

# Words and gaps are bounded so a scan from every position of a long run stays linear.
THAT = regex.compile(r"[ \t,]{0,8}+(?:(?:[\w’'\-]{1,40}+[ \t]{1,8}+){0,5}?that[ \t]{1,8}+)?+")
TITLE_TRAILER = regex.compile(r"[ \t]*+:[ \t]*+((?:[A-Z][\w’'\-.]*+[ \t]*+){1,4}+)$")
TITLE_LEADER = regex.compile(r"^((?:[A-Z][\w’'\-.]*+[ \t]*+){1,4}+):[ \t]*+(?=[“‘\"'«])")


@dataclass(slots=True)
class Found:
    """A quote found in one text (the body or the title), before speakers are resolved."""

    kind: str
    parts: list[tuple[int, int]]
    where: str
    speaker: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    addressee: tuple[int, int] | None = None
    reported_by: tuple[int, int] | None = None
    inherited: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink a span past white space and a trailing comma."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets where a sentence ends between *start* and *end* (after its final mark)."""
    out = []
    j = start
    for m in _TERM.finditer(text, start, end):  # one scan; marks before j were stepped over
        i = m.start()
        if i < j:
            continue
        j = i + 1
        while j < end and text[j] in CLOSERS:
            j += 1
        k = j
        while k < end and text[k] in SPACES:
            k += 1
        starts = k > j and k < len(text) and (text[k].isupper() or text[k] in OPENERS or text[k].isdigit())
        if starts and (text[i] != "." or not _abbrev_before(text, i)):
            out.append(j)
    return out


_TERM = re.compile(r"[.!?]")  # a plain class: faster in the standard re module
_PASSIVE_BEFORE = frozenset(
    ["when", "if", "after", "before", "once", "unless", "until", "as", "being", "been", "was", "were", "is", "are", "be", "get", "got", "not"]
)
"""Words after which an ``-ed`` form is passive or elliptic (``when asked``, ``was told``), no new cue."""

_LOWER_WORD = regex.compile(r"(?<![\w’'\-])[a-z]++(?![\w’'\-])")


_CLAUSE_CUES_BETWEEN = frozenset(
    ["said", "says", "told", "tells", "wrote", "writes", "adds", "notes", "argues", "insists"]
)
"""Cue words between two quoted stretches that start a new quote (with ``-ed`` and ``-ing`` forms).

Base and ``-s`` forms are left out otherwise: they are nouns as often as verbs (``a report``, ``his remarks``).
"""


def sentence_start(text: str, line: _Line, pos: int) -> int:
    """Where the sentence holding *pos* starts, in its line."""
    ends = sentence_ends(text, max(line.start, pos - 400), pos)
    return ends[-1] if ends else max(line.start, pos - 400)


def _abbrev_before(text: str, dot: int) -> bool:
    s = dot
    while s > 0 and not text[s - 1].isspace() and dot - s < 12:
        s -= 1
    word = text[s : dot + 1].lower().lstrip("(“\"‘'")
    if word in ABBREVIATIONS or word.count(".") >= 2:
        return True
    return len(word) == 2 and word[0].isalpha() and word[0].isupper() is False and text[s].isupper()


def _only(text: str, s: int, e: int, allowed: str = " \t,:—–-") -> bool:
    """Whether ``text[s:e]`` holds only characters of *allowed* and spaces (no-break ones too)."""
    return not text[s:e].strip(allowed + SPACES)


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    quotes: list[Quoted]
    gaps: list[tuple[int, int]]
    frames: list[list[Frame]]
    ends: list[list[int]]
    trailing: dict[int, Frame | None] | None = None  # see _trailing_frame


def _trailing_frame(text: str, line: _Line, j: int) -> Frame | None:
    """The frame closing the sentence that runs on from gap *j* of *line* (``…, the envoy said.``).

    The first bare clause cue after a comma (or inverted) in this gap or, while no sentence
    ends, in the gaps after it. Every gap a search passes gets the same answer, kept on the
    line: a line of many quoted stretches and no sentence end is walked once, not from each.
    """
    memo = line.trailing
    if memo is None:
        memo = line.trailing = {}
    passed = []
    found = None
    while j < len(line.gaps):
        if j in memo:
            found = memo[j]
            break
        passed.append(j)
        ends = line.ends[j]
        limit = ends[0] if ends else line.gaps[j][1]
        for f in line.frames[j]:
            if f.cue_start < limit and (f.after_comma or f.inverted) and f.lemma in BARE_CLAUSE_CUES:
                found = f
                break
        if found or ends or j >= len(line.quotes) or _ends_sentence(text, line.quotes[j]):
            break
        j += 1
    for k in passed:
        memo[k] = found
    return found


class Finder:
    """Finds quotes in one text with a given set of cue forms."""

    def __init__(
        self,
        forms: frozenset[str],
        manner: frozenset[str],
        thinking: frozenset[str],
        *,
        double_apostrophes: bool = False,
    ) -> None:
        self.double_apostrophes = double_apostrophes
        self.forms = forms
        self.manner = manner
        self.thinking = thinking

    # --- lines ----------------------------------------------------------------

    def _line(
        self, text: str, start: int, end: int, quotes: list[Quoted], shape: str, words: list[str]
    ) -> _Line:
        """The gaps between the quotes of a line, their frames and sentence ends (*words*: the line's plain words)."""
        gaps = []
        pos = start
        for q in quotes:
            gaps.append((pos, q.open_at))
            pos = q.close_at + q.close_width if q.close_at is not None else end
        gaps.append((min(pos, end), end))
        frames, ends = [], []
        for i, (gs, ge) in enumerate(gaps):
            ws = plain_words(text, gs, ge, shape) if quotes else words  # once for both lexicons
            fs = find_frames(text, gs, ge, self.forms, after_quote=i > 0, words=ws)
            if self.manner and (i > 0 or i < len(quotes)):
                # a manner verb cues a quote it touches: ``“No,” she laughed`` / ``he yelled “You lie!”``
                fs.extend(
                    f
                    for f in find_frames(text, gs, ge, self.manner, after_quote=i > 0, words=ws)
                    if (i > 0 and _only(text, gs, min(f.speaker_start, f.cue_start), " \t,—–-"))
                    or (i < len(quotes) and not f.inverted and _only(text, f.end, ge, " \t,:"))
                )
                fs.sort(key=lambda f: f.cue_start)
            frames.append(fs)
            # the sentence ends matter only around quotes and frames
            ends.append(sentence_ends(text, gs, ge) if fs or quotes else [])
        return _Line(start, end, quotes, gaps, frames, ends)

    def find(self, text: str, where: str = "body") -> list[Found]:
        """All quotes in *text*, in order."""
        quoted = [q for q in pair_marks(text, double_apostrophes=self.double_apostrophes) if q.depth == 0]
        found: list[Found] = []
        qi = 0
        last: Found | None = None  # the last direct quote of the previous line
        last_open = False
        colon_frame: Found | None = None
        carry: Found | None = None
        title_speaker = _title_speaker(text) if where == "title" else None
        shape = letter_shape(text)  # the letter runs of every stretch, found once
        for ls, le in _lines(text):
            qs = []
            while qi < len(quoted) and quoted[qi].open_at < le:
                if quoted[qi].open_at >= ls:
                    qs.append(quoted[qi])
                qi += 1
            if ls == le:
                continue  # the blank line between paragraphs
            # a line's own words serve only when it has no quote (else each gap has its words)
            words = plain_words(text, ls, le, shape) if not qs else []
            if not qs and where != "title" and opens_no_cue(words, self.forms):
                # no quote and no cue: nothing found here, only the state carried from line to line changes
                if text[ls:le].strip():
                    if carry is not None:
                        found.append(carry)
                        carry = None
                    last, last_open = None, False
                    colon_frame = self._colon_intro(text, ls, le) if where == "body" else None
                continue
            line = self._line(text, ls, le, qs, shape, words)
            got = self._quotes_of_line(text, line, where, last, last_open, colon_frame, title_speaker)
            if carry is not None and text[ls:le].strip():
                # a quote left open at the end of the last paragraph goes on in this one
                first = got[0] if got else None
                if (
                    first is not None
                    and qs
                    and _only(text, ls, qs[0].open_at, " \t")
                    and first.start == _trim(text, qs[0].start, qs[0].end)[0]
                ):
                    first.parts = [*carry.parts, *first.parts]
                else:
                    found.append(carry)
                carry = None
            if (
                got
                and qs
                and qs[-1].close_at is None
                and got[-1].inherited
                and len(qs) == 1
                and _only(text, ls, qs[0].open_at, " \t")
            ):
                carry = got.pop()
            found.extend(got)
            direct = [f for f in got if f.kind == "direct" and f.speaker is not None]
            if text[ls:le].strip():
                last = direct[-1] if direct else (last if not got and _all_quoted(text, line) else None)
                last_open = bool(qs) and qs[-1].close_at is None and last is not None
                colon_frame = self._colon_frame(text, line)
            found.extend(self._indirect(text, line, where, got, title_speaker))
        if carry is not None:
            found.append(carry)
        found.sort(key=lambda f: f.start)
        return found

    def _colon_frame(self, text: str, line: _Line) -> Found | None:
        """The source a line ending with a colon gives the quote opening the next one.

        A frame: ``as Smith put it:``; else the sentence's subject (``Smith issued a statement:``).
        """
        body = text[line.start : line.end].rstrip()
        if not body.endswith(":"):
            return None
        fs = line.frames[-1]
        if fs:
            f = fs[-1]
            return Found(
                "direct", [], "body", (f.speaker_start, f.speaker_end), (f.cue_start, f.cue_end), f.addressee
            )
        if line.quotes and line.quotes[-1].close_at is None:
            return None
        return self._colon_intro(text, line.gaps[-1][0], line.end)

    def _colon_intro(self, text: str, start: int, end: int) -> Found | None:
        """The speaker of a sentence that ends with a colon and no cue before a quote.

        ``She then turned to the crowd:``, ``Senator Ann Lo, R-Maine, had a warning:``; a bare name
        (``Lo:``, ``ISSUE IN BRIEF - Ann Lo:``). ``None`` when the sentence opens with no speaker.
        """
        colon = text.rfind(":", start, end)
        if colon < 0 or text[colon + 1 : end].strip(SPACES + OPENERS):
            return None
        s = sentence_start(text, _Line(start, end, [], [], [], []), colon)
        seg = text[s:colon]
        cut = max(seg.rfind(" - "), seg.rfind(" — "), seg.rfind(" – "))
        if cut >= 0:
            s += cut + 3
            seg = text[s:colon]
        if any(ch in _DOUBLE_MARKS for ch in seg):
            return None  # a headline or a quote of its own before the colon, not a speaker's
        name_end = colon
        paren = seg.rfind("(")
        if paren > 0 and seg.rstrip().endswith(")"):
            name_end = s + paren  # ``Rep. Ann Lo (D-Maine):``: the name without the party
        words = text[s:name_end].split()
        if (
            0 < len(words) <= 4
            and all(w[:1].isupper() for w in words)
            and looks_like_speaker(text[s:name_end])
        ):
            a, b = _trim(text, s, name_end)
            return Found("direct", [], "body", (a, b), extra={"colon": True})
        subject = sentence_subject(text, s, colon)
        if subject is None:
            return None
        a, b = subject
        name = text[a:b]
        if not looks_like_speaker(name) or name.lower().split("’")[0].split("'")[0] == "it":
            return None  # ``It’s simple:``
        if " " not in name:
            after = text[b:colon].split(None, 1)
            if text[b : b + 1] == "," or (after and after[0].lower() in SUBORDINATE):
                return None  # ``Wait, it gets better:``, ``More from the report:``: no subject
        return Found("direct", [], "body", subject, extra={"colon": True})

    # --- quoted stretches -------------------------------------------------------

    def _quotes_of_line(
        self,
        text: str,
        line: _Line,
        where: str,
        last: Found | None,
        last_open: bool,
        colon_frame: Frame | None,
        title_speaker: tuple[int, int] | None,
    ) -> list[Found]:
        out: list[Found] = []
        pending: list[int] = []  # quotes with no frame yet, waiting for one in the line
        current: Found | None = None
        for i, q in enumerate(line.quotes):
            s, e = _trim(text, q.start, q.end)
            if e <= s:
                continue
            f = self._attribute(text, line, i, where, title_speaker)
            if not any(ch.isalpha() for ch in text[s:e]):
                continue
            if f is not None and f.kind == "partial" and looks_like_title(text[s:e]):
                f = None
                if current is None:
                    continue
            same = (
                f is not None
                and current is not None
                and f.cue == current.cue
                and f.speaker == current.speaker
            )
            if same:
                current.parts.append((s, e))  # “…,” said Smith, “…”: one quote in two parts
                continue
            if f is None:
                if looks_like_title(text[s:e]):
                    continue  # ``on ABC’s “This Week”``: a name, not more of the quote
                if current is not None and current.speaker is not None:
                    frame_end = max(current.end, *(current.cue or ()), *(current.speaker or ()))
                    cue = self._cue_between(text, frame_end, q.open_at)
                    if cue is not None:
                        # ``“…,” he said, adding that …“…”``: the same speaker, a new cue, a new quote
                        new = _inherit(current, (s, e), where)
                        new.cue = cue
                        opens = _only(text, sentence_start(text, line, cue[0]), q.open_at, " \t" + OPENERS)
                        # ``adding: “This is …”``: a whole sentence after the cue is direct speech
                        introduced = _only(text, cue[1], q.open_at, " \t,:") and text[s : s + 1].isupper()
                        new.kind = "direct" if opens or introduced else "partial"
                        out.append(new)
                        current = new
                    elif self._same_sentence_run(text, frame_end, q.open_at):
                        current.parts.append((s, e))
                    else:
                        out.append(_inherit(current, (s, e), where))
                    continue
                pending.append(i)
                continue
            f.parts = [(s, e)]
            if pending:
                # quotes before this one in the line, with no frame of their own
                ps = [_trim(text, line.quotes[j].start, line.quotes[j].end) for j in pending]
                if (
                    _only(text, line.quotes[pending[-1]].end, q.open_at, " \t" + CLOSERS)
                    and f.kind == "direct"
                ):
                    f.parts = [*ps, *f.parts]
                elif not f.extra.get("colon"):  # a colon's speaker does not reach back past it
                    out.extend(_inherit(f, p, where) for p in ps)
                pending = []
            out.append(f)
            current = f
        if pending:
            first = line.quotes[pending[0]]
            at_start = not text[line.start : first.open_at].strip()
            no_frames = not any(line.frames)
            source = None
            if at_start and no_frames:
                if colon_frame is not None:
                    source = colon_frame
                elif last is not None:
                    source = last
            if source is not None:
                for j in pending:
                    span = _trim(text, line.quotes[j].start, line.quotes[j].end)
                    if last_open and source is last and j == pending[0]:
                        last.parts.append(span)
                    elif out and out[-1].speaker == source.speaker and out[-1].parts != []:
                        out[-1].parts.append(span)
                    else:
                        out.append(_inherit(source, span, where))
        out.sort(key=lambda f: f.start)
        return out

    def _cue_between(self, text: str, start: int, until: int) -> tuple[int, int] | None:
        """The span of the last cue word between *start* and *until* (``adding``, ``and said``), if any."""
        if until - start > 300:
            return None
        found = None
        prev = ""
        for m in _LOWER_WORD.finditer(text, start, until):
            w = m.group()
            if (
                w in self.forms
                and (w.endswith(("ing", "ed")) or w in _CLAUSE_CUES_BETWEEN)
                and not (prev in _PASSIVE_BEFORE and w.endswith("ed"))  # ``when asked``: not the speaker's cue
            ):
                found = m.span()
            prev = w
        return found

    def _same_sentence_run(self, text: str, start: int, until: int) -> bool:
        """Whether at most one sentence (the frame's) stands between two quoted stretches."""
        if until - start > 300:
            return False
        return all(not text[e:until].strip() for e in sentence_ends(text, max(0, start - 1), until))

    def _attribute(
        self, text: str, line: _Line, i: int, where: str, title_speaker: tuple[int, int] | None
    ) -> Found | None:
        q = line.quotes[i]
        before_gap, after_gap = line.gaps[i], line.gaps[i + 1]
        bframes = line.frames[i]
        aframes = line.frames[i + 1]
        # the sentence around the quote: back to the last end before it, on to the next end
        b_ends = line.ends[i]
        sent_start = b_ends[-1] if b_ends else before_gap[0]
        if not b_ends:
            # the sentence may begin before earlier quotes in the line
            j = i
            while j > max(0, i - 12) and not line.ends[j] and not _ends_sentence(text, line.quotes[j - 1]):
                j -= 1
            sent_start = line.ends[j][-1] if line.ends[j] else line.gaps[j][0]
        sent_start = max(sent_start, q.open_at - 2000)
        inner = [f for f in bframes if f.cue_start >= sent_start]
        # an adjacent frame after: ``“…,” he said`` / ``“…,” said Smith``
        after = None
        for f in aframes:
            lead = min(f.speaker_start, f.cue_start)
            if lead - after_gap[0] > 80:
                break
            if _only(text, after_gap[0], lead, " \t,—–-" + CLOSERS) and (
                not _ends_sentence(text, q) or f.inverted or _short_tail(text, f.end, after_gap[1])
            ):
                after = f
            break
        closes_sentence = _ends_sentence(text, q)
        # a frame at the end of the sentence: ``…, the special US envoy said.``
        trailing = _trailing_frame(text, line, i + 1) if after is None and not closes_sentence else None
        adjacent_before = None
        if inner:
            f = inner[-1]
            if _only(text, f.end, q.open_at, " \t,:—–-") and f.lemma not in self.thinking:
                adjacent_before = f
        at_sentence_start = _only(text, sent_start, q.open_at, " \t" + OPENERS)
        if after is not None:
            kind = "direct" if at_sentence_start or adjacent_before else "partial"
            if (
                inner
                and not adjacent_before
                and inner[-1].lemma != "according"
                and ":" not in text[inner[-1].end : q.open_at]
            ):
                return _found("partial", inner[-1], where, reported=after)
            return _found(kind, after, where)
        if adjacent_before is not None:
            quote_text = text[q.start : q.end].lstrip(" \t“‘\"'")
            colon = text[adjacent_before.end : q.open_at].strip().endswith((":", ","))
            kind = (
                "direct"
                if colon or (quote_text[:1].isupper() and adjacent_before.lemma != "according")
                else "partial"
            )
            return _found(kind, adjacent_before, where, reported=trailing)
        if inner:
            return _found("partial", inner[-1], where, reported=trailing)
        if trailing is not None:
            return _found("partial", trailing, where)
        if title_speaker is not None:
            return Found("partial", [], where, title_speaker)
        if where == "body" and at_sentence_start is False and self._closes_sentence_or_line(text, line, i):
            # ``She then turned to the crowd: “…”``: no cue, the quote after a colon
            intro = text[sent_start : q.open_at].rstrip(SPACES)
            first = text[q.start : q.end].lstrip(SPACES + OPENERS)[:1]
            if intro.endswith(":") and first.isupper() and not looks_like_title(text[q.start : q.end]):
                got = self._colon_intro(text, sent_start, q.open_at)
                if got is not None:
                    return got
        return None

    def _closes_sentence_or_line(self, text: str, line: _Line, i: int) -> bool:
        """Whether the quoted stretch *i* ends its sentence or its line."""
        q = line.quotes[i]
        if q.close_at is None or _ends_sentence(text, q):
            return True
        gs, ge = line.gaps[i + 1]
        return not text[gs:ge].strip(SPACES + ".!?" + CLOSERS)

    # --- indirect speech ------------------------------------------------------------

    def _indirect(
        self, text: str, line: _Line, where: str, got: list[Found], title_speaker: tuple[int, int] | None
    ) -> list[Found]:
        out: list[Found] = []
        for gi, (gs, ge) in enumerate(line.gaps):
            frames = line.frames[gi]
            if not frames:
                continue
            bounds = [gs, *line.ends[gi], ge]
            cues = [f.cue_start for f in frames]  # in order: find_frames gives them so
            for a, b in itertools.pairwise(bounds):
                # the sentence's frames, by bisection: a line of many sentences and frames stays linear
                sent = frames[bisect.bisect_left(cues, a) : bisect.bisect_left(cues, b)]
                if not sent:
                    continue
                q = self._indirect_in(text, a, b, sent, where, gi, line)
                if q is not None:
                    out.append(q)
        if where == "title" and title_speaker is not None and not got and not out:
            cut = TITLE_TRAILER.search(text, line.start, line.end)
            if cut is not None:
                s, e = _trim(text, line.start, cut.start())
                if e > s:
                    out.append(Found("indirect", [(s, e)], where, title_speaker))
        return out

    def _indirect_in(
        self, text: str, a: int, b: int, sent: list[Frame], where: str, gi: int, line: _Line
    ) -> Found | None:
        # a sentence cut by a quote it does not attribute is left alone
        if (gi > 0 and a == line.gaps[gi][0]) or (gi < len(line.quotes) and b == line.gaps[gi][1]):
            return None
        first = sent[0]
        last = sent[-1]
        end = b
        while end > a and text[end - 1] in " \t.!?" + CLOSERS:
            end -= 1
        # ``…, the US State Department said (on Tuesday).``
        if last.after_comma or last.inverted:
            comma = text.rfind(",", a, min(last.speaker_start, last.cue_start) + 1)
            tail = text[last.end : end].split()
            if comma > a and len(tail) <= 8 and last.lemma in BARE_CLAUSE_CUES:
                s, e = _trim(text, a, comma)
                if len(text[s:e].split()) >= 3:
                    return _found("indirect", last, where, span=(s, e))
        takes_clause = first.lemma in BARE_CLAUSE_CUES or _that_follows(text, first.end)
        if first.lemma != "according" and (first.inverted or not takes_clause):
            return None
        if first.lemma == "according":
            if first.speaker_start - a < 16:  # According to X, …
                comma = text.find(",", first.speaker_end, end)
                if comma < 0:
                    return None
                s, e = _trim(text, comma + 1, end)
            else:  # …, according to X.
                s, e = _trim(text, a, first.cue_start)
        else:
            s = first.end
            m = THAT.match(text, s, end)
            s, e = _trim(text, m.end() if m else s, end)
        if len(text[s:e].split()) < 3:
            return None
        return _found("indirect", first, where, span=(s, e))


SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "from",
        "by",
        "is",
        "my",
        "our",
        "your",
        "vs",
    ]
)


def looks_like_title(quoted: str) -> bool:
    """A short quoted stretch in title case: a name or title (``The Apprentice``), not speech."""
    ws = quoted.strip(" ,.;:!?").split()
    if not ws or len(ws) > 8:
        return False
    caps = [w for w in ws if w.lower() not in SMALL_WORDS or w is ws[0]]
    return all(w[:1].isupper() or not w[:1].isalpha() for w in caps) and (len(ws) > 1 or ws[0][:1].isupper())


def _short_tail(text: str, pos: int, end: int) -> bool:
    """Whether the sentence ends within a few words of *pos* (``“Why?” Trump asked reporters.``)."""
    ends = sentence_ends(text, pos, end)
    stop = ends[0] if ends else end
    return len(text[pos:stop].split()) <= 10


def _that_follows(text: str, pos: int) -> bool:
    return text[pos : pos + 6].strip().startswith("that ")


def _ends_sentence(text: str, q: Quoted) -> bool:
    inside = text[q.start : q.end].rstrip()
    return inside[-1:] in ".!?"


def _all_quoted(text: str, line: _Line) -> bool:
    return bool(line.quotes) and not any(text[s:e].strip() for s, e in line.gaps)


def _found(
    kind: str, f: Frame, where: str, *, reported: Frame | None = None, span: tuple[int, int] | None = None
) -> Found:
    return Found(
        kind,
        [span] if span else [],
        where,
        (f.speaker_start, f.speaker_end),
        (f.cue_start, f.cue_end),
        f.addressee,
        (reported.speaker_start, reported.speaker_end) if reported else None,
    )


def _inherit(source: Found, span: tuple[int, int], where: str) -> Found:
    return Found(
        source.kind if source.kind != "indirect" else "direct",
        [span],
        where,
        source.speaker,
        source.cue,
        source.addressee,
        source.reported_by,
        inherited=True,
    )


def _title_speaker(title: str) -> tuple[int, int] | None:
    """The speaker named by a headline's trailing colon (``…: Khalilzad``) or leading one."""
    m = TITLE_TRAILER.search(title)
    if m:
        s, e = _trim(title, *m.span(1))
        if e > s:
            return s, e
    m = TITLE_LEADER.match(title)
    if m:
        return _trim(title, *m.span(1))
    return None
