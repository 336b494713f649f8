"""The ``tei`` format: TEI P5 header and body, said/q/date inline, hostile text, body round trip.

The outputs are validated against a reduced RELAX NG schema, written for these
tests, of the part of TEI P5 that newskit emits (element order and nesting
as TEI's content models have them for these elements).
"""

from __future__ import annotations

import datetime as dt
import pathlib
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

import newskit
from newskit.model import Block, Document, Interval, Person, Quote, Speaker, TimeExpression
from newskit.renderers import tei
from newskit.renderers.xml import xml_safe

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from format_strategies import documents

FIXTURE = pathlib.Path(__file__).resolve().parent / "fixtures" / "formats" / "ferry_strike.json"
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NS = {"t": tei.NS}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

SUBSET_RNG = f"""<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="{tei.NS}"
  datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start>
    <element name="TEI">
      <optional><attribute name="xml:lang"><data type="language"/></attribute></optional>
      <element name="teiHeader">
        <element name="fileDesc">
          <element name="titleStmt">
            <element name="title"><ref name="phrase"/></element>
            <zeroOrMore><element name="author"><text/></element></zeroOrMore>
          </element>
          <element name="publicationStmt"><element name="p"><text/></element></element>
          <optional><element name="notesStmt">
            <oneOrMore><element name="note"><attribute name="type"><value>credit</value></attribute><text/></element></oneOrMore>
          </element></optional>
          <element name="sourceDesc">
            <element name="bibl">
              <optional><element name="title"><attribute name="level"><value>a</value></attribute><text/></element></optional>
              <zeroOrMore><element name="author"><text/></element></zeroOrMore>
              <optional><element name="publisher"><text/></element></optional>
              <zeroOrMore><element name="date">
                <attribute name="type"><choice><value>published</value><value>updated</value></choice></attribute>
                <attribute name="when"><data type="dateTime"/></attribute><text/>
              </element></zeroOrMore>
              <optional><element name="idno"><attribute name="type"><value>URL</value></attribute><text/></element></optional>
            </element>
          </element>
        </element>
        <optional><element name="profileDesc">
          <optional><element name="langUsage">
            <element name="language"><attribute name="ident"><data type="language"/></attribute><empty/></element>
          </element></optional>
          <optional><element name="particDesc"><element name="listPerson">
            <oneOrMore><element name="person">
              <attribute name="xml:id"><data type="NCName"/></attribute>
              <element name="persName"><text/></element>
              <zeroOrMore><element name="persName"><attribute name="type"><value>variant</value></attribute><text/></element></zeroOrMore>
              <zeroOrMore><element name="occupation"><text/></element></zeroOrMore>
              <element name="idno"><attribute name="type"><value>newskit</value></attribute><text/></element>
            </element></oneOrMore>
          </element></element></optional>
          <optional><element name="settingDesc"><element name="setting">
            <optional><element name="placeName">
              <optional><element name="settlement"><text/></element></optional>
              <optional><element name="region"><text/></element></optional>
              <optional><element name="country"><text/></element></optional>
            </element></optional>
            <optional><element name="orgName"><attribute name="role"><value>agency</value></attribute><text/></element></optional>
          </element></element></optional>
        </element></optional>
      </element>
      <element name="text">
        <element name="body">
          <zeroOrMore><ref name="block"/></zeroOrMore>
          <zeroOrMore><element name="div">
            <element name="head"><ref name="phrase"/></element>
            <zeroOrMore><ref name="block"/></zeroOrMore>
          </element></zeroOrMore>
        </element>
      </element>
    </element>
  </start>
  <define name="block">
    <choice>
      <element name="p"><ref name="phrase"/></element>
      <element name="quote"><ref name="phrase"/></element>
      <element name="list"><oneOrMore><element name="item"><ref name="phrase"/></element></oneOrMore></element>
      <element name="ab">
        <attribute name="type"><choice><value>caption</value><value>preformatted</value><value>table</value></choice></attribute>
        <optional><attribute name="xml:space"><value>preserve</value></attribute></optional>
        <ref name="phrase"/>
      </element>
    </choice>
  </define>
  <define name="pointer"><data type="string"><param name="pattern">#[A-Za-z_][A-Za-z0-9_.\\-]*</param></data></define>
  <define name="dating">
    <optional><attribute name="type"><value>set</value></attribute></optional>
    <optional>
      <choice>
        <attribute name="when"><choice><data type="date"/><data type="gYear"/><data type="gYearMonth"/><data type="dateTime"/></choice></attribute>
        <group><attribute name="from"><data type="dateTime"/></attribute><attribute name="to"><data type="dateTime"/></attribute></group>
        <attribute name="dur"><data type="duration"/></attribute>
      </choice>
    </optional>
  </define>
  <define name="phrase">
    <zeroOrMore>
      <choice>
        <text/>
        <element name="seg"><attribute name="type"><value>dateline</value></attribute><ref name="phrase"/></element>
        <element name="said">
          <optional><attribute name="who"><ref name="pointer"/></attribute></optional>
          <attribute name="direct"><choice><value>true</value><value>false</value><value>unknown</value></choice></attribute>
          <optional>
            <attribute name="xml:id"><data type="NCName"/></attribute>
            <optional><attribute name="prev"><ref name="pointer"/></attribute></optional>
            <optional><attribute name="next"><ref name="pointer"/></attribute></optional>
          </optional>
          <ref name="phrase"/>
        </element>
        <element name="q"><ref name="phrase"/></element>
        <element name="rs">
          <attribute name="type"><value>person</value></attribute>
          <optional><attribute name="ref"><ref name="pointer"/></attribute></optional>
          <ref name="phrase"/>
        </element>
        <element name="date"><ref name="dating"/><ref name="phrase"/></element>
        <element name="time"><ref name="dating"/><ref name="phrase"/></element>
      </choice>
    </zeroOrMore>
  </define>
</grammar>"""

SCHEMA = etree.RelaxNG(etree.fromstring(SUBSET_RNG))


@pytest.fixture(scope="module")
def pipeline() -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[tei], entry_points=False)


@pytest.fixture(scope="module")
def ferry() -> Document:
    return Document.from_json(FIXTURE.read_text(encoding="utf-8"))


def parse(out: str) -> etree._Element:
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = etree.fromstring(out.encode("utf-8"))
    assert SCHEMA.validate(root), SCHEMA.error_log
    ids = root.xpath("//@xml:id")
    assert len(ids) == len(set(ids)), "xml:id values are unique"
    targets = {f"#{i}" for i in ids}
    assert set(root.xpath("//@who|//@ref|//@prev|//@next")) <= targets, "every pointer resolves"
    return root


BLOCKS = "t:p|t:quote|t:list/t:item|t:ab|t:div/t:head|t:div/t:p|t:div/t:quote|t:div/t:list/t:item|t:div/t:ab"


def block_texts(root: etree._Element) -> list[str]:
    body = root.find("t:text/t:body", NS)
    return ["".join(el.itertext()) for el in body.xpath(BLOCKS, namespaces=NS)]


def test_format_is_registered(pipeline):
    fmt = pipeline.formats()["tei"]
    assert fmt.media_type == "application/tei+xml"
    assert fmt.extension == "tei"


@pytest.mark.parametrize(
    ("type_", "value", "expected"),
    [
        ("DATE", "2025-03-10", {"when": "2025-03-10"}),
        ("DATE", "2025-03", {"when": "2025-03"}),
        ("DATE", "2025", {"when": "2025"}),
        ("DATE", "2025-02-30", {}),
        ("TIME", "2025-03-10T06:00", {"when": "2025-03-10T06:00:00"}),
        ("TIME", "2025-03-10T25:00", {}),
        ("DATE", "2025-W10-WE", {}),
        ("DATE", "XXXX-XX-XX", {}),
        ("DURATION", "PT48H", {"dur": "PT48H"}),
        ("DURATION", "P2W", {"dur": "P14D"}),
        ("DURATION", "P1W3DT2H", {"dur": "P10DT2H"}),
        ("DURATION", "PXD", {}),
        ("DURATION", "P", {}),
        ("SET", "XXXX-WXX-2", {}),
    ],
)
def test_temporal_attributes(type_, value, expected):
    assert tei.temporal(TimeExpression("x", type=type_, value=value)) == expected


def test_unresolvable_value_falls_back_to_the_interval():
    t = TimeExpression(
        "this week",
        type="DATE",
        value="2025-W10",
        interval=Interval(
            dt.datetime(2025, 3, 3, tzinfo=dt.timezone.utc), dt.datetime(2025, 3, 10, tzinfo=dt.timezone.utc)
        ),
    )
    assert tei.temporal(t) == {"from": "2025-03-03T00:00:00+00:00", "to": "2025-03-10T00:00:00+00:00"}


def test_fixture_article(pipeline, ferry):
    root = parse(pipeline.render(ferry, "tei"))
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    fd = root.find("t:teiHeader/t:fileDesc", NS)
    assert "".join(fd.find("t:titleStmt/t:title", NS).itertext()) == ferry.title
    assert [a.text for a in fd.iterfind("t:titleStmt/t:author", NS)] == list(ferry.authors)
    bibl = fd.find("t:sourceDesc/t:bibl", NS)
    assert bibl.findtext("t:idno[@type='URL']", namespaces=NS) == ferry.url
    assert bibl.find("t:date[@type='published']", NS).get("when") == "2025-03-07T18:30:00+00:00"
    assert bibl.findtext("t:publisher", namespaces=NS) == "coastline"
    persons = root.findall(".//t:particDesc/t:listPerson/t:person", NS)
    assert [p.get(XML_ID) for p in persons] == [
        "person-mara-voss",
        "person-tomas-reyl",
        "person-seafarers-union",
    ]
    assert persons[0].findtext("t:occupation", namespaces=NS) == "general secretary of the Seafarers’ Union"
    assert root.findtext(".//t:settingDesc/t:setting/t:placeName/t:settlement", namespaces=NS) == "Porthaven"

    assert block_texts(root) == [b.text for b in ferry.body]
    body = root.find("t:text/t:body", NS)
    assert [etree.QName(el).localname for el in body] == ["p", "p", "div"]
    div = body.find("t:div", NS)
    assert [etree.QName(el).localname for el in div] == ["head", "p", "list", "quote", "ab"]
    said = body.findall(".//t:said", NS)
    assert [(s.get("who"), s.get("direct")) for s in said] == [
        ("#person-seafarers-union", "false"),
        ("#person-mara-voss", "true"),
        ("#person-tomas-reyl", "unknown"),
    ]
    assert ["".join(q.itertext()) for q in said[1].iterfind("t:q", NS)] == [
        "“We have run out of patience,”",
        "“Our members have waited three years for a fair deal.”",
    ]
    assert body.find(".//t:seg[@type='dateline']", NS).text == ferry.dateline.text
    assert body.find(".//t:rs", NS).get("ref") == "#person-seafarers-union"
    assert body.find(".//t:time", NS).get("when") == "2025-03-10T06:00:00"
    assert body.find(".//t:date[@dur='P3Y']", NS).text == "three years"


def test_split_quotes_are_linked(pipeline):
    text = "Talks on Monday ended badly. Then more."
    doc = Document(
        body=[Block("paragraph", text), Block("paragraph", "Next block.")],
        times=[TimeExpression("on Monday", type="DATE", value="2025-03-10", start=6, end=15)],
        quotes=[Quote(text[9:] + "\n\nNext", kind="direct", start=9, end=len(text) + 6)],
    )
    root = parse(pipeline.render(doc, "tei"))
    said = root.findall(".//t:said", NS)
    assert [(s.get(XML_ID), s.get("prev"), s.get("next")) for s in said] == [
        ("quote-0-1", None, "#quote-0-2"),
        ("quote-0-2", "#quote-0-1", "#quote-0-3"),
        ("quote-0-3", "#quote-0-2", None),
    ]


def test_awkward_person_ids(pipeline):
    doc = Document(
        body=[Block("paragraph", "Ann said so.")],
        people=[Person("x:1 two", "Ann"), Person("ok", "Bo"), Person("ok", "Bo again")],
        quotes=[
            Quote(
                "so",
                kind="indirect",
                start=9,
                end=11,
                speaker=Speaker("Ann", start=0, end=3, person="x:1 two"),
            )
        ],
    )
    root = parse(pipeline.render(doc, "tei"))
    persons = root.findall(".//t:person", NS)
    assert [p.get(XML_ID) for p in persons] == ["person-1", "person-ok"]
    assert root.find(".//t:said", NS).get("who") == "#person-1"


def test_hostile_text(pipeline):
    nasty = "a\x00]]><p>&amp;\x1b\ud800 “q” ‘r’ \r\n" + "long " * 20_000
    doc = Document(
        title="<title>\x07",
        language="not a language!",
        body=[Block("heading", "H\x02"), Block("preformatted", nasty), Block("list_item", "&")],
    )
    out = pipeline.render(doc, "tei")
    out.encode("utf-8")
    root = parse(out)
    assert block_texts(root) == ["H\ufffd", xml_safe(nasty), "&"]
    assert "".join(root.find(".//t:titleStmt/t:title", NS).itertext()) == "<title>\ufffd"


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
    root = parse(pipeline.render(doc, "tei"))
    assert block_texts(root) == [doc.body[0].text]


def test_empty_document(pipeline):
    root = parse(pipeline.render(Document(), "tei"))
    assert block_texts(root) == [""]


@SETTINGS
@given(documents())
def test_generated_documents(doc):
    pipeline = newskit.Pipeline(plugins=[tei], entry_points=False)
    out = pipeline.render(doc, "tei")
    out.encode("utf-8")
    assert out == pipeline.render(doc, "tei"), "byte-for-byte deterministic"
    root = parse(out)
    expected = [xml_safe(b.text) for b in doc.body] or [""]
    assert block_texts(root) == expected
