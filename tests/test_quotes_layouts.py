"""Quotes and speakers on articles written for these tests, one layout at a time."""

from __future__ import annotations

import pathlib

import pytest

import newskit
from newskit.quotes import plugin

FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures" / "quotes"


@pytest.fixture(scope="module")
def pipeline() -> newskit.Pipeline:
    return newskit.Pipeline(plugins=[plugin], entry_points=False)


@pytest.fixture(scope="module")
def harbour(pipeline: newskit.Pipeline) -> newskit.Document:
    return pipeline.process((FIXTURES / "harbour.txt").read_text(encoding="utf-8"))


def quote_with(doc: newskit.Document, words: str) -> newskit.Quote:
    found = [q for q in doc.quotes if words in q.text]
    assert found, f"no quote with {words!r}: {[q.text for q in doc.quotes]}"
    return found[0]


def test_quote_then_name_and_cue_with_addressee(harbour):
    q = quote_with(harbour, "both sides want the boats")
    assert q.kind == "direct"
    assert (q.speaker.text, q.speaker.name, q.cue.text) == ("Marlow", "Edith Marlow", "told")
    assert q.addressee.text == "the Island Business Forum"


def test_role_description_in_the_lead_resolves_to_the_person_named_next(harbour):
    q = quote_with(harbour, "a guaranteed subsidy")
    assert q.kind == "partial"
    assert q.speaker.text == "the regional transport commissioner"
    assert q.speaker.name == "Edith Marlow"


def test_title_split_from_name_and_venue(harbour):
    q = quote_with(harbour, "welcomed the offer")
    assert q.speaker.text == "harbour board spokesman Tomas Reyes"
    assert (q.speaker.name, q.speaker.role) == ("Tomas Reyes", "harbour board spokesman")
    assert q.addressee.text == "in a statement"


def test_partial_quotes_inside_reported_speech(harbour):
    q = quote_with(harbour, "cut off for days")
    assert q.kind == "partial"
    assert q.speaker.name == "Tomas Reyes" and q.addressee.text == "reporters"


def test_nested_report_records_who_reported_it(harbour):
    q = quote_with(harbour, "every sailing in the storm season")
    assert q.speaker.text == "The operator’s lawyers"
    assert q.reported_by.text == "she" and q.reported_by.name == "Edith Marlow"


def test_continuation_after_cue_is_one_quote_in_two_parts(harbour):
    q = quote_with(harbour, "They are close")
    assert len(q.parts) == 2 and "who pays" in q.parts[1].text
    assert q.speaker.text == "she" and q.speaker.name == "Edith Marlow"


def test_inverted_cue_between_two_parts(harbour):
    q = quote_with(harbour, "a question of fairness")
    assert [p.text for p in q.parts][1].startswith("and of keeping a promise")
    assert q.speaker.text == "Reyes" and q.cue.text == "said"


def test_quote_over_two_paragraphs_takes_the_closing_speaker(harbour):
    q = quote_with(harbour, "imagined winters like these")
    assert len(q.parts) == 2 and q.speaker.name == "Edith Marlow"
    assert "’90s" in q.parts[0].text  # an apostrophe, not a quote mark


def test_scare_quotes_are_not_speech(harbour):
    assert not [q for q in harbour.quotes if "Blue Gate" in q.text]


def test_indirect_speech(harbour):
    indirect = {q.speaker.text: q for q in harbour.quotes if q.kind == "indirect"}
    assert indirect["the ministry of transport"].text.startswith("The board and the operator discussed")
    assert indirect["The operator"].text == "it needs certainty"
    assert indirect["Marlow"].text.startswith("the subsidy can only be agreed")


def test_headline_trailing_colon_names_the_speaker(harbour):
    q = next(q for q in harbour.quotes if q.where == "title")
    assert q.text == "a lifeline for the islands"
    assert q.speaker.where == "title" and q.speaker.name == "Edith Marlow"
    assert harbour.title[q.parts[0].start : q.parts[0].end] == q.text


def test_people_listed_once_with_variants_roles_and_quotes(harbour):
    people = {p.name: p for p in harbour.people}
    marlow = people["Edith Marlow"]
    assert "Marlow" in marlow.variants
    assert any("commissioner" in r for r in marlow.roles)
    for i in marlow.quotes:
        assert harbour.quotes[i].speaker.person == marlow.id


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "« Nous restons prudents », a dit Lemaire. Mayor Ann Lo said: «We stay careful.»",
            "Mayor Ann Lo",
            "We stay careful.",
        ),
        ("Mayor Ann Lo said: „We stay careful.“", "Mayor Ann Lo", "We stay careful."),
        ("'We stay careful,' said Ann Lo, the mayor.", "Ann Lo", "We stay careful"),
        ('"We stay careful," Ann Lo said.', "Ann Lo", "We stay careful"),
        ("‘We stay careful,’ Ann Lo said.", "Ann Lo", "We stay careful"),
        ("According to Ann Lo, “the pier is safe.”", "Ann Lo", "the pier is safe."),
    ],
)
def test_quote_mark_styles(pipeline, text, speaker, words):
    doc = pipeline.process(text)
    q = quote_with(doc, words)
    assert q.speaker.text == speaker


def test_speech_verbs_hook_extends_the_lexicon():
    from newskit.markers import hookimpl

    class Opine:
        @hookimpl
        def newskit_speech_verbs(self, language):
            return ["harrumph"]

    text = "“The pier is too short,” Ann Lo harrumphed."
    plain = newskit.Pipeline(plugins=[plugin], entry_points=False).process(text)
    extended = newskit.Pipeline(plugins=[plugin, Opine()], entry_points=False).process(text)
    assert not plain.quotes
    assert extended.quotes[0].speaker.text == "Ann Lo" and extended.quotes[0].cue.text == "harrumphed"


def test_source_spans_point_into_the_input(pipeline):
    text = "Pier report\n\n“We stay careful,” Ann Lo said."
    doc = pipeline.process(text)
    q = doc.quotes[0]
    assert text[q.parts[0].source_start : q.parts[0].source_end] == "We stay careful"
    assert text[q.speaker.source_start : q.speaker.source_end] == "Ann Lo"


def test_json_round_trip(pipeline, harbour):
    again = newskit.Document.from_json(pipeline.render(harbour, "json"))
    assert again.quotes == harbour.quotes and again.people == harbour.people


def test_no_break_space_between_sentences_keeps_quotes_apart(pipeline):
    text = (
        "Pier\n\n“We each have our own view, but we are friends,” Ann Lo told a passer-by on the quay."
        "\xa0“We are like two boats on one mooring,” she explained."
    )
    doc = pipeline.process(text)
    first, second = (quote_with(doc, w) for w in ("our own view", "two boats"))
    assert first is not second and len(first.parts) == 1
    assert (second.speaker.text, second.cue.text) == ("she", "explained")


def test_a_new_cue_between_two_stretches_starts_a_new_quote(pipeline):
    text = (
        "Pier\n\nThe mayor called the old pier “a danger to every boat,” adding that the new one would be "
        "“ready before the storms.”\n\n“We stay careful,” Ann Lo said. “The pier is old.”"
    )
    doc = pipeline.process(text)
    danger, ready = quote_with(doc, "a danger"), quote_with(doc, "ready before")
    assert danger is not ready and len(danger.parts) == 1
    assert (ready.cue.text, ready.kind, ready.speaker.text) == ("adding", "partial", "The mayor")
    careful = quote_with(doc, "We stay careful")  # the same cue: one quote in two parts
    assert [p.text for p in careful.parts] == ["We stay careful", "The pier is old."]


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue"),
    [
        (
            "Pier\n\nWhen the ferry left, Ann Lo yelled “Come back!” from the quay.",
            "Come back!",
            "Ann Lo",
            "yelled",
        ),
        ("Pier\n\nThe crowd chanted “Open the pier!” until dark.", "Open the pier!", "The crowd", "chanted"),
        (
            "Pier\n\n“This is fantastic!” beamed Tom Hart, a fisherman.",
            "This is fantastic!",
            "Tom Hart",
            "beamed",
        ),
        (
            "Pier\n\n“Go back to the office,” the mayor barked.",
            "Go back to the office",
            "the mayor",
            "barked",
        ),
    ],
)
def test_manner_verbs_touching_the_quote(pipeline, text, words, speaker, cue):
    q = quote_with(pipeline.process(text), words)
    assert (q.speaker.text, q.cue.text) == (speaker, cue)


def test_manner_verb_not_touching_a_quote_is_no_cue(pipeline):
    doc = pipeline.process("Pier\n\nThe crowd chanted for an hour before the “Blue Gate” opened.")
    assert not [q for q in doc.quotes if q.kind != "indirect"]


@pytest.mark.parametrize(
    ("text", "words", "speaker", "name"),
    [
        (
            "Pier\n\nHarbour master Ruth Stone spoke last.\n\nContinued Stone: “The pier will not last the winter.”",
            "will not last",
            "Stone",
            "Ruth Stone",
        ),
        ("Pier\n\nSaid Ann Lo, a fisherman: “We stay.”", "We stay.", "Ann Lo", "Ann Lo"),
        (
            "Pier\n\nAs the Island Post reported, “the pier is older than the town.”",
            "older than",
            "the Island Post",
            None,
        ),
    ],
)
def test_sentence_opening_cues(pipeline, text, words, speaker, name):
    q = quote_with(pipeline.process(text), words)
    assert q.speaker.text == speaker
    if name:
        assert q.speaker.name == name


def test_capitalised_past_form_inside_a_sentence_is_no_cue(pipeline):
    doc = pipeline.process("Pier\n\nThe plan, Added Value Group said, “will cost more.”")
    assert all(q.cue.text != "Added" for q in doc.quotes if q.cue)


@pytest.mark.parametrize(
    "text",
    [
        "Pier\n\nOn Tuesday, Rep. Ann Lo (D-Maine), said, “We stay careful.”",
        "Pier\n\n“We stay careful,” Rep. Ann Lo (D-Maine) said.",
    ],
)
def test_party_and_state_in_parentheses_after_the_name(pipeline, text):
    q = quote_with(pipeline.process(text), "We stay careful")
    assert (q.speaker.text, q.speaker.name) == ("Rep. Ann Lo", "Ann Lo")


def test_indirect_speech_after_a_participle_takes_the_sentence_subject(pipeline):
    text = (
        "Pier\n\nIn a speech at the harbour on Tuesday, Mayor Ann Lo struck a careful tone, "
        "saying the pier would stay closed until the spring."
    )
    q = next(q for q in pipeline.process(text).quotes if q.kind == "indirect")
    assert q.text == "the pier would stay closed until the spring"
    assert (q.cue.text, q.speaker.text, q.speaker.name) == ("saying", "Mayor Ann Lo", "Ann Lo")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Pier\n\nOn Friday, after weeks of silence, Mayor Ann Lo toured the pier with engineers, "
            "saying, “We will not let it fall into the sea.”",
            "fall into the sea",
            "Mayor Ann Lo",
        ),
        (
            "Pier\n\nAnd then Lo went on the attack, saying, “The board has wasted two winters.”",
            "wasted two winters",
            "Lo",
        ),
        (
            "Pier\n\nLast week, Lo visited the harbour office, saying, “Nobody here answers the phone.”",
            "answers the phone",
            "Lo",
        ),
        (
            "Pier\n\nMayor Ann Lo inspected the pilings on Tuesday and later said, "
            "“Two of them are rotten through.”",
            "rotten through",
            "Mayor Ann Lo",
        ),
    ],
)
def test_cue_after_the_sentence_subject_and_fronted_phrases(pipeline, text, words, speaker):
    # the speaker of ``…, saying`` and ``… and said`` is the sentence's subject, past any fronted phrases
    q = quote_with(pipeline.process(text), words)
    assert q.kind == "direct"
    assert q.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Pier\n\nThe mayor met angry traders on the quay.\n\n"
            "Mayor Ann Lo then turned to the crowd: “Nobody will lose a berth this winter.”",
            "lose a berth",
            "Mayor Ann Lo",
        ),
        (
            "Pier\n\nThe board met on Monday.\n\nSenator Ruth Stone, 61, had a blunt message for the board:\n\n"
            "“If the pilings go, the ferry goes with them. I have said so for three years.”",
            "pilings go",
            "Senator Ruth Stone",
        ),
        (
            "Pier\n\nThe two candidates differ on the pier.\n\n"
            "Lo: “We rebuild it in stone.” Stone: “We let the sea have it.”",
            "sea have it",
            "Stone",
        ),
    ],
)
def test_colon_after_a_sentence_with_a_speaker_and_no_cue(pipeline, text, words, speaker):
    q = quote_with(pipeline.process(text), words)
    assert q.kind == "direct"
    assert q.speaker.text == speaker
    assert q.cue is None


@pytest.mark.parametrize(
    "text",
    [
        "Pier\n\nWait, it gets worse: “Closed until further notice,” reads the sign.",
        "Pier\n\nIt is simple: “No boats.”",
        "Pier\n\nMore from the survey: “Most traders want the pier rebuilt.”",
        "Pier\n\nThe verdict on the pier was harsh: “Beyond repair.”",
    ],
)
def test_colon_without_a_speaker_before_it_gives_no_speaker(pipeline, text):
    doc = pipeline.process(text)
    assert all(q.speaker is None or q.cue is not None for q in doc.quotes), [
        (q.text, q.speaker.text) for q in doc.quotes if q.speaker
    ]


@pytest.mark.parametrize(
    ("text", "words", "speaker", "kind"),
    [
        (
            "Pier\n\nMayor Ann Lo, in a statement, said “We will rebuild the pier.”",
            "rebuild",
            "Mayor Ann Lo",
            "direct",
        ),
        ("Pier\n\nLo, for her part, said, “The ferry comes first.”", "ferry comes", "Lo", "direct"),
        (
            "Pier\n\nHarbour master Ruth Stone, at a meeting after the vote, told reporters “It is too late.”",
            "too late",
            "Harbour master Ruth Stone",
            "direct",
        ),
        (
            "Pier\n\nStone, in an interview on Monday, said the pilings were rotten through.",
            "pilings were rotten",
            "Stone",
            "indirect",
        ),
    ],
)
def test_an_aside_between_the_name_and_the_cue(pipeline, text, words, speaker, kind):
    q = quote_with(pipeline.process(text), words)
    assert (q.kind, q.speaker.text) == (kind, speaker)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Pier\n\nMayor Ann Lo went after the board on Monday, calling its plan “a waste of two winters.”",
            "waste of two winters",
            "Mayor Ann Lo",
        ),
        (
            "Pier\n\nMayor Ann Lo went after the board on Monday, calling it “a waste of two winters.”",
            "waste of two winters",
            "Mayor Ann Lo",
        ),
        (
            "Pier\n\nSenator Ruth Stone wrote to the traders, telling them, “Nobody will lose a berth.”",
            "lose a berth",
            "Senator Ruth Stone",
        ),
    ],
)
def test_a_pronoun_after_the_cue_is_its_object_not_its_speaker(pipeline, text, words, speaker):
    q = quote_with(pipeline.process(text), words)
    assert q.speaker.text == speaker


def test_bare_name_with_party_before_a_colon(pipeline):
    text = "Pier\n\nThe exchange at the hearing.\n\nRep. Ann Lo (D-Maine): “Who told you the pier was safe?”"
    q = quote_with(pipeline.process(text), "pier was safe")
    assert (q.kind, q.speaker.text, q.speaker.name) == ("direct", "Rep. Ann Lo", "Ann Lo")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Pier\n\nPORTLAND, Maine, March 3 (Harbour Wire) — After a night of storms, Mayor Ann Lo "
            "walked the pier, saying, “We were lucky this time.”",
            "lucky this time",
            "Mayor Ann Lo",
        ),
        (
            "Pier\n\nPORTLAND — Sen. Ruth Stone (D-Maine) toured the harbour on Monday, calling the pier "
            "“a disgrace.”",
            "a disgrace",
            "Sen. Ruth Stone",
        ),
    ],
)
def test_a_dateline_is_no_part_of_the_sentence_subject(pipeline, text, words, speaker):
    q = quote_with(pipeline.process(text), words)
    assert q.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        (
            "Pier\n\n“The pier will open in May,” said the mayor’s senior foreign policy adviser Ruth Stone.",
            "the mayor’s senior foreign policy adviser Ruth Stone",
            "Ruth Stone",
        ),
        (
            "Pier\n\n“The pier will open in May,” Portland Harbor Board chief executive Tom Reyes said.",
            "Portland Harbor Board chief executive Tom Reyes",
            "Tom Reyes",
        ),
    ],
)
def test_a_long_title_before_the_name(pipeline, text, speaker, name):
    q = quote_with(pipeline.process(text), "open in May")
    assert (q.kind, q.speaker.text, q.speaker.name) == ("direct", speaker, name)


def test_a_long_phrase_ending_in_a_name_is_no_speaker_when_it_is_no_title(pipeline):
    text = "Pier\n\nA new survey by the Maine Harbour Institute said the pier was sound."
    doc = pipeline.process(text)
    assert [q.speaker.text for q in doc.quotes] != ["A new survey by the Maine Harbour Institute"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Pier\n\n“We will vote,” said Sen. Ann Lo of Maine.", "Ann Lo", "Sen."),
        ("Pier\n\n“We will vote,” said Ann Lo of the Portland Herald.", "Ann Lo", None),
        ("Pier\n\n“We will vote,” the head of the Harbour Board, Tom Reyes, said.", "Tom Reyes", "head of the Harbour Board"),
        ("Pier\n\n“We will vote,” Mr. Tom Reyes said.", "Tom Reyes", None),
        ("Pier\n\n“We will vote,” said Gov. Ann Lo.", "Ann Lo", "Gov."),
    ],
)
def test_the_name_role_and_place_of_a_speaker(pipeline, text, name, role):
    q = quote_with(pipeline.process(text), "We will vote")
    assert (q.speaker.name, q.speaker.role) == (name, role)


def test_an_organisation_named_with_of_is_no_person(pipeline):
    q = quote_with(pipeline.process("Pier\n\n“Rates stay,” the Bank of Maine said."), "Rates stay")
    assert q.speaker.name == "Bank of Maine"
    assert pipeline.process("Pier\n\n“Rates stay,” the Bank of Maine said.").people == ()


def test_he_and_she_go_to_a_person_the_text_has_called_so(pipeline):
    text = (
        "Pier\n\nGov. Tom Reyes met Sen. Ann Lo at the harbour on Monday.\n\n"
        "“We will rebuild,” Mr. Reyes said.\n\n"
        "Mrs. Lo, a harbour pilot for twenty years, was less sure. “Not this year,” she said.\n\n"
        "“We will see,” he said."
    )
    doc = pipeline.process(text)
    speakers = {q.text: q.speaker.name for q in doc.quotes}
    assert speakers["We will rebuild"] == "Tom Reyes"
    assert speakers["Not this year"] == "Ann Lo"
    assert speakers["We will see"] == "Tom Reyes"


def test_she_is_left_unresolved_rather_than_given_to_a_man(pipeline):
    text = "Pier\n\n“We will rebuild,” Mr. Tom Reyes said.\n\n“Not this year,” she said."
    q = quote_with(pipeline.process(text), "Not this year")
    assert q.speaker.text == "she" and q.speaker.name is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Pier\n\nLo said the pier was “a risk,” adding: “We will close it in May.”", "direct"),
        ("Pier\n\nLo said the pier was “a risk,” adding that it was “past saving.”", "partial"),
    ],
)
def test_a_second_cue_gives_a_direct_quote_when_a_whole_sentence_follows_it(pipeline, text, kind):
    doc = pipeline.process(text)
    assert [q.kind for q in doc.quotes] == ["partial", kind]
    assert doc.quotes[1].cue.text == "adding"


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # a sentence end is no part of a name: not ``Maine. Reyes``
        ("Pier\n\nThe board met in Portland. Reyes spoke first. “We wait,” Reyes said.", "We wait", "Reyes"),
        # a sentence's first word is no part of the name
        ("Pier\n\nEven Ann Lo, who backs the plan, was cautious. “We wait,” Lo said.", "We wait", "Ann Lo"),
        ("Pier\n\n“We wait,” But Ann Lo, the port’s chief, said.", "We wait", "Ann Lo"),
        # a month is a first name too
        ("Pier\n\n“We wait,” April Reyes, a spokeswoman for the port, said.", "We wait", "April Reyes"),
    ],
)
def test_names_do_not_run_over_sentence_ends_or_openers(pipeline, text, words, name):
    assert quote_with(pipeline.process(text), words).speaker.name == name


def test_a_passive_cue_between_two_stretches_is_no_new_quote(pipeline):
    text = "Pier\n\n“It was a fair offer,” Lo told the board on Monday when asked about the sale. “We took it.”"
    [q] = pipeline.process(text).quotes
    assert (q.kind, q.cue.text, [p.text for p in q.parts]) == ("direct", "told", ["It was a fair offer", "We took it."])


@pytest.mark.parametrize(
    ("phrase", "name", "role"),
    [
        ("Harbour Board Deputy Administrator Ann Lo", "Ann Lo", "Harbour Board Deputy Administrator"),
        ("novelist Stephen King", "Stephen King", "novelist"),
        ("Minister for Water Resources Tariq Mehmood Sheikhzada", "Tariq Mehmood Sheikhzada", "Minister for Water Resources"),
    ],
)
def test_a_role_word_before_a_whole_name_and_a_title_that_is_a_surname(pipeline, phrase, name, role):
    q = quote_with(pipeline.process(f"Pier\n\n“We wait,” {phrase} said."), "We wait")
    assert (q.speaker.name, q.speaker.role) == (name, role)


def test_a_description_in_the_lead_is_not_the_person_named_inside_it(pipeline):
    text = (
        "Pier\n\nThe pier is “a landmark again,” Mayor Ann Lo’s chief harbour adviser said on Friday.\n\n"
        "Tom Reyes, who advises the mayor, said repairs were done."
    )
    q = quote_with(pipeline.process(text), "a landmark again")
    assert q.speaker.name == "Tom Reyes"


def test_a_ministers_portfolio_is_part_of_the_role_not_the_name(pipeline):
    text = (
        "Water talks\n\nISLAMABAD: Talks resume, Federal Minister for Water Resources Tariq Mehmood Sheikhzada "
        "said on Wednesday.\n\n“We have waited too long,” Sheikhzada said."
    )
    doc = pipeline.process(text)
    q = quote_with(doc, "waited too long")
    assert (q.speaker.name, q.speaker.role) == ("Tariq Mehmood Sheikhzada", "Federal Minister for Water Resources")
