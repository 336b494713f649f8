"""The ``csv`` format: quotes, times or removals as an RFC 4180 table that reads back exactly."""

from __future__ import annotations

import csv
import datetime as dt
import io
import pathlib
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit
from newskit.model import (
    Block,
    Document,
    Interval,
    Mention,
    Person,
    Quote,
    Removal,
    Speaker,
    TimeExpression,
)
from newskit.renderers import csv as csv_format
from newskit.renderers.csv import TABLES, render_csv, write_csv

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from format_strategies import documents

PROPERTY = settings(max_examples=120, deadline=None)


@pytest.fixture(scope="module")
def pipeline() -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[csv_format], entry_points=False)


def read(out: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(out, newline="")))


def records(out: str) -> list[dict[str, str]]:
    header, *rows = read(out)
    assert all(len(r) == len(header) for r in rows)
    return [dict(zip(header, r, strict=True)) for r in rows]


def cell(value: object) -> str:
    """What a value must read back as: empty for None, text with NUL as U+FFFD."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return str(value).replace("\x00", "\ufffd")


def ferry_document() -> Document:
    p1 = "PORT ELSBY, March 3: The night ferry to Orrin Sound sails again from Monday, the operator said."
    p2 = '"We have the crews, and the weather," said harbour master Tove Arkell.'
    text = p1 + "\n\n" + p2
    q_start = text.index('"We')
    q_end = text.index(" said harbour")
    cue_start = text.index("said harbour")
    sp_start = text.index("harbour master")
    monday = text.index("Monday")
    return Document(
        url="https://orrin.example/news/ferry,returns",
        title="Night ferry returns to Orrin Sound",
        body=[Block("paragraph", p1), Block("paragraph", p2)],
        quotes=[
            Quote(
                text[q_start:q_end],
                kind="direct",
                start=q_start,
                end=q_end,
                parts=[Mention(text[q_start:q_end], start=q_start, end=q_end)],
                cue=Mention("said", start=cue_start, end=cue_start + 4),
                speaker=Speaker(
                    text[sp_start : len(text) - 1],
                    start=sp_start,
                    end=len(text) - 1,
                    role="harbour master",
                    person="p1",
                ),
            )
        ],
        people=[Person("p1", "Tove Arkell", roles=["harbour master"], quotes=[0])],
        times=[
            TimeExpression(
                "Monday",
                type="DATE",
                value="2025-03-10",
                start=monday,
                end=monday + 6,
                timezone="Europe/Oslo",
                interval=Interval(
                    dt.datetime(2025, 3, 9, 23, tzinfo=dt.timezone.utc),
                    dt.datetime(2025, 3, 10, 23, tzinfo=dt.timezone.utc),
                ),
                anchor="dateline",
            )
        ],
        removed=[Removal("Share this article", reason="boilerplate", rule="share-line", plugin="junk")],
    )


def test_registered_with_the_table_option(pipeline: newskit.Pipeline) -> None:
    fmt = pipeline.formats()["csv"]
    assert (fmt.media_type, fmt.extension, fmt.options) == ("text/csv", "csv", ("table",))


def test_quotes_table_is_the_default(pipeline: newskit.Pipeline) -> None:
    doc = ferry_document()
    out = pipeline.render(doc, "csv")
    assert out == pipeline.render(doc, "csv", table="quotes")
    assert out.endswith("\r\n")
    [row] = records(out)
    q = doc.quotes[0]
    assert row == {
        "url": "https://orrin.example/news/ferry,returns",
        "title": "Night ferry returns to Orrin Sound",
        "index": "0",
        "speaker": "Tove Arkell",  # from the person the speaker resolves to
        "speaker_role": "harbour master",
        "speaker_mention": "harbour master Tove Arkell",
        "person": "p1",
        "kind": "direct",
        "cue": "said",
        "text": '"We have the crews, and the weather,"',
        "start": str(q.start),
        "end": str(q.end),
        "source_start": "",
        "source_end": "",
    }
    # the quote marks and the comma inside the quote are quoted as RFC 4180 asks
    assert '"""We have the crews, and the weather,"""' in out


def test_times_table(pipeline: newskit.Pipeline) -> None:
    [row] = records(pipeline.render(ferry_document(), "csv", table="times"))
    assert row["text"] == "Monday"
    assert (row["type"], row["value"], row["mod"]) == ("DATE", "2025-03-10", "")
    assert row["timezone"] == "Europe/Oslo"
    assert row["interval_start"] == "2025-03-09T23:00:00+00:00"
    assert row["interval_end"] == "2025-03-10T23:00:00+00:00"
    assert (row["anchor"], row["same_as"]) == ("dateline", "")
    assert (row["freq"], row["quant"]) == ("", "")


def test_times_table_has_the_set_attributes(pipeline: newskit.Pipeline) -> None:
    text = "The night ferry sails every Sunday."
    doc = Document(
        body=[Block("paragraph", text)],
        times=[TimeExpression("every Sunday", type="SET", value="XXXX-WXX-7", quant="EVERY", start=22, end=34)],
    )
    [row] = records(pipeline.render(doc, "csv", table="times"))
    assert (row["type"], row["value"], row["freq"], row["quant"]) == ("SET", "XXXX-WXX-7", "", "EVERY")


def test_removed_table(pipeline: newskit.Pipeline) -> None:
    [row] = records(pipeline.render(ferry_document(), "csv", table="removed"))
    assert (row["text"], row["reason"], row["rule"], row["plugin"]) == (
        "Share this article",
        "boilerplate",
        "share-line",
        "junk",
    )
    assert row["field"] == row["at"] == row["locator"] == ""


@pytest.mark.parametrize("table", sorted(TABLES))
def test_header_row_even_without_rows(pipeline: newskit.Pipeline, table: str) -> None:
    out = pipeline.render(Document(title="Nothing said"), "csv", table=table)
    assert read(out) == [list(TABLES[table])]


def test_unknown_table_names_the_choices(pipeline: newskit.Pipeline) -> None:
    with pytest.raises(newskit.InputError, match=r"'people'.*quotes, times, removed"):
        pipeline.render(ferry_document(), "csv", table="people")
    with pytest.raises(newskit.InputError, match="quotes, times, removed"):
        write_csv([], io.StringIO(), table="")


def expected_quote(doc: Document, i: int, q: Quote) -> dict[str, str]:
    sp = q.speaker
    name = sp.name if sp else None
    if sp and name is None and sp.person:
        name = {p.id: p.name for p in doc.people}.get(sp.person)
    values = {
        "url": doc.url,
        "title": doc.title,
        "index": i,
        "speaker": name,
        "speaker_role": sp.role if sp else None,
        "speaker_mention": sp.text if sp else None,
        "person": sp.person if sp else None,
        "kind": q.kind,
        "cue": q.cue.text if q.cue else None,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "source_start": q.source_start,
        "source_end": q.source_end,
    }
    return {k: cell(v) for k, v in values.items()}


def expected_time(doc: Document, i: int, t: TimeExpression) -> dict[str, str]:
    values = {
        "url": doc.url,
        "title": doc.title,
        "index": i,
        "text": t.text,
        "type": t.type,
        "value": t.value,
        "mod": t.mod,
        "timezone": t.timezone,
        "interval_start": t.interval.start if t.interval else None,
        "interval_end": t.interval.end if t.interval else None,
        "anchor": t.anchor,
        "same_as": t.same_as,
        "freq": t.freq,
        "quant": t.quant,
        "start": t.start,
        "end": t.end,
        "source_start": t.source_start,
        "source_end": t.source_end,
    }
    return {k: cell(v) for k, v in values.items()}


def expected_removal(doc: Document, i: int, r: Removal) -> dict[str, str]:
    values = {
        "url": doc.url,
        "title": doc.title,
        "index": i,
        "text": r.text,
        "reason": r.reason,
        "rule": r.rule,
        "plugin": r.plugin,
        "field": r.field,
        "at": r.at,
        "source_start": r.source_start,
        "source_end": r.source_end,
        "locator": r.locator,
    }
    return {k: cell(v) for k, v in values.items()}


EXPECTED = {
    "quotes": lambda d: [expected_quote(d, i, q) for i, q in enumerate(d.quotes)],
    "times": lambda d: [expected_time(d, i, t) for i, t in enumerate(d.times)],
    "removed": lambda d: [expected_removal(d, i, r) for i, r in enumerate(d.removed)],
}


@PROPERTY
@given(documents(), st.sampled_from(sorted(TABLES)))
def test_csv_reader_reads_back_exactly_the_values(doc: Document, table: str) -> None:
    out = render_csv(doc, table=table)
    header = read(out)[0]
    assert header == list(TABLES[table])
    assert records(out) == EXPECTED[table](doc)
    assert render_csv(doc, table=table) == out  # deterministic, byte for byte
    assert "\x00" not in out


@settings(max_examples=40, deadline=None)
@given(st.lists(documents(max_blocks=3), max_size=3), st.sampled_from(sorted(TABLES)))
def test_write_csv_writes_one_header_and_every_row(docs: list[Document], table: str) -> None:
    buf = io.StringIO(newline="")
    count = write_csv(iter(docs), buf, table=table)
    expected = [row for d in docs for row in EXPECTED[table](d)]
    assert count == len(expected)
    assert records(buf.getvalue()) == expected
    # the same as the single-document renders with their headers dropped
    singles = "".join(render_csv(d, table=table).split("\r\n", 1)[1] for d in docs)
    assert buf.getvalue() == render_csv(Document(), table=table) + singles


def test_write_csv_to_a_path(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "quotes.csv"
    assert write_csv([ferry_document(), ferry_document()], path) == 2
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["speaker"] for r in rows] == ["Tove Arkell", "Tove Arkell"]
