"""Layouts of real provincial and friendship-portal pages, on pages and sentences written for these tests."""

from __future__ import annotations

import pytest

from assets.stamps import find_stamp


@pytest.mark.parametrize(("stamp", "found"), [
    ("09:20 - Thứ Tư, 20/12/2023", "09:20 - Thứ Tư, 20/12/2023"),
    ("Thanh Tâm, Quốc BảoCập nhật 19:40 ngày 12/06/2024", "Cập nhật 19:40 ngày 12/06/2024"),
    ("PV/VTV8Cập nhật 19:40 ngày 12/06/2024", "Cập nhật 19:40 ngày 12/06/2024"),
])
def test_a_time_before_the_weekday_and_a_label_glued_to_a_name_are_part_of_the_stamp(stamp: str, found: str) -> None:
    match = find_stamp(stamp)
    assert (stamp[match.start : match.end], match.dressed) == (found, True)
