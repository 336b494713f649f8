"""The plain-text reader: headline, paragraphs, offsets, nothing lost."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.accounting import check_spans, unaccounted
from newskit.readers.text import find_headline, looks_like_headline, paragraphs


def test_headline_and_paragraphs(pipeline, article_text):
    doc = pipeline.process(article_text)
    assert doc.title == "Border talks stall over river quotas, says mediator: Rehmat"
    assert doc.body[0].text.startswith("DUSHANBE: Negotiators")
    assert doc.input_kind == "text"
    title_removal = doc.removed[0]
    assert (title_removal.field, title_removal.rule) == ("title", "text.headline")
    assert article_text[title_removal.source_start : title_removal.source_end] == doc.title
    for b in doc.body:
        assert article_text[b.source_start : b.source_end] == b.text
    assert unaccounted(doc, article_text) == []


def test_sentence_first_line_is_not_a_headline(pipeline):
    doc = pipeline.process("KABUL: The talks resumed on Monday.\n\nThey ended on Tuesday.")
    assert doc.title is None
    assert len(doc.body) == 2


def test_single_paragraph_is_body_not_title(pipeline):
    doc = pipeline.process("Just one line")
    assert doc.title is None
    assert [b.text for b in doc.body] == ["Just one line"]


def test_windows_line_endings(pipeline):
    text = "Headline here\r\n\r\nFirst para\r\nstill first.\r\n\r\nSecond."
    doc = pipeline.process(text)
    assert doc.title == "Headline here"
    assert [b.text for b in doc.body] == ["First para\r\nstill first.", "Second."]
    assert unaccounted(doc, text) == []


def test_headline_rules():
    assert looks_like_headline("Taliban seek power in talks: envoy", 3)
    assert not looks_like_headline("A full sentence that ends.", 3)
    assert not looks_like_headline("Headline", 0)
    assert not looks_like_headline("two\nlines", 2)
    assert not looks_like_headline("x" * 300, 2)



BODY = (
    "KABUL: The talks resumed on Monday after a pause of three weeks, officials said.\n\n"
    "They ended on Tuesday without an agreement on the river quotas, the mediator said.\n"
)
HEADLINE = "Border talks stall over river quotas"


@pytest.mark.parametrize(
    ("lead", "cut_rule"),
    [
        ("By Jane Doe", "cleanup.byline"),
        ("Advertisement", "cleanup.ad-label"),
        ("Share this article", "cleanup.share-widget"),
        ("Published 08/03/2021, 12:55 PM", None),
        ("March 3, 2024", None),
        ("www.harbour-ledger.example", None),
        ("Harbour Ledger", None),
    ],
)
def test_junk_before_the_headline_is_not_the_headline(pipeline, lead, cut_rule):
    text = f"{lead}\n\n{HEADLINE}\n\n{BODY}"
    doc = pipeline.process(text)
    assert doc.title == HEADLINE
    # cleanup takes what it knows (bylines, dates, labels, widgets); a site name or web
    # address no rule knows stays in the body, where it stood: kept when unsure
    kept = [lead] if lead in ("www.harbour-ledger.example", "Harbour Ledger") else []
    assert [b.text for b in doc.body[: len(kept)]] == kept
    assert doc.body[len(kept)].text.startswith("KABUL: The talks resumed")
    assert unaccounted(doc, text) == []
    head = next(r for r in doc.removed if r.field == "title")
    assert text[head.source_start : head.source_end] == HEADLINE
    if cut_rule is not None:
        assert any(r.rule == cut_rule and r.text.startswith(lead[:5]) for r in doc.removed), doc.removed


def test_several_junk_lines_before_the_headline(pipeline):
    text = f"Advertisement\n\nBy Jane Doe\n\nShare this article\n\n{HEADLINE}\n\n{BODY}"
    doc = pipeline.process(text)
    assert doc.title == HEADLINE
    assert "Jane Doe" in doc.authors
    assert unaccounted(doc, text) == []


def test_prose_before_a_headline_like_line_means_no_headline(pipeline):
    text = f"{BODY}\n\n{HEADLINE}\n\nMore text follows here."
    doc = pipeline.process(text)
    assert doc.title is None


def test_find_headline_rules():
    assert find_headline([HEADLINE, "Body."]) == 0
    assert find_headline(["By Jane Doe", HEADLINE, "Body."]) == 1
    assert find_headline(["World", HEADLINE, "Body."]) == 1  # a section name above the headline
    assert find_headline(["Envoy resigns", "Body text that is a sentence."]) == 0  # a short headline
    assert find_headline(["By Jane Doe", "Body."]) is None
    assert find_headline(["Advertisement"]) is None


article_like = st.lists(
    st.one_of(
        st.text(min_size=0, max_size=80),
        st.sampled_from(["\n", "\n\n", "  \n \n", "\r\n\r\n", "\u2028", "WASHINGTON: ", "“", "”"]),
    ),
    max_size=30,
).map("".join)


@pytest.mark.parametrize(
    "text",
    [
        "Inflation cools\n\nNew York CNN —\n\nPrices rose less than expected, the agency said.",
        "New York CNN —\n\nPrices rose less than expected, the agency said.\n\nMarkets rallied.",
    ],
)
def test_a_dateline_standing_alone_is_no_headline(text):
    from newskit import process

    doc = process(text)
    assert doc.title != "New York CNN —"
    assert (doc.dateline.place, doc.dateline.agency) == ("New York", "CNN")


@pytest.mark.parametrize("text", ["<P", "<P is the letter the sign showed.\n\nThe pier opened.", "<div"])
def test_text_opening_like_a_tag_is_text_not_an_empty_page(text):
    from newskit import Pipeline

    doc = Pipeline(entry_points=False).process(text)
    assert doc.input_kind == "text" and unaccounted(doc, text) == []


@settings(max_examples=300, deadline=None)
@given(article_like)
def test_any_text_reads_with_valid_spans_and_nothing_lost(text):
    from newskit import Pipeline

    pipeline = Pipeline(entry_points=False)
    doc = pipeline.process(text)
    assert check_spans(doc, text) == []
    assert unaccounted(doc, text) == []
    assert all(b.text == b.text.strip() and b.text for b in doc.body)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_paragraph_spans_are_ordered_and_trimmed(text):
    last = -1
    for s, e in paragraphs(text):
        assert last <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        last = e
