"""Events, time expressions and quantities on hand-written German news sentences."""

from __future__ import annotations

import pytest

from kg.extract.quantities import find_quantities
from kg.extract.temporal import find_times, normalise


@pytest.mark.parametrize("text, date, value, granularity", [
    ("am Donnerstag", "2022-03-16", "2022-03-17", "day"),
    ("am Montag", "2022-03-16", "2022-03-21", "day"),
    ("am Donnerstag der kommenden Woche", "2022-03-16", "2022-03-24", "day"),
    ("am vergangenen Freitag", "2022-03-16", "2022-03-11", "day"),
    ("16.03.2022", "2022-03", "2022-03-16", "day"),
    ("am 24. Februar", "2022-03-16", "2022-02-24", "day"),
    ("Ende April", "2022-03", "2022-04", "month"),
    ("gestern", "2022-03-16", "2022-03-15", "day"),
    ("zuletzt", "2022-03", "2022-03", "before"),
    ("in den kommenden Jahren", "2022-03", "2022-03", "after"),
    ("am Donnerstag", "2022-03", "2022-03", "day"),
])
def test_temporal_normalises_against_article_date(text, date, value, granularity):
    t = normalise(text, date)
    assert (t.text, t.value, t.granularity) == (text, value, granularity)


def test_temporal_finds_expressions_with_offsets():
    s = "Biden wird am Donnerstag der kommenden Woche in Brüssel erwartet."
    ((a, b, t),) = find_times(s, "2022-03-16")
    assert s[a:b] == "am Donnerstag der kommenden Woche" and t.value == "2022-03-24"
    assert find_times("Die Debatte geht weiter.", "2022-03") == []


@pytest.mark.parametrize("text, expected", [
    ("Dazu zählen rund 40.000 Soldaten der NRF.", [(40000, "Soldaten")]),
    ("Hilfen über 800 Millionen Dollar (730 Millionen Euro)", [(800e6, "USD"), (730e6, "EUR")]),
    ("Polen will 200 Panzer liefern.", [(200, "Panzer")]),
    ("eine Milliarde Euro", []),
    ("Das Paket umfasst 1,5 Milliarden Euro.", [(1.5e9, "EUR")]),
    ("Im Jahr 2022 und um 14 Uhr", []),
])
def test_quantities_with_units(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


def _events(extract, text, date="2022-03-16"):
    return extract(text, date).events


@pytest.mark.parametrize("text, etype, trigger", [
    ("Am Donnerstag empfängt Scholz Stoltenberg in Berlin.", "CONSULT", "empfängt"),
    ("Die Außenminister kommen zu einem Sondertreffen in Brüssel zusammen.", "CONSULT", "Sondertreffen"),
    ("Washington hat der Ukraine Stinger-Raketen geliefert.", "AID", "geliefert"),
    ("Vor dem Kanzleramt demonstrierten rund 300 Menschen gegen den Krieg.", "PROTEST", "demonstrierten"),
    ("Moskau drohte mit Vergeltung.", "THREATEN", "drohte"),
    ("Die USA verlegen 500 Soldaten nach Rumänien.", "MOBILIZE", "verlegen"),
    ("Polen lehnt eine Flugverbotszone ab.", "REJECT", "lehnt … ab"),
    ("Selenskyj forderte Kampfjets.", "REQUEST", "forderte"),
])
def test_events_typed_by_trigger_or_cue(extract, text, etype, trigger):
    evs = [e for e in _events(extract, text) if e.type == etype]
    assert evs and evs[0].trigger == trigger


def test_events_have_place_time_quantities_and_participants(extract):
    (ev,) = [e for e in _events(extract, "US-Präsident Joe Biden will am Mittwoch in Washington weitere Sicherheitshilfen für Kiew über 800 Millionen Dollar ankündigen.") if e.type == "AID"]
    assert ev.sources == ("Joe Biden",) and "Ukraine" in ev.targets
    assert ev.time.value == "2022-03-16" and ev.time.text == "am Mittwoch"
    assert [(q.value, q.unit) for q in ev.quantities] == [(800e6, "USD")]
    (consult,) = [e for e in _events(extract, "Scholz trifft Macron in Paris.") if e.type == "CONSULT"]
    assert consult.place == "Paris" and set(consult.participants) >= {"Olaf Scholz", "Emmanuel Macron"}


def test_events_quotation_with_speaker_and_cue_verb(extract):
    evs = _events(extract, "„Wir werden die Ukraine weiter unterstützen“, sagte Austin in Brüssel.")
    (q,) = [e for e in evs if e.quote]
    assert q.type == "STATEMENT" and q.sources == ("Lloyd Austin",) and q.trigger == "sagte"
    assert q.quote == "Wir werden die Ukraine weiter unterstützen"


@pytest.mark.parametrize("text", ["Das Wetter in Brüssel war kalt.", "Die Zahl der Flüchtlinge steigt weiter."])
def test_events_none_without_trigger(extract, text):
    assert _events(extract, text) == ()
