"""Cleanup edits: what a cleanup plugin asks for, and how the core carries it out.

Cleanup plugins never change a document themselves. They return :class:`Cut`
and :class:`Relabel` edits; :func:`apply_edits` performs them and records every
cut as a :class:`~newskit.model.Removal` (or a reader comment), so no text is
ever lost and every removal names its rule and plugin.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from typing import Any

import attrs

from .model import BLOCK_KINDS, Block, Comment, Document, Removal

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
    """Give body block number ``block`` another kind (``"caption"``, ``"heading"``, …)."""

    block: int
    kind: str = attrs.field(validator=attrs.validators.in_(BLOCK_KINDS))
    reason: str
    rule: str


Edit = Cut | Relabel


def _pieces(block: Block, cuts: list[tuple[int, int]]) -> list[Block]:
    """What is left of *block* after removing *cuts* (block-relative, sorted, disjoint)."""
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
            out.append(Block(block.kind, piece, source_start=s, source_end=e))
        pos = b
    return out


def apply_edits(doc: Document, edits: Iterable[tuple[str, Edit]]) -> Document:
    """Carry out *edits* (pairs of plugin name and edit) on *doc*.

    Earlier edits win where cuts overlap; every cut character is recorded once.
    """
    text = doc.text
    n = len(text)
    relabels: dict[int, str] = {}
    claimed: list[tuple[int, int, str, Cut]] = []
    for plugin, edit in edits:
        if isinstance(edit, Relabel):
            if 0 <= edit.block < len(doc.body):
                relabels.setdefault(edit.block, edit.kind)
            continue
        claimed.append((min(edit.start, n), min(edit.end, n), plugin, edit))
    if not claimed and not relabels:
        return doc

    # Assign each character to the first cut that claims it (sweep in order of start).
    owner_spans: list[tuple[int, int, str, Cut]] = []
    order = sorted(range(len(claimed)), key=lambda i: (claimed[i][0], i))
    covered_to = 0
    for i in order:
        a, b, plugin, cut = claimed[i]
        a = max(a, covered_to)
        if a < b:
            owner_spans.append((a, b, plugin, cut))
            covered_to = b

    body: list[Block] = []
    removals: list[tuple[int, Removal]] = []  # (index of next kept block, removal)
    comments = list(doc.comments)
    fields: dict[str, Any] = {}
    authors = list(doc.authors)
    credits: list[str] = []
    k = 0
    for bi, block in enumerate(doc.body):
        if bi in relabels:
            block = attrs.evolve(block, kind=relabels[bi])
        local: list[tuple[int, int]] = []
        while k < len(owner_spans) and owner_spans[k][0] < block.end:
            a, b, plugin, cut = owner_spans[k]
            ca, cb = max(a, block.start), min(b, block.end)
            if ca < cb:
                piece = text[ca:cb]
                stripped = piece.strip()
                if stripped:
                    lead = len(piece) - len(piece.lstrip())
                    s = e = None
                    if block.exact:
                        s = block.source_start + (ca - block.start) + lead
                        e = s + len(stripped)
                    if cut.to == "comments":
                        value = cut.value if isinstance(cut.value, Comment) else None
                        comments.append(
                            attrs.evolve(value, source_start=s, source_end=e)
                            if value is not None
                            else Comment(stripped, source_start=s, source_end=e)
                        )
                    else:
                        removals.append(
                            (
                                len(body),
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
        if local:
            body.extend(_pieces(block, local))
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

    new = attrs.evolve(doc, body=body)
    positions = [b.start for b in new.body]
    placed = [attrs.evolve(r, at=positions[i] if i < len(positions) else len(new.text)) for i, r in removals]
    return attrs.evolve(
        new,
        removed=(*doc.removed, *placed),
        comments=comments,
        authors=authors,
        title=doc.title or fields.get("title"),
        published=doc.published or fields.get("published"),
        updated=doc.updated or fields.get("updated"),
        credits=(*doc.credits, *credits),
    )
