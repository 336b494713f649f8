"""The site rule engine: rule files, errors, versions, identification, reading and cleaning."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit
from newskit.sites import RuleFileError, RuleSitePlugin, load_rules, parse_rules

BASE = """
[site]
key = "quaytimes"
name = "The Quay Times"
domains = ["quaytimes.example"]
paths = ['/news/']
timezone = "Europe/Dublin"
language = "en"

[fingerprints]
lines = ['© The Quay Times.{0,40}']
html = ['quaytimes.example']
"""


def rules(extra: str = "", base: str = BASE, path: str = "<string>"):
    return parse_rules(textwrap.dedent(base) + textwrap.dedent(extra), path)


def pipeline(*plugins, **kw) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=list(plugins), entry_points=False, **kw)


# --- loading and errors -------------------------------------------------------------


def test_minimal_file_loads(tmp_path):
    path = tmp_path / "quay.toml"
    path.write_text(BASE, encoding="utf-8")
    r = load_rules(path)
    assert (r.key, r.name, r.kind, r.domains, r.timezone, r.language) == (
        "quaytimes",
        "The Quay Times",
        "site",
        ("quaytimes.example",),
        "Europe/Dublin",
        "en",
    )
    assert len(r.versions) == 1


@pytest.mark.parametrize(
    ("extra", "line", "key", "words"),
    [
        ('[rules.html]\nbody = ["div:first-child"]\n', 16, "rules[0].html.body", "unsupported syntax"),
        (
            '[rules.text]\nlines = [{ id = "x", pattern = "(" }]\n',
            16,
            "rules[0].text.lines[0].pattern",
            "bad pattern",
        ),
        (
            '[rules.text]\nlines = [{ id = "x", pattern = "a", action = "zap" }]\n',
            16,
            "rules[0].text.lines[0].action",
            "must be one of",
        ),
        (
            '[rules.text]\nlines = [{ id = "x", pattern = "By (.*)", action = "byline" }]\n',
            16,
            "rules[0].text.lines[0].pattern",
            "names",
        ),
        ('[rules.html]\ncolour = "red"\n', 16, "rules[0].html.colour", "unknown key"),
        (
            "[[rules]]\nvalid_from = 2020-01-01\nvalid_until = 2019-01-01\n",
            17,
            "rules[0].valid_until",
            "before",
        ),
        (
            "[[rules]]\nvalid_until = 2020-12-31\n[[rules]]\nvalid_from = 2020-06-01\n",
            17,
            "rules[1].valid_from",
            "overlaps",
        ),
        ('[[rules]]\nvalid_from = "yesterday"\n', 15, "rules[0].valid_from", "TOML date"),
    ],
)
def test_errors_name_file_line_and_key(extra, line, key, words):
    with pytest.raises(RuleFileError) as info:
        rules(extra, path="quay.toml")
    e = info.value
    assert (e.path, e.key) == ("quay.toml", key)
    assert e.line is not None and abs(e.line - line) <= 2
    assert words in str(e)
    assert str(e).startswith(f"quay.toml:{e.line}: {key}: ")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[site]\nname = "X"\n', "site.key"),
        (
            '[site]\nkey = "x"\nname = "X"\ntimezone = "Mars/Olympus"\ndomains = ["x.example"]\n',
            "site.timezone",
        ),
        ('[site]\nkey = "x"\nname = "X"\ndomains = ["not a domain"]\n', "site.domains"),
        ('[site]\nkey = "x"\nname = "X"\n', "site.domains"),
        ('[site]\nkey = "x"\nname = "X"\nkind = "theme"\n', "fingerprints"),
        ('[site]\nkey = "x"\nname = "X"\ndomains = ["x.example"]\n[extra]\n', "extra"),
        (
            '[site]\nkey = "x"\nname = "X"\ndomains = ["x.example"]\nextends = ["missing.toml"]\n',
            "site.extends",
        ),
    ],
)
def test_site_errors(text, key):
    with pytest.raises(RuleFileError) as info:
        parse_rules(text, "x.toml")
    assert info.value.key == key


def test_bad_toml_gives_its_line(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text('[site]\nkey = "x"\nname = \n', encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load_rules(path)
    assert info.value.line == 3
    assert "not valid TOML" in str(info.value)


def test_missing_file():
    with pytest.raises(RuleFileError, match="cannot read"):
        load_rules("/nonexistent/rules.toml")


def test_extends_by_relative_path(tmp_path):
    (tmp_path / "theme.toml").write_text(
        '[site]\nkey = "inkwell"\nname = "Inkwell theme"\nkind = "theme"\n'
        "[fingerprints]\nlines = ['Powered by Inkwell']\n"
        '[rules.text]\nlines = [{ id = "ad", pattern = \'ADVERT\', reason = "ad" }]\n',
        encoding="utf-8",
    )
    site_text = BASE.replace('language = "en"', 'language = "en"\nextends = ["theme.toml"]')
    (tmp_path / "site.toml").write_text(site_text, encoding="utf-8")
    r = load_rules(tmp_path / "site.toml")
    assert [s.key for s in r.chain()] == ["quaytimes", "inkwell"]
    assert [x.id for x in r.text_rules(None).lines] == ["inkwell.ad"]


def test_extending_itself_is_refused(tmp_path):
    text = BASE.replace('language = "en"', 'language = "en"\nextends = ["loop.toml"]')
    (tmp_path / "loop.toml").write_text(text, encoding="utf-8")
    with pytest.raises(RuleFileError, match="extends itself"):
        load_rules(tmp_path / "loop.toml")


# --- versions -------------------------------------------------------------------------

VERSIONED = """
[[rules]]
valid_until = 2019-12-31
[rules.html]
body = ["div.old-body"]
[rules.text]
lines = [{ id = "old-promo", pattern = 'Buy the paper edition.*' }]

[[rules]]
valid_from = 2020-01-01
[rules.html]
body = ["main .story"]
[rules.text]
lines = [{ id = "new-promo", pattern = 'Get the app.*' }]
"""


@pytest.mark.parametrize(
    ("day", "body"),
    [
        (dt.date(2018, 5, 1), ("div.old-body",)),
        (dt.date(2019, 12, 31), ("div.old-body",)),
        (dt.date(2020, 1, 1), ("main .story",)),
        (None, ("main .story",)),
    ],
)
def test_version_by_date(day, body):
    assert rules(VERSIONED).version_for(day).html.body == body


def test_newest_when_no_version_covers_the_day():
    r = rules(
        "[[rules]]\nvalid_from = 2015-01-01\nvalid_until = 2016-01-01\n"
        "[[rules]]\nvalid_from = 2018-01-01\nvalid_until = 2019-01-01\n"
    )
    assert r.version_for(dt.date(2017, 1, 1)).valid_from == dt.date(2018, 1, 1)


def test_old_pages_parse_with_old_rules():
    plugin = RuleSitePlugin([rules(VERSIONED)], name="quay")
    page = (
        "<html><body><div class='old-body'><p>Old layout paragraph that is long enough to read.</p></div>"
        "<main><div class='story'><p>New layout.</p></div></main></body></html>"
    )
    url = "https://quaytimes.example/news/x"
    old = pipeline(plugin).process(page, url=url, published="2018-03-01T10:00:00+00:00")
    new = pipeline(plugin).process(page, url=url, published="2021-03-01T10:00:00+00:00")
    assert [b.text for b in old.body] == ["Old layout paragraph that is long enough to read."]
    assert [b.text for b in new.body] == ["New layout."]
    text = "Headline words\n\nA sentence of the article.\n\nBuy the paper edition today\n\nGet the app now"
    old = pipeline(plugin).process(text, url=url, published="2018-03-01T10:00:00+00:00")
    assert [b.text for b in old.body] == ["A sentence of the article.", "Get the app now"]


# --- identification -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://quaytimes.example/news/fares", "quaytimes"),
        ("https://www.quaytimes.example/news/fares", "quaytimes"),
        ("https://quaytimes.example/about/", None),  # not an article path
        ("https://notquaytimes.example/news/x", None),
        ("https://quaytimes.example.org/news/x", None),
    ],
)
def test_identify_by_url(url, site):
    plugin = RuleSitePlugin([rules()])
    assert plugin.identify(newskit.Source(text="© The Quay Times", kind="text", url=url)) == site


def test_identify_without_url_by_fingerprints():
    plugin = RuleSitePlugin([rules()])
    assert (
        plugin.identify(newskit.Source(text="Story\n\n© The Quay Times 2026\n", kind="text")) == "quaytimes"
    )
    assert (
        plugin.identify(newskit.Source(text="Story mentions © The Quay Times inline.", kind="text")) is None
    )
    assert (
        plugin.identify(newskit.Source(text="<link href='https://quaytimes.example/x'>", kind="html"))
        == "quaytimes"
    )


THEME = """
[site]
key = "inkwell"
name = "Inkwell theme"
kind = "theme"

[fingerprints]
html = ['inkwell-content']
"""


@pytest.mark.parametrize("theme_first", [True, False])
def test_a_site_plugin_answers_before_a_theme_plugin(theme_first):
    """A page of a site built on a theme is the site's, whatever order the plugins came in;
    a page no site plugin claims is the theme's."""
    site = RuleSitePlugin([rules()], name="quay")
    theme = RuleSitePlugin([rules(base=THEME)], name="inkwell")
    plugins = (theme, site) if theme_first else (site, theme)
    page = "<html><body><div class='inkwell-content'><p>Fares rise on the ferry.</p></div></body></html>"
    own = pipeline(*plugins).process(page, url="https://quaytimes.example/news/fares")
    other = pipeline(*plugins).process(page, url="https://harbourpost.example/news/fares")
    assert (own.site, other.site) == ("quaytimes", "inkwell")


def test_home_zone_and_language_on_the_document():
    plugin = RuleSitePlugin([rules()])
    doc = pipeline(plugin).process("Headline\n\nBody text.\n\n© The Quay Times")
    assert doc.site == "quaytimes"
    assert dict(doc.extensions["site"]) == {
        "key": "quaytimes",
        "name": "The Quay Times",
        "timezone": "Europe/Dublin",
        "language": "en",
    }
    assert doc.language == "en"


def test_duplicate_keys_are_refused():
    with pytest.raises(ValueError, match="same key"):
        RuleSitePlugin([rules(), rules()])


# --- cleaning ----------------------------------------------------------------------------

TEXT_RULES = """
[rules.text]
lines = [
  { id = "promo", pattern = 'Get the Quay Times app.*', reason = "app promo" },
  { id = "credit", pattern = 'Photo: (?P<names>[A-Z][a-z]+ [A-Z][a-z]+)', action = "caption" },
  { id = "byline", pattern = 'By (?P<names>[A-Z][\\w .-]{2,60})', action = "byline" },
  { id = "letter", pattern = '(?P<author>[A-Z][a-z]+ [A-Z][a-z]+) wrote: (?P<text>.{5,300})', action = "comment" },
]
blocks = [{ id = "poll", pattern = 'Reader poll', reason = "poll widget" }]
cut_after = [{ id = "more", pattern = 'More from the Quay', reason = "teasers" }]
"""

ARTICLE = (
    "Ferry fares to rise\n\n"
    "By Ada Lovell\n\n"
    "The operator said fares would rise in May.\n\n"
    "Get the Quay Times app for alerts\n\n"
    "Harbour at dawn.\n\n"
    "Photo: Tom Reyes\n\n"
    "Reader poll\nShould fares rise?\nYes / No\n\n"
    "Season tickets will not change, the operator said.\n\n"
    "Mara Quint wrote: fares are already too high\n\n"
    "More from the Quay\n\n"
    "Pier opens\n\nNew pier opens in June.\n"
)


def test_text_rule_actions():
    plugin = RuleSitePlugin([rules(TEXT_RULES)], name="quay")
    doc = pipeline(plugin, block=["newskit.cleanup.plugin"]).process(
        ARTICLE, url="https://quaytimes.example/news/fares"
    )
    assert doc.authors == ("Ada Lovell",)
    assert [(b.kind, b.text) for b in doc.body] == [
        ("paragraph", "The operator said fares would rise in May."),
        ("paragraph", "Harbour at dawn."),
        ("caption", "Photo: Tom Reyes"),
        ("paragraph", "Season tickets will not change, the operator said."),
    ]
    assert [(c.author, c.text) for c in doc.comments] == [("Mara Quint", "fares are already too high")]
    by_rule = Counter(r.rule for r in doc.removed if r.plugin == "quay")
    assert by_rule == {"quaytimes.byline": 1, "quaytimes.promo": 1, "quaytimes.poll": 1, "quaytimes.more": 3}
    for r in doc.removed:
        assert ARTICLE[r.source_start : r.source_end] == r.text


def test_cut_after_comment_action():
    extra = (
        '[rules.text]\ncut_after = [{ id = "replies", pattern = \'\\d+ Comments\', action = "comment" }]\n'
    )
    plugin = RuleSitePlugin([rules(extra)], name="quay")
    text = "Headline\n\nThe article.\n\n2 Comments\n\nFirst reader's view.\n\nSecond reader's view."
    doc = pipeline(plugin, block=["newskit.cleanup.plugin"]).process(text, site="quaytimes")
    assert [b.text for b in doc.body] == ["The article."]
    assert [c.text for c in doc.comments] == ["First reader's view.", "Second reader's view."]


def test_cut_after_never_takes_the_first_block():
    extra = "[rules.text]\ncut_after = [{ id = \"more\", pattern = 'More' }]\n"
    plugin = RuleSitePlugin([rules(extra)], name="quay")
    doc = pipeline(plugin, block=["newskit.cleanup.plugin"]).process(
        "More\nand more text here.", site="quaytimes"
    )
    assert doc.text


def test_other_sites_are_untouched():
    plugin = RuleSitePlugin([rules(TEXT_RULES)], name="quay")
    doc = pipeline(plugin, block=["newskit.cleanup.plugin"]).process(
        ARTICLE, url="https://elsewhere.example/a"
    )
    assert doc.site is None
    assert not [r for r in doc.removed if r.plugin == "quay"]


def test_byline_rule_without_a_name_keeps_the_line():
    extra = '[rules.text]\nlines = [{ id = "by", pattern = \'By (?P<names>.{1,40})\', action = "byline" }]\n'
    plugin = RuleSitePlugin([rules(extra)], name="quay")
    doc = pipeline(plugin, block=["newskit.cleanup.plugin"]).process(
        "Headline\n\nBy http://x.example/feed\n\nText.", site="quaytimes"
    )
    assert doc.body[0].text == "By http://x.example/feed"


def test_long_lines_are_not_matched_and_matching_stays_fast():
    import time

    extra = "[rules.text]\nlines = [{ id = \"x\", pattern = '(?:a|aa)+b' }]\n"
    plugin = RuleSitePlugin([rules(extra)], name="quay")
    text = "Headline\n\n" + "\n\n".join("a" * 450 for _ in range(20)) + "\n\n" + "a" * 100_000
    t = time.perf_counter()
    doc = pipeline(plugin, on_error="record").process(text, site="quaytimes")
    assert time.perf_counter() - t < 30
    assert len(doc.body) == 21


# --- reading HTML with selectors --------------------------------------------------------------

HTML_RULES = """
[rules.html]
body = ["div.missing", "div.story-body"]
title = ["h1.story-title"]
authors = [".byline a"]
date = ["time[datetime]"]
drop = [{ selector = ".promo", reason = "newsletter promo" }, ".share"]
comments = ["li.comment"]
comment_text = [".comment-text"]
comment_author = [".who"]
"""

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Fares | Quay Times</title>
<script>var x = 1;</script></head><body>
<nav><a href="/">Home</a></nav>
<header><h1 class="story-title">Ferry fares to rise</h1><p class="byline">By <a>Ada Lovell</a> and <a>Tom Reyes</a></p>
<time datetime="2026-03-02T08:30:00">2 March</time></header>
<div class="story-body">
  <p>Fares on the island routes will rise by five per cent in May.</p>
  <div class="promo"><p>Sign up for the morning briefing.</p></div>
  <figure><img src="a.jpg"><figcaption>The harbour at dawn.</figcaption></figure>
  <p>Season tickets will <b>not</b> change.</p>tail text
  <div class="share">Share on Facebook</div>
</div>
<ol><li class="comment"><span class="who">Mara Quint</span><div class="comment-text">Too high already.</div>
  <ol><li class="comment"><span class="who">Olu Fenn</span><div class="comment-text">Agreed.</div></li></ol></li></ol>
<footer>© The Quay Times</footer></body></html>"""


def _chars(texts) -> Counter:
    return Counter(c for t in texts if t for c in t if not c.isspace())


def test_html_with_selectors():
    plugin = RuleSitePlugin([rules(HTML_RULES)], name="quay")
    doc = pipeline(plugin, block=["newskit.cleanup.plugin"]).process(
        PAGE, url="https://quaytimes.example/news/f"
    )
    assert doc.title == "Ferry fares to rise"
    assert doc.authors == ("Ada Lovell", "Tom Reyes")
    assert doc.published.isoformat() == "2026-03-02T08:30:00+00:00"  # naive: the site's zone
    assert [(b.kind, b.text) for b in doc.body] == [
        ("paragraph", "Fares on the island routes will rise by five per cent in May."),
        ("caption", "The harbour at dawn."),
        ("paragraph", "Season tickets will not change."),
        ("paragraph", "tail text"),
    ]
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Mara Quint", "Too high already."),
        ("Olu Fenn", "Agreed."),
    ]
    rules_ = {r.rule: r for r in doc.removed}
    assert rules_["quaytimes.html.drop"].reason in ("newsletter promo", "site boilerplate")
    assert rules_["quaytimes.html.title"].field == "title"
    assert all(r.locator for r in doc.removed)


def test_html_every_text_node_is_accounted_for():
    from lxml import etree

    plugin = RuleSitePlugin([rules(HTML_RULES)], name="quay")
    doc = pipeline(plugin, block=["newskit.cleanup.plugin"]).process(
        PAGE, url="https://quaytimes.example/news/f"
    )
    tree = etree.fromstring(PAGE.encode(), etree.HTMLParser(encoding="utf-8", remove_comments=True))
    got = [b.text for b in doc.body] + [r.text for r in doc.removed]
    got += [c.text for c in doc.comments] + [c.author for c in doc.comments]
    assert _chars(got) == _chars(tree.xpath("//text()"))


def test_html_date_in_site_zone():
    plugin = RuleSitePlugin([rules(HTML_RULES)], name="quay")
    doc = pipeline(plugin).process(
        PAGE.replace("2026-03-02T08:30:00", "2026-07-02T08:30:00"), site="quaytimes"
    )
    assert doc.published.isoformat() == "2026-07-02T08:30:00+01:00"


def test_html_falls_back_to_the_generic_reader_with_a_warning():
    plugin = RuleSitePlugin([rules('[rules.html]\nbody = ["div.nothing-here"]\n')], name="quay")
    doc = pipeline(plugin).process(PAGE, site="quaytimes")
    assert any(w.code == "site-selectors-missed" for w in doc.warnings)
    assert any("Fares on the island" in b.text for b in doc.body)
    assert doc.extensions["site"]["timezone"] == "Europe/Dublin"


def test_site_plugin_does_not_call_the_generic_extractor(monkeypatch):
    from newskit.readers import html as generic

    monkeypatch.setattr(generic, "find_container", lambda *a, **k: pytest.fail("generic extractor used"))
    plugin = RuleSitePlugin([rules(HTML_RULES)], name="quay")
    doc = pipeline(plugin).process(PAGE, site="quaytimes")
    assert doc.body


def test_logo_line_is_not_the_headline():
    extra = '[rules.text]\nlines = [{ id = "logo", pattern = \'The Quay Times\', reason = "logo" }]\n'
    plugin = RuleSitePlugin([rules(extra)], name="quay")
    text = "The Quay Times\n\nFerry fares to rise\n\nFares rise in May, the operator said."
    doc = pipeline(plugin).process(text, site="quaytimes")
    assert doc.title == "Ferry fares to rise"
    assert [b.text for b in doc.body] == ["Fares rise in May, the operator said."]
    logo = next(r for r in doc.removed if r.rule == "quaytimes.logo")
    assert (logo.field, logo.plugin) == (None, "quay")


def test_html_removed_code_keeps_its_lines():
    plugin = RuleSitePlugin([rules(HTML_RULES)], name="quay")
    page = PAGE.replace("<script>var x = 1;</script>", "<script>\n  var x = 1;\n  var y = 2;\n</script>")
    doc = pipeline(plugin).process(page, url="https://quaytimes.example/news/f")
    head = [r for r in doc.removed if r.locator == "/html/head"]
    assert [r.text for r in head] == ["Fares | Quay Times\nvar x = 1;\n  var y = 2;"]
    footer = [r for r in doc.removed if r.text == "© The Quay Times"]
    assert footer, [r.text for r in doc.removed]


LITERAL_PROBES = ["pakistan today", "© telegraph", "café", "kelvin", "i̇stanbul", " guardian news "]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*LITERAL_PROBES, "PAKISTAN Today", "© ", "CAFÉ", "\u212aelvin", "İstanbul", "x", " ", "\n"]
        )
    ).map("".join)
)
def test_required_literals_are_found_as_in_the_lower_cased_text(text):
    from newskit.sites.rules import _byte_literal, _lowered, _lowered_bytes

    for literal in LITERAL_PROBES:
        as_bytes, folded = _byte_literal(literal), _lowered_bytes(text)
        if as_bytes is not None and folded is not None:
            assert (as_bytes in folded) == (literal in _lowered(text)), literal


def test_ascii_and_symbol_literals_are_looked_for_in_bytes():
    from newskit.sites.rules import _byte_literal

    assert _byte_literal("© telegraph media group ") == "© telegraph media group ".encode()
    assert _byte_literal("café") is None  # a letter with case beyond ASCII: the text's lower case answers
    assert _byte_literal("Pakistan") is None


@pytest.mark.parametrize("url", ["https://[", "http://[::1/a", "[", "https://"])
def test_a_broken_url_identifies_no_site_and_fails_nothing(url):
    source = newskit.Source("Text.", "text", url=url)
    assert source.host is None
    doc = newskit.Pipeline(on_error="raise").process("Tide tables\n\nHigh water at noon.", url=url)
    assert doc.site is None and doc.url == url


def test_source_host_is_lower_case_without_a_final_dot():
    assert newskit.Source("Text.", "text", url="https://WWW.Reuters.COM./world").host == "www.reuters.com"
    assert newskit.Source("Text.", "text", url="reuters.com/world").host == "reuters.com"
    assert newskit.Source("Text.", "text").host is None


FUZZ_RULES = BASE + """
[[rules]]
valid_until = 2023-07-09

[rules.html]
body = ["article div.body", "article"]
authors = ["span.by"]
drop = [{ selector = "figure", reason = "photo" }]

[rules.text]
lines = [{ id = "ad", pattern = "^Advertisement$", reason = "ad" }]
cut_after = [{ id = "credits", pattern = "_{3,}", reason = "credits" }]

[[rules]]
valid_from = 2023-07-10

[rules.html]
body = ["div.story"]
"""

FUZZ_LINES = FUZZ_RULES.splitlines()
FUZZ_VALUES = st.one_of(
    st.text(max_size=12).map(lambda t: json.dumps(t, ensure_ascii=False)),  # a TOML basic string
    st.integers().map(str),
    st.sampled_from(["[]", "{}", "true", '"*"', '"a[b"', '"Aϵ"', '"(?<x>"', '"(a|a)*$"', '"2020-13-45"', '["(", "a > > b"]']),
)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([i for i, line in enumerate(FUZZ_LINES) if " = " in line]), FUZZ_VALUES)
def test_a_rule_file_fails_to_load_or_works_never_fails_on_a_page(i, value):
    lines = list(FUZZ_LINES)
    lines[i] = f"{lines[i].split(' = ')[0]} = {value}"
    try:
        loaded = parse_rules("\n".join(lines))
    except RuleFileError as e:
        assert str(e)
        return
    quay = pipeline(RuleSitePlugin([loaded], name="quay"), on_error="raise")
    page = "<html><body><article><div class='body'><p>Quay text.</p><figure>x</figure></div></article>"
    quay.process(page + "</body></html>", url="https://quaytimes.example/news/a", published="2022-01-01")
    quay.process("<div class='story'><p>Quay text.</p></div>", url="https://quaytimes.example/news/a", published="2024-01-01")
    quay.process("Quay\n\nText.\nAdvertisement\n___\n© The Quay Times", url="https://quaytimes.example/news/b")
