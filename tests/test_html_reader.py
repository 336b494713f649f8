"""The HTML reader: metadata, body blocks, boilerplate, accounting, robustness, speed.

Accounting invariant, checked on the fixture pages and on generated HTML:
every non-white-space character of the page's text nodes is in a body block
or in a removal. Precisely: parse the page as the reader does
(:func:`newskit.readers.html._parse`), take the ``.text`` of every element and
the ``.tail`` of every node (comments and processing instructions contribute
only their tail), and compare the multiset of non-white-space characters with
that of ``doc.body`` texts plus ``doc.removed`` texts. White space is left out
because the reader normalises it (and ``<br>`` and table cells become line
breaks and tabs). Characters rather than words are compared because inline
markup joins text nodes into one word (``un<b>believ</b>able``).
"""

from __future__ import annotations

import datetime as dt
import pathlib
import subprocess
import sys
import time
from html import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newskit
from newskit.accounting import _chars, html_unaccounted
from newskit.encoding import decode
from newskit.readers import html as reader
from newskit.readers.html_meta import looks_like_name, split_names

PAGES = pathlib.Path(__file__).resolve().parent / "html_pages"


def assert_accounted(html_text: str, doc: newskit.Document) -> None:
    missing, extra = html_unaccounted(doc, html_text)
    assert not missing and not extra, f"missing {missing}, extra {extra}"


def read(pipeline, name: str) -> tuple[str, newskit.Document]:
    raw = (PAGES / name).read_bytes()
    doc = pipeline.process(raw, url=f"https://example.invalid/{name}")
    return decode(raw)[0], doc


# --- the fixture pages ------------------------------------------------------------


def test_article_metadata(pipeline):
    _html, doc = read(pipeline, "harbour_council.html")
    assert doc.input_kind == "html"
    assert doc.title == "Council approves harbour wall repairs after winter storms"
    assert doc.authors == ("Morwenna Hale", "Idris Penrose")  # JSON-LD @graph @id references
    assert doc.published == dt.datetime(2025, 3, 14, 14, 45, tzinfo=dt.timezone.utc)
    assert doc.published.utcoffset() == dt.timedelta(hours=2)  # the page's zone is kept
    assert doc.updated == dt.datetime(2025, 3, 15, 7, 10, tzinfo=dt.timezone.utc)
    assert doc.language == "en"
    assert not [w for w in doc.warnings if w.code == "naive-published"]


def test_article_blocks_keep_their_kind(pipeline):
    _html, doc = read(pipeline, "harbour_council.html")
    kinds = [b.kind for b in doc.body]
    # the standfirst under the headline, in the article's <header>, opens the body
    assert doc.body[0].text.startswith("Emergency funding will cover the worst-hit stretch")
    assert doc.body[1].text.startswith("Westcliff councillors voted unanimously")
    assert ("heading", "What happens next") in [(b.kind, b.text) for b in doc.body]
    assert kinds.count("list_item") == 3
    quote = next(b for b in doc.body if b.kind == "blockquote")
    assert quote.text.startswith("We cannot afford another winter")
    caption = next(b for b in doc.body if b.kind == "caption")
    assert caption.text == "The damaged stretch of wall photographed at low tide last week."
    rows = [b.text for b in doc.body if b.kind == "table"]
    assert rows == ["Phase\tEstimated cost", "Rock armour\t£180,000", "Rebuilding\t£1.2m"]
    assert doc.body[-1].kind == "table"


def test_br_is_a_line_break_within_a_block(pipeline):
    _html, doc = read(pipeline, "harbour_council.html")
    address = next(b for b in doc.body if "Quay Street" in b.text)
    assert address.text.split("\n") == [
        "Residents will be able to see the plans at the harbour office",
        "12 Quay Street",
        "Westcliff, from Monday to Friday between ten and four.",
    ]


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Share on Facebook",
        "Advertisement: Spring sale",
        "Related stories",
        "Get the Coast newsletter",
        "About time too",  # comments
        "Ferry timetable changes",  # most read
        "All rights reserved",
        "We use cookies",
        "Skip to content",
        "Home News Sport",
    ],
)
def test_boilerplate_is_removed_not_lost(pipeline, boilerplate):
    _html, doc = read(pipeline, "harbour_council.html")
    assert boilerplate not in doc.text
    hits = [r for r in doc.removed if boilerplate in r.text]
    assert hits, f"{boilerplate!r} is in no removal"
    assert all(r.locator and r.locator.startswith("/html") for r in hits)


def test_headline_moves_to_title_with_a_removal(pipeline):
    _html, doc = read(pipeline, "harbour_council.html")
    assert "Council approves harbour wall repairs" not in doc.text
    assert any(doc.title in r.text for r in doc.removed)  # with the article's header


def test_headline_inside_the_body_is_recorded_as_the_title(pipeline):
    prose = (
        "<p>" + "The lighthouse keeper's cottage will open to visitors from the first of May. " * 2 + "</p>"
    )
    page = f"<html><body><article><span>Coast</span><h1>Cottage opens</h1>{prose * 3}</article></body></html>"
    doc = pipeline.process(page)
    assert doc.title == "Cottage opens"
    assert doc.body[0].text == "Coast"
    head = next(r for r in doc.removed if r.field == "title")
    assert head.text == "Cottage opens"
    assert head.at == len("Coast")
    assert head.locator == "/html/body/article/h1"
    assert_accounted(page, doc)


def test_removal_locators_point_at_elements(pipeline):
    html_text, doc = read(pipeline, "harbour_council.html")
    root, _ = reader._parse(html_text)
    for r in doc.removed:
        assert r.plugin == "newskit.readers.html"
        found = root.xpath(r.locator)
        assert len(found) == 1, r.locator


def test_removals_inside_the_body_know_where_they_stood(pipeline):
    _html, doc = read(pipeline, "harbour_council.html")
    ad = next(r for r in doc.removed if r.text.startswith("Advertisement"))
    assert ad.at == doc.body[2].end  # between the second paragraph and the heading (after the standfirst)
    assert "advert" in ad.rule or "ad" in ad.rule


def test_split_article_is_read_whole(pipeline):
    _html, doc = read(pipeline, "split_story.html")
    assert [b.text.split()[0] for b in doc.body] == ["Fruit", "The", "“One", "State", "Growers"]
    assert "Subscribe now" not in doc.text
    assert "Trending" not in doc.text
    assert doc.title == "Valley orchards brace for late frost"
    assert doc.authors == ("Tobias Crane",)  # "By " dropped; handle and URL ignored
    assert doc.published.utcoffset() == dt.timedelta(hours=-5)
    assert doc.language == "en"


def test_wrong_charset_declaration_is_overridden(pipeline):
    # declares windows-1252 but is UTF-8: the curly quotes survive
    _html, doc = read(pipeline, "split_story.html")
    assert "“One cold hour" in doc.text


def test_bare_page_without_markup(pipeline):
    _html, doc = read(pipeline, "bare_notice.html")
    assert doc.title == "Water supply notice"
    assert len(doc.body) == 1
    assert doc.body[0].text.split("\n")[1].startswith("Bottled water")
    assert "All notices" not in doc.text
    assert doc.published == dt.datetime(2023, 11, 2, 8, 15, tzinfo=dt.timezone.utc)
    assert any(w.code == "naive-published" for w in doc.warnings)


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_fixture_pages_account_for_every_character(pipeline, name):
    html_text, doc = read(pipeline, name)
    assert_accounted(html_text, doc)


# --- the extraction method ---------------------------------------------------------


def test_class_tokens_match_whole_tokens():
    from lxml import html

    def tokens(markup: str) -> frozenset[str]:
        return reader.class_tokens(html.fragment_fromstring(markup))

    assert "ad" in tokens('<div class="ad-slot"></div>')
    assert "ad" not in tokens('<div class="shadow heading loaded"></div>')
    assert "comments" in tokens('<div id="article-comments"></div>')
    assert {"share", "bar"} <= tokens('<div class="ArticleShareBar"></div>')
    assert "related" in tokens('<div class="story__related_links"></div>')


@pytest.mark.parametrize(
    ("markup", "dropped"),
    [
        ('<div class="share-tools">Share this</div>', True),
        ('<div role="navigation">Menu</div>', True),
        ('<div aria-hidden="true">Hidden</div>', True),
        ("<div hidden>Hidden</div>", True),
        ('<div class="newsletter">Sign up</div>', True),
        ('<div class="article-end__author-bio">Jo Ng writes about harbours</div>', True),
        ('<section class="popular-articles">Most read</section>', True),
        ('<div class="featured-video jwplayer">This video has failed to load</div>', True),
        ('<div id="harbour-wall-approved-after-storm">Kept</div>', False),  # a slug id
        ('<div id="ad-slot">Ad</div>', True),
        ('<div class="shadowbox">Kept</div>', False),
        ('<div class="leading-text">Kept</div>', False),
    ],
)
def test_boilerplate_rules(pipeline, markup, dropped):
    prose = "<p>" + "This sentence is long enough to count as prose in the article body. " * 2 + "</p>"
    page = f"<html><body><article>{prose}{prose}{markup}{prose}</article></body></html>"
    doc = pipeline.process(page)
    word = markup.split(">")[1].split("<")[0]
    assert (word not in doc.text) == dropped
    assert_accounted(page, doc)


def test_page_wrapped_in_a_form_keeps_its_article(pipeline):
    prose = "<p>" + "Councillors debated the budget for the new library late into the night. " * 2 + "</p>"
    page = f"<html><body><form id='aspnetForm'><div class='content'>{prose * 4}</div></form></body></html>"
    doc = pipeline.process(page)
    assert len(doc.body) == 4


def test_social_wrapper_holding_the_article_is_not_dropped(pipeline):
    prose = "<p>" + "The ferry will run an extra sailing on Sundays through the summer months. " * 2 + "</p>"
    page = (
        "<html><body><div class='page with-social-rail'>"
        f"<div class='story'>{prose * 5}</div><div class='social'>Share</div></div></body></html>"
    )
    doc = pipeline.process(page)
    assert len(doc.body) == 5
    assert "Share" not in doc.text


def test_teaser_list_does_not_pull_the_container_up(pipeline):
    para = "Our reporter followed the river from its source to the sea over three long weeks. "
    article = "<article>" + f"<p>{para * 2}</p>" * 6 + "</article>"
    teaser = "<div class='card'><h3><a href='/x'>Another story</a></h3><p>{}</p></div>".format(
        "A short summary of a different story that links elsewhere on the site today."
    )
    page = f"<html><body><main>{article}<section class='river'>{teaser * 8}</section></main></body></html>"
    doc = pipeline.process(page)
    assert len(doc.body) == 6
    assert "Another story" not in doc.text


def test_nested_blocks_take_the_context_kind(pipeline):
    page = (
        "<html><body><article>"
        + "<p>"
        + "An opening paragraph that is long enough to be prose in an article. " * 2
        + "</p>"
        + "<ul><li><p>First point in a paragraph.</p></li><li>Second point.</li></ul>"
        + "<blockquote>Loose quoted words<p>and a quoted paragraph.</p></blockquote>"
        + "<figure><figcaption>A <b>bold</b> caption.</figcaption></figure>"
        + "<pre>code   keeps\nlines</pre>"
        + "</article></body></html>"
    )
    doc = pipeline.process(page)
    got = [(b.kind, b.text) for b in doc.body[1:]]
    assert got == [
        ("list_item", "First point in a paragraph."),
        ("list_item", "Second point."),
        ("blockquote", "Loose quoted words"),
        ("blockquote", "and a quoted paragraph."),
        ("caption", "A bold caption."),
        ("preformatted", "code keeps\nlines"),
    ]


def test_link_lists_inside_the_body_are_removed(pipeline):
    prose = "<p>" + "The committee will publish its findings before the end of the year. " * 2 + "</p>"
    page = (
        f"<html><body><article>{prose * 3}"
        "<p><a href='/more'>Read more: Committee to publish findings</a></p>"
        f"{prose}</article></body></html>"
    )
    doc = pipeline.process(page)
    assert "Read more" not in doc.text
    assert any(r.rule == "html.link-list" for r in doc.removed)
    assert_accounted(page, doc)



PROSE = "<p>" + "The committee will publish its findings before the end of the year. " * 2 + "</p>"


@pytest.mark.parametrize(
    "icon",
    [
        "<svg><path d='M0 0'/><title>arrow</title></svg>",
        "<img src='i.png' alt=''>",
        "<i class='icon'></i>",
        "<span class='share-icon' aria-hidden='true'>→</span>",
    ],
)
def test_icon_inside_a_link_does_not_split_the_paragraph(pipeline, icon):
    para = (
        "<p>The council said the new harbour wall, described in <a href='/r'>its report"
        f" {icon}</a>, would be finished before the winter storms arrive next year.</p>"
    )
    page = f"<html><body><article>{PROSE * 3}{para}{PROSE}</article></body></html>"
    doc = pipeline.process(page)
    texts = [b.text for b in doc.body]
    assert any(t.startswith("The council said") and t.endswith("next year.") for t in texts), texts
    assert_accounted(page, doc)


def test_text_after_a_dropped_link_is_not_link_text(pipeline):
    # the dropped <a> (a share link) must not leave the link counter negative: the short
    # paragraph after it is prose, not a link list
    page = (
        f"<html><body><article>{PROSE * 3}"
        "<p><a class='share' href='/s'>Share</a> Cannon shots boomed as the session opened.</p>"
        f"<p>Officials declined to comment on the plan.</p>{PROSE}</article></body></html>"
    )
    doc = pipeline.process(page)
    assert "Cannon shots boomed as the session opened." in doc.text
    assert "Officials declined to comment on the plan." in doc.text
    assert "Share" not in doc.text
    assert_accounted(page, doc)


def test_chunked_article_keeps_short_chunks_and_subheadings_between_them(pipeline):
    chunk = "<div class='chunk'>" + PROSE + "</div>"
    page = (
        "<html><body><main><div class='story'>"
        f"{chunk}<div class='ad-slot ad'>Advertisement</div>{chunk}"
        "<div class='chunk'><p>Is the plan working?</p></div>"
        f"{chunk}<div class='subhead'><h2>What happens next</h2></div>{chunk}{chunk}"
        "<div class='promo-card'><p>Sign up for our offers today</p></div>"
        f"{chunk}</div><div class='chunk'>Footer chunk outside</div></main>"
        "<div class='side'>" + PROSE + "</div></body></html>"
    )
    doc = pipeline.process(page)
    assert "Is the plan working?" in doc.text
    assert any(b.kind == "heading" and b.text == "What happens next" for b in doc.body)
    assert "Advertisement" not in doc.text
    assert "Sign up" not in doc.text
    assert_accounted(page, doc)



@pytest.mark.parametrize(
    ("under_headline", "kept"),
    [
        ("<p class='dek'>Engineers say the new wall will hold back the winter storms for decades</p>", True),
        ("<h2 class='subtitle'>Engineers say the new wall will hold back the winter storms for decades</h2>", True),
        ("<p>By Jane Roe and Tom Beck, harbour correspondents for the Ledger</p>", False),
        ("<p>Published November 18, 2024 9:26pm Updated November 19, 2024 4:23pm</p>", False),
        ("<p>Short dek</p>", False),
    ],
)
def test_standfirst_in_the_article_header_is_read(pipeline, under_headline, kept):
    page = (
        "<html><body><header><nav><a href='/'>Home</a></nav></header><main><article>"
        f"<header><h1>Harbour wall approved</h1>{under_headline}"
        "<div class='share'><a href='/s'>Share</a></div></header>"
        f"<div class='body'>{PROSE * 4}</div></article></main></body></html>"
    )
    doc = pipeline.process(page)
    text = under_headline.split(">", 1)[1].rsplit("<", 1)[0]
    assert (doc.body[0].text == text) is kept
    assert "Harbour wall approved" not in doc.text
    assert "Share" not in doc.text
    assert_accounted(page, doc)



def test_copy_of_a_caption_is_removed_not_lost(pipeline):
    fig = (
        "<figure><img src='a.jpg'><figcaption>Office blocks await tenants in the new harbour zone."
        " Jo Ng for the Ledger</figcaption></figure>"
        "<div class='slide-text'><p>Office blocks await tenants in the new harbour zone.</p></div>"
    )
    spec = "<ul><li>Draws 300W of power when running</li></ul>"
    page = f"<html><body><article>{PROSE * 2}{fig}{spec}{PROSE}{spec}</article></body></html>"
    doc = pipeline.process(page)
    texts = [b.text for b in doc.body]
    assert texts.count("Office blocks await tenants in the new harbour zone.") == 0
    assert sum("Office blocks" in t for t in texts) == 1  # the caption itself
    assert texts.count("Draws 300W of power when running") == 2  # repeated lines that are no caption stay
    assert any(r.rule == "html.caption-copy" for r in doc.removed)
    assert_accounted(page, doc)



@pytest.mark.parametrize(
    ("between", "kept"),
    [
        ("<p class='lede'>Engineers say the new wall will hold back the winter storms for decades</p>", True),
        ("<p>By Jane Roe</p><p>Engineers say the new wall will hold back the winter storms for decades</p>", True),
        (
            "<figure><figcaption><p>Engineers inspect the old wall at low tide on a grey morning</p>"
            "</figcaption></figure>",
            False,
        ),
        ("<p>Engineers say the <span class='ad'>Ad</span> new wall will hold back the storms for decades</p>", False),
    ],
)
def test_standfirst_between_the_headline_and_the_body(pipeline, between, kept):
    page = (
        "<html><body><main><article><h1>Harbour wall approved</h1>"
        f"{between}<div class='body'>{PROSE * 4}</div></article></main></body></html>"
    )
    doc = pipeline.process(page)
    assert doc.body[0].text.startswith("Engineers") is kept
    assert_accounted(page, doc)


def test_no_standfirst_when_the_article_is_the_body(pipeline):
    # the article element itself is the body: its first paragraph is read once, in place
    page = (
        "<html><body><article><h1>Harbour wall approved</h1><p>Advertisement</p>"
        "<p>KABUL (Reuters) - The council approved the harbour wall on Monday.</p>"
        "</article><footer>(c) Harbour news</footer></body></html>"
    )
    doc = pipeline.process(page)
    assert sum("KABUL" in b.text for b in doc.body) == 1
    assert_accounted(page, doc)


def test_standfirst_repeated_by_the_body_is_read_once(pipeline):
    lede = "<p>Engineers say the new wall will hold back the winter storms for decades</p>"
    page = (
        f"<html><body><main><article><h1>Harbour wall approved</h1>{lede}"
        f"<div class='body'>{lede}{PROSE * 4}</div></article></main></body></html>"
    )
    doc = pipeline.process(page)
    assert sum(b.text.startswith("Engineers say") for b in doc.body) == 1
    assert_accounted(page, doc)



def test_div_inside_an_inline_element_does_not_split_the_line(pipeline):
    cap = (
        "<figure><img src='a.jpg'><figcaption><span class='caption'>Activists gather in the square</span>"
        "<span class='credit'> (<div class='camera'><span></span>Image:</div>Jo Ng/Agency)</span>"
        "</figcaption></figure>"
    )
    page = f"<html><body><article>{PROSE * 3}{cap}{PROSE}</article></body></html>"
    doc = pipeline.process(page)
    captions = [b.text for b in doc.body if b.kind == "caption"]
    assert captions == ["Activists gather in the square (Image:Jo Ng/Agency)"]
    assert_accounted(page, doc)


# --- metadata -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Samya Kullab and Vasilisa Stepanenko", ["Samya Kullab", "Vasilisa Stepanenko"]),
        ("By Ana Lima, Tom Beck & Jo Ng", ["Ana Lima", "Tom Beck", "Jo Ng"]),
        ("Smith, John", ["Smith, John"]),
        ("BY JANE ROE", ["JANE ROE"]),
    ],
)
def test_split_names(value, names):
    assert split_names(value) == names


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("Jane Roe", True),
        ("दैनिक भास्कर", True),
        ("jane-roe", False),
        ("janeroe", False),
        ("https://example.invalid/staff/jane", False),
        ("(Image: Getty Images)", False),
        ("@janeroe", False),
        ("", False),
        ("A very long string that is certainly a sentence and not a name at all", False),
    ],
)
def test_looks_like_name(value, ok):
    assert looks_like_name(value) is ok


def test_jsonld_variants(pipeline):
    page = """<html lang="de"><head>
    <script type="application/ld+json">not json at all</script>
    <script type="application/ld+json">[{"@type": ["NewsArticle"], "headline": "Caf&eacute; &amp; Kuchen",
      "author": {"@type": "Person", "name": "Lena Vogt und Max Brandt"},
      "datePublished": "2024-05-01T10:00:00+02:00"}]</script>
    </head><body><p>Kurzer Text.</p></body></html>"""
    doc = pipeline.process(page)
    assert doc.title == "Café & Kuchen"
    assert doc.authors == ("Lena Vogt", "Max Brandt")
    assert doc.published.utcoffset() == dt.timedelta(hours=2)
    assert doc.language == "de"


def test_opengraph_and_meta_fallbacks(pipeline):
    page = """<html><head>
    <meta property="og:title" content="Fallback title">
    <meta name="author" content="https://example.invalid/a">
    <meta name="dc.creator" content="Rhea Stone; Lior Adler">
    <meta property="og:locale" content="pt_BR">
    </head><body><p>Texto.</p><time datetime="2022-02-03T04:05:06Z">ontem</time></body></html>"""
    doc = pipeline.process(page)
    assert doc.title == "Fallback title"
    assert doc.authors == ("Rhea Stone", "Lior Adler")
    assert doc.published == dt.datetime(2022, 2, 3, 4, 5, 6, tzinfo=dt.timezone.utc)
    assert doc.language == "pt"


@pytest.mark.parametrize(
    ("head", "h1", "title"),
    [
        # the visible headline confirmed by the social title wins over an SEO JSON-LD headline
        (
            '<meta property="og:title" content="Harbour wall approved">'
            '<script type="application/ld+json">{"@type": "NewsArticle",'
            ' "headline": "Harbour wall approved: what it means for Westcliff"}</script>',
            "Harbour wall approved",
            "Harbour wall approved",
        ),
        # unconfirmed: JSON-LD first, as before
        (
            '<meta property="og:title" content="Wall approved">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour wall approved"}</script>',
            "Council votes",
            "Harbour wall approved",
        ),
        # the site name is taken off the social title and <title>
        (
            '<meta property="og:site_name" content="Harbour Ledger">'
            '<meta property="og:title" content="Harbour wall approved | Harbour Ledger">',
            "Harbour wall approved",
            "Harbour wall approved",
        ),
        (
            '<meta name="application-name" content="Harbour Ledger">'
            "<title>Harbour Ledger - Harbour wall approved</title>",
            None,
            "Harbour wall approved",
        ),
        # a part that is not the site name stays
        (
            '<meta property="og:site_name" content="Harbour Ledger">'
            '<meta property="og:title" content="Harbour wall approved - at last">',
            None,
            "Harbour wall approved - at last",
        ),
    ],
)
def test_title_sources(pipeline, head, h1, title):
    heading = f"<h1>{h1}</h1>" if h1 else ""
    page = f"<html><head>{head}</head><body><article>{heading}{PROSE * 3}</article></body></html>"
    assert pipeline.process(page).title == title


def test_microdata_author_inside_an_image_is_ignored(pipeline):
    page = """<html><head><meta name="author" content="Nadia Osei"></head><body>
    <figure itemscope itemtype="https://schema.org/ImageObject">
    <meta itemprop="author" content="(Image: Agency)"></figure><p>Text.</p></body></html>"""
    assert pipeline.process(page).authors == ("Nadia Osei",)


# --- the accounting invariant on generated pages ------------------------------------

TAGS = [
    "div",
    "p",
    "span",
    "a",
    "b",
    "br",
    "ul",
    "li",
    "h2",
    "blockquote",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "pre",
    "section",
    "article",
    "nav",
    "aside",
    "footer",
    "header",
    "form",
    "script",
    "style",
    "button",
    "noscript",
]
ATTRS = st.sampled_from(
    [
        "",
        ' class="share-bar"',
        ' class="related"',
        ' class="story-body"',
        ' class="shadow"',
        ' id="comments"',
        ' role="navigation"',
        ' aria-hidden="true"',
        ' itemprop="articleBody"',
        ' class="ad"',
    ]
)
WORDS = st.text(
    alphabet=st.sampled_from("abcxyzÄéß東京 .,;!?&<>\"'\t\n\u00a0-"), min_size=0, max_size=30
).map(escape)


def html_nodes(depth: int = 0):
    leaf = WORDS | st.just("<!-- a comment -->") | st.just("<br>")
    if depth > 4:
        return leaf
    return st.one_of(
        leaf,
        st.builds(
            lambda tag, attrs, kids: f"<{tag}{attrs}>{''.join(kids)}</{tag}>",
            st.sampled_from(TAGS),
            ATTRS,
            st.lists(st.deferred(lambda: html_nodes(depth + 1)), max_size=4),
        ),
    )


@st.composite
def pages(draw) -> str:
    head = draw(
        st.sampled_from(["", "<head><title>T</title></head>", "<head><script>var x=1;</script></head>"])
    )
    body = "".join(draw(st.lists(html_nodes(), max_size=6)))
    tail = draw(st.sampled_from(["", "trailing words", "<p>after body</p>"]))
    return f"<html>{head}<body>{body}</body>{tail}</html>"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_every_text_node_is_in_a_block_or_a_removal(page):
    doc = newskit.Pipeline(entry_points=False).process(page)
    assert doc.input_kind == "html"
    assert_accounted(page, doc)


# --- robustness -----------------------------------------------------------------------


def read_html(text: str | bytes) -> newskit.Document:
    """Run the reader directly, whatever the sniffed kind of the input."""
    from newskit.source import Source

    if isinstance(text, bytes):
        text = decode(text)[0]
    doc = reader.newskit_read(Source(text=text, kind="html"))
    assert isinstance(doc, newskit.Document)
    return doc


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_crashes_on_any_text(text):
    doc = read_html(text)
    assert_accounted(text, doc)


@settings(max_examples=200, deadline=None)
@given(st.binary())
def test_never_crashes_on_any_bytes(data):
    read_html(data)
    try:
        newskit.Pipeline(entry_points=False).process(data)
    except newskit.InputError as e:  # bytes with the gzip signature that are no gzip stream
        assert data.startswith(b"\x1f\x8b") and "gzip-compressed but not readable" in str(e)


@pytest.mark.parametrize(
    "page",
    [
        "",
        " ",
        "<html></html>",
        "<html><head><title>Only a head</title></head></html>",
        "<script>var a = '<p>not text</p>';</script>",
        "<html><body><script>only()</script></body></html>",
        "<?xml version='1.0'?><html><body><p>xml decl</p></body></html>",
        "<!-- only a comment -->",
        "<html><body>\x00\x01 control</body></html>",
        "<frameset><frame src='a.html'></frameset>",
        "<p>unclosed <b>bold <i>italic",
    ],
)
def test_degenerate_pages(page):
    doc = read_html(page)
    assert_accounted(page, doc)


def test_very_deep_nesting_does_not_crash():
    page = "<html><body>" + "<div>" * 5000 + "deep text" + "</div>" * 5000 + "</body></html>"
    doc = read_html(page)
    assert_accounted(page, doc)
    assert any(w.code == "html-truncated" for w in doc.warnings)


# --- linear time (a regression guard, not a benchmark) -------------------------------


def test_twenty_thousand_nested_divs_are_fast():
    page = "<html><body>" + "<div><p>Some words in a paragraph here.</p>" * 20_000 + "</div>" * 20_000
    t0 = time.perf_counter()
    doc = read_html(page)
    assert time.perf_counter() - t0 < 10
    assert_accounted(page, doc)


def test_five_megabyte_page_is_fast():
    para = "<p>" + "A sentence of ordinary news prose, repeated to make a large page. " * 4 + "</p>\n"
    side = "<div class='related'><a href='/x'>Related link</a></div>\n"
    unit = para * 5 + side
    page = "<html><body><article>" + unit * (5_000_000 // len(unit)) + "</article></body></html>"
    assert len(page) >= 4_900_000
    t0 = time.perf_counter()
    doc = read_html(page)
    assert time.perf_counter() - t0 < 20
    assert len(doc.body) > 10_000


def test_lxml_is_not_imported_with_newskit():
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import newskit"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "lxml" not in out.stderr
    code = "import sys, newskit; print('lxml' in sys.modules)"
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
    )


def test_five_thousand_levels_built_directly_are_fast():
    # the HTML parser stops at 2048 levels, so build a deeper tree itself to exercise the reader's passes
    from lxml import etree

    root = etree.Element("html")
    node = etree.SubElement(root, "body")
    for _ in range(5_000):
        node = etree.SubElement(node, "div")
        node.text = "level "
        etree.SubElement(node, "p").text = "A sentence of prose, long enough to count as prose in an article."
    t0 = time.perf_counter()
    scores = reader._Scores(root)
    containers = reader.find_container(root, scores)
    paths = reader._Paths()
    blocks, inner, _owners = reader._extract(containers, scores.drop, paths)
    outside = reader._outside(containers, scores.flagged, paths)
    assert time.perf_counter() - t0 < 20
    assert reader._Paths()(containers[0]).startswith("(//*)[")  # deeper than MAX_LOCATOR_DEPTH
    assert len(outside) > 5_000  # the container is deep: each level above it is a removal
    removals = [r for _i, r in inner] + outside
    assert _chars([b.text for b in blocks]) + _chars([r.text for r in removals]) == _chars(
        [t for n in root.iter() for t in (n.text, n.tail)]
    )
    for r in removals[:5] + removals[-5:]:
        (found,) = root.xpath(r.locator)
        assert r.text.split()[0] in "".join(found.itertext())


def _reference_sum(scores: reader._Scores, skip: dict) -> dict:
    """Prose per subtree by a plain recursive walk of the whole tree (what ``_sum`` must equal)."""
    total: dict = {}

    def walk(el) -> int:
        if el in skip and el is not scores.root:
            return 0
        n = scores.own.get(el, 0) + sum(walk(c) for c in el)
        if n:
            total[el] = n
        return n

    walk(scores.root)
    return total


_nested = st.recursive(
    st.sampled_from(["<p>A paragraph of plain prose that is long enough to count as prose here.</p>", "<b>x</b>", ""]),
    lambda inner: st.builds(
        lambda tag, cls, kids: f'<{tag} class="{cls}">{"".join(kids)}</{tag}>',
        st.sampled_from(["div", "section", "article", "aside"]),
        st.sampled_from(["story", "share-bar", "comments", "body"]),
        st.lists(inner, max_size=4),
    ),
    max_leaves=30,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_nested, min_size=1, max_size=4))
def test_prose_sums_visit_only_prose_paths_and_match_a_full_walk(parts):
    root, _ = reader._parse("<html><body>" + "".join(parts) + "</body></html>")
    scores = reader._Scores(root)
    assert scores.raw == _reference_sum(scores, {})
    assert scores.clean == _reference_sum(scores, scores.boilerplate)


CODE_PAGE = (
    "<html><head><title>Fares   rise</title><style>\np {\n  color: red;\n}\n</style></head><body>"
    "<article><p>Fares on the island routes will rise by five per cent in May, the council said.</p>"
    "<script>\n  var a = 1;\n  var b = 2;\n</script>"
    "<p>Season tickets will not change, the council said on Tuesday.</p></article>"
    "<footer>Contact   us\n  today</footer></body></html>"
)


def test_removed_code_keeps_its_lines_and_other_removals_are_collapsed(pipeline):
    doc = pipeline.process(CODE_PAGE)
    by_text = {r.text: r.rule for r in doc.removed}
    assert by_text["var a = 1;\n  var b = 2;"] == "html.drop.script"
    head = next(r for r in doc.removed if r.rule in ("html.head", "html.drop.head"))
    assert head.text == "Fares   rise\np {\n  color: red;\n}"
    assert by_text["Contact us today"] == "html.drop.footer"
    assert_accounted(CODE_PAGE, doc)
