"""Tests of the example site plugin for The Harbour Ledger (a fictional site).

Each test builds its own pipeline with the plugin passed in and installed
plugins left out, so the results do not depend on what else is installed.
"""

from __future__ import annotations

import importlib.metadata

import newskit_example
import pytest

import newskit

URL = "https://harbourledger.example/city/2026/02/ferry-pier-vote"

HEADLINE = "Harbour board backs new ferry pier at Salt Quay"
BYLINE = "By Mira Castellane | Harbour Ledger"
PARAS = (
    "PORT ALDER: The harbour board on Tuesday approved plans for a second ferry pier at "
    "Salt Quay, ending two years of argument over where the island boats should dock.",
    "“We have run out of room at the old landing,” board chair Osric Penhallow said. "
    "“Every summer the queue reaches the fish market.”",
    "Subscribe to the Ledger: harbour news, tide tables and ferry times, every weekday morning.",
    "Penhallow said construction would start in the autumn, once the herring season is over.",
    "Share this story: Facebook | X | WhatsApp | Email",
    "Residents of the quay said they would watch the noise limits closely.",
    "© The Harbour Ledger 2026. All rights reserved.",
)
ARTICLE = "\n\n".join((HEADLINE, BYLINE, *PARAS)) + "\n"
KEPT = [PARAS[0], PARAS[1], PARAS[3], PARAS[5]]


# The generic cleanup rules would remove some of this site's junk on their own;
# they are blocked here so that the tests show what this plugin does by itself.
GENERIC = ["newskit.cleanup.plugin"]


def pipeline(**kwargs) -> newskit.Pipeline:
    """The built-in plugins (less generic cleanup) and this one, installed plugins left out."""
    kwargs.setdefault("plugins", [newskit_example])
    kwargs["block"] = [*kwargs.get("block", ()), *GENERIC]
    return newskit.Pipeline(entry_points=False, **kwargs)


def body_texts(doc: newskit.Document) -> list[str]:
    return [b.text for b in doc.body]


def unaccounted(doc: newskit.Document, text: str) -> str:
    """The non-white-space characters of *text* in no block's and no removal's source span."""
    covered = [False] * len(text)
    for item in (*doc.body, *doc.removed, *doc.comments):
        if item.source_start is not None:
            for i in range(item.source_start, item.source_end):
                covered[i] = True
    return "".join(c for c, seen in zip(text, covered, strict=True) if not seen and not c.isspace())


# --- identifying the site -------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        URL,
        "http://www.harbourledger.example/opinion/letters",
        "https://HarbourLedger.Example./x",
        "harbourledger.example/city/pier",
    ],
)
def test_site_is_identified_by_url(url):
    doc = pipeline().process("Ferry pier vote\n\nPORT ALDER: The board met on Tuesday.", url=url)
    assert doc.site == "harbourledger"


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/harbourledger.example",
        "https://harbourledger.example.com/city/pier",
        "https://news.harbourledger.example/x",
    ],
)
def test_other_urls_are_not_the_site(url):
    # The URL decides: another site's page is not claimed even if it quotes the footer.
    doc = pipeline().process(ARTICLE, url=url)
    assert doc.site is None
    assert body_texts(doc) == [BYLINE, *PARAS]


def test_site_is_identified_by_footer_without_url():
    doc = pipeline().process(ARTICLE)
    assert doc.site == "harbourledger"


def test_text_without_url_or_footer_is_not_the_site():
    text = "\n\n".join((HEADLINE, BYLINE, *PARAS[:-1]))
    doc = pipeline().process(text)
    assert doc.site is None
    assert body_texts(doc) == [BYLINE, *PARAS[:-1]]


def test_identify_hook_directly():
    src = newskit.Source(text="<p>© 2026 The Harbour Ledger</p>", kind="html")
    assert newskit_example.newskit_identify_site(src) == "harbourledger"
    src = newskit.Source(text="Nothing to see", kind="text", url="https://elsewhere.example/a")
    assert newskit_example.newskit_identify_site(src) is None


# --- cleaning -------------------------------------------------------------------


def test_junk_is_cut_and_recorded_with_plugin_and_rule():
    doc = pipeline().process(ARTICLE, url=URL)
    assert doc.title == HEADLINE
    assert body_texts(doc) == KEPT
    mine = {r.rule: r for r in doc.removed if r.plugin == "newskit_example"}
    assert set(mine) == {
        "harbourledger.promo",
        "harbourledger.share",
        "harbourledger.footer",
        "harbourledger.byline",
    }
    assert mine["harbourledger.promo"].text == PARAS[2]
    assert mine["harbourledger.share"].text == PARAS[4]
    assert mine["harbourledger.footer"].text == PARAS[6]
    for r in mine.values():
        assert r.reason
        assert ARTICLE[r.source_start : r.source_end] == r.text
    assert doc.plugins["newskit_example"] == newskit_example.__version__


def test_byline_moves_to_authors():
    doc = pipeline().process(ARTICLE, url=URL)
    assert doc.authors == ("Mira Castellane",)
    byline = next(r for r in doc.removed if r.rule == "harbourledger.byline")
    assert (byline.text, byline.field) == (BYLINE, "authors")


def test_byline_with_two_names():
    text = "Quay lights switched on\n\nBy Tamsin Rook and Idris Varga-Holm | Harbour Ledger\n\nPORT ALDER: The lights came on."
    doc = pipeline().process(text, url=URL)
    assert doc.authors == ("Tamsin Rook", "Idris Varga-Holm")
    assert body_texts(doc) == ["PORT ALDER: The lights came on."]


def test_everything_is_accounted_for():
    doc = pipeline().process(ARTICLE, url=URL)
    assert unaccounted(doc, ARTICLE) == ""
    for block in doc.body:
        assert ARTICLE[block.source_start : block.source_end] == block.text


def test_article_text_that_mentions_the_junk_is_kept():
    # Only whole blocks are cut: a sentence that merely starts like junk stays.
    paras = (
        "PORT ALDER: Readers were asked to subscribe.",
        "Share this story: Facebook | X with a neighbour who commutes by ferry, the board urged.",
        "Subscribe to the Ledger\nand you will get the tide tables too.",
        "The footer says © The Harbour Ledger 2026.",
        "By Mira Castellane's count the board met six times | Harbour Ledger archive.",
    )
    text = "\n\n".join(("Board urges readers", *paras))
    doc = pipeline().process(text, url=URL)
    assert body_texts(doc) == list(paras)
    assert not [r for r in doc.removed if r.plugin == "newskit_example"]
    assert doc.authors == ()


def test_other_sites_are_untouched():
    text = ARTICLE.replace("© The Harbour Ledger 2026. All rights reserved.", "© The Bay Courier 2026.")
    url = "https://baycourier.example/city/pier"
    doc = pipeline().process(text, url=url)
    plain = newskit.Pipeline(entry_points=False, block=GENERIC).process(text, url=url)
    assert doc.site is None
    assert doc.body == plain.body
    assert doc.removed == plain.removed
    assert doc.authors == plain.authors == ()


def test_clean_hook_ignores_other_sites_directly():
    doc = newskit.Pipeline(entry_points=False, block=GENERIC).process(ARTICLE)
    src = newskit.Source(text=ARTICLE, kind="text")
    assert newskit_example.newskit_clean(doc, src) is None  # site not set


def test_explicit_site_key_turns_cleaning_on():
    doc = pipeline().process(ARTICLE, site="harbourledger")
    assert body_texts(doc) == KEPT


def test_html_page():
    html = (
        "<html><body><article>"
        f"<h1>{HEADLINE}</h1><p>{BYLINE}</p>"
        + "".join(f"<p>{p}</p>" for p in PARAS[:-1])
        + f"</article><footer><p>{PARAS[-1]}</p></footer></body></html>"
    )
    doc = pipeline().process(html, url=URL)
    assert doc.input_kind == "html"
    assert doc.site == "harbourledger"
    assert doc.authors == ("Mira Castellane",)
    texts = body_texts(doc)
    assert PARAS[2] not in texts
    assert PARAS[4] not in texts
    assert all(p in texts for p in KEPT)


# --- turning the plugin off -----------------------------------------------------


def test_blocking_by_name_turns_the_plugin_off():
    doc = pipeline(block=["newskit_example"]).process(ARTICLE, url=URL)
    assert doc.site is None
    assert body_texts(doc) == [BYLINE, *PARAS]
    assert "newskit_example" not in doc.plugins
    assert "newskit_example" not in {i.name for i in pipeline(block=["newskit_example"]).plugins()}


def test_blocking_through_the_environment(monkeypatch):
    monkeypatch.setenv("NEWSKIT_BLOCK_PLUGINS", "newskit_example")
    doc = pipeline().process(ARTICLE, url=URL)
    assert doc.site is None
    assert body_texts(doc) == [BYLINE, *PARAS]


# --- as an installed plugin -----------------------------------------------------


def _installed() -> bool:
    eps = importlib.metadata.entry_points(group="newskit")
    return any(ep.name == "example" and ep.value == "newskit_example" for ep in eps)


installed_only = pytest.mark.skipif(not _installed(), reason="newskit-example is not installed")


@installed_only
def test_installed_plugin_is_listed_with_its_version(monkeypatch):
    monkeypatch.delenv("NEWSKIT_NO_ENTRY_POINTS", raising=False)
    monkeypatch.delenv("NEWSKIT_BLOCK_PLUGINS", raising=False)
    infos = {i.name: i for i in newskit.Pipeline().plugins()}
    assert "example" in infos
    assert infos["example"].version == "0.1.0" == newskit_example.__version__
    assert infos["example"].builtin is False
    assert infos["example"].distribution == "newskit-example"
    assert set(infos["example"].hooks) == {"newskit_identify_site", "newskit_clean"}


@installed_only
def test_installed_plugin_runs_and_can_be_blocked_by_entry_point_name(monkeypatch):
    monkeypatch.delenv("NEWSKIT_NO_ENTRY_POINTS", raising=False)
    monkeypatch.delenv("NEWSKIT_BLOCK_PLUGINS", raising=False)
    doc = newskit.Pipeline(block=GENERIC).process(ARTICLE, url=URL)
    assert doc.site == "harbourledger"
    assert {r.plugin for r in doc.removed if r.rule.startswith("harbourledger.")} == {"example"}
    assert doc.plugins["example"] == "0.1.0"
    off = newskit.Pipeline(block=["example", *GENERIC]).process(ARTICLE, url=URL)
    assert off.site is None
    assert "example" not in off.plugins
