"""The ``html`` review page in a real headless browser (Chromium from the system's packages).

Skipped when ``/usr/bin/chromium`` (or ``chromium``/``chromium-browser`` on
the PATH) is not installed. Set ``NEWSKIT_REVIEW_SCREENSHOT=path.png`` to keep
the screenshot of the bundled example's page (how ``docs/_static/review-page.png``
is made).
"""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess

import lxml.html
import pytest

import newskit
from newskit.model import Block, Document, Quote, Removal, Speaker, TimeExpression
from newskit.renderers import html as html_format

ROOT = pathlib.Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "article.txt"


def _chromium() -> str | None:
    if os.access("/usr/bin/chromium", os.X_OK):
        return "/usr/bin/chromium"
    return shutil.which("chromium") or shutil.which("chromium-browser")


CHROMIUM = _chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


def run_chromium(tmp_path: pathlib.Path, page: pathlib.Path, *args: str) -> subprocess.CompletedProcess:
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--window-size=1200,1600",
        *args,
        page.as_uri(),
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def example_document() -> Document:
    plugins: list = [html_format]
    try:
        from newskit.quotes import plugin as quotes_plugin
    except ImportError:  # pragma: no cover - quotes not built in
        pass
    else:
        plugins.append(quotes_plugin)
    pipeline = newskit.Pipeline(plugins=plugins)
    return pipeline.process(
        EXAMPLE.read_text(encoding="utf-8"),
        published="2025-03-05T14:00:00+05:00",
        url="https://news.example/2025/03/kunar-water-talks",
        site="news.example",
    )


def dump_dom(tmp_path: pathlib.Path, doc: Document) -> lxml.html.HtmlElement:
    page = tmp_path / "page.html"
    page.write_text(html_format.render_html(doc), encoding="utf-8")
    result = run_chromium(tmp_path, page, "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "<html" in result.stdout[:200], result.stdout[:200]
    return lxml.html.document_fromstring(result.stdout)


def test_example_article_in_the_browser(tmp_path):
    doc = example_document()
    root = dump_dom(tmp_path, doc)
    blocks = root.xpath("//article//*[contains(concat(' ', @class, ' '), ' block ')]")
    assert [el.text_content() for el in blocks] == [b.text for b in doc.body]
    # the browser built the highlights: every quote, time and the dateline
    assert {int(v) for v in root.xpath("//@data-quote")} == set(range(len(doc.quotes)))
    assert len(root.xpath("//*[contains(concat(' ', @class, ' '), ' time ')][@id]")) == len(doc.times)
    if doc.dateline is not None:
        assert root.get_element_by_id("dateline").text_content() == doc.dateline.text
    removed = root.xpath("//details[contains(@class, 'removed')]")
    assert removed and all(d.get("open") is None for d in removed)
    assert len(root.xpath("//li[contains(@class, 'removal')]/del")) == len(doc.removed)


def test_hostile_page_stays_inert_in_the_browser(tmp_path):
    evil = '</script><script>document.title="pwned"</script><img src=x onerror="document.title=1">'
    text = f"{evil} said Eve."
    s = text.index("Eve")
    doc = Document(
        title=evil,
        url="javascript:document.title='pwned'",
        body=[Block("paragraph", text), Block("preformatted", "\nline\r\n\x1bend")],
        quotes=[
            Quote(
                evil,
                kind="direct",
                start=0,
                end=len(evil),
                speaker=Speaker("Eve", start=s, end=s + 3, name=evil),
            )
        ],
        times=[TimeExpression("Eve", type="DATE", value=evil, start=s, end=s + 3)],
        removed=[Removal(evil, reason=evil, rule="r", plugin="p", at=5)],
    )
    root = dump_dom(tmp_path, doc)
    assert root.findtext("head/title").startswith(evil)
    assert len(root.xpath("//script")) == 0 and len(root.xpath("//img")) == 0
    blocks = root.xpath("//article//*[contains(concat(' ', @class, ' '), ' block ')]")
    assert blocks[0].text_content() == text
    assert blocks[1].xpath(".//span[@data-code]/@data-code") == ["U+000D", "U+001B"]


def test_screenshot_of_the_example(tmp_path):
    page = tmp_path / "review.html"
    page.write_text(html_format.render_html(example_document()), encoding="utf-8")
    png = tmp_path / "review.png"
    result = run_chromium(tmp_path, page, f"--screenshot={png}", "--hide-scrollbars")
    assert result.returncode == 0, result.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1200, 1600)
    assert len(data) > 50_000, "a page with colour and text, not a blank one"
    keep = os.environ.get("NEWSKIT_REVIEW_SCREENSHOT")
    if keep:
        shutil.copyfile(png, keep)
