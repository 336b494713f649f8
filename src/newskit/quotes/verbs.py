"""The English speech-verb lexicon, with every inflection.

:data:`SPEECH_VERBS` lists base forms; :func:`inflections` spells out
``says``/``said``/``saying``; :func:`expand` turns what plugins contribute
through ``newskit_speech_verbs`` (base forms, inflected forms or phrases such
as ``"according to"``) into the set of lower-case forms the finder looks for.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

SPEECH_VERBS: tuple[str, ...] = (
    "say",
    "tell",
    "add",
    "continue",
    "note",
    "explain",
    "argue",
    "claim",
    "insist",
    "warn",
    "acknowledge",
    "announce",
    "ask",
    "write",
    "tweet",
    "state",
    "declare",
    "reply",
    "respond",
    "answer",
    "suggest",
    "admit",
    "assert",
    "contend",
    "maintain",
    "observe",
    "remark",
    "comment",
    "recall",
    "report",
    "reiterate",
    "repeat",
    "stress",
    "emphasize",
    "emphasise",
    "predict",
    "promise",
    "vow",
    "pledge",
    "urge",
    "caution",
    "complain",
    "concede",
    "confirm",
    "deny",
    "disclose",
    "reveal",
    "estimate",
    "joke",
    "quip",
    "boast",
    "brag",
    "retort",
    "allege",
    "conclude",
    "agree",
    "testify",
    "charge",
    "counter",
    "mention",
    "point out",
    "go on",
    "chime in",
    "post",
    "inform",
    "assure",
    "proclaim",
    "protest",
    "plead",
    "muse",
    "opine",
    "advise",
    "lament",
    "elaborate",
    "underscore",
    "clarify",
    "speculate",
    "recount",
    "concur",
    "acknowledge",
    "accuse",
    "apologize",
    "apologise",
    "forecast",
    "guarantee",
    "swear",
    "hint",
    "interject",
    "preach",
    "lecture",
    "caution",
    "signal",
    "indicate",
    "threaten",
    "question",
    "wonder",
    "dispute",
    "object",
    "complain",
    "describe",
    "call",
    "label",
    "dub",
    "put it",
    "praise",
    "credit",
    "criticize",
    "criticise",
    "condemn",
    "decry",
    "deride",
    "mock",
    "tout",
    "hail",
    "defend",
    "dismiss",
    "propose",
    "blame",
    "cite",
    "echo",
)
"""Base forms of English reporting verbs (phrasal ones with their particle)."""

PHRASES: tuple[str, ...] = ("according to",)
"""Cues that are not verbs."""

MANNER_VERBS: tuple[str, ...] = (
    "shout",
    "yell",
    "scream",
    "whisper",
    "mutter",
    "exclaim",
    "sigh",
    "laugh",
    "smile",
    "grin",
    "shrug",
    "nod",
    "scoff",
    "sneer",
    "snap",
    "fume",
    "gush",
    "rave",
    "crow",
    "chant",
    "sing",
    "cry",
    "thunder",
    "blast",
    "slam",
    "thank",
    "read",
    "begin",
    "text",
    "email",
    "blog",
    "interrupt",
    "offer",
    "recommend",
    "beg",
    "implore",
    "plead",
    "pray",
    "muse",
    "huff",
    "bark",
    "beam",
    "boom",
    "roar",
    "bellow",
    "holler",
    "chuckle",
    "gasp",
    "groan",
    "marvel",
    "cheer",
    "hiss",
    "growl",
    "snarl",
    "murmur",
    "stammer",
    "wail",
    "sob",
    "grumble",
    "gripe",
    "grouse",
    "rant",
    "deadpan",
    "cackle",
    "chirp",
)
"""Verbs that cue a direct quote only right next to it (``“No,” she laughed.``)."""

THINKING_VERBS: tuple[str, ...] = ("think", "believe", "feel", "fear", "hope", "expect")
"""Verbs of thought: cues for reported speech after a named subject, never for a direct quote."""

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "go on": ("goes on", "went on", "gone on", "going on"),
    "chime in": ("chimes in", "chimed in", "chiming in"),
    "point out": ("points out", "pointed out", "pointing out"),
    "think": ("thinks", "thought", "thinking"),
    "feel": ("feels", "felt", "feeling"),
    "find": ("finds", "found", "finding"),
    "read": ("reads", "reading"),
    "begin": ("begins", "began", "begun", "beginning"),
    "sing": ("sings", "sang", "sung", "singing"),
    "forecast": ("forecasts", "forecasted", "forecasting"),
    "cry": ("cries", "cried", "crying"),
    "reply": ("replies", "replied", "replying"),
    "testify": ("testifies", "testified", "testifying"),
    "deny": ("denies", "denied", "denying"),
    "clarify": ("clarifies", "clarified", "clarifying"),
    "quip": ("quips", "quipped", "quipping"),
    "brag": ("brags", "bragged", "bragging"),
    "snap": ("snaps", "snapped", "snapping"),
    "nod": ("nods", "nodded", "nodding"),
    "blog": ("blogs", "blogged", "blogging"),
    "grin": ("grins", "grinned", "grinning"),
    "plead": ("pleads", "pleaded", "pled", "pleading"),
    "put it": ("puts it", "putting it"),
    "echo": ("echoes", "echoed", "echoing"),
    "admit": ("admits", "admitted", "admitting"),
    "concur": ("concurs", "concurred", "concurring"),
    "commit": ("commits", "committed", "committing"),
    "fear": ("fears", "feared", "fearing"),
    "hope": ("hopes", "hoped", "hoping"),
    "expect": ("expects", "expected", "expecting"),
    "huff": ("huffs", "huffed", "huffing"),
    "beg": ("begs", "begged", "begging"),
    "shrug": ("shrugs", "shrugged", "shrugging"),
    "scream": ("screams", "screamed", "screaming"),
    "email": ("emails", "emailed", "emailing"),
    "sob": ("sobs", "sobbed", "sobbing"),
    "deadpan": ("deadpans", "deadpanned", "deadpanning"),
}


def inflections(verb: str) -> tuple[str, ...]:
    """The base form and its ``-s``, past and ``-ing`` forms (``"say"`` → say, says, said, saying)."""
    verb = verb.strip().lower()
    if verb in _IRREGULAR:
        return (verb, *_IRREGULAR[verb])
    if " " in verb:  # a phrasal verb: inflect the first word
        head, rest = verb.split(" ", 1)
        return tuple(f"{form} {rest}" for form in inflections(head))
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb.endswith("e"):
        past, ing = verb + "d", verb[:-1] + "ing"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        past, ing = verb[:-1] + "ied", verb + "ing"
    else:
        past, ing = verb + "ed", verb + "ing"
    return (verb, third, past, ing)


def expand(words: Iterable[str]) -> frozenset[str]:
    """Every form of *words* (already inflected forms are kept as they are)."""
    out: set[str] = set()
    for w in words:
        w = " ".join(w.lower().split())
        if not w:
            continue
        out.add(w)
        if w not in PHRASES and not w.endswith(("ed", "ing")) and not w.endswith("s"):
            out.update(inflections(w))
    return frozenset(out)


@functools.lru_cache(maxsize=8)
def english_forms(verbs: Iterable[str] = SPEECH_VERBS) -> frozenset[str]:
    """All inflected forms of *verbs* (the reporting verbs by default) plus :data:`PHRASES`."""
    out: set[str] = set(PHRASES)
    for v in verbs:
        out.update(inflections(v))
    return frozenset(out)
