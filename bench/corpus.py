"""A synthetic German news corpus of any size, the same for the same seed.

    python bench/corpus.py OUT_DIR --n 2000 [--seed 1]

Each article is 300–800 words in the input format (` date YYYY-MM-DD` header, a headline,
paragraphs): politicians with their roles and parties (from kg's gazetteer, plus invented
members of parliament, experts and officials), countries and organisations, stances on the
proposals in the ontology expressed with many cue verbs and nouns, negations, quotes with
speech verbs, meetings and deliveries with places, relative and absolute dates and
quantities, and filler sentences of background news around them. Words are drawn from
several hundred forms, so the vocabulary grows with N the way real news does, without
being real text: it measures speed and scaling, not extraction quality.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

__all__ = ["article", "write_corpus"]

PEOPLE = [
    ("Olaf Scholz", "Bundeskanzler", "SPD"), ("Annalena Baerbock", "Bundesaußenministerin", "Grüne"),
    ("Christine Lambrecht", "Verteidigungsministerin", "SPD"), ("Robert Habeck", "Wirtschaftsminister", "Grüne"),
    ("Christian Lindner", "Finanzminister", "FDP"), ("Friedrich Merz", "CDU-Chef", "CDU"),
    ("Joe Biden", "US-Präsident", ""), ("Wolodymyr Selenskyj", "der ukrainische Präsident", ""),
    ("Jens Stoltenberg", "NATO-Generalsekretär", ""), ("Emmanuel Macron", "Frankreichs Präsident", ""),
    ("Andrzej Duda", "Polens Präsident", ""), ("Kaja Kallas", "Estlands Ministerpräsidentin", ""),
    ("Dmytro Kuleba", "der ukrainische Außenminister", ""), ("Viktor Orban", "Ungarns Ministerpräsident", ""),
    ("Ursula von der Leyen", "EU-Kommissionspräsidentin", ""), ("Mario Draghi", "Italiens Regierungschef", ""),
    ("Mark Rutte", "der niederländische Ministerpräsident", ""), ("Boris Johnson", "der britische Premier", ""),
    ("Sergei Lawrow", "Russlands Außenminister", ""), ("Dmitri Peskow", "Kremlsprecher", ""),
]
FIRST_F = ["Anna", "Petra", "Miriam", "Julia", "Sabine", "Katrin", "Ines", "Leonie", "Daniela", "Franziska", "Carola"]
FIRST_M = ["Jonas", "Lukas", "Stefan", "Tobias", "Markus", "Florian", "Ralf", "Henrik", "Matthias", "Uwe", "Timo"]
LAST = ["Berger", "Kowalski", "Hoffmann", "Lindqvist", "Wagner", "Novak", "Schreiber", "Albrecht", "Keller",
        "Brandt", "Lorenz", "Seidel", "Vogt", "Kramer", "Petersen", "Hartmann", "Sommer", "Winkler", "Jansen", "Roth"]
NEW_ROLES = [("Bundestagsabgeordnete", "Bundestagsabgeordnete"), ("Verteidigungsexpertin", "Verteidigungsexperte"),
             ("Fraktionschefin", "Fraktionschef"), ("Staatssekretärin", "Staatssekretär"),
             ("Sicherheitsexpertin", "Sicherheitsexperte"), ("Parteichefin", "Parteichef")]
PARTIES = ["SPD", "Grüne", "FDP", "CDU", "CSU", "Linke", "AfD"]
COUNTRIES = ["Polen", "Litauen", "Lettland", "Estland", "Frankreich", "Italien", "Ungarn", "Tschechien", "Spanien",
             "die Niederlande", "Großbritannien", "Kanada", "Norwegen", "Finnland", "Schweden", "Rumänien", "Bulgarien",
             "Dänemark", "Österreich", "Griechenland", "die Slowakei", "Portugal", "Belgien", "Kroatien"]
ORGS = ["die NATO", "die EU", "die Bundesregierung", "das Weiße Haus", "der Kreml", "die G7", "die Vereinten Nationen",
        "das Pentagon", "der Bundestag", "die Union", "die EU-Kommission"]
DATIVE = {"die": "der", "das": "dem", "der": "dem"}
PROPOSALS = [  # (accusative, dative)
    ("eine Flugverbotszone über der Ukraine", "einer Flugverbotszone über der Ukraine"),
    ("die Lieferung von Kampfjets", "der Lieferung von Kampfjets"),
    ("schwere Waffen für die Ukraine", "schweren Waffen für die Ukraine"),
    ("ein sofortiges Gasembargo", "einem sofortigen Gasembargo"), ("ein Embargo auf russisches Öl", "einem Ölembargo"),
    ("härtere Sanktionen gegen Russland", "härteren Sanktionen gegen Russland"),
    ("eine NATO-Friedensmission", "einer NATO-Friedensmission"),
    ("mehr Truppen an der NATO-Ostflanke", "mehr Truppen an der NATO-Ostflanke"),
    ("weitere Waffenlieferungen", "weiteren Waffenlieferungen"), ("die Lieferung von Kampfpanzern", "der Lieferung von Kampfpanzern"),
    ("einen Importstopp für russisches Gas", "einem Importstopp für russisches Gas"),
    ("neue Sanktionen gegen Moskau", "neuen Sanktionen gegen Moskau"),
]
FOR = ["{a} fordert {p}.", "{a} spricht sich für {p} aus.", "{a} unterstützt {p}.", "{a} verlangt {p}.",
       "{a} setzt sich für {p} ein.", "{a} plädiert für {p}.", "{a} befürwortet {p}.", "{a} drängt auf {p}."]
AGAINST = ["{a} lehnt {p} ab.", "{a} spricht sich gegen {p} aus.", "{a} warnt vor {pd}.", "{a} hält {p} für falsch.",
           "{a} ist gegen {p}.", "{a} weist {p} zurück.", "{a} will {p} nicht mittragen."]
QUOTES_FOR = ["„Wir brauchen {p}, und zwar jetzt“, sagte {a}.", "„Ohne {p} wird es nicht gehen“, betonte {a}.",
              "„Ich bin für {p}“, erklärte {a} {when}."]
QUOTES_AGAINST = ["„{P} wäre ein schwerer Fehler“, sagte {a}.", "„Wir lehnen {p} entschieden ab“, erklärte {a} {when}.",
                  "„Für {p} gibt es keine Mehrheit“, sagte {a}."]
EVENTS = ["{a} traf sich {when} in {place} mit {bd}.", "{a} und {b} berieten {when} in {place} über die Lage.",
          "{a} kündigte {when} die Lieferung von {n} {unit} an.", "{a} schickt {n} {unit} nach {place}.",
          "{when} landeten {n} {unit} in {place}.", "{a} sagte {b} {when} Hilfen in Höhe von {money} zu.",
          "In {place} demonstrierten {when} rund {n} Menschen gegen den Krieg.",
          "{a} drohte {b} {when} mit Konsequenzen."]
PLACES = ["Berlin", "Brüssel", "Kiew", "Warschau", "Paris", "Washington", "Moskau", "Vilnius", "Riga", "Tallinn",
          "Rom", "Madrid", "London", "Prag", "Budapest", "Bukarest", "Ramstein", "Lwiw", "Charkiw", "Odessa"]
UNITS = ["Panzer", "Soldaten", "Haubitzen", "Flugabwehrsysteme", "Raketenwerfer", "Schützenpanzer", "Drohnen"]
WHEN = ["am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag", "am Wochenende", "am Abend",
        "in der vergangenen Woche", "bereits im Februar", "im März", "Anfang April", "Ende Mai", "gestern", "heute"]
FILLER_SUBJ = ["Die Lage an der Front", "Der Ölpreis", "Die Inflation", "Die Stimmung in der Koalition",
               "Die Zahl der Geflüchteten", "Der Winter", "Die Debatte im Parlament", "Die Versorgung mit Energie",
               "Die Unsicherheit an den Märkten", "Der Streit in der Regierung", "Die Lage in den Städten",
               "Die Zahl der Angriffe", "Die humanitäre Lage", "Die Diskussion über die Bundeswehr"]
FILLER_VERB = ["bleibt angespannt", "verschärft sich weiter", "hat sich kaum verändert", "sorgt für Unruhe",
               "beschäftigt die Öffentlichkeit", "entwickelt sich schneller als erwartet", "wird genau beobachtet",
               "hat viele Menschen überrascht", "stellt die Behörden vor große Aufgaben"]
FILLER_TAIL = ["nach Angaben von Beobachtern", "wie aus Regierungskreisen verlautete", "laut einer neuen Umfrage",
               "nach Einschätzung von Fachleuten", "seit Beginn des Krieges", "in den vergangenen Tagen",
               "nach Berichten aus der Region", "vor allem im Osten des Landes", "trotz aller Bemühungen", ""]
BACKGROUND = ["Russland hatte die Ukraine am 24. Februar angegriffen.",
              "Seitdem sind Millionen Menschen aus dem Land geflohen.",
              "Die Gespräche über einen Waffenstillstand kommen nicht voran.",
              "Im Bundestag wird seit Wochen über den richtigen Kurs gestritten.",
              "Experten rechnen mit einem langen Konflikt.",
              "Die Preise für Gas und Strom sind deutlich gestiegen.",
              "Viele Kommunen sind mit der Unterbringung der Flüchtlinge überfordert.",
              "Der Kreml weist alle Vorwürfe zurück."]
HEADLINES = ["Streit um {p}", "{a} erhöht den Druck", "Neue Debatte über {p}", "Was {a} jetzt will",
             "Koalition uneins über {p}", "Treffen in {place}", "{a} unter Druck"]


def _actor(rnd: random.Random) -> tuple[str, str]:
    """(first mention, short mention) of a speaker."""
    kind = rnd.random()
    if kind < 0.45:
        name, role, party = rnd.choice(PEOPLE)
        first = f"{role} {name}" + (f" ({party})" if party and rnd.random() < 0.5 else "")
        return first, name.split()[-1]
    if kind < 0.75:
        fem = rnd.random() < 0.5
        name = f"{rnd.choice(FIRST_F if fem else FIRST_M)} {rnd.choice(LAST)}"
        role = rnd.choice(NEW_ROLES)[0 if fem else 1]
        return f"{'die' if fem else 'der'} {role} {name} ({rnd.choice(PARTIES)})", name.split()[-1]
    if kind < 0.9:
        c = rnd.choice(COUNTRIES)
        return c, c
    o = rnd.choice(ORGS)
    return o, o


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _fill(rnd: random.Random, template: str, a: str) -> str:
    b = _actor(rnd)[0]
    article_, _, rest = b.partition(" ")
    bd = f"{DATIVE[article_]} {rest}" if article_ in DATIVE else b
    p, pd = rnd.choice(PROPOSALS)
    n = rnd.choice([12, 40, 50, 100, 250, 500, 1000, 3000, 5000, 40000]) + rnd.randrange(0, 10) * (rnd.random() < 0.3)
    money = f"{rnd.randint(1, 9)},{rnd.randint(1, 9)} Milliarden Euro" if rnd.random() < 0.5 else f"{rnd.randint(10, 900)} Millionen Euro"
    return _cap(template.format(a=a, b=b, bd=bd, p=p, pd=pd, P=_cap(p), when=rnd.choice(WHEN), place=rnd.choice(PLACES), n=f"{n:,}".replace(",", "."),
                                unit=rnd.choice(UNITS), money=money))


def _filler(rnd: random.Random) -> str:
    tail = rnd.choice(FILLER_TAIL)
    return f"{rnd.choice(FILLER_SUBJ)} {rnd.choice(FILLER_VERB)}{' ' + tail if tail else ''}."


def article(n: int, seed: int = 1) -> str:
    """Article number ``n`` of the corpus with ``seed``, as file content."""
    rnd = random.Random(seed * 1_000_003 + n)
    day = date(2022, 2, 24) + timedelta(days=rnd.randrange(0, 400))
    target = rnd.randint(300, 800)
    first, short = _actor(rnd)
    paragraphs: list[list[str]] = [[_fill(rnd, rnd.choice(FOR + AGAINST), first)]]
    words = len(paragraphs[0][0].split())
    while words < target:
        r = rnd.random()
        if r < 0.10:
            a = rnd.choice([short, _actor(rnd)[0]])
            s = _fill(rnd, rnd.choice(FOR + AGAINST), a)
        elif r < 0.16:
            s = _fill(rnd, rnd.choice(QUOTES_FOR + QUOTES_AGAINST), rnd.choice([short, _actor(rnd)[0]]))
        elif r < 0.24:
            s = _fill(rnd, rnd.choice(EVENTS), _actor(rnd)[0])
        elif r < 0.36:
            s = rnd.choice(BACKGROUND)
        else:
            s = _filler(rnd)
        if rnd.random() < 0.2 and len(paragraphs[-1]) > 1:
            paragraphs.append([])
        paragraphs[-1].append(s)
        words += len(s.split())
    head = _fill(rnd, rnd.choice(HEADLINES), short)
    return f" date {day.isoformat()} {head}\n\n" + "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


def write_corpus(out: Path, n: int, seed: int = 1) -> list[Path]:
    """Write articles 0..n-1 as ``out/NNNNNN.txt`` (existing identical files are kept)."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = out / f"{i:06d}.txt"
        text = article(i, seed)
        if not p.is_file() or p.read_text(encoding="utf-8") != text:
            p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    write_corpus(args.out, args.n, args.seed)


if __name__ == "__main__":
    main()
