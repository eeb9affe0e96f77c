"""Round 21 (decision 008, "Round 21"): a heading speaks of the entry below it, not of the entry before
("Update, 14.50 Uhr: Kreml warnt vor weiteren Lieferungen" in a live blog that runs backwards in time),
anaphor nouns of one kind ("eine solche Zone", "die Verlegung", "der Tausch"), comparison clauses ("wie es
mehrere EU-Partner fordern"), "höchste Zeit", "überdenken", a denied label ("ist keine Friedensmission,
sondern eine Kriegserklärung"), and other cases found in dev 18."""

from __future__ import annotations

import pytest

F, A = "for", "against"

LIVE_BLOG = ("Liveblog: Deutschland liefert Panzerhaubitzen\n\n"
             "Update, 16.15 Uhr: Lambrecht kündigt sieben Panzerhaubitzen an\n\n"
             "Deutschland wird der Ukraine sieben Panzerhaubitzen 2000 liefern. Das kündigte Verteidigungsministerin "
             "Christine Lambrecht an.\n\n"
             "Update, 14.50 Uhr: Kreml warnt vor weiteren Lieferungen\n\n"
             "Kremlsprecher Dmitri Peskow hat die westlichen Waffenlieferungen an die Ukraine erneut scharf kritisiert. "
             "Sie verlängerten nur das Leiden.")

TICKER = ("+++ 18:05 Uhr +++ Habeck bremst beim Gas\n\n"
          "Wirtschaftsminister Robert Habeck hat ein sofortiges Gasembargo erneut abgelehnt.\n\n"
          "+++ 17:40 Uhr +++ Baltische Staaten begrüßen Entscheidung\n\n"
          "Die Nato verlegt zusätzliche Kampfverbände an ihre Ostflanke. Vier neue Gefechtsverbände sollen in "
          "Rumänien, Bulgarien, Ungarn und der Slowakei entstehen.")

FOUND = [
    # a heading's anaphor takes the proposal of the entry below it
    (LIVE_BLOG, ("Kreml", A, "arms_deliveries")),
    (LIVE_BLOG, ("Dmitri Peskow", A, "arms_deliveries")),
    # the plural "müssten" is the Konjunktiv I of reported speech
    ("Die Bundesregierung hat Waffenlieferungen an die Ukraine beschlossen. CDU-Chef Friedrich Merz äußerte sich "
     "am Rande der Sitzung. Er mahnte, die Lieferungen müssten nun schnell ankommen.",
     ("Friedrich Merz", F, "arms_deliveries")),
    ("Polen legt nach: Warschau bekräftigt Vorschlag\n\n"
     "Polen hält an seiner Forderung nach einer bewaffneten Friedensmission der Nato in der Ukraine fest. "
     "Das bekräftigte Ministerpräsident Mateusz Morawiecki am Montag.", ("Polen", F, "peace_mission")),
    # "eine solche Zone", "eine solche Truppe", "die Verlegung", "der Tausch"
    ("Der britische Premier Boris Johnson lehnt eine Flugverbotszone ab. Die Nato solle über Polen Kampfjets "
     "liefern, verlangte Selenskyj. Johnson sagte, eine solche Zone sei nicht durchsetzbar.",
     ("Boris Johnson", A, "no_fly_zone")),
    ("Polen verlangt mehr Nato-Truppen an der Ostflanke. Die Nato beschloss vier neue Gefechtsverbände. "
     "Der Kreml kritisierte die Verlegung scharf.", ("Kreml", A, "eastern_flank_troops")),
    # a stance in a comparison clause whose subject names no actor is not the main clause's
    ("Ein Gasembargo, wie es mehrere EU-Partner fordern, lehnt Bundeskanzler Karl Nehammer weiterhin ab.",
     ("Karl Nehammer", A, "energy_embargo")),
    ("Ein Gasembargo, wie es Polen fordert, lehnt Bundeskanzler Karl Nehammer weiterhin ab.", ("Polen", F, "energy_embargo")),
    # "höchste Zeit" demands
    ("Es sei höchste Zeit, dass die EU ein umfassendes Energieembargo beschließe, sagte Polens Ministerpräsident "
     "Mateusz Morawiecki.", ("Mateusz Morawiecki", F, "energy_embargo")),
    ("Höchste Zeit für ein Ölembargo, meint die FAZ.", ("FAZ", F, "energy_embargo")),
    # reconsidering a proposal is turning from it
    ("FPÖ-Chef Herbert Kickl forderte, die Sanktionen zu überdenken, weil sie vor allem der österreichischen "
     "Bevölkerung schadeten.", ("Herbert Kickl", A, "sanctions")),
    ("Die Bundesregierung sollte die Lieferung schwerer Waffen noch einmal gründlich überdenken, schreibt der "
     "Kommentator Heribert Prantl.", ("Heribert Prantl", A, "heavy_weapons")),
    # "ist keine Friedensmission, sondern eine Kriegserklärung": the label denied, the proposal judged
    ("Eine bewaffnete Schutztruppe ohne Zustimmung Moskaus ist keine Friedensmission, sondern eine "
     "Kriegserklärung, sagte Bundeskanzler Olaf Scholz.", ("Olaf Scholz", A, "peace_mission")),
    # the object fronted before a comparison or relative clause belongs to the main clause after it, and the
    # comparison's pronoun is that object
    ("Eine bewaffnete Friedensmission, wie Polen sie vorgeschlagen hatte, lehnt das Bündnis ebenso ab wie eine "
     "Flugverbotszone.", ("NATO", A, "peace_mission")),
    ("Kampfjets, wie sie die Ukraine fordert, will Washington nicht liefern.", ("USA", A, "fighter_jets")),
    ("Ein sofortiges Embargo, wie es die USA und Großbritannien beschlossen haben, lehnte Bundeskanzler Olaf Scholz "
     "ab.", ("Großbritannien", F, "energy_embargo")),
    ("Ein sofortiges Embargo, wie es die USA und Großbritannien beschlossen haben, lehnte Bundeskanzler Olaf Scholz "
     "ab.", ("Olaf Scholz", A, "energy_embargo")),
    # "Damit" before a finite verb is an adverb: a main clause, no purpose clause
    ("Die Entscheidung fiel am Dienstag im Kanzleramt. Damit liefert die Bundesregierung erstmals schwere "
     "Waffen an die Ukraine.", ("Deutschland", F, "heavy_weapons")),
    # circles that report what the subject did hold nothing in its place
    ("Nach Angaben aus Regierungskreisen hat Polen dem Nachbarland bereits mehr als 200 Kampfpanzer vom Typ T-72 "
     "überlassen.", ("Polen", F, "heavy_weapons")),
    # cues and outcomes: raising a presence, "wirtschaftlicher Terror", failed sanctions, forcing Putin to talk
    ("Die Nato werde ihre Truppenpräsenz im Osten des Bündnisgebiets dauerhaft erhöhen, sagte Generalsekretär "
     "Jens Stoltenberg.", ("Jens Stoltenberg", F, "eastern_flank_troops")),
    ("Großbritannien verdoppelte seine Präsenz in Estland.", ("Großbritannien", F, "eastern_flank_troops")),
    ("Der russische UN-Botschafter Wassili Nebensja sprach am Abend. Die westlichen Sanktionen bezeichnete er als "
     "„wirtschaftlichen Terror“ gegen die Bevölkerung seines Landes.", ("Wassili Nebensja", A, "sanctions")),
    ("Die Sanktionen des Westens seien gescheitert, behauptete Kremlchef Wladimir Putin.",
     ("Wladimir Putin", A, "sanctions")),
    # each coordinated subject of a consequence
    ("„Nur ein Embargo und schwere Waffen für die Ukraine werden Putin an den Verhandlungstisch zwingen“, sagte "
     "der Präsidentenberater Mychajlo Podoljak.", ("Mychajlo Podoljak", F, "heavy_weapons")),
    ("„Nur ein Embargo und schwere Waffen für die Ukraine werden Putin an den Verhandlungstisch zwingen“, sagte "
     "der Präsidentenberater Mychajlo Podoljak.", ("Mychajlo Podoljak", F, "energy_embargo")),
    # "statt auf ein Embargo" rejects it
    ("Statt auf ein Embargo müsse die Politik auf einen geordneten Umstieg setzen, sagte IG-Metall-Chef Jörg "
     "Hofmann.", ("Jörg Hofmann", A, "energy_embargo")),
    # a hesitant chancellor criticised: the critic wants what he hesitates over
    ("Die Union fordert schwere Waffen. Der Kanzler wirke zögerlich und schlecht beraten, kritisierte CSU-Chef "
     "Markus Söder.", ("Markus Söder", F, "heavy_weapons")),
    # "nach Ansicht ihres Generalsekretärs X": the one whose view it is
    ("Die Nato muss nach Ansicht ihres Generalsekretärs Jens Stoltenberg ihre Truppen an der Ostflanke dauerhaft "
     "verstärken.", ("Jens Stoltenberg", F, "eastern_flank_troops")),
    # a proposal named as an outcome: "nannte X einen Schritt in den Krieg", "bezeichnete X als Weg in die Eskalation"
    ("Der AfD-Verteidigungspolitiker Rüdiger Lucassen nannte die Lieferung von Panzern „einen Schritt in den "
     "Krieg“, den Deutschland nicht gehen dürfe.", ("Rüdiger Lucassen", A, "heavy_weapons")),
    ("Die Waffenlieferungen bezeichnete Außenminister Sergej Lawrow als Weg in die Eskalation.",
     ("Sergei Lawrow", A, "arms_deliveries")),
    ("Der CDU-Politiker Roderich Kiesewetter nannte die Lieferung von Panzern einen Beitrag zum Frieden.",
     ("Roderich Kiesewetter", F, "heavy_weapons")),
    # a verbal bracket closed after an enumeration of several items
    ("Die Verbündeten haben sich auf vier neue Gefechtsverbände in der Slowakei, in Ungarn, Rumänien und Bulgarien "
     "verständigt.", ("NATO", F, "eastern_flank_troops")),
    # "nur ein erster Schritt", "nicht darstellbar", "willkommen"
    ("Der EU-Außenbeauftragte Josep Borrell sagte, das Kohle-Embargo könne nur ein erster Schritt sein.",
     ("Josep Borrell", F, "energy_embargo")),
    ("Österreichs Bundeskanzler Karl Nehammer sagte, ein Gasembargo sei für sein Land „nicht darstellbar“.",
     ("Karl Nehammer", A, "energy_embargo")),
    ("Präsidentenberater Mychajlo Podoljak nannte eine internationale Schutztruppe „willkommen“, allerdings erst "
     "nach einem Waffenstillstand.", ("Mychajlo Podoljak", F, "peace_mission")),
    # another's concerns cleared away are still theirs
    ("Scholz sprach in Brüssel. Er sei zuversichtlich, dass man die Bedenken Ungarns gegen ein Ölembargo ausräumen "
     "könne.", ("Ungarn", A, "energy_embargo")),
    # a demand in the passive by nobody named is others'; the speaker's own stance follows
    ("Der AfD-Politiker Rüdiger Lucassen sprach im Bundestag. Er warnte, nach den Panzern würden bald Kampfflugzeuge "
     "gefordert; beides lehne seine Fraktion ab.", ("Rüdiger Lucassen", A, "fighter_jets")),
    # deliveries of weapons named as such stand beside heavy weapons in another sentence
    ("Der ukrainische Außenminister Dmytro Kuleba hat die Nato-Staaten eindringlich um schnellere "
     "Waffenlieferungen gebeten. Kiew brauche auch gepanzerte Fahrzeuge und schwere Artillerie, forderte Kuleba.",
     ("Dmytro Kuleba", F, "arms_deliveries")),
    ("Tschechien will der Ukraine alte Kampfpanzer vom Typ T-72 überlassen und dafür Leopard-Panzer aus "
     "Deutschland erhalten. Prag begrüßte den Tausch.",
     ("Tschechien", F, "heavy_weapons")),
]

NOT_FOUND = [
    # the heading of the entry below is about the eastern flank, not about the gas embargo of the entry before
    (TICKER, ("Estland", A, "energy_embargo")),
    (TICKER, ("Robert Habeck", F, "energy_embargo")),
    # a heading followed by a paragraph without any proposal takes none from the entry before either
    (LIVE_BLOG, ("Kreml", A, "heavy_weapons")),
    ("Ein Gasembargo, wie es mehrere EU-Partner fordern, lehnt Bundeskanzler Karl Nehammer weiterhin ab.",
     ("Karl Nehammer", F, "energy_embargo")),
    ("Es sei höchste Zeit, dass die EU ein umfassendes Energieembargo beschließe, sagte Polens Ministerpräsident "
     "Mateusz Morawiecki.", ("EU", F, "energy_embargo")),
    # asked to reconsider a stance on a proposal: which way is not said
    ("Die Grünen forderten den Kanzler auf, seine Haltung zu Waffenlieferungen zu überdenken.", ("Grüne", A, "arms_deliveries")),
    ("Die Grünen forderten den Kanzler auf, seine Haltung zu Waffenlieferungen zu überdenken.", ("Grüne", F, "arms_deliveries")),
    ("Eine bewaffnete Schutztruppe ohne Zustimmung Moskaus ist keine Friedensmission, sondern eine "
     "Kriegserklärung, sagte Bundeskanzler Olaf Scholz.", ("Olaf Scholz", F, "peace_mission")),
    # but a proposal rejected for another is still rejected
    ("„Wir brauchen keine Flugverbotszone, sondern Flugabwehrsysteme“, sagte Außenminister Dmytro Kuleba.",
     ("Dmytro Kuleba", F, "no_fly_zone")),
    # a purpose clause is no stance of its own
    ("Die USA schicken Luftabwehrsysteme, damit die Slowakei der Ukraine ihr S-300-System überlassen kann.",
     ("Slowakei", F, "arms_deliveries")),
    ("Nach Angaben aus Regierungskreisen hat Polen dem Nachbarland bereits mehr als 200 Kampfpanzer vom Typ T-72 "
     "überlassen.", ("Deutschland", F, "heavy_weapons")),
    ("Statt auf ein Embargo müsse die Politik auf einen geordneten Umstieg setzen, sagte IG-Metall-Chef Jörg "
     "Hofmann.", ("Jörg Hofmann", F, "energy_embargo")),
    ("Die Union fordert schwere Waffen. Der Kanzler wirke zögerlich und schlecht beraten, kritisierte CSU-Chef "
     "Markus Söder.", ("Markus Söder", A, "heavy_weapons")),
    ("Die Nato muss nach Ansicht ihres Generalsekretärs Jens Stoltenberg ihre Truppen an der Ostflanke dauerhaft "
     "verstärken.", ("NATO", F, "eastern_flank_troops")),
    ("Der AfD-Verteidigungspolitiker Rüdiger Lucassen nannte die Lieferung von Panzern „einen Schritt in den "
     "Krieg“, den Deutschland nicht gehen dürfe.", ("Deutschland", A, "heavy_weapons")),
    ("Scholz sprach in Brüssel. Er sei zuversichtlich, dass man die Bedenken Ungarns gegen ein Ölembargo ausräumen "
     "könne.", ("Ungarn", F, "energy_embargo")),
    ("Der AfD-Politiker Rüdiger Lucassen sprach im Bundestag. Er warnte, nach den Panzern würden bald Kampfflugzeuge "
     "gefordert; beides lehne seine Fraktion ab.", ("Rüdiger Lucassen", F, "fighter_jets")),
    # planes that enforce or replace are no planes given
    ("Eine Durchsetzung des Flugverbots durch westliche Kampfflugzeuge sei „nicht verantwortbar“, sagte CDU-Chef "
     "Friedrich Merz in Berlin.", ("Friedrich Merz", A, "fighter_jets")),
    # but general words beside heavy weapons are one statement, one key
    ("Die Union fordert mehr Waffenlieferungen an die Ukraine, auch Kampfpanzer.", ("CDU/CSU", F, "arms_deliveries")),
    # what a proposal would take is no demand for it
    ("Eine Flugverbotszone lehnt der Kanzler ab. Eine solche Zone müsste von Nato-Flugzeugen durchgesetzt werden, "
     "sagte Scholz am Mittwoch in Berlin.", ("Olaf Scholz", F, "no_fly_zone")),
    # a swap planned for a country: it is to give, and to receive in return
    ("Die Bundesregierung verhandelt mit Tschechien über einen Ringtausch. Prag soll Kampfpanzer sowjetischer "
     "Bauart an die Ukraine abgeben und dafür Ersatz aus Deutschland erhalten.", ("Tschechien", F, "heavy_weapons")),
]


@pytest.mark.parametrize("text, fact", FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round21_found(positions_of, text, fact):
    assert fact in positions_of(text)


@pytest.mark.parametrize("text, wrong", NOT_FOUND, ids=lambda x: x[:50] if isinstance(x, str) else "")
def test_round21_not_found(positions_of, text, wrong):
    assert wrong not in positions_of(text)
