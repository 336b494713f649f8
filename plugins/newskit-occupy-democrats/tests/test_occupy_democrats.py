"""Tests of the Occupy Democrats plugin.

The example page in ``examples/`` is made up in the site's markup; it gives what its
``.expected.json`` says. After a deliberate change:
``NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests``.
"""

import pathlib

import pytest
from newskit_occupy_democrats import plugin

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
STORY = (EXAMPLES / "story.html").read_text(encoding="utf-8")
URL = "https://occupydemocrats.com/2025/03/11/county-clerk-refuses-to-certify-school-board-vote/"
KEY = "occupy-democrats"


def pipeline(**kw) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False, **kw)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_page(page):
    assert_example(page, plugins=[plugin])


def test_ads_and_author_box_are_removed_quotes_kept():
    doc = pipeline().process(STORY, url=URL)
    assert doc.site == KEY
    assert "The voters have spoken." in doc.text  # the quoted post is part of the story
    for junk in ("freestar", "covers state politics"):
        assert junk not in doc.text
    dropped = " ".join(r.text for r in doc.removed if r.rule == f"{KEY}.html.drop")
    assert "freestar" in dropped and "Dana Ruiz covers state politics." in dropped


def test_fields():
    doc = pipeline().process(STORY, url=URL)
    assert doc.title == "County clerk refuses to certify school board vote"
    assert doc.authors == ("Dana Ruiz",)
    assert doc.published.isoformat() == "2025-03-11T18:20:41+00:00"
    assert doc.extensions["site"]["timezone"] == "America/New_York"


def test_other_sites_are_not_claimed():
    assert pipeline().process(STORY, url="https://www.example.com/2025/03/11/x/").site is None
    assert pipeline().process(STORY).site == KEY


def test_blocking_turns_it_off():
    doc = newskit.Pipeline(plugins=[plugin], block=[KEY], entry_points=False).process(STORY, url=URL)
    assert doc.site is None
