"""Tests of the Reuters plugin.

The example pages in ``examples/`` are made up in the site's markup (paragraphs as div
elements, and the earlier p elements); each gives what its ``.expected.json`` says.
After a deliberate change: ``NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests``.
"""

import pathlib

import pytest
from newskit_reuters import plugin

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
STORY = (EXAMPLES / "story.html").read_text(encoding="utf-8")
OLDER = (EXAMPLES / "older-markup.html").read_text(encoding="utf-8")
URL = "https://www.reuters.com/world/europe/port-strike-halts-grain-exports-second-day-2025-02-20/"


def pipeline(**kw) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False, **kw)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_page(page):
    assert_example(page, plugins=[plugin])


def test_paragraphs_and_subheadings_only():
    doc = pipeline().process(STORY, url=URL)
    assert doc.site == "reuters"
    assert [b.kind for b in doc.body] == ["paragraph", "paragraph", "heading", "paragraph", "paragraph"]
    assert doc.body[0].text.startswith("ROTTERDAM, Feb 20 (Reuters) - ")
    for junk in ("Advertisement", "REUTERS/Staff Photo", "Reporting by", "Our Standards", "opens new tab"):
        assert junk not in doc.text


def test_hidden_link_note_is_dropped_without_splitting_the_paragraph():
    doc = pipeline().process(STORY, url=URL)
    assert doc.body[1].text == "The union said in a statement that talks on pay had broken down."
    assert any(r.text == ", opens new tab" and r.rule == "reuters.html.drop" for r in doc.removed)


def test_older_markup_with_p_paragraphs():
    doc = pipeline().process(
        OLDER, url="https://www.reuters.com/business/airline-orders-20-regional-jets-2023-05-02/"
    )
    assert [b.text[:12] for b in doc.body] == ["TOKYO, May 2", "Deliveries a", "The airline "]
    assert "An embedded post" not in doc.text and "Share" not in doc.text
    assert doc.authors == ("Hana Ota",)


def test_fields():
    doc = pipeline().process(STORY, url=URL)
    assert doc.title == "Port strike halts grain exports for a second day"
    assert doc.authors == ("Ines Kowal", "Paolo Brandt")
    assert doc.published.isoformat() == "2025-02-20T09:41:07+00:00"
    assert doc.extensions["site"]["timezone"] == "UTC"


def test_other_sites_are_not_claimed():
    assert pipeline().process(STORY, url="https://www.example.com/world/x-2025-02-20/").site is None
    assert pipeline().process(STORY).site == "reuters"


def test_blocking_turns_it_off():
    doc = newskit.Pipeline(plugins=[plugin], block=["reuters"], entry_points=False).process(STORY, url=URL)
    assert doc.site is None
