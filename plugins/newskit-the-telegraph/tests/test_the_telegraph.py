"""Tests of The Telegraph plugin.

The example pages in ``examples/`` are made up in the site's markup (a 2024-style
news page and a 2023-style buying guide); each gives what its ``.expected.json``
says. After a deliberate change: ``NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests``.
"""

import pathlib

import pytest
from newskit_the_telegraph import SITE, plugin

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
STORY = (EXAMPLES / "bridge-closure.html").read_text(encoding="utf-8")
GUIDE = (EXAMPLES / "buying-guide-2023.html").read_text(encoding="utf-8")
URL = "https://www.telegraph.co.uk/news/2025/02/11/bridge-closure-commuters-detour/"
GUIDE_URL = "https://www.telegraph.co.uk/recommended/garden/best-garden-kneelers/"


def pipeline(**kw) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False, **kw)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_page(page):
    assert_example(page, plugins=[plugin])


def test_standfirst_sections_and_subheadings_are_the_body():
    doc = pipeline().process(STORY, url=URL)
    assert doc.site == SITE
    assert [b.text[:25] for b in doc.body] == [
        "Engineers found cracks in",
        "A river bridge carrying 3",
        "Drivers were sent on a 20",
        "Repairs could take months",
        "The county council said i",
        "“Safety has to come first",
    ]
    assert doc.body[3].kind == "heading"


def test_widgets_are_removed_and_recorded():
    doc = pipeline().process(STORY, url=URL)
    for junk in ("Transport Correspondent", "Queues on the approach", "Bridge shut, avoid", "ring road"):
        assert junk not in doc.text
    # figures, embeds and the byline copy sit between the text sections: outside the body
    outside = [r.text for r in doc.removed if r.rule == "the-telegraph.html.outside"]
    assert any("Queues on the approach" in t for t in outside)
    assert any("Bridge shut, avoid" in t for t in outside)
    assert any("Transport Correspondent" in t for t in outside)
    # lists inside a text section are dropped from it
    dropped = [r for r in doc.removed if r.rule == "the-telegraph.html.drop"]
    assert [r.text for r in dropped] == ["Buses will use the ring road Cyclists may still cross on foot"]


def test_fields_from_the_page():
    doc = pipeline().process(STORY, url=URL)
    # the headline on the page, not the JSON-LD's search headline
    assert doc.title == "Bridge closure leaves commuters facing hour-long detour"
    # the byline once, not the authors of related-article cards
    assert doc.authors == ("Harriet Colley",)
    assert doc.published.isoformat() == "2025-02-11T18:05:00+00:00"
    assert doc.extensions["site"]["timezone"] == "Europe/London"


def test_2023_buying_guide():
    doc = pipeline().process(GUIDE, url=GUIDE_URL)
    assert doc.site == SITE
    assert doc.title == "The best garden kneelers for sore knees, tried and tested"
    assert doc.authors == ("Piers Lowther",)
    assert doc.published.isoformat() == "2023-05-02T07:00:00+01:00"
    assert doc.body[0].text == "Five padded kneelers spent a spring in our test garden"
    for junk in ("affiliate links", "Weighs 1.2kg", "Best value", "Buy now", "folds flat"):
        assert junk not in doc.text
    assert [b.text for b in doc.body if b.kind == "heading"] == [
        "The best garden kneelers, at a glance",
        "1. Greenfold Deluxe kneeler",
    ]


def test_other_sites_are_not_claimed():
    assert pipeline().process(STORY, url="https://example.com/news/x").site is None
    assert pipeline().process(STORY, url="https://telegraph.co.uk.example.net/x").site is None
    assert pipeline().process(STORY, url="https://www.telegraph.co.uk/news/x").site == SITE


def test_page_without_url_is_recognised_by_its_markup():
    assert pipeline().process(STORY).site is None  # the example page does not name the domain
    page = STORY.replace("<head>", '<head><link rel="canonical" href="https://www.telegraph.co.uk/news/x/">')
    assert pipeline().process(page).site == SITE


def test_blocking_turns_it_off():
    off = newskit.Pipeline(plugins=[plugin], block=["the-telegraph"], entry_points=False)
    assert off.process(STORY, url=URL).site is None
