"""Tests of The Independent plugin.

The example page in ``examples/`` is made up in the site's markup; it gives what
its ``.expected.json`` says. After a deliberate change:
``NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests``.
"""

import pathlib

import pytest
from newskit_the_independent import SITE, plugin

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
STORY = (EXAMPLES / "ferry-strike.html").read_text(encoding="utf-8")
URL = "https://www.independent.co.uk/news/uk/home-news/island-ferry-strike-rota-b2710001.html"


def pipeline(**kw) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False, **kw)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_page(page):
    assert_example(page, plugins=[plugin])


def test_the_story_paragraphs_are_the_body():
    doc = pipeline().process(STORY, url=URL)
    assert doc.site == SITE
    assert [b.text[:25] for b in doc.body] == [
        "Ferry crews on the west c",
        "The union said the operat",
        "The operator said it was ",
        "Islanders said shops were",
    ]


def test_widgets_are_removed_and_recorded():
    doc = pipeline().process(STORY, url=URL)
    text = doc.text
    for junk in (
        "Sign up",
        "Advertisement",
        "Independent Premium",
        "Read more",
        "Related stories",
        "Sponsored",
    ):
        assert junk not in text
    reasons = {r.reason for r in doc.removed if r.rule == "the-independent.html.drop"}
    assert {"newsletter sign-up", "advertisement", "subscription prompt"} <= reasons
    assert any("Ports brace" in r.text for r in doc.removed if r.rule == "the-independent.html.drop")
    # a "Read more" line goes, as a link list or by the site's line rule
    assert any(r.text == "Read more: Winter ferry timetable cut again" for r in doc.removed)
    assert [r.text for r in doc.removed if r.rule == "the-independent.breaking"] == [
        "This is a breaking news story and will be updated"
    ]


def test_fields_come_from_the_page():
    doc = pipeline().process(STORY, url=URL)
    # The visible headline, confirmed by og:title, wins over an older JSON-LD headline.
    assert doc.title == "Island ferry crews walk out over rota changes"
    assert doc.authors == ("Callum Baird",)
    assert doc.published.isoformat() == "2025-03-06T10:15:00+00:00"
    assert doc.extensions["site"]["timezone"] == "Europe/London"


@pytest.mark.parametrize(
    "url", [URL, "https://independent.co.uk/voices/x-b1.html", "https://www.the-independent.com/news/y"]
)
def test_site_by_url(url):
    assert pipeline().process(STORY, url=url).site == SITE


def test_other_sites_are_not_claimed():
    assert pipeline().process(STORY, url="https://www.independent.ie/irish-news/x").site is None
    assert pipeline().process(STORY, url="https://independent.co.uk.example.net/x").site is None


def test_blocking_turns_it_off():
    off = newskit.Pipeline(plugins=[plugin], block=["the-independent"], entry_points=False)
    assert off.process(STORY, url=URL).site is None
