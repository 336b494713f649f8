"""Decoding input bytes: byte-order marks, declared charsets, detection; never raising."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit
from newskit.encoding import declared_encoding, decode

FRENCH = (
    "Le café de la gare a fermé ses portes après trente ans ; les habitués regrettent déjà "
    "l'œuf mayonnaise du comptoir et la tarte aux pêches du dimanche. "
) * 3
JAPANESE = "東京都は月曜日、新しい防災計画を発表した。地震や台風に備えて、避難所の数を増やすという。" * 3
RUSSIAN = "Городской совет утвердил новый бюджет на ремонт набережной и старого моста. " * 3


# --- byte-order marks --------------------------------------------------------------


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_bom_decides(bom, codec):
    text = "<p>Grüße, " + JAPANESE[:10] + "</p>"
    got, _enc = decode(bom + text.encode(codec))
    assert got == text  # the BOM itself is not part of the text


def test_bom_beats_a_declaration():
    text = '<meta charset="iso-8859-1"><p>naïve</p>'
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8"))[0] == text


def test_broken_bom_does_not_raise():
    got, _ = decode(codecs.BOM_UTF16_LE + b"\x00")  # odd length
    assert isinstance(got, str)


# --- declared charsets ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'<meta charset="utf-8">', "utf-8"),
        (b"<meta charset=ISO-8859-1>", "iso8859-1"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "cp1251"),
        (b"<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=Shift_JIS'>", "shift_jis"),
        (b'<?xml version="1.0" encoding="koi8-r"?>', "koi8-r"),
        (b'<meta charset="no-such-charset">', None),
        (b"<p>nothing declared</p>", None),
        (b"", None),
    ],
)
def test_declared_encoding(head, expected):
    assert declared_encoding(head) == expected


def test_declaration_after_4kb_is_not_read():
    assert declared_encoding(b" " * 5000 + b'<meta charset="koi8-r">') is None


@pytest.mark.parametrize(
    ("declaration", "text", "codec"),
    [
        ('<meta charset="windows-1251">', RUSSIAN, "cp1251"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', RUSSIAN, "koi8-r"),
        ('<meta charset="shift_jis">', JAPANESE, "shift_jis"),
        ('<?xml version="1.0" encoding="iso-8859-15"?>', "Prix : 15 € le kilo", "iso8859-15"),
        ('<meta charset="windows-1252">', FRENCH, "cp1252"),
    ],
)
def test_declared_charset_is_used(declaration, text, codec):
    page = f"{declaration}<p>{text}</p>"
    got, enc = decode(page.encode(codec))
    assert got == page
    assert codecs.lookup(enc).name == codecs.lookup(codec).name


def test_latin1_declaration_is_read_as_windows_1252():
    # browsers read ISO-8859-1 as windows-1252: 0x80 is the euro sign, 0x93/0x94 curly quotes
    got, enc = decode(b'<meta charset="iso-8859-1"><p>\x93Caf\xe9\x94 \x80 5</p>')
    assert got.endswith("<p>“Café” € 5</p>")
    assert enc == "cp1252"


def test_latin1_declaration_with_bytes_undefined_in_windows_1252():
    got, enc = decode(b'<meta charset="iso-8859-1"><p>a\x81b</p>')
    assert got.endswith("<p>a\x81b</p>")
    assert enc == "latin-1"


def test_wrong_declaration_utf8_wins():
    # declares a legacy charset, but the bytes are valid UTF-8 with non-ASCII text
    page = '<meta charset="windows-1252"><p>“Quoted” café — ' + JAPANESE[:5] + "</p>"
    got, enc = decode(page.encode("utf-8"))
    assert got == page
    assert enc == "utf-8"


def test_wrong_declaration_that_cannot_decode_falls_through():
    page = '<meta charset="utf-8"><p>' + FRENCH + "</p>"
    got, _enc = decode(page.encode("cp1252"))
    assert "café" in got and "pêches" in got


# --- undeclared legacy bytes ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (FRENCH, "cp1252"),
        (FRENCH.replace("œ", "oe"), "latin-1"),
        (JAPANESE, "shift_jis"),
        (RUSSIAN, "cp1251"),
    ],
)
def test_undeclared_legacy_text_is_detected(text, codec):
    got, _enc = decode(text.encode(codec))
    assert got == text


def test_plain_ascii_and_utf8():
    assert decode(b"plain ascii") == ("plain ascii", "utf-8")
    assert decode("naïve café".encode()) == ("naïve café", "utf-8")
    assert decode(b"") == ("", "utf-8")


# --- never raising ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "junk",
    [
        bytes(range(256)) * 4,
        b"\xff" * 1000,
        b"\x00" * 100,
        b"\xc3\x28\xa0\xa1\xe2\x28\xa1",  # invalid UTF-8 sequences
        b'<meta charset="utf-16"><p>not utf-16 at all</p>',
        b'<meta charset="utf-32">abc',
    ],
)
def test_binary_junk_decodes(junk):
    got, enc = decode(junk)
    assert isinstance(got, str)
    codecs.lookup(enc)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_never_raises(data):
    got, enc = decode(data)
    assert isinstance(got, str)
    codecs.lookup(enc)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_utf8_round_trips(text):
    assert decode(text.encode("utf-8"))[0] == text.removeprefix("\ufeff")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=500))
def test_process_never_fails_on_bytes(data):
    """Any bytes give a document; only bytes that claim to be gzip and are not say so."""
    try:
        doc = newskit.Pipeline(entry_points=False).process(data)
    except newskit.InputError as e:
        assert data.startswith(b"\x1f\x8b") and "gzip-compressed but not readable" in str(e)
        return
    assert isinstance(doc, newskit.Document)


def test_source_records_the_encoding():
    from newskit.source import load_source

    src = load_source('<meta charset="koi8-r"><p>Привет</p>'.encode("koi8-r"))
    assert src.encoding == "koi8-r"
    assert "Привет" in src.text


# --- the input's own UTF-8 bytes, parsed without encoding the text again ----------------


def test_source_keeps_utf8_bytes_only_when_they_are_its_text():
    import attrs

    from newskit.source import load_source

    page = "<html><body><p>Grüße aus " + JAPANESE[:12] + "</p></body></html>"
    src = load_source(page.encode("utf-8"))
    assert src.utf8 == src.text.encode("utf-8") and src.page() is src.utf8
    assert load_source(page).utf8 is None  # given as text: nothing to keep
    assert load_source('<meta charset="koi8-r"><p>Привет</p>'.encode("koi8-r")).utf8 is None
    assert load_source(codecs.BOM_UTF8 + page.encode("utf-8")).utf8 is None  # the text lost the BOM
    # a copy may carry another text: it must not carry bytes that are no longer that text
    assert attrs.evolve(src, text="<p>Other</p>").page() == "<p>Other</p>"


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))  # no lone surrogates: text and bytes say the same
def test_html_read_from_bytes_equals_read_from_text(body):
    pipeline = newskit.Pipeline(entry_points=False)
    page = f"<html><head><title>Notice</title></head><body><article><p>{body}</p></article></body></html>"
    from_text = pipeline.process(page)
    from_bytes = pipeline.process(page.encode("utf-8"))
    assert pipeline.render(from_bytes, "json") == pipeline.render(from_text, "json")


GZ_PAGE = (
    "<html><head><title>Harbour fees rise</title></head><body><article>"
    "<p>PORT ALDER — The harbour board raised mooring fees on Tuesday, its chair said.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(("name", "text"), [("page.html.gz", GZ_PAGE), ("story.txt.gz", "Fees rise\n\nThe board met.")])
def test_a_gzip_compressed_file_is_read_as_its_content(tmp_path, name, text):
    import gzip

    pipeline = newskit.Pipeline(entry_points=False)
    (tmp_path / name).write_bytes(gzip.compress(text.encode("utf-8")))
    (tmp_path / name.removesuffix(".gz")).write_text(text, encoding="utf-8")
    compressed = pipeline.process(tmp_path / name)
    plain = pipeline.process(tmp_path / name.removesuffix(".gz"))
    assert compressed.input_kind == plain.input_kind == ("html" if "html" in name else "text")
    assert pipeline.render(compressed) == pipeline.render(plain)
    assert pipeline.render(pipeline.process(gzip.compress(text.encode("utf-8")))) == pipeline.render(plain)


def test_gzip_input_is_held_to_the_size_limit_and_must_be_readable():
    import gzip

    small = newskit.Pipeline(entry_points=False, max_bytes=100_000)
    bomb = gzip.compress(b" " * 5_000_000)  # about 5 KB that expand to 5 MB
    with pytest.raises(newskit.InputError, match="expands beyond the size limit of 100000"):
        small.process(bomb)
    with pytest.raises(newskit.InputError, match="gzip-compressed but not readable"):
        small.process(b"\x1f\x8b" + b"not deflate data" * 4)
    with pytest.raises(newskit.InputError, match="not readable"):
        small.process(gzip.compress(GZ_PAGE.encode())[:-20])  # cut short
