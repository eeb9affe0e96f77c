"""Round 15, lead (decision 008, "Round 15"): a plural pronoun in reported speech is its speakers; a stance
noun voiced by the subject ("Die Forderung nach … wiederholte X", "bekräftigte den Vorstoß"); bearing a
proposal ("… können wir tragen"); a proposal called a legitimate or unsuitable means; having to shoot down
planes as a consequence; a negation before "sondern" belongs to the contrasted part."""

from __future__ import annotations

import pytest

F, A = "for", "against"

FOUND = [
    # a plural pronoun in the reported clause is the coordinated speakers
    ("Bulgarien und die Slowakei erklärten, sie würden keine Kampfflugzeuge an die Ukraine abgeben, da sie diese für "
     "die eigene Landesverteidigung benötigten.", ("Bulgarien", A, "fighter_jets")),
    ("Bulgarien und die Slowakei erklärten, sie würden keine Kampfflugzeuge an die Ukraine abgeben, da sie diese für "
     "die eigene Landesverteidigung benötigten.", ("Slowakei", A, "fighter_jets")),
    ("Sie würden keine Kampfjets an die Ukraine abgeben, erklärten Rumänien und Bulgarien am Dienstag.",
     ("Rumänien", A, "fighter_jets")),
    ("Frankreich und Italien betonten, sie unterstützten ein Ölembargo.", ("Italien", F, "energy_embargo")),
    # a stance noun that the clause's subject voices
    ("Auch die Forderung nach einem Gasembargo wiederholte Mychajlo Podoljak.", ("Mychajlo Podoljak", F, "energy_embargo")),
    ("Die Forderung nach Kampfjets erneuerte der ukrainische Außenminister Dmytro Kuleba am Abend.",
     ("Dmytro Kuleba", F, "fighter_jets")),
    ("Polen schlug eine Friedensmission vor. Polens Ministerpräsident Mateusz Morawiecki bekräftigte den Vorstoß "
     "am Mittwoch.", ("Mateusz Morawiecki", F, "peace_mission")),
    ("Selenskyj wiederholte am Abend seinen Vorstoß für eine Flugverbotszone.", ("Wolodymyr Selenskyj", F, "no_fly_zone")),
    # bearing a proposal, and not bearing it
    ("Deutschland könne das Kohle-Embargo tragen, sagte Wirtschaftsminister Robert Habeck.",
     ("Robert Habeck", F, "energy_embargo")),
    ("Marie-Agnes Strack-Zimmermann sagte: „Ein Ölembargo können wir tragen, und wir sollten es schnell beschließen.“",
     ("Marie-Agnes Strack-Zimmermann", F, "energy_embargo")),
    ("Die Industrie könne ein Gasembargo nicht tragen, warnte BDI-Präsident Siegfried Russwurm.",
     ("Siegfried Russwurm", A, "energy_embargo")),
    # a proposal called a legitimate, suitable or unsuitable means
    ("Wirtschaftliche Sanktionen gegen Russland bezeichnete Bischof Georg Bätzing dagegen als „ein legitimes und "
     "notwendiges Mittel“, um den Aggressor unter Druck zu setzen.", ("Georg Bätzing", F, "sanctions")),
    ("Ein Gasembargo sei kein geeignetes Mittel, um den Krieg zu beenden, sagte Sachsens Ministerpräsident Michael "
     "Kretschmer.", ("Michael Kretschmer", A, "energy_embargo")),
    ("Waffenlieferungen seien ein untaugliches Mittel, sagte die Linken-Vorsitzende Janine Wissler.",
     ("Janine Wissler", A, "arms_deliveries")),
    # having to shoot down planes is the consequence that argues against a no-fly zone
    ("Eine Flugverbotszone würde bedeuten, dass das US-Militär russische Flugzeuge abschießen müsse, sagte die "
     "Sprecherin des Weißen Hauses, Jen Psaki.", ("Jen Psaki", A, "no_fly_zone")),
    # a negation before "sondern" negates the contrasted part, not the cue after it
    ("Kremlsprecher Dmitri Peskow sagte, die Verlegung weiterer Nato-Einheiten an die russischen Grenzen mache Europa "
     "„nicht sicherer, sondern gefährlicher“.", ("Dmitri Peskow", A, "eastern_flank_troops")),
    ("Scholz sagte, er lehne Waffenlieferungen nicht ab, sondern unterstütze sie.", ("Olaf Scholz", F, "arms_deliveries")),
    # a short parenthesis does not end the clause: its subject stays the cue's
    ("Die mitregierenden Sozialisten (BSP) lehnen Waffenlieferungen kategorisch ab, Regierungschef Kiril Petkow will "
     "das Thema im Parlament klären lassen.", ("BSP", A, "arms_deliveries")),
    # a person in apposition to a title with a genitive organisation is the subject, not an enumeration's last item
    ("Die Spitzenkandidatin der Grünen, Mona Neubaur, sprach sich für die Lieferung schwerer Waffen und für ein Embargo "
     "auf russisches Öl aus.", ("Mona Neubaur", F, "heavy_weapons")),
    ("Der Vorsitzende der SPD-Fraktion, Rolf Mützenich, warnte vor der Lieferung von Kampfpanzern.",
     ("Rolf Mützenich", A, "heavy_weapons")),
    # another first name before a known surname is another person, and the surname alone is then theirs
    ("Michael Schulze, politischer Geschäftsführer der DFG-VK, lehnt Waffenlieferungen ab. Die Sanktionen unterstützt "
     "Schulze dagegen.", ("Michael Schulze", F, "sanctions")),
    # the spokesperson of a peace organisation speaks for it
    ("„Waffenlieferungen verlängern den Krieg“, sagte Kristian Golla, Sprecher des Netzwerks Friedenskooperative.",
     ("Netzwerk Friedenskooperative", A, "arms_deliveries")),
    # an organisation's name that opens a paragraph with a dash is no dateline
    ("Die Deutsche Friedensgesellschaft – sie ist eine der ältesten Organisationen der Bewegung – lehnt Waffenlieferungen "
     "ab.", ("DFG-VK", A, "arms_deliveries")),
    # an active demand in a "wie" clause keeps its own subject
    ("Eine Flugverbotszone, wie sie Kiew fordert, lehnt Scholz ab.", ("Ukraine", F, "no_fly_zone")),
    # a known surname used as a first name is someone else; a party title fits the gazetteer's party post
    ("Der Ökonom Gabriel Felbermayr hält ein Ölembargo für richtig. Kevin Kühnert widersprach. Deutschland liefere "
     "inzwischen auch schwere Waffen, „und das ist richtig so“, sagte der SPD-Politiker.", ("Kevin Kühnert", F, "heavy_weapons")),
    ("Der Ökonom Gabriel Felbermayr hält ein Ölembargo für richtig.", ("Gabriel Felbermayr", F, "energy_embargo")),
    # a role title in the genitive or dative ("des Kanzlers", "des Ökonomen") names its holder
    ("Der Ökonom Clemens Fuest äußerte sich im Deutschlandfunk. Die Finanzsanktionen sollten nach Ansicht des Ökonomen "
     "noch verschärft werden.", ("Clemens Fuest", F, "sanctions")),
    ("Nach Ansicht des Kanzlers wäre ein Gasembargo falsch.", ("Olaf Scholz", A, "energy_embargo")),
    ("Die Forderung des US-Präsidenten nach schärferen Sanktionen stieß in Brüssel auf Zustimmung.",
     ("Joe Biden", F, "sanctions")),
    # a view owned by a possessive or a genitive name
    ("Habeck äußerte sich am Abend in Berlin. Ein sofortiger Importstopp für Gas würde nach seinen Worten die Versorgung "
     "in Deutschland gefährden.", ("Robert Habeck", A, "energy_embargo")),
    ("Baerbock sprach in Brüssel. Ein Gasembargo wäre ihrer Ansicht nach derzeit falsch.",
     ("Annalena Baerbock", A, "energy_embargo")),
    ("Ein Gasembargo würde nach Scholz' Einschätzung Hunderttausende Arbeitsplätze gefährden.",
     ("Olaf Scholz", A, "energy_embargo")),
    ("Österreich wird nach den Worten von Bundeskanzler Karl Nehammer auch künftig keine Waffen an die Ukraine liefern.",
     ("Karl Nehammer", A, "arms_deliveries")),
    ("Ungarn wird einem Embargo gegen russisches Öl und Gas nach den Worten von Ministerpräsident Viktor Orbán nicht "
     "zustimmen.", ("Ungarn", A, "energy_embargo")),
    # a judgement of a decision just reported takes its side
    ("Die Nato lehnte eine Flugverbotszone ab. Baerbock verteidigte die Entscheidung.", ("Annalena Baerbock", A, "no_fly_zone")),
    ("Die Nato lehnte eine Flugverbotszone ab. Selenskyj kritisierte die Entscheidung scharf.",
     ("Wolodymyr Selenskyj", F, "no_fly_zone")),
    # "keiner Mission" negates the mission its relative clause describes
    ("Die USA werden sich an keiner Mission beteiligen, die amerikanische Soldaten in die Ukraine bringt.",
     ("USA", A, "peace_mission")),
    # a decision's owner holds what it decided, also when a speaker judges it
    ("Die Entscheidung der Bundesregierung, der Ukraine Panzerfäuste und Stinger-Raketen zu überlassen, sei "
     "„schmerzhaft, aber notwendig“ gewesen, sagte Schwesig.", ("Deutschland", F, "arms_deliveries")),
    # "Beides" takes up the two proposals just named
    ("Selenskyj forderte Kampfflugzeuge und Panzer. Beides lehnten die Alliierten ebenso ab wie eine Flugverbotszone.",
     ("NATO", A, "heavy_weapons")),
    ("Selenskyj forderte Kampfflugzeuge und Panzer. Beides lehnten die Alliierten ebenso ab wie eine Flugverbotszone.",
     ("NATO", A, "fighter_jets")),
    # the owner of an announcing noun holds its infinitive: "von X", a date after the owner, under a matrix stance
    ("Die Ankündigung von Bundeskanzler Scholz, osteuropäische Partner bei der Lieferung von Panzern an die Ukraine zu "
     "unterstützen, beschäftigt die Kommentatoren.", ("Olaf Scholz", F, "heavy_weapons")),
    ("Die Entscheidung der Verteidigungsministerin vom Dienstag, Flugabwehrpanzer vom Typ Gepard freizugeben, sei dafür "
     "ein Beleg.", ("Christine Lambrecht", F, "heavy_weapons")),
    ("Zugleich begrüßte Kiril Petkow die Pläne der Nato, auch in Bulgarien einen Gefechtsverband aufzustellen.",
     ("NATO", F, "eastern_flank_troops")),
    # a party title is someone of that party, not a later person with another party's title
    ("CSU-Landesgruppenchef Alexander Dobrindt sprach im Bundestag. Robert Habeck antwortete. Der CSU-Politiker verlangte, "
     "auch über einen Stopp der Energieimporte aus Russland nachzudenken.", ("Alexander Dobrindt", F, "energy_embargo")),
    ("CSU-Landesgruppenchef Alexander Dobrindt sprach. Der FDP-Politiker Christian Lindner antwortete. Der CSU-Politiker "
     "verlangte, auch über einen Stopp der Energieimporte aus Russland nachzudenken.", ("Alexander Dobrindt", F, "energy_embargo")),
    # an instrument in the midfield of a reported or hypothetical clause
    ("Kremlsprecher Dmitri Peskow sagte, die EU schade sich mit dem Embargo selbst.", ("Dmitri Peskow", A, "energy_embargo")),
    ("Deutschland würde sich mit einem Gasembargo selbst ruinieren, warnte Kretschmer.",
     ("Michael Kretschmer", A, "energy_embargo")),
    ("Man könne Putin mit Sanktionen empfindlich treffen, sagte Baerbock.", ("Annalena Baerbock", F, "sanctions")),
    # a press review: two predicates of the outlet, then its quote
    ("Der MÜNCHNER MERKUR schließlich lobt die Waffenhilfe, vermisst aber Tempo: „Die Waffen für die Ukraine sind "
     "richtig, aber sie kommen zu spät und in zu kleinen Mengen.“", ("Münchner Merkur", F, "arms_deliveries")),
    # seeing no basis for a step
    ("Scholz sieht keine Grundlage für ein Gasembargo.", ("Olaf Scholz", A, "energy_embargo")),
    # NATO's jets asked for in part are jets for Ukraine
    ("Selenskyj hat die Nato um „ein Prozent“ der Kampfflugzeuge der NATO gebeten.", ("Wolodymyr Selenskyj", F, "fighter_jets")),
    # an author's judgement and demand in an opinion piece
    ("Kommentar: Die Ostsee ist jetzt Frontgebiet\n\nVon Jens Kortmann\n\nDie Nato hat im März vier "
     "zusätzliche Gefechtsverbände an der Ostflanke beschlossen. Sie reichen nicht. Deshalb ist es richtig, die "
     "Nato-Präsenz im Baltikum auf Brigaden aufzustocken.", ("Jens Kortmann", F, "eastern_flank_troops")),
    ("Kommentar: Zu langsam\n\nVon Jens Kortmann\n\nDeutschland muss die zugesagten "
     "Panzerhaubitzen und Gepard-Panzer schneller liefern und weitere Panzer folgen lassen.",
     ("Jens Kortmann", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round15_found(positions_of, text, fact):
    assert fact in positions_of(text)


NOT_FOUND = [
    # a stance noun talked about, not voiced: the dative of a rejection, a topic after "zu"
    ("Polen schlug eine Friedensmission vor. Auch US-Außenminister Antony Blinken erteilte dem Vorschlag eine Absage.",
     ("Antony Blinken", F, "peace_mission")),
    ("Zu Forderungen nach einem Öl-Embargo äußerte sich Macron nicht.", ("Emmanuel Macron", F, "energy_embargo")),
    # a plural pronoun in a single speaker's words is someone else
    ("Scholz sagte, sie würden keine Kampfflugzeuge an die Ukraine abgeben.", ("Olaf Scholz", A, "fighter_jets")),
    # bearing something unnamed is no stance on a proposal named before
    ("Scholz lobte die Sanktionen. Berlin könne nicht allein tragen, was eine nationale Aufgabe sei, sagte Giffey.",
     ("Franziska Giffey", A, "sanctions")),
    # "mit allen notwendigen Mitteln" is no judgement of a proposal
    ("Darin heißt es, die Ukraine müsse „mit allen notwendigen Mitteln“ unterstützt werden, „einschließlich schwerer "
     "Waffen“.", ("Ukraine", F, "heavy_weapons")),
    # shooting down planes with weapons one has is no obligation and argues nothing against them
    ("Mit Stinger-Raketen könne die Ukraine russische Flugzeuge abschießen, sagte Baerbock.",
     ("Annalena Baerbock", A, "arms_deliveries")),
    # the subject of a clause after a parenthesis's clause is not the holder of the clause before
    ("Die mitregierenden Sozialisten (BSP) lehnen Waffenlieferungen kategorisch ab, Regierungschef Kiril Petkow will "
     "das Thema im Parlament klären lassen.", ("Kiril Petkow", A, "arms_deliveries")),
    # another Schulze is not Svenja Schulze
    ("Michael Schulze, politischer Geschäftsführer der DFG-VK, lehnt Waffenlieferungen ab. Die Sanktionen unterstützt "
     "Schulze dagegen.", ("Svenja Schulze", F, "sanctions")),
    # a passive demand in a "wie" clause is not the sentence's holder's
    ("Eine Flugverbotszone, wie sie von Kiew gefordert wird, lehnt Scholz ab.", ("Olaf Scholz", F, "no_fly_zone")),
    ("Der Ökonom Gabriel Felbermayr hält ein Ölembargo für richtig.", ("Sigmar Gabriel", F, "energy_embargo")),
    # a judgement of a decision is not for the decision's proposal when the decision was against it
    ("Die Nato lehnte eine Flugverbotszone ab. Baerbock verteidigte die Entscheidung.", ("Annalena Baerbock", F, "no_fly_zone")),
    # the alliance's own jets that would enforce a no-fly zone are no jets for Ukraine
    ("Eine solche Zone ließe sich nur durchsetzen, indem Kampfflugzeuge des Bündnisses in den ukrainischen Luftraum "
     "geschickt würden. Blinken schloss sich dieser Linie an.", ("Antony Blinken", F, "fighter_jets")),
    # a promise with an infinitive of its own after a semicolon takes no proposal from before it
    ("Ungarn lehnt Waffenlieferungen an die Ukraine weiterhin ab; der frisch wiedergewählte Ministerpräsident Viktor Orbán "
     "hatte im Wahlkampf versprochen, sein Land aus dem Krieg herauszuhalten.", ("Viktor Orbán", F, "arms_deliveries")),
    ("Die USA werden sich an keiner Mission beteiligen, die amerikanische Soldaten in die Ukraine bringt.",
     ("USA", F, "peace_mission")),
    ("CSU-Landesgruppenchef Alexander Dobrindt sprach im Bundestag. Robert Habeck antwortete. Der CSU-Politiker verlangte, "
     "auch über einen Stopp der Energieimporte aus Russland nachzudenken.", ("Robert Habeck", F, "energy_embargo")),
    ("CSU-Landesgruppenchef Alexander Dobrindt sprach. Der FDP-Politiker Christian Lindner antwortete. Der CSU-Politiker "
     "verlangte, auch über einen Stopp der Energieimporte aus Russland nachzudenken.", ("Christian Lindner", F, "energy_embargo")),
    # a fact in the indicative argues nothing; an expletive "es" is no actor
    ("Die EU hat sich mit dem Embargo selbst geschadet.", ("EU", A, "energy_embargo")),
    ("Die Kanzlerin sprach. Es dürfe keine weiteren Anlässe für eine Eskalation geben, auch nicht durch Lieferungen "
     "schwerer Waffen.", ("Olaf Scholz", A, "heavy_weapons")),
    # "Beides" with only one proposal before it names nothing new
    ("Selenskyj forderte Kampfflugzeuge. Beides lehnten die Alliierten ab.", ("NATO", A, "heavy_weapons")),
    # a plural role noun after "die" is no single office holder
    ("Die Präsidenten der baltischen Staaten forderten schärfere Sanktionen.", ("Frank-Walter Steinmeier", F, "sanctions")),
    # a possessive view of a woman is not a man's
    ("Habeck sprach in Brüssel. Ein Gasembargo wäre ihrer Ansicht nach derzeit falsch.", ("Robert Habeck", A, "energy_embargo")),
    # the infinitive that a judgement takes has no holder of its own
    ("Kommentar: Die Ostsee ist jetzt Frontgebiet\n\nVon Jens Kortmann\n\nDie Nato hat ihre Pläne vorgestellt. "
     "Sie reichen nicht. Deshalb ist es richtig, die Nato-Präsenz im Baltikum auf Brigaden aufzustocken.",
     ("NATO", F, "eastern_flank_troops")),
    ("Margot Käßmann äußerte sich am Sonntag. Eine Flugverbotszone, wie sie immer wieder gefordert werde, wäre nach "
     "Käßmanns Worten „der Einstieg in einen dritten Weltkrieg“.", ("Margot Käßmann", F, "no_fly_zone")),
]


@pytest.mark.parametrize("text, wrong", NOT_FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round15_not_found(positions_of, text, wrong):
    assert wrong not in positions_of(text)
