"""The generic cleanup rules (newskit.cleanup) on the seed article and on fictional scraped articles."""

from __future__ import annotations

import datetime as _dt
import pathlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newskit
import newskit.cleanup.plugin as cleanup
from newskit.accounting import check_spans, unaccounted
from newskit.cleanup.captions import caption_rule
from newskit.cleanup.dates import parse_date_time
from newskit.cleanup.metadata import byline_names, credits_field, top_line_fields

FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures" / "cleanup"
SEED = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "article.txt"
UTC = _dt.timezone.utc


@pytest.fixture(scope="module")
def pipeline() -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[cleanup], entry_points=False)


def _process(pipeline: newskit.Pipeline, text: str) -> newskit.Document:
    doc = pipeline.process(text)
    assert unaccounted(doc, text) == []
    assert check_spans(doc, text) == []
    return doc


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def _ours(doc: newskit.Document) -> list[newskit.Removal]:
    return [r for r in doc.removed if r.plugin == cleanup.PLUGIN]


def _rules(doc: newskit.Document) -> list[str]:
    return [r.rule for r in _ours(doc)]


# --- the seed article ----------------------------------------------------------------


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not here")
def test_seed_article(pipeline):
    text = SEED.read_text(encoding="utf-8")
    doc = _process(pipeline, text)
    paragraphs = _paragraphs(text)
    assert doc.title == paragraphs[0]
    assert [b.text for b in doc.body] == paragraphs[1:17]
    assert all(b.kind == "paragraph" for b in doc.body)
    assert len(doc.comments) == 1
    assert doc.comments[0].text.startswith("Taliban seek")
    assert "BIGGEST ISLAMIC EMIRATE" in doc.comments[0].text
    removed = {r.text: r for r in _ours(doc)}
    for junk in (
        "Please enter your comment!",
        "Please enter your name here",
        "- Advertisment -",
        "Must Read",
    ):
        assert junk in removed, junk
        assert removed[junk].reason and removed[junk].rule.startswith("cleanup.")
        assert removed[junk].plugin == "newskit.cleanup.plugin"
    teaser = [r for r in _ours(doc) if r.rule == "cleanup.teaser-item"]
    assert [r.text[:20] for r in teaser] == ["French ambassador ca", "Federal Interior Min"]
    assert teaser[1].text.endswith("The...")


def test_bundled_example_article(pipeline):
    path = pathlib.Path(__file__).resolve().parents[1] / "examples" / "article.txt"
    text = path.read_text(encoding="utf-8")
    doc = _process(pipeline, text)
    paragraphs = _paragraphs(text)
    assert [b.text for b in doc.body] == paragraphs[1:13]
    (comment,) = doc.comments
    assert comment.author == "Zubair Hassan Khattak"
    assert comment.published == _dt.datetime(2025, 3, 6, 11, 42, tzinfo=UTC)
    assert comment.text == "Good step but our own canals are leaking half the water. Fix that first."
    assert "cleanup.comment-count" in _rules(doc)
    assert _rules(doc).count("cleanup.comment-form") == 6


# --- fictional articles in several site styles --------------------------------------


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_wire_copy(pipeline):
    text = _fixture("wire.txt")
    doc = _process(pipeline, text)
    assert doc.title.startswith("Harbour authority halts")
    assert doc.authors == ("Mirela Ostrova", "Tomasz Wendt")
    assert doc.credits == (
        "Reporting by Mirela Ostrova in Port Velmar and Tomasz Wendt in Lindau; Editing by Harriet Quayle",
    )
    captions = [b.text for b in doc.body if b.kind == "caption"]
    assert len(captions) == 2
    assert captions[0].startswith("FILE PHOTO:")
    assert captions[1].endswith("REUTERS/Anika Sorensen")
    paragraphs = [b.text for b in doc.body if b.kind == "paragraph"]
    assert paragraphs[0].startswith("PORT VELMAR (Reuters) -")
    assert paragraphs[-1].startswith("The terminal operator")
    assert len(paragraphs) == 6
    assert _rules(doc) == [
        "cleanup.byline",
        "cleanup.reading-time",
        "cleanup.ad-label",
        "cleanup.credits",
        "cleanup.wire-footer",
        "cleanup.teaser-heading",
        "cleanup.teaser-item",
        "cleanup.teaser-item",
    ]
    byline = _ours(doc)[0]
    assert byline.field == "authors" and byline.source_start is not None


def test_wordpress_comments_and_metadata(pipeline):
    text = _fixture("wordpress.txt")
    doc = _process(pipeline, text)
    assert doc.authors == ("Oskar Lindqvist",)
    assert doc.published == _dt.datetime(2021, 8, 3, 12, 55, tzinfo=UTC)
    assert doc.updated == _dt.datetime(2021, 8, 4, 9, 10, tzinfo=UTC)
    published = next(r for r in doc.removed if r.field == "published")
    assert "UTC assumed" in published.reason and "month first" in published.reason
    assert len(doc.body) == 5
    assert doc.body[-1].text.startswith("Work is expected")
    assert [(c.author, c.published.hour) for c in doc.comments] == [
        ("Henrik Aas", 14),
        ("Berit Solheim", 18),
    ]
    assert doc.comments[0].text == "Finally. I have been waiting for this since my kids started school."
    # a comment of two paragraphs is one comment, not one per paragraph
    assert doc.comments[1].text == (
        "Where are the delivery vans supposed to stop now?\n\nThe council never answered that at the meeting either."
    )
    assert text[doc.comments[1].source_start : doc.comments[1].source_end].startswith("Berit Solheim says:")
    assert text[doc.comments[1].source_start : doc.comments[1].source_end].endswith("Reply")
    assert {"cleanup.share-widget", "cleanup.comment-count", "cleanup.comment-form"} <= set(_rules(doc))
    assert "Website" in [r.text for r in _ours(doc)]


def test_comment_of_several_paragraphs_is_one_comment(pipeline):
    text = (
        "Harbour talks resume\n\n"
        "KABUL: The talks resumed on Monday after a pause of three weeks, officials said.\n\n"
        "They ended on Tuesday without an agreement on the river quotas, the mediator said.\n\n"
        "2 Comments\n\n"
        "1. Jane Roe says:\nMarch 3, 2024 at 10:15 am\nI have followed these talks for years.\n\n"
        "And another thing: the quotas were never fair.\n\n"
        "Advertisement\nNobody asked the farmers, as usual.\n\n"
        "2. Tom Beck says:\nMarch 3, 2024 at 11:00 am\nAgreed.\n\n"
        "Leave a Reply\n"
    )
    doc = _process(pipeline, text)
    assert [c.author for c in doc.comments] == ["Jane Roe", "Tom Beck"]
    first = doc.comments[0]
    assert first.text.startswith("I have followed these talks for years.\n\nAnd another thing")
    assert first.text.endswith("Nobody asked the farmers, as usual.")
    assert text[first.source_start : first.source_end].startswith("1. Jane Roe says:")
    assert len(doc.body) == 2
    assert unaccounted(doc, text) == []
    assert check_spans(doc, text) == []


def test_newspaper_prompts_and_recirculation(pipeline):
    text = _fixture("newspaper.txt")
    doc = _process(pipeline, text)
    assert len(doc.body) == 5
    assert all(b.kind == "paragraph" for b in doc.body)
    assert doc.body[0].text.startswith("Waiting lists at public hospitals")
    assert doc.body[-1].text.startswith("Opposition health spokesman")
    rules = _rules(doc)
    for rule in (
        "cleanup.cookie-notice",
        "cleanup.newsletter",
        "cleanup.ad-label",
        "cleanup.teaser-inline",
        "cleanup.paywall",
        "cleanup.share-widget",
        "cleanup.teaser-heading",
    ):
        assert rule in rules, rule
    assert rules.count("cleanup.teaser-item") == 6


def test_article_text_that_looks_like_junk_is_kept(pipeline):
    text = _fixture("plain.txt")
    doc = _process(pipeline, text)
    paragraphs = _paragraphs(text)
    kept = paragraphs[1:-2]  # the last two blocks are the comment form
    assert [b.text for b in doc.body] == kept
    assert doc.comments == ()
    assert doc.authors == () and doc.credits == ()
    assert set(_rules(doc)) == {"cleanup.comment-form"}


def test_removals_say_where_they_stood(pipeline):
    """Every removal records its input span and its place in the clean text, so it can be put back."""
    text = _fixture("newspaper.txt")
    doc = _process(pipeline, text)
    ends = {0} | {b.end for b in doc.body}
    for r in _ours(doc):
        assert text[r.source_start : r.source_end] == r.text
        assert r.at in ends
        before = [b for b in doc.body if b.end <= r.at]
        if before:
            assert before[-1].source_end <= r.source_start
        after = [b for b in doc.body if b.start >= r.at and b.end > r.at]
        if after:
            assert r.source_end <= after[0].source_start


# --- rules one by one --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("By JANE DOE and John Roe, Reuters", ["JANE DOE", "John Roe"]),
        ("Written by Maria de la Cruz", ["Maria de la Cruz"]),
        ("By Staff Reporter", []),
        ("By the time we arrived, it was over.", None),
        ("By Monday", None),
        ("Byline changes were made.", None),
    ],
)
def test_byline_names(line, names):
    assert byline_names(line) == names


def test_top_line_with_several_parts():
    fields = top_line_fields("By Jane Doe | Published 08/03/2021, 12:55 PM | 4 min read")
    assert [(f.rule, f.to) for f in fields] == [
        ("cleanup.byline", "authors"),
        ("cleanup.published", "published"),
        ("cleanup.reading-time", None),
    ]
    assert top_line_fields("By Jane Doe | a sentence that is no metadata") is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("08/03/2021, 12:55 PM", "2021-08-03T12:55:00+00:00"),
        ("25/12/2020 13:00", "2020-12-25T13:00:00+00:00"),
        ("August 3, 2021 at 12:55 pm", "2021-08-03T12:55:00+00:00"),
        ("Tue 3 Aug 2021 12.55 BST", "2021-08-03T12:55:00+01:00"),
        ("12:55 PM EDT, Tue August 3, 2021", "2021-08-03T12:55:00-04:00"),
        ("2021-08-03T12:55:00+05:00", "2021-08-03T12:55:00+05:00"),
        ("Aug. 3, 2021 / 12:55 PM ET", "2021-08-03T12:55:00-04:00"),
        ("3 August 2021", "2021-08-03T00:00:00+00:00"),
    ],
)
def test_dates(text, iso):
    parsed = parse_date_time(text)
    assert parsed is not None and parsed.value.isoformat() == iso


@pytest.mark.parametrize(
    "text", ["next week", "13/13/2021", "12:99", "August 3, 2021 at 25:00 pm", "x" * 500]
)
def test_not_dates(text):
    assert parse_date_time(text) is None


def test_site_zone_is_used_for_times_without_one():
    parsed = parse_date_time("08/03/2021, 12:55 PM", "Asia/Karachi")
    assert parsed.value.utcoffset() == _dt.timedelta(hours=5)
    assert "site's zone Asia/Karachi" in parsed.describe("publication time")


def test_credits():
    f = credits_field("He said so. (Reporting by Jane Doe; Editing by John Roe)")
    assert f.value == "Reporting by Jane Doe; Editing by John Roe"
    assert f.start == len("He said so. ")
    assert credits_field("Reporting by Jane Doe in Kabul; editing by John Roe").value.startswith("Reporting")
    assert credits_field("Reporting by the city's engineers found that the wall would fail.") is None
    line = "Reporting by Jane Doe, additional reporting by Tom Beck, writing by Jo Ng, Editing by Ann Lo"
    assert credits_field(line).value == line  # roles joined by commas
    assert credits_field("Reporting by Jane Doe, who spent a year in Kabul, was praised.") is None


@pytest.mark.parametrize(
    "line",
    [
        "FILE PHOTO: A man walks past a market in Kabul, July 2, 2021. REUTERS/Jane Doe/File Photo",
        "People queue at a bank in Kabul on Monday. (AP Photo/Jane Doe)",
        "Photograph: Jane Doe/AFP/Getty Images",
        "Image source, Getty Images",
    ],
)
def test_captions(line):
    assert caption_rule(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "He told AP/Ipsos pollsters that the economy was bad.",
        "The survey was run by Reuters/Ipsos.",
        "Photo-ID laws were passed in 2011.",
    ],
)
def test_not_captions(line):
    assert caption_rule(line) is None


def test_credit_line_prefilter_knows_every_role():
    """Every role a credit line can open with passes the quick test before the patterns."""
    import regex

    from newskit.cleanup import metadata

    words = set(regex.findall(r"[a-z][a-z?\-]+", metadata._ROLE)) - {"by", "and", "s"}
    for word in words:
        word = word.replace("?", "")
        for line in (f"{word} by Jane Doe", f"-- {word.upper()} by Jane Doe", f"; {word.title()} by Jane Doe"):
            if metadata._CREDIT_SEGMENT.fullmatch(line.strip(" ;")):
                assert metadata._opens_with_role(line), line


def test_caption_prefilters_leave_out_no_caption():
    """The quick tests before the caption patterns reject no line the patterns would take."""
    import regex

    from newskit.cleanup import captions

    words = set(regex.findall(r"[A-Z][A-Za-z]+", captions.OPENING.pattern))
    for word in words | {w.upper() for w in words}:
        for line in (f"{word}: Troops at the gate", f"{word} - Troops at the gate", f"{word}, Troops"):
            if captions.OPENING.fullmatch(line):
                assert line[:1] in captions._OPENING_FIRSTS, line
    credits = regex.findall(r"[A-Z][A-Za-z]+", captions._CREDIT)
    for word in set(credits):
        for line in (f"Troops at the gate ({word}: Jane Doe)", f"Troops at the gate. {word}: Jane Doe"):
            assert caption_rule(line) == (
                ("cleanup.caption", "photo caption with credit") if captions.CREDIT_AT_END.search(line) else None
            ), line


def test_caption_is_relabelled_not_removed(pipeline):
    text = "A headline\n\nThe port reopened on Monday, officials said.\n\nDockers at work on Monday. REUTERS/Jane Doe\n"
    doc = _process(pipeline, text)
    assert [b.kind for b in doc.body] == ["paragraph", "caption"]
    assert _ours(doc) == []


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "- Advertisment -",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "Share this article",
        "Facebook Twitter WhatsApp Email",
        "Follow us on Twitter and Instagram",
        "Follow The Harbour Ledger on Twitter and Facebook for the latest news updates. Sign up for alerts here.",
        "Get the latest harbour news to your phone Join us on WhatsApp",
        "Got a story? Get in touch with our news team by emailing us at tips@example.invalid.",
        "Do you have a story to tell? Email: tips@example.invalid",
        "For more stories like this, check our news page.",
        "For the latest stories from across the globe from the Ledger, sign up for our newsletters .",
        "Check out more of our latest travel stories by signing up to our free weekly newsletter",
        "Sign up for our daily newsletter",
        "Subscribe to continue reading",
        "We use cookies to improve your experience on our site.",
        "Tags: Afghanistan, Taliban, Doha talks",
        "© 2024 The Harbour Ledger. All rights reserved.",
    ],
)
def test_junk_lines_are_dropped(pipeline, line):
    text = f"A headline\n\nThe port reopened on Monday, officials said.\n\n{line}\n\nTrade resumed within hours, they said.\n"
    doc = _process(pipeline, text)
    assert [b.text for b in doc.body] == [
        "The port reopened on Monday, officials said.",
        "Trade resumed within hours, they said.",
    ]
    assert [r.text for r in _ours(doc)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell sharply on Monday after the announcement.",
        "Register to vote by Friday, the commission said.",
        "Related talks in Geneva ended without a deal.",
        "Copyright law was changed in 2019.",
        "More from the minister:",
        "More from Harbour Radio’s EVENING:",
        "Comments made by the mayor drew criticism.",
        "Advertising revenue fell by a third, the company said.",
        "Got a story to tell, the mayor said, and he told it twice.",
        "For more than a decade the harbour has flooded every winter.",
        "Follow the money, the inspector told the committee on Monday.",
        "Readers who signed up for the newsletter in 2019 were never charged, the court heard.",
    ],
)
def test_prose_that_starts_like_junk_is_kept(pipeline, line):
    text = f"A headline\n\nThe port reopened on Monday, officials said.\n\n{line}\n\nTrade resumed within hours.\n"
    doc = _process(pipeline, text)
    assert line in [b.text for b in doc.body]
    assert _ours(doc) == []


def test_mid_article_teaser_stops_at_subheading(pipeline):
    text = (
        "A headline\n\nThe port reopened on Monday, officials said after a long night.\n\n"
        "Related\n\nFloods cut rail link between two provinces\n\nWhat comes next\n\n"
        "Officials said the cranes would be inspected before the night shift resumed.\n"
    )
    doc = _process(pipeline, text)
    assert [b.text for b in doc.body] == [
        "The port reopened on Monday, officials said after a long night.",
        "What comes next",
        "Officials said the cranes would be inspected before the night shift resumed.",
    ]


def test_numbered_list_without_comment_section_is_kept(pipeline):
    text = "A headline\n\nThe council listed its options on Monday in a short report.\n\n1. A levy.\n\n2. A loan.\n"
    doc = _process(pipeline, text)
    assert len(doc.body) == 3 and doc.comments == ()


def test_html_documents_are_cleaned_too(pipeline):
    html = (
        "<html><body><article><h1>Port reopens</h1>"
        "<p>The port reopened on Monday after a long closure, officials said.</p>"
        "<p>Advertisement</p><p>Trade resumed within hours of the announcement, they said.</p>"
        "</article></body></html>"
    )
    doc = pipeline.process(html)
    assert "Advertisement" not in doc.text
    assert "Advertisement" in [r.text for r in _ours(doc)]


def test_empty_and_junk_only_inputs(pipeline):
    for text in ("", "\n\n", "Advertisement", "Headline\n\nAdvertisement\n\nShare"):
        doc = pipeline.process(text)
        assert unaccounted(doc, text) == []


@pytest.mark.parametrize("name", ["captions", "comments", "dates", "junk", "lines", "metadata", "plugin", "teasers"])
def test_docstring_examples(name):
    import doctest
    import importlib

    module = importlib.import_module(f"newskit.cleanup.{name}")
    result = doctest.testmod(module)
    assert result.failed == 0


@given(st.text(alphabet=st.sampled_from(["a", "é", " ", "\t", "\xa0", "\u2003", "\x1c", "\x1f", "\u0085", ".", "\n"])))
def test_word_count_agrees_with_the_rules_word_pattern(text):
    from newskit.cleanup.lines import _WORD, words

    assert words(text) == len(_WORD.findall(text))
