"""Tests of the AP News plugin.

The example pages in ``examples/`` are made up in the site's markup (both designs);
each gives what its ``.expected.json`` says. After a deliberate change:
``NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests``.
"""

import pathlib

import pytest
from newskit_ap_news import plugin

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
STORY = (EXAMPLES / "story.html").read_text(encoding="utf-8")
OLD = (EXAMPLES / "old-design.html").read_text(encoding="utf-8")
URL = "https://apnews.com/article/harbor-pier-vote-0a1b2c3d4e5f60718293a4b5c6d7e8f9"


def pipeline(**kw) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False, **kw)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_page(page):
    assert_example(page, plugins=[plugin])


def test_widgets_are_removed_and_recorded():
    doc = pipeline().process(STORY, url=URL)
    assert doc.site == "ap-news"
    text = doc.text
    for junk in ("Advertisement", "RELATED COVERAGE", "AP Photo", "What to know", "reported from Boston"):
        assert junk not in text
    dropped = [r.text for r in doc.removed if r.rule == "ap-news.html.drop"]
    assert any("RELATED COVERAGE" in t for t in dropped)
    assert any("What to know" in t for t in dropped)
    assert [r.text for r in doc.removed if r.rule == "ap-news.credits"] == [
        "___",
        "Price reported from Boston.",
    ]
    # links inside paragraphs (LinkEnhancement spans) stay
    assert "pier wrecked by January storms" in doc.body[0].text
    assert [b.kind for b in doc.body].count("heading") == 1


def test_fields_come_from_json_ld():
    doc = pipeline().process(STORY, url=URL)
    assert doc.title == "Harbor town votes to rebuild storm-damaged pier"
    assert doc.authors == ("JANE MARLOW", "OWEN PRICE")
    assert doc.published.isoformat() == "2025-03-04T14:05:00+00:00"
    assert doc.extensions["site"]["timezone"] == "America/New_York"


def test_old_design_keeps_credits_and_drops_embeds():
    doc = pipeline().process(OLD, url="https://apnews.com/article/bakery-9f8e7d6c5b4a39281706f5e4d3c2b1a0")
    assert doc.site == "ap-news"
    assert doc.body[0].text.startswith("LISBON, Portugal (AP)")
    assert doc.body[-1].text.startswith("Follow AP's business coverage")
    assert "___" not in doc.text
    assert "AP Photo" not in doc.text and "More food news" not in doc.text
    # the byline names both writers, the JSON-LD only one
    assert doc.authors == ("RITA COSTA", "JOAO MELO")


def test_other_sites_are_not_claimed():
    doc = pipeline().process(STORY, url="https://example.com/article/harbor-pier")
    assert doc.site is None
    doc = pipeline().process(STORY, url="https://apnews.com.example.net/article/x")
    assert doc.site is None


def test_page_without_url_is_recognised_by_its_markup():
    assert pipeline().process(STORY).site == "ap-news"
    assert pipeline().process("Harbor town votes\n\nThe vote was 812 to 640.\n").site is None


def test_blocking_turns_it_off():
    doc = newskit.Pipeline(plugins=[plugin], block=["ap-news"], entry_points=False).process(STORY, url=URL)
    assert doc.site is None
