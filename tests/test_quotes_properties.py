"""Properties: never crashes, spans valid, unbalanced marks, independence from unrelated text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newskit
from newskit.quotes import plugin
from newskit.quotes.verbs import english_forms, inflections

PIPELINE = newskit.Pipeline(plugins=[plugin], entry_points=False)
PIECES = st.sampled_from(
    ["“", "”", '"', "'", "‘", "’", "«", "»", "„", " said ", " Ann Lo", " he ", ", ", ". ", "\n\n", "\n",
     " according to ", "We won", " told reporters", ": ", "’s", " the mayor"]
)  # fmt: skip
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join)


def check(doc: newskit.Document) -> None:
    for q in doc.quotes:
        text = doc.text_of(q.where)
        for m in (*q.parts, q.cue, q.speaker, q.addressee, q.reported_by):
            if m is not None:
                assert text[m.start : m.end] == m.text
    for p in doc.people:
        assert all(0 <= i < len(doc.quotes) for i in p.quotes)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_never_crashes_and_spans_are_valid(text):
    check(PIPELINE.process("Headline: Lo\n\n" + text))


@settings(max_examples=100, deadline=None)
@given(TEXTS)
def test_unrelated_text_elsewhere_changes_nothing(text):
    base = "“We stay careful,” Ann Lo said.\n\nThe pier opened in May."
    def found(quotes):
        # What was found where; the resolved name and role may legitimately use
        # later mentions of the same person ("the mayor Ann Lo"), so they are left out.
        return [(q.text, q.kind, q.start, q.end, q.speaker and q.speaker.text) for q in quotes]

    before = PIPELINE.process("Pier\n\n" + base).quotes
    after = PIPELINE.process("Pier\n\n" + base + "\n\n" + text.replace("\n", " ") + " x").quotes
    assert found(after[: len(before)]) == found(before)


def test_inflections():
    assert inflections("say") == ("say", "says", "said", "saying")
    assert inflections("argue") == ("argue", "argues", "argued", "arguing")
    assert inflections("point out")[2] == "pointed out"
    assert {"according to", "told", "tweeted", "acknowledges"} <= english_forms()


def test_hook_contributes_english_only():
    assert "said" in PIPELINE.plugin_set.pm.hook.newskit_speech_verbs(language="en")[0]
    assert not [v for v in PIPELINE.plugin_set.pm.hook.newskit_speech_verbs(language="de") if v]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-1, 30), min_size=1, max_size=12), st.integers(-2, 32))
def test_speaker_lookup_by_introduction_matches_a_scan(firsts, at):
    """The indexed lookup picks whom a scan of every person would: the latest before, else the first."""
    from newskit.quotes.speakers import Individual, _ByIntroduction

    people = [Individual(f"p{i}", f"P {i}", first) for i, first in enumerate(firsts)]
    index = _ByIntroduction()
    for rank, ind in reversed(list(enumerate(people))):  # added in any order: the rank decides ties
        index.add(ind, rank)
    before = [p for p in people if p.first <= at]
    expected = max(before, key=lambda p: p.first) if before else min(people, key=lambda p: p.first)
    assert index.pick(at) is expected
