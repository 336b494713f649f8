"""Tests of the iNews plugin.

The example pages in ``examples/`` are made up in the site's markup (the design
from 2024 and the one before it); each gives what its ``.expected.json`` says.
After a deliberate change: ``NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests``.
"""

import pathlib

import pytest
from newskit_inews import SITE, plugin

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
STORY = (EXAMPLES / "library-hours.html").read_text(encoding="utf-8")
OLD = (EXAMPLES / "old-design-2023.html").read_text(encoding="utf-8")
URL = "https://inews.co.uk/news/libraries-sundays-pilot-3600101"


def pipeline(**kw) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False, **kw)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_page(page):
    assert_example(page, plugins=[plugin])


def test_standfirst_and_text_are_the_body():
    doc = pipeline().process(STORY, url=URL)
    assert doc.site == SITE
    assert [b.text[:25] for b in doc.body] == [
        "Twelve councils will test",
        "Public libraries in twelv",
        "The scheme pays for extra",
        "Library campaigners welco",
        "The pilot will be reviewe",
    ]


def test_widgets_are_removed_and_recorded():
    doc = pipeline().process(STORY, url=URL)
    for junk in ("morning briefing", "Read Next", "small towns", "Photo:", "Additional reporting"):
        assert junk not in doc.text
    dropped = {r.reason: r.text for r in doc.removed if r.rule == "inews.html.drop"}
    assert "Why small towns are losing their banks" in dropped["related article teaser"]
    assert "Sign up to our free newsletter" in dropped["newsletter sign-up"]
    assert "Volunteers will help" in dropped["image (with its caption)"]
    assert [r.text for r in doc.removed if r.rule == "inews.credit"] == ["Additional reporting by PA"]


def test_fields_come_from_json_ld():
    doc = pipeline().process(STORY, url=URL)
    assert doc.title == "Libraries to open on Sundays in pilot scheme"
    assert doc.authors == ("Nadia Osei",)
    assert doc.published.isoformat() == "2025-04-07T06:00:00+01:00"
    assert doc.extensions["site"]["timezone"] == "Europe/London"


def test_old_design():
    doc = pipeline().process(
        OLD, url="https://inews.co.uk/sport/cricket/county-cricket-club-new-captain-2200400"
    )
    assert doc.site == SITE
    assert [b.text[:25] for b in doc.body] == [
        "The opening batter takes ",
        "The county has named its ",
        "He replaces a captain who",
        "“It is an honour to lead ",
    ]
    assert "Spin bowler" not in doc.text
    assert doc.authors == ("Rhys Pembury",)
    assert doc.published.isoformat() == "2023-03-14T17:45:10+00:00"


def test_other_sites_are_not_claimed():
    assert pipeline().process(STORY, url="https://example.com/news/x").site is None
    assert pipeline().process(STORY, url="https://inews.co.uk.example.net/x").site is None
    assert pipeline().process(STORY, url="https://www.inews.co.uk/news/x").site == SITE


def test_page_without_url_is_recognised_by_its_markup():
    assert pipeline().process(STORY).site == SITE
    assert pipeline().process("Library hours\n\nBranches will open on Sundays.\n").site is None


def test_blocking_turns_it_off():
    off = newskit.Pipeline(plugins=[plugin], block=["inews"], entry_points=False)
    assert off.process(STORY, url=URL).site is None
