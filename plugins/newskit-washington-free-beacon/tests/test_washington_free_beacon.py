"""Tests of the Washington Free Beacon plugin.

The example page in ``examples/`` is made up in the site's markup; it gives what its
``.expected.json`` says. After a deliberate change:
``NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests``.
"""

import pathlib

import pytest
from newskit_washington_free_beacon import plugin

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
STORY = (EXAMPLES / "story.html").read_text(encoding="utf-8")
URL = "https://freebeacon.com/politics/agency-spent-2-million-on-unused-office-chairs/"
KEY = "washington-free-beacon"


def pipeline(**kw) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False, **kw)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_page(page):
    assert_example(page, plugins=[plugin])


def test_dek_and_paragraphs_are_read_widgets_removed():
    doc = pipeline().process(STORY, url=URL)
    assert doc.site == KEY
    assert doc.body[0].text == "Chairs sat in a warehouse for three years"
    assert len(doc.body) == 4
    for junk in ("Published under", "Your tax dollars", "Getty Images"):
        assert junk not in doc.text
    dropped = " ".join(r.text for r in doc.removed if r.rule == f"{KEY}.html.drop")
    assert "Published under" in dropped and "Your tax dollars" in dropped


def test_a_page_without_the_story_is_not_read_as_its_dek_alone():
    page = STORY.split('<div class="article-content">')[0] + "</article></div></main></body></html>"
    doc = pipeline().process(page, url=URL)
    assert any(w.code == "site-selectors-missed" for w in doc.warnings)


def test_fields():
    doc = pipeline().process(STORY, url=URL)
    assert doc.title == "Agency Spent $2 Million on Unused Office Chairs, Audit Finds"
    assert doc.authors == ("Lena Hart",)
    assert doc.published.isoformat() == "2025-05-06T21:30:00+00:00"
    assert doc.extensions["site"]["timezone"] == "America/New_York"


def test_other_sites_are_not_claimed():
    assert pipeline().process(STORY, url="https://www.example.com/politics/x/").site is None
    assert pipeline().process(STORY).site == KEY


def test_blocking_turns_it_off():
    doc = newskit.Pipeline(plugins=[plugin], block=[KEY], entry_points=False).process(STORY, url=URL)
    assert doc.site is None
