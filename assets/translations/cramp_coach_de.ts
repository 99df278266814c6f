<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Cramp Coach</source>
        <translation>Über Cramp Coach</translation>
    </message>
    <message>
        <source>Cramp Coach icon</source>
        <translation>Cramp-Coach-Symbol</translation>
    </message>
    <message>
        <source>Cramp Coach</source>
        <translation>Cramp Coach</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Guided first aid for a hamstring cramp, and a plan to prevent the next one.</source>
        <translation>Geführte Erste Hilfe bei einem Krampf im hinteren Oberschenkel und ein Plan, um dem nächsten vorzubeugen.</translation>
    </message>
    <message>
        <source>Not medical advice</source>
        <translation>Kein ärztlicher Rat</translation>
    </message>
    <message>
        <source>Cramp Coach gives general information from one article on hamstring cramps and running. It is not medical advice: it does not diagnose or treat anything, and it does not replace a doctor.</source>
        <translation>Cramp Coach gibt allgemeine Informationen aus einem Artikel über Krämpfe im hinteren Oberschenkel beim Laufen. Es ist kein ärztlicher Rat: Es stellt keine Diagnose, behandelt nichts und ersetzt keinen Arzt.</translation>
    </message>
    <message>
        <source>Seek medical care for severe pain, swelling, or cramps that keep returning.</source>
        <translation>Such ärztliche Hilfe bei starken Schmerzen, Schwellungen oder Krämpfen, die immer wiederkommen.</translation>
    </message>
    <message>
        <source>The source article says: “Consult a physician about reoccurring or prolonged hamstring cramps.” And: “Check with your doctor if cramping continues to rule out any undiagnosed medical conditions.”</source>
        <translation>Der Quellartikel sagt: „Sprich mit einem Arzt über wiederkehrende oder anhaltende Krämpfe im hinteren Oberschenkel.“ Und: „Frag deinen Arzt, wenn die Krämpfe anhalten, um nicht diagnostizierte Erkrankungen auszuschließen.“</translation>
    </message>
    <message>
        <source>Where the advice comes from</source>
        <translation>Woher die Ratschläge kommen</translation>
    </message>
    <message>
        <source>Every instruction comes from the article “%1” (a copy is in %2). What the article does not say is marked “General guidance, not from the source article”.</source>
        <translation>Jede Anweisung stammt aus dem Artikel „%1“ (eine Kopie liegt in %2). Was der Artikel nicht sagt, ist als „Allgemeiner Hinweis, nicht aus dem Quellartikel“ markiert.</translation>
    </message>
    <message>
        <source>Free software under the %1 licence. The exercise pictures and the icon were drawn for Cramp Coach. Made with Qt for Python (PySide6).</source>
        <translation>Freie Software unter der Lizenz %1. Die Übungsbilder und das Symbol wurden für Cramp Coach gezeichnet. Erstellt mit Qt for Python (PySide6).</translation>
    </message>
    <message>
        <source>About Cramp Coach and safety notice</source>
        <translation>Über Cramp Coach und Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close About Cramp Coach</source>
        <translation>„Über Cramp Coach“ schließen</translation>
    </message>
</context>
<context>
    <name>CommandListener</name>
    <message>
        <source>Voice commands are off: pocketsphinx is not installed.</source>
        <extracomment>A cue&apos;s echo outlasts it for a moment: ignore this much audio after unmuting. Speech longer than this is never a command; its audio is dropped as it arrives.</extracomment>
        <translation>Sprachbefehle sind aus: pocketsphinx ist nicht installiert.</translation>
    </message>
    <message>
        <source>Voice commands are off: no microphone found.</source>
        <translation>Sprachbefehle sind aus: kein Mikrofon gefunden.</translation>
    </message>
    <message>
        <source>Voice commands are off: {error}.</source>
        <translation>Sprachbefehle sind aus: {error}.</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>%s seconds left</source>
        <translation>Noch %s Sekunden</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSIERT</translation>
    </message>
</context>
<context>
    <name>EpisodeDialog</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>It eased</source>
        <translation>Hat nachgelassen</translation>
    </message>
    <message>
        <source>Prolonged (still there after 3 stretches)</source>
        <translation>Anhaltend (nach 3 Dehnungen noch da)</translation>
    </message>
    <message>
        <source>Stopped part-way</source>
        <translation>Mittendrin abgebrochen</translation>
    </message>
    <message>
        <source>No answer given</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Nicht beendet</translation>
    </message>
    <message>
        <source>Edit episode</source>
        <translation>Episode bearbeiten</translation>
    </message>
    <message>
        <source>Add a past episode</source>
        <translation>Vergangene Episode hinzufügen</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>Wann sie begann</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>Stretches done</source>
        <translation>Durchgeführte Dehnungen</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Wie sie endete</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Begonnen:</translation>
    </message>
    <message>
        <source>Leg:</source>
        <translation>Bein:</translation>
    </message>
    <message>
        <source>Stretches done:</source>
        <translation>Durchgeführte Dehnungen:</translation>
    </message>
    <message>
        <source>How it ended:</source>
        <translation>Wie sie endete:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <source>%1 reps</source>
        <translation>%1 Wiederholungen</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
</context>
<context>
    <name>GuidedScreen</name>
    <message>
        <source>Spoken cue</source>
        <translation>Gesprochener Hinweis</translation>
    </message>
    <message>
        <source>Pause   (Space)</source>
        <translation>Pause   (Leertaste)</translation>
    </message>
    <message>
        <source>Stop   (Esc)</source>
        <translation>Stopp   (Esc)</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Satz %1 von %2</translation>
    </message>
    <message>
        <source>End this set   (Enter)</source>
        <translation>Diesen Satz beenden   (Enter)</translation>
    </message>
    <message>
        <source>SET</source>
        <translation>SATZ</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Satzpause</translation>
    </message>
    <message>
        <source>Skip the rest   (Enter)</source>
        <translation>Satzpause überspringen   (Enter)</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>SATZPAUSE</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Back to the library   (Enter)</source>
        <translation>Zurück zur Bibliothek   (Enter)</translation>
    </message>
    <message>
        <source>Resume   (Space)</source>
        <translation>Weiter   (Leertaste)</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Cramp Coach</source>
        <translation>Cramp Coach</translation>
    </message>
    <message>
        <source>I have a cramp now</source>
        <translation>Ich habe gerade einen Krampf</translation>
    </message>
    <message>
        <source>Start the cramp routine</source>
        <translation>Krampf-Routine starten</translation>
    </message>
    <message>
        <source>Guides you through first aid for a hamstring cramp, step by step</source>
        <translation>Führt dich Schritt für Schritt durch die Erste Hilfe bei einem Krampf im hinteren Oberschenkel</translation>
    </message>
    <message>
        <source>Press Enter to start. The app tells you what to do, step by step.</source>
        <translation>Drück Enter, um zu starten. Die App sagt dir Schritt für Schritt, was zu tun ist.</translation>
    </message>
    <message>
        <source>Exercise library   (L)</source>
        <translation>Übungsbibliothek   (L)</translation>
    </message>
    <message>
        <source>Prevention plan   (P)</source>
        <translation>Vorbeugeplan   (P)</translation>
    </message>
    <message>
        <source>Journal   (J)</source>
        <translation>Tagebuch   (J)</translation>
    </message>
</context>
<context>
    <name>JournalController</name>
    <message>
        <source>From the exercise library (L): %1</source>
        <translation>Aus der Übungsbibliothek (L): %1</translation>
    </message>
    <message>
        <source>Likely contributors</source>
        <translation>Wahrscheinliche Faktoren</translation>
    </message>
    <message>
        <source>Likely contributors (not a diagnosis):</source>
        <translation>Wahrscheinliche Faktoren (keine Diagnose):</translation>
    </message>
    <message>
        <source>Deleted the episode of %1. Ctrl+Z undoes it.</source>
        <translation>Die Episode vom %1 wurde gelöscht. Strg+Z macht das rückgängig.</translation>
    </message>
    <message>
        <source>The episode is back.</source>
        <translation>Die Episode ist wieder da.</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported the journal to %1</source>
        <translation>Tagebuch exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <source>It eased</source>
        <translation>Hat nachgelassen</translation>
    </message>
    <message>
        <source>Prolonged (still there after 3 stretches)</source>
        <translation>Anhaltend (nach 3 Dehnungen noch da)</translation>
    </message>
    <message>
        <source>Stopped part-way</source>
        <translation>Mittendrin abgebrochen</translation>
    </message>
    <message>
        <source>No answer given</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Nicht beendet</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Dehnungen</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Wie sie endete</translation>
    </message>
    <message>
        <source>Likely contributors</source>
        <translation>Wahrscheinliche Faktoren</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Cramp journal</source>
        <translation>Krampftagebuch</translation>
    </message>
    <message>
        <source>No episodes yet. Each cramp routine you run is saved here by itself.</source>
        <translation>Noch keine Episoden. Jede Krampf-Routine, die du durchläufst, wird hier automatisch gespeichert.</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>Add a past episode   (N)</source>
        <translation>Vergangene Episode hinzufügen   (N)</translation>
    </message>
    <message>
        <source>Edit   (Enter)</source>
        <translation>Bearbeiten   (Enter)</translation>
    </message>
    <message>
        <source>Why did it happen?   (W)</source>
        <translation>Warum ist es passiert?   (W)</translation>
    </message>
    <message>
        <source>Delete   (Del)</source>
        <translation>Löschen   (Entf)</translation>
    </message>
    <message>
        <source>Export…   (X)</source>
        <translation>Exportieren…   (X)</translation>
    </message>
    <message>
        <source>Back   (Esc)</source>
        <translation>Zurück   (Esc)</translation>
    </message>
    <message>
        <source>Likely contributors so far: %1</source>
        <translation>Wahrscheinliche Faktoren bisher: %1</translation>
    </message>
    <message>
        <source>Episodes per week, last 12 weeks</source>
        <translation>Episoden pro Woche, letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Chart of episodes per week</source>
        <translation>Diagramm der Episoden pro Woche</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>Good for:</source>
        <translation>Gut für:</translation>
    </message>
    <message>
        <source>Hamstring strength</source>
        <translation>Kraft der Oberschenkelrückseite</translation>
    </message>
    <message>
        <source>Hamstring/quadriceps balance</source>
        <translation>Gleichgewicht Oberschenkelrückseite/Quadrizeps</translation>
    </message>
    <message>
        <source>Staying loose</source>
        <translation>Locker bleiben</translation>
    </message>
    <message>
        <source>Search by name (Ctrl+F)</source>
        <translation>Nach Namen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Filter by goal</source>
        <translation>Nach Ziel filtern</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>No exercise matches.</source>
        <translation>Keine Übung passt.</translation>
    </message>
    <message>
        <source>General guidance, not from the source article:</source>
        <translation>Allgemeiner Hinweis, nicht aus dem Quellartikel:</translation>
    </message>
    <message>
        <source>Start guided set   (Enter)</source>
        <translation>Geführten Satz starten   (Enter)</translation>
    </message>
    <message>
        <source>Back   (Esc)</source>
        <translation>Zurück   (Esc)</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>  (yours)</source>
        <translation>  (deine)</translation>
    </message>
    <message>
        <source>Your own exercise, from %1</source>
        <translation>Deine eigene Übung, aus %1</translation>
    </message>
    <message>
        <source>, %1 s rest between sets</source>
        <translation>, %1 s Pause zwischen den Sätzen</translation>
    </message>
    <message>
        <source>From the source article: %1</source>
        <translation>Aus dem Quellartikel: %1</translation>
    </message>
    <message>
        <source>Common mistakes:</source>
        <translation>Häufige Fehler:</translation>
    </message>
    <message>
        <source>Don&apos;t do it:</source>
        <translation>Nicht machen:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start; confirm; answer &apos;It has eased&apos;</source>
        <translation>Starten; bestätigen; antworten „Es hat nachgelassen“</translation>
    </message>
    <message>
        <source>Answer &apos;Still cramping&apos;</source>
        <translation>Antworten „Krampft noch“</translation>
    </message>
    <message>
        <source>Pause or resume the countdown</source>
        <translation>Countdown pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <source>The cramp came back: return to the stretch</source>
        <translation>Der Krampf ist zurück: zurück zur Dehnung</translation>
    </message>
    <message>
        <source>Sound on or off (captions stay)</source>
        <translation>Ton an oder aus (Untertitel bleiben)</translation>
    </message>
    <message>
        <source>Hands-free: questions answer themselves with a safe default</source>
        <translation>Freihändig: Fragen beantworten sich selbst mit einer sicheren Vorgabe</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Routine stoppen</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <source>Prevention plan</source>
        <translation>Vorbeugeplan</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Why did it happen? (at Done, and in the journal)</source>
        <translation>Warum ist es passiert? (am Ende und im Tagebuch)</translation>
    </message>
    <message>
        <source>Journal: add a past episode / delete / undo the delete</source>
        <translation>Tagebuch: vergangene Episode hinzufügen / löschen / Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Print the routine sheet</source>
        <translation>Routine-Merkblatt drucken</translation>
    </message>
    <message>
        <source>Export the routine sheet as PDF</source>
        <translation>Routine-Merkblatt als PDF exportieren</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Cramp Coach</source>
        <translation>Cramp Coach</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Hands-free</source>
        <translation>Freihändig</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <source>&amp;Start the cramp routine</source>
        <translation>Krampf-Routine &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Prevent</source>
        <translation>&amp;Vorbeugen</translation>
    </message>
    <message>
        <source>Exercise &amp;library</source>
        <translation>Übungs&amp;bibliothek</translation>
    </message>
    <message>
        <source>Prevention &amp;plan</source>
        <translation>&amp;Vorbeugeplan</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Merkblatt</translation>
    </message>
    <message>
        <source>&amp;Print the routine sheet…</source>
        <translation>Routine-Merkblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Export the sheet as PDF…</source>
        <translation>Merkblatt als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Sound on  (M)</source>
        <translation>Ton an  (M)</translation>
    </message>
    <message>
        <source>Sound off  (M)</source>
        <translation>Ton aus  (M)</translation>
    </message>
    <message>
        <source>Hands-free on  (H)</source>
        <translation>Freihändig an  (H)</translation>
    </message>
    <message>
        <source>Hands-free off  (H)</source>
        <translation>Freihändig aus  (H)</translation>
    </message>
    <message>
        <source>Heard: %1</source>
        <translation>Gehört: %1</translation>
    </message>
    <message>
        <source>The journal is not available.</source>
        <translation>Das Tagebuch ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The sheet could not be sent to the printer.</source>
        <translation>Das Merkblatt konnte nicht an den Drucker gesendet werden.</translation>
    </message>
    <message>
        <source>Export the routine sheet</source>
        <translation>Routine-Merkblatt exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the sheet…</source>
        <translation>Merkblatt wird geschrieben…</translation>
    </message>
    <message>
        <source>Wrote the sheet to %1</source>
        <translation>Merkblatt gespeichert unter %1</translation>
    </message>
    <message>
        <source>%1 of your exercise files could not be read and were skipped: %2</source>
        <translation>%1 deiner Übungsdateien konnten nicht gelesen werden und wurden übersprungen: %2</translation>
    </message>
    <message>
        <source>Say stop again to end the routine, or resume to go on.</source>
        <translation>Sag noch einmal „stop“, um die Routine zu beenden, oder „resume“, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Routine stopped after %1 of %2 stretches.</source>
        <translation>Routine nach %1 von %2 Dehnungen gestoppt.</translation>
    </message>
    <message>
        <source>Stretches will be held for %1 seconds.</source>
        <translation>Dehnungen werden %1 Sekunden gehalten.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>PreventionScreen</name>
    <message>
        <source>Show: %1</source>
        <translation>Zeigen: %1</translation>
    </message>
    <message>
        <source>Back   (Esc)</source>
        <translation>Zurück   (Esc)</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>press Enter</source>
        <comment>{ready}/{better} without voice</comment>
        <translation>drück Enter</translation>
    </message>
    <message>
        <source>say ready</source>
        <comment>{ready}: the command word &apos;ready&apos; stays English</comment>
        <translation>sag „ready“</translation>
    </message>
    <message>
        <source>say better</source>
        <comment>{better}: the command word &apos;better&apos; stays English</comment>
        <translation>sag „better“</translation>
    </message>
</context>
<context>
    <name>RoutineScreen</name>
    <message>
        <source>Paused: press Space to resume</source>
        <translation>Pausiert: Drück die Leertaste, um fortzufahren</translation>
    </message>
    <message>
        <source>Why did it happen?   (W)</source>
        <translation>Warum ist es passiert?   (W)</translation>
    </message>
    <message>
        <source>Spoken cue</source>
        <translation>Gesprochener Hinweis</translation>
    </message>
    <message>
        <source>Back  (Backspace)</source>
        <translation>Zurück  (Rücktaste)</translation>
    </message>
    <message>
        <source>The cramp came back  (C)</source>
        <translation>Der Krampf ist zurück  (C)</translation>
    </message>
    <message>
        <source>Stop  (Esc)</source>
        <translation>Stopp  (Esc)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Still cramping</source>
        <translation>Krampft noch</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The cramp came back</source>
        <translation>Der Krampf ist zurück</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Routine stoppen</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>General guidance, not from the source article: %1</source>
        <translation>Allgemeiner Hinweis, nicht aus dem Quellartikel: %1</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>BEREIT MACHEN</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <source>ANSWER IN</source>
        <translation>ANTWORT IN</translation>
    </message>
    <message>
        <source>Resume  (Space)</source>
        <translation>Weiter  (Leertaste)</translation>
    </message>
    <message>
        <source>Pause  (Space)</source>
        <translation>Pause  (Leertaste)</translation>
    </message>
    <message>
        <source>%1 of %2 stretches</source>
        <translation>%1 von %2 Dehnungen</translation>
    </message>
    <message>
        <source>the cramp eased</source>
        <translation>der Krampf hat nachgelassen</translation>
    </message>
    <message>
        <source>the cramp was prolonged</source>
        <translation>der Krampf hielt lange an</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>vorzeitig gestoppt</translation>
    </message>
    <message>
        <source>no answer given</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>Hold each stretch for</source>
        <translation>Jede Dehnung halten für</translation>
    </message>
    <message>
        <source>The source article advises holding each stretch for %1 seconds.</source>
        <translation>Der Quellartikel rät, jede Dehnung %1 Sekunden zu halten.</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Hold each stretch for:</source>
        <translation>Jede Dehnung halten:</translation>
    </message>
    <message>
        <source>Speak the cues (M)</source>
        <translation>Hinweise ansagen (M)</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> Wörter pro Minute</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Announce time marks (&quot;ten seconds&quot;, &quot;three, two, one&quot;)</source>
        <translation>Zeitmarken ansagen („zehn Sekunden“, „drei, zwei, eins“)</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Stimme:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Lautstärke:</translation>
    </message>
    <message>
        <source> cramps</source>
        <translation> Krämpfe</translation>
    </message>
    <message>
        <source>Cramps that count as recurring</source>
        <translation>Krämpfe, die als wiederkehrend gelten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Within this many days</source>
        <translation>Innerhalb so vieler Tage</translation>
    </message>
    <message>
        <source>Journal: when to suggest seeing a physician</source>
        <translation>Tagebuch: wann ein Arztbesuch empfohlen wird</translation>
    </message>
    <message>
        <source>Recurring means at least:</source>
        <translation>Wiederkehrend heißt mindestens:</translation>
    </message>
    <message>
        <source>within:</source>
        <translation>innerhalb von:</translation>
    </message>
    <message>
        <source>A prolonged cramp always counts.</source>
        <translation>Ein anhaltender Krampf zählt immer.</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>General guidance, not from the source article: %1</source>
        <translation>Allgemeiner Hinweis, nicht aus dem Quellartikel: %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message>
        <source>Cramp Coach</source>
        <translation>Cramp Coach</translation>
    </message>
    <message>
        <source>When a cramp strikes</source>
        <translation>Wenn ein Krampf kommt</translation>
    </message>
    <message>
        <source>Prevention exercises</source>
        <translation>Übungen zur Vorbeugung</translation>
    </message>
    <message>
        <source>Cramp Coach gives general information from its source article, not medical advice. If you are unsure, or it hurts, ask a doctor.</source>
        <translation>Cramp Coach gibt allgemeine Informationen aus seinem Quellartikel, keinen ärztlichen Rat. Wenn du unsicher bist oder es wehtut, frag einen Arzt.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Wie das System (hell oder dunkel)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>WhyDialog</name>
    <message>
        <source>Why did it happen?</source>
        <translation>Warum ist es passiert?</translation>
    </message>
    <message>
        <source>Tick what fits. The answers point to likely contributors and to what helps prevent the next cramp; they are not a diagnosis.</source>
        <translation>Kreuz an, was passt. Die Antworten zeigen wahrscheinliche Faktoren und was hilft, dem nächsten Krampf vorzubeugen; sie sind keine Diagnose.</translation>
    </message>
    <message>
        <source>Where was the cramp?</source>
        <translation>Wo war der Krampf?</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>Anything else that day or in your training?</source>
        <translation>Sonst noch etwas an dem Tag oder in deinem Training?</translation>
    </message>
</context>
</TS>
