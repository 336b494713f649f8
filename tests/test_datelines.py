"""Datelines: wire styles recognised in articles written for these tests, and no false datelines."""

from __future__ import annotations

import pathlib
import time

import pytest

import newskit
from newskit.datelines import gazetteer, plugin
from newskit.datelines.parse import iso_date, parse_dateline
from newskit.datelines.patterns import match_dateline
from newskit.model import Block, Document

FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures" / "datelines"


@pytest.fixture(scope="module")
def pipe() -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin, gazetteer], entry_points=False)


# file, dateline text, place, region, country, zone, agency, date
WIRE_STYLES = [
    ("ap.txt", "MIAMI, Fla. (AP) --", "MIAMI", "Fla.", "US", "America/New_York", "AP", None),
    ("ap_modern.txt", "NAJAF, Iraq (AP) —", "NAJAF", None, "IQ", "Asia/Baghdad", "AP", None),
    ("reuters.txt", "LONDON, Nov 5 (Reuters) -", "LONDON", None, "GB", "Europe/London", "Reuters", "--11-05"),
    ("afp.txt", "PARIS, March 3, 2021 (AFP) –", "PARIS", None, "FR", "Europe/Paris", "AFP", "2021-03-03"),
    (
        "xinhua.txt",
        "BEIJING, Aug. 4 (Xinhua) --",
        "BEIJING",
        None,
        "CN",
        "Asia/Shanghai",
        "Xinhua",
        "--08-04",
    ),
    ("upi.txt", "Dec. 23 (UPI) --", None, None, None, None, "UPI", "--12-23"),
    ("cnn.txt", "ATLANTA, Georgia (CNN) --", "ATLANTA", "Georgia", "US", "America/New_York", "CNN", None),
    ("cnn_web.txt", "Hong Kong CNN  —", "Hong Kong", None, "HK", "Asia/Hong_Kong", "CNN", None),
    ("dawn.txt", "ISLAMABAD:", "ISLAMABAD", None, "PK", "Asia/Karachi", None, None),
    ("karachi.txt", "KARACHI -", "KARACHI", None, "PK", "Asia/Karachi", None, None),
    ("web_titlecase.txt", "Kabul, Afghanistan —", "Kabul", None, "AF", "Asia/Kabul", None, None),
    ("byline.txt", "WASHINGTON (Reuters) -", "WASHINGTON", None, "US", "America/New_York", "Reuters", None),
    ("homonym.txt", "PARIS, Texas (AP) —", "PARIS", "Texas", "US", "America/Chicago", "AP", None),
    (
        "press_release.txt",
        "NEW YORK, Dec. 21, 2023 /PRNewswire/ --",
        "NEW YORK",
        None,
        "US",
        "America/New_York",
        "PR Newswire",
        "2023-12-21",
    ),
]


@pytest.mark.parametrize(("name", "text", "place", "region", "country", "tz", "agency", "date"), WIRE_STYLES)
def test_wire_styles(pipe, name, text, place, region, country, tz, agency, date):
    source = (FIXTURES / name).read_text(encoding="utf-8")
    doc = pipe.process(source)
    dl = doc.dateline
    assert dl is not None, f"no dateline in {name}"
    assert dl.text == text
    assert doc.text[dl.start : dl.end] == dl.text
    assert source[dl.source_start : dl.source_end] == dl.text
    assert (dl.place, dl.region, dl.country, dl.timezone, dl.agency, dl.date) == (
        place,
        region,
        country,
        tz,
        agency,
        date,
    )


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("no_dateline_*.txt")))
def test_no_false_datelines(pipe, name):
    doc = pipe.process((FIXTURES / name).read_text(encoding="utf-8"))
    assert doc.dateline is None


def test_the_body_keeps_every_character(pipe):
    source = (FIXTURES / "reuters.txt").read_text(encoding="utf-8")
    plain = newskit.Pipeline(entry_points=False, block=["newskit.datelines.plugin"]).process(source)
    doc = pipe.process(source)
    assert doc.text == plain.text
    assert doc.text.startswith(doc.dateline.text)


def test_seed_article(pipe):
    seed = pathlib.Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"
    if not seed.exists():
        pytest.skip("seed article not present")
    dl = pipe.process(seed.read_text(encoding="utf-8")).dateline
    assert (dl.text, dl.place, dl.country, dl.timezone) == (
        "WASHINGTON:",
        "WASHINGTON",
        "US",
        "America/New_York",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NEW YORK (AP) — x", ("NEW YORK (AP) —", "NEW YORK", "AP")),
        ("WASHINGTON (Reuters) - x", ("WASHINGTON (Reuters) -", "WASHINGTON", "Reuters")),
        ("UNITED NATIONS (AP) — x", ("UNITED NATIONS (AP) —", "UNITED NATIONS", "AP")),
        ("VATICAN CITY (AP) — x", ("VATICAN CITY (AP) —", "VATICAN CITY", "AP")),
        (
            "SAN FRANCISCO--(BUSINESS WIRE)--Acme",
            ("SAN FRANCISCO--(BUSINESS WIRE)--", "SAN FRANCISCO", "Business Wire"),
        ),
        (
            "BEIRUT/THE HAGUE, March 7 (Reuters) - x",
            ("BEIRUT/THE HAGUE, March 7 (Reuters) -", "BEIRUT/THE HAGUE", "Reuters"),
        ),
        ("(CNN) -- x", ("(CNN) --", None, "CNN")),
        ("(CNN)The x", ("(CNN)", None, "CNN")),
        ("WASHINGTON—The x", ("WASHINGTON—", "WASHINGTON", None)),
        ("Santa Barbara, California—Reclusive x", ("Santa Barbara, California—", "Santa Barbara", None)),
        ("TAMPA, Fla.- Georgia x", ("TAMPA, Fla.-", "TAMPA", None)),
        ("PORT-AU-PRINCE, Haiti (AP) — x", ("PORT-AU-PRINCE, Haiti (AP) —", "PORT-AU-PRINCE", "AP")),
        ("COEUR D'ALENE, Idaho (AP) — x", ("COEUR D'ALENE, Idaho (AP) —", "COEUR D'ALENE", "AP")),
        ("Rio de Janeiro (Reuters) - x", ("Rio de Janeiro (Reuters) -", "Rio de Janeiro", "Reuters")),
        (
            "BRUSSELS, 5 November 2021 (Reuters) - x",
            ("BRUSSELS, 5 November 2021 (Reuters) -", "BRUSSELS", "Reuters"),
        ),
        ("FLUSHING MEADOWS — Play resumed", ("FLUSHING MEADOWS —", "FLUSHING MEADOWS", None)),
    ],
)
def test_shapes(text, expected):
    dl = parse_dateline(text)
    assert dl is not None
    assert (dl.text, dl.place, dl.agency) == expected
    assert text[dl.start : dl.end] == dl.text


@pytest.mark.parametrize(
    "text",
    [
        "Police said: the road is closed.",
        "KARACHI-based traders said prices rose.",
        "The council said on Tuesday — again — that it would wait.",
        "UPDATE — This story has been corrected.",
        "BREAKING: Officials confirm the vote.",
        "EDITOR'S NOTE: This story contains graphic details.",
        "Georgia — the state, not the country — leads.",
        "Dear Abby: My daughter is getting married.",
        "Exclusive: The minister speaks.",
        "St. Louis, Missouri police arrested a man.",
        "WHAT WE KNOW — The storm moved north.",
        "Washington: the idea was dropped.",
        "",
        "—",
    ],
)
def test_not_datelines(text):
    assert parse_dateline(text) is None


def test_unknown_capitals_need_a_dash():
    assert parse_dateline("PORT ALDER — The board met.").place == "PORT ALDER"
    assert parse_dateline("PORT ALDER: The board met.") is None
    assert parse_dateline("PORT ALDER, Ore.: The board met.").timezone == "America/Los_Angeles"


def test_unresolved_place_has_no_zone():
    dl = parse_dateline("PORT ALDER — The board met.")
    assert (dl.country, dl.timezone) == (None, None)


def test_region_gives_the_zone_of_a_small_town():
    dl = parse_dateline("CLEAR LAKE, Iowa, Dec 23 (Reuters) - Voters met.")
    assert (dl.region, dl.country, dl.timezone, dl.date) == ("Iowa", "US", "America/Chicago", "--12-23")


def test_transcripts_are_not_datelines():
    assert parse_dateline("JACKSON: Thanks.", following="HOST: Welcome.") is None
    assert parse_dateline("JACKSON: Thanks.").place == "JACKSON"


def test_byline_line_in_the_same_paragraph():
    doc = Document(body=[Block("paragraph", "By Jane Doe\nKABUL (AP) — Talks resumed.")])
    dl = plugin.find_dateline(doc)
    assert dl.text == "KABUL (AP) —"
    assert doc.text[dl.start : dl.end] == dl.text


def test_only_the_start_of_the_story():
    lede = "Talks resumed on Monday after a pause of three weeks, officials said. " * 4
    doc = Document(body=[Block("paragraph", lede), Block("paragraph", "KABUL (AP) — More talks.")])
    assert plugin.find_dateline(doc) is None


def test_a_headline_left_in_the_body_is_skipped():
    doc = Document(
        body=[Block("paragraph", "Talks resume in the capital."), Block("paragraph", "KABUL (AP) — Talks.")]
    )
    assert plugin.find_dateline(doc).text == "KABUL (AP) —"


def test_captions_before_the_story_are_skipped():
    doc = Document(
        body=[
            Block("caption", "A delegate arrives for the talks in Kabul, May 3, 2021. REUTERS/Photographer"),
            Block("paragraph", "KABUL, May 4 (Reuters) - Talks resumed."),
        ]
    )
    dl = plugin.find_dateline(doc)
    assert (dl.text, dl.date) == ("KABUL, May 4 (Reuters) -", "--05-04")
    assert doc.text[dl.start : dl.end] == dl.text


def test_plugin_leaves_the_zone_to_the_place_hook():
    class Other:
        @newskit.hookimpl
        def newskit_place_timezone(self, place, region, country):
            return "Asia/Kathmandu" if place == "LONDON" else None

    pipe = newskit.Pipeline(plugins=[plugin, gazetteer, Other()], entry_points=False)
    assert pipe.process("LONDON (AP) — Rain.").dateline.timezone == "Asia/Kathmandu"
    assert pipe.process("PARIS (AP) — Rain.").dateline.timezone == "Europe/Paris"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Nov 5", "--11-05"),
        ("Nov. 5", "--11-05"),
        ("Sept. 30", "--09-30"),
        ("March 3, 2021", "2021-03-03"),
        ("5 November 2021", "2021-11-05"),
        ("Feb 29", "--02-29"),
        ("Feb 30", None),
        ("Feb 29, 2023", None),
    ],
)
def test_iso_date(text, iso):
    assert iso_date(text) == iso


def test_hostile_input_is_fast():
    """Thousands of dateline-like openings and long runs of capitals stay cheap."""
    texts = [
        "WASHINGTON — " * 5000,
        "A" * 100_000,
        "NEW YORK, " * 10_000 + "(AP) —",
        ("ABC DEF " * 20 + "— ") * 2000,
        "(" * 50_000,
        "St. " * 20_000,
        "-" * 50_000,
    ]
    start = time.perf_counter()
    for t in texts:
        for _ in range(20):
            parse_dateline(t)
            match_dateline(t)
    assert time.perf_counter() - start < 2.0


def test_many_paragraphs_only_the_first_is_read():
    body = [Block("paragraph", "WASHINGTON (AP) — Talks.")] * 1 + [
        Block("paragraph", "KABUL (AP) — More.") for _ in range(5000)
    ]
    doc = Document(body=body)
    start = time.perf_counter()
    for _ in range(100):
        plugin.find_dateline(doc)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(
    "lead", ["JANE DOE, Associated Press", "By Jane Doe | Reuters", "Updated Dec. 23, 2023 10:04 a.m. ET"]
)
def test_lead_lines_before_the_dateline(lead):
    doc = Document(
        body=[Block("paragraph", lead), Block("paragraph", "ROME (AP) — Talks resumed on Monday.")]
    )
    assert plugin.find_dateline(doc).text == "ROME (AP) —"


def test_sports_venue_dateline_has_a_zone(pipeline):
    d = pipeline.process(
        "Qualifier reaches third round\n\nFLUSHING MEADOWS — A qualifier ranked 140th beat the eighth seed "
        "in straight sets on Wednesday."
    )
    assert d.dateline is not None
    assert (d.dateline.place, d.dateline.country, d.dateline.timezone) == (
        "FLUSHING MEADOWS",
        "US",
        "America/New_York",
    )
