"""The ``nitf`` format: IPTC NITF 3.6 structure, norms, hostile text, body round trip.

The outputs are validated against a reduced RELAX NG schema, written for these
tests, of the part of NITF 3.6 that newskit emits: element order and nesting
follow NITF's content models, so an element out of place fails.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

import newskit
from newskit.model import Block, Dateline, Document, Quote, Speaker, TimeExpression
from newskit.renderers import nitf
from newskit.renderers.xml import xml_safe

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from format_strategies import documents

FIXTURE = pathlib.Path(__file__).resolve().parent / "fixtures" / "formats" / "ferry_strike.json"
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NS = {"n": nitf.NS}
NORM = r"[0-9]{8}T[0-9]{6}[+\-][0-9]{4}"

SUBSET_RNG = f"""<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="{nitf.NS}"
  datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start>
    <element name="nitf">
      <attribute name="version"><value>-//IPTC//DTD NITF 3.6//EN</value></attribute>
      <optional><attribute name="baselang"><data type="language"/></attribute></optional>
      <element name="head">
        <optional><element name="title"><text/></element></optional>
        <optional>
          <element name="docdata">
            <optional><element name="doc-id">
              <optional><attribute name="regsrc"/></optional><attribute name="id-string"/>
            </element></optional>
            <optional><element name="date.issue"><ref name="norm"/></element></optional>
            <optional><element name="date.release"><ref name="norm"/></element></optional>
            <optional><element name="identified-content">
              <oneOrMore><choice><ref name="person"/><ref name="location"/></choice></oneOrMore>
            </element></optional>
          </element>
        </optional>
        <element name="pubdata">
          <attribute name="type"><value>web</value></attribute>
          <optional><attribute name="name"/></optional>
          <optional><attribute name="ex-ref"/></optional>
          <optional><attribute name="date.publication"><ref name="norm-value"/></attribute></optional>
        </element>
        <optional><element name="revision-history">
          <ref name="norm"/><attribute name="comment"/>
        </element></optional>
      </element>
      <element name="body">
        <element name="body.head">
          <optional><element name="hedline"><element name="hl1"><ref name="enriched"/></element></element></optional>
          <zeroOrMore><element name="byline"><element name="person"><text/></element></element></zeroOrMore>
          <optional><element name="distributor"><element name="org"><text/></element></element></optional>
          <optional><element name="dateline">
            <optional><ref name="location"/></optional>
            <optional><element name="story.date"><optional><ref name="norm"/></optional><text/></element></optional>
          </element></optional>
        </element>
        <element name="body.content">
          <zeroOrMore>
            <choice>
              <element name="p"><optional><attribute name="class"><value>caption</value></attribute></optional><ref name="enriched"/></element>
              <element name="hl2"><ref name="enriched"/></element>
              <element name="ul"><oneOrMore><element name="li"><ref name="enriched"/></element></oneOrMore></element>
              <element name="bq"><element name="block"><element name="p"><ref name="enriched"/></element></element></element>
              <element name="pre"><optional><attribute name="class"><value>table</value></attribute></optional><text/></element>
            </choice>
          </zeroOrMore>
        </element>
        <optional><element name="body.end">
          <element name="tagline"><zeroOrMore><choice><text/><element name="br"><empty/></element></choice></zeroOrMore></element>
        </element></optional>
      </element>
    </element>
  </start>
  <define name="norm-value"><data type="string"><param name="pattern">{NORM}</param></data></define>
  <define name="norm"><attribute name="norm"><ref name="norm-value"/></attribute></define>
  <define name="person">
    <element name="person">
      <attribute name="idsrc"/><attribute name="value"/>
      <mixed><zeroOrMore><element name="function"><text/></element></zeroOrMore></mixed>
    </element>
  </define>
  <define name="location">
    <element name="location">
      <optional><element name="city"><text/></element></optional>
      <optional><element name="state"><text/></element></optional>
      <optional><element name="country"><optional><attribute name="iso-cc"/></optional><text/></element></optional>
    </element>
  </define>
  <define name="enriched">
    <zeroOrMore>
      <choice>
        <text/>
        <element name="q">
          <attribute name="class">
            <choice><value>direct</value><value>partial</value><value>indirect</value><value>mixed</value></choice>
          </attribute>
          <optional><attribute name="quote-source"/></optional>
          <ref name="enriched"/>
        </element>
        <element name="chron"><optional><ref name="norm"/></optional><text/></element>
      </choice>
    </zeroOrMore>
  </define>
</grammar>"""

SCHEMA = etree.RelaxNG(etree.fromstring(SUBSET_RNG))


@pytest.fixture(scope="module")
def pipeline() -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[nitf], entry_points=False)


@pytest.fixture(scope="module")
def ferry() -> Document:
    return Document.from_json(FIXTURE.read_text(encoding="utf-8"))


def parse(out: str) -> etree._Element:
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = etree.fromstring(out.encode("utf-8"))
    assert SCHEMA.validate(root), SCHEMA.error_log
    return root


def block_texts(root: etree._Element) -> list[str]:
    content = root.find("n:body/n:body.content", NS)
    return [
        "".join(el.itertext())
        for el in content.xpath("n:p|n:hl2|n:ul/n:li|n:bq/n:block/n:p|n:pre", namespaces=NS)
    ]


def test_format_is_registered(pipeline):
    fmt = pipeline.formats()["nitf"]
    assert fmt.media_type == "text/vnd.IPTC.NITF"
    assert fmt.extension == "nitf"


def test_norm_is_iso_8601_basic_with_offset():
    when = dt.datetime(2025, 3, 7, 18, 30, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5, minutes=-30)))
    assert nitf.norm(when) == "20250307T183005-0530"
    assert nitf.norm(when, "Asia/Kabul") == "20250308T043005+0430"
    assert nitf.norm(when, "Not/AZone") == "20250307T183005-0530"
    assert nitf.norm(dt.datetime(987, 1, 2, tzinfo=dt.timezone.utc)) == "09870102T000000+0000"


def test_fixture_article(pipeline, ferry):
    root = parse(pipeline.render(ferry, "nitf"))
    assert root.get("baselang") == "en"
    head = root.find("n:head", NS)
    assert [etree.QName(el).localname for el in head] == ["title", "docdata", "pubdata", "revision-history"]
    assert head.findtext("n:title", namespaces=NS) == ferry.title
    assert head.find("n:docdata/n:doc-id", NS).get("id-string") == ferry.url
    assert head.find("n:docdata/n:date.issue", NS).get("norm") == "20250307T183000+0000"
    assert head.find("n:pubdata", NS).get("date.publication") == "20250307T183000+0000"
    assert head.find("n:revision-history", NS).get("norm") == "20250307T210500+0100"
    people = head.findall("n:docdata/n:identified-content/n:person", NS)
    assert [p.get("value") for p in people] == ["mara-voss", "tomas-reyl", "seafarers-union"]
    assert people[0].findtext("n:function", namespaces=NS) == "general secretary of the Seafarers’ Union"

    bh = root.find("n:body/n:body.head", NS)
    assert [etree.QName(el).localname for el in bh] == [
        "hedline",
        "byline",
        "byline",
        "distributor",
        "dateline",
    ]
    assert "".join(bh.find("n:hedline/n:hl1", NS).itertext()) == ferry.title
    assert bh.find("n:hedline/n:hl1/n:q", NS).get("quote-source") == "Seafarers’ Union"
    assert [p.text for p in bh.iterfind("n:byline/n:person", NS)] == list(ferry.authors)
    assert bh.findtext("n:distributor/n:org", namespaces=NS) == "Coastline Wire"
    loc = bh.find("n:dateline/n:location", NS)
    assert loc.findtext("n:city", namespaces=NS) == "Porthaven"
    assert loc.find("n:country", NS).get("iso-cc") == "GB"

    assert block_texts(root) == [b.text for b in ferry.body]
    content = root.find("n:body/n:body.content", NS)
    assert [etree.QName(el).localname for el in content] == ["p", "p", "hl2", "p", "ul", "bq", "p"]
    qs = content.findall(".//n:q", NS)
    # Voss's quote has two parts: one q each; the indirect quote has none: one q around it
    assert [(q.get("class"), q.get("quote-source"), "".join(q.itertext())) for q in qs] == [
        ("indirect", "Seafarers’ Union", "Ferry crews will strike for 48 hours from Monday"),
        ("direct", "Mara Voss", "“We have run out of patience,”"),
        ("direct", "Mara Voss", "“Our members have waited three years for a fair deal.”"),
        ("mixed", "Tomas Reyl", "“hurt the very people the crews say they serve”"),
    ]
    chrons = {c.text: c.get("norm") for c in content.iter(f"{{{nitf.NS}}}chron")}
    assert chrons["from Monday"] == "20250310T000000+0000"
    assert chrons["6 a.m. on Monday"] == "20250310T060000+0000"  # the outer of two nested times
    assert "on Monday" not in chrons
    assert chrons["before the weekend"] is None  # unresolved: marked, without norm
    assert "three years" not in chrons  # durations are not chron
    assert root.findtext("n:body/n:body.end/n:tagline", namespaces=NS) == "Editing by Sam Oduya"


def test_dates_in_the_dateline_time_zone(pipeline):
    text = "KABUL (Reuters) - Talks resumed on Tuesday."
    doc = Document(
        body=[Block("paragraph", text)],
        dateline=Dateline(
            "KABUL (Reuters) -",
            start=0,
            end=17,
            place="Kabul",
            country="AF",
            timezone="Asia/Kabul",
            agency="Reuters",
            date="2024-03-05",
        ),
        times=[
            TimeExpression(
                "on Tuesday",
                type="DATE",
                value="2024-03-05",
                start=32,
                end=42,
                timezone="Asia/Kabul",
                interval=newskit.Interval(
                    dt.datetime(2024, 3, 4, 19, 30, tzinfo=dt.timezone.utc),
                    dt.datetime(2024, 3, 5, 19, 30, tzinfo=dt.timezone.utc),
                ),
            )
        ],
    )
    root = parse(pipeline.render(doc, "nitf"))
    story = root.find(".//n:dateline/n:story.date", NS)
    assert story.get("norm") == "20240305T000000+0430" and story.text == "2024-03-05"
    assert root.find(".//n:chron", NS).get("norm") == "20240305T000000+0430"


def test_chron_norm_prefers_the_timex_value_in_its_zone(pipeline):
    text = "It happened on Tuesday and at 6 a.m. and later."
    evening = newskit.Interval(
        dt.datetime(2021, 7, 27, 19, tzinfo=dt.timezone.utc),
        dt.datetime(2021, 7, 28, 3, tzinfo=dt.timezone.utc),
    )
    doc = Document(
        body=[Block("paragraph", text)],
        times=[
            TimeExpression(
                "on Tuesday",
                type="DATE",
                value="2021-07-27",
                start=12,
                end=22,
                timezone="America/New_York",
                interval=evening,
            ),
            TimeExpression(
                "6 a.m.", type="TIME", value="2021-07-28T06:00", start=30, end=36, timezone="Asia/Karachi"
            ),
            TimeExpression(
                "later", type="TIME", value="FUTURE_REF", start=41, end=46, timezone="UTC", interval=evening
            ),
        ],
    )
    root = parse(pipeline.render(doc, "nitf"))
    assert [c.get("norm") for c in root.iter(f"{{{nitf.NS}}}chron")] == [
        "20210727T000000-0400",
        "20210728T060000+0500",
        "20210727T190000+0000",
    ]


def test_a_quote_starting_inside_a_time_leaves_the_time_unmarked(pipeline):
    text = "Talks on Monday ended badly."
    doc = Document(
        body=[Block("paragraph", text)],
        times=[TimeExpression("on Monday", type="DATE", value="2025-03-10", start=6, end=15)],
        quotes=[
            Quote(
                "Monday ended",
                kind="direct",
                start=9,
                end=21,
                speaker=Speaker("T", start=0, end=1, name="Ana"),
            )
        ],
    )
    root = parse(pipeline.render(doc, "nitf"))
    p = root.find(".//n:body.content/n:p", NS)
    assert "".join(p.itertext()) == text
    assert [q.text for q in p.iter(f"{{{nitf.NS}}}q")] == ["Monday", " ended"]
    assert not list(p.iter(f"{{{nitf.NS}}}chron"))


def test_hostile_text(pipeline):
    nasty = "a\x00]]><b>&amp;\x1b\ud800 “q” \r\n" + "long " * 20_000
    doc = Document(
        title="<hl1>\x07",
        language="no such language",
        authors=["A & B\x01"],
        body=[Block("paragraph", nasty), Block("table", "x\x02|y")],
        credits=["by <c>\x03"],
    )
    out = pipeline.render(doc, "nitf")
    out.encode("utf-8")
    root = parse(out)
    assert block_texts(root) == [xml_safe(nasty), "x\ufffd|y"]
    assert root.findtext("n:head/n:title", namespaces=NS) == "<hl1>\ufffd"
    assert root.findtext(".//n:byline/n:person", namespaces=NS) == "A & B\ufffd"


def test_absurdly_deep_nesting_stays_parseable(pipeline):
    text = "x" * 604
    doc = Document(
        body=[Block("paragraph", text)],
        times=[
            TimeExpression(text[i : 604 - i], type="DATE", value="v", start=i, end=604 - i)
            for i in range(300)
        ],
        quotes=[Quote(text[i : 604 - i], kind="direct", start=i, end=604 - i) for i in range(300)],
    )
    root = parse(pipeline.render(doc, "nitf"))
    assert block_texts(root) == [doc.body[0].text]


def test_empty_document(pipeline):
    root = parse(pipeline.render(Document(), "nitf"))
    assert len(root.find("n:body/n:body.content", NS)) == 0


@SETTINGS
@given(documents())
def test_generated_documents(doc):
    pipeline = newskit.Pipeline(plugins=[nitf], entry_points=False)
    out = pipeline.render(doc, "nitf")
    out.encode("utf-8")
    assert out == pipeline.render(doc, "nitf"), "byte-for-byte deterministic"
    root = parse(out)
    assert block_texts(root) == [xml_safe(b.text) for b in doc.body]
    if doc.title is not None:
        assert root.findtext("n:head/n:title", namespaces=NS) == xml_safe(doc.title)
