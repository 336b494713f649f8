"""The built-in gazetteer: place names in datelines → country and IANA time zone.

Derived from GeoNames (cities of 15,000 people or more, countries, US states;
CC BY 4.0) by ``scripts/build_gazetteer.py`` into ``places.tsv.gz``, read on
the first lookup. Homonyms: capitals, then countries, then cities by
population win, unless a region or country narrows the choice
(``lookup("Paris", "Texas")`` is Paris, Texas).
"""

from __future__ import annotations

import functools
import gzip
import threading
import unicodedata
from importlib import resources
from typing import NamedTuple

import regex

from ..markers import hookimpl

DATA_FILE = "places.tsv.gz"
MEMO_SIZE = 20_000
"""How many looked-up names keep their candidates ready."""


class Place(NamedTuple):
    """A place of the gazetteer."""

    name: str
    kind: str
    """``capital``, ``city``, ``country``, ``region`` or ``special``."""
    country: str
    """ISO 3166 alpha-2 code."""
    admin1: str
    """GeoNames first-level division code (the state for the US), or ``""``."""
    timezone: str
    population: int
    alias: bool = False
    """Whether it was found under an alternate name rather than its own."""


_PREFIX = regex.compile(r"^(?:st|ste|saint)\.?\s+|^ft\.?\s+|^mt\.?\s+")
_PUNCT = regex.compile(r"[.\u2019'`-]")
_SPACE = regex.compile(r"\s+")
_PREFIXES = {"st": "saint ", "ste": "sainte ", "saint": "saint ", "ft": "fort ", "mt": "mount "}


@functools.lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """The form names are compared in: no accents, case, periods or hyphens.

    >>> name_key("St. John’s"), name_key("SÃO PAULO"), name_key("Winston-Salem")
    ('saint johns', 'sao paulo', 'winston salem')
    """
    s = unicodedata.normalize("NFKD", name)
    if not s.isascii():
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().strip()
    m = _PREFIX.match(s)
    if m:
        s = _PREFIXES[m.group().rstrip(". \t").strip()] + s[m.end() :]
    s = _PUNCT.sub(lambda m: " " if m.group() == "-" else "", s)
    return _SPACE.sub(" ", s).strip()


INDEX = "#index"
"""The line that opens the data file's index: ``key<TAB>codes``, sorted by key."""
REGIONS = "#regions"
"""The line that opens the data file's regions: ``key<TAB>offsets``."""


def data_lines(rows: list[str] | list[list[str]]) -> list[str]:
    """The data file's body for *rows* (``kind name country admin1 timezone population keys``).

    The places (without their keys), then the index of every key to its codes
    (``2 * offset`` of the place's line in UTF-8 bytes from the first place,
    ``+ 1`` when the key is another name of a city; in rank order, own names
    first), then the regions and countries each key may name (their
    offsets). Loading then needs neither normalisation, sorting nor splitting.
    """
    places: dict[str, list[int]] = {}
    regions: dict[str, list[int]] = {}
    others: list[tuple[str, int]] = []
    table = []
    at = 0
    for row in rows:
        kind, *fields, keys = row.split("\t") if isinstance(row, str) else row
        line = "\t".join([kind, *map(str, fields)])
        table.append(line)
        ks = keys.split("|")
        if kind == "region" or kind == "country":
            for k in ks:
                regions.setdefault(k, []).append(at)
            if kind == "region":
                ks = ks[:1]  # abbreviations name regions, never places
        places.setdefault(ks[0], []).append(2 * at)
        if len(ks) > 1:
            if kind == "country" or kind == "special":
                for k in ks[1:]:
                    places.setdefault(k, []).append(2 * at)
            else:
                others.extend((k, 2 * at + 1) for k in ks[1:])
        at += len(line.encode("utf-8")) + 1
    for k, code in others:
        places.setdefault(k, []).append(code)
    index = [f"{k}\t{','.join(map(str, places[k]))}" for k in sorted(places)]
    return [*table, INDEX, *index, REGIONS, *(f"{k}\t{','.join(map(str, v))}" for k, v in regions.items())]


def _line_at(data: bytes, line: bytes, start: int) -> int:
    """Where *line* (with its line break) begins, at or after the line start *start*."""
    return start if data.startswith(line, start) else data.index(b"\n" + line, start) + 1


def _find(data: bytes, lo: int, hi: int, key: bytes) -> bytes | None:
    """The codes of *key* in the sorted ``key<TAB>codes`` lines of ``data[lo:hi]``: a binary search."""
    while lo < hi:
        start = max(lo, data.rfind(b"\n", lo, (lo + hi) // 2) + 1)  # the line around the middle
        end = data.find(b"\n", start, hi)
        end = hi if end < 0 else end
        tab = data.find(b"\t", start, end)
        k = data[start:tab]
        if k == key:
            return data[tab + 1 : end]
        if k < key:
            lo = end + 1
        else:
            hi = start
    return None


class Gazetteer:
    """Place and region indexes, read from the data file on first use."""

    def __init__(self, rows: list[str] | list[list[str]] | None = None) -> None:
        """*rows* are places as in ``scripts/build_gazetteer.py`` (lines or fields); the built-in file by default."""
        self._rows = rows
        self._places: bytes | None = None  # the data file, once loaded
        self._table = 0  # where its places begin
        self._index = (0, 0)  # where its index lines begin and end
        self._memo: dict[str, tuple[Place, ...]] = {}
        self._regions: dict[str, tuple[Place, ...]] = {}
        self._countries: dict[str, Place] = {}
        self._lock = threading.Lock()

    def _load(self) -> bytes:
        if self._places is not None:
            return self._places
        with self._lock:
            if self._places is None:
                if self._rows is None:
                    self._parse(_read_data())
                else:
                    self._parse(("\n".join(data_lines(self._rows)) + "\n").encode("utf-8"))
        assert self._places is not None
        return self._places

    def _parse(self, data: bytes) -> None:
        body = 0
        index_line, regions_line = INDEX.encode() + b"\n", REGIONS.encode() + b"\n"
        while data.startswith(b"#", body) and not data.startswith(index_line, body):
            body = data.index(b"\n", body) + 1  # the comment lines at the top
        lo = _line_at(data, index_line, body) + len(index_line)
        hi = _line_at(data, regions_line, lo)
        self._table, self._index = body, (lo, hi)
        rows: dict[int, Place] = {}
        named: dict[str, tuple[Place, ...]] = {}
        for line in data[hi + len(regions_line) :].decode("utf-8").splitlines():
            k, _, offsets = line.partition("\t")
            named[k] = tuple(
                rows.get(at) or rows.setdefault(at, self._place(data, at))
                for at in map(int, offsets.split(","))
            )
        for at in sorted(rows):
            if rows[at].kind == "country":
                self._countries[rows[at].country] = rows[at]
        self._regions = named
        self._places = data

    def _place(self, data: bytes, at: int, alias: bool = False) -> Place:
        start = self._table + at
        return _place(data[start : data.index(b"\n", start)].decode("utf-8"), alias)

    def candidates(self, place: str) -> tuple[Place, ...]:
        """Every place the name may mean, best first."""
        places = self._load()
        key = name_key(place)
        done = self._memo.get(key)
        if done is not None:
            return done
        lo, hi = self._index
        found = _find(places, lo, hi, key.encode("utf-8"))
        if found is None and key.endswith(" city"):
            found = _find(places, lo, hi, key[:-5].encode("utf-8"))
        if found is None and "/" in key:  # BEIRUT/THE HAGUE: the first place that is known
            found = next(
                (f for k in key.split("/") if (f := _find(places, lo, hi, k.strip().encode("utf-8")))), None
            )
        codes = map(int, found.split(b",")) if found else ()
        done = tuple(self._place(places, c >> 1, alias=bool(c & 1)) for c in codes)
        if len(self._memo) < MEMO_SIZE:
            self._memo[key] = done
        return done

    def regions(self, region: str) -> tuple[Place, ...]:
        """The regions and countries a qualifier may mean (``"Fla."``, ``"Iraq"``), best first."""
        self._load()
        return self._regions.get(name_key(region), ())

    def lookup(self, place: str, region: str | None = None, country: str | None = None) -> Place | None:
        """The place meant by *place*, narrowed by *region* and *country* when given.

        When the place is unknown but the region or country is, the region or
        country itself is returned (its time zone is the best guess).
        """
        cands = self.candidates(place) if place else ()
        regs = self.regions(region) if region else ()
        code = country.upper() if country else None
        if code:
            regs = tuple(r for r in regs if r.country == code) or regs
        for r in regs:
            for c in cands:
                if c.country == r.country and (r.kind == "country" or not r.admin1 or c.admin1 == r.admin1):
                    return c
        if regs:
            return regs[0]
        if code:
            return next((c for c in cands if c.country == code), None) or self.country(code)
        return cands[0] if cands else None

    def country(self, code: str) -> Place | None:
        """The country with this ISO alpha-2 code."""
        self._load()
        return self._countries.get(code.upper())


def _place(line: str, alias: bool = False) -> Place:
    kind, name, country, admin1, tz, pop = line.split("\t")
    return Place(name, kind, country, admin1, tz, int(pop or 0), alias)


def _read_data() -> bytes:
    return gzip.decompress(resources.files(__package__).joinpath(DATA_FILE).read_bytes())


GAZETTEER = Gazetteer()
"""The built-in gazetteer (loaded on first lookup)."""


def lookup(place: str, region: str | None = None, country: str | None = None) -> Place | None:
    """Look *place* up in the built-in gazetteer.

    >>> lookup("WASHINGTON").admin1, lookup("PARIS", "Texas").timezone
    ('DC', 'America/Chicago')
    >>> lookup("NAJAF", country="IQ").timezone
    'Asia/Baghdad'
    """
    return GAZETTEER.lookup(place, region, country)


def timezone_for(place: str, region: str | None = None, country: str | None = None) -> str | None:
    """The IANA time zone of *place*, or ``None`` when the gazetteer does not know it.

    >>> timezone_for("Kabul"), timezone_for("KANSAS CITY", "Mo."), timezone_for("Nowhereville")
    ('Asia/Kabul', 'America/Chicago', None)
    """
    p = lookup(place, region, country)
    return p.timezone if p else None


@hookimpl(trylast=True)
def newskit_place_timezone(place: str, region: str | None, country: str | None) -> str | None:
    """Built-in place → time zone lookup; other gazetteers registered as plugins are asked first."""
    return timezone_for(place, region, country)
