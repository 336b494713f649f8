"""The literal a fingerprint requires: never one a match can lack, so skipping is safe."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newskit.sites.literals import required_literal
from newskit.sites.rules import Fingerprints

WORDS = st.sampled_from(["Guardian", "News", "Media", "inews", "co", "uk", "The", "x", "Ltd", "©", "2024"])
PIECES = st.one_of(
    WORDS.map(re.escape),
    st.just(r"\."),
    st.just(" "),
    st.just(r"\d{4}"),
    st.just(r".{0,5}"),
    st.just(r"\b"),
    st.just(r"\s*"),
    st.tuples(WORDS, WORDS).map(lambda ab: f"(?:{re.escape(ab[0])}|{re.escape(ab[1])})"),
    WORDS.map(lambda w: re.escape(w) + "?"),
    WORDS.map(lambda w: re.escape(w) + "+"),
    WORDS.map(lambda w: f"[{re.escape(w)}]"),
)
PATTERNS = st.lists(PIECES, min_size=1, max_size=6).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), pattern=PATTERNS)
def test_every_match_contains_the_required_literal(data, pattern):
    text = data.draw(st.from_regex(re.compile(pattern), fullmatch=True))
    literal = required_literal(pattern)
    assert literal is None or literal in text.lower(), (pattern, text, literal)


@given(pattern=st.text(max_size=40))
def test_any_pattern_text_gives_a_literal_or_none(pattern):
    literal = required_literal(pattern)
    assert literal is None or (
        isinstance(literal, str) and (len(literal.strip()) >= 4 or not literal.strip().isascii())
    )


def test_a_short_literal_beyond_ascii_is_kept():
    assert required_literal(r"© (?:The Ledger|Ledger Media)\.?.{0,80}") == "© "
    assert required_literal(r"(c) (?:The Ledger|Ledger Media)") is None  # short and common: no test


def test_fingerprints_found_with_and_without_their_literal_prefilter():
    fp = Fingerprints(lines=(r"© \d{4} Harbour Media Ltd\.?", r".{0,40}\bharbour\.example\b.{0,40}"), min_lines=1)
    page = "Headline\n\nBody text.\n\n  © 2025 HARBOUR MEDIA LTD  \nVisit harbour.example today\n"
    assert fp.text_hits(page) == 2
    assert fp.text_hits(page.replace("\n", "\r\n")) == 2  # other line breaks: the line-by-line path
    assert fp.text_hits("Headline\n\nNothing of the site here.\n") == 0
    # A fingerprint line inside a longer line is not a whole-line match.
    assert fp.text_hits("He said © 2025 Harbour Media Ltd was sold.\n") == 0
