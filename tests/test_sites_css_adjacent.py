"""The adjacent-sibling combinator ``+`` in rule-file selectors (newskit.sites.css)."""

from __future__ import annotations

import lxml.html
import pytest

import newskit
from newskit.sites import RuleSitePlugin, parse_rules
from newskit.sites.css import CssError, select, to_xpath


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
