"""Tests of the CNBC plugin.

The example page in ``examples/`` is made up in the site's markup; it gives what its
``.expected.json`` says. After a deliberate change:
``NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests``.
"""

import pathlib

import pytest
from newskit_cnbc import plugin

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
STORY = (EXAMPLES / "story.html").read_text(encoding="utf-8")
URL = "https://www.cnbc.com/2025/02/12/savers-pile-into-short-term-bonds.html"


def pipeline(**kw) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False, **kw)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_page(page):
    assert_example(page, plugins=[plugin])


def test_widgets_are_removed_and_recorded():
    doc = pipeline().process(STORY, url=URL)
    assert doc.site == "cnbc"
    for junk in ("Getty Images", "More from Personal Finance", "watch now", "Less risk is not no risk.Tom"):
        assert junk not in doc.text
    dropped = " ".join(r.text for r in doc.removed if r.rule == "cnbc.html.drop")
    assert "More from Personal Finance" in dropped
    assert "watch now" in dropped
    assert "Pullquote" not in doc.text and "Key Points" not in doc.text
    assert [b.kind for b in doc.body] == ["paragraph", "paragraph", "heading", "paragraph", "paragraph"]
    rules = {r.rule for r in doc.removed}
    assert {"cnbc.promo", "cnbc.credit"} <= rules
    assert "Money Basics" not in doc.text and "contributed" not in doc.text


def test_fields():
    doc = pipeline().process(STORY, url=URL)
    assert doc.title == "Savers pile into short-term bonds as rates hold. Here's what to weigh"
    assert doc.authors == ("Dana Whitfield",)
    assert doc.published.isoformat() == "2025-02-12T15:10:02+00:00"
    assert doc.extensions["site"]["timezone"] == "America/New_York"


def test_other_sites_are_not_claimed():
    assert pipeline().process(STORY, url="https://www.example.com/2025/02/12/x.html").site is None
    assert pipeline().process(STORY).site == "cnbc"


def test_blocking_turns_it_off():
    doc = newskit.Pipeline(plugins=[plugin], block=["cnbc"], entry_points=False).process(STORY, url=URL)
    assert doc.site is None
