"""Tests of The Gateway Pundit plugin.

The example pages in ``examples/`` are made up in the site's markup (a current post,
and an older one with an inline photo and italic caption); each gives what its
``.expected.json`` says. After a deliberate change:
``NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests``.
"""

import pathlib

import pytest
from newskit_the_gateway_pundit import plugin

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
STORY = (EXAMPLES / "story.html").read_text(encoding="utf-8")
OLDER = (EXAMPLES / "older-post.html").read_text(encoding="utf-8")
URL = "https://www.thegatewaypundit.com/2025/08/city-council-quietly-raises-parking-fines/"
KEY = "the-gateway-pundit"


def pipeline(**kw) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False, **kw)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_page(page):
    assert_example(page, plugins=[plugin])


def test_widgets_and_related_links_are_removed_and_recorded():
    doc = pipeline().process(STORY, url=URL)
    assert doc.site == KEY
    assert [b.text for b in doc.body] == [
        "No public hearing.",
        "The city council raised parking fines by 40 percent on Tuesday without a public hearing, "
        "according to the meeting's minutes.",
        "Council members approved the change as part of a consent agenda that passed without discussion.",
        "The local paper reported:",
        "The new fines take effect on September 1 and apply to all metered spaces.",
    ]
    rules = {r.rule for r in doc.removed}
    assert {f"{KEY}.html.drop", f"{KEY}.click-here", f"{KEY}.read-more", f"{KEY}.watch"} <= rules
    dropped = " ".join(r.text for r in doc.removed if r.rule == f"{KEY}.html.drop")
    for junk in (
        "Truth Gettr",
        "no debate at all",
        "Earlier Story About Meters",
        "Should fines go up",
        "screenshot",
    ):
        assert junk in dropped


def test_older_post_loses_the_photo_caption_but_keeps_italic_quotes():
    doc = pipeline().process(
        OLDER, url="https://www.thegatewaypundit.com/2022/11/governor-signs-bill-sunday-hunting/"
    )
    assert [b.text[:24] for b in doc.body] == [
        "The governor signed a bi",
        "“This is a good day for ",
        "The law takes effect nex",
    ]
    assert any(r.text == "The state capitol" and r.reason == "photo caption" for r in doc.removed)


def test_fields():
    doc = pipeline().process(STORY, url=URL)
    assert doc.title == "City Council Quietly Raises Parking Fines by 40 Percent"
    assert doc.authors == ("Walt Hensley",)
    assert doc.published.isoformat() == "2025-08-14T09:22:10-05:00"
    assert doc.extensions["site"]["timezone"] == "America/Chicago"


def test_other_sites_are_not_claimed():
    assert pipeline().process(STORY, url="https://www.example.com/2025/08/x/").site is None
    assert pipeline().process(STORY).site == KEY


def test_blocking_turns_it_off():
    doc = newskit.Pipeline(plugins=[plugin], block=[KEY], entry_points=False).process(STORY, url=URL)
    assert doc.site is None
