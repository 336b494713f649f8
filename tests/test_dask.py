"""The Dask integration, on a real LocalCluster with several worker processes."""

from __future__ import annotations

import json
import pathlib

import pytest

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from newskit.dask import process_bag, sources_bag, to_row, write_jsonl, write_parquet  # noqa: E402

ARTICLES = [f"Harbour story {i}\n\nKARACHI: Paragraph of story {i}." for i in range(20)]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def test_bag_of_sources_to_documents_on_a_cluster(client, tmp_path):
    bag = db.from_sequence([(a, {"url": f"https://x.example/{i}"}) for i, a in enumerate(ARTICLES)], npartitions=4)
    results = process_bag(bag, entry_points=False).compute()
    assert sorted(r.document.title for r in results) == sorted(f"Harbour story {i}" for i in range(20))
    workers = client.run(lambda: __import__("os").getpid())
    assert len(set(workers.values())) == 2


def test_files_to_jsonl_and_parquet(client, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i, a in enumerate(ARTICLES[:6]):
        (src / f"a{i}.txt").write_text(a, encoding="utf-8")
    (src / "broken.jsonl").write_text('{"text": "Lone line"}\n', encoding="utf-8")
    results = process_bag(sources_bag([str(src)]), entry_points=False)
    files = write_jsonl(results, str(tmp_path / "out" / "*.jsonl"))
    lines = [json.loads(x) for f in files for x in pathlib.Path(f).read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 7
    # each document says which file (or record of a file) it came from
    keys = sorted(line["extensions"]["input"]["key"] for line in lines)
    assert keys == sorted([*(str(src / f"a{i}.txt") for i in range(6)), f"{src / 'broken.jsonl'}#1"])
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    write_parquet(results, str(tmp_path / "pq"))
    frame = pd.read_parquet(tmp_path / "pq")
    assert len(frame) == 7 and frame["ok"].all()
    assert set(frame["title"].dropna()) >= {"Harbour story 0"}


def test_failures_are_rows_not_gaps():
    bag = db.from_sequence([ARTICLES[0], 12345], npartitions=1)
    rows = [to_row(r) for r in process_bag(bag, entry_points=False).compute(scheduler="sync")]
    assert [r["ok"] for r in rows] == [True, False]
    assert "InputError" in rows[1]["error"]


def test_json_lines_stay_one_line_each_with_line_separators_in_the_text():
    from newskit.dask import to_json_lines

    text = "Harbour story\n\nKARACHI: A line\u2028separator and a paragraph\u2029separator."
    bag = db.from_sequence([text, ARTICLES[0]], npartitions=1)
    lines = to_json_lines(process_bag(bag, entry_points=False)).compute(scheduler="sync")
    assert len(lines) == 2 and all("\u2028" not in line and "\n" not in line for line in lines)
    assert json.loads(lines[0])["text"].count("\u2028") == 1


def test_unreadable_records_become_failed_rows_naming_their_place(tmp_path):
    src = tmp_path / "feed.jsonl"
    src.write_text('{"text": "Harbour story\\n\\nA paragraph."}\n{not json\n', encoding="utf-8")
    results = process_bag(sources_bag([str(src)]), entry_points=False).compute(scheduler="sync")
    rows = [to_row(r) for r in results]
    assert [r["ok"] for r in rows] == [True, False]
    assert [r["label"] for r in rows] == [f"{src}#1", f"{src}#2"]
    assert "not valid JSON" in rows[1]["error"]
