"""Tables in page bodies are translated by wagtail-localize cell by cell."""

from borgo.blocks import BodyBlock


def table_value():
    return {
        "data": [["Luogo", "Distanza"], ["Stazione", "18 km"], ["", None]],
        "table_caption": "Distanze",
        "first_row_is_table_header": True,
        "first_col_is_header": False,
    }


def test_table_cells_and_caption_are_translatable_segments():
    block = BodyBlock().child_blocks["table"]
    segments = {s.path: s.string.data for s in block.get_translatable_segments(table_value())}
    assert segments == {
        "caption": "Distanze",
        "0.0": "Luogo",
        "0.1": "Distanza",
        "1.0": "Stazione",
        "1.1": "18 km",
    }


def test_translated_segments_are_restored_into_their_cells():
    from wagtail_localize.segments import StringSegmentValue

    block = BodyBlock().child_blocks["table"]
    original = table_value()
    restored = block.restore_translated_segments(
        original,
        [StringSegmentValue("caption", "Distances"), StringSegmentValue("1.0", "Station")],
    )
    assert restored["table_caption"] == "Distances"
    assert restored["data"][1][0] == "Station"
    assert restored["data"][0][0] == "Luogo"
    assert original["table_caption"] == "Distanze"  # the source is left untouched
