"""Tests of The Nation plugin.

The example pages in ``examples/`` are made up in the site's markup (the block theme
from late 2023 and the design before it); each gives what its ``.expected.json``
says. After a deliberate change: ``NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests``.
"""

import pathlib

import pytest
from newskit_the_nation import SITE, plugin

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
STORY = (EXAMPLES / "rent-strike.html").read_text(encoding="utf-8")
OLD = (EXAMPLES / "old-design-2023.html").read_text(encoding="utf-8")
URL = "https://www.thenation.com/article/society/milwaukee-tenants-rent-strike/"


def pipeline(**kw) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False, **kw)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_page(page):
    assert_example(page, plugins=[plugin])


def test_dek_and_text_are_the_body():
    doc = pipeline().process(STORY, url=URL)
    assert doc.site == SITE
    assert [b.text[:25] for b in doc.body] == [
        "A year-long rent strike i",
        "When the heat failed for ",
        "They paid into an escrow ",
        "Last week the owner agree",
        "“We learned that we are t",  # inside the call-to-action block, after the form
        "What comes next",
        "Organizers in three other",
    ]


def test_widgets_are_removed_and_recorded():
    doc = pipeline().process(STORY, url=URL)
    for junk in (
        "Ad Policy",
        "Current Issue",
        "Sign Up",
        "Popular",
        "Keep Reading",
        "writes about housing",
        "Jo Harlan",
    ):
        assert junk not in doc.text
    reasons = [r.reason for r in doc.removed if r.rule == "the-nation.html.drop"]
    for reason in (
        "newsletter sign-up",
        "advertisement",
        "current issue box",
        "popular stories",
        "Keep Reading fold",
        "end matter (corrections, author bio, more stories)",
        "headline, section and byline",
        "image (with its caption)",
    ):
        assert reason in reasons


def test_fields_come_from_the_metadata():
    doc = pipeline().process(STORY, url=URL)
    assert doc.title == "The Tenants Who Beat Their Landlord"
    assert doc.authors == ("Odile Brennan",)
    assert doc.published.isoformat() == "2025-02-03T05:00:00+00:00"
    assert doc.extensions["site"]["timezone"] == "America/New_York"


def test_old_design():
    doc = pipeline().process(OLD, url="https://www.thenation.com/article/politics/denver-transit-ballot/")
    assert doc.site == SITE
    assert [b.text[:25] for b in doc.body] == [
        "A ballot measure in Denve",
        "Voters in Denver will dec",
        "The measure would raise a",
        "Who pays",
        "Opponents say a sales tax",
        "Supporters answer that ri",
    ]
    for junk in ("Free Fares", "Current Issue", "Getty"):
        assert junk not in doc.text
    assert doc.authors == ("Gus Marlowe",)


def test_other_sites_are_not_claimed():
    assert pipeline().process(STORY, url="https://example.com/article/x/").site is None
    assert pipeline().process(STORY, url="https://thenation.com.example.net/x").site is None
    assert pipeline().process(STORY, url="https://thenation.com/article/x/").site == SITE


def test_blocking_turns_it_off():
    off = newskit.Pipeline(plugins=[plugin], block=["the-nation"], entry_points=False)
    assert off.process(STORY, url=URL).site is None
