"""Cleanup edits: what a cleanup plugin asks for, and how the core carries it out.

Cleanup plugins never change a document themselves. They return :class:`Cut`
and :class:`Relabel` edits; :func:`apply_edits` performs them and records every
cut as a :class:`~newskit.model.Removal` (or a reader comment), so no text is
ever lost and every removal names its rule and plugin.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from collections.abc import Iterable
from typing import Any

import attrs

from .model import BLOCK_KINDS, Block, Comment, Document, Removal, _layout

MOVE_TARGETS = frozenset({"title", "authors", "published", "updated", "comments", "credits"})
"""Fields a :class:`Cut` may move its text to."""


@attrs.frozen
class Cut:
    """Remove ``text[start:end]`` from the article body.

    With ``to`` the text is moved to a document field instead of the bin:
    ``"title"``, ``"authors"``, ``"published"``, ``"updated"``, ``"comments"``
    or ``"credits"``; ``value`` is the parsed value for that field (a title
    string, a list of names, an aware datetime, a :class:`~newskit.model.Comment`).
    Offsets are into :attr:`Document.text`; a cut may span several blocks.
    """

    start: int
    end: int
    reason: str
    rule: str
    to: str | None = attrs.field(default=None, kw_only=True)
    value: Any = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"Cut: invalid span {self.start}-{self.end}")
        if self.to is not None and self.to not in MOVE_TARGETS:
            raise ValueError(f"Cut: to must be one of {sorted(MOVE_TARGETS)}, got {self.to!r}")


@attrs.frozen
class Relabel:
    """Give body block number ``block`` another kind (``"caption"``, ``"heading"``, …).

    With ``at`` (an offset into :attr:`Document.text` inside the block), only the
    piece of the block that cuts leave standing around that offset changes kind:
    a caption line that a cut separates from the paragraph above it.
    """

    block: int
    kind: str = attrs.field(validator=attrs.validators.in_(BLOCK_KINDS))
    reason: str
    rule: str
    at: int | None = attrs.field(default=None, kw_only=True)


Edit = Cut | Relabel


def _pieces(block: Block, cuts: list[tuple[int, int]], kinds: list[tuple[int, str]] | None = None) -> list[Block]:
    """What is left of *block* after removing *cuts* (block-relative, sorted, disjoint).

    *kinds* gives ``(block-relative offset, kind)`` for pieces that take another kind.
    """
    out: list[Block] = []
    pos = 0
    for a, b in [*cuts, (len(block.text), len(block.text))]:
        seg = block.text[pos:a]
        lead = len(seg) - len(seg.lstrip())
        piece = seg.strip()
        if piece:
            s = e = None
            if block.exact:
                s = block.source_start + pos + lead
                e = s + len(piece)
            kind = block.kind
            for off, k in kinds or ():
                if pos <= off < a:
                    kind = k
                    break
            out.append(Block(kind, piece, source_start=s, source_end=e))
        pos = b
    return out


def _first_claims(claimed: list[tuple[int, int, str, Cut]]) -> list[tuple[int, int, str, Cut]]:
    """Give each character to the first cut (in edit order) that covers it; sorted by start."""
    taken: list[tuple[int, int]] = []  # disjoint, sorted
    owned: list[tuple[int, int, str, Cut]] = []
    for a, b, plugin, cut in claimed:
        i = bisect.bisect_left(taken, (a, a))
        if i and taken[i - 1][1] > a:
            i -= 1
        pos = a
        while pos < b:
            nxt = taken[i] if i < len(taken) else (b, b)
            if nxt[0] > pos:
                end = min(nxt[0], b)
                owned.append((pos, end, plugin, cut))
                taken.insert(i, (pos, end))
                i += 1
                pos = end
                continue
            pos = max(pos, nxt[1])
            i += 1
    owned.sort(key=lambda x: x[0])
    return owned


def _beyond(pieces: list[str], comment: Comment) -> str:
    """The text of *pieces* that *comment* does not hold (its text and author taken out once each)."""
    rest = "\n".join(pieces)
    for held in (comment.text, comment.author):
        if not held:
            continue
        i = rest.find(held)
        if i >= 0:
            rest = rest[:i] + "\n" + rest[i + len(held) :]
        else:  # the comment's text was re-spaced: take out the lines it holds
            rest = "\n".join(line for line in rest.split("\n") if line.strip() not in held)
    return "\n".join(line.strip() for line in rest.split("\n") if line.strip())


def apply_edits(doc: Document, edits: Iterable[tuple[str, Edit]]) -> Document:
    """Carry out *edits* (pairs of plugin name and edit) on *doc*.

    Earlier edits win where cuts overlap; every cut character is recorded once.
    """
    text = doc.text
    n = len(text)
    relabels: dict[int, str] = {}
    piece_kinds: dict[int, list[tuple[int, str]]] = {}  # block -> (block-relative offset, kind)
    claimed: list[tuple[int, int, str, Cut]] = []
    for plugin, edit in edits:
        if isinstance(edit, Relabel):
            if 0 <= edit.block < len(doc.body):
                if edit.at is None:
                    relabels.setdefault(edit.block, edit.kind)
                else:
                    piece_kinds.setdefault(edit.block, []).append((edit.at - doc.body[edit.block].start, edit.kind))
            continue
        claimed.append((min(edit.start, n), min(edit.end, n), plugin, edit))
    if not claimed and not relabels and not piece_kinds:
        return doc

    owner_spans = _first_claims(claimed)

    body: list[Block] = []
    removals: list[tuple[int, Removal]] = []  # (number of kept blocks before it, removal)
    comments = list(doc.comments)
    comment_of: dict[int, int] = {}  # id of a cut to comments -> its Comment (a cut across blocks makes one)
    unplaced: dict[int, tuple[int, tuple[str, Cut, Comment], list[str]]] = {}  # comments without offsets
    fields: dict[str, Any] = {}
    authors = list(doc.authors)
    credits: list[str] = []
    k = 0
    for bi, block in enumerate(doc.body):
        if bi in relabels:
            block = attrs.evolve(block, kind=relabels[bi])
        local: list[tuple[int, int]] = []
        kept_before = 0  # pieces of this block left standing before the current cut
        while k < len(owner_spans) and owner_spans[k][0] < block.end:
            a, b, plugin, cut = owner_spans[k]
            ca, cb = max(a, block.start), min(b, block.end)
            if ca < cb:
                prev_end = block.start + (local[-1][1] if local else 0)
                if text[prev_end:ca].strip():
                    kept_before += 1
                piece = text[ca:cb]
                stripped = piece.strip()
                if stripped:
                    lead = len(piece) - len(piece.lstrip())
                    s = e = None
                    if block.exact:
                        s = block.source_start + (ca - block.start) + lead
                        e = s + len(stripped)
                    if cut.to == "comments" and id(cut) in comment_of and isinstance(cut.value, Comment):
                        # a later piece of the same comment (its next paragraph): one Comment
                        i = comment_of[id(cut)]
                        if e is not None:
                            comments[i] = attrs.evolve(comments[i], source_end=e)
                        elif id(cut) in unplaced:
                            unplaced[id(cut)][2].append(stripped)
                    elif cut.to == "comments":
                        value = cut.value if isinstance(cut.value, Comment) else None
                        if value is not None and s is None:
                            # no input offsets to cover the comment's header: keep its pieces to
                            # record what the Comment does not hold (number, date line)
                            unplaced[id(cut)] = (len(body) + kept_before, (plugin, cut, value), [stripped])
                        comment_of[id(cut)] = len(comments)
                        comments.append(
                            attrs.evolve(value, source_start=s, source_end=e)
                            if value is not None
                            else Comment(stripped, source_start=s, source_end=e)
                        )
                    else:
                        removals.append(
                            (
                                len(body) + kept_before,
                                Removal(
                                    stripped,
                                    reason=cut.reason,
                                    rule=cut.rule,
                                    plugin=plugin,
                                    source_start=s,
                                    source_end=e,
                                    field=cut.to,
                                ),
                            )
                        )
                local.append((ca - block.start, cb - block.start))
            if b <= block.end:
                k += 1
            else:
                break
        if local or bi in piece_kinds:
            body.extend(_pieces(block, local, piece_kinds.get(bi)))
        else:
            body.append(block)

    for _a, _b, _plugin, cut in owner_spans:
        piece = text[_a:_b].strip()
        if cut.to == "title" and "title" not in fields:
            fields["title"] = cut.value if isinstance(cut.value, str) else piece
        elif cut.to == "authors":
            for name in cut.value if isinstance(cut.value, (list, tuple)) else [piece]:
                if name not in authors:
                    authors.append(name)
        elif cut.to in ("published", "updated") and isinstance(cut.value, _dt.datetime):
            fields.setdefault(cut.to, cut.value)
        elif cut.to == "credits":
            credits.append(cut.value if isinstance(cut.value, str) else piece)

    for where, (plugin, cut, comment), pieces in unplaced.values():
        rest = _beyond(pieces, comment)
        if rest:
            removals.append(
                (
                    where,
                    Removal(
                        rest,
                        reason="reader comment's header (number, date)",
                        rule=cut.rule,
                        plugin=plugin,
                        field="comments",
                    ),
                )
            )
    removals.sort(key=lambda item: item[0])
    laid = _layout(body)  # the blocks with their offsets, as the new document will hold them
    placed = [attrs.evolve(r, at=laid[i - 1].end if i else 0) for i, r in removals]
    return attrs.evolve(
        doc,
        body=laid,
        removed=(*doc.removed, *placed),
        comments=comments,
        authors=authors,
        title=doc.title or fields.get("title"),
        published=doc.published or fields.get("published"),
        updated=doc.updated or fields.get("updated"),
        credits=(*doc.credits, *credits),
    )
