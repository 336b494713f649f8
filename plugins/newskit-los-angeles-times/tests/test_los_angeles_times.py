"""Tests of the Los Angeles Times plugin.

The example pages in ``examples/`` are made up in the site's markup; each gives what its
``.expected.json`` says. After a deliberate change:
``NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests``.
"""

import pathlib

import pytest
from newskit_los_angeles_times import plugin

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
STORY = (EXAMPLES / "story.html").read_text(encoding="utf-8")
STACK = (EXAMPLES / "story-stack.html").read_text(encoding="utf-8")
URL = "https://www.latimes.com/california/story/2025-04-18/canyon-trail-reopens-after-repairs"
KEY = "los-angeles-times"


def pipeline(**kw) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False, **kw)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_page(page):
    assert_example(page, plugins=[plugin])


def test_enhancements_are_removed_and_recorded():
    doc = pipeline().process(STORY, url=URL)
    assert doc.site == KEY
    assert [b.kind for b in doc.body] == ["paragraph", "paragraph", "heading", "paragraph", "paragraph"]
    for junk in ("Advertisement", "Ana Ruiz", "newsletter", "Related:"):
        assert junk not in doc.text
    dropped = " ".join(r.text for r in doc.removed if r.rule == f"{KEY}.html.drop")
    assert "Sign up" in dropped and "Related: Fire season" in dropped


def test_title_is_the_display_headline_and_times_are_aware():
    doc = pipeline().process(STORY, url=URL)
    assert doc.title == "A favorite canyon trail is open again, two years after the fire"
    assert doc.authors == ("Marisol Vance",)
    assert doc.published.isoformat() == "2025-04-18T13:00:05.120000+00:00"
    assert doc.extensions["site"]["timezone"] == "America/Los_Angeles"


def test_story_stack_sections_keep_titles_and_lose_numbers():
    doc = pipeline().process(STACK, url="https://www.latimes.com/travel/story/2025-06-01/five-beach-towns")
    assert [b.text for b in doc.body] == [
        "Summer is here, and the coast is an hour away.",
        "Harbor Cove",
        "Tide pools and a short pier make this town easy with children.",
    ]
    assert doc.title == "Five beach towns for a day trip"


def test_other_sites_are_not_claimed():
    assert pipeline().process(STORY, url="https://www.example.com/california/story/x").site is None
    assert pipeline().process(STORY).site == KEY


def test_blocking_turns_it_off():
    doc = newskit.Pipeline(plugins=[plugin], block=[KEY], entry_points=False).process(STORY, url=URL)
    assert doc.site is None
