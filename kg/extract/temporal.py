"""Time expressions, normalised against the article date.

>>> from kg.extract.temporal import normalise
>>> normalise("am Donnerstag", "2022-03-16")
TimeRef(text='am Donnerstag', value='2022-03-17', granularity='day')
>>> normalise("16.03.2022", "2022-03")
TimeRef(text='16.03.2022', value='2022-03-16', granularity='day')
>>> normalise("zuletzt", "2022-03").granularity
'before'
"""

from __future__ import annotations

import datetime as dt
import re

from kg.records import TimeRef

__all__ = ["WEEKDAYS", "MONTHS", "TIME_PATTERN", "normalise", "find_times"]

WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6}
MONTHS = {"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
          "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12}

_WD = "|".join(w.capitalize() for w in WEEKDAYS)
_MO = "|".join(m.capitalize() for m in MONTHS)
TIME_PATTERN = re.compile(
    rf"\b(?:(?:noch\s+)?am\s+(?:(?:kommenden|vergangenen|letzten|nächsten)\s+)?(?:{_WD})(?:\s+der\s+(?:kommenden|nächsten|vergangenen)\s+Woche)?"
    rf"|(?:{_WD})(?:abend|morgen|nachmittag|mittag)?"
    rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}"
    rf"|(?:am\s+)?\d{{1,2}}\.\s*(?:{_MO})(?:\s+\d{{4}})?"
    rf"|(?:im\s+|Anfang\s+|Mitte\s+|Ende\s+)(?:{_MO})(?:\s+\d{{4}})?"
    rf"|(?:in\s+der\s+)?(?:kommenden|nächsten|vergangenen|letzten)\s+Woche"
    rf"|(?:in\s+den\s+)?(?:kommenden|nächsten)\s+(?:Tagen|Wochen|Monaten|Jahren)"
    rf"|heute|gestern|morgen|vorgestern|übermorgen|zuletzt|zuvor|derzeit|bislang|bisher|demnächst)\b")


def _anchor(date: str) -> tuple[dt.date, bool]:
    parts = [int(x) for x in date.split("-")]
    if len(parts) == 3:
        return dt.date(parts[0], parts[1], parts[2]), True
    return dt.date(parts[0], parts[1], 1), False


def _month(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def normalise(text: str, article_date: str) -> TimeRef:
    """Normalise one expression; with a month-only article date, day expressions resolve to the month."""
    low = text.lower().strip()
    anchor, exact = _anchor(article_date)
    m = re.search(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", low)
    if m:
        return TimeRef(text, f"{int(m.group(3)):04d}-{int(m.group(2)):02d}-{int(m.group(1)):02d}", "day")
    m = re.search(r"(\d{1,2})\.\s*(" + "|".join(MONTHS) + r")(?:\s+(\d{4}))?", low)
    if m:
        year = int(m.group(3)) if m.group(3) else anchor.year
        return TimeRef(text, f"{year:04d}-{MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}", "day")
    for name, num in MONTHS.items():
        if re.search(rf"\b{name}\b", low):
            y = re.search(r"\d{4}", low)
            return TimeRef(text, f"{int(y.group(0)) if y else anchor.year:04d}-{num:02d}", "month")
    if low in ("zuletzt", "zuvor", "bislang", "bisher", "vorgestern", "gestern") and not exact:
        return TimeRef(text, _month(anchor), "before")
    if low in ("zuletzt", "zuvor", "bislang", "bisher"):
        return TimeRef(text, anchor.isoformat(), "before")
    if low in ("heute", "derzeit"):
        return TimeRef(text, anchor.isoformat() if exact else _month(anchor), "day" if exact else "month")
    shift = {"gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2}.get(low)
    if shift is not None:
        return TimeRef(text, (anchor + dt.timedelta(days=shift)).isoformat() if exact else _month(anchor), "day" if exact else "month")
    for name, num in WEEKDAYS.items():
        if name in low:
            week = 1 if re.search(r"(kommenden|nächsten) woche", low) else -1 if re.search(r"(vergangenen|letzten) woche", low) else 0
            if not exact:
                return TimeRef(text, _month(anchor), "day")
            if "vergangen" in low or "letzten" in low and "woche" not in low:
                delta = -((anchor.weekday() - num) % 7 or 7)
            else:
                delta = (num - anchor.weekday()) % 7
            d = anchor + dt.timedelta(days=delta + 7 * week)
            return TimeRef(text, d.isoformat(), "day")
    if "woche" in low:
        step = 7 if ("kommend" in low or "nächst" in low) else -7
        if not exact:
            return TimeRef(text, _month(anchor), "week")
        d = anchor + dt.timedelta(days=step)
        d.isocalendar()
        return TimeRef(text, d.isoformat(), "week")
    if any(w in low for w in ("tagen", "wochen", "monaten", "jahren", "demnächst")):
        return TimeRef(text, anchor.isoformat() if exact else _month(anchor), "after")
    return TimeRef(text, anchor.isoformat() if exact else _month(anchor), "day" if exact else "month")


def find_times(sentence: str, article_date: str) -> list[tuple[int, int, TimeRef]]:
    """All time expressions in a sentence with their character offsets (relative to the sentence)."""
    return [(m.start(), m.end(), normalise(m.group(0), article_date)) for m in TIME_PATTERN.finditer(sentence)]
