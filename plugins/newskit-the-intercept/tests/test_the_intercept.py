"""Tests of The Intercept plugin.

The example pages in ``examples/`` are made up in the site's markup (the WordPress
design from 2024 and the React design before it); each gives what its
``.expected.json`` says. After a deliberate change:
``NEWSKIT_UPDATE_EXPECTED=1 python -m pytest tests``.
"""

import pathlib

import pytest
from newskit_the_intercept import SITE, plugin

import newskit
from newskit.testing import assert_example, example_pages

EXAMPLES = pathlib.Path(__file__).parent / "examples"
STORY = (EXAMPLES / "water-contracts.html").read_text(encoding="utf-8")
OLD = (EXAMPLES / "react-design-2023.html").read_text(encoding="utf-8")
URL = "https://theintercept.com/2025/05/20/private-water-contractor-invoices/"


def pipeline(**kw) -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False, **kw)


@pytest.mark.parametrize("page", example_pages(EXAMPLES), ids=lambda p: p.name)
def test_example_page(page):
    assert_example(page, plugins=[plugin])


def test_excerpt_text_and_subheading_are_the_body():
    doc = pipeline().process(STORY, url=URL)
    assert doc.site == SITE
    assert [b.text[:25] for b in doc.body] == [
        "Invoices show charges for",
        "A private contractor that",
        "The charges ran to more t",
        "City officials in two of ",
        "A Paper Trail",
        "The invoices list the sam",
        "The company did not respo",
    ]
    assert doc.body[4].kind == "heading"


def test_widgets_are_removed_and_recorded():
    doc = pipeline().process(STORY, url=URL)
    for junk in (
        "Join Our Newsletter",
        "Most Read",
        "two cities at once",
        "Write Their Own Audits",
        "complete coverage",
    ):
        assert junk not in doc.text
    dropped = [(r.reason, r.text) for r in doc.removed if r.rule == "the-intercept.html.drop"]
    assert [reason for reason, _text in dropped] == [
        "newsletter sign-up",
        "related stories",
        "pull quote",
        "related stories",
        "related stories",
    ]
    assert "Join Our Newsletter" in dropped[0][1]
    assert "How Utilities Write Their Own Audits" in dropped[3][1]


def test_fields_come_from_json_ld():
    doc = pipeline().process(STORY, url=URL)
    assert doc.title == "Private Water Contractor Billed Cities for Work It Never Did"
    assert doc.authors == ("Dana Whitcombe", "Luis Ferreira")
    assert doc.published.isoformat() == "2025-05-20T10:30:00-04:00"
    assert doc.extensions["site"]["timezone"] == "America/New_York"


def test_react_design():
    doc = pipeline().process(OLD, url="https://theintercept.com/2023/02/09/prison-phone-rates-contract/")
    assert doc.site == SITE
    assert [b.text[:25] for b in doc.body] == [
        "Families now pay $1.20 fo",
        "Phone calls from state pr",
        "The contract was awarded ",
        "Relatives of prisoners sa",
        "The corrections departmen",
    ]
    for junk in ("groceries", "Newsletter", "Video Visits"):
        assert junk not in doc.text
    assert doc.published.isoformat() == "2023-02-09T14:00:00+00:00"


def test_other_sites_are_not_claimed():
    assert pipeline().process(STORY, url="https://example.com/2025/05/20/x/").site is None
    assert pipeline().process(STORY, url="https://theintercept.com.example.net/x").site is None
    assert pipeline().process(STORY, url="https://www.theintercept.com/x").site == SITE


def test_intercept_brasil_paths_are_not_read_with_these_rules():
    assert pipeline().process(STORY, url="https://theintercept.com/brasil/2018/03/01/x/").site is None


def test_page_without_url_is_recognised_by_its_markup():
    assert pipeline().process(STORY).site is None  # the example page does not name the domain
    page = STORY.replace("<head>", '<head><link rel="canonical" href="https://theintercept.com/x/">')
    page = page.replace("© THE INTERCEPT", "© First Look Institute")
    assert pipeline().process(page).site == SITE


def test_blocking_turns_it_off():
    off = newskit.Pipeline(plugins=[plugin], block=["the-intercept"], entry_points=False)
    assert off.process(STORY, url=URL).site is None
