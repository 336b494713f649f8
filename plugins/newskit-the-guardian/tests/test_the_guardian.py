"""Tests of The Guardian plugin.

The example pages in ``examples/`` are made up in the site's markup (the current
templates and the ones before 2020); each gives what its ``.expected.json`` says.
After a deliberate change: ``NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests``.
"""

import pathlib

import pytest
from newskit_the_guardian import SITE, plugin

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
STORY = (EXAMPLES / "harbour-wall.html").read_text(encoding="utf-8")
OLD = (EXAMPLES / "old-template.html").read_text(encoding="utf-8")
URL = "https://www.theguardian.com/uk-news/2025/jan/14/storm-breaches-harbour-wall-fishing-village"


def pipeline(**kw) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False, **kw)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_page(page):
    assert_example(page, plugins=[plugin])


def test_standfirst_text_and_subheading_are_the_body():
    doc = pipeline().process(STORY, url=URL)
    assert doc.site == SITE
    assert doc.body[0].text.startswith("Residents of Porthcarrow moved their boats")
    assert doc.body[-1].text.startswith("The county council is expected")
    assert [b.text for b in doc.body if b.kind == "heading"] == ["Who pays for repairs"]
    assert len(doc.body) == 7


def test_widgets_are_removed_and_recorded():
    doc = pipeline().process(STORY, url=URL)
    text = doc.text
    for junk in (
        "Sign in to keep reading",
        "Related: Coastal villages",
        "Coast Weekly",
        "after newsletter promotion",
        "Advertisement",
        "Photograph:",
        "Explore more on these topics",
    ):
        assert junk not in text
    dropped = [r for r in doc.removed if r.rule == "the-guardian.html.drop"]
    assert {"sign-in gate", "advertisement"} <= {r.reason for r in dropped}
    figures = [r.text for r in dropped if r.reason.startswith("figure")]
    assert len(figures) == 3
    assert "Related: Coastal villages" in figures[0]
    assert "Coast Weekly" in figures[1]
    assert "Photograph:" in figures[2]


def test_fields_come_from_json_ld():
    doc = pipeline().process(STORY, url=URL)
    assert doc.title == "Storm breaches harbour wall in fishing village"
    # the page's byline adds where the reporter was; the metadata names the author
    assert doc.authors == ("Morwenna Tregear",)
    assert doc.published.isoformat() == "2025-01-14T16:20:11+00:00"
    assert doc.extensions["site"]["timezone"] == "Europe/London"
    assert doc.language == "en"


def test_old_template():
    doc = pipeline().process(
        OLD, url="https://www.theguardian.com/society/2017/jun/03/allotment-waiting-lists-double"
    )
    assert doc.site == SITE
    assert [b.text[:30] for b in doc.body] == [
        "Councils in England say demand",
        "The number of people waiting f",
        "Some councils have closed thei",
        "Allotment societies want devel",
    ]
    assert "Photograph" not in doc.text and "Community gardens" not in doc.text
    assert doc.published.isoformat() == "2017-06-03T07:00:05+01:00"


@pytest.mark.parametrize(
    "url",
    [
        URL,
        "https://theguardian.com/x",
        "http://www.guardian.co.uk/politics/2011/may/05/x",
        "https://amp.theguardian.com/y",
    ],
)
def test_site_by_url(url):
    assert pipeline().process(STORY, url=url).site == SITE


def test_other_sites_are_not_claimed():
    assert pipeline().process(STORY, url="https://example.com/uk-news/x").site is None
    assert pipeline().process(STORY, url="https://theguardian.com.example.net/x").site is None


def test_page_without_url_is_recognised_by_its_markup():
    assert pipeline().process(STORY).site == SITE
    assert pipeline().process("Harbour wall breached\n\nThe sea came in on Tuesday.\n").site is None


def test_blocking_turns_it_off():
    doc = newskit.Pipeline(plugins=[plugin], block=["the-guardian"], entry_points=False).process(
        STORY, url=URL
    )
    assert doc.site is None
