"""A dropped inline element (a site's ``drop`` selector on a ``span``) leaves its paragraph whole.

Sites hide notes inside links (a visually hidden ", opens new tab" span); dropping one
must not cut the paragraph in two at that point. Block elements still end it.
"""

from __future__ import annotations

import newskit
from newskit.sites import RuleSitePlugin, parse_rules

RULES = parse_rules(
    """
[site]
key = "quaytimes"
name = "The Quay Times"
domains = ["quaytimes.example"]
[rules.html]
body = ["div.story"]
drop = ["span.hidden-note", "div.promo"]
"""
)

PAGE = """<html><body><div class="story">
<p>Read the <a href="/r">report<span class="hidden-note">, opens new tab</span></a> by the harbour board.</p>
<p>Fares rise<div class="promo">Subscribe now</div>in May.</p>
</div></body></html>"""


def _doc():
    pipeline = newskit.Pipeline(plugins=[RuleSitePlugin([RULES], name="quaytimes")], entry_points=False)
    return pipeline.process(PAGE, url="https://quaytimes.example/news/1")


def test_inline_drop_keeps_the_paragraph_whole():
    doc = _doc()
    assert doc.body[0].text == "Read the report by the harbour board."
    note = next(r for r in doc.removed if r.text == ", opens new tab")
    assert note.rule == "quaytimes.html.drop"
    assert note.locator is not None


def test_block_drop_still_ends_the_paragraph():
    doc = _doc()
    assert [b.text for b in doc.body[1:]] == ["Fares rise", "in May."]
    assert any(r.text == "Subscribe now" and r.rule == "quaytimes.html.drop" for r in doc.removed)


def test_an_icon_inside_a_link_does_not_end_the_paragraph():
    page = (
        '<html><body><div class="story"><p>Click <a href="/r">here<svg><path d="M0 0"/></svg></a>.</p>'
        "<p>Second paragraph.</p></div></body></html>"
    )
    pipeline = newskit.Pipeline(plugins=[RuleSitePlugin([RULES], name="quaytimes")], entry_points=False)
    doc = pipeline.process(page, url="https://quaytimes.example/news/2")
    assert [b.text for b in doc.body] == ["Click here.", "Second paragraph."]


def test_a_dropped_link_does_not_make_later_text_count_as_links():
    rules = parse_rules(
        '[site]\nkey = "q"\nname = "Q"\ndomains = ["q.example"]\n'
        '[rules.html]\nbody = ["div.story"]\ndrop = ["a.promo"]\n'
    )
    page = (
        '<html><body><div class="story"><p>Fares rise in May, the operator said on Monday. '
        '<a class="promo" href="/s">Subscribe</a></p><p>Season tickets will not change this year.</p>'
        "</div></body></html>"
    )
    pipeline = newskit.Pipeline(plugins=[RuleSitePlugin([rules], name="q")], entry_points=False)
    doc = pipeline.process(page, url="https://q.example/news/3")
    assert [b.text for b in doc.body] == [
        "Fares rise in May, the operator said on Monday.",
        "Season tickets will not change this year.",
    ]
