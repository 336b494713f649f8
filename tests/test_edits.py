"""Cleanup edits: cuts, moves to fields, relabels; nothing is lost."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import readers_only
from hypothesis import given, settings
from hypothesis import strategies as st

from newskit import Comment, Cut, Relabel
from newskit.accounting import check_spans, unaccounted
from newskit.edits import apply_edits

TEXT = (
    "Harbour talks end\n\n"
    "By Amina Qureshi\n\n"
    "KARACHI: The talks ended. Reporters waited outside.\n\n"
    "FILE PHOTO: A dock crane at dusk. Photo/Staff\n\n"
    "- Advertisment -\n\n"
    "Great article, thanks!"
)


@pytest.fixture
def doc():
    return readers_only().process(TEXT)


def find(doc, needle):
    i = doc.text.index(needle)
    return i, i + len(needle)


def test_moves_to_fields_and_comments(doc):
    by = find(doc, "By Amina Qureshi")
    ad = find(doc, "- Advertisment -")
    com = find(doc, "Great article, thanks!")
    when = dt.datetime(2021, 8, 4, 9, tzinfo=dt.timezone.utc)
    photo = next(i for i, b in enumerate(doc.body) if b.text.startswith("FILE PHOTO"))
    out = apply_edits(
        doc,
        [
            ("p", Cut(*by, reason="byline", rule="byline", to="authors", value=["Amina Qureshi"])),
            ("p", Cut(*ad, reason="ad label", rule="ad", to=None)),
            (
                "q",
                Cut(
                    *com,
                    reason="reader comment",
                    rule="comments",
                    to="comments",
                    value=Comment("Great article, thanks!", author="Sam", published=when),
                ),
            ),
            ("q", Relabel(photo, "caption", reason="photo caption", rule="caption")),
        ],
    )
    assert out.authors == ("Amina Qureshi",)
    assert [b.kind for b in out.body] == ["paragraph", "caption"]
    assert out.comments[0].author == "Sam" and out.comments[0].source_start == TEXT.index("Great")
    assert [(r.rule, r.plugin, r.field) for r in out.removed[1:]] == [
        ("byline", "p", "authors"),
        ("ad", "p", None),
    ]
    assert unaccounted(out, TEXT) == [] and check_spans(out, TEXT) == []


def test_partial_cut_splits_a_block_and_keeps_offsets(doc):
    s, e = find(doc, "Reporters waited outside.")
    out = apply_edits(doc, [("p", Cut(s, e, reason="test", rule="t"))])
    assert "KARACHI: The talks ended." in [b.text for b in out.body]
    r = out.removed[-1]
    assert TEXT[r.source_start : r.source_end] == "Reporters waited outside."
    assert out.text[: r.at].endswith("KARACHI: The talks ended.")
    assert unaccounted(out, TEXT) == []


def test_overlapping_cuts_first_plugin_wins_and_nothing_is_recorded_twice(doc):
    s, e = find(doc, "- Advertisment -")
    out = apply_edits(
        doc, [("first", Cut(s, e, reason="a", rule="a")), ("second", Cut(s - 3, e, reason="b", rule="b"))]
    )
    texts = [(r.plugin, r.text) for r in out.removed[1:]]
    assert ("first", "- Advertisment -") in texts
    assert sum(t.count("Advertisment") for _, t in texts) == 1


def test_cut_across_blocks_removes_both(doc):
    s, _ = find(doc, "- Advertisment -")
    out = apply_edits(doc, [("p", Cut(s, len(doc.text), reason="tail junk", rule="tail"))])
    assert out.body[-1].text.startswith("FILE PHOTO")
    assert [r.text for r in out.removed[1:]] == ["- Advertisment -", "Great article, thanks!"]


def test_cut_rejects_bad_values():
    with pytest.raises(ValueError):
        Cut(5, 2, reason="r", rule="r")
    with pytest.raises(ValueError):
        Cut(0, 2, reason="r", rule="r", to="sidebar")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), st.integers(0, 60)), max_size=8))
def test_random_cuts_never_lose_text(cuts):
    doc = readers_only().process(TEXT)
    edits = [
        ("p", Cut(min(a, len(doc.text)), min(a + n, len(doc.text)), reason="r", rule="r")) for a, n in cuts
    ]
    out = apply_edits(doc, edits)
    assert unaccounted(out, TEXT) == []
    assert check_spans(out, TEXT) == []
    # Applying the same cuts' texts again removes nothing more: cleanup is idempotent on what is left.
    assert all(r.text.strip() == r.text and r.text for r in out.removed)


def test_html_comment_header_the_comment_does_not_hold_is_a_removal():
    """HTML blocks have no input offsets: the number and date line of a comment are recorded, not lost."""
    import newskit

    page = (
        "<html><body><article><h1>Harbour council votes</h1><p>The council voted on Monday to raise fares.</p>"
        "<p>Fares rise in May, the operator said.</p><h3>2 COMMENTS</h3>"
        "<p>1.<br>Ann Lee<br>March 3, 2025 at 9:14 am<br>This is a fair decision by the council.</p>"
        "<p>2.<br>Bo Chan<br>March 3, 2025 at 10:02 am<br>Fares are too high already.</p>"
        "<p>LEAVE A REPLY</p></article></body></html>"
    )
    doc = newskit.Pipeline(entry_points=False).process(page)
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Ann Lee", "This is a fair decision by the council."),
        ("Bo Chan", "Fares are too high already."),
    ]
    headers = [r.text for r in doc.removed if r.field == "comments"]
    assert headers == ["1.\nMarch 3, 2025 at 9:14 am", "2.\nMarch 3, 2025 at 10:02 am"]
