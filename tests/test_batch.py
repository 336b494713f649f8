"""process_many: streaming, ordering, failures as results, workers."""

from __future__ import annotations

import pathlib

import pytest

import newskit
from newskit import process_many

ARTICLES = [f"Headline number {i}\n\nKARACHI: Paragraph {i} of the story." for i in range(12)]


def titles(results):
    return [r.document.title for r in results]


def test_serial_results_in_order_with_metadata():
    items = [
        (a, {"url": f"https://x.example/{i}", "published": "2021-08-04T09:00+05:00"})
        for i, a in enumerate(ARTICLES)
    ]
    results = list(process_many(items, workers=1, entry_points=False))
    assert [r.index for r in results] == list(range(12))
    assert results[3].document.url == "https://x.example/3"
    assert results[3].label == "https://x.example/3"
    assert results[3].document.published.isoformat() == "2021-08-04T09:00:00+05:00"


def test_parallel_equals_serial():
    serial = list(process_many(ARTICLES, workers=1, entry_points=False))
    parallel = list(process_many(ARTICLES, workers=2, entry_points=False, max_in_flight=3))
    assert [r.document for r in parallel] == [r.document for r in serial]
    unordered = list(process_many(iter(ARTICLES), workers=2, ordered=False, entry_points=False))
    assert sorted(r.index for r in unordered) == list(range(12))


def test_failures_become_results_or_raise(tmp_path):
    missing = tmp_path / "missing.txt"
    items = [ARTICLES[0], missing, ARTICLES[1]]
    results = list(process_many(items, workers=1, entry_points=False))
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].error.type == "InputError" and "cannot read" in results[1].error.message
    assert results[1].label == str(missing)
    with pytest.raises(newskit.NewskitError, match=r"missing\.txt"):
        list(process_many(items, workers=1, entry_points=False, on_error="raise"))


def test_paths_and_bytes_in_workers(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLES[5], encoding="utf-8")
    results = list(
        process_many([pathlib.Path(path), ARTICLES[6].encode("cp1252")], workers=2, entry_points=False)
    )
    assert titles(results) == ["Headline number 5", "Headline number 6"]


def test_bad_arguments():
    with pytest.raises(newskit.InputError, match="on_error"):
        list(process_many(ARTICLES, on_error="ignore"))
    with pytest.raises(newskit.InputError, match="unknown metadata key 'author'"):
        list(process_many([(ARTICLES[0], {"author": "x"})], workers=1, entry_points=False))


@pytest.mark.parametrize("workers", [1, 2])
def test_format_renders_where_the_document_is_made(workers):
    results = list(process_many(ARTICLES, workers=workers, entry_points=False, format="text"))
    assert all(r.ok and r.document is None for r in results)
    assert results[4].output.startswith("Headline number 4\n")
    lines = list(process_many(ARTICLES[:3], workers=workers, entry_points=False, format="jsonl"))
    docs = [newskit.Document.from_json(r.output) for r in lines]
    assert [d.title for d in docs] == ["Headline number 0", "Headline number 1", "Headline number 2"]


def test_unknown_format_fails_each_document_clearly():
    results = list(process_many(ARTICLES[:2], workers=1, entry_points=False, format="nope"))
    assert [r.ok for r in results] == [False, False]
    assert results[0].error.type == "UnknownFormatError" and "nope" in results[0].error.message


@pytest.mark.parametrize(("chunksize", "window"), [(1, None), (5, None), (5, 3), (50, None)])
def test_chunks_keep_order_and_every_document(chunksize, window):
    results = list(
        process_many(
            ARTICLES, workers=2, entry_points=False, chunksize=chunksize, max_in_flight=window, format="text"
        )
    )
    assert [r.index for r in results] == list(range(12))
    assert [r.output.split("\n")[0] for r in results] == [f"Headline number {i}" for i in range(12)]


def test_chunksize_must_be_positive():
    with pytest.raises(newskit.InputError, match="chunksize"):
        list(process_many(ARTICLES, chunksize=0))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"workers": "2"}, "workers must be a whole number of at least 0"),
        ({"workers": -1}, "workers must be"),
        ({"max_in_flight": 0}, "max_in_flight must be"),
        ({"chunksize": "8"}, "chunksize must be"),
        ({"plugins": "newskit_example"}, "plugins must be a list"),
        ({"plugins": ["no_such_plugin_module"], "workers": 2}, "cannot be imported"),
    ],
)
def test_options_of_the_wrong_kind_are_input_errors(options, message):
    with pytest.raises(newskit.InputError, match=message):
        list(process_many(ARTICLES, entry_points=False, **options))


def test_a_plugin_that_cannot_load_is_named_before_workers_start():
    with pytest.raises(newskit.PluginError, match="implements no newskit hook"):
        list(process_many(ARTICLES, workers=2, entry_points=False, plugins=[object()]))


@pytest.mark.parametrize("workers", [1, 2])
def test_an_input_id_is_kept_in_the_document(workers):
    jobs = [(ARTICLES[0], {"id": "rec-1"}), (ARTICLES[1], {"id": 2}), ARTICLES[2]]
    results = list(process_many(jobs, workers=workers, entry_points=False))
    ids = [r.document.extensions.get("input", {}).get("id") for r in results]
    assert ids == ["rec-1", 2, None]
    again = newskit.Document.from_json(newskit.Pipeline(entry_points=False).render(results[0].document, "json"))
    assert again == results[0].document
    with pytest.raises(newskit.InputError, match="'id' must be a string or a number"):
        list(process_many([(ARTICLES[0], {"id": ["x"]})], workers=1, entry_points=False))


@pytest.mark.parametrize("workers", [1, 2])
def test_an_input_key_names_the_result_and_is_kept_in_the_document(workers):
    jobs = [(ARTICLES[0], {"key": "feed.jsonl#1", "id": 7}), (ARTICLES[1], {"key": "feed.jsonl#2", "url": "https://x.example/b"})]
    results = list(process_many(jobs, workers=workers, entry_points=False))
    assert [r.label for r in results] == ["feed.jsonl#1", "https://x.example/b"]  # a URL names it better
    assert [r.document.extensions["input"] for r in results] == [{"id": 7, "key": "feed.jsonl#1"}, {"key": "feed.jsonl#2"}]
    with pytest.raises(newskit.InputError, match="'key' must be a string"):
        list(process_many([(ARTICLES[0], {"key": 3})], workers=1, entry_points=False))
