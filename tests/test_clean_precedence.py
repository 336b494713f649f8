"""Where a plugin's cut and a built-in generic rule's cut overlap, the plugin's rule is recorded."""

from __future__ import annotations

import newskit
from newskit.edits import Cut
from newskit.markers import hookimpl

TEXT = "Harbour council votes on ferry fares\n\nThe council voted on Monday.\n\nAdvertisement\n\nFares rise in May."


class HouseAds:
    """A site plugin that names the ad label its own way (called last, to show that order is not what decides)."""

    newskit_plugin_name = "house-ads"

    @hookimpl(trylast=True)
    def newskit_clean(self, document, source):
        i = document.text.find("Advertisement")
        return [Cut(i, i + len("Advertisement"), "house ad label", "house.ad")] if i >= 0 else None


def test_the_plugins_rule_names_the_cut():
    generic = newskit.Pipeline(entry_points=False).process(TEXT)
    assert any(r.text == "Advertisement" and r.plugin == "newskit.cleanup.plugin" for r in generic.removed)
    pipeline = newskit.Pipeline(plugins=[HouseAds()], entry_points=False)
    doc = pipeline.process(TEXT)
    ads = [r for r in doc.removed if r.text == "Advertisement"]
    assert [(r.rule, r.plugin) for r in ads] == [("house.ad", "house-ads")]
    assert "Advertisement" not in doc.text
