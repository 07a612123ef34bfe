"""Dates are shown at their own precision, in the reader's language (formats from
resources/<lang>/chronicle.yaml)."""

from __future__ import annotations

import pytest

from chronik.timeline.dates import display


@pytest.mark.parametrize("value,en,de", [
    ("2025-06-04", "4 June 2025", "4. Juni 2025"),
    ("2025-06", "June 2025", "Juni 2025"),
    ("2025", "2025", "2025"),
    ("2025-W23", "week of 2 June 2025", "Woche ab 2. Juni 2025"),
    ("2025-W23-WE", "weekend (week of 2 June 2025)", "Wochenende (Woche ab 2. Juni 2025)"),
    ("2025-Q3", "Q3 2025", "3. Quartal 2025"),
    ("2025-H1", "H1 2025", "1. Halbjahr 2025"),
    ("2025-SP", "spring 2025", "Frühjahr 2025"),
    (None, "undated", "ohne Datum"),
    ("PRESENT_REF", "PRESENT_REF", "PRESENT_REF"),
])
def test_display(value, en, de):
    assert display(value, "en") == en
    assert display(value, "de") == de


def test_a_language_without_formats_falls_back_to_english():
    assert display("2025-06-04", "xx") == "4 June 2025"
