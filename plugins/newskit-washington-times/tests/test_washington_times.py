"""Tests of The Washington Times plugin.

The example page in ``examples/`` is made up in the site's markup; it gives what its
``.expected.json`` says. After a deliberate change:
``NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests``.
"""

import pathlib

import pytest
from newskit_washington_times import SITE, plugin

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
STORY = (EXAMPLES / "bridge-funding.html").read_text(encoding="utf-8")
URL = "https://www.washingtontimes.com/news/2025/mar/18/senate-panel-advances-bridge-repair-bill/"


def pipeline(**kw) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False, **kw)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_page(page):
    assert_example(page, plugins=[plugin])


def test_the_story_paragraphs_are_the_body():
    doc = pipeline().process(STORY, url=URL)
    assert doc.site == SITE
    assert [b.text[:25] for b in doc.body] == [
        "A Senate committee on Tue",
        "The measure passed the pa",
        "Supporters said thousands",
        "The full Senate is not ex",
    ]


def test_widgets_are_removed_and_recorded():
    doc = pipeline().process(STORY, url=URL)
    for junk in ("Newsletters", "SEE ALSO", "Video:", "Top stories", "Copyright", "comment policy"):
        assert junk not in doc.text
    reasons = [r.reason for r in doc.removed if r.rule == "washington-times.html.drop"]
    assert reasons == [
        "newsletter sign-up or recommendations",
        "advertisement or video player",
        "top links",
        "copyright line",
        "comment policy and comments widget",
    ]
    # a SEE ALSO line goes, as a link list or by the site's line rule
    assert any(r.text == "SEE ALSO: States wait on road money as deadline nears" for r in doc.removed)


def test_fields_from_the_metadata():
    doc = pipeline().process(STORY, url=URL)
    assert doc.title == "Senate panel advances bridge repair bill"
    assert doc.authors == ("Eleanor Pike",)
    assert doc.published.isoformat() == "2025-03-18T15:42:07+00:00"
    assert doc.extensions["site"]["timezone"] == "America/New_York"


def test_see_also_lines_in_text_input():
    text = "Bridge bill advances\n\nThe panel voted 15-6.\n\nSEE ALSO: States wait on road money\n\nThe vote is next."
    doc = pipeline().process(text, url=URL)
    assert [b.text for b in doc.body] == ["The panel voted 15-6.", "The vote is next."]


def test_other_sites_are_not_claimed():
    assert pipeline().process(STORY, url="https://www.washingtonpost.com/news/x").site is None
    assert pipeline().process(STORY, url="https://washingtontimes.com.example.net/x").site is None
    assert pipeline().process(STORY, url="https://washingtontimes.com/news/x/").site == SITE


def test_blocking_turns_it_off():
    off = newskit.Pipeline(plugins=[plugin], block=["washington-times"], entry_points=False)
    assert off.process(STORY, url=URL).site is None
