"""Properties of dateline parsing on generated text: it never crashes and its spans are exact."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newskit.datelines.gazetteer import lookup
from newskit.datelines.parse import parse_dateline
from newskit.datelines.plugin import find_dateline
from newskit.model import Block, Document

PIECES = [
    "WASHINGTON", "Kabul", "NEW YORK", "PARIS", ", Texas", ", Fla.", ", Iraq", ", Nov 5", ", March 3, 2021",
    " (AP)", " (Reuters)", "(CNN)", " CNN", " /PRNewswire/", " —", " -", " --", " –", ":", " ", "\u00a0",
    "\n", "By Jane Doe", "Police said", "the", "(", ")", "/", ".", "St.", "D.C.", "2021",
]  # fmt: skip

dateline_like = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)
text = st.one_of(
    dateline_like, st.text(max_size=300), st.tuples(dateline_like, st.text(max_size=80)).map("".join)
)


@settings(max_examples=300, deadline=None)
@given(text)
def test_span_is_exact(t):
    dl = parse_dateline(t)
    if dl is not None:
        assert t[dl.start : dl.end] == dl.text
        assert dl.text and dl.text == dl.text.strip()
        assert dl.place is None or dl.place in dl.text
        assert dl.date is None or len(dl.date) in (7, 10)


@settings(max_examples=150, deadline=None)
@given(st.lists(text, min_size=1, max_size=4))
def test_documents(paragraphs):
    blocks = [Block("paragraph", p) for p in paragraphs if p.strip()]
    doc = Document(body=blocks)
    dl = find_dateline(doc, resolve=True)
    if dl is not None:
        assert doc.text[dl.start : dl.end] == dl.text


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=40),
    st.one_of(st.none(), st.text(max_size=20)),
    st.one_of(st.none(), st.text(max_size=3)),
)
def test_lookup_never_crashes(place, region, country):
    p = lookup(place, region, country)
    assert p is None or p.timezone
