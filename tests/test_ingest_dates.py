"""Publication dates given as metadata (records, HTML meta tags, the API)."""

from __future__ import annotations

import pytest

from sukien.ingest.dates import parse_published


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-05-17T08:30:00+07:00", "2024-05-17"),
        ("  2024-04-09 ", "2024-04-09"),
        ("2024-5-7", "2024-05-07"),
        ("2024-05", "2024-05"),
        ("2024", "2024"),
        ("17/05/2024", "2024-05-17"),
        ("17.5.2024", "2024-05-17"),
        ("10/4/2024", "2024-04-10"),
        ("Thứ sáu, 20/05/2016 - 23:40", "2016-05-20"),
        # forms the dateline parser reads and the first metadata parser did not
        ("May 20, 2016", "2016-05-20"),
        ("5/20/2016 11:40:52 PM", "2016-05-20"),
        ("20 tháng 5 năm 2016", "2016-05-20"),
        # not dates
        ("2024-13-01", None),
        ("hôm qua", None),
        ("", None),
        (None, None),
    ],
)
def test_metadata_dates(value: str | None, iso: str | None) -> None:
    assert parse_published(value) == iso
