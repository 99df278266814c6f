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
        <source>Every instruction comes from the article “%1” (a copy comes with the source code, in %2). What the article does not say is marked “General guidance, not from the source article”.</source>
        <translation>Jede Anweisung stammt aus dem Artikel „%1“ (eine Kopie liegt dem Quellcode bei: %2). Was der Artikel nicht sagt, ist als „Allgemeiner Hinweis, nicht aus dem Quellartikel“ markiert.</translation>
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
    <name>Actions</name>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Routine</translation>
    </message>
    <message>
        <source>&amp;Prevent</source>
        <translation>&amp;Vorbeugen</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Merkblatt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Start the cramp routine</source>
        <translation>Krampf-Routine &amp;starten</translation>
    </message>
    <message>
        <source>Start the cramp routine at once, from any screen</source>
        <translation>Die Krampf-Routine sofort starten, von jedem Bildschirm aus</translation>
    </message>
    <message>
        <source>Start; confirm; answer &apos;It has eased&apos;</source>
        <translation>Starten; bestätigen; antworten „Es hat nachgelassen“</translation>
    </message>
    <message>
        <source>Answer &apos;Still cramping&apos;</source>
        <translation>Antworten „Krampft noch“</translation>
    </message>
    <message>
        <source>Answer &apos;Could be an injury&apos; (a cramp, or an injury?)</source>
        <translation>Antworten: „Könnte eine Verletzung sein“ (Krampf oder Verletzung?)</translation>
    </message>
    <message>
        <source>Pause or resume the countdown</source>
        <translation>Countdown pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Back one step (library, plan, journal: back to the first screen)</source>
        <translation>Einen Schritt zurück (Bibliothek, Plan, Tagebuch: zurück zum ersten Bildschirm)</translation>
    </message>
    <message>
        <source>In a session: skip this exercise (Backspace: back to the one before)</source>
        <translation>In einer Einheit: diese Übung überspringen (Rücktaste: zurück zur vorigen)</translation>
    </message>
    <message>
        <source>The cramp came back: wait for it to stop, then stretch again</source>
        <translation>Der Krampf ist zurück: warte, bis er aufhört, dann dehne erneut</translation>
    </message>
    <message>
        <source>During the routine: the cramp is in the left / right leg</source>
        <translation>Während der Routine: der Krampf ist im linken / rechten Bein</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Sound on or off (captions stay)</source>
        <translation>Ton an oder aus (Untertitel bleiben)</translation>
    </message>
    <message>
        <source>Hands-free</source>
        <translation>Freihändig</translation>
    </message>
    <message>
        <source>Hands-free: questions answer themselves with a safe default</source>
        <translation>Freihändig: Fragen beantworten sich selbst mit einer sicheren Vorgabe</translation>
    </message>
    <message>
        <source>Stop the routine (library, plan, journal: back to the first screen)</source>
        <translation>Routine stoppen (Bibliothek, Plan, Tagebuch: zurück zum ersten Bildschirm)</translation>
    </message>
    <message>
        <source>Exercise &amp;library</source>
        <translation>Übungs&amp;bibliothek</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <source>Prevention &amp;plan</source>
        <translation>&amp;Vorbeugeplan</translation>
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
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
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
        <source>Journal: add a past episode / delete / undo the delete / export</source>
        <translation>Tagebuch: vergangene Episode hinzufügen / löschen / Löschen rückgängig machen / exportieren</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Print the routine sheet…</source>
        <translation>Routine-Merkblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the routine sheet</source>
        <translation>Routine-Merkblatt drucken</translation>
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
        <source>Export the routine sheet as PDF</source>
        <translation>Routine-Merkblatt als PDF exportieren</translation>
    </message>
    <message>
        <source>Send to p&amp;hone…</source>
        <translation>An das &amp;Handy senden…</translation>
    </message>
    <message>
        <source>Send the routine to your phone (a page that works offline)</source>
        <translation>Die Routine ans Handy senden (eine Seite, die ohne Netz funktioniert)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Vollbild an oder aus</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Größerer Text</translation>
    </message>
    <message>
        <source>Larger text / smaller text / normal size</source>
        <translation>Größerer Text / kleinerer Text / normale Größe</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinerer Text</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Textgröße</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Settings: hold, voice, language, theme</source>
        <translation>Einstellungen: Haltedauer, Stimme, Sprache, Design</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <source>&amp;About and safety…</source>
        <translation>&amp;Info und Sicherheit…</translation>
    </message>
    <message>
        <source>About and safety: not medical advice, when to see a doctor</source>
        <translation>Info und Sicherheit: kein ärztlicher Rat, wann du zum Arzt gehen solltest</translation>
    </message>
    <message>
        <source>Move between the controls; Enter presses the one with the focus ring</source>
        <translation>Zwischen den Bedienelementen wechseln; Enter betätigt das mit dem Fokusrahmen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Next step; at &quot;A cramp, or an injury?&quot;: a cramp</source>
        <extracomment>The words hands-free mode understands (speech/recognition.py&apos;s Command), for F1: what each does. They stay English words in every language.</extracomment>
        <translation>Nächster Schritt; bei „Ein Krampf oder eine Verletzung?“: ein Krampf</translation>
    </message>
    <message>
        <source>The cramp has eased</source>
        <translation>Der Krampf hat nachgelassen</translation>
    </message>
    <message>
        <source>The cramp came back; in a session: a cramp, first aid now</source>
        <translation>Der Krampf ist zurück; in einer Einheit: ein Krampf, jetzt Erste Hilfe</translation>
    </message>
    <message>
        <source>At &quot;A cramp, or an injury?&quot;: could be an injury</source>
        <translation>Bei „Ein Krampf oder eine Verletzung?“: könnte eine Verletzung sein</translation>
    </message>
    <message>
        <source>Which leg has the cramp</source>
        <translation>Welches Bein den Krampf hat</translation>
    </message>
    <message>
        <source>Pause or go on (also over the app&apos;s voice)</source>
        <translation>Pause oder weiter (auch während die App spricht)</translation>
    </message>
    <message>
        <source>Say the last cue again</source>
        <translation>Die letzte Ansage wiederholen</translation>
    </message>
    <message>
        <source>Skip this step (twice to end a hold early)</source>
        <translation>Diesen Schritt überspringen (zweimal, um das Halten früher zu beenden)</translation>
    </message>
    <message>
        <source>Pause; then Escape ends the routine</source>
        <translation>Pausieren; dann beendet Escape die Routine</translation>
    </message>
    <message>
        <source>Say (hands-free)</source>
        <translation>Sagen (freihändig)</translation>
    </message>
    <message>
        <source>English words, in every language</source>
        <translation>Englische Wörter, in jeder Sprache</translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <source>Did the cramp spread to other muscles?</source>
        <translation>Hat sich der Krampf auf andere Muskeln ausgebreitet?</translation>
    </message>
    <message>
        <source>Dehydration or a mineral and electrolyte imbalance (such as low calcium, sodium or potassium): these cramps may start in the hamstrings and spread to other muscles.</source>
        <translation>Flüssigkeitsmangel oder ein Ungleichgewicht bei Mineralstoffen und Elektrolyten (etwa zu wenig Kalzium, Natrium oder Kalium): Diese Krämpfe können in der hinteren Oberschenkelmuskulatur beginnen und sich auf andere Muskeln ausbreiten.</translation>
    </message>
    <message>
        <source>Drink at least eight glasses of water a day and eat a well-rounded diet including fruit and vegetables. To rehydrate and replenish minerals and electrolytes, have sports drinks or bananas.</source>
        <translation>Trink mindestens acht Gläser Wasser am Tag und iss ausgewogen, mit Obst und Gemüse. Um Flüssigkeit aufzufüllen und Mineralstoffe und Elektrolyte zu ergänzen, nimm Sportgetränke oder Bananen zu dir.</translation>
    </message>
    <message>
        <source>Did the cramp stay in your hamstring?</source>
        <translation>Ist der Krampf in der hinteren Oberschenkelmuskulatur geblieben?</translation>
    </message>
    <message>
        <source>Muscle fatigue: it only causes cramping within the affected muscle, such as your hamstrings.</source>
        <translation>Muskelermüdung: Sie verursacht Krämpfe nur im betroffenen Muskel, etwa in der hinteren Oberschenkelmuskulatur.</translation>
    </message>
    <message>
        <source>Progress your runs gradually to prevent muscle fatigue. Regular strength exercises for your hamstrings, such as bridges, deadlifts and knee curls, further reduce the risk.</source>
        <translation>Steigere deine Läufe nach und nach, um Muskelermüdung vorzubeugen. Regelmäßige Kraftübungen für die hintere Oberschenkelmuskulatur, etwa Brücken, Kreuzheben und Beinbeugen, senken das Risiko zusätzlich.</translation>
    </message>
    <message>
        <source>Was the weather hot?</source>
        <translation>War es heiß?</translation>
    </message>
    <message>
        <source>Hot weather, which contributes to dehydration and electrolyte and mineral imbalances.</source>
        <translation>Heißes Wetter, das zu Flüssigkeitsmangel und einem Ungleichgewicht bei Elektrolyten und Mineralstoffen beiträgt.</translation>
    </message>
    <message>
        <source>Drink at least eight glasses of water a day. To rehydrate and replenish minerals and electrolytes, have sports drinks or bananas.</source>
        <translation>Trink mindestens acht Gläser Wasser am Tag. Um Flüssigkeit aufzufüllen und Mineralstoffe und Elektrolyte zu ergänzen, nimm Sportgetränke oder Bananen zu dir.</translation>
    </message>
    <message>
        <source>Did you drink little water that day?</source>
        <translation>Hast du an dem Tag wenig Wasser getrunken?</translation>
    </message>
    <message>
        <source>Too little water during the day, which leads to dehydration.</source>
        <translation>Zu wenig Wasser über den Tag, was zu Flüssigkeitsmangel führt.</translation>
    </message>
    <message>
        <source>Drink at least eight glasses of water a day.</source>
        <translation>Trink mindestens acht Gläser Wasser am Tag.</translation>
    </message>
    <message>
        <source>Had you drunk alcohol?</source>
        <translation>Hattest du Alkohol getrunken?</translation>
    </message>
    <message>
        <source>Alcohol, which contributes to dehydration and electrolyte and mineral imbalances.</source>
        <translation>Alkohol, der zu Flüssigkeitsmangel und einem Ungleichgewicht bei Elektrolyten und Mineralstoffen beiträgt.</translation>
    </message>
    <message>
        <source>Drink at least eight glasses of water a day to reduce the risk of dehydration.</source>
        <translation>Trink mindestens acht Gläser Wasser am Tag, um das Risiko für Flüssigkeitsmangel zu senken.</translation>
    </message>
    <message>
        <source>Had you been eating poorly?</source>
        <translation>Hattest du dich schlecht ernährt?</translation>
    </message>
    <message>
        <source>A poor diet, which contributes to mineral and electrolyte imbalances.</source>
        <translation>Schlechte Ernährung, die zu einem Ungleichgewicht bei Mineralstoffen und Elektrolyten beiträgt.</translation>
    </message>
    <message>
        <source>Eat a well-rounded diet including fruit and vegetables.</source>
        <translation>Iss ausgewogen, mit Obst und Gemüse.</translation>
    </message>
    <message>
        <source>Had you increased your pace or distance too quickly?</source>
        <translation>Hattest du Tempo oder Strecke zu schnell gesteigert?</translation>
    </message>
    <message>
        <source>Increasing your pace or distance too quickly.</source>
        <translation>Zu schnelle Steigerung von Tempo oder Strecke.</translation>
    </message>
    <message>
        <source>Progress your runs gradually.</source>
        <translation>Steigere deine Läufe nach und nach.</translation>
    </message>
    <message>
        <source>Had you been overtraining?</source>
        <translation>Hattest du zu viel trainiert?</translation>
    </message>
    <message>
        <source>Overtraining.</source>
        <translation>Übertraining.</translation>
    </message>
    <message>
        <source>Progress your runs gradually to prevent muscle fatigue and overtraining.</source>
        <translation>Steigere deine Läufe nach und nach, um Muskelermüdung und Übertraining vorzubeugen.</translation>
    </message>
    <message>
        <source>Are you out of condition for the running you do?</source>
        <translation>Fehlt dir die Kondition für das, was du läufst?</translation>
    </message>
    <message>
        <source>Poor conditioning.</source>
        <translation>Schlechte Kondition.</translation>
    </message>
    <message>
        <source>Progress your runs gradually, and do regular strength exercises for your hamstrings, such as bridges, deadlifts and knee curls.</source>
        <translation>Steigere deine Läufe nach und nach und mach regelmäßig Kraftübungen für die hintere Oberschenkelmuskulatur, etwa Brücken, Kreuzheben und Beinbeugen.</translation>
    </message>
    <message>
        <source>Are your hamstrings tight or weak, or weaker than your quadriceps?</source>
        <translation>Ist deine hintere Oberschenkelmuskulatur verspannt oder schwach, oder schwächer als dein Quadrizeps?</translation>
    </message>
    <message>
        <source>Tight or weak hamstrings, or a strength imbalance between your hamstrings and quadriceps.</source>
        <translation>Verspannte oder schwache hintere Oberschenkelmuskulatur, oder ein Kraftungleichgewicht zwischen hinterer Oberschenkelmuskulatur und Quadrizeps.</translation>
    </message>
    <message>
        <source>Do regular strength exercises for your hamstrings, such as bridges, deadlifts and knee curls. Warm up before running and stretch afterward to keep your hamstrings loose.</source>
        <translation>Mach regelmäßig Kraftübungen für die hintere Oberschenkelmuskulatur, etwa Brücken, Kreuzheben und Beinbeugen. Wärm dich vor dem Laufen auf und dehne dich danach, damit die hintere Oberschenkelmuskulatur locker bleibt.</translation>
    </message>
</context>
<context>
    <name>CommandListener</name>
    <message>
        <source>Voice commands are off: pocketsphinx is not installed.</source>
        <extracomment>A cue&apos;s echo outlasts it for a moment: ignore this much audio after unmuting. Speech longer than this is never a command; its audio is dropped as it arrives. A microphone that is lost (or was not there) is looked for again after this long, then twice as long each time, up to the most (as speech looks for the sound server again). Input that stays louder than its noise floor this long cannot be cut into words: too noisy. What can be said over the app&apos;s voice (through an echo canceller): the commands that stop it. Anything else heard while it speaks is more likely what the canceller left of the voice. An echo canceller learns the room from the app&apos;s voice: until this much of it has played through the canceller, the listener is still muted while the app speaks. Measured: the first second of the first cue came through nearly whole (&quot;Stop running&quot; heard as &quot;stop&quot;); after it, 40-50 dB less.</extracomment>
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
    <message>
        <source>Voice commands are off: the microphone was lost ({detail}).</source>
        <translation>Sprachbefehle sind aus: das Mikrofon ist weg ({detail}).</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>The seconds left in this step, drawn as a ring. It is not read out every second: the spoken time marks are announced.</source>
        <translation>Die verbleibenden Sekunden dieses Schritts, als Ring gezeichnet. Sie werden nicht jede Sekunde vorgelesen: Die gesprochenen Zeitmarken werden angesagt.</translation>
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
        <source>Prolonged (still there after the last stretch)</source>
        <translation>Anhaltend (nach der letzten Dehnung noch da)</translation>
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
        <source>Suspected strain</source>
        <translation>Vermutete Zerrung</translation>
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
        <source>Date and time of the cramp. Up and Down change the part the cursor is in.</source>
        <translation>Datum und Uhrzeit des Krampfs. Pfeil hoch und Pfeil runter ändern den Teil, in dem der Cursor steht.</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>Which leg cramped.</source>
        <translation>Welches Bein gekrampft hat.</translation>
    </message>
    <message>
        <source>Stretches done</source>
        <translation>Durchgeführte Dehnungen</translation>
    </message>
    <message>
        <source>How many stretches were done, 0 to %1.</source>
        <translation>Wie viele Dehnungen gemacht wurden, 0 bis %1.</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Wie sie endete</translation>
    </message>
    <message>
        <source>How the cramp ended.</source>
        <translation>Wie der Krampf endete.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anything to remember about this cramp.</source>
        <translation>Alles, was du dir zu diesem Krampf merken willst.</translation>
    </message>
    <message>
        <source>Saves the episode. Press Enter.</source>
        <translation>Speichert die Episode. Drück Enter.</translation>
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
    <message>
        <source>%1 reps each leg</source>
        <translation>%1 Wiederholungen je Bein</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 days a week, not on consecutive days</source>
        <translation>%1 Tage pro Woche, nicht an aufeinanderfolgenden Tagen</translation>
    </message>
    <message>
        <source>%1–%2 days a week, not on consecutive days</source>
        <translation>%1–%2 Tage pro Woche, nicht an aufeinanderfolgenden Tagen</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>General guidance, not from the source article: %1</source>
        <translation>Allgemeiner Hinweis, nicht aus dem Quellartikel: %1</translation>
    </message>
    <message>
        <source>%1 cramp in the last %2 days</source>
        <translation>%1 Krampf in den letzten %2 Tagen</translation>
    </message>
    <message>
        <source>%1 cramps in the last %2 days</source>
        <translation>%1 Krämpfe in den letzten %2 Tagen</translation>
    </message>
    <message>
        <source>%1 cramp in the last %2 days still there after the third hold</source>
        <translation>%1 Krampf in den letzten %2 Tagen, der nach der dritten Dehnung noch da war</translation>
    </message>
    <message>
        <source>%1 cramps in the last %2 days still there after the third hold</source>
        <translation>%1 Krämpfe in den letzten %2 Tagen, die nach der dritten Dehnung noch da waren</translation>
    </message>
    <message>
        <source>%1 (general guidance, not from the source article):</source>
        <translation>%1 (allgemeiner Hinweis, nicht aus dem Quellartikel):</translation>
    </message>
    <message>
        <source>Consult a physician about recurring and prolonged hamstring cramps (%1), to rule out an undiagnosed medical condition.</source>
        <translation>Sprich mit einem Arzt über wiederkehrende und anhaltende Krämpfe im hinteren Oberschenkel (%1), um eine bisher nicht diagnostizierte Erkrankung auszuschließen.</translation>
    </message>
    <message>
        <source>Consult a physician about recurring hamstring cramps (%1), to rule out an undiagnosed medical condition.</source>
        <translation>Sprich mit einem Arzt über wiederkehrende Krämpfe im hinteren Oberschenkel (%1), um eine bisher nicht diagnostizierte Erkrankung auszuschließen.</translation>
    </message>
    <message>
        <source>Consult a physician about prolonged hamstring cramps (%1), to rule out an undiagnosed medical condition.</source>
        <translation>Sprich mit einem Arzt über anhaltende Krämpfe im hinteren Oberschenkel (%1), um eine bisher nicht diagnostizierte Erkrankung auszuschließen.</translation>
    </message>
</context>
<context>
    <name>GuidedExercise</name>
    <message>
        <source>Set %1 of %2: %3 reps.</source>
        <translation>Satz %1 von %2: %3 Wiederholungen.</translation>
    </message>
    <message>
        <source>Set %1 of %2: hold for %3 seconds.</source>
        <translation>Satz %1 von %2: %3 Sekunden halten.</translation>
    </message>
    <message>
        <source>Well done: all %1 sets.</source>
        <translation>Gut gemacht: alle %1 Sätze geschafft.</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Gut gemacht.</translation>
    </message>
    <message>
        <source>Rest. Next set in %1 seconds.</source>
        <translation>Pause. Nächster Satz in %1 Sekunden.</translation>
    </message>
    <message>
        <source>Release.</source>
        <translation>Lösen.</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Halten.</translation>
    </message>
    <message>
        <source>Set %1 of %2: %3 reps each leg.</source>
        <translation>Satz %1 von %2: %3 Wiederholungen je Bein.</translation>
    </message>
    <message>
        <source>Left leg.</source>
        <translation>Linkes Bein.</translation>
    </message>
    <message>
        <source>Switch to the right leg.</source>
        <translation>Wechsel zum rechten Bein.</translation>
    </message>
    <message>
        <source>%1 minutes of easy movement, at a pace you can talk at.</source>
        <translation>%1 Minuten lockere Bewegung, in einem Tempo, bei dem du noch sprechen kannst.</translation>
    </message>
</context>
<context>
    <name>GuidedScreen</name>
    <message>
        <source>Time left in this set or rest</source>
        <translation>Verbleibende Zeit in diesem Satz oder dieser Satzpause</translation>
    </message>
    <message>
        <source>Spoken cue</source>
        <translation>Gesprochener Hinweis</translation>
    </message>
    <message>
        <source>The words just spoken, for anyone who cannot hear them.</source>
        <translation>Die gerade gesprochenen Worte, für alle, die sie nicht hören können.</translation>
    </message>
    <message>
        <source>End this set</source>
        <translation>Diesen Satz beenden</translation>
    </message>
    <message>
        <source>Press %1.</source>
        <translation>Drück %1.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Pauses or resumes the countdown. Press %1.</source>
        <translation>Pausiert den Countdown oder setzt ihn fort. Drück die %1.</translation>
    </message>
    <message>
        <source>Stop the exercise</source>
        <translation>Übung stoppen</translation>
    </message>
    <message>
        <source>Ends this exercise and goes back to the library. Press %1.</source>
        <translation>Beendet diese Übung und geht zurück zur Bibliothek. Drück %1.</translation>
    </message>
    <message>
        <source>Scroll the instructions</source>
        <translation>Anweisungen scrollen</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Satz %1 von %2</translation>
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
        <source>REST</source>
        <translation>SATZPAUSE</translation>
    </message>
    <message>
        <source>REP %1 OF %2</source>
        <translation>WIEDERHOLUNG %1 VON %2</translation>
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
        <source>Skip the rest</source>
        <translation>Satzpause überspringen</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Paused. Press %1 to resume.</source>
        <translation>Pausiert. Drück die %1, um fortzufahren.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>Easy movement</source>
        <translation>Lockere Bewegung</translation>
    </message>
    <message>
        <source>MOVE</source>
        <translation>BEWEGEN</translation>
    </message>
    <message>
        <source>SWITCH</source>
        <translation>WECHSEL</translation>
    </message>
    <message>
        <source>End the left leg</source>
        <translation>Linkes Bein beenden</translation>
    </message>
    <message>
        <source>Start the right leg</source>
        <translation>Rechtes Bein beginnen</translation>
    </message>
    <message>
        <source>Switch to the right leg</source>
        <translation>Wechsel zum rechten Bein</translation>
    </message>
    <message>
        <source>Left leg: rep %1 of %2</source>
        <translation>Linkes Bein: Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>Right leg: rep %1 of %2</source>
        <translation>Rechtes Bein: Wiederholung %1 von %2</translation>
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
        <source>Guides you through first aid for a hamstring cramp, step by step. Press %1.</source>
        <translation>Führt dich Schritt für Schritt durch die Erste Hilfe bei einem Krampf im hinteren Oberschenkel. Drück %1.</translation>
    </message>
    <message>
        <source>Press %1 to start. The app tells you what to do, step by step.</source>
        <translation>Drück %1, um zu starten. Die App sagt dir Schritt für Schritt, was zu tun ist.</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Übungsbibliothek</translation>
    </message>
    <message>
        <source>Exercises that help prevent the next cramp. Press %1.</source>
        <translation>Übungen, die helfen, dem nächsten Krampf vorzubeugen. Drück %1.</translation>
    </message>
    <message>
        <source>Scroll the instructions</source>
        <translation>Anweisungen scrollen</translation>
    </message>
    <message>
        <source>Prevention plan</source>
        <translation>Vorbeugeplan</translation>
    </message>
    <message>
        <source>What helps prevent hamstring cramps. Press %1.</source>
        <translation>Was hilft, Krämpfen im hinteren Oberschenkel vorzubeugen. Drück %1.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Your past cramps and their likely causes. Press %1.</source>
        <translation>Deine bisherigen Krämpfe und ihre wahrscheinlichen Ursachen. Drück %1.</translation>
    </message>
</context>
<context>
    <name>JournalController</name>
    <message>
        <source>Left out of the journal, as they cannot be read: %1</source>
        <translation>Im Tagebuch ausgelassen, da nicht lesbar: %1</translation>
    </message>
    <message>
        <source>From the exercise library (%2): %1</source>
        <translation>Aus der Übungsbibliothek (%2): %1</translation>
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
        <source>Deleted the episode of %1. %2 undoes it.</source>
        <translation>Die Episode vom %1 wurde gelöscht. %2 macht das rückgängig.</translation>
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
    <name>JournalDialogs</name>
    <message>
        <source>Closes without saving. Press Escape.</source>
        <translation>Schließt ohne zu speichern. Drück Esc.</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <source>It eased</source>
        <translation>Hat nachgelassen</translation>
    </message>
    <message>
        <source>Prolonged (still there after the last stretch)</source>
        <translation>Anhaltend (nach der letzten Dehnung noch da)</translation>
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
        <source>Suspected strain</source>
        <translation>Vermutete Zerrung</translation>
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
        <source>One row per cramp. Up and Down choose one; Enter edits it.</source>
        <translation>Eine Zeile pro Krampf. Pfeil hoch und Pfeil runter wählen einen aus; Enter bearbeitet ihn.</translation>
    </message>
    <message>
        <source>Scroll the episodes</source>
        <translation>Episoden scrollen</translation>
    </message>
    <message>
        <source>Add a past episode</source>
        <translation>Vergangene Episode hinzufügen</translation>
    </message>
    <message>
        <source>Press %1.</source>
        <translation>Drück %1.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edits the chosen episode. Press %1.</source>
        <translation>Bearbeitet die gewählte Episode. Drück %1.</translation>
    </message>
    <message>
        <source>Why did it happen?</source>
        <translation>Warum ist es passiert?</translation>
    </message>
    <message>
        <source>A few questions about what led to the chosen cramp. Press %1.</source>
        <translation>Ein paar Fragen dazu, was zu dem gewählten Krampf geführt hat. Drück %1.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deletes the chosen episode; %1 brings it back. Press %2.</source>
        <translation>Löscht die gewählte Episode; %1 holt sie zurück. Drück %2.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Saves the journal as CSV or JSON. Press %1.</source>
        <translation>Speichert das Tagebuch als CSV oder JSON. Drück %1.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Stopped by a cramp</source>
        <translation>Wegen Krampf beendet</translation>
    </message>
    <message>
        <source>Prevention sessions</source>
        <translation>Vorbeugungseinheiten</translation>
    </message>
    <message>
        <source>One row per prevention session, complete or not, newest first.</source>
        <translation>Eine Zeile pro Vorbeugungseinheit, vollständig oder nicht, die neueste zuerst.</translation>
    </message>
    <message>
        <source>Scroll the prevention sessions</source>
        <translation>Vorbeugungseinheiten scrollen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Goes back to the first screen. Press %1.</source>
        <translation>Geht zurück zum ersten Bildschirm. Drück %1.</translation>
    </message>
    <message>
        <source>Scroll the journal</source>
        <translation>Tagebuch scrollen</translation>
    </message>
    <message>
        <source>The journal is unavailable: %1. What you save is kept and written as soon as the journal can be written again.</source>
        <translation>Das Tagebuch ist nicht verfügbar: %1. Was du speicherst, wird aufbewahrt und geschrieben, sobald das Tagebuch wieder beschrieben werden kann.</translation>
    </message>
    <message>
        <source>Likely contributors so far: %1</source>
        <translation>Wahrscheinliche Faktoren bisher: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 planned prevention sessions this week</source>
        <translation>%1 von %2 geplanten Vorbeugungseinheiten diese Woche</translation>
    </message>
    <message>
        <source>No prevention sessions yet: start one from the library.</source>
        <translation>Noch keine Vorbeugungseinheiten: starte eine in der Bibliothek.</translation>
    </message>
    <message>
        <source>1 prevention session this week</source>
        <translation>1 Vorbeugungseinheit diese Woche</translation>
    </message>
    <message>
        <source>%1 prevention sessions this week</source>
        <translation>%1 Vorbeugungseinheiten diese Woche</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <source>Cramps and prevention sessions per week, last 12 weeks</source>
        <translation>Krämpfe und Vorbeugungseinheiten pro Woche, letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Chart of episodes per week</source>
        <translation>Diagramm der Episoden pro Woche</translation>
    </message>
    <message>
        <source>week of %1: %2</source>
        <translation>Woche vom %1: %2</translation>
    </message>
    <message>
        <source>No prevention sessions in the last %1 weeks.</source>
        <translation>Keine Vorbeugungseinheiten in den letzten %1 Wochen.</translation>
    </message>
    <message>
        <source>Prevention sessions in the last %1 weeks: %2.</source>
        <translation>Vorbeugungseinheiten in den letzten %1 Wochen: %2.</translation>
    </message>
    <message>
        <source>No episodes in the last %1 weeks.</source>
        <translation>Keine Episoden in den letzten %1 Wochen.</translation>
    </message>
    <message>
        <source>Episodes in the last %1 weeks: %2.</source>
        <translation>Episoden in den letzten %1 Wochen: %2.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Rücktaste</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Strg</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Umschalt</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Minus</source>
        <translation>Minus</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>%1 of your session files could not be read and were skipped: %2</source>
        <translation>%1 deiner Einheitendateien konnten nicht gelesen werden und wurden übersprungen: %2</translation>
    </message>
    <message>
        <source>%1 of your exercise files could not be read and were skipped: %2</source>
        <translation>%1 deiner Übungsdateien konnten nicht gelesen werden und wurden übersprungen: %2</translation>
    </message>
    <message>
        <source>The session %1 is not read yet: try again in a moment.</source>
        <translation>Die Einheit %1 ist noch nicht gelesen: versuch es gleich noch einmal.</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Es gibt keine Einheit %1.</translation>
    </message>
    <message>
        <source>The session %1 needs the exercise %2, which is not in the library.</source>
        <translation>Die Einheit %1 braucht die Übung %2, die nicht in der Bibliothek ist.</translation>
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
        <translation>Kraft der hinteren Oberschenkelmuskulatur</translation>
    </message>
    <message>
        <source>Hamstring/quadriceps balance</source>
        <translation>Gleichgewicht hintere Oberschenkelmuskulatur/Quadrizeps</translation>
    </message>
    <message>
        <source>Staying loose</source>
        <translation>Locker bleiben</translation>
    </message>
    <message>
        <source>Search by name (%1)</source>
        <translation>Nach Namen suchen (%1)</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Shows only the exercises whose name has these words. Press %1.</source>
        <translation>Zeigt nur die Übungen, deren Name diese Wörter enthält. Drück %1.</translation>
    </message>
    <message>
        <source>Filter by goal</source>
        <translation>Nach Ziel filtern</translation>
    </message>
    <message>
        <source>Shows only the exercises for one goal.</source>
        <translation>Zeigt nur die Übungen für ein Ziel.</translation>
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
        <source>Up and Down choose an exercise; Enter starts its guided set.</source>
        <translation>Pfeil hoch und Pfeil runter wählen eine Übung; Enter startet ihren geführten Satz.</translation>
    </message>
    <message>
        <source>Scroll the exercises</source>
        <translation>Übungen scrollen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Up and Down choose a session; Enter starts it, exercise after exercise.</source>
        <translation>Pfeil hoch und Pfeil runter wählen eine Einheit; Enter startet sie, Übung für Übung.</translation>
    </message>
    <message>
        <source>Scroll the sessions</source>
        <translation>Einheiten scrollen</translation>
    </message>
    <message>
        <source>No exercise matches.</source>
        <translation>Keine Übung passt.</translation>
    </message>
    <message>
        <source>Show the skipped files</source>
        <translation>Übersprungene Dateien zeigen</translation>
    </message>
    <message>
        <source>Skipped files</source>
        <translation>Übersprungene Dateien</translation>
    </message>
    <message>
        <source>Your exercise files that could not be read, and why.</source>
        <translation>Deine Übungsdateien, die nicht gelesen werden konnten, und warum.</translation>
    </message>
    <message>
        <source>General guidance, not from the source article:</source>
        <translation>Allgemeiner Hinweis, nicht aus dem Quellartikel:</translation>
    </message>
    <message>
        <source>Start guided set</source>
        <translation>Geführten Satz starten</translation>
    </message>
    <message>
        <source>Guides you through the chosen exercise, set by set. Press %1.</source>
        <translation>Führt dich Satz für Satz durch die gewählte Übung. Drück %1.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Goes back to the first screen. Press %1.</source>
        <translation>Geht zurück zum ersten Bildschirm. Drück %1.</translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation>Details zur Übung</translation>
    </message>
    <message>
        <source>How to do the chosen exercise. The arrow keys scroll.</source>
        <translation>Wie die gewählte Übung geht. Die Pfeiltasten scrollen.</translation>
    </message>
    <message>
        <source>Scroll the exercise details</source>
        <translation>Details zur Übung scrollen</translation>
    </message>
    <message>
        <source>Reading your own exercises…</source>
        <translation>Deine eigenen Übungen werden gelesen …</translation>
    </message>
    <message>
        <source>%1 of your exercise files were skipped.</source>
        <translation>%1 deiner Übungsdateien wurden übersprungen.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>  (yours)</source>
        <translation>  (deine)</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 Übungen</translation>
    </message>
    <message>
        <source>Lists the single exercises again.</source>
        <translation>Zeigt wieder die einzelnen Übungen.</translation>
    </message>
    <message>
        <source>Lists the sessions: several exercises in a row, guided end to end.</source>
        <translation>Zeigt die Einheiten: mehrere Übungen hintereinander, von Anfang bis Ende geführt.</translation>
    </message>
    <message>
        <source>Your own session, from %1</source>
        <translation>Deine eigene Einheit, aus %1</translation>
    </message>
    <message>
        <source>%1 s to get ready, %2 s rest between exercises</source>
        <translation>%1 s zum Bereitmachen, %2 s Pause zwischen den Übungen</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Einheit starten</translation>
    </message>
    <message>
        <source>Guides you through the chosen session, exercise after exercise. Press %1.</source>
        <translation>Führt dich Übung für Übung durch die gewählte Einheit. Drück %1.</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Bild: %1</translation>
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
    <message>
        <source>How often: %1</source>
        <translation>Wie oft: %1</translation>
    </message>
    <message>
        <source>Basis of this guidance: %1</source>
        <translation>Grundlage dieser Hinweise: %1</translation>
    </message>
</context>
<context>
    <name>ListeningIndicator</name>
    <message>
        <source>Speaking…</source>
        <translation>Spricht…</translation>
    </message>
    <message>
        <source>● Listening</source>
        <translation>● Hört zu</translation>
    </message>
    <message>
        <source>Voice commands wait while the app speaks.</source>
        <translation>Sprachbefehle warten, während die App spricht.</translation>
    </message>
    <message>
        <source>Voice commands are on: say a command.</source>
        <translation>Sprachbefehle sind an: sag einen Befehl.</translation>
    </message>
    <message>
        <source>Listening for voice commands.</source>
        <translation>Hört auf Sprachbefehle.</translation>
    </message>
    <message>
        <source>Voice commands on</source>
        <translation>Sprachbefehle an</translation>
    </message>
    <message>
        <source>Starting to listen…</source>
        <translation>Beginnt zuzuhören…</translation>
    </message>
    <message>
        <source>Voice commands starting</source>
        <translation>Sprachbefehle starten</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Hört nicht zu</translation>
    </message>
    <message>
        <source>Voice commands off</source>
        <translation>Sprachbefehle aus</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cramp Coach</source>
        <translation>Cramp Coach</translation>
    </message>
    <message>
        <source>I have a cramp now</source>
        <translation>Ich habe gerade einen Krampf</translation>
    </message>
    <message>
        <source>Starts the cramp routine at once, from any screen. Press %1.</source>
        <translation>Startet die Krampf-Routine sofort, von jedem Bildschirm aus. Drücke %1.</translation>
    </message>
    <message>
        <source>Voice commands are back.</source>
        <translation>Sprachbefehle sind wieder an.</translation>
    </message>
    <message>
        <source>The journal can be written again; what was kept meanwhile is saved.</source>
        <translation>Das Tagebuch kann wieder beschrieben werden; was inzwischen aufbewahrt wurde, ist gespeichert.</translation>
    </message>
    <message>
        <source>Sound is back.</source>
        <translation>Der Ton ist wieder da.</translation>
    </message>
    <message>
        <source>A routine or a session is running: finish it first.</source>
        <translation>Eine Routine oder Einheit läuft: beende sie zuerst.</translation>
    </message>
    <message>
        <source>Stopped before anything happened: not saved in the journal, and not counted as a cramp. Was it one? %1 saves it.</source>
        <translation>Beendet, bevor etwas geschah: nicht im Tagebuch gespeichert und nicht als Krampf gezählt. War es einer? %1 speichert ihn.</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Hands-free on</source>
        <translation>Freihändig an</translation>
    </message>
    <message>
        <source>Hands-free off</source>
        <translation>Freihändig aus</translation>
    </message>
    <message>
        <source>The journal is not available.</source>
        <translation>Das Tagebuch ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Saved in the journal.</source>
        <translation>Im Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <translation>Textgröße: %1 %</translation>
    </message>
    <message>
        <source>The language will change when this routine or set ends.</source>
        <translation>Die Sprache wechselt, wenn diese Routine oder dieser Satz endet.</translation>
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
    <message>
        <source>Hides the message above. Press Enter or Space.</source>
        <translation>Blendet die Meldung oben aus. Drück Enter oder die Leertaste.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <source>Reminders are off.</source>
        <translation>Erinnerungen sind aus.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Your plan</source>
        <translation>Dein Plan</translation>
    </message>
    <message>
        <source>General guidance for strength work: 2 to 3 days a week, with a rest day between (for example Monday and Thursday). Not medical advice.</source>
        <translation>Allgemeiner Hinweis für Krafttraining: 2 bis 3 Tage pro Woche, mit einem Ruhetag dazwischen (zum Beispiel Montag und Donnerstag). Keine medizinische Beratung.</translation>
    </message>
    <message>
        <source>A planned session on this day. Space ticks or clears it.</source>
        <translation>Eine geplante Einheit an diesem Tag. Die Leertaste setzt oder entfernt den Haken.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>When the planned session starts.</source>
        <translation>Wann die geplante Einheit beginnt.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Which session is planned.</source>
        <translation>Welche Einheit geplant ist.</translation>
    </message>
    <message>
        <source>Remind me at this time (a desktop notification)</source>
        <translation>Erinnere mich zu dieser Zeit (eine Desktop-Benachrichtigung)</translation>
    </message>
    <message>
        <source>Keep Cramp Coach in the system tray when its window closes</source>
        <translation>Cramp Coach im Systembereich behalten, wenn sein Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Start Cramp Coach when I log in</source>
        <translation>Cramp Coach bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Print this plan as a log to fill in, on a second page of the routine sheet</source>
        <translation>Diesen Plan als Protokoll zum Ausfüllen auf einer zweiten Seite des Routineblatts drucken</translation>
    </message>
    <message>
        <source>Space turns it on or off; kept at once.</source>
        <translation>Die Leertaste schaltet es ein oder aus; wird sofort gespeichert.</translation>
    </message>
</context>
<context>
    <name>PlanNames</name>
    <message>
        <source>Strength A and B by turns</source>
        <translation>Kraft A und B im Wechsel</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Time for %1</source>
        <translation>Zeit für %1</translation>
    </message>
    <message>
        <source>Your planned prevention session: hamstring strength work helps prevent cramps.</source>
        <translation>Deine geplante Vorbeugungseinheit: Krafttraining für die hintere Oberschenkelmuskulatur hilft, Krämpfen vorzubeugen.</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>heute %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>No day planned.</source>
        <translation>Kein Tag geplant.</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Nächste: %1, %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3.</source>
        <translation>%1 um %2: %3.</translation>
    </message>
</context>
<context>
    <name>Pocket</name>
    <message>
        <source>Your own exercise</source>
        <translation>Eigene Übung</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Works without a network. Not medical advice.</source>
        <translation>Funktioniert ohne Netz. Keine medizinische Beratung.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Stretches will be held for %1 seconds.</source>
        <translation>Dehnungen werden %1 Sekunden gehalten.</translation>
    </message>
</context>
<context>
    <name>PreventionScreen</name>
    <message>
        <source>Show: %1</source>
        <translation>Zeigen: %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Opens this exercise in the exercise library. Press Enter.</source>
        <translation>Öffnet diese Übung in der Übungsbibliothek. Drück Enter.</translation>
    </message>
    <message>
        <source>Prevention plan</source>
        <translation>Vorbeugeplan</translation>
    </message>
    <message>
        <source>What helps prevent the next cramp. Page Down, Page Up and the arrows scroll.</source>
        <translation>Was hilft, dem nächsten Krampf vorzubeugen. Bild ab, Bild auf und die Pfeiltasten scrollen.</translation>
    </message>
    <message>
        <source>Scroll the prevention plan</source>
        <translation>Vorbeugeplan scrollen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Goes back to the first screen. Press %1.</source>
        <translation>Geht zurück zum ersten Bildschirm. Drück %1.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code of the address</source>
        <translation>QR-Code der Adresse</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>Missed while Cramp Coach was closed: %1, %2.</source>
        <translation>Verpasst, während Cramp Coach geschlossen war: %1, %2.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>No desktop notifications (%1): reminders show here in the window.</source>
        <translation>Keine Desktop-Benachrichtigungen (%1): Erinnerungen erscheinen hier im Fenster.</translation>
    </message>
    <message>
        <source>No system tray on this desktop: Cramp Coach shows no tray icon, and closing the window quits it.</source>
        <translation>Dieser Desktop hat keinen Systembereich: Cramp Coach zeigt dort kein Symbol, und das Schließen des Fensters beendet es.</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>Nächste Erinnerung: %1</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>Keine Erinnerungen</translation>
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
    <message>
        <source>say injury</source>
        <comment>{injury}: the command word &apos;injury&apos; stays English</comment>
        <translation>sag „injury“</translation>
    </message>
    <message>
        <source>press I</source>
        <comment>{injury} without voice</comment>
        <translation>drück I</translation>
    </message>
</context>
<context>
    <name>RoutineScreen</name>
    <message>
        <source>Paused: press Space to resume</source>
        <translation>Pausiert: Drück die Leertaste, um fortzufahren</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Verbleibende Zeit in diesem Schritt</translation>
    </message>
    <message>
        <source>Why did it happen?</source>
        <translation>Warum ist es passiert?</translation>
    </message>
    <message>
        <source>A few questions about what led to this cramp. Press %1.</source>
        <translation>Ein paar Fragen dazu, was zu diesem Krampf geführt hat. Drück %1.</translation>
    </message>
    <message>
        <source>Spoken cue</source>
        <translation>Gesprochener Hinweis</translation>
    </message>
    <message>
        <source>The words just spoken, for anyone who cannot hear them.</source>
        <translation>Die gerade gesprochenen Worte, für alle, die sie nicht hören können.</translation>
    </message>
    <message>
        <source>Still cramping</source>
        <translation>Krampft noch</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Press %1.</source>
        <translation>Drück %1.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pauses or resumes the countdown. Press %1.</source>
        <translation>Pausiert den Countdown oder setzt ihn fort. Drück die %1.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Goes back one step. Press %1.</source>
        <translation>Geht einen Schritt zurück. Drück die %1.</translation>
    </message>
    <message>
        <source>The cramp came back</source>
        <translation>Der Krampf ist zurück</translation>
    </message>
    <message>
        <source>Which leg?</source>
        <translation>Welches Bein?</translation>
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
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>The cramp is in this leg (for the journal). Press %1.</source>
        <translation>Der Krampf ist in diesem Bein (für das Tagebuch). Drücke %1.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Returns to the stretch. Press %1.</source>
        <translation>Geht zurück zur Dehnung. Drück %1.</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Routine stoppen</translation>
    </message>
    <message>
        <source>Ends the routine at once. Press %1.</source>
        <translation>Beendet die Routine sofort. Drück %1.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>The Up and Down keys scroll these words.</source>
        <translation>Pfeil hoch und Pfeil runter scrollen diesen Text.</translation>
    </message>
    <message>
        <source>Scroll the instructions</source>
        <translation>Anweisungen scrollen</translation>
    </message>
    <message>
        <source>Turns this on or off. Press %1.</source>
        <translation>Schaltet das an oder aus. Drück %1.</translation>
    </message>
    <message>
        <source>Leg:</source>
        <translation>Bein:</translation>
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
        <source>NOT STARTED</source>
        <translation>NICHT GESTARTET</translation>
    </message>
    <message>
        <source>Goes on without the ice.</source>
        <translation>Geht ohne Eis weiter.</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Bild der Dehnung</translation>
    </message>
    <message>
        <source>General guidance, not from the source article: %1</source>
        <translation>Allgemeiner Hinweis, nicht aus dem Quellartikel: %1</translation>
    </message>
    <message>
        <source>General guidance, not from the source article.</source>
        <translation>Allgemeiner Hinweis, nicht aus dem Quellartikel.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Paused: say resume or press Space</source>
        <translation>Pausiert: sag „resume“ oder drück die Leertaste</translation>
    </message>
    <message>
        <source>Paused with %1 left. Press %2 to resume.</source>
        <translation>Pausiert, noch %1. Drück die %2, um fortzufahren.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>%1 minutes %2 seconds</source>
        <translation>%1 Minuten %2 Sekunden</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>could be an injury: no stretching</source>
        <translation>könnte eine Verletzung sein: kein Dehnen</translation>
    </message>
    <message>
        <source>the cramp eased after 1 stretch</source>
        <translation>der Krampf ließ nach 1 Dehnung nach</translation>
    </message>
    <message>
        <source>the cramp eased after %1 stretches</source>
        <translation>der Krampf ließ nach %1 Dehnungen nach</translation>
    </message>
    <message>
        <source>still cramping after %1 stretches</source>
        <translation>noch verkrampft nach %1 Dehnungen</translation>
    </message>
    <message>
        <source>stopped after 1 stretch</source>
        <translation>beendet nach 1 Dehnung</translation>
    </message>
    <message>
        <source>stopped after %1 stretches</source>
        <translation>beendet nach %1 Dehnungen</translation>
    </message>
    <message>
        <source>no answer after 1 stretch</source>
        <translation>keine Antwort nach 1 Dehnung</translation>
    </message>
    <message>
        <source>no answer after %1 stretches</source>
        <translation>keine Antwort nach %1 Dehnungen</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>RoutineSession</name>
    <message>
        <source>Routine stopped after %1 of %2 stretches.</source>
        <extracomment>The time to say &quot;skip&quot; again to release a hold early.</extracomment>
        <translation>Routine nach %1 von %2 Dehnungen gestoppt.</translation>
    </message>
    <message>
        <source>Heard something that was not an answer: with no answer, the injury steps follow.</source>
        <translation>Etwas gehört, das keine Antwort war: Ohne Antwort folgen die Schritte für eine Verletzung.</translation>
    </message>
    <message>
        <source>It&apos;s too noisy to hear you: press Enter or say it louder</source>
        <translation>Es ist zu laut, um dich zu hören: Drück Enter oder sag es lauter</translation>
    </message>
    <message>
        <source>Heard: %1</source>
        <translation>Gehört: %1</translation>
    </message>
    <message>
        <source>Paused. Say resume to go on, or press Escape to end the routine.</source>
        <translation>Pausiert. Sag „resume“, um fortzufahren, oder drück Escape, um die Routine zu beenden.</translation>
    </message>
    <message>
        <source>Say skip again to end this stretch early.</source>
        <translation>Sag noch einmal „skip“, um diese Dehnung früher zu beenden.</translation>
    </message>
</context>
<context>
    <name>SafetyNet</name>
    <message>
        <source>Something went wrong (%1). Cramp Coach carries on; the details are in %2.</source>
        <translation>Etwas ist schiefgegangen (%1). Cramp Coach läuft weiter; die Einzelheiten stehen in %2.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Cramp Coach carries on; the details could not be written to %2 (%3).</source>
        <translation>Etwas ist schiefgegangen (%1). Cramp Coach läuft weiter; die Einzelheiten konnten nicht in %2 geschrieben werden (%3).</translation>
    </message>
</context>
<context>
    <name>SendToPhone</name>
    <message>
        <source>Making the phone page…</source>
        <translation>Die Seite fürs Handy wird erstellt…</translation>
    </message>
    <message>
        <source>The phone page could not be made: %1</source>
        <translation>Die Seite fürs Handy konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>SendToPhoneDialog</name>
    <message>
        <source>Send to phone</source>
        <translation>An das Handy senden</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera, on the same Wi-Fi network: the routine opens as one page. To have it without a network, save the page on the phone (its browser&apos;s Share or Download): served over the local network, the browser does not keep it offline by itself. Only that page is served: your journal never leaves this computer.</source>
        <translation>Scanne den Code mit der Kamera des Handys, im selben WLAN: Die Anleitung öffnet sich als eine Seite. Um sie ohne Netz zu haben, speichere die Seite auf dem Handy (Teilen oder Herunterladen im Browser): Über das lokale Netz geladen, behält der Browser sie nicht von selbst offline. Nur diese Seite wird bereitgestellt: Dein Tagebuch verlässt diesen Computer nie.</translation>
    </message>
    <message>
        <source>This computer is on no local network, so a phone cannot open this address. Write the page to a file instead (cramp-coach pocket -o cramp.html) and copy it to the phone.</source>
        <translation>Dieser Computer ist in keinem lokalen Netz, also kann ein Handy diese Adresse nicht öffnen. Schreib die Seite stattdessen in eine Datei (cramp-coach pocket -o cramp.html) und kopiere sie aufs Handy.</translation>
    </message>
    <message>
        <source>Address of the page</source>
        <translation>Adresse der Seite</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stops serving the page now.</source>
        <translation>Hört jetzt auf, die Seite anzubieten.</translation>
    </message>
    <message>
        <source>Stopped: the page is no longer served.</source>
        <translation>Beendet: Die Seite wird nicht mehr angeboten.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stops by itself in %1:%2</source>
        <translation>Endet von selbst in %1:%2</translation>
    </message>
</context>
<context>
    <name>SessionPlayer</name>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Übung %1 von %2</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Rest before the next exercise</source>
        <translation>Pause vor der nächsten Übung</translation>
    </message>
    <message>
        <source>All %1 exercises done</source>
        <translation>Alle %1 Übungen erledigt</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Satz %1 von %2</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Satzpause</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <source>Get ready: %1. First, %2: %3. Starting in %4 seconds.</source>
        <translation>Mach dich bereit: %1. Zuerst %2: %3. Los geht es in %4 Sekunden.</translation>
    </message>
    <message>
        <source>Rest. Next, %1: %2. Starting in %3 seconds.</source>
        <translation>Pause. Als Nächstes %1: %2. Los geht es in %3 Sekunden.</translation>
    </message>
    <message>
        <source>Session done: all %1 exercises.</source>
        <translation>Einheit geschafft: alle %1 Übungen.</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Which exercise, set, leg and rep of the session this is.</source>
        <translation>Welche Übung, welcher Satz, welches Bein und welche Wiederholung der Einheit gerade dran ist.</translation>
    </message>
    <message>
        <source>Previous exercise</source>
        <translation>Vorige Übung</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Übung überspringen</translation>
    </message>
    <message>
        <source>Back to the start of this exercise, or the one before. Press %1.</source>
        <translation>Zurück zum Anfang dieser Übung oder zur vorigen. Drück %1.</translation>
    </message>
    <message>
        <source>Goes on to the next exercise. Press %1.</source>
        <translation>Weiter zur nächsten Übung. Drück %1.</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Einheit beenden</translation>
    </message>
    <message>
        <source>Ends the session here (what you did is kept in the journal). Press %1.</source>
        <translation>Beendet die Einheit hier (was du gemacht hast, bleibt im Tagebuch). Drück %1.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Satzpause</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>BEREIT MACHEN</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>SATZPAUSE</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Start the exercise now</source>
        <translation>Übung jetzt starten</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Einheit geschafft</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Zurück zur Bibliothek</translation>
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
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the app, the routine, the library, the sheet and the voice</source>
        <translation>Die Sprache der App, der Routine, der Bibliothek, des Merkblatts und der Stimme</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light, dark, or high contrast; or as the system</source>
        <translation>Hell, dunkel oder hoher Kontrast; oder wie das System</translation>
    </message>
    <message>
        <source>Language and looks</source>
        <translation>Sprache und Aussehen</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
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
        <source>%1 s: the hold you chose in Cramp Coach (the source article says %2 s).</source>
        <translation>%1 s: die Haltezeit, die du in Cramp Coach gewählt hast (der Quellartikel sagt %2 s).</translation>
    </message>
    <message>
        <source>General guidance, not from the source article</source>
        <translation>Allgemeiner Hinweis, nicht aus dem Quellartikel</translation>
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
        <source>Scan: the routine on your phone</source>
        <translation>Scannen: die Routine auf dem Handy</translation>
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
        <source>My prevention log</source>
        <translation>Mein Vorbeugungsprotokoll</translation>
    </message>
    <message>
        <source>No day planned yet: choose days on the plan screen.</source>
        <translation>Noch kein Tag geplant: wähle Tage im Plan der App.</translation>
    </message>
    <message>
        <source>Tick each session done and note the sets and reps; count the cramps of each week beside it, to see whether the plan helps.</source>
        <translation>Hake jede erledigte Einheit ab und notiere Sätze und Wiederholungen; zähle daneben die Krämpfe jeder Woche, um zu sehen, ob der Plan hilft.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Sets and reps, how it went</source>
        <translation>Sätze und Wiederholungen, wie es lief</translation>
    </message>
    <message>
        <source>Cramps this week</source>
        <translation>Krämpfe diese Woche</translation>
    </message>
    <message>
        <source>Cramp Coach gives general information from its source article, not medical advice. If you are unsure, or it hurts, ask a doctor.</source>
        <translation>Cramp Coach gibt allgemeine Informationen aus seinem Quellartikel, keinen ärztlichen Rat. Wenn du unsicher bist oder es wehtut, frag einen Arzt.</translation>
    </message>
    <message>
        <source>→ see “%1” below</source>
        <translation>→ siehe „%1“ unten</translation>
    </message>
</context>
<context>
    <name>SheetController</name>
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
        <source>The sheet could not be written.</source>
        <translation>Das Merkblatt konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Wrote the sheet to %1</source>
        <translation>Merkblatt gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie bewirkt</translation>
    </message>
    <message>
        <source>Each key, and what it does. Press Enter or Esc to close.</source>
        <translation>Jede Taste und was sie bewirkt. Drück Enter oder Esc zum Schließen.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Speech is off: no audio output was found (connect speakers or headphones, or start PulseAudio: pulseaudio --start)</source>
        <translation>Die Sprachausgabe ist aus: kein Audioausgang gefunden (schließ Lautsprecher oder Kopfhörer an oder starte PulseAudio: pulseaudio --start)</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine stopped answering (check that `espeak-ng hello` speaks, then restart Cramp Coach)</source>
        <translation>Die Sprachausgabe ist aus: die Sprach-Engine antwortet nicht mehr (prüfe, ob `espeak-ng hello` spricht, dann starte Cramp Coach neu)</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine did not start (%1); check espeak-ng</source>
        <translation>Die Sprachausgabe ist aus: die Sprach-Engine ist nicht gestartet (%1); prüfe espeak-ng</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine failed (%1); check espeak-ng</source>
        <translation>Die Sprachausgabe ist aus: die Sprach-Engine ist ausgefallen (%1); prüfe espeak-ng</translation>
    </message>
    <message>
        <source>Speech is off: the spoken cues cannot be saved (%1); free some disk space</source>
        <translation>Die Sprachausgabe ist aus: die gesprochenen Hinweise können nicht gespeichert werden (%1); schaffe etwas Speicherplatz frei</translation>
    </message>
    <message>
        <source>Speech is off: pyttsx3 is not installed (pip install pyttsx3==2.99)</source>
        <translation>Die Sprachausgabe ist aus: pyttsx3 ist nicht installiert (pip install pyttsx3==2.99)</translation>
    </message>
    <message>
        <source>Speech is off: espeak-ng is not installed (sudo apt-get install espeak-ng)</source>
        <translation>Die Sprachausgabe ist aus: espeak-ng ist nicht installiert (sudo apt-get install espeak-ng)</translation>
    </message>
    <message>
        <source>Speech is off: espeak-ng could not start (sudo apt-get install --reinstall espeak-ng-data)</source>
        <translation>Die Sprachausgabe ist aus: espeak-ng konnte nicht starten (sudo apt-get install --reinstall espeak-ng-data)</translation>
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
    <name>Tray</name>
    <message>
        <source>Cramp Coach</source>
        <translation>Cramp Coach</translation>
    </message>
    <message>
        <source>I have a cramp now</source>
        <translation>Ich habe gerade einen Krampf</translation>
    </message>
    <message>
        <source>Show Cramp Coach</source>
        <translation>Cramp Coach zeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
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
        <source>One answer: where the cramp was. The arrow keys choose.</source>
        <translation>Eine Antwort: wo der Krampf war. Die Pfeiltasten wählen.</translation>
    </message>
    <message>
        <source>Anything else that day or in your training?</source>
        <translation>Sonst noch etwas an dem Tag oder in deinem Training?</translation>
    </message>
    <message>
        <source>Tick it if it fits. Press Space.</source>
        <translation>Kreuz es an, wenn es passt. Drück die Leertaste.</translation>
    </message>
    <message>
        <source>Saves the answers. Press Enter.</source>
        <translation>Speichert die Antworten. Drück Enter.</translation>
    </message>
</context>
</TS>
