"""Tests of the Pakistan Today plugin (built on the Newspaper theme's rules).

Example pages are made up in the site's style. Pipelines leave installed
plugins out (``entry_points=False``).
"""

from __future__ import annotations

import importlib.metadata
import pathlib

import pytest
from newskit_pakistantoday import SITE, plugin
from newskit_tagdiv_newspaper import plugin as theme

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
SEED = pathlib.Path(__file__).resolve().parents[4] / "shared" / "seed" / "article.txt"
URL = "https://www.pakistantoday.com.pk/2022/06/21/punjab-assembly-extends-budget-session-by-two-days/"
TEXT = (EXAMPLES / "budget-session-text.txt").read_text(encoding="utf-8")


def pipeline(*plugins) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=list(plugins or (theme, plugin)), entry_points=False)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_pages(page):
    assert_example(page, plugins=[theme, plugin])


@pytest.mark.parametrize(
    "url",
    [URL, "https://pakistantoday.com.pk/2021/01/02/x/", "https://profit.pakistantoday.com.pk/2023/03/01/y/"],
)
def test_site_by_url(url):
    doc = pipeline().process("Headline here\n\nLAHORE: Something happened on Monday.", url=url)
    assert doc.site == SITE
    assert doc.extensions["site"]["timezone"] == "Asia/Karachi"
    assert doc.language == "en"


def test_other_domains_are_not_the_site():
    doc = pipeline().process(TEXT, url="https://pakistantoday.com.pk.example.net/2022/06/21/x/")
    assert doc.site == "newspaper"  # the theme's fingerprints are still there
    assert "timezone" not in doc.extensions["site"]


def test_site_without_url_needs_site_and_theme_evidence():
    doc = pipeline().process(TEXT)
    assert doc.site == SITE
    assert doc.extensions["site"]["timezone"] == "Asia/Karachi"
    # the site's name without the theme's strings is not enough
    bare = (
        "Pakistan Today\n\nBudget session extended\n\nLAHORE: The assembly extended its session on Tuesday.\n"
    )
    assert pipeline().process(bare).site is None


def test_site_wins_over_the_theme_whatever_the_order():
    for plugins in ((theme, plugin), (plugin, theme)):
        assert pipeline(*plugins).process(TEXT).site == SITE


def test_the_plugin_works_without_the_theme_plugin_registered():
    doc = pipeline(plugin).process(TEXT)
    assert doc.site == SITE
    assert {"newspaper.comment-form", "newspaper.teasers", "pakistantoday.footer"} <= {
        r.rule for r in doc.removed
    }


def test_text_fields():
    doc = pipeline().process(TEXT)
    assert doc.title == "Punjab Assembly extends budget session by two days"
    assert doc.authors == ("Staff Report",)
    assert doc.body[0].text.startswith("LAHORE:")
    assert doc.body[-1].text == "The budget will be voted on at 9pm on Thursday."
    for r in doc.removed:
        assert TEXT[r.source_start : r.source_end] == r.text


def test_times_are_read_in_pakistan_time():
    # no dateline: the zone is the site's home zone
    doc = pipeline().process(TEXT.replace("LAHORE: ", ""), published="2022-06-21T21:05:00+05:00")
    assert doc.dateline is None
    nine = next(t for t in doc.times if t.text == "9pm on Thursday")
    assert nine.value == "2022-06-23T21:00"
    assert nine.interval.start.isoformat() == "2022-06-23T16:00:00+00:00"


def test_html_page():
    doc = pipeline().process((EXAMPLES / "budget-session.html").read_text(encoding="utf-8"), url=URL)
    assert doc.site == SITE
    assert doc.input_kind == "html"
    assert doc.published.isoformat() == "2022-06-21T21:05:44+05:00"
    assert [b.kind for b in doc.body] == ["caption", *["paragraph"] * 5]
    assert doc.extensions["site"]["timezone"] == "Asia/Karachi"


def test_html_page_without_url_is_recognised_by_its_markup():
    doc = pipeline().process((EXAMPLES / "budget-session.html").read_text(encoding="utf-8"))
    assert doc.site == SITE


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed article is not available")
def test_seed_article():
    text = SEED.read_text(encoding="utf-8")
    # Without a URL the seed carries only the theme's strings: the theme, no home zone.
    doc = pipeline().process(text)
    assert doc.site == "newspaper"
    assert "timezone" not in doc.extensions["site"]
    assert len(doc.body) == 16
    # With the site's URL it is Pakistan Today, read in Pakistan's time.
    doc = pipeline().process(
        text, url="https://www.pakistantoday.com.pk/2021/08/04/taliban-seek-lions-share/"
    )
    assert doc.site == SITE
    assert doc.extensions["site"]["timezone"] == "Asia/Karachi"
    assert len(doc.body) == 16
    assert len(doc.comments) == 1


def _installed() -> bool:
    return any(ep.name == "pakistantoday" for ep in importlib.metadata.entry_points(group="newskit"))


@pytest.mark.skipif(not _installed(), reason="newskit-pakistantoday is not installed")
def test_installed_entry_point(monkeypatch):
    monkeypatch.delenv("NEWSKIT_NO_ENTRY_POINTS", raising=False)
    infos = {i.name: i for i in newskit.Pipeline().plugins()}
    assert infos["pakistantoday"].distribution == "newskit-pakistantoday"
