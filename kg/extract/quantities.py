"""Quantities with units: "rund 40.000 Soldaten", "800 Millionen Dollar (730 Millionen Euro)", "200 Panzer".

>>> [(q.value, q.unit) for q in find_quantities("weitere Hilfen über 800 Millionen Dollar (730 Millionen Euro)")]
[(800000000.0, 'USD'), (730000000.0, 'EUR')]
>>> [(q.value, q.unit, q.text) for q in find_quantities("Dazu zählen rund 40.000 Soldaten der NATO")]
[(40000.0, 'Soldaten', 'rund 40.000 Soldaten')]
"""

from __future__ import annotations

import re

from kg.records import Quantity

__all__ = ["find_quantities", "QUANTITY_PATTERN"]

_SCALE = {"tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "mio.": 1e6, "milliarde": 1e9,
          "milliarden": 1e9, "mrd": 1e9, "mrd.": 1e9}
_CURRENCY = {"dollar": "USD", "us-dollar": "USD", "$": "USD", "euro": "EUR", "€": "EUR", "pfund": "GBP",
             "rubel": "RUB", "zloty": "PLN", "hrywnja": "UAH"}
_WORDNUM = {"hunderttausende": 100000, "tausende": 1000, "hunderte": 100, "dutzende": 12, "zwei": 2, "drei": 3,
            "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwölf": 12,
            "zwanzig": 20, "hundert": 100}
QUANTITY_PATTERN = re.compile(
    r"(?P<approx>(?:rund|etwa|circa|ca\.|mehr als|über|knapp|fast|bis zu|mindestens)\s+)?"
    r"(?P<num>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?|" + "|".join(sorted(_WORDNUM, key=len, reverse=True)) + r")"
    r"(?:\s+(?P<scale>Tausend|Millionen|Million|Mio\.?|Milliarden|Milliarde|Mrd\.?))?"
    r"(?:\s+(?P<unit>[A-ZÄÖÜ][\w\-äöüß]+|Dollar|Euro|€|\$|Prozent|%))", re.UNICODE)
_NOT_UNITS = frozenset({"Uhr", "Jahren", "Jahre", "Jahr", "Tage", "Tagen", "Wochen", "Monaten", "Mal", "März", "April",
                        "Mai", "Januar", "Februar", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
                        "Prozentpunkte"})


def _value(num: str, scale: str | None) -> float:
    low = num.lower()
    if low in _WORDNUM:
        v = float(_WORDNUM[low])
    else:
        v = float(num.replace(".", "").replace(",", "."))
    if scale:
        v *= _SCALE.get(scale.lower(), 1)
    return v


def find_quantities(text: str) -> list[Quantity]:
    out = []
    for m in QUANTITY_PATTERN.finditer(text):
        unit = m.group("unit")
        if unit in _NOT_UNITS or (m.group("num").isdigit() and len(m.group("num")) == 4 and not m.group("scale") and unit[:1].isupper() and 1900 < int(m.group("num")) < 2100):
            continue
        unit_key = _CURRENCY.get(unit.lower(), unit)
        if unit_key == "%":
            unit_key = "Prozent"
        out.append(Quantity(_value(m.group("num"), m.group("scale")), unit_key, m.group(0).strip()))
    return out
