"""Example newskit site plugin: The Harbour Ledger (``harbourledger.example``).

The Harbour Ledger is a fictional news site; this package shows how a site
plugin is laid out and tested. It implements two hooks:

* :func:`newskit_identify_site` says ``"harbourledger"`` for the site's URLs
  or, for input without a URL, when the text carries the site's copyright
  footer (``© The Harbour Ledger``);
* :func:`newskit_clean` cuts the site's junk blocks (the "Subscribe to the
  Ledger" promo, the "Share this story" widget line and the copyright footer)
  and moves the ``By NAME | Harbour Ledger`` byline into ``authors``.

Rules match whole blocks only, so article text is never cut. Installed, the
plugin is loaded through the entry point ``example`` in the group
``newskit``; block it with ``NEWSKIT_BLOCK_PLUGINS=example``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newskit import Cut, hookimpl

if TYPE_CHECKING:
    from newskit import Block, Document, Source

__version__ = "0.1.0"

__all__ = ["DOMAINS", "SITE", "__version__", "newskit_clean", "newskit_identify_site"]

SITE = "harbourledger"
"""The site key this plugin answers to."""

DOMAINS = frozenset({"harbourledger.example", "www.harbourledger.example"})
"""Hosts of the site."""

FOOTER_MARK = re.compile(r"(?:©|&copy;|&#169;)\s*(?:\d{4}\s+)?The Harbour Ledger\b")
"""The telltale copyright string, looked for in input that comes without a URL."""

_WIDGETS = r"(?:Facebook|X|Twitter|WhatsApp|Telegram|LinkedIn|Email|Copy link)"

PROMO = re.compile(r"Subscribe to the Ledger\b[^\n]{0,200}")
SHARE = re.compile(rf"Share this story:?(?:[ \t]*(?:[|·,][ \t]*)?{_WIDGETS})*")
FOOTER = re.compile(
    r"(?:©|\(c\))[ \t]*(?:\d{4}[ \t]+)?The Harbour Ledger(?:[ \t]+\d{4})?\.?(?:[ \t]+All rights reserved\.?)?"
)

_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4}"
BYLINE = re.compile(
    rf"By[ \t]+(?P<names>{_NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_NAME})*)[ \t]*\|[ \t]*(?:The[ \t]+)?Harbour Ledger"
)

JUNK = (
    (PROMO, "newsletter promo", "harbourledger.promo"),
    (SHARE, "share widget", "harbourledger.share"),
    (FOOTER, "site footer", "harbourledger.footer"),
)
"""Whole-block patterns of the site's junk: pattern, reason, rule id."""


@hookimpl
def newskit_identify_site(source: Source) -> str | None:
    """``"harbourledger"`` for the site's URLs, or for URL-less input with its footer."""
    if source.url:
        return SITE if source.host in DOMAINS else None
    # a substring test first: this runs on every URL-less input, and most are not ours
    text = source.text
    return SITE if "Harbour Ledger" in text and FOOTER_MARK.search(text) else None


def _byline_names(names: str) -> list[str]:
    return [n.strip() for n in re.split(r",|[ \t]+and[ \t]+", names) if n.strip()]


def _edits(blocks: tuple[Block, ...]) -> Iterator[Cut]:
    for block in blocks:
        text = block.text
        for pattern, reason, rule in JUNK:
            if pattern.fullmatch(text):
                yield Cut(block.start, block.end, reason=reason, rule=rule)
                break
        else:
            m = BYLINE.fullmatch(text)
            if m:
                yield Cut(
                    block.start,
                    block.end,
                    reason="byline",
                    rule="harbourledger.byline",
                    to="authors",
                    value=_byline_names(m.group("names")),
                )


@hookimpl
def newskit_clean(document: Document, source: Source) -> list[Cut] | None:
    """Cut The Harbour Ledger's junk blocks and move its byline into ``authors``."""
    if document.site != SITE:
        return None
    return list(_edits(document.body)) or None
