"""The model's fast constructors for built-in stages build what the public constructors build."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from newskit import model
from newskit.model import Mention, Person, Quote, Speaker


def test_trusted_fields_are_the_attrs_fields() -> None:
    for cls, names in model._TRUSTED_FIELDS.items():
        assert names == tuple(f.name for f in attrs.fields(cls)), cls.__name__


def test_trusted_objects_equal_public_ones() -> None:
    text = "“We need the berths,” said Amina Qureshi."
    part = model._mention(text[1:19], 1, 19, "body")
    assert part == Mention(text[1:19], start=1, end=19)
    cue = model._mention("said", 22, 26, "title")
    assert cue == Mention("said", start=22, end=26, where="title")
    sp = model._speaker("Amina Qureshi", 27, 40, "Amina Qureshi", None, "amina-qureshi", "body")
    assert sp == Speaker("Amina Qureshi", start=27, end=40, name="Amina Qureshi", person="amina-qureshi")
    q = model._quote(part.text, "direct", 0, 21, (part,), cue, sp, None, None, "body")
    assert q == Quote(part.text, kind="direct", start=0, end=21, parts=(part,), cue=cue, speaker=sp)
    assert hash(q) == hash(
        Quote(part.text, kind="direct", start=0, end=21, parts=(part,), cue=cue, speaker=sp)
    )
    p = model._person("amina-qureshi", "Amina Qureshi", ["Qureshi"], [], [0])
    assert p == Person("amina-qureshi", "Amina Qureshi", variants=("Qureshi",), quotes=(0,))


def test_trusted_times_equal_public_ones() -> None:
    utc = dt.timezone.utc
    iv = model._interval(dt.datetime(2025, 3, 4, tzinfo=utc), dt.datetime(2025, 3, 5, tzinfo=utc))
    assert iv == model.Interval(dt.datetime(2025, 3, 4, tzinfo=utc), dt.datetime(2025, 3, 5, tzinfo=utc))
    t = model._time("Tuesday", "DATE", "2025-03-04", 3, 10, timezone="UTC", interval=iv, anchor="published")
    public = model.TimeExpression(
        "Tuesday", type="DATE", value="2025-03-04", start=3, end=10, timezone="UTC", interval=iv, anchor="published"
    )
    assert t == public and hash(t) == hash(public)
    assert model._time("every week", "SET", "P1W", 0, 10, quant="EVERY", alternatives=["P7D"]).alternatives == ("P7D",)


def test_trusted_times_still_check_what_the_model_requires() -> None:
    utc = dt.timezone.utc
    with pytest.raises(ValueError, match="after"):
        model._interval(dt.datetime(2025, 3, 5, tzinfo=utc), dt.datetime(2025, 3, 4, tzinfo=utc))
    with pytest.raises(ValueError, match="aware"):
        model._interval(dt.datetime(2025, 3, 4), dt.datetime(2025, 3, 5))
    with pytest.raises(ValueError):
        model._time("x", "WEEK", "X", 0, 1)
    with pytest.raises(ValueError):
        model._time("x", "DATE", "X", 2, 1)


def test_trusted_constructors_still_check_spans_and_kinds() -> None:
    with pytest.raises(ValueError):
        model._mention("x", 5, 4)
    with pytest.raises(ValueError):
        model._speaker("x", -1, 0, None, None, None)
    with pytest.raises(ValueError):
        model._quote("x", "rumour", 0, 1, (), None, None, None, None)


def test_annotated_checks_only_what_is_added() -> None:
    doc = model.Document(body=[model.Block("paragraph", "Harbour board backs pier, chair said.")])
    ok = Quote("x", kind="indirect", start=0, end=5, parts=(Mention("Harbo", start=0, end=5),))
    new = doc._annotated(quotes=(ok,))
    assert new == attrs.evolve(doc, quotes=(ok,)) and new.text == doc.text
    bad = Quote("x", kind="indirect", start=0, end=5, parts=(Mention("Nope!", start=0, end=5),))
    with pytest.raises(ValueError, match="does not match"):
        new._annotated(quotes=(*new.quotes, bad))
    with pytest.raises(ValueError, match="does not match"):
        attrs.evolve(new, quotes=(*new.quotes, bad))
    t = model.TimeExpression("Harbour", type="DATE", value="X", start=0, end=7, same_as=3)
    with pytest.raises(ValueError, match="same_as"):
        doc._annotated(times=(t,))
    with pytest.raises(TypeError):
        doc._annotated(body=())


@attrs.frozen(slots=False)
class _TaggedMention(Mention):
    """A plugin's own annotation class: slotted fields from the model, one in the instance dict."""

    tag: str = "x"


@pytest.mark.parametrize("obj", [Mention("pier", start=4, end=8), _TaggedMention("pier", start=4, end=8, tag="port")])
def test_copies_set_every_field_slotted_or_not(obj) -> None:
    moved = model._with_source(obj, 10, 14)
    assert type(moved) is type(obj)
    assert attrs.evolve(obj, source_start=10, source_end=14) == moved
    assert model._replace(obj) == obj and model._replace(obj) is not obj
    assert model._replace(obj, text="Pier") == attrs.evolve(obj, text="Pier")
