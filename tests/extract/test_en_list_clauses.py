"""English lists: where they end and what their items hold. Sentences written for these tests."""

from __future__ import annotations

from indupath.extract import industries as ind


def _items(text: str) -> list[str]:
    return [it.phrase for it in ind.en_lists(text, 0, len(text))]


def test_a_verb_and_its_object_after_the_last_comma_ends_the_list() -> None:
    # ", and lift the value added of …": a clause (any verb, then a determiner), not a fourth item, so the
    # last pair splits as it does when the sentence ends there
    text = ("The province said it would build clusters in new energy vehicles, integrated circuits and artificial "
            "intelligence, and lift the value added of its strategic emerging industries.")
    assert _items(text) == ["new energy vehicles", "integrated circuits", "artificial intelligence"]
    text = "Changde will grow biomedicine, new materials and smart equipment, and raise its share of exports."
    assert _items(text) == ["biomedicine", "new materials", "smart equipment"]


def test_lay_out_opens_a_list() -> None:
    text = "The city will lay out humanoid robots, quantum technology and brain-computer interfaces."
    assert _items(text) == ["humanoid robots", "quantum technology", "brain-computer interfaces"]
    assert _items("Hubei has laid out photonic chips, satellite internet and hydrogen energy.") == [
        "photonic chips", "satellite internet", "hydrogen energy"]


def test_a_gloss_in_brackets_neither_ends_the_list_nor_stays_in_its_item() -> None:
    text = "For future industries, we are laying out the metaverse (virtual reality), advanced batteries and drones."
    assert _items(text) == ["metaverse", "advanced batteries", "drones"]
    # a bracket that holds a list of its own still ends the list
    text = "The plan names future information (general AI, 6G), future health and future energy."
    assert "6G" not in _items(text)
