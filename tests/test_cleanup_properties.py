"""Properties of the generic cleanup rules, on arbitrary text and on generated scraped articles."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newskit
import newskit.cleanup.plugin as cleanup
from newskit.accounting import check_spans, unaccounted
from newskit.renderers.text import render_text

PIPELINE = newskit.Pipeline(plugins=[cleanup], entry_points=False)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = [
    "council",
    "harbour",
    "minister",
    "river",
    "talks",
    "officials",
    "water",
    "farmers",
    "canal",
    "budget",
    "report",
    "week",
    "city",
    "port",
    "agreed",
    "rejected",
    "said",
    "told",
    "reporters",
    "plan",
    "levy",
    "bridge",
    "winter",
    "summer",
    "eastern",
    "northern",
    "delegation",
    "three",
    "seven",
    "hundred",
    "quietly",
    "again",
    "later",
    "before",
    "after",
    "during",
    "under",
    "against",
    "between",
    "across",
]
NAMES = ["Jane Doe", "Oskar Lindqvist", "Mirela Ostrova", "Ruth Okafor", "Henrik Aas"]

sentence = st.builds(
    lambda first, rest: " ".join([first.capitalize(), *rest]) + ".",
    st.sampled_from(WORDS),
    st.lists(st.sampled_from(WORDS), min_size=8, max_size=30),
)
prose = st.lists(sentence, min_size=1, max_size=3).map(" ".join)
headline = st.lists(st.sampled_from(WORDS), min_size=3, max_size=9).map(lambda w: " ".join(w).capitalize())

TOP_JUNK = st.sampled_from(
    [
        "By Jane Doe",
        "By Oskar Lindqvist and Ruth Okafor, Reuters",
        "Published 08/03/2021, 12:55 PM",
        "Updated 5 hours ago",
        "4 min read",
        "By Jane Doe | Published 08/03/2021, 12:55 PM",
        "We use cookies to give you the best experience on our website.",
        "FILE PHOTO: A ship at the northern terminal, March 3, 2024. REUTERS/Jane Doe/File Photo",
    ]
)
MIDDLE_JUNK = st.one_of(
    st.sampled_from(
        [
            "Advertisement",
            "- Advertisment -",
            "Story continues below advertisement",
            "Share this article",
            "Facebook Twitter WhatsApp Email",
            "Sign up for our morning briefing newsletter",
            "Workers at the terminal, May 14, 2024. (AP Photo/Jane Doe)",
        ]
    ),
    headline.map(lambda h: f"READ MORE: {h}"),
)
comment = st.builds(
    lambda n, who, text: f"{n}. {who}\nMarch 6, 2025 At 11:42 am\n{text}",
    st.integers(1, 9),
    st.sampled_from(NAMES),
    sentence,
)
TAIL_JUNK = st.one_of(
    st.just("(Reporting by Jane Doe in Kabul; Editing by John Roe)"),
    st.builds(lambda hs: "\n\n".join(["Must Read", *hs]), st.lists(headline, min_size=1, max_size=4)),
    st.builds(
        lambda h: f"Related\n\n{h}\n\n{h.split()[0]} officials said on Thursday that the ...", headline
    ),
    st.builds(
        lambda cs: "\n\n".join([f"{len(cs)} COMMENTS", *cs, "LEAVE A REPLY", "Please enter your comment!"]),
        st.lists(comment, min_size=1, max_size=3),
    ),
    st.just("Please enter your comment!\nPlease enter your name here"),
)


@st.composite
def articles(draw) -> tuple[str, list[str]]:
    """A scraped article: headline, top junk, prose mixed with junk, junk at the end; and its prose."""
    paragraphs = draw(st.lists(prose, min_size=1, max_size=8))
    blocks = [draw(headline), *draw(st.lists(TOP_JUNK, max_size=3))]
    for p in paragraphs:
        blocks.append(p)
        if draw(st.booleans()):
            blocks.append(draw(MIDDLE_JUNK))
    blocks.extend(draw(st.lists(TAIL_JUNK, max_size=3)))
    return "\n\n".join(blocks) + "\n", paragraphs


def _ours(doc: newskit.Document) -> list[newskit.Removal]:
    return [r for r in doc.removed if r.plugin == cleanup.PLUGIN]


@SETTINGS
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes_and_loses_nothing(text):
    doc = PIPELINE.process(text)
    assert unaccounted(doc, text) == []
    assert check_spans(doc, text) == []


@SETTINGS
@given(
    st.lists(
        st.one_of(
            st.text(max_size=40),
            st.sampled_from(
                ["Advertisement", "Must Read", "1 COMMENT", "1. Jane Doe", "By Jane Doe", ":", "..."]
            ),
        ),
        max_size=30,
    ).map("\n".join)
)
def test_junk_like_fragments_never_crash_and_lose_nothing(text):
    doc = PIPELINE.process(text)
    assert unaccounted(doc, text) == []
    assert check_spans(doc, text) == []


@SETTINGS
@given(articles())
def test_article_prose_is_kept_and_nothing_is_lost(article):
    text, paragraphs = article
    doc = PIPELINE.process(text)
    assert unaccounted(doc, text) == []
    assert check_spans(doc, text) == []
    kept = [b.text for b in doc.body if b.kind == "paragraph"]
    assert kept == paragraphs


@SETTINGS
@given(articles())
def test_cleanup_is_idempotent(article):
    """Processing the clean ``text`` rendering again removes nothing more and finds no comments."""
    text, _ = article
    once = PIPELINE.process(text)
    again = PIPELINE.process(render_text(once))
    assert _ours(again) == []
    assert again.comments == ()
    assert [(b.kind, b.text) for b in again.body] == [(b.kind, b.text) for b in once.body]


def test_long_hostile_input_is_linear():
    """Long runs of lines that almost match the rules stay fast (no catastrophic backtracking)."""
    import time

    nasty = "\n".join(
        [
            "1. " + "a" * 300,
            "By " + "Jane " * 60,
            "Share " * 80,
            "(" + "Reporting by " * 40,
            "REUTERS/" + "A" * 300,
            "Related: " + "x" * 380,
            "08/03/2021, " * 30,
        ]
        * 300
    )
    start = time.perf_counter()
    doc = PIPELINE.process(nasty)
    assert time.perf_counter() - start < 20
    assert unaccounted(doc, nasty) == []


FRAGMENTS = st.sampled_from(
    [
        "Advertisement",
        "Must Read",
        "Related",
        "1 COMMENT",
        "1. Jane Doe",
        "2. A loan.",
        "A levy:",
        "March 6, 2025 at 11:42 am",
        "By Jane Doe",
        "Published 08/03/2021, 12:55 PM",
        "The council met on Monday and agreed the plan, officials said.",
        "Short headline here",
        "Is this a question?",
        "Snippet of text that is cut...",
        "Please enter your comment!",
        "Name *",
        "Share this:",
        "Facebook",
        "Jane says:",
        "FILE PHOTO: a ship. REUTERS/Jane Doe",
        "(Reporting by Jane Doe; Editing by John Roe)",
    ]
)


@SETTINGS
@given(st.lists(st.tuples(FRAGMENTS, st.sampled_from(["\n", "\n\n"])), max_size=14))
def test_cleanup_is_idempotent_on_jumbled_fragments(parts):
    """Whatever order junk, comments and metadata come in, a second pass takes nothing more."""
    text = "Title line here\n\n" + "".join(a + b for a, b in parts)
    once = PIPELINE.process(text)
    again = PIPELINE.process(render_text(once))
    assert _ours(again) == []
    assert again.comments == ()
