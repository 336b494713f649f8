"""A site's ``standfirst`` selector: the summary outside the body goes before its text.

Many sites print the standfirst in the page header, away from the article text. Listing
it in the ``body`` selector (``"p.standfirst, div.story"``) would make the selector match
on pages without the story, with the standfirst alone taken for the article; the
``standfirst`` field is used only when the body is found.
"""

from __future__ import annotations

import newskit
from newskit.sites import RuleFileError, RuleSitePlugin, parse_rules

RULES = """
[site]
key = "quaytimes"
name = "The Quay Times"
domains = ["quaytimes.example"]
[rules.html]
body = ["div.story"]
standfirst = ["header p.standfirst", "p.dek"]
drop = ["div.promo"]
"""

PAGE = """<html><body>
<header><h1>Ferry fares to rise</h1><p class="standfirst">Season tickets stay the same.</p>
<p class="standfirst">(a copy for small screens)</p></header>
<div class="story"><p>Fares rise in May.</p><div class="promo">Subscribe now</div><p>The operator blamed fuel.</p></div>
</body></html>"""


def _process(page: str, rules: str = RULES) -> newskit.Document:
    plugin = RuleSitePlugin([parse_rules(rules)], name="quaytimes")
    pipeline = newskit.Pipeline(plugins=[plugin], entry_points=False)
    return pipeline.process(page, url="https://quaytimes.example/news/1")


def test_the_standfirst_goes_before_the_body():
    doc = _process(PAGE)
    assert [b.text for b in doc.body] == [
        "Season tickets stay the same.",
        "Fares rise in May.",
        "The operator blamed fuel.",
    ]
    # only the first element: the copy is outside the article, recorded as such
    copy = next(r for r in doc.removed if r.text == "(a copy for small screens)")
    assert copy.rule == "quaytimes.html.outside"
    assert any(r.text == "Subscribe now" and r.rule == "quaytimes.html.drop" for r in doc.removed)


def test_without_a_body_the_standfirst_alone_is_not_the_article():
    page = PAGE.replace('class="story"', 'class="gallery"')
    doc = _process(page)
    assert any(w.code == "site-selectors-missed" for w in doc.warnings)


def test_later_selectors_are_alternatives():
    doc = _process(
        PAGE.replace('<header><h1>Ferry fares to rise</h1><p class="standfirst">', '<p class="dek">')
    )
    assert doc.body[0].text == "Season tickets stay the same."


def test_a_standfirst_inside_the_body_is_read_once_in_place():
    page = PAGE.replace('<div class="story">', '<div class="story"><p class="dek">Dek inside.</p>').replace(
        '<p class="standfirst">Season tickets stay the same.</p>\n<p class="standfirst">(a copy for small screens)</p>',
        "",
    )
    doc = _process(page)
    assert [b.text for b in doc.body] == ["Dek inside.", "Fares rise in May.", "The operator blamed fuel."]


def test_a_standfirst_around_the_body_is_not_taken():
    rules = RULES.replace('"header p.standfirst", "p.dek"', '"body"')
    doc = _process(PAGE, rules)
    assert [b.text for b in doc.body] == ["Fares rise in May.", "The operator blamed fuel."]


def test_standfirst_selectors_are_checked():
    try:
        parse_rules(RULES.replace('"p.dek"', '"p:first-child"'), "q.toml")
    except RuleFileError as e:
        assert "rules[0].html.standfirst" in str(e)
    else:  # pragma: no cover
        raise AssertionError("a pseudo-class in standfirst must be refused")
