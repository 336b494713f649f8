"""Generic cleanup rules for scraped news text: the built-in ``newskit_clean`` plugin.

The rules recognise what scraping drags in across sites and CMS themes:
reader comments and comment forms, ad and promo labels, teaser and
recirculation blocks, share widgets, newsletter and paywall prompts, cookie
notices, photo captions, bylines, publication times and wire credits.
The hook implementation lives in :mod:`newskit.cleanup.plugin`; the rules are
tables of data in the other modules. See ``docs/explanation/cleanup.rst``.
"""
