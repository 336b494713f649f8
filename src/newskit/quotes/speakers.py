"""Resolving speaker mentions to people, within the document and without models.

* a full name introduces a person (with the role written next to it);
* a surname or first name goes to the person introduced with it, the latest
  before the mention, else the first after it (a headline's ``: Khalilzad``);
* ``he``/``she`` go to the most recent speaker, unless a person was newly
  introduced since; ``they`` to the most recent group or organisation;
* a role description (``the spokesman``) goes to the person who carries that
  role in the article; one with no such person takes the speaker of the same
  quoted words elsewhere (a headline's), or in the lead, the first person
  named in the next paragraphs.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
import unicodedata
from dataclasses import dataclass, field

from .finder import Found
from .mentions import (
    COURTESY,
    ROLE_NOUNS,
    Parsed,
    parse_speaker,
    pronoun_kind,
    role_gender,
    scan_names,
    strip_possessive,
)


@dataclass
class Individual:
    """A person being built up: the name as first introduced, variants, roles, quotes."""

    id: str
    name: str
    first: int
    variants: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    quotes: list[int] = field(default_factory=list)
    gender: str | None = None  # ``m``, ``f``; ``""`` when the text says both

    def note_gender(self, gender: str | None) -> None:
        if gender:
            self.gender = gender if self.gender in (None, gender) else ""

    def add_role(self, role: str | None) -> None:
        if role and role not in self.roles:
            self.roles.append(role)

    def add_variant(self, v: str) -> None:
        v = strip_possessive(v.strip())
        if v and v != self.name and v not in self.variants:
            self.variants.append(v)


@dataclass(slots=True, unsafe_hash=True)  # hashable as if frozen, ~4x cheaper to build
class Resolved:
    """What a speaker mention resolved to."""

    name: str | None
    role: str | None
    person: str | None


@functools.lru_cache(maxsize=4096)
def _slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    out = "".join(ch if ch.isalnum() else "-" for ch in s)
    return "-".join(p for p in out.split("-") if p) or "person"


_ALNUM = re.compile(r"[^\W_]+")


def _norm(s: str) -> str:
    return " ".join(_ALNUM.findall(s.lower()))


class _ByIntroduction:
    """People in the order they were introduced, to find one in O(log n) (a long text has thousands).

    :meth:`pick` answers as ``max(before, key=first)`` else ``min(all, key=first)`` would over
    the people in the order they were added (*rank*), ties going to the earlier one.
    """

    __slots__ = ("keys", "people")

    def __init__(self) -> None:
        self.keys: list[tuple[int, int]] = []  # (first, rank), sorted
        self.people: list[Individual] = []

    def add(self, ind: Individual, rank: int) -> None:
        i = bisect.bisect_left(self.keys, (ind.first, rank))
        self.keys.insert(i, (ind.first, rank))
        self.people.insert(i, ind)

    def pick(self, at: int) -> Individual:
        """The person introduced last at or before *at*, else the first introduced after it."""
        i = bisect.bisect_right(self.keys, (at, math.inf))
        if i == 0:
            return self.people[0]
        return self.people[bisect.bisect_left(self.keys, (self.keys[i - 1][0], -1))]


def _head(role: str) -> str:
    """The noun a role ends with, lower case: ``special US envoy`` → ``envoy``."""
    words = role.split()
    return words[-1].lower() if words else ""


_COURTESY_NAME = re.compile(r"(M(?<![\w’']M)(?:rs?|s|iss))\.?[ \t]+([A-Z][\w’'\-]*)")
"""A courtesy title and the surname after it: ``Mrs. Lo`` (the capital first: the engine skips
to each ``M`` before it tries the rest, about 40 times faster than a leading ``\b``)."""


class Resolver:
    """Resolves the speakers of one document's quotes, in reading order (headline first)."""

    def __init__(self, body: str, title: str) -> None:
        self.texts = {"body": body, "title": title}
        self._lead_end = body.find("\n")
        self.people: dict[str, Individual] = {}
        self._rank: dict[str, int] = {}  # person id -> order of creation
        self._by_token: dict[str, list[Individual]] = {}  # first or last name -> people with a full name
        self._named: dict[str, _ByIntroduction] = {}  # the same, indexed at the name's first lookup
        self._carriers: dict[str, _ByIntroduction] = {}  # a role's head noun -> people with such a role
        # built at the first he or she (_roled_introductions), then kept current by _add_role:
        self._introduced_at: dict[str, list[int]] | None = None  # person id -> indices in _introductions
        self._with_role: list[int] = []  # sorted indices in _introductions of people with a role
        intros: list[tuple[int, str]] = []
        for where, text in (("title", title), ("body", body)):
            for m in scan_names(text):
                pos = m.start if where == "body" else -1
                ind = self._person(m.name, pos)
                if where == "body":
                    intros.append((pos, ind.id))
                ind.note_gender(m.gender)
                if m.role:
                    self._add_role(ind, m.role)
        for m in _COURTESY_NAME.finditer(body):  # ``Mrs. Lo`` in the story: Ann Lo is a she
            surname = m.group(2).lower()
            for ind in self._by_token.get(surname, ()):
                if ind.name.split()[-1].lower() == surname:
                    ind.note_gender(COURTESY[m.group(1).lower()])
        self._introductions = sorted(intros)  # (body offset, person id)
        self._persons: list[tuple[int, str]] = []  # (pos, person id) of speakers, as resolved
        self._groups: list[tuple[int, str]] = []  # (pos, name) of speakers that are groups

    def _person(self, name: str, pos: int) -> Individual:
        pid = _slug(name)
        ind = self.people.get(pid)
        if ind is None:
            ind = Individual(pid, name, pos)
            self._rank[pid] = rank = len(self.people)
            self.people[pid] = ind
            if " " in name:
                toks = name.split()
                for t in {toks[0].lower(), toks[-1].lower()}:
                    self._by_token.setdefault(t, []).append(ind)
                    if t in self._named:
                        self._named[t].add(ind, rank)
        return ind

    def _add_role(self, ind: Individual, role: str | None) -> None:
        """Give *ind* the role *role*, keeping the indices of carriers and introductions current."""
        if not role or role in ind.roles:
            return
        ind.note_gender(role_gender(role))
        if not ind.roles and self._introduced_at is not None:
            for i in self._introduced_at.get(ind.id, ()):
                bisect.insort(self._with_role, i)
        head = _head(role)
        if all(_head(r) != head for r in ind.roles):
            self._carriers.setdefault(head, _ByIntroduction()).add(ind, self._rank[ind.id])
        ind.add_role(role)

    def _roled_introductions(self) -> list[int]:
        """The indices in ``_introductions`` of people who have a role, in order."""
        if self._introduced_at is None:
            self._introduced_at = {}
            for i, (_pos, pid) in enumerate(self._introductions):
                self._introduced_at.setdefault(pid, []).append(i)
                if self.people[pid].roles:
                    self._with_role.append(i)
        return self._with_role

    @staticmethod
    def _last(speakers: list[tuple[int, str]], at: int) -> tuple[int, str | None]:
        """``(pos, who)`` of the speaker resolved most recently at or before *at*, else ``(-1, None)``."""
        return next(((pos, who) for pos, who in reversed(speakers) if pos <= at), (-1, None))

    # --- one mention ------------------------------------------------------------

    def _position(self, where: str, pos: int) -> int:
        return pos if where == "body" else -1

    def _by_name(self, token: str, pos: int) -> Individual | None:
        key = token.lower()
        named = self._named.get(key)
        if named is None:
            people = self._by_token.get(key)
            if not people:
                return None
            named = self._named[key] = _ByIntroduction()
            for ind in people:
                named.add(ind, self._rank[ind.id])
        return named.pick(pos)

    def resolve(self, mention: str, where: str, pos: int, *, echo: Individual | None = None) -> Resolved:
        """Resolve one speaker mention at *pos* of the body or title."""
        at = self._position(where, pos)
        parsed = parse_speaker(mention)
        if parsed.kind == "pronoun":
            return self._pronoun(mention, at)
        if parsed.kind == "person" and parsed.name:
            name = strip_possessive(parsed.name)
            ind = self._person(name, at) if " " in name else self._by_name(name, at) or self._person(name, at)
            ind.add_variant(name)
            ind.note_gender(parsed.gender)
            self._add_role(ind, parsed.role)
            self._persons.append((at, ind.id))
            return Resolved(ind.name, parsed.role or (ind.roles[0] if ind.roles else None), ind.id)
        if parsed.kind == "organisation":
            self._groups.append((at, parsed.name))
            return Resolved(parsed.name, None, None)
        return self._description(parsed, mention, at, echo)

    def _pronoun(self, mention: str, at: int) -> Resolved:
        kind = pronoun_kind(mention)
        if kind in ("m", "f"):
            last_at, last = self._last(self._persons, at)
            para = self.texts["body"].rfind("\n", 0, max(at, 0))
            lo = bisect.bisect_right(self._introductions, (max(para - 400, last_at), "\uffff"))
            hi = bisect.bisect_left(self._introductions, (at, ""))
            # the person with a role introduced last in that stretch, if any
            roled = self._roled_introductions()
            k = bisect.bisect_left(roled, hi) - 1
            newer = self._introductions[roled[k]][1] if k >= 0 and roled[k] >= lo else None
            pid = newer if newer is not None and newer != last and self._fits(newer, kind) else last
            if pid is not None and not self._fits(pid, kind):
                pid = self._nearest_fitting(kind, at, roled[max(0, k - 7) : k + 1])
            if pid is not None:
                ind = self.people[pid]
                self._persons.append((at, pid))
                return Resolved(ind.name, ind.roles[0] if ind.roles else None, ind.id)
        elif kind in ("p", "n"):
            group = self._last(self._groups, at)[1]
            if group is not None:
                return Resolved(group, None, None)
        return Resolved(None, None, None)

    def _nearest_fitting(self, kind: str, at: int, roled: list[int]) -> str | None:
        """``she`` after a man spoke: the speaker or person introduced with a role last before *at*
        (not far back) known to be a she; *roled*: the last introductions with a role before *at*."""
        introduced = [self._introductions[i] for i in roled]
        for pos, pid in sorted([*introduced, *(p for p in self._persons[-8:] if p[0] <= at)], reverse=True):
            if pos >= at - 2000 and self.people[pid].gender == kind:
                return pid  # only someone the text has called a she: a guess would more often be wrong
        return None

    def _fits(self, pid: str, kind: str) -> bool:
        """Whether person *pid* may be called he (*kind* ``m``) or she (``f``): unless the text says otherwise."""
        gender = self.people[pid].gender
        return not gender or gender == kind

    def _description(self, parsed: Parsed, mention: str, at: int, echo: Individual | None) -> Resolved:
        role = parsed.role
        head = _head(role) if role else ""
        plural = head.endswith("s") and head not in ("boss",)
        if head in ROLE_NOUNS and not plural:
            carriers = self._carriers.get(head)
            if carriers is not None:
                return self._take(carriers.pick(at), role, at)
            if echo is not None:
                return self._take(echo, role, at)
            if at >= 0 and self._in_lead(at):
                # the first person named after the description (not inside it: ``Biden’s chief adviser``)
                k = bisect.bisect_right(self._introductions, (at + len(mention), "\uffff"))
                if k < len(self._introductions):
                    return self._take(self.people[self._introductions[k][1]], role, at)
        elif echo is not None and head in ROLE_NOUNS:
            return self._take(echo, role, at)
        self._groups.append((at, mention.strip()))
        return Resolved(None, role, None)

    def _in_lead(self, at: int) -> bool:
        return self._lead_end < 0 or at < self._lead_end

    def _take(self, ind: Individual, role: str | None, at: int) -> Resolved:
        self._add_role(ind, role)
        self._persons.append((at, ind.id))
        return Resolved(ind.name, role, ind.id)


def resolve_all(
    found: list[Found], body: str, title: str
) -> tuple[list[Resolved | None], list[Resolved | None], list[Individual]]:
    """Speakers and reporters of *found* (title quotes first), and the people they are."""
    if not any(f.speaker is not None or f.reported_by is not None for f in found):
        # nobody to resolve: no names to scan (the people are those with quotes: none)
        return [None] * len(found), [None] * len(found), []
    r = Resolver(body, title)
    order = sorted(
        range(len(found)),
        key=lambda i: (
            found[i].where != "title",
            found[i].speaker[0] if found[i].speaker else found[i].start,
        ),
    )
    speakers: list[Resolved | None] = [None] * len(found)
    reporters: list[Resolved | None] = [None] * len(found)
    by_words: dict[str, str] = {}
    for i in order:
        f = found[i]
        text = r.texts[f.where]
        if f.reported_by is not None:
            s, e = f.reported_by
            reporters[i] = r.resolve(text[s:e], f.where, s)
        if f.speaker is None:
            continue
        s, e = f.speaker
        words = (
            _norm(" ".join(text[a:b] for a, b in f.parts))
            if f.kind != "indirect" and (by_words or f.where == "title")
            else ""
        )
        echo_id = by_words.get(words) if words else None
        res = r.resolve(text[s:e], f.where, s, echo=r.people.get(echo_id) if echo_id else None)
        speakers[i] = res
        if res.person and f.kind != "indirect" and words:
            by_words.setdefault(words, res.person)
    for i, res in enumerate(speakers):
        if res is not None and res.person:
            r.people[res.person].quotes.append(i)
    people = [p for p in r.people.values() if p.quotes]
    return speakers, reporters, people
