"""Look for inputs whose processing cost grows faster than their size.

Run: ``python benchmarks/growth_search.py [--trials N] [--seed S] [--size CHARS]``.
Builds texts from pieces that exercise every stage (quote marks, speech cues,
names and roles, dates and zones, datelines, the junk lines cleanup removes)
at two sizes, four times apart, and processes each through the full pipeline
and JSON. A linear stage takes about four times as long on the larger text;
a run that takes more than ``--flag`` times as long (and a noticeable time)
is printed as a suspect, with the pieces to rebuild it. Two kinds of text:
random mixes of a few pieces, and structured ones (many people, many
sentences, one endless paragraph) that random mixes rarely reach.
Found five quadratic paths in quote finding; each is now a case in
``tests/test_hostile.py``. A quadratic path whose inner step runs in C
(a copy per item) stands out only at a larger ``--size``, such as 80,000.
CPU time of this process, so a loaded machine blurs the ratios but does
not make them.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

import newskit

PIECES = [
    '"a" ', "“a” ", "“a ", "” ", "‘x’ ", "’s ", "'", '"', "said ", "he said, ", "said Smith ", ", said ",
    "Ann Lo ", "President ", "the envoy ", "according to ", "told ", "Mr. ", "U.S. ", ". ", "! ", "? ", ": ",
    "; ", ", ", "(", ")", " - ", " — ", "\n", "\n\n", "Monday ", "5 May ", "2020 ", "3 p.m. ", "12:30 ",
    "last week ", "on Tuesday ", "(early Wednesday in Pakistan) ", "KABUL (Reuters) - ", "WASHINGTON: ",
    "a ", "the ", "that ", "and ", "It ", "he ", "she ", "they ", "We ", "adding ", "saying ", "Advertisement ",
    "Must Read ", "Photo: ", "Share ", "Comments ", "http://x.com/a ", "@user ", "1 ", "19 ", "1999 ",
    "Jan. ", "EST ", "GMT ", "noon ", "today ", "yesterday ", "ago ", "in a statement ", "to reporters ",
    "(AP) ", "…", "\t", "\xa0", "''", "``",
]  # fmt: skip


def name(i: int) -> str:
    """A distinct two-word name for *i*."""
    word = "".join("abcdefghij"[int(d)] for d in str(i))
    return f"B{word} D{word[::-1]}"


STRUCTURED: dict[str, Callable[[int], str]] = {
    "a role description after each of many people": lambda k: "\n\n".join(
        f"President {name(i)} spoke. “Yes,” the president said." for i in range(k)
    ),
    "pronoun quotes between new names, one paragraph": lambda k: " ".join(
        f"“Yes,” he said. {name(i)} spoke." for i in range(k)
    ),
    "one sentence of cues": lambda k: "“Yes,” " + " ".join(f"{name(i)} said, adding that" for i in range(k)),
    "quotes with inverted frames": lambda k: " ".join(f"“Yes,” said {name(i)}, the envoy." for i in range(k)),
    "the same words quoted by many": lambda k: "\n\n".join(f"“We won,” {name(i)} said." for i in range(k)),
    "colon introductions": lambda k: "\n\n".join(f"{name(i)} had a warning:\n\n“Stop.”" for i in range(k)),
    "a quote open over many paragraphs": lambda k: "“Yes,” Lo said. “We go on\n\n" + "\n\n".join(["“and on"] * k),
    "frameless quotes then one frame": lambda k: " ".join(["“a”"] * k) + " Lo said.",
    "nested quotes": lambda k: "“" + " ".join(f"He said ‘no {i}’ and" for i in range(k)) + "”, Lo said.",
    "dates and zones": lambda k: " ".join(
        f"On {1 + i % 28} May {1990 + i % 30} at 3 p.m. EST (early Wednesday in Pakistan), two days later"
        for i in range(k)
    ),
    "reader comments": lambda k: "Body text here.\n\n"
    + "\n".join(f"User{i} says: August 4, 2021 at 3:02 pm\nGreat post {i}\nReply" for i in range(k)),
}


def cost(pipeline: newskit.Pipeline, text: str) -> float:
    start = time.process_time()
    pipeline.render(pipeline.process("Headline\n\n" + text), "json")
    return time.process_time() - start


def random_mix(rng: random.Random) -> tuple[str, Callable[[int], str]]:
    """A few pieces, repeated in order or drawn at random; a function of the text's size in characters."""
    pieces = rng.sample(PIECES, rng.randint(1, 4))
    if rng.random() < 0.5:
        unit = "".join(pieces)
        return f"repeated {pieces!r}", lambda n: (unit * (n // len(unit) + 1))[:n]
    seed = rng.random()

    def drawn(n: int) -> str:
        r, out, size = random.Random(seed), [], 0
        while size < n:
            out.append(r.choice(pieces))
            size += len(out[-1])
        return "".join(out)[:n]

    return f"drawn from {pieces!r}", drawn


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=100, help="random mixes to try (default 100)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--size", type=int, default=20_000, help="characters of the smaller text (default 20,000)")
    ap.add_argument("--flag", type=float, default=6.0, help="growth that makes a suspect (default 6 for 4x)")
    a = ap.parse_args()
    pipeline = newskit.Pipeline(on_error="raise")
    rng = random.Random(a.seed)
    runs: list[tuple[float, float, str]] = []
    cases = [random_mix(rng) for _ in range(a.trials)]
    # structured texts grow by items: about 40 characters each
    cases += [(f"structured: {label}", lambda n, make=make: make(n // 40)) for label, make in STRUCTURED.items()]
    for label, make in cases:
        small, large = cost(pipeline, make(a.size)), cost(pipeline, make(4 * a.size))
        growth = large / max(small, 1e-3)
        runs.append((growth, large, label))
        if growth > a.flag and large > 0.2:
            print(f"SUSPECT: {growth:.1f}x ({small:.3f} s -> {large:.3f} s) {label}", flush=True)
    runs.sort(reverse=True)
    print(f"{len(runs)} texts at {a.size:,} and {4 * a.size:,} characters; steepest growth (4x is linear):")
    for growth, large, label in runs[:8]:
        print(f"  {growth:4.1f}x  {large:.3f} s  {label}")


if __name__ == "__main__":
    main()
