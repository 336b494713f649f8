"""Plugin loading, blocking, validation and failure reporting."""

from __future__ import annotations

import importlib.metadata
import types

import pytest

import newskit
from newskit import Cut, PluginError, hookimpl
from newskit.plugins import BLOCK_ENV, DEFAULT_PLUGINS


def plugin(name: str, **hooks) -> types.SimpleNamespace:
    """A plugin object named *name* implementing *hooks*."""
    for fn in hooks.values():
        hookimpl(fn)
    return types.SimpleNamespace(newskit_plugin_name=name, __version__="1.2.3", **hooks)


TEXT = "Harbour talks end\n\nKARACHI: The talks ended.\n\nSubscribe now!"


def test_builtins_are_plugins_and_listed():
    p = newskit.Pipeline(entry_points=False)
    names = {i.name for i in p.plugins()}
    assert set(DEFAULT_PLUGINS) <= names
    assert all(i.builtin for i in p.plugins())
    assert p.plugins(include_builtins=False) == []


def test_plugins_that_ran_are_recorded_with_versions():
    def newskit_identify_site(source):
        return "harbour"

    p = newskit.Pipeline(
        plugins=[plugin("harbour", newskit_identify_site=newskit_identify_site)], entry_points=False
    )
    doc = p.process(TEXT)
    assert doc.site == "harbour"
    assert doc.plugins["harbour"] == "1.2.3"
    assert doc.plugins["newskit.readers.text"] == newskit.__version__


def test_cleanup_edits_are_applied_and_attributed():
    def newskit_clean(document):
        b = document.body[-1]
        if b.text == "Subscribe now!":
            return [Cut(b.start, b.end, reason="promo", rule="harbour.promo")]
        return None

    p = newskit.Pipeline(plugins=[plugin("harbour", newskit_clean=newskit_clean)], entry_points=False)
    doc = p.process(TEXT)
    assert [b.text for b in doc.body] == ["KARACHI: The talks ended."]
    cut = doc.removed[-1]
    assert (cut.text, cut.plugin, cut.rule, cut.reason) == (
        "Subscribe now!",
        "harbour",
        "harbour.promo",
        "promo",
    )
    assert TEXT[cut.source_start : cut.source_end] == "Subscribe now!"


def test_blocking_by_name_via_api_and_environment(monkeypatch):
    def newskit_identify_site(source):
        return "harbour"

    site = plugin("harbour", newskit_identify_site=newskit_identify_site)
    assert newskit.Pipeline(plugins=[site], block=["harbour"], entry_points=False).process(TEXT).site is None
    monkeypatch.setenv(BLOCK_ENV, "harbour, newskit.readers.html")
    p = newskit.Pipeline(plugins=[site], entry_points=False)
    assert p.process(TEXT).site is None
    assert "newskit.readers.html" not in {i.name for i in p.plugins()}


def test_failing_plugin_is_named_with_stage_and_document():
    def newskit_clean(document):
        raise RuntimeError("boom")

    p = newskit.Pipeline(plugins=[plugin("fragile", newskit_clean=newskit_clean)], entry_points=False)
    with pytest.raises(PluginError) as info:
        p.process(TEXT, url="https://harbour.example/a")
    err = info.value
    assert (err.plugin, err.stage, err.hook, err.version) == ("fragile", "clean", "newskit_clean", "1.2.3")
    assert "https://harbour.example/a" in str(err) and "boom" in str(err)


def test_record_mode_keeps_going_and_records_the_failure():
    def newskit_clean(document):
        raise RuntimeError("boom")

    p = newskit.Pipeline(plugins=[plugin("fragile", newskit_clean=newskit_clean)], entry_points=False)
    doc = p.process(TEXT, on_error="record")
    assert doc.title == "Harbour talks end"
    [w] = doc.warnings
    assert (w.code, w.plugin, w.stage) == ("plugin-error", "fragile", "clean")


def test_wrong_return_type_is_reported():
    def newskit_find_times(document):
        return ["tomorrow"]

    p = newskit.Pipeline(
        plugins=[plugin("sloppy", newskit_find_times=newskit_find_times)], entry_points=False
    )
    with pytest.raises(PluginError, match="returned str, expected TimeExpression") as info:
        p.process(TEXT)
    assert info.value.plugin == "sloppy"


def test_invalid_span_is_the_plugins_fault():
    def newskit_find_times(document):
        return [newskit.TimeExpression("Monday", type="DATE", value="2021", start=0, end=6)]

    p = newskit.Pipeline(
        plugins=[plugin("offby", newskit_find_times=newskit_find_times)],
        block=["newskit.times.plugin"],
        entry_points=False,
    )
    doc = p.process(TEXT, on_error="record")
    assert doc.times == ()
    assert doc.warnings[0].plugin == "offby"


def test_times_of_several_plugins_are_sorted_and_same_as_follows_them():
    body = "KARACHI: The talks ended on Monday (Tuesday in Sydney)."

    def restating(document):  # the second refers to the first by its index in this list
        monday = document.text.index("Monday")
        tuesday = document.text.index("Tuesday")
        return [
            newskit.TimeExpression("Monday", type="DATE", value="2021-08-02", start=monday, end=monday + 6),
            newskit.TimeExpression(
                "Tuesday", type="DATE", value="2021-08-03", start=tuesday, end=tuesday + 7, same_as=0
            ),
        ]

    def early(document):
        at = document.text.index("ended")
        return [newskit.TimeExpression("ended", type="DATE", value="PAST_REF", start=at, end=at + 5)]

    p = newskit.Pipeline(
        plugins=[plugin("restating", newskit_find_times=restating), plugin("early", newskit_find_times=early)],
        block=["newskit.times.plugin"],
        entry_points=False,
    )
    doc = p.process(f"Harbour talks end\n\n{body}")
    assert [t.text for t in doc.times] == ["ended", "Monday", "Tuesday"]
    assert doc.times[2].same_as == 1 and doc.times[1].same_as is None


def test_firstresult_reader_failure_falls_back_in_record_mode():
    def newskit_read(source):
        raise ValueError("cannot read")

    p = newskit.Pipeline(plugins=[plugin("reader", newskit_read=newskit_read)], entry_points=False)
    doc = p.process(TEXT, on_error="record")
    assert doc.title == "Harbour talks end"
    assert doc.warnings[0].plugin == "reader"


def test_unknown_hook_and_misplaced_wrapper_are_rejected():
    def newskit_clena(document):
        return None

    with pytest.raises(PluginError, match="unknown hook 'newskit_clena'"):
        newskit.Pipeline(plugins=[plugin("typo", newskit_clena=newskit_clena)], entry_points=False)

    def newskit_clean(document):
        yield

    wrapper = types.SimpleNamespace(
        newskit_plugin_name="w", newskit_clean=hookimpl(wrapper=True)(newskit_clean)
    )
    with pytest.raises(PluginError, match="wrappers only work"):
        newskit.Pipeline(plugins=[wrapper], entry_points=False)


@pytest.mark.parametrize("given", ["my_site_plugin", 5, object()])
def test_a_plugin_with_no_hook_is_refused_by_name(given):
    with pytest.raises(PluginError, match="implements no newskit hook") as err:
        newskit.Pipeline(plugins=[given], entry_points=False)
    assert ("import the module" in str(err.value)) == isinstance(given, str)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"plugins": "newskit_example"}, "plugins must be a list"),
        ({"block": "newskit.quotes.plugin"}, "block must be a list"),
        ({"block": [5]}, "plugin names"),
        ({"max_bytes": "10"}, "max_bytes must be"),
        ({"max_bytes": 0}, "max_bytes must be"),
        ({"plugin_timeout": "5"}, "plugin_timeout must be"),
        ({"on_error": "ignore"}, "on_error must be"),
    ],
)
def test_pipeline_options_of_the_wrong_kind_are_input_errors(options, message):
    with pytest.raises(newskit.InputError, match=message):
        newskit.Pipeline(entry_points=False, **options)


def test_block_may_be_any_iterable_of_names():
    names = (n for n in ["newskit.quotes.plugin"])
    doc = newskit.Pipeline(block=names, entry_points=False).process("Talk\n\n“Yes,” Ann Lo said.")
    assert doc.quotes == ()


def test_wrapper_around_the_protocol_hook_times_documents():
    seen = []

    @hookimpl(wrapper=True)
    def newskit_process_document(source):
        doc = yield
        seen.append(doc.title)
        return doc

    p = newskit.Pipeline(
        plugins=[
            types.SimpleNamespace(
                newskit_plugin_name="timer", newskit_process_document=newskit_process_document
            )
        ],
        entry_points=False,
    )
    p.process(TEXT)
    assert seen == ["Harbour talks end"]


def test_error_in_a_wrapper_is_blamed_on_it():
    @hookimpl(wrapper=True)
    def newskit_process_document(source):
        yield
        raise KeyError("oops")

    bad = types.SimpleNamespace(
        newskit_plugin_name="badwrap", newskit_process_document=newskit_process_document
    )
    with pytest.raises(PluginError) as info:
        newskit.Pipeline(plugins=[bad], entry_points=False).process(TEXT)
    assert info.value.plugin == "badwrap"


class FakeDist:
    version = "9.9"

    def __init__(self):
        self.metadata = {"Name": "newskit-fake"}


class FakeEntryPoint:
    def __init__(self, name, target):
        self.name, self.value, self.dist, self._target = name, f"fake:{name}", FakeDist(), target

    def load(self):
        if isinstance(self._target, Exception):
            raise self._target
        return self._target


def test_entry_points_load_one_by_one_and_a_broken_one_is_reported(monkeypatch):
    def newskit_identify_site(source):
        return "good-site"

    good = types.SimpleNamespace(newskit_identify_site=hookimpl(newskit_identify_site))
    eps = [FakeEntryPoint("broken", ImportError("no module named harbour")), FakeEntryPoint("good", good)]
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: eps if group == "newskit" else [])
    p = newskit.Pipeline()
    [err] = p.load_errors
    assert err.plugin == "broken" and "no module named harbour" in str(err)
    info = {i.name: i for i in p.plugins()}
    assert info["good"].version == "9.9" and info["good"].distribution == "newskit-fake"
    assert p.process(TEXT).site == "good-site"
    assert newskit.Pipeline(block=["good"]).process(TEXT).site is None


def test_custom_format_registration_and_errors():
    def newskit_register_formats(register):
        register("shout", lambda doc: (doc.title or "").upper(), media_type="text/plain", extension="shout")

    p = newskit.Pipeline(
        plugins=[plugin("loud", newskit_register_formats=newskit_register_formats)], entry_points=False
    )
    assert {"json", "text", "shout"} <= set(p.formats())
    assert p.formats()["shout"].plugin == "loud"
    doc = p.process(TEXT)
    assert p.render(doc, "shout") == "HARBOUR TALKS END"
    with pytest.raises(newskit.UnknownFormatError, match="registered formats"):
        p.render(doc, "nope")


def test_format_options_are_passed_and_checked():
    def render(doc, *, shout=False):
        return (doc.title or "").upper() if shout else doc.title or ""

    def newskit_register_formats(register):
        register("title", render)

    p = newskit.Pipeline(
        plugins=[plugin("t", newskit_register_formats=newskit_register_formats)], entry_points=False
    )
    doc = p.process(TEXT)
    assert p.formats()["title"].options == ("shout",)
    assert p.render(doc, "title", shout=True) == "HARBOUR TALKS END"
    with pytest.raises(newskit.InputError, match="does not take option 'loud'"):
        p.render(doc, "title", loud=True)


def test_plugins_that_only_declined_are_not_listed():
    doc = newskit.Pipeline(entry_points=False).process(TEXT)
    assert "newskit.readers.html" not in doc.plugins
    assert "newskit.readers.text" in doc.plugins


def test_entry_point_blocked_by_module_or_distribution_name(monkeypatch):
    def newskit_identify_site(source):
        return "good-site"

    good = types.SimpleNamespace(newskit_identify_site=hookimpl(newskit_identify_site))
    monkeypatch.setattr(importlib.metadata, "entry_points", lambda group: [FakeEntryPoint("good", good)])
    assert newskit.Pipeline(block=["fake"]).process(TEXT).site is None  # module part of "fake:good"
    assert newskit.Pipeline(block=["newskit-fake"]).process(TEXT).site is None
    assert newskit.Pipeline().process(TEXT).site == "good-site"


def test_check_reports_broken_plugins_and_formats():
    assert newskit.Pipeline(entry_points=False).check() == []

    def newskit_find_quotes(document):
        raise RuntimeError("quote finder exploded")

    def newskit_register_formats(register):
        register("broken", lambda doc: None)

    bad = plugin(
        "shaky", newskit_find_quotes=newskit_find_quotes, newskit_register_formats=newskit_register_formats
    )
    problems = newskit.Pipeline(plugins=[bad], entry_points=False).check()
    assert any("shaky" in p and "quote finder exploded" in p for p in problems)
    assert any("format 'broken'" in p for p in problems)


def test_collecting_hooks_may_return_warnings():
    def newskit_find_times(document):
        return [newskit.Diagnostic("republished", "page and dateline dates differ by 3 days")]

    p = newskit.Pipeline(plugins=[plugin("clock", newskit_find_times=newskit_find_times)], entry_points=False)
    doc = p.process(TEXT)
    [w] = [w for w in doc.warnings if w.code == "republished"]
    assert (w.plugin, w.stage) == ("clock", "times")


def test_a_plugin_that_runs_too_long_is_interrupted_and_named():
    import time

    def newskit_find_quotes(document):
        time.sleep(5)

    slow = plugin("sleepy", newskit_find_quotes=newskit_find_quotes)
    p = newskit.Pipeline(plugins=[slow], entry_points=False, plugin_timeout=0.2)
    t = time.perf_counter()
    doc = p.process(TEXT, on_error="record")
    assert time.perf_counter() - t < 3
    [w] = [w for w in doc.warnings if w.plugin == "sleepy"]
    assert "ran longer than 0.2 s" in w.message and w.stage == "quotes"
    with pytest.raises(PluginError, match="ran longer"):
        p.process(TEXT)
    with pytest.raises(newskit.InputError):
        newskit.Pipeline(entry_points=False, plugin_timeout=0)


@pytest.mark.parametrize(("site", "called"), [("harbour", True), ("quay", False), (None, False)])
def test_implementations_for_some_sites_are_called_only_for_them(site, called):
    calls = []

    @newskit.for_sites(["harbour"])
    def newskit_read(source, site):
        calls.append(("read", site))

    @newskit.for_sites(["harbour"])
    def newskit_clean(document):
        calls.append(("clean", document.site))
        return [Cut(0, 3, reason="test", rule="harbour.test")]

    p = newskit.Pipeline(
        plugins=[plugin("harbour", newskit_read=newskit_read, newskit_clean=newskit_clean)], entry_points=False
    )
    doc = p.process(TEXT, site=site)
    assert calls == ([("read", "harbour"), ("clean", "harbour")] if called else [])
    assert ("harbour.test" in {r.rule for r in doc.removed}) is called
