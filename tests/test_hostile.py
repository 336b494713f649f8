"""Hostile and broken input: every case gives a document or a clear newskit error, in linear time.

The time bound is generous (it catches blow-ups, not slowness): CPU time, so
that a loaded machine does not fail it, at 15 s per megabyte.
"""

from __future__ import annotations

import json
import random
import time

import pytest

import newskit
from newskit.accounting import unaccounted


def bound(size: int) -> float:
    """CPU seconds allowed: far above normal (about 1-6 s/MB), far below any quadratic blow-up."""
    return 5.0 + 15.0 * size / 1_000_000


def case_nested_tags(n: int = 100_000) -> str:
    return "<html><body>" + "<div>" * n + "deep text" + "</div>" * n + "</body></html>"


def case_random_bytes(n: int = 1_000_000) -> bytes:
    rng = random.Random(7)
    return bytes(rng.getrandbits(8) for _ in range(n))


def _name(i: int) -> str:
    """A distinct two-word name for *i*: ``Bac Dab``."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    word = "".join(letters[int(d)] for d in str(i))
    return f"B{word} D{word[::-1]}"


CASES = {
    "empty": "",
    "whitespace": " \n\t\r\n  \u00a0\u2028 ",
    "nul bytes": "Headline\x00\n\nBody\x00 text \x00 here.",
    "lone surrogate": "Headline \ud800 here\n\nKABUL: Body \udfff text.",
    "binary junk": case_random_bytes(),
    "one 8 MB line": "word " * 1_600_000,
    "100,000 nested tags": case_nested_tags(),
    "50,000 unmatched quote marks": "Headline\n\n" + "He said “ and then " * 50_000,
    "50,000 straight quotes": 'A "b ' * 50_000,
    "25,000 closed quotes in one sentence": "Headline\n\n" + '"a" ' * 25_000,
    "25,000 sentences with a cue in one paragraph": "Headline\n\n" + "Ann Lo told reporters! " * 25_000,
    "4,000 presidents, each the president who spoke": "Headline\n\n"
    + "\n\n".join(f"President {_name(i)} spoke. “Yes,” the president said." for i in range(4_000)),
    "20,000 names between pronoun quotes in one paragraph": "Headline\n\n"
    + " ".join(f"“Yes,” he said. {_name(i)} spoke." for i in range(20_000)),
    "60,000 cues in one sentence": "Headline\n\n“Yes,” " + "Lo said, adding that " * 60_000 + "it rained.",
    "thousands of datelines": "\n\n".join("KABUL (Reuters) - WASHINGTON: ISLAMABAD -" for _ in range(5_000)),
    "thousands of weekdays": "Headline\n\n" + "on Tuesday (early Wednesday in Pakistan) " * 20_000,
    "html with only scripts": "<html><head><script>" + "var a=1;" * 100_000 + "</script></head></html>",
    "declared wrong charset": '<meta charset="shift_jis"><p>Caf\xe9 au lait</p>'.encode("latin-1"),
    "unclosed comment": "<html><!-- " + "x" * 1_000_000,
    "many short lines": "a\n" * 500_000,
}


@pytest.fixture(scope="module")
def pipeline():
    return newskit.Pipeline(entry_points=False, on_error="raise")


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input_gives_a_document_or_a_clear_error_quickly(pipeline, name):
    source = CASES[name]
    size = len(source)
    t = time.process_time()
    try:
        doc = pipeline.process(source)
    except newskit.InputError as e:
        assert str(e)  # a message a person can act on
        return
    out = pipeline.render(doc, "json")
    elapsed = time.process_time() - t
    assert elapsed < bound(size), f"{name}: {elapsed:.1f}s for {size} characters"
    json.loads(out)
    out.encode("utf-8")  # writable: no lone surrogates
    if isinstance(source, str) and doc.input_kind == "text":
        assert unaccounted(doc, source.replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")) == []


def test_size_limit_is_a_clear_error():
    small = newskit.Pipeline(entry_points=False, max_bytes=1000)
    with pytest.raises(newskit.InputError, match="size limit of 1000"):
        small.process("x" * 1001)
    with pytest.raises(newskit.InputError, match="size limit"):
        small.process(b"x" * 1001)


def test_wrong_source_type_is_a_clear_error(pipeline):
    with pytest.raises(newskit.InputError, match="not int"):
        pipeline.process(12345)  # type: ignore[arg-type]


def test_html_entities_are_not_expanded_and_nothing_is_read(pipeline, tmp_path):
    """No XXE, no billion laughs: entities declared in a page stay as written."""
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT", encoding="utf-8")
    laughs = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {n} "{("&" + p + ";") * 10}">' for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    page = (
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret.as_uri()}">{laughs}]>'
        "<html><body><p>Leak: &xxe; and laughs: &i; at the end of the paragraph.</p></body></html>"
    )
    t = time.process_time()
    doc = pipeline.process(page)
    assert time.process_time() - t < bound(len(page))
    out = pipeline.render(doc, "json")
    assert "SECRET-CONTENT" not in out
    assert "aaaaaaaaaaaaaaaaaaaa" not in out
