"""Tests of The New Yorker plugin.

The example page in ``examples/`` is made up in the site's markup; it gives what its
``.expected.json`` says. After a deliberate change:
``NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests``.
"""

import pathlib

import pytest
from newskit_the_new_yorker import SITE, plugin

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
STORY = (EXAMPLES / "lighthouse-keepers.html").read_text(encoding="utf-8")
URL = "https://www.newyorker.com/news/dept-of-maritime-affairs/the-last-lighthouse-keepers"


def pipeline(**kw) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False, **kw)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_page(page):
    assert_example(page, plugins=[plugin])


def test_dek_and_every_chunk_of_text_are_the_body():
    doc = pipeline().process(STORY, url=URL)
    assert doc.site == SITE
    assert [b.text[:25] for b in doc.body] == [
        "On a rock off Maine, two ",
        "The light on Halloway Roc",
        "They are brothers, both i",
        "“Somebody has to wipe the",
        "The Stairs",
        "There are a hundred and t",
        "The younger brother count",
    ]


def test_widgets_are_removed_and_recorded():
    doc = pipeline().process(STORY, url=URL)
    for junk in (
        "lantern room at dusk",
        "Subscribe for $1",
        "A Winter on the Ice",
        "Advertisement",
        "Favorites",
    ):
        assert junk not in doc.text
    dropped = [(r.reason, r.text) for r in doc.removed if r.rule == "the-new-yorker.html.drop"]
    assert dropped == [
        ("image or embed (with its caption)", "The lantern room at dusk. Photograph by Ines Varga"),
        ("subscription offer", "Subscribe for $1 a week"),
        ("more stories from the site", "Read more: A Winter on the Ice"),
    ]


def test_fields_come_from_json_ld():
    doc = pipeline().process(STORY, url=URL)
    assert doc.title == "The Last Lighthouse Keepers"
    assert doc.authors == ("Miriam Achterberg",)
    assert doc.published.isoformat() == "2025-06-09T06:00:00-04:00"
    assert doc.extensions["site"]["timezone"] == "America/New_York"


def test_other_sites_are_not_claimed():
    assert pipeline().process(STORY, url="https://www.vanityfair.com/news/x").site is None
    assert pipeline().process(STORY, url="https://newyorker.com.example.net/x").site is None
    assert pipeline().process(STORY, url="https://newyorker.com/magazine/2025/06/09/x").site == SITE


def test_text_without_url():
    story = "The Last Lighthouse Keepers\n\nThe light has been automatic since 1989.\n\n"
    # Condé Nast's copyright line is on all its titles' pages: not enough
    assert pipeline().process(story + "© 2025 Condé Nast. All rights reserved.").site is None
    line = "© 2025 Condé Nast. All rights reserved. The New Yorker may earn a portion of sales from products."
    assert pipeline().process(story + line).site == SITE


def test_page_without_url_is_recognised_by_its_markup():
    assert pipeline().process(STORY).site is None  # the example page has no og:site_name
    page = STORY.replace("<head>", '<head><meta property="og:site_name" content="The New Yorker"/>')
    assert pipeline().process(page).site == SITE


def test_blocking_turns_it_off():
    off = newskit.Pipeline(plugins=[plugin], block=["the-new-yorker"], entry_points=False)
    assert off.process(STORY, url=URL).site is None
