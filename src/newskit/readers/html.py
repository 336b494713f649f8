"""Built-in plugin: the HTML reader (lxml).

Metadata comes from JSON-LD, OpenGraph, ``<meta>`` and ``<time>`` (see
:mod:`newskit.readers.html_meta`). The body comes from the page's article
markup, found generically, without rules for particular sites:

1. **Boilerplate** is recognised by tag (``script``, ``nav``, ``aside``,
   ``footer``, …), ARIA role (``navigation``, ``complementary``, …),
   ``aria-hidden`` and ``hidden`` (except on a paragraph of prose itself:
   publishers hide paywalled paragraphs that way), and by whole class/id
   tokens (``share``, ``related``, ``newsletter``, ``advert``, ``promo``,
   ``social``, ``comments``, …: class and id values are split on spaces,
   ``-``, ``_`` and camelCase, so ``article-comments`` matches ``comments``
   but ``shadow`` does not match ``ad``). These rules are not applied to an
   element holding nearly all the page's prose (:data:`GUARD_SHARE`: a
   page wrapped in a ``<form>``, an article whose wrapper's class says
   ``social``). Wrappers whose text is mostly links and holds no prose
   (link lists, "Trending" boxes) are dropped too.
2. **Prose** is measured per block: the text a block element owns directly
   (its text and that of its inline children), counted when it is sentence
   length (:data:`MIN_PROSE_CHARS`) and not mostly link text. A prose block
   without a prose sibling (a teaser's summary in its card) counts for
   :data:`ISOLATED_WEIGHT`. Each element's score is the prose in its
   subtree outside boilerplate.
3. **The container** is found by descending from ``<body>`` into the child
   holding most of the prose while that child holds at least
   :data:`DESCEND_SHARE` of its parent's: the smallest element that still
   holds nearly all the article. When no single child does but several
   sibling wrappers of the same tag and class do together (an article split
   into chunks around advertisements), those siblings are the body.
4. **Blocks**: paragraphs, headings, list items, block quotes, captions,
   preformatted text and table rows keep their kind (a ``<p>`` inside a
   ``<blockquote>`` is a block quote; table cells are joined by tabs);
   ``<br>`` is a line break inside a block; loose text between block
   elements is a paragraph; a short block that is nearly all link text
   ("Read more: …") is removed. An ``<h1>`` before the first prose is the
   headline: it is removed with ``field="title"``.

Every text node outside the body blocks is recorded as a removal with an
XPath locator: the multiset of non-white-space characters of the page's text
nodes equals that of the blocks plus the removals. All passes walk the tree
once with :func:`lxml.etree.iterwalk`, so reading is linear in the page size.
lxml is imported on first use, not with newskit.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ..markers import hookimpl
from ..model import SEPARATOR, Block, Diagnostic, Document, Removal, _replace
from ..source import NAIVE_PUBLISHED, Source
from .html_meta import read_meta

PLUGIN = "newskit.readers.html"

#: Elements whose text starts a block of this kind.
BLOCK_KINDS = {
    "p": "paragraph",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "pre": "preformatted",
    "figcaption": "caption",
    "caption": "caption",
    "li": "list_item",
    "dt": "list_item",
    "dd": "list_item",
    "blockquote": "blockquote",
    "tr": "table",
}
#: Table cells: separated by a tab inside their row's block.
CELLS = frozenset({"td", "th"})
#: Never article text.
ALWAYS_DROP = {
    "script": "script",
    "style": "style sheet",
    "noscript": "noscript fallback",
    "template": "template",
    "svg": "graphics",
    "math": "formula markup",
    "canvas": "graphics",
    "button": "button",
    "iframe": "embedded frame",
    "select": "form control",
    "textarea": "form control",
    "input": "form control",
    "option": "form control",
    "object": "embedded object",
    "embed": "embedded object",
    "video": "media player",
    "audio": "media player",
    "map": "image map",
    "head": "page head (metadata, scripts)",
    "title": "page title element",
    "meta": "metadata",
    "link": "metadata",
}
#: Page furniture, dropped unless the element holds most of the page's prose.
STRUCTURAL_DROP = {
    "nav": "navigation",
    "aside": "aside (related content)",
    "footer": "footer",
    "header": "header",
    "form": "form",
    "menu": "menu",
    "dialog": "dialog",
}
BOILERPLATE_ROLES = frozenset(
    {
        "navigation",
        "banner",
        "contentinfo",
        "complementary",
        "search",
        "dialog",
        "alertdialog",
        "menu",
        "menubar",
        "toolbar",
        "tablist",
    }
)
#: Whole class/id tokens that mark boilerplate.
BOILERPLATE_TOKENS = frozenset(
    {
        "share",
        "sharing",
        "sharebar",
        "social",
        "related",
        "recommended",
        "recommendations",
        "recirc",
        "newsletter",
        "newsletters",
        "subscribe",
        "subscription",
        "signup",
        "advert",
        "adverts",
        "advertisement",
        "advertising",
        "ad",
        "ads",
        "adslot",
        "adunit",
        "dfp",
        "gpt",
        "promo",
        "promotion",
        "promoted",
        "sponsored",
        "comments",
        "comment",
        "disqus",
        "outbrain",
        "taboola",
        "cookie",
        "cookies",
        "consent",
        "breadcrumb",
        "breadcrumbs",
        "sidebar",
        "popup",
        "modal",
        "tweet",
        "instagram",
        "tiktok",
        "byline",
        "tags",
        "toolbar",
        "skip",
        "sr",
        "visually",
        "player",
        "jwplayer",
        "bio",
        "popular",
        "trending",
    }
)
INLINE = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "big",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "label",
        "mark",
        "nobr",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
        "br",
        "img",
        "picture",
        "source",
    }
)
#: Dropped elements that sit inside a line of text (icons, form controls, scripts): they go
#: without ending the paragraph around them, as dropped inline elements do.
INLINE_LEVEL_DROPS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "canvas",
        "button",
        "select",
        "textarea",
        "input",
    }
)
#: A block counts as prose from this many characters of its own text.
MIN_PROSE_CHARS = 60
#: ... and when less than this share of those characters is link text.
MAX_PROSE_LINK_SHARE = 0.5
#: Descend into the child with most prose while it holds this share of its parent's.
DESCEND_SHARE = 0.8
#: Weight of a prose block without a prose sibling (a teaser's summary, a lone caption).
ISOLATED_WEIGHT = 0.3
#: Boilerplate rules by structure or class are not applied above this share of the page's prose.
GUARD_SHARE = 0.8
#: Removals deeper than this many levels are located by document order, ``(//*)[k]``.
MAX_LOCATOR_DEPTH = 100
#: An id of this many ``-``/``_``-separated words is a slug (an anchor made from a heading):
#: its words say what the element is about, not what it is, so they are not boilerplate tokens.
SLUG_PARTS = 5
#: A block this much link text (by characters) is a link list, not article text.
LINK_BLOCK_SHARE = 0.8

_TOKEN_SPLIT = re.compile(r"[\s\-_:./]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _norm(text: str) -> str:
    return " ".join(text.split())


def _joined(a: str, b: str) -> str:
    """``_norm(a + " " + b)`` for texts already normalised, without another pass over them."""
    return f"{a} {b}" if a and b else a or b


_CELL = "\x00"  # marks a table-cell boundary while a row is read; lxml text never holds NUL


def _norm_lines(text: str) -> str:
    """Collapse white space within each line; drop empty lines (``<br>`` makes the breaks).

    Table cells (marked with :data:`_CELL`) are joined by a tab.
    """
    out = []
    for line in text.split("\n"):
        cells = (" ".join(c.split()) for c in line.split(_CELL))
        line = "\t".join(c for c in cells if c)
        if line:
            out.append(line)
    return "\n".join(out)


def _parse(page: str | bytes) -> tuple[Any, list[str]]:
    """The page's tree (plain lxml elements) and the parser's fatal errors (a truncated page).

    *page* is the page's text, or its UTF-8 bytes (:attr:`Source.utf8`: no encoding to redo).
    """
    from lxml import etree

    # collect_ids=False: no hash of the id attributes (nothing here looks elements up by id)
    parser = etree.HTMLParser(
        encoding="utf-8", no_network=True, huge_tree=True, remove_comments=True, collect_ids=False
    )
    data = page if isinstance(page, bytes) else page.encode("utf-8", errors="replace")
    try:
        root = etree.fromstring(data, parser) if data and not data.isspace() else None  # no copy
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    fatal = [e.message for e in parser.error_log if e.level_name == "FATAL"]
    if root is None:
        root = etree.fromstring(b"<html><body></body></html>", etree.HTMLParser())
    return root, fatal


@functools.lru_cache(maxsize=4096)
def _tokens(value: str) -> frozenset[str]:
    return frozenset(p.lower() for p in _TOKEN_SPLIT.split(_CAMEL.sub(" ", value)) if p)


def class_tokens(el: Any) -> frozenset[str]:
    """The lower-cased tokens of an element's class and id values.

    Values are split on white space, ``-``, ``_``, ``:``, ``.``, ``/`` and
    camelCase boundaries: ``ArticleShareBar`` gives ``article``, ``share``, ``bar``.
    An id that is a slug (:data:`SLUG_PARTS` words or more) is left out.
    """
    return _class_id_tokens(el.get("class"), el.get("id"))


def _class_id_tokens(cls: str | None, ident: str | None) -> frozenset[str]:
    if not cls and not ident:
        return frozenset()
    if ident and ident.count("-") + ident.count("_") >= SLUG_PARTS - 1:
        ident = None  # an anchor made from a heading ("zendaya-promoted-dune-in-london"), not a role
    return _tokens(f"{cls or ''} {ident or ''}")


@functools.lru_cache(maxsize=4096)
def _boilerplate_token(cls: str | None, ident: str | None) -> str | None:
    """The first boilerplate token of these class and id values (pages repeat them: kept)."""
    hits = _class_id_tokens(cls, ident) & BOILERPLATE_TOKENS
    return min(hits) if hits else None


def boilerplate_reason(el: Any) -> tuple[str, str] | None:
    """Why *el* looks like page furniture (reason, rule), or ``None``.

    Tags that are never article text are not included: see :data:`ALWAYS_DROP`.
    """
    tag = el.tag
    if tag in STRUCTURAL_DROP:
        return STRUCTURAL_DROP[tag], f"html.drop.{tag}"
    attrib = el.attrib
    if not attrib:
        return None
    role = (attrib.get("role") or "").strip().lower()
    if role in BOILERPLATE_ROLES:
        return f"{role} landmark", f"html.role.{role}"
    if (attrib.get("aria-hidden") or "").strip().lower() == "true" or "hidden" in attrib:
        return "hidden element", "html.hidden"
    tok = _boilerplate_token(attrib.get("class"), attrib.get("id"))
    if tok is not None:
        return f"boilerplate ({tok})", f"html.class.{tok}"
    return None


def _tag(el: Any) -> str | None:
    tag = el.tag
    return tag if isinstance(tag, str) else None


class _Paths:
    """XPath locators like :meth:`lxml.etree._ElementTree.getpath`, in linear total time.

    ``getpath`` walks to the root on every call, which is quadratic on deep
    pages with many removals; here each element's path is built once from
    its parent's, and each parent's children are indexed once. Below
    :data:`MAX_LOCATOR_DEPTH` levels the locator is the element's position
    in document order, ``(//*)[k]`` (a path would be as long as the page is
    deep, for every removal).
    """

    def __init__(self) -> None:
        self._memo: dict[Any, tuple[str, int]] = {}
        self._steps: dict[Any, dict[Any, str]] = {}
        self._order: dict[Any, int] | None = None
        self._depth: dict[Any, int] = {}

    def __call__(self, el: Any) -> str:
        if self._order is not None and self._depth[el] > MAX_LOCATOR_DEPTH:
            return f"(//*)[{self._order[el]}]"
        chain = []
        node = el
        while node is not None and node not in self._memo:
            chain.append(node)
            node = node.getparent()
            if len(chain) > MAX_LOCATOR_DEPTH:
                return self._by_order(el)
        path, depth = self._memo[node] if node is not None else ("", 0)
        for n in reversed(chain):
            depth += 1
            if depth > MAX_LOCATOR_DEPTH:
                return self._by_order(el)
            path = f"{path}/{self._step(n)}"
            self._memo[n] = (path, depth)
        return path

    def _by_order(self, el: Any) -> str:
        if self._order is None:
            from lxml import etree

            # one pass numbers the elements in document order and records their depth
            self._order, self._depth = {}, {}
            depth = 0
            for event, x in etree.iterwalk(el.getroottree().getroot(), events=("start", "end")):
                if not isinstance(x.tag, str):
                    continue
                if event == "start":
                    depth += 1
                    self._order[x] = len(self._order) + 1
                    self._depth[x] = depth
                else:
                    depth -= 1
        return f"(//*)[{self._order[el]}]"

    def _step(self, el: Any) -> str:
        parent = el.getparent()
        if parent is None:
            return el.tag
        steps = self._steps.get(parent)
        if steps is None:
            kids = [c for c in parent if isinstance(c.tag, str)]
            counts: dict[str, int] = {}
            for c in kids:
                counts[c.tag] = counts.get(c.tag, 0) + 1
            seen: dict[str, int] = {}
            steps = {}
            for c in kids:
                seen[c.tag] = seen.get(c.tag, 0) + 1
                steps[c] = c.tag if counts[c.tag] == 1 else f"{c.tag}[{seen[c.tag]}]"
            self._steps[parent] = steps
        return steps[el]


# --- scoring ------------------------------------------------------------------------


class _Scores:
    """Prose per element, from one walk of the tree (and one more without boilerplate)."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self.own: dict[Any, int] = {}  # prose a block element owns directly
        self.flagged: dict[Any, tuple[str, str]] = {}
        self.raw: dict[Any, int] = {}
        self.total_chars: dict[Any, int] = {}  # text in each block element's subtree
        self.total_links: dict[Any, int] = {}  # ... of it in links
        self._measure()
        # a hidden paragraph of prose is text behind a paywall or a "read more" toggle, not furniture
        for el in [el for el, why in self.flagged.items() if why[1] == "html.hidden" and el in self.own]:
            del self.flagged[el]
        total = self.raw.get(root, 0)
        self.boilerplate = {
            el: why for el, why in self.flagged.items() if self.raw.get(el, 0) <= GUARD_SHARE * total
        }
        self.clean = self._sum(skip=self.boilerplate)
        self.drop = dict(self.boilerplate)
        for el, n in self.total_chars.items():
            if (
                n
                and el.tag not in BLOCK_KINDS
                and el.tag not in CELLS
                and not self.clean.get(el)
                and self.total_links.get(el, 0) >= LINK_BLOCK_SHARE * n
                and el is not root
            ):
                self.drop.setdefault(el, ("links without prose", "html.link-block"))

    def _measure(self) -> None:
        from lxml import etree

        chars: dict[Any, int] = {}
        links: dict[Any, int] = {}
        runs: dict[Any, int] = {}  # prose blocks per parent
        total_chars, total_links = self.total_chars, self.total_links
        owners: list[Any] = []
        in_link = 0
        walker = etree.iterwalk(self.root, events=("start", "end"))
        for event, el in walker:
            tag = el.tag
            if type(tag) is not str:  # a comment or processing instruction (as _tag, inline: every node)
                tag = None
            if event == "start":
                if tag is None:
                    continue
                if tag in ALWAYS_DROP and el is not self.root:
                    walker.skip_subtree()
                    continue
                why = boilerplate_reason(el)
                if why is not None:
                    self.flagged[el] = why
                if tag not in INLINE:
                    owners.append(el)
                elif tag == "a":
                    in_link += 1
                if el.text and owners:
                    n = len(el.text.strip())
                    chars[owners[-1]] = chars.get(owners[-1], 0) + n
                    if in_link:
                        links[owners[-1]] = links.get(owners[-1], 0) + n
                continue
            if tag is None or (tag in ALWAYS_DROP and el is not self.root):
                pass
            elif tag not in INLINE:
                owners.pop()
                n = chars.get(el, 0)
                total_chars[el] = n + total_chars.get(el, 0)
                total_links[el] = links.get(el, 0) + total_links.get(el, 0)
                if owners:
                    up = owners[-1]
                    total_chars[up] = total_chars.get(up, 0) + total_chars[el]
                    total_links[up] = total_links.get(up, 0) + total_links[el]
                if n >= MIN_PROSE_CHARS and links.get(el, 0) < MAX_PROSE_LINK_SHARE * n:
                    self.own[el] = n
                    parent = el.getparent()
                    if parent is not None:
                        runs[parent] = runs.get(parent, 0) + 1
            elif tag == "a":
                in_link -= 1
            if el.tail and owners and el is not self.root:
                n = len(el.tail.strip())
                chars[owners[-1]] = chars.get(owners[-1], 0) + n
                if in_link:
                    links[owners[-1]] = links.get(owners[-1], 0) + n
        for el, n in self.own.items():
            parent = el.getparent()
            if parent is None or runs.get(parent, 0) < 2:
                self.own[el] = int(n * ISOLATED_WEIGHT)
        self.raw = self._sum(skip={})

    def _sum(self, skip: dict[Any, Any]) -> dict[Any, int]:
        """Prose in each element's subtree, leaving out the subtrees in *skip*.

        Only the prose blocks and their ancestors can hold prose, so only they are
        visited (each once), not the whole tree.
        """
        root = self.root
        own = self.own
        depth: dict[Any, int] = {root: 0}  # the elements on a path from a prose block up to the root
        parent: dict[Any, Any] = {}
        blocked: dict[Any, bool] = {root: False}  # inside a skipped subtree
        for el in own:
            chain = []
            node = el
            while node not in depth:
                chain.append(node)
                node = node.getparent()
            d, out = depth[node], blocked[node]
            for x in reversed(chain):
                d += 1
                out = out or x in skip
                depth[x], blocked[x], parent[x] = d, out, node
                node = x
        total: dict[Any, int] = {}
        for el in sorted(parent, key=depth.__getitem__, reverse=True):  # children before parents
            n = total.get(el, 0) + own.get(el, 0)
            if n and not blocked[el]:
                total[el] = n
                up = parent[el]
                total[up] = total.get(up, 0) + n
        n = own.get(root, 0)
        if n:
            total[root] = total.get(root, 0) + n
        return total


def find_container(root: Any, scores: _Scores | None = None) -> list[Any]:
    """The elements holding the article body, siblings in document order.

    Usually one element; several when the article is split into sibling
    chunks of the same kind (same tag and class) with other matter between
    them. See the module's description.
    """
    scores = scores or _Scores(root)
    body = root.find("body")
    node = body if body is not None else root
    while True:
        here = scores.clean.get(node, 0)
        best, best_score = None, 0
        groups: dict[tuple[str, str], list[Any]] = {}
        group_scores: dict[tuple[str, str], int] = {}
        for child in node:
            s = scores.clean.get(child, 0)
            if not s or not isinstance(child.tag, str):
                continue
            if s > best_score:
                best, best_score = child, s
            if child not in scores.own:
                key = _chunk_key(child)
                groups.setdefault(key, []).append(child)
                group_scores[key] = group_scores.get(key, 0) + s
        if best is None:
            return [node]
        if best_score >= DESCEND_SHARE * here and best not in scores.own:
            node = best
            continue
        key = max(group_scores, key=group_scores.__getitem__, default=None)
        if key is not None and len(groups[key]) > 1 and group_scores[key] >= DESCEND_SHARE * here:
            return _chunk_run(node, groups[key], key)
        return [node]


def _chunk_key(el: Any) -> tuple[str, str]:
    """What makes sibling chunks of one article alike: tag and class."""
    return el.tag, " ".join((el.get("class") or "").split())


def _chunk_run(parent: Any, members: list[Any], key: tuple[str, str]) -> list[Any]:
    """The article's chunks: *members* and, between the first and the last, the siblings of
    the same kind without prose of their own (a one-line paragraph, a question in an
    interview) and those holding only a subheading."""
    first, last = members[0], members[-1]
    out: list[Any] = []
    inside = False
    for child in parent:
        if child is first:
            inside = True
        if inside and isinstance(child.tag, str) and (_chunk_key(child) == key or _only_heading(child)):
            out.append(child)
        if child is last:
            break
    return out


_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _only_heading(el: Any) -> bool:
    """Whether all of *el*'s text is in subheadings (``<h2>``–``<h6>``), and there is some.

    One walk of the subtree (no recursion: pages can be deeply nested).
    """
    from lxml import etree

    found = False
    depth = 0  # open subheadings
    walker = etree.iterwalk(el, events=("start", "end"))
    for event, node in walker:
        tag = _tag(node)
        if event == "start":
            if tag is None:
                continue
            if tag in ALWAYS_DROP and node is not el:
                walker.skip_subtree()
                continue
            if tag in _SUBHEADINGS:
                depth += 1
            if (node.text or "").strip():
                if not depth:
                    return False
                found = True
            continue
        if tag in _SUBHEADINGS:
            depth -= 1
        if node is not el and (node.tail or "").strip():
            if not depth:
                return False
            found = True
    return found


# --- blocks ------------------------------------------------------------------------------


@functools.cache
def _text_nodes() -> Any:
    """XPath: the text nodes of a subtree in document order (element text and the tails inside it).

    A comment's or processing instruction's own text is not a text node; *el*'s own tail is not in it.
    """
    from lxml import etree

    return etree.XPath("descendant-or-self::text()", smart_strings=False)  # plain str: about twice as fast


def _subtree_text(el: Any) -> str:
    """All text in *el*'s subtree (without its tail), white space collapsed."""
    return _norm(" ".join(_text_nodes()(el)))


#: Elements of code, removed with their text as written: its line breaks and indents are the
#: code's own, and collapsing them would cost as much as reading the rest of the page.
VERBATIM = frozenset({"head", "script", "style"})


def removed_text(el: Any) -> str:
    """The text of *el*'s subtree as a removal records it: :data:`VERBATIM` code as written
    (each text node stripped at its ends, one per line), other elements white space collapsed."""
    if el.tag in VERBATIM:
        return "\n".join(filter(None, map(str.strip, _text_nodes()(el))))
    return _subtree_text(el)


def extract_blocks(
    container: Any, boilerplate: dict[Any, tuple[str, str]] | None = None, *, whole_lines: bool = True
) -> tuple[list[Block], list[tuple[int, Removal]]]:
    """Blocks of *container* (an element or a list of sibling elements) in order,
    and what was dropped inside it.

    Returns the blocks and ``(block index, removal)`` pairs: the index is
    the number of blocks kept before the removed text. With *whole_lines*, a
    dropped element that sits in a line of text (an inline element, an icon, a
    script: :data:`INLINE_LEVEL_DROPS`) does not end the paragraph around it.
    """
    blocks, removals, _owners = _extract(container, boilerplate or {}, _Paths(), whole_lines=whole_lines)
    return blocks, removals


def _extract(
    containers: Any, boilerplate: dict[Any, tuple[str, str]], paths: _Paths, *, whole_lines: bool = False
) -> tuple[list[Block], list[tuple[int, Removal]], list[Any]]:
    """:func:`extract_blocks`, plus the element each block came from."""
    if not isinstance(containers, list):
        containers = [containers]
    blocks: list[Block] = []
    removals: list[tuple[int, Removal]] = []
    owners: list[Any] = []
    for c in containers:
        _extract_one(c, boilerplate, paths, blocks, removals, owners, whole_lines)
    return blocks, removals, owners


def _extract_one(
    container: Any,
    boilerplate: dict[Any, tuple[str, str]],
    paths: _Paths,
    blocks: list[Block],
    removals: list[tuple[int, Removal]],
    block_owners: list[Any],
    whole_lines: bool = False,
) -> None:
    from lxml import etree

    parts: list[str] = []
    link_chars = 0
    in_link = 0
    owners: list[Any] = []  # non-inline elements open around the text
    kinds: list[tuple[Any, str]] = [(None, "paragraph")]  # (element, effective kind)
    unbroken: set[Any] = set()  # dropped elements that do not end the paragraph around them (whole_lines)
    dropped: set[Any] = set()  # elements skipped at their start: never opened as a link, block or row
    inline_open = 0  # inline elements open around the text
    demoted: set[Any] = set()  # a <div> inside an inline element (a credit's icon wrapper): inline too
    cells: list[int] = []  # number of cells seen per open table row

    def add(text: str, *, markup: bool = False) -> None:
        """Add text; a source line break is a space except in preformatted text."""
        nonlocal link_chars
        if not markup and kinds[-1][1] != "preformatted":
            text = text.replace("\n", " ").replace("\r", " ")
        parts.append(text)
        if in_link:
            link_chars += len(text.strip())

    def flush() -> None:
        nonlocal link_chars
        text = _norm_lines("".join(parts))
        n_links = link_chars
        parts.clear()
        link_chars = 0
        if not text:
            return
        owner = owners[-1] if owners else container
        dense = n_links >= LINK_BLOCK_SHARE * len("".join(text.split()))
        if dense and len(text.split()) < 25:
            removals.append(
                (
                    len(blocks),
                    Removal(
                        text,
                        reason="link list",
                        rule="html.link-list",
                        plugin=PLUGIN,
                        locator=paths(owner),
                    ),
                )
            )
            return
        blocks.append(Block(kinds[-1][1], text))
        block_owners.append(owner)

    walker = etree.iterwalk(container, events=("start", "end"))
    for event, el in walker:
        tag = _tag(el)
        if event == "start":
            if tag is None:
                continue
            if el is not container:
                why = (ALWAYS_DROP[tag], f"html.drop.{tag}") if tag in ALWAYS_DROP else boilerplate.get(el)
                if why is not None:
                    text = removed_text(el)
                    quiet = whole_lines and (tag in INLINE or tag in INLINE_LEVEL_DROPS)
                    dropped.add(el)
                    if quiet:
                        unbroken.add(el)  # its end does not end the paragraph either
                    if text:
                        if not quiet:
                            flush()
                        removals.append(
                            (
                                len(blocks),
                                Removal(
                                    text,
                                    reason=why[0],
                                    rule=why[1],
                                    plugin=PLUGIN,
                                    locator=paths(el),
                                ),
                            )
                        )
                    walker.skip_subtree()
                    continue
            if tag == "br":
                add("\n", markup=True)
            elif tag in CELLS:
                if cells:
                    if cells[-1]:
                        add(_CELL, markup=True)
                    cells[-1] += 1
            elif tag not in INLINE and inline_open and tag not in BLOCK_KINDS and tag != "table":
                demoted.add(el)  # a wrapper inside a line of text does not break it
            elif tag not in INLINE:
                flush()
                owners.append(el)
                kind = BLOCK_KINDS.get(tag)
                if kind is not None:
                    eff = kind if kind != "paragraph" else kinds[-1][1]
                    kinds.append((el, eff))
                if tag == "tr":
                    cells.append(0)
            elif tag == "a":
                in_link += 1
            if tag in INLINE:
                inline_open += 1
            if el.text:
                add(el.text)
            continue
        # end event
        if tag is None or el in unbroken:
            pass  # a dropped inline element (never opened as a link or block): only its tail counts
        elif el in dropped:
            if tag not in INLINE and tag not in CELLS:
                flush()  # a dropped block ends the paragraph around it; it was never opened
        elif el in demoted:
            pass
        elif tag == "a":
            in_link -= 1
            inline_open -= 1
        elif tag in INLINE:
            inline_open -= 1
        elif tag not in INLINE and tag not in CELLS:
            flush()
            if owners and owners[-1] is el:
                owners.pop()
            if kinds[-1][0] is el:
                kinds.pop()
            if tag == "tr" and cells:
                cells.pop()
        if el is not container and el.tail:
            add(el.tail)
    flush()


def _outside(
    containers: list[Any],
    reasons: dict[Any, tuple[str, str]] | None = None,
    paths: _Paths | None = None,
    keep: Any = None,
    top: Any = None,
) -> list[Removal]:
    """Everything on the page that is not inside *containers* (nor inside *keep*, an
    element outside them also read into the body), one removal per element.

    *reasons* gives the boilerplate reason of elements recognised as such; with
    *top*, only what is inside *top* is covered.
    """
    reasons = reasons or {}
    out: list[Removal] = []
    paths = paths or _Paths()
    inside = set(containers)
    # ancestors of *keep*: split around it, not removed whole
    around: set[Any] = set(keep.iterancestors()) if keep is not None else set()
    parent = containers[0].getparent()
    while parent is not None:
        own = [parent.text or ""]
        for sib in parent:
            if sib in inside or not isinstance(sib.tag, str):
                own.append(sib.tail or "")
                continue
            if keep is not None and (sib is keep or sib in around):
                if sib is not keep:
                    out.extend(_outside([keep], reasons, paths, top=sib))
                own.append(sib.tail or "")
                continue
            text = _joined(removed_text(sib), _norm(sib.tail or ""))
            if text:
                out.append(_outside_removal(text, sib, paths, reasons.get(sib)))
        text = _norm(" ".join(own))
        if text:
            out.append(_outside_removal(text, parent, paths))
        if parent is top:
            break
        inside = {parent}
        parent = parent.getparent()
    return out


def _outside_removal(text: str, el: Any, paths: _Paths, why: tuple[str, str] | None = None) -> Removal:
    tag = _tag(el) or ""
    if why is None and tag in ALWAYS_DROP and tag != "head":
        why = ALWAYS_DROP[tag], f"html.drop.{tag}"
    if why is not None:
        return Removal(
            text,
            reason=f"outside the article body: {why[0]}",
            rule=why[1],
            plugin=PLUGIN,
            locator=paths(el),
        )
    if tag == "head":
        return Removal(
            text,
            reason="page head (metadata, scripts)",
            rule="html.head",
            plugin=PLUGIN,
            locator=paths(el),
        )
    return Removal(
        text,
        reason="outside the article body",
        rule="html.outside-body",
        plugin=PLUGIN,
        locator=paths(el),
    )


#: A standfirst (the summary under the headline) has at least this many characters ...
MIN_STANDFIRST_CHARS = 40
#: ... and this many words.
MIN_STANDFIRST_WORDS = 6
#: The article's own header is looked for among its first few ``<header>`` elements.
MAX_HEADERS = 5
#: Elements tried as a standfirst between the ``<h1>`` and the body, at most.
MAX_STANDFIRST_TRIES = 4
#: A standfirst that one of the body's first blocks repeats is left out (read once, in the body).
LEAD_REPEAT_BLOCKS = 3
_BYLINE_START = re.compile(
    r"(?i)(?:by|from|written\s+by|(?:first\s+)?published|posted|updated|last\s+(?:updated|modified))\b"
)


def _sentence_like(text: str, el: Any) -> bool:
    """Whether *text* (of *el*) can be a standfirst: long enough, not a byline nor a date."""
    return (
        len(text) >= MIN_STANDFIRST_CHARS
        and len(text.split()) >= MIN_STANDFIRST_WORDS
        and not _BYLINE_START.match(text)
        and el.find(".//time") is None
    )


def _holds(el: Any, node: Any, stop: Any) -> bool:
    """Whether *el* is *node* or an ancestor of it, looking no higher than *stop*."""
    while node is not None and node is not stop and node is not el:
        node = node.getparent()
    return node is el


def _standfirst(containers: list[Any], drop: dict[Any, tuple[str, str]], paths: _Paths) -> tuple[Block, Any] | None:
    """The article's standfirst, when it sits in the ``<header>`` of the ``<article>``
    holding the body and outside the body: the first block after the header's ``<h1>``
    that is sentence-like (not a byline, a date or a link), with its element.

    The ``<header>`` is page furniture for the container search; the summary the
    publisher put under the headline is article text.
    """
    first = containers[0]
    article = first
    while article is not None and article.tag != "article":
        article = article.getparent()
    if article is None:
        return None
    header = None
    for k, el in enumerate(article.iter("header")):
        if k >= MAX_HEADERS:
            return None
        # the article's own header: not inside another article, nor inside the body or around it
        if el is first:
            return None
        x = el.getparent()
        while x is not None and x is not article and x.tag != "article" and x is not first:
            x = x.getparent()
        if x is first:
            return None
        if x is not article:
            continue
        if _holds(el, first, article):
            return None
        header = el
        break
    if header is None:
        return _standfirst_after_h1(article, first, drop, paths)
    if _is_after(header, first):
        return None
    blocks, _inner, owners = _extract(header, {k: v for k, v in drop.items() if k is not header}, paths)
    seen_h1 = False
    for b, el in zip(blocks, owners, strict=True):
        if el.tag == "h1":
            seen_h1 = True
            continue
        if not seen_h1 or b.kind not in ("paragraph", "heading"):
            continue
        text = b.text
        if _sentence_like(text, el) and "".join(text.split()) == "".join(_subtree_text(el).split()):
            return Block("paragraph", text), el
        return None  # only the block right after the headline
    return None


_NOT_STANDFIRST = frozenset({"figure", "figcaption", "picture", "blockquote", "ul", "ol", "table", "header"})


def _standfirst_after_h1(
    article: Any, first: Any, drop: dict[Any, tuple[str, str]], paths: _Paths
) -> tuple[Block, Any] | None:
    """Without an article ``<header>``: the first sentence-like ``<p>``/``<h2>`` between the
    article's ``<h1>`` and the body (bylines, dates and kickers passed over); a few tries."""
    from lxml import etree

    if first is article:
        return None  # the whole article is the body
    seen_h1 = False
    tries = 0
    walker = etree.iterwalk(article, events=("start",))
    for _event, el in walker:
        tag = _tag(el)
        if tag is None or el is article:
            continue
        if el is first:
            return None
        if tag in ALWAYS_DROP or tag in _NOT_STANDFIRST or el in drop:
            walker.skip_subtree()
            continue
        if tag == "h1":
            seen_h1 = True
            walker.skip_subtree()
            continue
        if not seen_h1 or tag not in ("p", "h2"):
            continue
        walker.skip_subtree()
        if _holds(el, first, article):
            return None  # holds the body
        tries += 1
        if tries > MAX_STANDFIRST_TRIES:
            return None
        blocks, inner, _owners = _extract(el, drop, paths)
        if len(blocks) != 1 or inner:
            continue
        text = blocks[0].text
        if _sentence_like(text, el):
            return Block("paragraph", text), el
    return None


def _is_after(a: Any, b: Any) -> bool:
    """Whether *a* comes after *b* in document order (neither inside the other)."""
    for el in b.itersiblings():
        if el is a:
            return True
    anc_a = [a, *a.iterancestors()]
    anc_b = {b, *b.iterancestors()}
    common = next(x for x in anc_a if x in anc_b)
    # children of the common ancestor on each path
    ca = anc_a[anc_a.index(common) - 1]
    cb = b
    while cb.getparent() is not common:
        cb = cb.getparent()
    return common.index(ca) > common.index(cb)


#: Captions remembered to recognise their copies (a slideshow repeats the last few).
RECENT_CAPTIONS = 4
#: A block shorter than this is never taken for a caption's copy.
MIN_COPY_CHARS = 20


def _caption_copies(
    blocks: list[Block], owners: list[Any], inner: list[tuple[int, Removal]], paths: _Paths
) -> tuple[list[Block], list[Any], list[tuple[int, Removal]]]:
    """Drop the copies of a recent caption (a slideshow's text panel, a lightbox): a block
    whose text is that of one of the last captions, or the start of it (without the credit).
    Repeated paragraphs that are not captions are kept (a spec list repeats its lines)."""
    recent: list[str] = []
    kept_blocks: list[Block] = []
    kept_owners: list[Any] = []
    before: list[int] = []  # before[i]: blocks kept among the first i
    copies: list[tuple[int, Removal]] = []
    for b, el in zip(blocks, owners, strict=True):
        before.append(len(kept_blocks))
        text = b.text
        if len(text) >= MIN_COPY_CHARS and any(c.startswith(text) for c in recent):
            copies.append(
                (
                    len(kept_blocks),
                    Removal(
                        text,
                        reason="copy of a caption (slideshow or lightbox)",
                        rule="html.caption-copy",
                        plugin=PLUGIN,
                        locator=paths(el),
                    ),
                )
            )
            continue
        if b.kind == "caption":
            recent = [*recent[-(RECENT_CAPTIONS - 1) :], text]
        kept_blocks.append(b)
        kept_owners.append(el)
    if not copies:
        return blocks, owners, inner
    before.append(len(kept_blocks))
    moved = [(before[min(i, len(blocks))], r) for i, r in inner]
    return kept_blocks, kept_owners, sorted([*moved, *copies], key=lambda x: x[0])


def _headline(blocks: list[Block], owners: list[Any]) -> int | None:
    """Index of the page's headline among the first blocks: an ``<h1>`` before any prose."""
    for i, (b, el) in enumerate(zip(blocks, owners, strict=True)):
        if b.kind == "heading" and _tag(el) == "h1":
            return i
        if len(b.text) >= MIN_PROSE_CHARS and b.kind != "heading":
            return None
    return None


@hookimpl(trylast=True)
def newskit_read(source: Source) -> Document | None:
    """Read an HTML page: metadata, body blocks, and everything else as removals."""
    if source.kind != "html":
        return None
    root, fatal = _parse(source.page())
    meta = read_meta(root)
    scores = _Scores(root)
    containers = find_container(root, scores)
    paths = _Paths()
    blocks, inner, owners = _extract(containers, scores.drop, paths, whole_lines=True)
    blocks, owners, inner = _caption_copies(blocks, owners, inner, paths)
    lead = _standfirst(containers, scores.drop, paths)
    if lead is not None and any(_norm(b.text) == _norm(lead[0].text) for b in blocks[:LEAD_REPEAT_BLOCKS]):
        lead = None  # the body repeats it
    removed: list[Removal] = list(
        _outside(containers, scores.flagged, paths, keep=lead[1] if lead else None)
    )
    h = _headline(blocks, owners)
    if h is not None:
        head = blocks.pop(h)
        at = sum(len(b.text) + len(SEPARATOR) for b in blocks[:h])
        removed.append(
            Removal(
                head.text,
                reason="headline (the document's title)",
                rule="html.headline",
                plugin=PLUGIN,
                at=max(at - 2, 0) if h else 0,
                field="title",
                locator=paths(owners[h]),
            )
        )
        inner = [(i - 1 if i > h else i, r) for i, r in inner]
    if lead is not None:
        blocks.insert(0, lead[0])
        inner = [(i + 1, r) for i, r in inner]
        for k, r in enumerate(removed):
            if r.field == "title" and r.at:
                removed[k] = _replace(r, at=r.at + len(lead[0].text) + len(SEPARATOR))
    ends = [0]  # ends[i]: end of the text kept before block i
    pos = 0
    for b in blocks:
        pos += len(b.text)
        ends.append(pos)
        pos += len(SEPARATOR)
    for i, r in inner:
        removed.append(_replace(r, at=ends[min(i, len(blocks))]))
    warnings = []
    if meta.naive_times:
        warnings.append(
            Diagnostic(
                NAIVE_PUBLISHED,
                "the page's dates had no time zone: written as UTC, read as local time in the story's zone",
                plugin=PLUGIN,
                stage="read",
            )
        )
    if fatal:
        warnings.append(
            Diagnostic(
                "html-truncated",
                f"the HTML parser stopped early: {fatal[0]}",
                plugin=PLUGIN,
                stage="read",
            )
        )
    return Document(
        title=meta.title,
        authors=meta.authors,
        published=meta.published,
        updated=meta.updated,
        language=meta.language,
        input_kind="html",
        body=blocks,
        removed=removed,
        warnings=warnings,
    )
