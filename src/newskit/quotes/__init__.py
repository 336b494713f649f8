"""Quotes and speakers: who said what, to whom, resolved to a person and role.

The plugin lives in :mod:`newskit.quotes.plugin`; the pieces it is made of
(:mod:`.marks`, :mod:`.verbs`, :mod:`.mentions`, :mod:`.cues`,
:mod:`.finder`, :mod:`.speakers`) can be used on their own.
"""
