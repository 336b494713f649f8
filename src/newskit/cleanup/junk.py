"""Junk lines: ad and promo labels, share and follow widgets, newsletter and
paywall prompts, cookie notices, tags and copyright footers."""

from __future__ import annotations

import regex

from .lazy import lazy_compile
from .rules import table

_DASH = r"[-–—_=*•|\s]{0,6}"
_SOCIAL = (
    r"(?:facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|email|e-mail|mail|print|"
    r"copy\s+link|copy|messenger|flipboard|tumblr|threads|bluesky|mastodon|instagram|youtube|tiktok|"
    r"google\s+news|sms|share|tweet|pin\s+it|more)"
)
_SEP = r"[\s|,·•/]{1,6}"

SOCIAL_ITEM = lazy_compile(rf"{_SOCIAL}\s{{0,2}}[:|]?", regex.IGNORECASE)
"""One button of a share widget (``Facebook``), taken only right after a share widget line."""

RULES = table(
    # -- ad and promo labels
    (
        "cleanup.ad-label",
        rf"{_DASH}(?:advertis(?:e)?ments?|advertisment|(?-i:AD|Ad)|(?-i:ADS|Ads)|sponsored(?:\s+(?:content|post|links?|stories))?"
        rf"|paid\s+(?:content|post|partnership|promotion)|promoted(?:\s+(?:content|stories))?|partner\s+content"
        rf"|skip\s+ad(?:vertisement)?|remove\s+ads|ad\s+feedback){_DASH}",
        "ad label",
    ),
    (
        "cleanup.ad-label",
        r"(?:story|article|content|text)\s+continues\s+(?:below|after)(?:\s+(?:this|the))?\s*(?:ad|advert(?:isement)?)?\.?"
        r"|continue\s+reading\s+(?:below|the\s+main\s+story)|scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:reading|with\s+content))?",
        "ad break notice",
    ),
    # -- share and follow widgets
    (
        "cleanup.share-widget",
        rf"(?:share|share\s+(?:this|the)(?:\s+(?:article|story|post|page|video))?|share\s+on|share\s+via|sharing\s+is\s+caring|"
        rf"share\s+this\s+with)\s*:?(?:{_SEP}{_SOCIAL}){{0,12}}",
        "share widget",
    ),
    ("cleanup.share-widget", rf"{_SOCIAL}(?:{_SEP}{_SOCIAL}){{1,12}}", "share widget"),
    (
        "cleanup.share-widget",
        rf"(?:(?:share|post|send)\s+(?:on|via|to)\s+{_SOCIAL}[\s|,·•/]{{0,6}}){{1,12}}",
        "share widget",
    ),
    (
        "cleanup.share-widget",
        r"(?:click\s+to\s+)?(?:share|email|print)\s+(?:on|via|to|this)\s+\w{1,20}(?:\s+\(opens\s+in\s+new\s+window\))?"
        r"|(?:click\s+to\s+(?:share|email|print)[^\n]{0,60}\(opens\s+in\s+new\s+window\))"
        r"|like\s+this:?|like\s+loading\.{3}|loading\.{3}",
        "share widget",
    ),
    (
        "cleanup.follow-widget",
        r"(?:follow|like)\s+(?:us|@\w{1,30}|[\w.&'’ ]{1,40})\s+on\s+(?:facebook|twitter|x|instagram|telegram|whatsapp|"
        r"linkedin|youtube|tiktok|threads|google\s+news)(?:[\s,]{1,4}(?:and\s+)?(?:facebook|twitter|x|instagram|"
        r"telegram|whatsapp|linkedin|youtube|tiktok|threads)){0,6}"
        r"(?:\s+for\s+(?:the\s+)?(?:latest|more|all\s+the\s+latest)\b[^\n]{0,200}|\s*[.!]?)"
        r"|(?:join|follow)\s+(?:us\s+on|our)\s+(?:whatsapp|telegram)\s+(?:channel|group)[^\n]{0,60}",
        "follow widget",
    ),
    (
        "cleanup.follow-widget",
        r"(?:get|receive)\s+(?:the\s+|all\s+the\s+)?latest\s+[^\n]{0,60}?\s+(?:to|on)\s+your\s+(?:phone|device|mobile)"
        r"[^\n]{0,80}|join\s+us\s+on\s+(?:whatsapp|telegram|google\s+news)[.!]?",  # "follow us on": the rule above
        "follow widget",
    ),
    # -- tip and recirculation prompts
    (
        "cleanup.tip-prompt",
        r"(?:got|have\s+you\s+got|do\s+you\s+have)\s+a\s+(?:news\s+)?(?:story|tip)(?:\s+for\s+us|\s+to\s+(?:tell|share))?\s*\?[^\n]{0,200}",
        "news tip prompt",
    ),
    (
        "cleanup.read-more",
        r"for\s+more\s+(?:stories|news|articles)\s+like\s+this[^\n]{0,80}",
        "recirculation prompt",
    ),
    # -- newsletter prompts
    (
        "cleanup.newsletter",
        r"(?:sign\s+up|subscribe)(?:\s+now|\s+today|\s+here)?[.!]?"
        r"|(?:sign\s+up|subscribe|register)(?:\s+now|\s+today|\s+here)?\s+(?:for|to)\s+[^\n]{0,80}?"
        r"(?:newsletters?|inbox|bulletin|briefing|digest|alerts|updates|emails?)\b[^\n]{0,60}"
        r"|(?:get|receive)\s+[^\n]{0,60}?(?:newsletter|in\s+your\s+inbox|delivered\s+(?:straight\s+)?to\s+your\s+inbox)[^\n]{0,60}"
        r"|enter\s+your\s+e-?mail(?:\s+address)?[^\n]{0,60}|(?:thank\s+you|thanks)\s+for\s+(?:signing\s+up|subscribing)[^\n]{0,80}"
        r"|by\s+(?:signing\s+up|subscribing)[^\n]{0,40}you\s+agree\s+to[^\n]{0,120}"
        r"|[^\n]{0,40}newsletter\s*[:!]?\s*(?:sign\s+up|subscribe)[^\n]{0,60}"
        r"|[^\n]{0,150}\b(?:sign(?:ing)?\s+up|subscrib(?:e|ing))\s+(?:for|to)\s+(?:our|the)\s+[^\n]{0,60}?"
        r"newsletters?\b[^\n]{0,60}",
        "newsletter prompt",
    ),
    # -- paywall prompts
    (
        "cleanup.paywall",
        r"(?:subscribe|log\s*in|sign\s+in|register)\s+(?:now\s+)?to\s+(?:continue|keep)\s+reading[^\n]{0,80}"
        r"|to\s+continue\s+reading,?\s+(?:please\s+)?(?:subscribe|log\s*in|sign\s+in|register)[^\n]{0,80}"
        r"|this\s+(?:article|story|content)\s+is\s+(?:only\s+)?(?:available\s+)?(?:exclusively\s+)?(?:for|to)\s+"
        r"(?:subscribers|premium\s+(?:members|subscribers)|members)[^\n]{0,60}"
        r"|already\s+(?:a\s+subscriber|a\s+member|have\s+an\s+account)\s*\??[^\n]{0,60}"
        r"|you\s+have\s+(?:reached|used)\s+(?:your|the)\s+(?:limit|(?:free\s+)?(?:article|story)\s+limit|free\s+articles?)[^\n]{0,80}"
        r"|(?:unlock|get)\s+(?:unlimited|full)\s+(?:digital\s+)?access[^\n]{0,80}|want\s+to\s+read\s+more\?[^\n]{0,60}"
        r"|become\s+a\s+(?:subscriber|member)(?:\s+today)?[^\n]{0,60}|subscriber\s+(?:exclusive|only)[^\n]{0,20}",
        "paywall prompt",
    ),
    # -- cookie notices
    (
        "cleanup.cookie-notice",
        r"(?:we|this\s+(?:web)?site|our\s+(?:web)?site)\s+uses?\s+cookies[^\n]{0,300}"
        r"|by\s+(?:continuing\s+to\s+(?:use|browse)|using)\s+(?:this|our)\s+(?:web)?site[^\n]{0,120}cookies[^\n]{0,120}"
        r"|(?:accept|allow|reject|decline|manage)\s+(?:all\s+)?cookies|cookie\s+(?:settings|preferences|policy|consent)"
        r"|manage\s+(?:consent|preferences)|accept\s+(?:all|&\s+close|and\s+close)",
        "cookie notice",
    ),
    # -- tags, copyright and wire footers
    (
        "cleanup.tags",
        r"(?:tags|topics|filed\s+under|categories|related\s+topics|keywords)\s*:\s*[^\n]{0,200}",
        "tags list",
    ),
    (
        "cleanup.copyright",
        r"(?:©|\(c\)|copyright\s*©|copyright\s+\d{4})[^\n]{0,120}"
        r"|all\s+rights\s+reserved\.?[^\n]{0,80}",
        "copyright notice",
    ),
    (
        "cleanup.wire-footer",
        r"our\s+standards:\s+the\s+thomson\s+reuters\s+trust\s+principles\.?",
        "wire service footer",
    ),
    (
        "cleanup.reading-time",
        r"(?:reading\s+time:?\s*)?\d{1,3}\s*(?:min(?:ute)?s?)\.?(?:\s+read)?",
        "reading time",
        "drop",
        "top",
    ),
    (
        "cleanup.reading-time",
        r"(?:listen\s+to\s+(?:this|the)\s+(?:article|story)|audio\s+version)[^\n]{0,40}",
        "audio player label",
    ),
)
"""Junk-line rules: always dropped (a removal with this reason)."""
