"""Shared loaders for benchmark scripts: real articles from ../shared/data when present."""

from __future__ import annotations

import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
EXAMPLE = ROOT / "examples" / "article.txt"


def naeb_articles(min_words: int = 600, max_words: int = 800) -> list[tuple[str, str]]:
    """(text, published) of NAEB articles whose body has *min_words*..*max_words* words.

    The text is the title line, a blank line, then the body, as a scraper would give it.
    Returns [] when the corpus is absent.
    """
    path = SHARED / "naeb" / "articles.json"
    if not path.exists():
        return []
    out = []
    for rec in json.loads(path.read_text(encoding="utf-8")).values():
        body = rec.get("articleBody") or ""
        if min_words <= len(body.split()) <= max_words:
            out.append((f"{rec.get('title') or ''}\n\n{body}", rec.get("date") or ""))
    return out


def articles_or_example(min_words: int = 600, max_words: int = 800) -> tuple[list[tuple[str, str]], str]:
    """Real articles if available, else the bundled example; and a description of which."""
    found = naeb_articles(min_words, max_words)
    if found:
        return found, f"{len(found)} NAEB articles of {min_words}-{max_words} words"
    return [(EXAMPLE.read_text(encoding="utf-8"), "2021-08-04")], "the bundled example article (corpus absent)"
