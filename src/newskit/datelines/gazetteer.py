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


class Gazetteer:
    """Place and region indexes, built from the data file on first use."""

    def __init__(self, rows: list[str] | list[list[str]] | None = None) -> None:
        """*rows* are the data file's lines (or their fields); the built-in file by default."""
        self._rows = rows
        self._places: dict[str, list[int]] | None = None
        self._table: list[str] = []
        self._memo: dict[str, tuple[Place, ...]] = {}
        self._regions: dict[str, tuple[Place, ...]] = {}
        self._countries: dict[str, Place] = {}
        self._lock = threading.Lock()

    def _load(self) -> dict[str, list[int]]:
        if self._places is not None:
            return self._places
        with self._lock:
            if self._places is None:
                self._build(self._rows if self._rows is not None else _read_rows())
        assert self._places is not None
        return self._places

    def _build(self, rows: list[str] | list[list[str]]) -> None:
        # The file lists places best first (see scripts/build_gazetteer.py), so
        # each key's list is in rank order: own names first, other names after.
        # Rows become Place objects only when looked up.
        places: dict[str, list[int]] = {}
        regions: dict[str, list[Place]] = {}
        others: list[tuple[str, int]] = []
        lines = [r if isinstance(r, str) else "\t".join(r) for r in rows]
        for n, line in enumerate(lines):
            kind = line[: line.find("\t")]
            ks = line[line.rfind("\t") + 1 :].split("|")
            if kind == "region" or kind == "country":
                place = _place(line)
                if kind == "country":
                    self._countries[place.country] = place
                for k in ks:
                    regions.setdefault(k, []).append(place)
                if kind == "region":
                    ks = ks[:1]  # abbreviations name regions, never places
            places.setdefault(ks[0], []).append(2 * n)
            if len(ks) > 1:
                if kind == "country" or kind == "special":
                    for k in ks[1:]:
                        places.setdefault(k, []).append(2 * n)
                else:
                    others.extend((k, 2 * n + 1) for k in ks[1:])
        for k, code in others:
            places.setdefault(k, []).append(code)
        self._table = lines
        self._regions = {k: tuple(v) for k, v in regions.items()}
        self._places = places

    def candidates(self, place: str) -> tuple[Place, ...]:
        """Every place the name may mean, best first."""
        places = self._load()
        key = name_key(place)
        done = self._memo.get(key)
        if done is not None:
            return done
        found = places.get(key)
        if found is None and key.endswith(" city"):
            found = places.get(key[:-5])
        if found is None and "/" in key:  # BEIRUT/THE HAGUE: the first place that is known
            found = next((f for k in key.split("/") if (f := places.get(k.strip()))), None)
        table = self._table
        done = tuple(_place(table[c >> 1], alias=bool(c & 1)) for c in found or ())
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
    kind, name, country, admin1, tz, pop, _keys = line.split("\t")
    return Place(name, kind, country, admin1, tz, int(pop or 0), alias)


def _read_rows() -> list[str]:
    raw = resources.files(__package__).joinpath(DATA_FILE).read_bytes()
    text = gzip.decompress(raw).decode("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


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
