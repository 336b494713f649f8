"""Tests of the Fox News plugin.

The example page in ``examples/`` is made up in the site's markup; it gives what its
``.expected.json`` says. After a deliberate change:
``NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests``.
"""

import pathlib

import pytest
from newskit_fox_news import plugin

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
STORY = (EXAMPLES / "story.html").read_text(encoding="utf-8")
URL = "https://www.foxnews.com/politics/state-lawmakers-question-utility-winter-blackouts"


def pipeline(**kw) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False, **kw)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_page(page):
    assert_example(page, plugins=[plugin])


def test_widgets_and_related_links_are_removed_and_recorded():
    doc = pipeline().process(STORY, url=URL)
    assert doc.site == "fox-news"
    assert [b.text[:20] for b in doc.body] == [
        "A state legislative ",
        "The committee's lett",
        "The utility said it ",
        "The committee expect",
    ]
    removed = {r.text: r.rule for r in doc.removed}
    assert removed["Rory Calder is a politics reporter for Fox News Digital."] == "fox-news.html.drop"
    assert any("Getty Images" in t and rule == "fox-news.html.drop" for t, rule in removed.items())
    assert any("close Video" in t for t in removed)
    assert "CLICK HERE TO GET THE FOX NEWS APP" in removed
    assert "WINTER STORM LEAVES THOUSANDS IN THE DARK" in removed
    assert removed["Fox News' Ellie Vance contributed to this report."] == "fox-news.credit"


def test_fields():
    doc = pipeline().process(STORY, url=URL)
    assert doc.title == "State lawmakers question utility over winter blackouts"
    assert doc.authors == ("Rory Calder",)
    assert doc.published.isoformat() == "2025-01-21T06:00:12-05:00"
    assert doc.extensions["site"]["timezone"] == "America/New_York"


def test_other_sites_are_not_claimed():
    assert pipeline().process(STORY, url="https://www.foxbusiness.example/politics/x").site is None
    assert pipeline().process(STORY).site == "fox-news"


def test_blocking_turns_it_off():
    doc = newskit.Pipeline(plugins=[plugin], block=["fox-news"], entry_points=False).process(STORY, url=URL)
    assert doc.site is None
