"""The built-in ``newskit_clean`` plugin: the generic cleanup rules for any site.

:func:`plan` reads the body line by line and decides, in this order:

1. whole-line rules (comment forms, junk, teaser headings; see the tables in
   :mod:`~newskit.cleanup.comments`, :mod:`~newskit.cleanup.junk` and
   :mod:`~newskit.cleanup.teasers`);
2. metadata near the top (bylines, publication and update times), before the
   first line of article prose;
3. the headlines and snippets after each teaser heading;
4. wire credits;
5. reader comments, inside comment sections only;
6. captions, relabelled rather than removed.

Every decision becomes a :class:`~newskit.edits.Cut` or
:class:`~newskit.edits.Relabel`; the core records each cut with its reason,
rule id and this plugin's name, so nothing is lost.
"""

from __future__ import annotations

from typing import Any

import attrs

from ..edits import Cut, Edit, Relabel
from ..markers import hookimpl
from ..model import Comment, Document
from .captions import caption_rule
from .comments import FORM_RULES, looks_like_comment, make_comment, split_number
from .junk import RULES as JUNK_RULES
from .junk import SOCIAL_ITEM
from .lines import MAX_RULE_CHARS, Line, blocks_of, body_lines, is_prose
from .metadata import credits_field, top_line_fields
from .rules import Rule, RuleSet
from .teasers import MAX_ITEMS, teaser_item
from .teasers import RULES as TEASER_RULES

PLUGIN = __name__

TOP_LINES = 8
"""Bylines and times are looked for at the top, before the first line of prose and
until this many lines have been kept (lines that rules take do not count)."""

LINE_RULES = RuleSet(
    (
        *(r for r in FORM_RULES if r.where == "any"),
        *(r for r in TEASER_RULES if r.action == "teaser-heading"),
        *(r for r in JUNK_RULES if r.where == "any"),
        *(r for r in TEASER_RULES if r.action == "teaser-inline"),
    )
)
"""Rules tried on every line, in this order; the first that matches decides."""
TOP_RULES = RuleSet(tuple(r for r in JUNK_RULES if r.where == "top"))
FORM_FIELD_RULES = RuleSet(tuple(r for r in FORM_RULES if r.where == "form"))


@attrs.frozen
class Tag:
    """A decision about (part of) one line: what to cut, why, and where the text goes."""

    start: int  # offsets into Document.text
    end: int
    rule: str
    reason: str
    action: str = "drop"
    to: str | None = None
    value: Any = None

    def cut(self) -> Cut:
        return Cut(self.start, self.end, reason=self.reason, rule=self.rule, to=self.to, value=self.value)


def _whole(line: Line, rule: Rule) -> Tag:
    return Tag(line.start, line.end, rule.id, rule.reason, rule.action)


def _first_match(rules: RuleSet, text: str) -> Rule | None:
    if len(text) > MAX_RULE_CHARS:
        return None
    return rules.first(text)


def _tag_lines(lines: list[Line]) -> dict[int, list[Tag]]:
    tags: dict[int, list[Tag]] = {}
    for i, line in enumerate(lines):
        rule = _first_match(LINE_RULES, line.text)
        if rule is not None:
            tags[i] = [_whole(line, rule)]
    return tags


def _tag_widget_buttons(lines: list[Line], tags: dict[int, list[Tag]]) -> None:
    """Single buttons (``Facebook``, ``Email``) on the lines after a share or follow widget."""
    for i in range(1, len(lines)):
        prev = tags.get(i - 1)
        if i in tags or not prev or prev[0].rule not in ("cleanup.share-widget", "cleanup.follow-widget"):
            continue
        if lines[i].block - lines[i - 1].block <= 1 and SOCIAL_ITEM.fullmatch(lines[i].text):
            tags[i] = [Tag(lines[i].start, lines[i].end, prev[0].rule, prev[0].reason)]


def _tag_top(lines: list[Line], tags: dict[int, list[Tag]], skip: set[int], site_zone: str | None) -> None:
    """Bylines, times and reading times among the first lines, before the article's prose.

    Only lines no other rule took are looked at (and counted), so that the
    decision is the same when the cleaned text is read again.
    """
    seen = 0
    for i, line in enumerate(lines):
        if i in tags or i in skip:
            continue
        if is_prose(line.text) or seen >= TOP_LINES or split_number(line.text):
            return
        rule = _first_match(TOP_RULES, line.text)
        if rule is not None:
            tags[i] = [_whole(line, rule)]
            continue
        fields = top_line_fields(line.text, site_zone)
        if fields:
            tags[i] = [
                Tag(line.start + f.start, line.start + f.end, f.rule, f.reason, "meta", f.to, f.value)
                for f in fields
            ]
        else:
            seen += 1


def _tag_form_fields(lines: list[Line], tags: dict[int, list[Tag]]) -> None:
    """Short form fields (``Name*``, ``Email*``) count only next to other form lines."""
    candidates = {
        i: r
        for i, line in enumerate(lines)
        if i not in tags and (r := _first_match(FORM_FIELD_RULES, line.text))
    }

    def is_form(i: int) -> bool:
        return i in tags and tags[i][0].action in ("form", "comment-count")

    for order in (sorted(candidates), sorted(candidates, reverse=True)):
        for i in order:
            if i not in tags and (is_form(i - 1) or is_form(i + 1)):
                tags[i] = [_whole(lines[i], candidates[i])]


def _tag_teasers(lines: list[Line], tags: dict[int, list[Tag]]) -> None:
    i = 0
    while i < len(lines):
        if i not in tags or tags[i][0].action != "teaser-heading":
            i += 1
            continue
        previous: str | None = None
        j = i + 1
        while j < len(lines) and j not in tags and j - i <= MAX_ITEMS:
            kind = teaser_item(lines[j].text, previous)
            if kind is None or (kind == "headline" and _subheading(lines, tags, i, j)):
                break
            tags[j] = [
                Tag(lines[j].start, lines[j].end, "cleanup.teaser-item", f"teaser {kind}", "teaser-item")
            ]
            previous = kind
            j += 1
        i = j


def _subheading(lines: list[Line], tags: dict[int, list[Tag]], heading: int, j: int) -> bool:
    """A one-line block, not in the heading's block, followed by article prose: the article goes on."""
    line = lines[j]
    alone = (j == 0 or lines[j - 1].block != line.block) and (
        j + 1 == len(lines) or lines[j + 1].block != line.block
    )
    if not alone or lines[heading].block == line.block:
        return False
    nxt = j + 1
    return nxt < len(lines) and nxt not in tags and is_prose(lines[nxt].text)


def _tag_credits(lines: list[Line], tags: dict[int, list[Tag]]) -> None:
    for i, line in enumerate(lines):
        if i in tags:
            continue
        f = credits_field(line.text)
        if f is not None:
            tags[i] = [Tag(line.start + f.start, line.start + f.end, f.rule, f.reason, "meta", f.to, f.value)]


_JUNK, _ITEM, _OTHER = "junk", "item", "other"
_COMMENT_SIGNS = frozenset({"form", "comment-count"})


def _comment_blocks(
    document: Document, lines: list[Line], tags: dict[int, list[Tag]], site_zone: str | None
) -> dict[int, tuple[range, int | None]]:
    """Blocks that are reader comments: block index → (its comment's lines, the block
    of the comment it continues or ``None``)."""
    if not any(t.action in _COMMENT_SIGNS for ts in tags.values() for t in ts):
        return {}  # comments follow a comment count or precede a comment form: neither is here
    groups = list(blocks_of(lines))
    kinds: list[str] = []
    marks: list[set[str]] = []
    for _block, idx in groups:
        free = [k for k in idx if k not in tags]
        actions = {tags[k][0].action for k in idx if k in tags}
        marks.append(actions)
        if not free:
            kinds.append(_JUNK)
        elif free == list(range(free[0], free[-1] + 1)) and looks_like_comment(
            [lines[k].text for k in free], site_zone
        ):
            kinds.append(_ITEM)
        else:
            kinds.append(_OTHER)
    n = len(groups)
    headed = [False] * n  # after a comment count, through comments and junk only
    state = False
    for g in range(n):
        if "comment-count" in marks[g]:
            state = True
        if kinds[g] == _ITEM:
            headed[g] = state
        elif kinds[g] == _OTHER and not (state and _continues(g, kinds, marks)):
            state = False
    formed = [False] * n  # before a comment form, through comments and junk only
    state = False
    for g in reversed(range(n)):
        if kinds[g] == _OTHER:
            state = False
        elif kinds[g] == _ITEM:
            formed[g] = state
        if marks[g] & _COMMENT_SIGNS:
            state = True
    accepted: dict[int, tuple[range, int | None]] = {}
    introduced = False  # the numbered blocks follow a paragraph ending with ':'
    for g in range(n):
        if kinds[g] != _ITEM:
            introduced = False
            continue
        if g > 0 and kinds[g - 1] == _OTHER:
            introduced = lines[groups[g - 1][1][-1]].text.endswith(":")
        if not headed[g] and (not formed[g] or introduced):
            continue  # e.g. an article's numbered list, introduced by the paragraph before it
        accepted[groups[g][0]] = (_free_range(groups[g][1], tags), None)
        k = g + 1
        while headed[g] and k < n and kinds[k] == _OTHER and _continues(k, kinds, marks):
            accepted[groups[k][0]] = (_free_range(groups[k][1], tags), groups[g][0])
            k += 1
    return accepted


def _free_range(idx: list[int], tags: dict[int, list[Tag]]) -> range:
    """From the first to the last line of a block that no other rule took."""
    free = [k for k in idx if k not in tags]
    return range(free[0], free[-1] + 1)


def _continues(k: int, kinds: list[str], marks: list[set[str]]) -> bool:
    """More paragraphs of a comment: at most three other blocks, after a comment and
    before the next comment or a comment form."""
    after = k
    while after < len(kinds) and kinds[after] == _OTHER and after - k < 3:
        after += 1
    before = k
    while before >= 0 and kinds[before] == _OTHER and k - before < 3:
        before -= 1
    if before < 0 or kinds[before] != _ITEM or after >= len(kinds):
        return False
    return kinds[after] == _ITEM or bool(marks[after] & _COMMENT_SIGNS)


def plan(document: Document, site_zone: str | None = None) -> list[Edit]:
    """The edits the generic rules make to *document*.

    :param site_zone: the IANA zone of the site, used for times printed without
        one (UTC when ``None``).
    """
    lines = body_lines(document)
    if not lines:
        return []
    tags = _tag_lines(lines)
    _tag_widget_buttons(lines, tags)
    _tag_form_fields(lines, tags)
    _tag_teasers(lines, tags)
    _tag_credits(lines, tags)
    comments = _comment_blocks(document, lines, tags, site_zone)
    # a comment's later paragraph takes the lines from the end of the one before it (lines
    # other rules tagged between them included): one comment is one stretch of the input
    prev: dict[int, range] = {}
    for block, (idx, parent) in sorted(comments.items()):
        if parent is not None and parent in prev:
            idx = range(prev[parent].stop, idx.stop)
            comments[block] = (idx, parent)
            prev[parent] = idx
        else:
            prev[block] = idx
    in_comments = {k for idx, _parent in comments.values() for k in idx}
    _tag_top(lines, tags, in_comments, site_zone)

    edits: list[Edit] = []
    for i in sorted(tags):
        if i not in in_comments:
            edits.extend(t.cut() for t in tags[i])
    # one comment per reader comment: its later paragraphs (blocks that continue it) join
    # its text, and one cut covers them all (the core makes one Comment of a cut's pieces)
    whole: dict[int, tuple[int, int, Comment]] = {}  # first block -> (start, end, comment)
    for block, (idx, parent) in sorted(comments.items()):
        first, last = lines[idx[0]], lines[idx[-1]]
        value = make_comment([lines[k].text for k in idx], site_zone, numbered=parent is None)
        if parent is not None and parent in whole:
            start, _end, head = whole[parent]
            whole[parent] = (start, last.end, attrs.evolve(head, text=f"{head.text}\n\n{value.text}"))
        else:
            whole[block] = (first.start, last.end, value)
    for start, end, value in whole.values():
        edits.append(
            Cut(
                start,
                end,
                reason="reader comment",
                rule="cleanup.reader-comment",
                to="comments",
                value=value,
            )
        )
    for block, idx in blocks_of(lines):
        if block in comments or document.body[block].kind == "caption":
            continue
        free = [k for k in idx if k not in tags]
        rules = {k: caption_rule(lines[k].text) for k in free}
        found = list(rules.values())
        if found and all(found):
            rule, reason = found[0]
            edits.append(Relabel(block, "caption", reason=reason, rule=rule))
            continue
        if len(free) == len(idx):
            continue  # no cuts in the block: no piece of it is a caption on its own
        # a block that cuts split: a piece made only of caption lines is a caption
        for run in _runs(idx, lines, tags):
            found = [rules[k] for k in run]
            if len(run) < len(free) and found and all(found):
                rule, reason = found[0]
                edits.append(Relabel(block, "caption", reason=reason, rule=rule, at=lines[run[0]].start))
    return edits


def _runs(idx: list[int], lines: list[Line], tags: dict[int, list[Tag]]) -> list[list[int]]:
    """The block's untagged lines in runs, split at lines that cuts take whole."""
    runs: list[list[int]] = [[]]
    for k in idx:
        if k not in tags:
            runs[-1].append(k)
        elif any(t.start <= lines[k].start and t.end >= lines[k].end for t in tags[k]):
            if runs[-1]:
                runs.append([])
        else:
            return []  # a line partly cut: leave the block's kinds alone
    return [r for r in runs if r]


@hookimpl
def newskit_clean(document: Document) -> list[Edit] | None:
    """Cut junk, move metadata and reader comments out of the body, mark captions."""
    return plan(document) or None
