"""The seed article of issue 8: every quote and speaker (skipped when the shared seed is absent)."""

from __future__ import annotations

import pathlib

import pytest

import newskit
from newskit.quotes import plugin

SEED = pathlib.Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="shared seed article not here")


@pytest.fixture(scope="module")
def doc() -> newskit.Document:
    return newskit.Pipeline(plugins=[plugin], entry_points=False).process(SEED.read_text(encoding="utf-8"))


def quote(doc, words, kind=None):
    found = [q for q in doc.quotes if words in q.text and (kind is None or q.kind == kind)]
    assert found, f"no quote with {words!r}"
    return found[0]


def test_headline_quote_by_khalilzad(doc):
    q = next(q for q in doc.quotes if q.where == "title")
    assert q.text == "lion’s share of power" and q.speaker.name == "Zalmay Khalilzad"


def test_special_envoy_is_khalilzad(doc):
    q = quote(doc, "the lion’s share of power", "partial")
    assert q.speaker.text == "the special US envoy" and q.speaker.name == "Zalmay Khalilzad"


def test_direct_quotes_and_pronouns(doc):
    q = quote(doc, "At this point")
    assert q.kind == "direct" and q.speaker.name == "Zalmay Khalilzad"
    assert q.addressee.text == "the Aspen Security Forum"
    far = quote(doc, "They are far apart")
    assert len(far.parts) == 2 and far.speaker.text == "he" and far.speaker.name == "Zalmay Khalilzad"
    added = quote(doc, "struggle for a balance of power")
    assert added.cue.text == "added" and added.speaker.name == "Zalmay Khalilzad"


def test_price_with_role(doc):
    q = quote(doc, "condemned the ongoing Taliban attacks")
    assert (q.speaker.name, q.speaker.role) == ("Ned Price", "State Department spokesman")
    pariahs = quote(doc, "international pariahs")
    assert pariahs.speaker.name == "Ned Price" and pariahs.addressee.text == "reporters"
    assert "civil war" in pariahs.text


def test_nested_reports(doc):
    admin = quote(doc, "bringing the Taliban into the current government")
    assert admin.speaker.text == "Ghani’s administration"
    assert admin.reported_by.name == "Zalmay Khalilzad"
    taliban = quote(doc, "is the result of military occupation")
    assert taliban.speaker.text == "The Taliban" and taliban.reported_by.name == "Zalmay Khalilzad"


def test_indirect_speech(doc):
    speakers = {q.speaker.text for q in doc.quotes if q.kind == "indirect"}
    assert {"the US State Department", "The insurgents", "Khalilzad"} <= speakers


def test_green_zone_is_not_a_quote(doc):
    assert not [q for q in doc.quotes if "Green Zone" in q.text]


def test_people(doc):
    names = {p.name for p in doc.people}
    assert {"Zalmay Khalilzad", "Ned Price"} <= names
