"""The adjacent-sibling combinator ``+`` in rule-file selectors (newskit.sites.css)."""

from __future__ import annotations

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit
from newskit.sites import RuleSitePlugin, parse_rules
from newskit.sites.css import CssError, compile_selector, select, to_xpath


def test_translation():
    assert to_xpath("img + em") == "descendant-or-self::img/following-sibling::*[1]/self::em"
    assert to_xpath("p>img+br+em.c") == (
        "descendant-or-self::p/img/following-sibling::*[1]/self::br/following-sibling::*[1]/self::em"
        "[contains(@class, 'c') and contains(concat(' ', normalize-space(@class), ' '), ' c ')]"
    )


def test_only_the_next_element_sibling_matches():
    root = lxml.html.fromstring(
        "<div><p><img src='a.jpg'><br>\n<em>Caption</em> and <em>emphasis</em></p>"
        "<p><em>Quoted passage</em></p><p>Text <br><em>not after an image</em></p></div>"
    )
    assert [el.text for el in select(root, "p > img + br + em")] == ["Caption"]
    assert [el.text for el in select(root, "img + em")] == []


@pytest.mark.parametrize("bad", ["a ~ b", "+ a", "a +", "a + , b"])
def test_malformed_or_unsupported(bad):
    with pytest.raises(CssError):
        to_xpath(bad)


def test_drop_a_caption_after_an_inline_image():
    rules = parse_rules(
        '[site]\nkey = "q"\nname = "Q"\ndomains = ["q.example"]\n'
        '[rules.html]\nbody = ["div.story"]\n'
        'drop = [{ selector = "p > img + br + em", reason = "photo caption" }]\n'
    )
    page = (
        "<html><body><div class='story'><p>The pier opened on Friday.</p>"
        "<p><img src='pier.jpg'><br><em>The new pier</em></p><p><em>“It is lovely,” she said.</em></p>"
        "</div></body></html>"
    )
    doc = newskit.Pipeline(plugins=[RuleSitePlugin([rules], name="q")], entry_points=False).process(
        page, url="https://q.example/news/pier"
    )
    assert [b.text for b in doc.body] == ["The pier opened on Friday.", "“It is lovely,” she said."]
    assert any(r.text == "The new pier" and r.reason == "photo caption" for r in doc.removed)


SELECTOR_PIECES = st.sampled_from(
    ["div", "p", "*", "Aϵ", "-x", "h1", ".c", ".-c", "#main", "#ид", "[x]", "[dätä]", "[a=b]", '[a="ϵ q"]',
     "[a^='x']", "[a*=ϵ]", " ", " > ", " + ", ", ", ":hover", "~", "_", "9", "ϵ", "[", "]", "'", '"']
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(SELECTOR_PIECES, min_size=1, max_size=6).map("".join))
def test_every_selector_the_subset_accepts_compiles_in_lxml(selector):
    """A rule file's selectors are checked when it loads (without lxml): none may fail at read time."""
    try:
        to_xpath(selector)
    except CssError:
        return
    compile_selector(selector)  # raises CssError on an XPath syntax error
