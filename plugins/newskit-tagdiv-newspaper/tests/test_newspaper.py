"""Tests of the tagDiv Newspaper theme plugin.

Pipelines are built with ``entry_points=False`` so that other installed plugins
do not change the results. The example pages are made up in the theme's markup.
"""

from __future__ import annotations

import importlib.metadata
import pathlib
from collections import Counter

import pytest
from newskit_tagdiv_newspaper import SITE, plugin

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
SEED = pathlib.Path(__file__).resolve().parents[4] / "shared" / "seed" / "article.txt"


def pipeline(**kwargs) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False, **kwargs)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_pages(page):
    assert_example(page, plugins=[plugin])


def _chars(texts) -> Counter:
    return Counter(c for t in texts if t for c in t if not c.isspace())


@pytest.mark.parametrize("name", ["classic.html", "composer.html"])
def test_every_text_node_is_kept_or_recorded(name):
    from lxml import etree

    page = (EXAMPLES / name).read_text(encoding="utf-8")
    tree = etree.fromstring(page.encode(), etree.HTMLParser(encoding="utf-8", remove_comments=True))
    nodes = [t for t in tree.xpath("//text()")]
    doc = pipeline().process(page)
    got = [b.text for b in doc.body] + [r.text for r in doc.removed]
    got += [c.text for c in doc.comments] + [c.author for c in doc.comments]
    assert _chars(got) == _chars(nodes)
    assert all(r.locator for r in doc.removed if r.plugin == "newspaper")


def test_html_reading_does_not_use_the_generic_extractor(monkeypatch):
    from newskit.readers import html as generic

    def boom(*args, **kwargs):
        raise AssertionError("generic extractor called")

    monkeypatch.setattr(generic, "find_container", boom)
    doc = pipeline().process((EXAMPLES / "classic.html").read_text(encoding="utf-8"))
    assert doc.site == SITE
    assert doc.body[1].text.startswith("ELMBRIDGE:")


def test_fields_from_the_theme_markup():
    doc = pipeline().process((EXAMPLES / "classic.html").read_text(encoding="utf-8"))
    assert doc.title == "Valley council approves flood wall after three-year wait"
    assert doc.authors == ("Hollis Brandt",)
    assert doc.published.isoformat() == "2022-03-09T07:15:00+00:00"
    assert doc.body[0].kind == "caption"
    assert [c.author for c in doc.comments] == ["Dara Lindqvist"]
    rules = {r.rule for r in doc.removed}
    assert {"newspaper.html.title", "newspaper.html.authors", "newspaper.html.date"} <= rules
    assert "site" in doc.extensions and "timezone" not in doc.extensions["site"]


def test_one_theme_string_is_not_enough():
    text = "Bridge reopens\n\nThe bridge reopened on Monday after repairs.\n\n- Advertisment -\n"
    doc = pipeline().process(text)
    assert doc.site is None


def test_theme_is_recognised_on_any_domain():
    text = (EXAMPLES / "comment-thread.txt").read_text(encoding="utf-8")
    doc = pipeline().process(text, url="https://eastholm-gazette.example/2023/05/library-hours/")
    assert doc.site == SITE
    assert [b.text[:9] for b in doc.body] == ["EASTHOLM:", "The trust", "“Students"]


def test_article_lines_like_theme_strings_are_kept():
    text = (
        "Campaign urges readers\n\n"
        "Must Read: the campaign's new leaflet says readers should vote.\n\n"
        "Please enter your comment! was printed on every ballot by mistake, officials said.\n\n"
        "Please enter your comment!\n\nPlease enter your name here\n"
    )
    doc = pipeline(block=["newskit.cleanup.plugin"]).process(text)  # this plugin's rules alone
    assert doc.site == SITE
    assert [b.text for b in doc.body][:2] == [
        "Must Read: the campaign's new leaflet says readers should vote.",
        "Please enter your comment! was printed on every ballot by mistake, officials said.",
    ]


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not available")
def test_seed_article_is_the_theme_without_a_home_zone():
    text = SEED.read_text(encoding="utf-8")
    doc = pipeline().process(text)
    assert doc.site == SITE
    assert len(doc.body) == 16
    assert len(doc.comments) == 1
    assert "timezone" not in doc.extensions["site"]
    mine = [r for r in doc.removed if r.plugin == "newspaper"]
    rules = Counter(r.rule for r in mine)
    assert rules["newspaper.comment-form"] == 2
    assert rules["newspaper.ad-label"] == 1
    assert rules["newspaper.teasers"] == 3  # the heading, the teaser's headline and its snippet
    for r in mine:
        assert text[r.source_start : r.source_end] == r.text


def _installed() -> bool:
    return any(ep.name == "newspaper" for ep in importlib.metadata.entry_points(group="newskit"))


@pytest.mark.skipif(not _installed(), reason="newskit-tagdiv-newspaper is not installed")
def test_installed_entry_point(monkeypatch):
    monkeypatch.delenv("NEWSKIT_NO_ENTRY_POINTS", raising=False)
    infos = {i.name: i for i in newskit.Pipeline().plugins()}
    assert infos["newspaper"].distribution == "newskit-tagdiv-newspaper"
