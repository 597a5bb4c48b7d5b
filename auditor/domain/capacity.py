"""Production capacity: how much of what a line could make it made.

Utilization is a share, ``actual output / design capacity``: 0.75 for a line that made three
quarters of what it was built for, above 1 for one that ran overtime. It is kept as a share
wherever it is worked with (rules, the potential index, the national workbook's cells, which
Excel formats as a percentage) and multiplied by 100 only where a person reads it as a number
with a % sign beside it (the questionnaire's calculated field).
"""

from __future__ import annotations


def capacity_utilization(design: float | None, actual: float | None) -> float | None:
    """``actual / design`` as a share, or ``None`` when either is unknown or there is no
    positive design capacity to measure against."""
    if design is None or actual is None or design <= 0:
        return None
    return actual / design
