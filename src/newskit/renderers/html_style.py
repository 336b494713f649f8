"""The stylesheet of the ``html`` review page, and the speakers' colours.

Kept apart from :mod:`newskit.renderers.html` so the markup reads on its own.
The stylesheet holds no document text: every value from the document goes
into the markup, escaped, and the only document-dependent CSS is one rule per
speaker giving a hue (:func:`speaker_rules`).
"""

from __future__ import annotations

GOLDEN_ANGLE = 137.508
"""Degrees between the hues of consecutive speakers: neighbours always differ clearly."""

FIRST_HUE = 210
"""The first speaker's hue (a blue)."""


def speaker_hue(index: int) -> int:
    """The hue (0-359) of the speaker numbered *index* in order of first quote."""
    return round(FIRST_HUE + index * GOLDEN_ANGLE) % 360


def speaker_rules(count: int) -> str:
    """One CSS rule per speaker: ``.spk-N`` sets the hue the highlights use."""
    return "".join(f".spk-{i}{{--h:{speaker_hue(i)};--s:80%}}\n" for i in range(count))


STYLESHEET = """\
:root{color-scheme:light;--ink:#1d2330;--muted:#5b6475;--rule:#d9dde5;--paper:#fff;--bg:#f4f5f8;
--cut:#b3261e;--time:#0b7a55;--dl:#7a4b00}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);
font:16px/1.6 Georgia,"Times New Roman",serif;overflow-wrap:anywhere}
.ui,header.masthead,aside,section,footer,summary,dl,table,.counts{font-family:system-ui,-apple-system,"Segoe UI",
Roboto,"Helvetica Neue",Arial,sans-serif}
.page{max-width:1180px;margin:0 auto;padding:24px 24px 48px}
header.masthead{background:var(--paper);border:1px solid var(--rule);border-radius:10px;padding:18px 24px 14px;
margin-bottom:18px}
.eyebrow{margin:0;color:var(--muted);font-size:12px;letter-spacing:.08em;text-transform:uppercase}
h1.doc-title{font-family:Georgia,"Times New Roman",serif;font-size:28px;line-height:1.25;margin:6px 0 10px;
white-space:pre-wrap}
h1.untitled{color:var(--muted);font-style:italic}
dl.meta{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:4px 18px;margin:0;font-size:13px}
dl.meta div{min-width:0}
dl.meta dt{display:inline;color:var(--muted);font-weight:600}
dl.meta dt::after{content:": "}
dl.meta dd{display:inline;margin:0;white-space:pre-wrap}
.counts{display:flex;flex-wrap:wrap;gap:6px;list-style:none;margin:12px 0 0;padding:0;font-size:12px}
.counts li{background:var(--bg);border:1px solid var(--rule);border-radius:99px;padding:1px 10px}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:18px;align-items:start}
@media (max-width:900px){.layout{grid-template-columns:minmax(0,1fr)}}
article.article,aside .panel,section.panel,footer{background:var(--paper);border:1px solid var(--rule);
border-radius:10px;padding:18px 26px}
article.article{font-size:17px;line-height:1.75}
.block{white-space:pre-wrap;margin:0 0 1em;unicode-bidi:plaintext}
h2.block{font-size:20px;line-height:1.4;margin:1.2em 0 .5em}
.block.caption{font-style:italic;color:var(--muted);font-size:15px}
blockquote.block{border-left:3px solid var(--rule);margin-left:0;padding-left:14px;color:#333}
pre.block,.block.table{font:13px/1.5 ui-monospace,Menlo,Consolas,monospace;background:var(--bg);padding:8px 10px;
border-radius:6px}
ul.list{margin:0 0 1em;padding-left:1.4em}
p.empty{color:var(--muted);font-style:italic}
.quote{background:hsl(var(--h,0),var(--s,0%),91%);box-shadow:inset 0 -2px hsl(var(--h,0),var(--s,0%),55%);
border-radius:3px;padding:1px 0}
.quote:hover,.part:hover{outline:2px solid hsl(var(--h,0),var(--s,0%),40%);outline-offset:1px}
.part{background:hsl(var(--h,0),var(--s,0%),82%);border-radius:3px}
.quote.last[data-who]::after{content:attr(data-who);font:600 11px/1 system-ui,sans-serif;
color:hsl(var(--h,0),var(--s,0%),28%);background:hsl(var(--h,0),var(--s,0%),96%);
border:1px solid hsl(var(--h,0),var(--s,0%),65%);border-radius:99px;padding:1px 6px;margin-left:4px;
vertical-align:2px;white-space:nowrap}
.speaker{font-weight:700;color:hsl(var(--h,0),var(--s,0%),30%);
text-decoration:underline 2px hsl(var(--h,0),var(--s,0%),50%);text-underline-offset:3px}
.cue{font-style:italic;text-decoration:underline dotted 1px var(--muted);text-underline-offset:3px}
.time{text-decoration:underline 2px var(--time);text-underline-offset:4px;text-decoration-skip-ink:none}
.time:hover{background:#e3f5ec}
.time[data-value]::after{content:attr(data-value);font:600 10px/1 system-ui,sans-serif;color:var(--time);
vertical-align:super;margin-left:2px;white-space:nowrap}
.dateline{font-variant:small-caps;font-weight:700;color:var(--dl);border:1.5px solid #d9a441;
background:#fff6e0;border-radius:4px;padding:0 4px}
.dateline::before{content:"dateline";font:600 9px/1 system-ui,sans-serif;font-variant:normal;color:var(--dl);
text-transform:uppercase;letter-spacing:.06em;vertical-align:2px;margin-right:4px}
.collapsed::before{content:"\\2026";color:var(--muted)}
.char{color:var(--cut);border:1px dotted var(--cut);border-radius:2px;font-family:ui-monospace,monospace}
a.cut{color:var(--cut);text-decoration:none;font:700 13px/1 system-ui,sans-serif;padding:0 2px}
a.cut::before{content:"\\2702"}
details.removed{margin:0 0 1em;border:1px dashed #e3a8a3;border-radius:8px;background:#fff5f4;font-size:14px}
details.removed>summary{cursor:pointer;padding:4px 10px;color:var(--cut);list-style-position:inside;
white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
details.removed>summary del{color:#8a6e6c}
details.removed ol{margin:0;padding:4px 12px 8px 34px}
details.removed li{margin:4px 0}
del{text-decoration:line-through 1.5px var(--cut);color:#6f5a59}
li.removal del{white-space:pre-wrap}
.why{display:block;color:var(--muted);font:12px/1.4 system-ui,sans-serif}
aside{display:flex;flex-direction:column;gap:14px;position:sticky;top:12px}
aside .panel,section.panel,footer{padding:12px 16px;font-size:13px}
section.panel{margin-top:18px}
h2.ui{font-size:13px;text-transform:uppercase;letter-spacing:.07em;color:var(--muted);margin:0 0 8px}
ul.plain{list-style:none;margin:0;padding:0}
ul.plain>li{margin:0 0 8px;white-space:pre-wrap}
.swatch{display:inline-block;width:12px;height:12px;border-radius:3px;vertical-align:-1px;margin-right:6px;
background:hsl(var(--h,0),var(--s,0%),82%);border:1px solid hsl(var(--h,0),var(--s,0%),45%)}
.sub{color:var(--muted)}
.key li{margin-bottom:4px}
.warning{border-left:3px solid #c77700;padding-left:8px}
.comment{border-left:3px solid var(--rule);padding-left:10px}
footer{margin-top:18px;color:var(--muted)}
footer pre{white-space:pre-wrap;font-size:12px}
a{color:#1f5fbf}
table.index{border-collapse:collapse;width:100%}
table.index th,table.index td{text-align:left;border-bottom:1px solid var(--rule);padding:4px 8px;vertical-align:top}
"""
"""The page's CSS, written into a ``<style>`` element (no external assets)."""
