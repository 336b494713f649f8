"""News agencies and wires as credited in datelines: ``(AP)``, ``(Reuters)``, ``/PRNewswire/``."""

from __future__ import annotations

from functools import cache

# Canonical name → the spellings seen in credit lines (matched without regard to case).
AGENCIES: dict[str, tuple[str, ...]] = {
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "Reuters": ("Reuters", "Thomson Reuters Foundation", "Reuters Breakingviews", "IFR"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Xinhua": ("Xinhua", "Xinhuanet"),
    "UPI": ("UPI", "United Press International"),
    "CNN": ("CNN", "CNN Business", "CNN Spanish", "CNN Español"),
    "Bloomberg": ("Bloomberg",),
    "dpa": ("dpa", "DPA"),
    "ANI": ("ANI",),
    "PTI": ("PTI",),
    "IANS": ("IANS",),
    "APP": ("APP",),
    "UNB": ("UNB",),
    "BSS": ("BSS",),
    "Anadolu": ("AA", "Anadolu", "Anadolu Agency"),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap",),
    "TASS": ("TASS", "ITAR-TASS"),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "Interfax": ("Interfax",),
    "Sputnik": ("Sputnik",),
    "EFE": ("EFE",),
    "ANSA": ("ANSA",),
    "Canadian Press": ("CP", "The Canadian Press", "Canadian Press"),
    "AAP": ("AAP",),
    "PA Media": ("PA Media",),
    "IRNA": ("IRNA",),
    "WAM": ("WAM",),
    "SPA": ("SPA",),
    "KUNA": ("KUNA",),
    "MENA": ("MENA",),
    "Bernama": ("Bernama", "BERNAMA"),
    "Antara": ("Antara",),
    "PNA": ("PNA",),
    "NNN": ("NNN",),
    "CNA": ("CNA",),
    "Prensa Latina": ("Prensa Latina",),
    "Notimex": ("Notimex",),
    "Europa Press": ("Europa Press",),
    "JTA": ("JTA",),
    "RNS": ("RNS",),
    "CNS": ("CNS",),
    "HealthDay": ("HealthDay", "HealthDay News"),
    "Business Wire": ("Business Wire", "BUSINESS WIRE"),
    "PR Newswire": ("PRNewswire", "PR Newswire", "PRNewswire-PRWeb", "PRWeb"),
    "GlobeNewswire": ("GLOBE NEWSWIRE", "GlobeNewswire", "Globe Newswire"),
    "Canada Newswire": ("CNW", "Canada Newswire"),
    "Accesswire": ("ACCESSWIRE", "Accesswire"),
    "EIN Presswire": ("EINPresswire.com", "EIN Presswire", "EINPresswire"),
    "ABC News": ("ABC News",),
    "NBC News": ("NBC News",),
    "CBS News": ("CBS News",),
    "BBC": ("BBC",),
    "Al Jazeera": ("Al Jazeera",),
    "SWNS": ("SWNS",),
}

BARE = frozenset({"CNN", "AP", "Reuters", "AFP", "Xinhua", "UPI"})
"""Agencies written without brackets after the place (CNN's web style ``Hong Kong CNN —``)."""


@cache
def _index() -> dict[str, str]:
    out: dict[str, str] = {}
    for canonical, names in AGENCIES.items():
        for n in (canonical, *names):
            out.setdefault(n.casefold(), canonical)
    return out


def canonical_agency(name: str) -> str | None:
    """The canonical name of an agency as credited (``"Associated Press"`` → ``"AP"``), if known.

    >>> canonical_agency("Associated Press"), canonical_agency("reuters"), canonical_agency("Police")
    ('AP', 'Reuters', None)
    """
    return _index().get(" ".join(name.split()).casefold())


def spellings() -> list[str]:
    """Every known spelling, longest first (for building patterns)."""
    names = {n for c, ns in AGENCIES.items() for n in (c, *ns)}
    return sorted(names, key=lambda n: (-len(n), n))
