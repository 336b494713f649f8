"""The ``html`` format: a well-formed, self-contained review page whose text is the article's."""

from __future__ import annotations

import datetime as dt
import pathlib
import re

import lxml.html
import pytest
from format_strategies import documents
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newskit
from newskit.model import (
    Block,
    Comment,
    Dateline,
    Diagnostic,
    Document,
    Interval,
    Mention,
    Person,
    Quote,
    Removal,
    Speaker,
    TimeExpression,
)
from newskit.renderers import html as html_format

FIXTURE = pathlib.Path(__file__).resolve().parent / "fixtures" / "formats" / "ferry_strike.json"
SEED = pathlib.Path("/work/shared/seed/article.txt")
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
UTC = dt.timezone.utc


@pytest.fixture(scope="module")
def pipeline() -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[html_format], entry_points=False)


@pytest.fixture(scope="module")
def ferry() -> Document:
    return Document.from_json(FIXTURE.read_text(encoding="utf-8"))


def parse(out: str) -> lxml.html.HtmlElement:
    assert out.startswith("<!DOCTYPE html>\n<html")
    assert out.endswith("</html>\n")
    return lxml.html.document_fromstring(out)


def exact_text(el) -> str:
    """The element's text, each ``.char`` stand-in read back as the character of its code."""
    out = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str):  # comments: there are none, but do not read them as text
            pass
        elif "char" in (child.get("class") or "").split():
            out.append(chr(int(child.get("data-code")[2:], 16)))
        else:
            out.append(exact_text(child))
        out.append(child.tail or "")
    return "".join(out)


def block_text(el) -> str:
    t = exact_text(el)
    # the page writes a line feed after <pre>, which HTML parsers drop (libxml2 keeps it)
    return t[1:] if el.tag == "pre" else t


def blocks_of(root):
    return root.xpath("//article//*[contains(concat(' ', @class, ' '), ' block ')]")


def check_page(doc: Document, out: str) -> lxml.html.HtmlElement:
    """Checks every page must pass; returns the parsed page."""
    root = parse(out)
    # self-contained: no scripts, no external resources, no event handlers
    assert not root.xpath("//script | //link | //iframe | //object | //embed | //img | //@src")
    assert not [a for a in root.xpath("//@*") if a.attrname.lower().startswith("on")]
    for href in root.xpath("//a/@href"):
        scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", href)
        assert scheme is None or scheme.group(1).lower() in ("http", "https"), href
    ids = root.xpath("//@id")
    assert len(ids) == len(set(ids)), "ids are unique"
    els = blocks_of(root)
    assert [el.get("class").split()[1] for el in els] == [b.kind for b in doc.body]
    for el, b in zip(els, doc.body, strict=True):
        assert block_text(el) == b.text
        assert (int(el.get("data-start")), int(el.get("data-end"))) == (b.start, b.end)
    # every fragment link points at something on the page (quotes not drawn have no anchor)
    targets = set(ids) | {f"quote-{i}" for i in range(len(doc.quotes))} - {
        f"quote-{i}" for i in root.xpath("//@data-quote")
    }
    for href in root.xpath("//a[starts-with(@href, '#')]/@href"):
        assert href[1:] in targets, href
    return root


# --- registration and a real article --------------------------------------------------------------


def test_format_is_registered(pipeline):
    fmt = pipeline.formats()["html"]
    assert (fmt.media_type, fmt.extension) == ("text/html", "html")
    assert fmt.description


def test_fixture_article(pipeline, ferry):
    out = pipeline.render(ferry, "html")
    root = check_page(ferry, out)
    assert root.findtext("head/title").startswith(ferry.title)
    assert "".join(root.find(".//h1").itertext()) == ferry.title
    meta = " ".join(root.find(".//dl").itertext())
    for author in ferry.authors:
        assert author in meta
    stamps = [d.isoformat() for d in (ferry.published, ferry.updated) if d is not None]
    assert root.xpath("//dl//time/@datetime") == stamps
    assert ferry.url in meta and root.xpath("//dl//a/@href") == [ferry.url]
    # the dateline is marked, with what was read from it
    (dl,) = root.xpath("//article//*[@id='dateline']")
    assert dl.text_content() == ferry.dateline.text
    assert "Place: Porthaven" in dl.get("title") and "Zone: Europe/London" in dl.get("title")
    # every quote is highlighted, its speaker on hover and in the label
    for i, q in enumerate(ferry.quotes):
        pieces = root.xpath(f"//*[@data-quote='{i}']")
        assert "".join(p.text_content() for p in pieces) == q.text
        title = pieces[0].get("title")
        assert f"Quote {i} · {q.kind}" in title
        if q.speaker is not None:
            assert q.speaker.role is None or q.speaker.role in title
            assert pieces[-1].get("data-who")
    direct = root.xpath("//*[@data-quote][contains(@class, 'kind-direct')]")[0]
    assert "Mara Voss" in direct.get("title") and direct.get("data-who") == "Mara Voss"
    # times: underlined, value shown, interval in the zone on hover
    monday = root.xpath("//*[@id='time-1']")[0]
    assert monday.get("data-value") == "2025-03-10"
    assert "Interval: 2025-03-10 00:00 UTC → 2025-03-11 00:00 UTC" in monday.get("title")
    assert len(root.xpath("//body//*[contains(concat(' ', @class, ' '), ' time ')][@id]")) == len(ferry.times)
    # removed junk: collapsed, struck through
    removed = root.xpath("//details[contains(@class, 'removed')]")
    assert removed and all(d.get("open") is None for d in removed)
    assert [d.text_content() for d in root.xpath("//li[contains(@class, 'removal')]/del")] == [
        r.text for r in ferry.removed
    ]
    comments = root.xpath("//li[contains(@class, 'comment')]")
    assert len(comments) == len(ferry.comments) and "quayside_reader" in comments[0].text_content()
    people = root.xpath("//aside//h2[.='People']/following-sibling::ul/li")
    assert [p.find("b").text for p in people] == [p.name for p in ferry.people]


def test_markup_is_escaped_not_interpreted(pipeline, ferry):
    out = pipeline.render(ferry, "html")
    assert "&amp; sang &lt;loudly&gt;." in out


def test_output_is_deterministic(pipeline, ferry):
    assert pipeline.render(ferry, "html") == pipeline.render(Document.from_json(FIXTURE.read_text()), "html")


# --- speakers and colours -------------------------------------------------------------------------------


def _quotes_doc() -> Document:
    text = "Ann said: “Yes.” Bob said: “No.” Ann said: “Maybe.” Someone: “Who?”"
    b = Block("paragraph", text)

    def q(words: str, who: str | None, role: str | None = None) -> Quote:
        s = text.index(words)
        speaker = None
        if who is not None:
            w = text.index(who)
            speaker = Speaker(who, start=w, end=w + len(who), name=who, role=role)
        return Quote(words, kind="direct", start=s, end=s + len(words), speaker=speaker)

    return Document(
        body=[b],
        quotes=[q("“Yes.”", "Ann", "mayor"), q("“No.”", "Bob"), q("“Maybe.”", "Ann"), q("“Who?”", None)],
    )


def test_one_colour_per_speaker(pipeline):
    root = parse(pipeline.render(_quotes_doc(), "html"))

    def spk(i):
        (el,) = root.xpath(f"//*[@data-quote='{i}']")
        return next(c for c in el.get("class").split() if c.startswith("spk-"))

    assert spk(0) == spk(2) == "spk-0"
    assert spk(1) == "spk-1"
    assert spk(3) == "spk-none"
    style = root.findtext("head/style")
    assert ".spk-0{--h:" in style and ".spk-1{--h:" in style and ".spk-2{" not in style
    (first,) = root.xpath("//*[@data-quote='0']")
    assert "Speaker: Ann, mayor" in first.get("title")
    legend = [li.text_content() for li in root.xpath("//aside//h2[.='Speakers']/following-sibling::ul/li")]
    assert legend[0].startswith("Ann mayor") and "quotes 0, 2" in legend[0]
    assert legend[-1].startswith("No speaker found")


def test_speaker_hues_differ():
    from newskit.renderers.html_style import speaker_hue

    hues = [speaker_hue(i) for i in range(8)]
    assert min(min(abs(a - b), 360 - abs(a - b)) for i, a in enumerate(hues) for b in hues[i + 1 :]) >= 20


# --- removals -----------------------------------------------------------------------------------------------


def test_removals_stand_where_they_were(pipeline):
    body = [Block("paragraph", "First one. Second one."), Block("paragraph", "Next block.")]
    removed = [
        Removal("HEADLINE", reason="headline", rule="line 0", plugin="t", at=0, field="title"),
        Removal("Advertisement", reason="ad", rule="ad", plugin="t", at=10),
        Removal("Share this", reason="share", rule="share", plugin="t", at=22),
        Removal("Read more", reason="teaser", rule="teaser", plugin="t", at=35),
        Removal("Lost", reason="x", rule="x", plugin="t"),
    ]
    doc = Document(body=body, removed=removed)
    root = parse(pipeline.render(doc, "html"))
    article = root.find(".//article")
    kids = [(el.tag, el.get("id")) for el in article]
    assert kids == [
        ("details", "removed-0"),
        ("p", "block-0"),
        ("details", "removed-1"),
        ("details", "removed-2"),
        ("p", "block-1"),
        ("details", "removed-3"),
    ]
    # the cut inside the first block is marked where it was, linking to its details
    p = article.find("p")
    (cut,) = p.xpath(".//a[@class='cut']")
    assert cut.get("href") == "#removed-1"
    assert (p.text or "") == "First one."
    assert block_text(p) == body[0].text
    assert "moved to: title" in root.get_element_by_id("removed-0").text_content()
    lost = root.xpath("//section[h2='Removed, place not known']//li/del")
    assert [d.text for d in lost] == ["Lost"]


def test_removals_between_list_items_keep_lists_valid(pipeline):
    body = [Block("list_item", "one"), Block("list_item", "two"), Block("list_item", "three")]
    doc = Document(body=body, removed=[Removal("junk", reason="x", rule="x", plugin="t", at=3)])
    root = parse(pipeline.render(doc, "html"))
    article = root.find(".//article")
    assert [el.tag for el in article] == ["ul", "details", "ul"]
    assert [len(ul) for ul in article.findall("ul")] == [1, 2]


def test_no_body(pipeline):
    doc = Document(removed=[Removal("only junk", reason="x", rule="x", plugin="t", at=0)])
    root = check_page(doc, pipeline.render(doc, "html"))
    assert root.xpath("//article/details//del")[0].text == "only junk"
    assert root.xpath("//p[@class='empty']")


# --- escaping ------------------------------------------------------------------------------------------------


HOSTILE = '</script><script>alert("x")</script> <b onclick=\'y\'>&amp; \x00\x1b\r\n\x85\ufffe "q" \u202e'


def test_hostile_text_everywhere(pipeline):
    body = [Block("paragraph", HOSTILE), Block("preformatted", "\n" + HOSTILE), Block("heading", "x" * 5000)]
    t = len(HOSTILE) + 2
    doc = Document(
        url="javascript:alert(1)",
        site=HOSTILE,
        language='en" onload="x',
        title=HOSTILE,
        authors=[HOSTILE],
        credits=[HOSTILE],
        body=body,
        times=[TimeExpression(HOSTILE[:9], type="DATE", value=HOSTILE, start=0, end=9, timezone=HOSTILE)],
        quotes=[
            Quote(
                body[1].text,
                kind="direct",
                start=t,
                end=t + len(body[1].text),
                speaker=Speaker(HOSTILE[:5], start=0, end=5, name=HOSTILE, role=HOSTILE, person=HOSTILE),
                cue=Mention(HOSTILE[2:4], start=2, end=4),
            )
        ],
        people=[Person(HOSTILE, HOSTILE, roles=[HOSTILE], variants=[HOSTILE], quotes=[0])],
        removed=[Removal(HOSTILE, reason=HOSTILE, rule=HOSTILE, plugin=HOSTILE, at=3, locator=HOSTILE)],
        comments=[Comment(HOSTILE, author=HOSTILE)],
        warnings=[Diagnostic(HOSTILE, HOSTILE, plugin=HOSTILE, stage=HOSTILE)],
        plugins={HOSTILE: HOSTILE},
        extensions={"x": {"y": HOSTILE}},
    )
    out = pipeline.render(doc, "html")
    root = check_page(doc, out)
    assert "<script" not in out and "<b " not in out
    assert "\x00" not in out and "\r" not in out and "\x1b" not in out and "\ufffe" not in out
    assert root.get("lang") == "en" and root.find(".//article").get("lang") is None
    assert not root.xpath("//dl//a"), "a javascript: URL is not linked"
    relative = Document(url="pages/a.html", body=body)
    assert not parse(pipeline.render(relative, "html")).xpath("//dl//a"), "the article's URL must be absolute"
    assert block_text(root.find(".//h1")) == doc.title
    (q,) = root.xpath("//*[@data-quote='0']")
    assert HOSTILE.replace("\x00", "\ufffd")[:20] in q.get("title").replace("\n", " ")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/x?y=1&z=2", "https://a.example/x?y=1&z=2"),
        ("HTTP://A.EXAMPLE", "HTTP://A.EXAMPLE"),
        ("pages/a b.html", "pages/a b.html"),
        ("#top", "#top"),
        ("javascript:alert(1)", None),
        (" \x01java\tscript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>", None),
        ("vbscript:x", None),
        ("a\x00b", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_href(url, expected):
    assert html_format.safe_href(url) == expected
    absolute = expected if expected and expected.lower().startswith("http") else None
    assert html_format.safe_href(url, relative=False) == absolute


def test_text_and_attr_escaping():
    assert html_format.text("<a>&") == "&lt;a&gt;&amp;"
    assert html_format.attr("\"'<\x00") == "&quot;&#x27;&lt;\ufffd"
    assert 'data-code="U+000D"' in html_format.text("\r")
    assert html_format.text("\x85").endswith('title="character U+0085">\ufffd</span>')
    assert html_format.text("\x0c\t\n\u2028") == "\x0c\t\n\u2028"


# --- times -----------------------------------------------------------------------------------------------------


def test_time_tooltip_shows_interval_in_its_zone(pipeline):
    text = "Talks resumed on Wednesday."
    s = text.index("Wednesday")
    t = TimeExpression(
        "Wednesday",
        type="DATE",
        value="2025-03-05",
        start=s,
        end=s + 9,
        timezone="Asia/Karachi",
        anchor="published",
        mod="APPROX",
        alternatives=["2025-02-26"],
        interval=Interval(dt.datetime(2025, 3, 4, 19, tzinfo=UTC), dt.datetime(2025, 3, 5, 19, tzinfo=UTC)),
    )
    doc = Document(body=[Block("paragraph", text)], times=[t])
    (el,) = parse(pipeline.render(doc, "html")).xpath("//*[@id='time-0']")
    title = el.get("title")
    assert title.splitlines() == [
        "Time 0 · DATE 2025-03-05",
        "Modifier: APPROX",
        "Interval: 2025-03-05 00:00 UTC+05:00 → 2025-03-06 00:00 UTC+05:00",
        "Zone: Asia/Karachi",
        "Resolved against: published",
        "Could also be: 2025-02-26",
    ]
    # an unknown zone falls back to the offsets stored
    doc = Document(body=[Block("paragraph", text)], times=[attrs_evolve(t, timezone="Mars/Olympus")])
    (el,) = parse(pipeline.render(doc, "html")).xpath("//*[@id='time-0']")
    assert "Interval: 2025-03-04 19:00 UTC → 2025-03-05 19:00 UTC" in el.get("title")


def attrs_evolve(obj, **changes):
    import attrs

    return attrs.evolve(obj, **changes)


def test_dateline_and_split_spans(pipeline):
    text = "KABUL, March 5 - Talks on Monday ended badly."
    doc = Document(
        body=[Block("paragraph", text)],
        dateline=Dateline("KABUL, March 5 -", start=0, end=16, place="Kabul", country="AF", date="March 5"),
        times=[TimeExpression("on Monday", type="DATE", value="2025-03-10", start=23, end=32)],
        quotes=[Quote("Monday ended", kind="direct", start=26, end=38)],
    )
    root = check_page(doc, pipeline.render(doc, "html"))
    assert root.get_element_by_id("dateline").text == "KABUL, March 5 -"
    pieces = root.xpath("//*[@data-quote='0']")
    assert [p.text for p in pieces] == ["Monday", " ended"]
    assert "last" not in pieces[0].get("class") and "last" in pieces[1].get("class")
    assert pieces[0].get("id") == "quote-0" and pieces[1].get("id") is None


# --- index page --------------------------------------------------------------------------------------------


def test_index_page(ferry):
    bad = Document(title=HOSTILE, site="x")
    out = html_format.render_index(
        [("ferry.html", ferry), ("javascript:alert(1)", bad), ("b/c.html", Document())]
    )
    root = parse(out)
    rows = root.xpath("//tbody/tr")
    assert len(rows) == 3
    assert rows[0].xpath(".//a/@href") == ["ferry.html"] and rows[0].find(".//a").text == ferry.title
    assert not rows[1].xpath(".//a") and "javascript:alert(1)" in rows[1].text_content()
    assert rows[2].xpath(".//a/@href") == ["b/c.html"]
    assert "<script" not in out
    assert html_format.render_index([]) == html_format.render_index([])
    assert not parse(html_format.render_index([])).xpath("//tbody/tr")


# --- properties --------------------------------------------------------------------------------------------


@SETTINGS
@given(documents())
def test_every_document_renders_a_sound_page(doc):
    out = html_format.render_html(doc)
    check_page(doc, out)
    assert html_format.render_html(doc) == out
    assert not html_format.UNSAFE.search(out)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(max_blocks=3))
def test_pages_parse_without_errors_by_the_standard(doc):
    html5lib = pytest.importorskip("html5lib")
    parser = html5lib.HTMLParser(strict=True)
    parser.parse(html_format.render_html(doc))  # raises on any parse error


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.text(max_size=20), documents(max_blocks=2)), max_size=4))
def test_index_of_any_documents(entries):
    out = html_format.render_index(entries)
    root = parse(out)
    assert len(root.xpath("//tbody/tr")) == len(entries)
    assert not html_format.UNSAFE.search(out)
    for href in root.xpath("//a/@href"):
        assert html_format.safe_href(href) == href


# --- the seed article -------------------------------------------------------------------------------------


@pytest.mark.skipif(not SEED.exists(), reason="the seed article is not here")
def test_seed_article():
    plugins = [html_format]
    try:
        from newskit.quotes import plugin as quotes_plugin
    except ImportError:  # pragma: no cover - quotes not built in yet
        pass
    else:
        plugins.append(quotes_plugin)
    pipeline = newskit.Pipeline(plugins=plugins)
    doc = pipeline.process(SEED.read_text(encoding="utf-8"), published="2025-03-05T09:00:00+00:00")
    root = check_page(doc, pipeline.render(doc, "html"))
    assert {int(i) for i in root.xpath("//body//@data-quote")} == set(range(len(doc.quotes)))
    assert len(root.xpath("//li[contains(@class, 'removal')]")) == len(doc.removed)
