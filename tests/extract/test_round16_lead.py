"""Round 16, lead (decision 008, "Round 16"): "deutlich machen" as a speech frame, so a minister or head of
government who tells of their own country's policy holds it ("Wallace machte deutlich, dass London …")."""

from __future__ import annotations

import pytest

F, A = "for", "against"

FOUND = [
    # "deutlich machen" introduces the speaker's own reported stance
    ("Der britische Verteidigungsminister Ben Wallace hatte schon in den Tagen zuvor deutlich gemacht, dass London "
     "weitere Waffenlieferungen plant.", ("Ben Wallace", F, "arms_deliveries")),
    ("Zugleich machte der türkische Präsident Recep Tayyip Erdoğan deutlich, dass sich die Türkei auch künftig nicht "
     "an den westlichen Sanktionen gegen Russland beteiligen werde.", ("Recep Tayyip Erdogan", A, "sanctions")),  # (the gazetteer's label, round 19)
    ("Ministerpräsident Mateusz Morawiecki machte unmissverständlich deutlich, Polen werde weiter auf ein Gasembargo "
     "dringen.", ("Mateusz Morawiecki", F, "energy_embargo")),
    # heavy weapons with another adjective or a coordination between "schwer" and the weapons
    ("Giuseppe Conte lehnt die Lieferung schwererer, offensiver Waffen dagegen ab.", ("Giuseppe Conte", A, "heavy_weapons")),
    ("Die Union fordert die Lieferung schwerer westlicher Waffen an die Ukraine.", ("CDU/CSU", F, "heavy_weapons")),
    ("Polen will der Ukraine schwere und moderne Waffensysteme liefern.", ("Polen", F, "heavy_weapons")),
    # a definite organisation noun refers back to the organisation named before
    ("Der Deutsche Gewerkschaftsbund tagt in Berlin. Der Gewerkschaftsbund hatte die Strafmaßnahmen gegen Moskau bereits "
     "in den ersten Kriegstagen ausdrücklich begrüßt.", ("DGB", F, "sanctions")),
    ("Die Deutsche Industrie- und Handelskammer legte eine Umfrage vor. Der Spitzenverband warnte vor einem Gasembargo.",
     ("DIHK", A, "energy_embargo")),
    # ending imports of Russian fuels, also with an enumeration or "aus Russland", and no longer importing them
    ("Die Niederlande wollen die Einfuhr von russischem Öl, Gas und Kohle bis zum Jahresende beenden, sagte "
     "Regierungschef Mark Rutte.", ("Mark Rutte", F, "energy_embargo")),
    ("Tschechien hat angekündigt, die Einfuhr von Pipeline-Öl aus Russland bis 2024 zu beenden.",
     ("Tschechien", F, "energy_embargo")),
    ("Finnlands Regierungschefin Sanna Marin sagte, ihr Land werde russisches Gas nicht mehr kaufen.",
     ("Sanna Marin", F, "energy_embargo")),
    ("Österreich werde ab Herbst kein russisches Pipeline-Gas mehr beziehen, kündigte Kanzler Karl Nehammer an.",
     ("Karl Nehammer", F, "energy_embargo")),
    # the sky over Ukraine closed to Russian planes is the no-fly zone
    ("Selenskyj verlangte erneut, den Luftraum über der Ukraine für russische Kampfjets zu sperren.",
     ("Wolodymyr Selenskyj", F, "no_fly_zone")),
    # needing weapons, supplying with weapons, and ship-killing missiles
    ("Die Armee benötige dringend Artillerie und Munition, sagte Verteidigungsminister Olexij Resnikow.",
     ("Oleksij Resnikow", F, "heavy_weapons")),
    ("Großbritannien werde die Ukraine mit weiteren Panzerabwehrwaffen versorgen, sagte Premierminister Boris Johnson.",
     ("Boris Johnson", F, "arms_deliveries")),
    ("Norwegen liefert der Ukraine Seezielflugkörper vom Typ Harpoon.", ("Norwegen", F, "arms_deliveries")),
    # a "wer" clause dismissed as leaving Ukraine in the lurch, gambling or reckless - also in reported speech
    ("Wer der Ukraine jetzt Panzer verweigert, lässt sie im Stich, sagte der CDU-Politiker Roderich Kiesewetter.",
     ("Roderich Kiesewetter", F, "heavy_weapons")),
    ("Kiesewetter sagte, wer der Ukraine Panzer und Artillerie verweigere, lasse sie im Stich.",
     ("Roderich Kiesewetter", F, "heavy_weapons")),
    ("Wer ein sofortiges Ölembargo fordert, spielt mit Tausenden Arbeitsplätzen in der Uckermark, sagte Ministerpräsident "
     "Dietmar Woidke.", ("Dietmar Woidke", A, "energy_embargo")),
    ("Omid Nouripour sagte, wer der Ukraine keine Waffen liefern wolle, überlasse sie dem Aggressor.",
     ("Omid Nouripour", F, "arms_deliveries")),
    ("Der Abgeordnete Ralf Stegner schrieb auf Twitter, wer jetzt reflexhaft nach Panzern rufe, solle „die "
     "Eskalationsgefahr wenigstens mitdenken“.", ("Ralf Stegner", A, "heavy_weapons")),
    ("Wer eine Flugverbotszone fordert, riskiert einen Weltkrieg, sagte Kevin Kühnert.", ("Kevin Kühnert", A, "no_fly_zone")),
    # a party's conference or its board speaks for the party
    ("Der Bundesparteitag der FDP hat sich mit großer Mehrheit für die Lieferung schwerer Waffen an die Ukraine "
     "ausgesprochen.", ("FDP", F, "heavy_weapons")),
    ("Die Bundestagsfraktion der Linken lehnt Waffenlieferungen an die Ukraine weiterhin ab.", ("Linke", A, "arms_deliveries")),
    # "nicht durchsetzbar"
    ("Claudia Major ordnete die Debatte ein. Eine Flugverbotszone sei „militärisch nicht durchsetzbar, ohne den Krieg "
     "auszuweiten“, sagte die Expertin.", ("Claudia Major", A, "no_fly_zone")),
    # an expert's descriptive title refers back to the person named just before, whatever office they hold
    ("Clemens Fuest, Präsident des Ifo-Instituts, sprach im Radio. Die Finanzsanktionen sollten nach Ansicht des "
     "Ökonomen noch verschärft werden.", ("Clemens Fuest", F, "sanctions")),
    ("Die Friedensforscherin Ursula Schröder äußerte sich am Montag. Ein Gasembargo sei falsch, sagte die Forscherin.",
     ("Ursula Schröder", A, "energy_embargo")),
    # a party leader's title
    ("Bayerns Ministerpräsident Markus Söder hat die Bundesregierung zu schnelleren Lieferungen schwerer Waffen "
     "aufgefordert. Ein Gasembargo lehnte der CSU-Chef dagegen ab.", ("Markus Söder", A, "energy_embargo")),
    # a press review's outlets that the gazetteer does not know speak their quoted comments
    ("Die „Lausitzer Rundschau“ aus Cottbus warnt: „Ein Energieembargo würde die Lausitz härter treffen als den Kreml.“",
     ("Lausitzer Rundschau", A, "energy_embargo")),
    ("Die „Volksstimme“ aus Magdeburg hält dagegen: „Mit immer neuen Waffenlieferungen wird dieser Krieg nicht zu Ende "
     "gehen.“", ("Volksstimme", A, "arms_deliveries")),
    ("Das „Flensburger Tageblatt“ meint: „Schwere Waffen bringen das Kriegsende näher.“",
     ("Flensburger Tageblatt", F, "heavy_weapons")),
    # "nicht (länger) zaudern", "nicht länger der Bremser sein": the obstruction denied
    ("Marie-Agnes Strack-Zimmermann sagte, Deutschland dürfe bei schweren Waffen „nicht länger zaudern“.",
     ("Marie-Agnes Strack-Zimmermann", F, "heavy_weapons")),
    ("Der CDU-Außenpolitiker Norbert Röttgen schrieb auf Twitter, Deutschland dürfe beim Gasembargo „nicht länger der "
     "Bremser Europas sein“.", ("Norbert Röttgen", F, "energy_embargo")),
    # a refusal justified or defended refers to the proposal just discussed
    ("Die Nato lehnte eine Flugverbotszone erneut ab. Generalsekretär Jens Stoltenberg rechtfertigte die Absage am "
     "Abend in Brüssel.", ("Jens Stoltenberg", A, "no_fly_zone")),
    # needing one's own jets is against giving them away
    ("Bulgariens Regierungschef Kiril Petkow sagte, das Land brauche seine MiG-29 für die Sicherung des eigenen "
     "Luftraums.", ("Kiril Petkow", A, "fighter_jets")),
    # "wie sie X vorgeschlagen hat" takes up the nearest proposal
    ("Scholz sagte, es werde weder eine Flugverbotszone geben noch eine Friedensmission der NATO in der Ukraine, wie sie "
     "Polen vorgeschlagen hat.", ("Polen", F, "peace_mission")),
    # NATO troops stationed in Ukraine are the peace mission
    ("Kremlsprecher Dmitri Peskow sagte, jede Stationierung von NATO-Soldaten in der Ukraine wäre „eine äußerst "
     "gefährliche Entscheidung“.", ("Dmitri Peskow", A, "peace_mission")),
    # weapons for Ukraine named by its capital are
    ("Polen fordert Waffenlieferungen nach Kiew.", ("Polen", F, "arms_deliveries")),
    # not withdrawing troops keeps them on the flank; a measure that is not enough asks for more
    ("US-Verteidigungsminister Lloyd Austin sagte zu, dass die USA ihre zusätzlichen Soldaten in Polen und im Baltikum "
     "vorerst nicht abziehen würden.", ("Lloyd Austin", F, "eastern_flank_troops")),
    ("Die bisherigen Sanktionen reichen nicht aus, sagte der ukrainische Außenminister Dmytro Kuleba.",
     ("Dmytro Kuleba", F, "sanctions")),
    ("Polens Präsident Andrzej Duda forderte mehr Nato-Truppen. Eine Rotation von Einheiten reiche angesichts der "
     "Bedrohung nicht mehr aus, sagte Duda.", ("Andrzej Duda", F, "eastern_flank_troops")),
    # a dangerous step, clearing the way, sharing the concerns: judgements of the proposal just discussed
    ("Polen schlug eine Friedensmission vor. Das wäre „ein äußerst gefährlicher Schritt“, sagte Kremlsprecher Dmitri "
     "Peskow.", ("Dmitri Peskow", A, "peace_mission")),
    ("Ungarn blockiert das Ölembargo. Außenministerin Annalena Baerbock rief Ungarn auf, den Weg freizumachen.",
     ("Annalena Baerbock", F, "energy_embargo")),
    ("Die Industrie warnt vor einem Gasembargo. Die Bundesregierung teilt diese Bedenken weitgehend.",
     ("Deutschland", A, "energy_embargo")),
    # a dash inside a known name does not end the clause
    ("Die Deutsche Friedensgesellschaft – Vereinigte Kriegsdienstgegner forderte einen sofortigen Stopp aller "
     "Waffenlieferungen in die Ukraine.", ("DFG-VK", A, "arms_deliveries")),
    # "der Beschluss" takes up the proposal just decided
    ("Die Nato beschloss, die Ostflanke mit vier neuen Gefechtsverbänden zu stärken. Rumäniens Präsident Klaus Iohannis "
     "begrüßte den Beschluss als Signal.", ("Klaus Iohannis", F, "eastern_flank_troops")),
    # a stance noun after "trotz" with its owner named is that owner's stance
    ("Polens Regierungspartei PiS hält trotz der Absagen aus Berlin und Paris an der Idee einer internationalen "
     "Friedensmission in der Ukraine fest.", ("Frankreich", A, "peace_mission")),
    # the surname of a gazetteer person named in full in the article is theirs, not a namesake's
    ("Aus Kiew war der frühere Boxweltmeister Wladimir Klitschko zugeschaltet, der mit seinem Bruder Vitali die "
     "Verteidigung der Hauptstadt unterstützt. „Schließt den Luftraum über der Ukraine“, sagte Klitschko.",
     ("Wladimir Klitschko", F, "no_fly_zone")),
]

NOT_FOUND = [
    # the country is not a holder of its own beside the minister who speaks of its policy
    ("Der britische Verteidigungsminister Ben Wallace hatte schon in den Tagen zuvor deutlich gemacht, dass London "
     "weitere Waffenlieferungen plant.", ("Großbritannien", F, "arms_deliveries")),
    ("Zugleich machte der türkische Präsident Recep Tayyip Erdoğan deutlich, dass sich die Türkei auch künftig nicht "
     "an den westlichen Sanktionen gegen Russland beteiligen werde.", ("Türkei", A, "sanctions")),
    # closing the EU's own airspace is a sanction, not a no-fly zone; buying Russian gas on is no embargo
    ("Die EU schloss ihren Luftraum für russische Flugzeuge.", ("EU", F, "no_fly_zone")),
    ("Deutschland werde weiterhin russisches Gas beziehen, sagte Scholz.", ("Olaf Scholz", F, "energy_embargo")),
    ("Selenskyj verlangte erneut, den Luftraum über der Ukraine für russische Kampfjets zu sperren.",
     ("Wolodymyr Selenskyj", F, "fighter_jets")),
    # what an army needs for itself is no demand to deliver it
    ("Die Bundeswehr benötige selbst mehr Munition, sagte Verteidigungsministerin Christine Lambrecht.",
     ("Christine Lambrecht", F, "arms_deliveries")),
    # a "wer" clause that the speaker approves of, or any other clause after the speech verb, is not rebutted
    ("Habeck sagte, wer ein Gasembargo fordere, habe gute Gründe.", ("Robert Habeck", A, "energy_embargo")),
    ("Kühnert sagte, Deutschland liefere Panzer, und riskiere damit nichts.", ("Kevin Kühnert", A, "heavy_weapons")),
    ("Aus Kiew war der frühere Boxweltmeister Wladimir Klitschko zugeschaltet, der mit seinem Bruder Vitali die "
     "Verteidigung der Hauptstadt unterstützt. „Schließt den Luftraum über der Ukraine“, sagte Klitschko.",
     ("Vitali Klitschko", F, "no_fly_zone")),
    # a clause with a subject of its own (a nominalised adjective too) does not continue the holder before
    ("Der Bundesparteitag der FDP hat sich für die Lieferung schwerer Waffen ausgesprochen. Nur wenige Delegierte "
     "stimmten dagegen.", ("FDP", A, "heavy_weapons")),
    # an expert's title does not refer to a person of the other gender
    ("Clemens Fuest sprach im Radio. Ein Gasembargo sei falsch, sagte die Ökonomin.", ("Clemens Fuest", A, "energy_embargo")),
    # an expert's title without an article is a plural, not the person named before
    ("Der Schriftsteller Daniel Kehlmann sprach. Meinungsforscher verweisen darauf, dass sich eine knappe Mehrheit für "
     "die Lieferung schwerer Waffen ausspricht.", ("Daniel Kehlmann", F, "heavy_weapons")),
    # a quoted word after an article is no outlet unless it comments
    ("Die „Zeitenwende“ verlangt nach Ansicht vieler schwere Waffen für die Ukraine.", ("Zeitenwende", F, "heavy_weapons")),
    ("Marie-Agnes Strack-Zimmermann sagte, Deutschland dürfe bei schweren Waffen „nicht länger zaudern“.",
     ("Marie-Agnes Strack-Zimmermann", A, "heavy_weapons")),
    # a poll's share is the subject, not the countries named before
    ("Mehrfach fragte Illner, warum die Regierung länger brauche als die Niederlande oder Tschechien. Laut dem "
     "Politbarometer befürworten 56 Prozent der Befragten die Lieferung schwerer Waffen, 39 Prozent lehnen sie ab.",
     ("Tschechien", A, "heavy_weapons")),
    ("Scholz sagte, es werde weder eine Flugverbotszone geben noch eine Friedensmission der NATO in der Ukraine, wie sie "
     "Polen vorgeschlagen hat.", ("Polen", F, "no_fly_zone")),
    ("Kremlsprecher Dmitri Peskow sagte, jede Stationierung von NATO-Soldaten in der Ukraine wäre „eine äußerst "
     "gefährliche Entscheidung“.", ("Dmitri Peskow", A, "eastern_flank_troops")),
    # the alliance's own jets enforcing a no-fly zone are no jets for Ukraine, and the condition is no demand
    ("Der Norweger Jens Stoltenberg sagte, eine Flugverbotszone lasse sich nur durchsetzen, wenn NATO-Kampfflugzeuge in "
     "den ukrainischen Luftraum flögen.", ("Jens Stoltenberg", F, "fighter_jets")),
    ("Der Norweger Jens Stoltenberg sagte, eine Flugverbotszone lasse sich nur durchsetzen, wenn NATO-Kampfflugzeuge in "
     "den ukrainischen Luftraum flögen.", ("Jens Stoltenberg", F, "no_fly_zone")),
    # a denial restricted by a relative clause denies only some
    ("SPD-Chef Lars Klingbeil sagte, man dürfe keine Sanktionen beschließen, die Deutschland am Ende stärker träfen als "
     "den Kreml.", ("Lars Klingbeil", A, "sanctions")),
    # weapons for another country are not the deliveries to Ukraine
    ("Von Schweden verlangte der türkische Außenminister Mevlüt Çavuşoğlu, die Beschränkungen für Rüstungsexporte in die "
     "Türkei aufzuheben.", ("Mevlüt Çavuşoğlu", A, "arms_deliveries")),
    ("China lehnt Waffenlieferungen an Taiwan ab.", ("China", A, "arms_deliveries")),
    ("US-Verteidigungsminister Lloyd Austin sagte zu, dass die USA ihre zusätzlichen Soldaten in Polen und im Baltikum "
     "vorerst nicht abziehen würden.", ("Lloyd Austin", A, "eastern_flank_troops")),
    # a stance noun after "angesichts"/"trotz" is the circumstance
    ("Polens Präsident Andrzej Duda forderte mehr Nato-Truppen. Eine Rotation von Einheiten reiche angesichts der "
     "Bedrohung nicht mehr aus, sagte Duda.", ("Andrzej Duda", A, "eastern_flank_troops")),
    ("Trotz der Bedenken in der Koalition liefert Deutschland Panzer an die Ukraine.", ("Deutschland", A, "heavy_weapons")),
    # a party's leader is someone known to be in a party
    ("SPIEGEL: Frau Strack-Zimmermann, Putin droht dem Westen. Ihr Parteichef lehnt ein sofortiges Gasembargo ab.",
     ("Wladimir Putin", A, "energy_embargo")),
    # heavy fighting is no heavy weapon
    ("Nach schweren Kämpfen und neuen Waffenlieferungen forderte Selenskyj mehr Hilfe.", ("Wolodymyr Selenskyj", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round16_found(positions_of, text, fact):
    assert fact in positions_of(text)


@pytest.mark.parametrize("text, wrong", NOT_FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round16_not_found(positions_of, text, wrong):
    assert wrong not in positions_of(text)
