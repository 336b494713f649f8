"""newskit process over directories, globs, JSONL and WARC, with resume and workers."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from newskit.cli import main


@pytest.fixture(autouse=True)
def _no_third_party_plugins(monkeypatch):
    monkeypatch.setenv("NEWSKIT_NO_ENTRY_POINTS", "1")


def article(i: int) -> str:
    return f"Harbour story {i}\n\nKARACHI: Paragraph of story {i}.\n"


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    for i in range(3):
        (tmp_path / "in" / f"a{i}.txt").write_text(article(i), encoding="utf-8")
    (tmp_path / "in" / "sub" / "b.html").write_text(
        "<html><head><title>Dock page</title></head><body><article><p>"
        + "Cargo moved. " * 10
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "in" / "notes.md").write_text("ignored", encoding="utf-8")
    return tmp_path


def test_directory_is_searched_recursively_as_json_lines(tree, capsys):
    assert main(["process", str(tree / "in")]) == 0
    docs = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [d["title"] for d in docs] == [
        "Harbour story 0",
        "Harbour story 1",
        "Harbour story 2",
        "Dock page",
    ]


def test_glob_and_workers(tree, capsys):
    assert main(["process", str(tree / "in" / "*.txt"), "--workers", "2"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_jsonl_input_with_metadata(tmp_path, capsys):
    src = tmp_path / "feed.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as fh:
        fh.write(
            json.dumps(
                {"text": article(7), "url": "https://x.example/7", "published": "2021-08-04T09:00+05:00"}
            )
            + "\n\n"
        )
        fh.write(
            json.dumps({"html": "<p>Only a paragraph of page text here.</p>", "url": "https://x.example/8"})
            + "\n"
        )
    assert main(["process", str(src)]) == 0
    first, second = (json.loads(x) for x in capsys.readouterr().out.splitlines())
    assert (first["url"], first["published"]) == ("https://x.example/7", "2021-08-04T09:00:00+05:00")
    assert second["input_kind"] == "html"


def test_bad_jsonl_record_is_an_error_naming_the_line(tmp_path, capsys):
    src = tmp_path / "feed.jsonl"
    src.write_text(
        json.dumps({"text": article(1)}) + "\n" + json.dumps({"body": "x"}) + "\n", encoding="utf-8"
    )
    assert main(["process", str(src)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1 and "feed.jsonl#2" in err


def test_output_dir_and_resume(tree, capsys):
    out_dir = tree / "out"
    assert main(["process", str(tree / "in"), "--output-dir", str(out_dir), "--format", "text"]) == 0
    files = sorted(p.name for p in out_dir.iterdir())
    assert len(files) == 4 and all(f.endswith(".txt") for f in files)
    (out_dir / files[0]).unlink()
    assert (
        main(["process", str(tree / "in"), "--output-dir", str(out_dir), "--format", "text", "--resume"]) == 0
    )
    assert sorted(p.name for p in out_dir.iterdir()) == files


def test_resume_jsonl_output_does_not_duplicate(tree, capsys):
    out = tree / "docs.jsonl"
    assert main(["process", str(tree / "in" / "a0.txt"), str(tree / "in" / "a1.txt"), "-o", str(out)]) == 0
    assert main(["process", str(tree / "in"), "-o", str(out), "--resume"]) == 0
    titles = [json.loads(x)["title"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(titles) == ["Dock page", "Harbour story 0", "Harbour story 1", "Harbour story 2"]


def test_a_failing_input_does_not_stop_the_others(tree, capsys):
    code = main(
        ["process", str(tree / "in" / "a0.txt"), str(tree / "missing.txt"), str(tree / "in" / "a1.txt")]
    )
    out, err = capsys.readouterr()
    assert code == 1 and len(out.splitlines()) == 2 and "missing.txt" in err


def test_usage_errors(tree, capsys):
    assert main(["process", str(tree / "in"), "--resume"]) == 2
    assert main(["process", str(tree / "in"), "--url", "https://x.example"]) == 2
    assert main(["process", str(tree / "nothing-*.txt")]) == 1
    assert "no file matches" in capsys.readouterr().err


HTML = [("Content-Type", "text/html")]


def _page(title: str, words: int = 30) -> bytes:
    return f"<html><head><title>{title}</title></head><body><article><p>{'Words here. ' * words}</p></article></body></html>".encode()


def _write_warc(path, responses, *, compress=False):
    """Write *responses*, ``(url, body, http headers, status)`` tuples, as WARC response records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        for url, body, headers, status in responses:
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))


def test_warc_response_records(tmp_path, capsys):
    warcio = pytest.importorskip("warcio")
    path = tmp_path / "crawl.warc.gz"
    page = [("Content-Type", "text/html; charset=utf-8")]
    _write_warc(
        path,
        [
            ("https://x.example/0", _page("Page 0", 8), page, "200 OK"),
            ("https://x.example/1", b"not html", [("Content-Type", "image/png")], "200 OK"),
        ],
        compress=True,
    )
    assert warcio
    assert main(["process", str(path)]) == 0
    [doc] = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert (doc["url"], doc["title"]) == ("https://x.example/0", "Page 0")


def test_unreadable_records_are_reported_and_the_run_goes_on(tmp_path, capsys):
    src = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": article(1)}).encode(),
        b"\xff\xfe not UTF-8",
        b"{not json",
        json.dumps({"html": ["a list"]}).encode(),
        json.dumps({"text": article(2), "url": 7}).encode(),
        json.dumps({"text": article(3)}).encode(),
    ]
    src.write_bytes(b"\n".join(lines) + b"\n")
    assert main(["process", str(src)]) == 1
    out, err = capsys.readouterr()
    titles = [json.loads(x)["title"] for x in out.splitlines()]
    assert titles == ["Harbour story 1", "Harbour story 3"]
    for n, why in [(2, "not UTF-8"), (3, "not valid JSON"), (4, "'text' or 'html' string"), (5, "url must be")]:
        assert f"feed.jsonl#{n}: " in err and why in err


@pytest.mark.parametrize(
    ("where", "raised"),
    [(2, "BadGzipFile: CRC check failed"), (3, "zlib.error: Error -3")],  # noticed at the end / at once
)
def test_a_corrupted_gzip_is_reported_and_the_run_goes_on(tmp_path, capsys, where, raised):
    whole = bytearray(gzip.compress(b"".join(json.dumps({"text": article(i)}).encode() + b"\n" for i in range(300))))
    at = len(whole) // where
    whole[at : at + 64] = bytes(64)  # a damaged stretch of the deflate stream
    src = tmp_path / "feed.jsonl.gz"
    src.write_bytes(bytes(whole))
    (tmp_path / "next.txt").write_text(article(999), encoding="utf-8")
    assert main(["process", str(src), str(tmp_path / "next.txt"), "--format", "text"]) == 1
    out, err = capsys.readouterr()
    assert "feed.jsonl.gz#" in err and raised in err and out.rstrip().endswith("Paragraph of story 999.")


def test_a_truncated_gzip_gives_its_records_before_the_break(tmp_path, capsys):
    whole = gzip.compress(b"".join(json.dumps({"text": article(i)}).encode() + b"\n" for i in range(200)))
    src = tmp_path / "feed.jsonl.gz"
    src.write_bytes(whole[: len(whole) - 40])  # an interrupted download
    (tmp_path / "next.txt").write_text(article(999), encoding="utf-8")
    assert main(["process", str(src), str(tmp_path / "next.txt")]) == 1
    out, err = capsys.readouterr()
    titles = [json.loads(x)["title"] for x in out.splitlines()]
    assert titles[0] == "Harbour story 0" and titles[-1] == "Harbour story 999" and len(titles) > 100
    assert "feed.jsonl.gz#" in err and "EOFError" in err


def test_a_broken_warc_gives_its_records_before_the_break(tmp_path, capsys):
    pytest.importorskip("warcio")
    path = tmp_path / "crawl.warc"
    _write_warc(path, [("https://x.example/0", _page("Page 0", 8), HTML, "200 OK")])
    with open(path, "ab") as fh:
        fh.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\nHTTP/1.1 200 OK\r\n")
    assert main(["process", str(path)]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(x)["title"] for x in out.splitlines()] == ["Page 0"]
    assert "crawl.warc" in err and "cannot read further" in err


def test_a_bad_format_option_is_a_usage_error_before_any_output(tree, capsys):
    out = tree / "docs.json"
    assert main(["process", str(tree / "in"), "--option", "indent=wide", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("indent must be a whole number") == 1 and not out.exists()


def test_jsonl_on_standard_input_is_read_record_by_record(monkeypatch, capsys):
    feed = b"".join(json.dumps(rec).encode() + b"\n" for rec in ({"text": article(1)}, {"text": article(2)}))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(feed + b"{not json\n")))
    assert main(["process", "--jsonl", "-", "--format", "text"]) == 1
    out, err = capsys.readouterr()
    assert out.count("Harbour story") == 2 and "-#3: not valid JSON" in err


def _warc(path, pages, *, gzip_records):
    _write_warc(
        path, [(f"https://x.example/{i}", _page(f"Page {i}"), HTML, "200 OK") for i in range(pages)], compress=gzip_records
    )


def test_a_warc_record_cut_short_or_damaged_is_reported_not_read(tmp_path, capsys):
    pytest.importorskip("warcio")
    cut = tmp_path / "cut.warc.gz"
    _warc(cut, 3, gzip_records=True)
    cut.write_bytes(cut.read_bytes()[:-60])  # an interrupted download: warcio reads the rest without complaint
    damaged = tmp_path / "damaged.warc"
    _warc(damaged, 3, gzip_records=False)
    data = damaged.read_bytes()
    damaged.write_bytes(data.replace(b"Page 1<", b"Page X<"))  # one byte changed in the second record
    assert main(["process", str(cut), str(damaged), "--format", "text"]) == 1
    out, err = capsys.readouterr()
    assert [line for line in out.splitlines() if line.startswith("Page")] == ["Page 0", "Page 1", "Page 0", "Page 2"]
    assert "cut.warc.gz@" in err and "record cut short" in err
    assert "damaged.warc@" in err and "digest failed" in err


def test_compressed_pages_in_a_directory_are_read(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.html.gz").write_bytes(
        gzip.compress(b"<html><head><title>Zipped page</title></head><body><article><p>Cargo moved.</p></article></body></html>")
    )
    (tmp_path / "in" / "b.txt.gz").write_bytes(gzip.compress(article(5).encode()))
    assert main(["process", str(tmp_path / "in")]) == 0
    titles = [json.loads(line)["title"] for line in capsys.readouterr().out.splitlines()]
    assert titles == ["Zipped page", "Harbour story 5"]


def _served_warc(path, bodies):
    _write_warc(path, [(f"https://x.example/{name}", body, [*HTML, *headers], "200 OK") for name, headers, body in bodies])


SERVED = _page("Served")


def test_warc_bodies_compressed_by_the_server_are_read_or_reported(tmp_path, capsys):
    pytest.importorskip("warcio")
    brotli = pytest.importorskip("brotli")
    zstandard = pytest.importorskip("zstandard")
    import zlib

    squeezed = brotli.compress(SERVED)
    chunked = b"%x\r\n" % len(squeezed) + squeezed + b"\r\n0\r\n\r\n"
    half = len(SERVED) // 2  # a streaming server may send several zstd frames
    zstd = zstandard.ZstdCompressor().compress(SERVED[:half]) + zstandard.ZstdCompressor().compress(SERVED[half:])
    _served_warc(
        tmp_path / "served.warc",
        [
            ("gzip", [("Content-Encoding", "gzip")], gzip.compress(SERVED)),
            ("deflate", [("Content-Encoding", "deflate")], zlib.compress(SERVED)),
            ("br", [("Content-Encoding", "br")], squeezed),
            ("br-chunked", [("Content-Encoding", "br"), ("Transfer-Encoding", "chunked")], chunked),
            ("br-cut", [("Content-Encoding", "br")], squeezed[:-10]),
            ("br-bomb", [("Content-Encoding", "br")], brotli.compress(b" " * 70_000_000)),  # 70 MB from a few KB
            ("zstd", [("Content-Encoding", "zstd")], zstd),
            ("zstd-cut", [("Content-Encoding", "zstd")], zstd[:-10]),
            ("zstd-bomb", [("Content-Encoding", "zstd")], zstandard.ZstdCompressor().compress(b" " * 70_000_000)),
            ("compress", [("Content-Encoding", "compress")], b"\x1f\x9d\x90"),
        ],
    )
    assert main(["process", str(tmp_path / "served.warc")]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["Served"] * 5
    assert "brotli body ends early" in err and "zstd body ends early" in err
    assert err.count("expands beyond") == 2 and "'compress' is not read" in err


@pytest.mark.parametrize(("coding", "module", "package"), [("br", "brotli", "Brotli"), ("zstd", "zstandard", "zstandard")])
def test_a_compressed_body_without_its_package_is_reported(tmp_path, capsys, monkeypatch, coding, module, package):
    pytest.importorskip("warcio")
    monkeypatch.setitem(__import__("sys").modules, module, None)  # as if not installed
    _served_warc(tmp_path / "served.warc", [(coding, [("Content-Encoding", coding)], b"\x0b\x02\x80x")])
    assert main(["process", str(tmp_path / "served.warc")]) == 1
    assert f"needs the {package} package" in capsys.readouterr().err


def test_redirects_and_error_pages_in_a_warc_are_no_articles(tmp_path, capsys):
    pytest.importorskip("warcio")
    path = tmp_path / "crawl.warc"
    statuses = ("301 Moved Permanently", "200 OK", "404 Not Found", "503 Service Unavailable")
    _write_warc(path, [(f"https://x.example/{status[:3]}", _page(status, 20), HTML, status) for status in statuses])
    assert main(["process", str(path)]) == 0
    assert [json.loads(line)["title"] for line in capsys.readouterr().out.splitlines()] == ["200 OK"]


def test_a_warc_target_uri_in_angle_brackets_is_the_url(tmp_path):
    pytest.importorskip("warcio")
    from newskit.inputs import read_warc

    path = tmp_path / "crawl.warc"
    _write_warc(path, [("<https://x.example/a>", b"<html><body><p>Words.</p></body></html>", HTML, "200 OK")])
    [item] = read_warc(str(path))
    assert item.meta == {"url": "https://x.example/a"}


def test_a_jsonl_record_id_and_its_place_are_kept_in_its_document(tmp_path, capsys):
    src = tmp_path / "feed.jsonl"
    src.write_text(
        "\n".join(json.dumps(rec) for rec in ({"id": "a-1", "text": article(1)}, {"text": article(2)})) + "\n",
        encoding="utf-8",
    )
    assert main(["process", str(src)]) == 0
    docs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["extensions"]["input"] for d in docs] == [{"id": "a-1", "key": f"{src}#1"}, {"key": f"{src}#2"}]


def test_each_document_of_a_run_names_the_file_it_came_from(tmp_path, capsys):
    pytest.importorskip("warcio")
    (tmp_path / "in" / "deep").mkdir(parents=True)
    (tmp_path / "in" / "deep" / "b.txt").write_text(article(2), encoding="utf-8")
    (tmp_path / "in" / "a.txt").write_text(article(1), encoding="utf-8")
    _write_warc(tmp_path / "in" / "crawl.warc", [("https://x.example/c", _page("Crawled", 30), HTML, "200 OK")])
    assert main(["process", str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl")]) == 0
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    keys = [json.loads(line)["extensions"]["input"]["key"] for line in lines]
    # the keys the resume log holds, in the same order
    assert keys == (tmp_path / "out.jsonl.done").read_text(encoding="utf-8").splitlines()
    assert keys[:2] == [str(tmp_path / "in" / "a.txt"), str(tmp_path / "in" / "crawl.warc") + "@0"]
    assert keys[2] == str(tmp_path / "in" / "deep" / "b.txt")


def test_a_jsonl_record_with_an_id_of_the_wrong_kind_is_reported(tmp_path, capsys):
    src = tmp_path / "feed.jsonl"
    src.write_text(json.dumps({"id": ["a"], "text": article(1)}) + "\n" + json.dumps({"id": 0, "text": article(2)}) + "\n")
    assert main(["process", str(src)]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["extensions"]["input"] for line in out.splitlines()] == [{"id": 0, "key": f"{src}#2"}]
    assert "feed.jsonl#1: metadata 'id' must be a string or a number" in err
