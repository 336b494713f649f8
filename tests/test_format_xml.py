"""The ``xml`` format: well-formed, valid against newskit.rng, body text round trips."""

from __future__ import annotations

import importlib.resources
import pathlib
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

import newskit
from newskit.model import Block, Comment, Document, Person, Quote, Speaker, TimeExpression
from newskit.renderers import xml as xml_format

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from format_strategies import documents

FIXTURE = pathlib.Path(__file__).resolve().parent / "fixtures" / "formats" / "ferry_strike.json"
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BLOCK_TAGS = {"paragraph", "heading", "caption", "list_item", "blockquote", "preformatted", "table"}


def _schema() -> etree.RelaxNG:
    res = importlib.resources.files("newskit") / "schema" / "newskit.rng"
    return etree.RelaxNG(etree.fromstring(res.read_bytes()))


SCHEMA = _schema()


@pytest.fixture(scope="module")
def pipeline() -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[xml_format], entry_points=False)


@pytest.fixture(scope="module")
def ferry() -> Document:
    return Document.from_json(FIXTURE.read_text(encoding="utf-8"))


def parse(out: str) -> etree._Element:
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = etree.fromstring(out.encode("utf-8"))
    assert SCHEMA.validate(root), SCHEMA.error_log
    return root


def exact_text(el: etree._Element) -> str:
    """The element's text with every <char> stand-in turned back into its character."""
    out = [el.text or ""]
    for child in el:
        if child.tag == "char":
            out.append(chr(int(child.get("code")[2:], 16)))
        else:
            out.append(exact_text(child))
        out.append(child.tail or "")
    return "".join(out)


def test_format_is_registered(pipeline):
    fmt = pipeline.formats()["xml"]
    assert fmt.media_type == "application/xml"
    assert fmt.extension == "xml"
    assert fmt.description


def test_fixture_article(pipeline, ferry):
    root = parse(pipeline.render(ferry, "xml"))
    assert root.get("version") == xml_format.XML_VERSION
    assert root.get("url") == ferry.url
    assert [a.text for a in root.iterfind("authors/author")] == list(ferry.authors)
    assert root.findtext("published") == "2025-03-07T18:30:00+00:00"
    assert "".join(root.find("title").itertext()) == ferry.title
    body = root.find("body")
    assert [el.tag for el in body] == [b.kind for b in ferry.body]
    for el, block in zip(body, ferry.body, strict=True):
        assert "".join(el.itertext()) == block.text
        assert (int(el.get("start")), int(el.get("end"))) == (block.start, block.end)

    (dl,) = root.iter("dateline")
    assert dl.text == ferry.dateline.text
    assert dict(dl.attrib) == {
        "place": "Porthaven",
        "region": "Kestria",
        "country": "GB",
        "timezone": "Europe/London",
        "agency": "Coastline Wire",
    }
    direct = root.find(".//quote[@kind='direct']")
    assert direct.get("speaker") == "Mara Voss"
    assert direct.get("person") == "mara-voss"
    assert direct.get("role") == "general secretary of the Seafarers’ Union"
    assert next(p.text for p in direct.iter("part")) == "“We have run out of patience,”"
    years = root.find(".//time[@value='P3Y']")
    assert years.text == "three years" and years.get("type") == "DURATION"
    assert years.getparent().tag == "part", "the time nests inside the quote part"
    monday = root.find(".//time[@n='1']")
    assert monday.get("interval_start") == "2025-03-10T00:00:00+00:00"
    assert monday.get("interval_end") == "2025-03-11T00:00:00+00:00"
    assert root.find(".//time[@n='7']").get("same_as") == "1"
    assert root.find(".//time[@mod='BEFORE']").text == "before the weekend"
    # every time and quote of the body is there once, none is split in this article
    assert sorted(int(t.get("n")) for t in body.iter("time")) == list(range(9))
    assert not root.xpath("//*[@fragment]")
    assert root.find("removed/removal").get("reason") == "boilerplate"
    assert root.find("comments/comment").get("author") == "quayside_reader"
    assert [p.get("id") for p in root.iterfind("people/person")] == [p.id for p in ferry.people]
    assert root.find("people/person").get("quotes") == "1"


def test_markup_in_text_is_escaped_not_interpreted(pipeline, ferry):
    out = pipeline.render(ferry, "xml")
    assert "&amp; sang &lt;loudly&gt;." in out
    assert "ref=a&amp;b=c" in out


def test_split_quotes_carry_fragments(pipeline):
    text = "Talks on Monday ended badly."
    doc = Document(
        body=[Block("paragraph", text)],
        times=[TimeExpression("on Monday", type="DATE", value="2025-03-10", start=6, end=15)],
        quotes=[Quote("Monday ended", kind="direct", start=9, end=21)],
    )
    root = parse(pipeline.render(doc, "xml"))
    frags = [(q.get("fragment"), q.text) for q in root.iter("quote")]
    assert frags == [("initial", "Monday"), ("final", " ended")]
    assert all(q.get("n") == "0" for q in root.iter("quote"))


HOSTILE = "a\x00b\x1bc\ud800d\ufffee]]>f<g>&amp;\r\n\t\x7f\x85\u2028 “q” ‘r’ «s»"


def test_forbidden_characters_become_char_elements(pipeline):
    doc = Document(
        title="T\x01",
        authors=["Ann\x0b"],
        body=[Block("paragraph", HOSTILE)],
        comments=[Comment("x\x02", author="bad\x03name")],
        people=[Person("p\x04", "Name\x05")],
        quotes=[
            Quote(
                HOSTILE[:5],
                kind="direct",
                start=0,
                end=5,
                speaker=Speaker("a", start=0, end=1, name="N\x06", role="r\ud801"),
            )
        ],
    )
    out = pipeline.render(doc, "xml")
    out.encode("utf-8")  # no lone surrogate reaches the output
    root = parse(out)
    para = root.find("body/paragraph")
    assert exact_text(para) == HOSTILE
    visible = "".join(para.itertext())
    assert len(visible) == len(HOSTILE)
    assert visible == xml_format.xml_safe(HOSTILE)
    assert [c.get("code") for c in para.iter("char")] == ["U+0000", "U+001B", "U+D800", "U+FFFE"]
    assert root.find(".//quote").get("speaker") == "N\ufffd"
    assert root.find(".//quote").get("role") == "r\ufffd"
    assert root.find("comments/comment").get("author") == "bad\ufffdname"
    assert exact_text(root.find("title")) == "T\x01"
    assert exact_text(root.find("authors/author")) == "Ann\x0b"


def test_forbidden_characters_are_exactly_those_xml_1_0_excludes():
    def allowed(c: int) -> bool:  # the Char production of XML 1.0
        return (
            c in (0x9, 0xA, 0xD) or 0x20 <= c <= 0xD7FF or 0xE000 <= c <= 0xFFFD or 0x10000 <= c <= 0x10FFFF
        )

    text = "".join(map(chr, range(0x10010)))
    found = {m.start() for m in xml_format.FORBIDDEN.finditer(text)}
    assert found == {c for c in range(0x10010) if not allowed(c)}
    assert xml_format.FORBIDDEN.search("\U0010ffff\U0001f600") is None


def test_long_lines_stay_whole(pipeline):
    line = "word " * 50_000
    root = parse(pipeline.render(Document(body=[Block("preformatted", line)]), "xml"))
    assert root.find("body/preformatted").text == line


def nested(n: int) -> Document:
    """A broken document: n time expressions and n quotes, each inside the one before."""
    text = "x" * (2 * n + 4)
    m = len(text)
    return Document(
        body=[Block("paragraph", text)],
        times=[TimeExpression(text[i : m - i], type="DATE", value="v", start=i, end=m - i) for i in range(n)],
        quotes=[Quote(text[i : m - i], kind="direct", start=i, end=m - i) for i in range(n)],
    )


def test_absurdly_deep_nesting_stays_parseable(pipeline):
    """libxml2 refuses documents nested more than 256 deep; deep spans are collapsed."""
    doc = nested(300)
    root = parse(pipeline.render(doc, "xml"))
    para = root.find("body/paragraph")
    assert "".join(para.itertext()) == doc.body[0].text
    collapsed = para.xpath(".//*[@start]")
    assert collapsed and all(len(el) == 0 and not el.text for el in collapsed)
    assert len(para.xpath(".//time")) == 300 and len(para.xpath(".//quote")) == 300
    first = collapsed[0]
    assert int(first.get("end")) > int(first.get("start"))


def test_empty_document(pipeline):
    root = parse(pipeline.render(Document(), "xml"))
    assert len(root.find("body")) == 0
    assert root.get("input_kind") == "text"


def test_processed_article(pipeline, article_text):
    doc = pipeline.process(article_text, published="2024-03-04T09:00:00+05:00")
    root = parse(pipeline.render(doc, "xml"))
    assert ["".join(el.itertext()) for el in root.find("body")] == [b.text for b in doc.body]


@SETTINGS
@given(documents())
def test_generated_documents(doc):
    pipeline = newskit.Pipeline(plugins=[xml_format], entry_points=False)
    out = pipeline.render(doc, "xml")
    out.encode("utf-8")
    assert out == pipeline.render(doc, "xml"), "byte-for-byte deterministic"
    root = parse(out)
    blocks = list(root.find("body"))
    assert len(blocks) == len(doc.body)
    for el, block in zip(blocks, doc.body, strict=True):
        assert el.tag == block.kind and el.tag in BLOCK_TAGS
        assert exact_text(el) == block.text
        assert "".join(el.itertext()) == xml_format.xml_safe(block.text)
    if doc.title is not None:
        assert exact_text(root.find("title")) == doc.title
    times = sorted({int(t.get("n")) for t in root.find("body").iter("time")})
    if doc.body:
        assert times == list(range(len(doc.times))), "every time expression is placed"
        assert sorted({int(q.get("n")) for q in root.find("body").iter("quote")}) == list(
            range(len(doc.quotes))
        )
    assert [exact_text(r) for r in root.iterfind("removed/removal")] == [r.text for r in doc.removed]
    assert [exact_text(c) for c in root.iterfind("comments/comment")] == [c.text for c in doc.comments]
