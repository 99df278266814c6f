<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Cramp Coach</source>
        <translation>Acerca de Cramp Coach</translation>
    </message>
    <message>
        <source>Cramp Coach icon</source>
        <translation>Icono de Cramp Coach</translation>
    </message>
    <message>
        <source>Cramp Coach</source>
        <translation>Cramp Coach</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Guided first aid for a hamstring cramp, and a plan to prevent the next one.</source>
        <translation>Primeros auxilios guiados para un calambre en los isquiotibiales, y un plan para prevenir el próximo.</translation>
    </message>
    <message>
        <source>Not medical advice</source>
        <translation>No es consejo médico</translation>
    </message>
    <message>
        <source>Cramp Coach gives general information from one article on hamstring cramps and running. It is not medical advice: it does not diagnose or treat anything, and it does not replace a doctor.</source>
        <translation>Cramp Coach da información general de un artículo sobre los calambres en los isquiotibiales al correr. No es consejo médico: no diagnostica ni trata nada, y no sustituye a un médico.</translation>
    </message>
    <message>
        <source>Seek medical care for severe pain, swelling, or cramps that keep returning.</source>
        <translation>Busca atención médica si tienes un dolor fuerte, hinchazón o calambres que vuelven una y otra vez.</translation>
    </message>
    <message>
        <source>The source article says: “Consult a physician about reoccurring or prolonged hamstring cramps.” And: “Check with your doctor if cramping continues to rule out any undiagnosed medical conditions.”</source>
        <translation>El artículo de origen dice: «Consulta a un médico por los calambres en los isquiotibiales recurrentes o prolongados.» Y: «Consulta con tu médico si los calambres continúan, para descartar cualquier enfermedad no diagnosticada.»</translation>
    </message>
    <message>
        <source>Where the advice comes from</source>
        <translation>De dónde vienen los consejos</translation>
    </message>
    <message>
        <source>Every instruction comes from the article “%1” (a copy comes with the source code, in %2). What the article does not say is marked “General guidance, not from the source article”.</source>
        <translation>Cada instrucción viene del artículo «%1» (se incluye una copia con el código fuente, en %2). Lo que el artículo no dice está marcado como «Orientación general, no del artículo de origen».</translation>
    </message>
    <message>
        <source>Free software under the %1 licence. The exercise pictures and the icon were drawn for Cramp Coach. Made with Qt for Python (PySide6).</source>
        <translation>Software libre bajo la licencia %1. Las imágenes de los ejercicios y el icono se dibujaron para Cramp Coach. Hecho con Qt for Python (PySide6).</translation>
    </message>
    <message>
        <source>About Cramp Coach and safety notice</source>
        <translation>Acerca de Cramp Coach y aviso de seguridad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close About Cramp Coach</source>
        <translation>Cerrar «Acerca de Cramp Coach»</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Routine</source>
        <translation>&amp;Rutina</translation>
    </message>
    <message>
        <source>&amp;Prevent</source>
        <translation>&amp;Prevenir</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Hoja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Start the cramp routine</source>
        <translation>&amp;Empezar la rutina del calambre</translation>
    </message>
    <message>
        <source>Start the cramp routine at once, from any screen</source>
        <translation>Empezar la rutina del calambre al momento, desde cualquier pantalla</translation>
    </message>
    <message>
        <source>Start; confirm; answer &apos;It has eased&apos;</source>
        <translation>Empezar; confirmar; responder «Ya se ha aliviado»</translation>
    </message>
    <message>
        <source>Answer &apos;Still cramping&apos;</source>
        <translation>Responder «Sigue el calambre»</translation>
    </message>
    <message>
        <source>Answer &apos;Could be an injury&apos; (a cramp, or an injury?)</source>
        <translation>Responder «Podría ser una lesión» (¿calambre o lesión?)</translation>
    </message>
    <message>
        <source>Pause or resume the countdown</source>
        <translation>Pausar o reanudar la cuenta atrás</translation>
    </message>
    <message>
        <source>Back one step (library, plan, journal: back to the first screen)</source>
        <translation>Volver un paso atrás (biblioteca, plan, diario: volver a la primera pantalla)</translation>
    </message>
    <message>
        <source>In a session: skip this exercise (Backspace: back to the one before)</source>
        <translation>En una sesión: saltar este ejercicio (Retroceso: volver al anterior)</translation>
    </message>
    <message>
        <source>The cramp came back: wait for it to stop, then stretch again</source>
        <translation>El calambre ha vuelto: espera a que pare y vuelve a estirar</translation>
    </message>
    <message>
        <source>During the routine: the cramp is in the left / right leg</source>
        <translation>Durante la rutina: el calambre está en la pierna izquierda / derecha</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Sound on or off (captions stay)</source>
        <translation>Activar o desactivar el sonido (los subtítulos siguen)</translation>
    </message>
    <message>
        <source>Hands-free</source>
        <translation>Manos libres</translation>
    </message>
    <message>
        <source>Hands-free: questions answer themselves with a safe default</source>
        <translation>Manos libres: las preguntas se responden solas con una opción segura</translation>
    </message>
    <message>
        <source>Stop the routine (library, plan, journal: back to the first screen)</source>
        <translation>Parar la rutina (biblioteca, plan, diario: volver a la primera pantalla)</translation>
    </message>
    <message>
        <source>Exercise &amp;library</source>
        <translation>&amp;Biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>Prevention &amp;plan</source>
        <translation>&amp;Plan de prevención</translation>
    </message>
    <message>
        <source>Prevention plan</source>
        <translation>Plan de prevención</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Why did it happen? (at Done, and in the journal)</source>
        <translation>¿Por qué pasó? (al terminar, y en el diario)</translation>
    </message>
    <message>
        <source>Journal: add a past episode / delete / undo the delete / export</source>
        <translation>Diario: añadir un episodio pasado / borrar / deshacer el borrado / exportar</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer el borrado</translation>
    </message>
    <message>
        <source>&amp;Print the routine sheet…</source>
        <translation>&amp;Imprimir la hoja de la rutina…</translation>
    </message>
    <message>
        <source>Print the routine sheet</source>
        <translation>Imprimir la hoja de la rutina</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Export the sheet as PDF…</source>
        <translation>&amp;Exportar la hoja como PDF…</translation>
    </message>
    <message>
        <source>Export the routine sheet as PDF</source>
        <translation>Exportar la hoja de la rutina como PDF</translation>
    </message>
    <message>
        <source>Send to p&amp;hone…</source>
        <translation>Enviar al &amp;teléfono…</translation>
    </message>
    <message>
        <source>Send the routine to your phone (a page that works offline)</source>
        <translation>Enviar la rutina al teléfono (una página que funciona sin conexión)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Activar o desactivar la pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>Larger text / smaller text / normal size</source>
        <translation>Texto más grande / más pequeño / tamaño normal</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más pe&amp;queño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Settings: hold, voice, language, theme</source>
        <translation>Ajustes: cuánto mantener, voz, idioma, tema</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>&amp;About and safety…</source>
        <translation>&amp;Información y seguridad…</translation>
    </message>
    <message>
        <source>About and safety: not medical advice, when to see a doctor</source>
        <translation>Información y seguridad: no es consejo médico, cuándo consultar a un médico</translation>
    </message>
    <message>
        <source>Move between the controls; Enter presses the one with the focus ring</source>
        <translation>Pasar de un control a otro; Intro pulsa el que tiene el anillo de foco</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Next step; at &quot;A cramp, or an injury?&quot;: a cramp</source>
        <extracomment>The words hands-free mode understands (speech/recognition.py&apos;s Command), for F1: what each does. They stay English words in every language.</extracomment>
        <translation>Paso siguiente; en «¿Un calambre o una lesión?»: un calambre</translation>
    </message>
    <message>
        <source>The cramp has eased</source>
        <translation>El calambre ha cedido</translation>
    </message>
    <message>
        <source>The cramp came back; in a session: a cramp, first aid now</source>
        <translation>El calambre ha vuelto; en una sesión: un calambre, primeros auxilios ya</translation>
    </message>
    <message>
        <source>At &quot;A cramp, or an injury?&quot;: could be an injury</source>
        <translation>En «¿Un calambre o una lesión?»: podría ser una lesión</translation>
    </message>
    <message>
        <source>Which leg has the cramp</source>
        <translation>Qué pierna tiene el calambre</translation>
    </message>
    <message>
        <source>Pause or go on (also over the app&apos;s voice)</source>
        <translation>Pausar o seguir (también mientras habla la aplicación)</translation>
    </message>
    <message>
        <source>Say the last cue again</source>
        <translation>Repetir la última indicación</translation>
    </message>
    <message>
        <source>Skip this step (twice to end a hold early)</source>
        <translation>Saltar este paso (dos veces para terminar antes un estiramiento)</translation>
    </message>
    <message>
        <source>Pause; then Escape ends the routine</source>
        <translation>Pausar; después Escape termina la rutina</translation>
    </message>
    <message>
        <source>Say (hands-free)</source>
        <translation>Decir (manos libres)</translation>
    </message>
    <message>
        <source>English words, in every language</source>
        <translation>Palabras en inglés, en todos los idiomas</translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <source>Did the cramp spread to other muscles?</source>
        <translation>¿Se extendió el calambre a otros músculos?</translation>
    </message>
    <message>
        <source>Dehydration or a mineral and electrolyte imbalance (such as low calcium, sodium or potassium): these cramps may start in the hamstrings and spread to other muscles.</source>
        <translation>Deshidratación o un desequilibrio de minerales y electrolitos (como niveles bajos de calcio, sodio o potasio): estos calambres pueden empezar en los isquiotibiales y extenderse a otros músculos.</translation>
    </message>
    <message>
        <source>Drink at least eight glasses of water a day and eat a well-rounded diet including fruit and vegetables. To rehydrate and replenish minerals and electrolytes, have sports drinks or bananas.</source>
        <translation>Bebe al menos ocho vasos de agua al día y sigue una dieta equilibrada que incluya fruta y verdura. Para rehidratarte y reponer minerales y electrolitos, toma bebidas deportivas o plátanos.</translation>
    </message>
    <message>
        <source>Did the cramp stay in your hamstring?</source>
        <translation>¿Se quedó el calambre en los isquiotibiales?</translation>
    </message>
    <message>
        <source>Muscle fatigue: it only causes cramping within the affected muscle, such as your hamstrings.</source>
        <translation>Fatiga muscular: solo causa calambres en el músculo afectado, como los isquiotibiales.</translation>
    </message>
    <message>
        <source>Progress your runs gradually to prevent muscle fatigue. Regular strength exercises for your hamstrings, such as bridges, deadlifts and knee curls, further reduce the risk.</source>
        <translation>Aumenta tus carreras poco a poco para prevenir la fatiga muscular. Los ejercicios de fuerza regulares para los isquiotibiales, como puentes, pesos muertos y curls femorales, reducen aún más el riesgo.</translation>
    </message>
    <message>
        <source>Was the weather hot?</source>
        <translation>¿Hacía calor?</translation>
    </message>
    <message>
        <source>Hot weather, which contributes to dehydration and electrolyte and mineral imbalances.</source>
        <translation>El calor, que contribuye a la deshidratación y a los desequilibrios de electrolitos y minerales.</translation>
    </message>
    <message>
        <source>Drink at least eight glasses of water a day. To rehydrate and replenish minerals and electrolytes, have sports drinks or bananas.</source>
        <translation>Bebe al menos ocho vasos de agua al día. Para rehidratarte y reponer minerales y electrolitos, toma bebidas deportivas o plátanos.</translation>
    </message>
    <message>
        <source>Did you drink little water that day?</source>
        <translation>¿Bebiste poca agua ese día?</translation>
    </message>
    <message>
        <source>Too little water during the day, which leads to dehydration.</source>
        <translation>Poca agua durante el día, lo que lleva a la deshidratación.</translation>
    </message>
    <message>
        <source>Drink at least eight glasses of water a day.</source>
        <translation>Bebe al menos ocho vasos de agua al día.</translation>
    </message>
    <message>
        <source>Had you drunk alcohol?</source>
        <translation>¿Habías bebido alcohol?</translation>
    </message>
    <message>
        <source>Alcohol, which contributes to dehydration and electrolyte and mineral imbalances.</source>
        <translation>El alcohol, que contribuye a la deshidratación y a los desequilibrios de electrolitos y minerales.</translation>
    </message>
    <message>
        <source>Drink at least eight glasses of water a day to reduce the risk of dehydration.</source>
        <translation>Bebe al menos ocho vasos de agua al día para reducir el riesgo de deshidratación.</translation>
    </message>
    <message>
        <source>Had you been eating poorly?</source>
        <translation>¿Habías comido mal?</translation>
    </message>
    <message>
        <source>A poor diet, which contributes to mineral and electrolyte imbalances.</source>
        <translation>Una mala alimentación, que contribuye a los desequilibrios de minerales y electrolitos.</translation>
    </message>
    <message>
        <source>Eat a well-rounded diet including fruit and vegetables.</source>
        <translation>Sigue una dieta equilibrada que incluya fruta y verdura.</translation>
    </message>
    <message>
        <source>Had you increased your pace or distance too quickly?</source>
        <translation>¿Habías aumentado el ritmo o la distancia demasiado rápido?</translation>
    </message>
    <message>
        <source>Increasing your pace or distance too quickly.</source>
        <translation>Aumentar el ritmo o la distancia demasiado rápido.</translation>
    </message>
    <message>
        <source>Progress your runs gradually.</source>
        <translation>Aumenta tus carreras poco a poco.</translation>
    </message>
    <message>
        <source>Had you been overtraining?</source>
        <translation>¿Habías entrenado en exceso?</translation>
    </message>
    <message>
        <source>Overtraining.</source>
        <translation>Sobreentrenamiento.</translation>
    </message>
    <message>
        <source>Progress your runs gradually to prevent muscle fatigue and overtraining.</source>
        <translation>Aumenta tus carreras poco a poco para prevenir la fatiga muscular y el sobreentrenamiento.</translation>
    </message>
    <message>
        <source>Are you out of condition for the running you do?</source>
        <translation>¿Te falta forma física para lo que corres?</translation>
    </message>
    <message>
        <source>Poor conditioning.</source>
        <translation>Mala forma física.</translation>
    </message>
    <message>
        <source>Progress your runs gradually, and do regular strength exercises for your hamstrings, such as bridges, deadlifts and knee curls.</source>
        <translation>Aumenta tus carreras poco a poco y haz con regularidad ejercicios de fuerza para los isquiotibiales, como puentes, pesos muertos y curls femorales.</translation>
    </message>
    <message>
        <source>Are your hamstrings tight or weak, or weaker than your quadriceps?</source>
        <translation>¿Tienes los isquiotibiales tensos o débiles, o más débiles que los cuádriceps?</translation>
    </message>
    <message>
        <source>Tight or weak hamstrings, or a strength imbalance between your hamstrings and quadriceps.</source>
        <translation>Isquiotibiales tensos o débiles, o un desequilibrio de fuerza entre los isquiotibiales y los cuádriceps.</translation>
    </message>
    <message>
        <source>Do regular strength exercises for your hamstrings, such as bridges, deadlifts and knee curls. Warm up before running and stretch afterward to keep your hamstrings loose.</source>
        <translation>Haz con regularidad ejercicios de fuerza para los isquiotibiales, como puentes, pesos muertos y curls femorales. Calienta antes de correr y estira después para mantener sueltos los isquiotibiales.</translation>
    </message>
</context>
<context>
    <name>CommandListener</name>
    <message>
        <source>Voice commands are off: pocketsphinx is not installed.</source>
        <extracomment>A cue&apos;s echo outlasts it for a moment: ignore this much audio after unmuting. Speech longer than this is never a command; its audio is dropped as it arrives. A microphone that is lost (or was not there) is looked for again after this long, then twice as long each time, up to the most (as speech looks for the sound server again). Input that stays louder than its noise floor this long cannot be cut into words: too noisy. What can be said over the app&apos;s voice (through an echo canceller): the commands that stop it. Anything else heard while it speaks is more likely what the canceller left of the voice. An echo canceller learns the room from the app&apos;s voice: until this much of it has played through the canceller, the listener is still muted while the app speaks. Measured: the first second of the first cue came through nearly whole (&quot;Stop running&quot; heard as &quot;stop&quot;); after it, 40-50 dB less.</extracomment>
        <translation>Los comandos de voz están desactivados: pocketsphinx no está instalado.</translation>
    </message>
    <message>
        <source>Voice commands are off: no microphone found.</source>
        <translation>Los comandos de voz están desactivados: no se ha encontrado ningún micrófono.</translation>
    </message>
    <message>
        <source>Voice commands are off: {error}.</source>
        <translation>Los comandos de voz están desactivados: {error}.</translation>
    </message>
    <message>
        <source>Voice commands are off: the microphone was lost ({detail}).</source>
        <translation>Los comandos de voz están desactivados: se ha perdido el micrófono ({detail}).</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>The seconds left in this step, drawn as a ring. It is not read out every second: the spoken time marks are announced.</source>
        <translation>Los segundos que quedan en este paso, dibujados como un anillo. No se leen cada segundo: se anuncian las marcas de tiempo habladas.</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
</context>
<context>
    <name>EpisodeDialog</name>
    <message>
        <source>Not recorded</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>It eased</source>
        <translation>Se alivió</translation>
    </message>
    <message>
        <source>Prolonged (still there after the last stretch)</source>
        <translation>Prolongado (seguía después del último estiramiento)</translation>
    </message>
    <message>
        <source>Stopped part-way</source>
        <translation>Interrumpida a medias</translation>
    </message>
    <message>
        <source>No answer given</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Suspected strain</source>
        <translation>Posible distensión</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>Edit episode</source>
        <translation>Editar episodio</translation>
    </message>
    <message>
        <source>Add a past episode</source>
        <translation>Añadir un episodio pasado</translation>
    </message>
    <message>
        <source>When it started</source>
        <translation>Cuándo empezó</translation>
    </message>
    <message>
        <source>Date and time of the cramp. Up and Down change the part the cursor is in.</source>
        <translation>Fecha y hora del calambre. Las flechas arriba y abajo cambian la parte donde está el cursor.</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Pierna</translation>
    </message>
    <message>
        <source>Which leg cramped.</source>
        <translation>Qué pierna tuvo el calambre.</translation>
    </message>
    <message>
        <source>Stretches done</source>
        <translation>Estiramientos hechos</translation>
    </message>
    <message>
        <source>How many stretches were done, 0 to %1.</source>
        <translation>Cuántos estiramientos se hicieron, de 0 a %1.</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <source>How the cramp ended.</source>
        <translation>Cómo terminó el calambre.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Anything to remember about this cramp.</source>
        <translation>Cualquier cosa que quieras recordar de este calambre.</translation>
    </message>
    <message>
        <source>Saves the episode. Press Enter.</source>
        <translation>Guarda el episodio. Pulsa Intro.</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Empezó:</translation>
    </message>
    <message>
        <source>Leg:</source>
        <translation>Pierna:</translation>
    </message>
    <message>
        <source>Stretches done:</source>
        <translation>Estiramientos hechos:</translation>
    </message>
    <message>
        <source>How it ended:</source>
        <translation>Cómo terminó:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>Exercise</name>
    <message>
        <source>%1 reps</source>
        <translation>%1 repeticiones</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>%1 reps each leg</source>
        <translation>%1 repeticiones con cada pierna</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>%1 days a week, not on consecutive days</source>
        <translation>%1 días a la semana, no en días seguidos</translation>
    </message>
    <message>
        <source>%1–%2 days a week, not on consecutive days</source>
        <translation>%1–%2 días a la semana, no en días seguidos</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>General guidance, not from the source article: %1</source>
        <translation>Orientación general, no del artículo de origen: %1</translation>
    </message>
    <message>
        <source>%1 cramp in the last %2 days</source>
        <translation>%1 calambre en los últimos %2 días</translation>
    </message>
    <message>
        <source>%1 cramps in the last %2 days</source>
        <translation>%1 calambres en los últimos %2 días</translation>
    </message>
    <message>
        <source>%1 cramp in the last %2 days still there after the third hold</source>
        <translation>%1 calambre en los últimos %2 días que seguía después del tercer estiramiento</translation>
    </message>
    <message>
        <source>%1 cramps in the last %2 days still there after the third hold</source>
        <translation>%1 calambres en los últimos %2 días que seguían después del tercer estiramiento</translation>
    </message>
    <message>
        <source>%1 (general guidance, not from the source article):</source>
        <translation>%1 (orientación general, no del artículo de origen):</translation>
    </message>
    <message>
        <source>Consult a physician about recurring and prolonged hamstring cramps (%1), to rule out an undiagnosed medical condition.</source>
        <translation>Consulta a un médico por los calambres recurrentes y prolongados en los isquiotibiales (%1), para descartar una enfermedad no diagnosticada.</translation>
    </message>
    <message>
        <source>Consult a physician about recurring hamstring cramps (%1), to rule out an undiagnosed medical condition.</source>
        <translation>Consulta a un médico por los calambres recurrentes en los isquiotibiales (%1), para descartar una enfermedad no diagnosticada.</translation>
    </message>
    <message>
        <source>Consult a physician about prolonged hamstring cramps (%1), to rule out an undiagnosed medical condition.</source>
        <translation>Consulta a un médico por los calambres prolongados en los isquiotibiales (%1), para descartar una enfermedad no diagnosticada.</translation>
    </message>
</context>
<context>
    <name>GuidedExercise</name>
    <message>
        <source>Set %1 of %2: %3 reps.</source>
        <translation>Serie %1 de %2: %3 repeticiones.</translation>
    </message>
    <message>
        <source>Set %1 of %2: hold for %3 seconds.</source>
        <translation>Serie %1 de %2: mantén %3 segundos.</translation>
    </message>
    <message>
        <source>Well done: all %1 sets.</source>
        <translation>Bien hecho: has completado las %1 series.</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Bien hecho.</translation>
    </message>
    <message>
        <source>Rest. Next set in %1 seconds.</source>
        <translation>Descansa. Siguiente serie en %1 segundos.</translation>
    </message>
    <message>
        <source>Release.</source>
        <translation>Suelta.</translation>
    </message>
    <message>
        <source>Hold.</source>
        <translation>Mantén.</translation>
    </message>
    <message>
        <source>Set %1 of %2: %3 reps each leg.</source>
        <translation>Serie %1 de %2: %3 repeticiones con cada pierna.</translation>
    </message>
    <message>
        <source>Left leg.</source>
        <translation>Pierna izquierda.</translation>
    </message>
    <message>
        <source>Switch to the right leg.</source>
        <translation>Cambia a la pierna derecha.</translation>
    </message>
    <message>
        <source>%1 minutes of easy movement, at a pace you can talk at.</source>
        <translation>%1 minutos de movimiento suave, a un ritmo al que puedas hablar.</translation>
    </message>
</context>
<context>
    <name>GuidedScreen</name>
    <message>
        <source>Time left in this set or rest</source>
        <translation>Tiempo restante de esta serie o descanso</translation>
    </message>
    <message>
        <source>Spoken cue</source>
        <translation>Indicación hablada</translation>
    </message>
    <message>
        <source>The words just spoken, for anyone who cannot hear them.</source>
        <translation>Las palabras que se acaban de decir, para quien no pueda oírlas.</translation>
    </message>
    <message>
        <source>End this set</source>
        <translation>Terminar esta serie</translation>
    </message>
    <message>
        <source>Press %1.</source>
        <translation>Pulsa %1.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Pauses or resumes the countdown. Press %1.</source>
        <translation>Pausa o reanuda la cuenta atrás. Pulsa %1.</translation>
    </message>
    <message>
        <source>Stop the exercise</source>
        <translation>Parar el ejercicio</translation>
    </message>
    <message>
        <source>Ends this exercise and goes back to the library. Press %1.</source>
        <translation>Termina este ejercicio y vuelve a la biblioteca. Pulsa %1.</translation>
    </message>
    <message>
        <source>Scroll the instructions</source>
        <translation>Desplazar las instrucciones</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Imagen: %1</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Serie %1 de %2</translation>
    </message>
    <message>
        <source>SET</source>
        <translation>SERIE</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>MANTÉN</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>DESCANSO</translation>
    </message>
    <message>
        <source>REP %1 OF %2</source>
        <translation>REPETICIÓN %1 DE %2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Repetición %1 de %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Skip the rest</source>
        <translation>Saltar el descanso</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Paused. Press %1 to resume.</source>
        <translation>En pausa. Pulsa %1 para reanudar.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Reanudado.</translation>
    </message>
    <message>
        <source>Easy movement</source>
        <translation>Movimiento suave</translation>
    </message>
    <message>
        <source>MOVE</source>
        <translation>MUÉVETE</translation>
    </message>
    <message>
        <source>SWITCH</source>
        <translation>CAMBIO</translation>
    </message>
    <message>
        <source>End the left leg</source>
        <translation>Terminar la pierna izquierda</translation>
    </message>
    <message>
        <source>Start the right leg</source>
        <translation>Empezar la pierna derecha</translation>
    </message>
    <message>
        <source>Switch to the right leg</source>
        <translation>Cambia a la pierna derecha</translation>
    </message>
    <message>
        <source>Left leg: rep %1 of %2</source>
        <translation>Pierna izquierda: repetición %1 de %2</translation>
    </message>
    <message>
        <source>Right leg: rep %1 of %2</source>
        <translation>Pierna derecha: repetición %1 de %2</translation>
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
        <translation>Tengo un calambre ahora</translation>
    </message>
    <message>
        <source>Start the cramp routine</source>
        <translation>Empezar la rutina del calambre</translation>
    </message>
    <message>
        <source>Guides you through first aid for a hamstring cramp, step by step. Press %1.</source>
        <translation>Te guía paso a paso en los primeros auxilios para un calambre en los isquiotibiales. Pulsa %1.</translation>
    </message>
    <message>
        <source>Press %1 to start. The app tells you what to do, step by step.</source>
        <translation>Pulsa %1 para empezar. La aplicación te dice qué hacer, paso a paso.</translation>
    </message>
    <message>
        <source>Exercise library</source>
        <translation>Biblioteca de ejercicios</translation>
    </message>
    <message>
        <source>Exercises that help prevent the next cramp. Press %1.</source>
        <translation>Ejercicios que ayudan a prevenir el próximo calambre. Pulsa %1.</translation>
    </message>
    <message>
        <source>Scroll the instructions</source>
        <translation>Desplazar las instrucciones</translation>
    </message>
    <message>
        <source>Prevention plan</source>
        <translation>Plan de prevención</translation>
    </message>
    <message>
        <source>What helps prevent hamstring cramps. Press %1.</source>
        <translation>Lo que ayuda a prevenir los calambres en los isquiotibiales. Pulsa %1.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Your past cramps and their likely causes. Press %1.</source>
        <translation>Tus calambres anteriores y sus causas probables. Pulsa %1.</translation>
    </message>
</context>
<context>
    <name>JournalController</name>
    <message>
        <source>Left out of the journal, as they cannot be read: %1</source>
        <translation>Omitido del diario, porque no se puede leer: %1</translation>
    </message>
    <message>
        <source>From the exercise library (%2): %1</source>
        <translation>De la biblioteca de ejercicios (%2): %1</translation>
    </message>
    <message>
        <source>Likely contributors</source>
        <translation>Factores probables</translation>
    </message>
    <message>
        <source>Likely contributors (not a diagnosis):</source>
        <translation>Factores probables (no es un diagnóstico):</translation>
    </message>
    <message>
        <source>Deleted the episode of %1. %2 undoes it.</source>
        <translation>Se borró el episodio del %1. %2 lo deshace.</translation>
    </message>
    <message>
        <source>The episode is back.</source>
        <translation>Se ha recuperado el episodio.</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Exportar el diario</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported the journal to %1</source>
        <translation>Diario exportado a %1</translation>
    </message>
</context>
<context>
    <name>JournalDialogs</name>
    <message>
        <source>Closes without saving. Press Escape.</source>
        <translation>Cierra sin guardar. Pulsa Esc.</translation>
    </message>
</context>
<context>
    <name>JournalScreen</name>
    <message>
        <source>It eased</source>
        <translation>Se alivió</translation>
    </message>
    <message>
        <source>Prolonged (still there after the last stretch)</source>
        <translation>Prolongado (seguía después del último estiramiento)</translation>
    </message>
    <message>
        <source>Stopped part-way</source>
        <translation>Interrumpida a medias</translation>
    </message>
    <message>
        <source>No answer given</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Suspected strain</source>
        <translation>Posible distensión</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Pierna</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <source>Likely contributors</source>
        <translation>Factores probables</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Cramp journal</source>
        <translation>Diario de calambres</translation>
    </message>
    <message>
        <source>No episodes yet. Each cramp routine you run is saved here by itself.</source>
        <translation>Aún no hay episodios. Cada rutina de calambre que hagas se guarda aquí automáticamente.</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>One row per cramp. Up and Down choose one; Enter edits it.</source>
        <translation>Una fila por calambre. Las flechas arriba y abajo eligen uno; Intro lo edita.</translation>
    </message>
    <message>
        <source>Scroll the episodes</source>
        <translation>Desplazar los episodios</translation>
    </message>
    <message>
        <source>Add a past episode</source>
        <translation>Añadir un episodio pasado</translation>
    </message>
    <message>
        <source>Press %1.</source>
        <translation>Pulsa %1.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edits the chosen episode. Press %1.</source>
        <translation>Edita el episodio elegido. Pulsa %1.</translation>
    </message>
    <message>
        <source>Why did it happen?</source>
        <translation>¿Por qué pasó?</translation>
    </message>
    <message>
        <source>A few questions about what led to the chosen cramp. Press %1.</source>
        <translation>Unas preguntas sobre qué llevó al calambre elegido. Pulsa %1.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Deletes the chosen episode; %1 brings it back. Press %2.</source>
        <translation>Borra el episodio elegido; %1 lo recupera. Pulsa %2.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Saves the journal as CSV or JSON. Press %1.</source>
        <translation>Guarda el diario como CSV o JSON. Pulsa %1.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>Stopped by a cramp</source>
        <translation>Interrumpida por un calambre</translation>
    </message>
    <message>
        <source>Prevention sessions</source>
        <translation>Sesiones de prevención</translation>
    </message>
    <message>
        <source>One row per prevention session, complete or not, newest first.</source>
        <translation>Una fila por sesión de prevención, completa o no, la más reciente primero.</translation>
    </message>
    <message>
        <source>Scroll the prevention sessions</source>
        <translation>Desplazar las sesiones de prevención</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Goes back to the first screen. Press %1.</source>
        <translation>Vuelve a la primera pantalla. Pulsa %1.</translation>
    </message>
    <message>
        <source>Scroll the journal</source>
        <translation>Desplazar el diario</translation>
    </message>
    <message>
        <source>The journal is unavailable: %1. What you save is kept and written as soon as the journal can be written again.</source>
        <translation>El diario no está disponible: %1. Lo que guardes se conserva y se escribirá en cuanto se pueda volver a escribir en el diario.</translation>
    </message>
    <message>
        <source>Likely contributors so far: %1</source>
        <translation>Factores probables hasta ahora: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2 planned prevention sessions this week</source>
        <translation>%1 de %2 sesiones de prevención previstas esta semana</translation>
    </message>
    <message>
        <source>No prevention sessions yet: start one from the library.</source>
        <translation>Aún no hay sesiones de prevención: empieza una desde la biblioteca.</translation>
    </message>
    <message>
        <source>1 prevention session this week</source>
        <translation>1 sesión de prevención esta semana</translation>
    </message>
    <message>
        <source>%1 prevention sessions this week</source>
        <translation>%1 sesiones de prevención esta semana</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Calambres</translation>
    </message>
    <message>
        <source>Cramps and prevention sessions per week, last 12 weeks</source>
        <translation>Calambres y sesiones de prevención por semana, últimas 12 semanas</translation>
    </message>
    <message>
        <source>Chart of episodes per week</source>
        <translation>Gráfico de episodios por semana</translation>
    </message>
    <message>
        <source>week of %1: %2</source>
        <translation>semana del %1: %2</translation>
    </message>
    <message>
        <source>No prevention sessions in the last %1 weeks.</source>
        <translation>Ninguna sesión de prevención en las últimas %1 semanas.</translation>
    </message>
    <message>
        <source>Prevention sessions in the last %1 weeks: %2.</source>
        <translation>Sesiones de prevención en las últimas %1 semanas: %2.</translation>
    </message>
    <message>
        <source>No episodes in the last %1 weeks.</source>
        <translation>No hay episodios en las últimas %1 semanas.</translation>
    </message>
    <message>
        <source>Episodes in the last %1 weeks: %2.</source>
        <translation>Episodios en las últimas %1 semanas: %2.</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retroceso</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Minus</source>
        <translation>Menos</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>%1 of your session files could not be read and were skipped: %2</source>
        <translation>%1 de tus archivos de sesiones no se pudieron leer y se omitieron: %2</translation>
    </message>
    <message>
        <source>%1 of your exercise files could not be read and were skipped: %2</source>
        <translation>No se pudieron leer %1 de tus archivos de ejercicios y se omitieron: %2</translation>
    </message>
    <message>
        <source>The session %1 is not read yet: try again in a moment.</source>
        <translation>La sesión %1 aún no se ha leído: inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>No hay ninguna sesión %1.</translation>
    </message>
    <message>
        <source>The session %1 needs the exercise %2, which is not in the library.</source>
        <translation>La sesión %1 necesita el ejercicio %2, que no está en la biblioteca.</translation>
    </message>
</context>
<context>
    <name>LibraryScreen</name>
    <message>
        <source>Good for:</source>
        <translation>Sirve para:</translation>
    </message>
    <message>
        <source>Hamstring strength</source>
        <translation>Fuerza de los isquiotibiales</translation>
    </message>
    <message>
        <source>Hamstring/quadriceps balance</source>
        <translation>Equilibrio isquiotibiales/cuádriceps</translation>
    </message>
    <message>
        <source>Staying loose</source>
        <translation>Mantener los músculos sueltos</translation>
    </message>
    <message>
        <source>Search by name (%1)</source>
        <translation>Buscar por nombre (%1)</translation>
    </message>
    <message>
        <source>Search exercises</source>
        <translation>Buscar ejercicios</translation>
    </message>
    <message>
        <source>Shows only the exercises whose name has these words. Press %1.</source>
        <translation>Muestra solo los ejercicios cuyo nombre tiene estas palabras. Pulsa %1.</translation>
    </message>
    <message>
        <source>Filter by goal</source>
        <translation>Filtrar por objetivo</translation>
    </message>
    <message>
        <source>Shows only the exercises for one goal.</source>
        <translation>Muestra solo los ejercicios de un objetivo.</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Todos los objetivos</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Up and Down choose an exercise; Enter starts its guided set.</source>
        <translation>Las flechas arriba y abajo eligen un ejercicio; Intro empieza su serie guiada.</translation>
    </message>
    <message>
        <source>Scroll the exercises</source>
        <translation>Desplazar los ejercicios</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Up and Down choose a session; Enter starts it, exercise after exercise.</source>
        <translation>Arriba y Abajo eligen una sesión; Intro la empieza, ejercicio tras ejercicio.</translation>
    </message>
    <message>
        <source>Scroll the sessions</source>
        <translation>Desplazar las sesiones</translation>
    </message>
    <message>
        <source>No exercise matches.</source>
        <translation>Ningún ejercicio coincide.</translation>
    </message>
    <message>
        <source>Show the skipped files</source>
        <translation>Mostrar los archivos omitidos</translation>
    </message>
    <message>
        <source>Skipped files</source>
        <translation>Archivos omitidos</translation>
    </message>
    <message>
        <source>Your exercise files that could not be read, and why.</source>
        <translation>Tus archivos de ejercicios que no se pudieron leer, y por qué.</translation>
    </message>
    <message>
        <source>General guidance, not from the source article:</source>
        <translation>Orientación general, no del artículo de origen:</translation>
    </message>
    <message>
        <source>Start guided set</source>
        <translation>Empezar serie guiada</translation>
    </message>
    <message>
        <source>Guides you through the chosen exercise, set by set. Press %1.</source>
        <translation>Te guía por el ejercicio elegido, serie a serie. Pulsa %1.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Goes back to the first screen. Press %1.</source>
        <translation>Vuelve a la primera pantalla. Pulsa %1.</translation>
    </message>
    <message>
        <source>Exercise details</source>
        <translation>Detalles del ejercicio</translation>
    </message>
    <message>
        <source>How to do the chosen exercise. The arrow keys scroll.</source>
        <translation>Cómo hacer el ejercicio elegido. Las flechas desplazan el texto.</translation>
    </message>
    <message>
        <source>Scroll the exercise details</source>
        <translation>Desplazar los detalles del ejercicio</translation>
    </message>
    <message>
        <source>Reading your own exercises…</source>
        <translation>Leyendo tus propios ejercicios…</translation>
    </message>
    <message>
        <source>%1 of your exercise files were skipped.</source>
        <translation>Se omitieron %1 de tus archivos de ejercicios.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>  (yours)</source>
        <translation>  (tuyo)</translation>
    </message>
    <message>
        <source>1 exercise</source>
        <translation>1 ejercicio</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 ejercicios</translation>
    </message>
    <message>
        <source>Lists the single exercises again.</source>
        <translation>Vuelve a mostrar los ejercicios sueltos.</translation>
    </message>
    <message>
        <source>Lists the sessions: several exercises in a row, guided end to end.</source>
        <translation>Muestra las sesiones: varios ejercicios seguidos, guiados de principio a fin.</translation>
    </message>
    <message>
        <source>Your own session, from %1</source>
        <translation>Tu propia sesión, de %1</translation>
    </message>
    <message>
        <source>%1 s to get ready, %2 s rest between exercises</source>
        <translation>%1 s para prepararte, %2 s de descanso entre ejercicios</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Empezar la sesión</translation>
    </message>
    <message>
        <source>Guides you through the chosen session, exercise after exercise. Press %1.</source>
        <translation>Te guía por la sesión elegida, ejercicio tras ejercicio. Pulsa %1.</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Imagen: %1</translation>
    </message>
    <message>
        <source>Your own exercise, from %1</source>
        <translation>Tu propio ejercicio, de %1</translation>
    </message>
    <message>
        <source>, %1 s rest between sets</source>
        <translation>, %1 s de descanso entre series</translation>
    </message>
    <message>
        <source>From the source article: %1</source>
        <translation>Del artículo de origen: %1</translation>
    </message>
    <message>
        <source>Common mistakes:</source>
        <translation>Errores frecuentes:</translation>
    </message>
    <message>
        <source>Don&apos;t do it:</source>
        <translation>No lo hagas:</translation>
    </message>
    <message>
        <source>How often: %1</source>
        <translation>Con qué frecuencia: %1</translation>
    </message>
    <message>
        <source>Basis of this guidance: %1</source>
        <translation>Base de estas indicaciones: %1</translation>
    </message>
</context>
<context>
    <name>ListeningIndicator</name>
    <message>
        <source>Speaking…</source>
        <translation>Hablando…</translation>
    </message>
    <message>
        <source>● Listening</source>
        <translation>● Escuchando</translation>
    </message>
    <message>
        <source>Voice commands wait while the app speaks.</source>
        <translation>Los comandos de voz esperan mientras la app habla.</translation>
    </message>
    <message>
        <source>Voice commands are on: say a command.</source>
        <translation>Los comandos de voz están activados: di un comando.</translation>
    </message>
    <message>
        <source>Listening for voice commands.</source>
        <translation>Escuchando comandos de voz.</translation>
    </message>
    <message>
        <source>Voice commands on</source>
        <translation>Comandos de voz activados</translation>
    </message>
    <message>
        <source>Starting to listen…</source>
        <translation>Empezando a escuchar…</translation>
    </message>
    <message>
        <source>Voice commands starting</source>
        <translation>Comandos de voz iniciándose</translation>
    </message>
    <message>
        <source>Not listening</source>
        <translation>Sin escuchar</translation>
    </message>
    <message>
        <source>Voice commands off</source>
        <translation>Comandos de voz desactivados</translation>
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
        <translation>Tengo un calambre ahora</translation>
    </message>
    <message>
        <source>Starts the cramp routine at once, from any screen. Press %1.</source>
        <translation>Empieza la rutina del calambre al momento, desde cualquier pantalla. Pulsa %1.</translation>
    </message>
    <message>
        <source>Voice commands are back.</source>
        <translation>Los comandos de voz vuelven a funcionar.</translation>
    </message>
    <message>
        <source>The journal can be written again; what was kept meanwhile is saved.</source>
        <translation>Ya se puede volver a escribir en el diario; lo que se conservó mientras tanto está guardado.</translation>
    </message>
    <message>
        <source>Sound is back.</source>
        <translation>El sonido ha vuelto.</translation>
    </message>
    <message>
        <source>A routine or a session is running: finish it first.</source>
        <translation>Hay una rutina o una sesión en curso: termínala primero.</translation>
    </message>
    <message>
        <source>Stopped before anything happened: not saved in the journal, and not counted as a cramp. Was it one? %1 saves it.</source>
        <translation>Detenida antes de que pasara nada: no se ha guardado en el diario ni cuenta como calambre. ¿Lo era? %1 lo guarda.</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Sonido activado</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Sonido desactivado</translation>
    </message>
    <message>
        <source>Hands-free on</source>
        <translation>Manos libres activado</translation>
    </message>
    <message>
        <source>Hands-free off</source>
        <translation>Manos libres desactivado</translation>
    </message>
    <message>
        <source>The journal is not available.</source>
        <translation>El diario no está disponible.</translation>
    </message>
    <message>
        <source>Saved in the journal.</source>
        <translation>Guardado en el diario.</translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <translation>Tamaño del texto: %1 %</translation>
    </message>
    <message>
        <source>The language will change when this routine or set ends.</source>
        <translation>El idioma cambiará cuando termine esta rutina o esta serie.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Cerrar este aviso</translation>
    </message>
    <message>
        <source>Hides the message above. Press Enter or Space.</source>
        <translation>Oculta el mensaje de arriba. Pulsa Intro o Espacio.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <source>Reminders are off.</source>
        <translation>Los recordatorios están desactivados.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Your plan</source>
        <translation>Tu plan</translation>
    </message>
    <message>
        <source>General guidance for strength work: 2 to 3 days a week, with a rest day between (for example Monday and Thursday). Not medical advice.</source>
        <translation>Orientación general para el trabajo de fuerza: 2 a 3 días por semana, con un día de descanso entre ellos (por ejemplo, lunes y jueves). No es consejo médico.</translation>
    </message>
    <message>
        <source>A planned session on this day. Space ticks or clears it.</source>
        <translation>Una sesión planificada este día. La barra espaciadora la marca o desmarca.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>When the planned session starts.</source>
        <translation>Cuándo empieza la sesión planificada.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Which session is planned.</source>
        <translation>Qué sesión está planificada.</translation>
    </message>
    <message>
        <source>Remind me at this time (a desktop notification)</source>
        <translation>Recuérdamelo a esta hora (una notificación del escritorio)</translation>
    </message>
    <message>
        <source>Keep Cramp Coach in the system tray when its window closes</source>
        <translation>Mantener Cramp Coach en la bandeja del sistema al cerrar su ventana</translation>
    </message>
    <message>
        <source>Start Cramp Coach when I log in</source>
        <translation>Iniciar Cramp Coach al iniciar sesión</translation>
    </message>
    <message>
        <source>Print this plan as a log to fill in, on a second page of the routine sheet</source>
        <translation>Imprimir este plan como registro para rellenar, en una segunda página de la hoja de la rutina</translation>
    </message>
    <message>
        <source>Space turns it on or off; kept at once.</source>
        <translation>La barra espaciadora lo activa o desactiva; se guarda al momento.</translation>
    </message>
</context>
<context>
    <name>PlanNames</name>
    <message>
        <source>Strength A and B by turns</source>
        <translation>Fuerza A y B alternas</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Time for %1</source>
        <translation>Es la hora de %1</translation>
    </message>
    <message>
        <source>Your planned prevention session: hamstring strength work helps prevent cramps.</source>
        <translation>Tu sesión de prevención planificada: el trabajo de fuerza de los isquiotibiales ayuda a prevenir los calambres.</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>hoy %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>mañana %1</translation>
    </message>
    <message>
        <source>No day planned.</source>
        <translation>Ningún día planificado.</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Próxima: %1, %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3.</source>
        <translation>%1 a las %2: %3.</translation>
    </message>
</context>
<context>
    <name>Pocket</name>
    <message>
        <source>Your own exercise</source>
        <translation>Ejercicio propio</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Works without a network. Not medical advice.</source>
        <translation>Funciona sin conexión. No es consejo médico.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Stretches will be held for %1 seconds.</source>
        <translation>Los estiramientos se mantendrán %1 segundos.</translation>
    </message>
</context>
<context>
    <name>PreventionScreen</name>
    <message>
        <source>Show: %1</source>
        <translation>Ver: %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Ver %1</translation>
    </message>
    <message>
        <source>Opens this exercise in the exercise library. Press Enter.</source>
        <translation>Abre este ejercicio en la biblioteca de ejercicios. Pulsa Intro.</translation>
    </message>
    <message>
        <source>Prevention plan</source>
        <translation>Plan de prevención</translation>
    </message>
    <message>
        <source>What helps prevent the next cramp. Page Down, Page Up and the arrows scroll.</source>
        <translation>Lo que ayuda a prevenir el próximo calambre. Av Pág, Re Pág y las flechas desplazan el texto.</translation>
    </message>
    <message>
        <source>Scroll the prevention plan</source>
        <translation>Desplazar el plan de prevención</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Goes back to the first screen. Press %1.</source>
        <translation>Vuelve a la primera pantalla. Pulsa %1.</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code of the address</source>
        <translation>Código QR de la dirección</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>Missed while Cramp Coach was closed: %1, %2.</source>
        <translation>Perdido mientras Cramp Coach estaba cerrado: %1, %2.</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>No desktop notifications (%1): reminders show here in the window.</source>
        <translation>Sin notificaciones del escritorio (%1): los recordatorios aparecen aquí en la ventana.</translation>
    </message>
    <message>
        <source>No system tray on this desktop: Cramp Coach shows no tray icon, and closing the window quits it.</source>
        <translation>Este escritorio no tiene bandeja del sistema: Cramp Coach no muestra icono en ella, y cerrar la ventana lo cierra.</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <source>Next reminder: %1</source>
        <translation>Próximo recordatorio: %1</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>Sin recordatorios</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>press Enter</source>
        <comment>{ready}/{better} without voice</comment>
        <translation>pulsa Intro</translation>
    </message>
    <message>
        <source>say ready</source>
        <comment>{ready}: the command word &apos;ready&apos; stays English</comment>
        <translation>di «ready»</translation>
    </message>
    <message>
        <source>say better</source>
        <comment>{better}: the command word &apos;better&apos; stays English</comment>
        <translation>di «better»</translation>
    </message>
    <message>
        <source>say injury</source>
        <comment>{injury}: the command word &apos;injury&apos; stays English</comment>
        <translation>di «injury»</translation>
    </message>
    <message>
        <source>press I</source>
        <comment>{injury} without voice</comment>
        <translation>pulsa I</translation>
    </message>
</context>
<context>
    <name>RoutineScreen</name>
    <message>
        <source>Paused: press Space to resume</source>
        <translation>En pausa: pulsa Espacio para reanudar</translation>
    </message>
    <message>
        <source>Time left in this step</source>
        <translation>Tiempo restante de este paso</translation>
    </message>
    <message>
        <source>Why did it happen?</source>
        <translation>¿Por qué pasó?</translation>
    </message>
    <message>
        <source>A few questions about what led to this cramp. Press %1.</source>
        <translation>Unas preguntas sobre qué llevó a este calambre. Pulsa %1.</translation>
    </message>
    <message>
        <source>Spoken cue</source>
        <translation>Indicación hablada</translation>
    </message>
    <message>
        <source>The words just spoken, for anyone who cannot hear them.</source>
        <translation>Las palabras que se acaban de decir, para quien no pueda oírlas.</translation>
    </message>
    <message>
        <source>Still cramping</source>
        <translation>Sigue el calambre</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Press %1.</source>
        <translation>Pulsa %1.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pauses or resumes the countdown. Press %1.</source>
        <translation>Pausa o reanuda la cuenta atrás. Pulsa %1.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Goes back one step. Press %1.</source>
        <translation>Vuelve un paso atrás. Pulsa %1.</translation>
    </message>
    <message>
        <source>The cramp came back</source>
        <translation>El calambre ha vuelto</translation>
    </message>
    <message>
        <source>Which leg?</source>
        <translation>¿Qué pierna?</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>The cramp is in this leg (for the journal). Press %1.</source>
        <translation>El calambre está en esta pierna (para el diario). Pulsa %1.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Returns to the stretch. Press %1.</source>
        <translation>Vuelve al estiramiento. Pulsa %1.</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Parar la rutina</translation>
    </message>
    <message>
        <source>Ends the routine at once. Press %1.</source>
        <translation>Termina la rutina en el acto. Pulsa %1.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>The Up and Down keys scroll these words.</source>
        <translation>Las flechas arriba y abajo desplazan este texto.</translation>
    </message>
    <message>
        <source>Scroll the instructions</source>
        <translation>Desplazar las instrucciones</translation>
    </message>
    <message>
        <source>Turns this on or off. Press %1.</source>
        <translation>Lo activa o desactiva. Pulsa %1.</translation>
    </message>
    <message>
        <source>Leg:</source>
        <translation>Pierna:</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Repetición %1 de %2</translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <translation>SIN EMPEZAR</translation>
    </message>
    <message>
        <source>Goes on without the ice.</source>
        <translation>Sigue sin el hielo.</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Imagen del estiramiento</translation>
    </message>
    <message>
        <source>General guidance, not from the source article: %1</source>
        <translation>Orientación general, no del artículo de origen: %1</translation>
    </message>
    <message>
        <source>General guidance, not from the source article.</source>
        <translation>Orientación general, no del artículo de origen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>PREPÁRATE</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>MANTÉN</translation>
    </message>
    <message>
        <source>ANSWER IN</source>
        <translation>RESPONDE EN</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Paused: say resume or press Space</source>
        <translation>En pausa: di «resume» o pulsa Espacio</translation>
    </message>
    <message>
        <source>Paused with %1 left. Press %2 to resume.</source>
        <translation>En pausa, quedan %1. Pulsa %2 para reanudar.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Reanudado.</translation>
    </message>
    <message>
        <source>%1 minutes %2 seconds</source>
        <translation>%1 minutos %2 segundos</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>could be an injury: no stretching</source>
        <translation>podría ser una lesión: sin estiramientos</translation>
    </message>
    <message>
        <source>the cramp eased after 1 stretch</source>
        <translation>el calambre se alivió tras 1 estiramiento</translation>
    </message>
    <message>
        <source>the cramp eased after %1 stretches</source>
        <translation>el calambre se alivió tras %1 estiramientos</translation>
    </message>
    <message>
        <source>still cramping after %1 stretches</source>
        <translation>sigue el calambre tras %1 estiramientos</translation>
    </message>
    <message>
        <source>stopped after 1 stretch</source>
        <translation>detenida tras 1 estiramiento</translation>
    </message>
    <message>
        <source>stopped after %1 stretches</source>
        <translation>detenida tras %1 estiramientos</translation>
    </message>
    <message>
        <source>no answer after 1 stretch</source>
        <translation>sin respuesta tras 1 estiramiento</translation>
    </message>
    <message>
        <source>no answer after %1 stretches</source>
        <translation>sin respuesta tras %1 estiramientos</translation>
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
        <translation>Rutina parada después de %1 de %2 estiramientos.</translation>
    </message>
    <message>
        <source>Heard something that was not an answer: with no answer, the injury steps follow.</source>
        <translation>Se oyó algo que no era una respuesta: sin respuesta, siguen los pasos para una lesión.</translation>
    </message>
    <message>
        <source>It&apos;s too noisy to hear you: press Enter or say it louder</source>
        <translation>Hay demasiado ruido para oírte: pulsa Intro o dilo más alto</translation>
    </message>
    <message>
        <source>Heard: %1</source>
        <translation>Oído: %1</translation>
    </message>
    <message>
        <source>Paused. Say resume to go on, or press Escape to end the routine.</source>
        <translation>En pausa. Di «resume» para seguir, o pulsa Escape para terminar la rutina.</translation>
    </message>
    <message>
        <source>Say skip again to end this stretch early.</source>
        <translation>Di «skip» otra vez para terminar antes este estiramiento.</translation>
    </message>
</context>
<context>
    <name>SafetyNet</name>
    <message>
        <source>Something went wrong (%1). Cramp Coach carries on; the details are in %2.</source>
        <translation>Algo salió mal (%1). Cramp Coach sigue funcionando; los detalles están en %2.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Cramp Coach carries on; the details could not be written to %2 (%3).</source>
        <translation>Algo salió mal (%1). Cramp Coach sigue funcionando; no se pudieron escribir los detalles en %2 (%3).</translation>
    </message>
</context>
<context>
    <name>SendToPhone</name>
    <message>
        <source>Making the phone page…</source>
        <translation>Creando la página para el teléfono…</translation>
    </message>
    <message>
        <source>The phone page could not be made: %1</source>
        <translation>No se pudo crear la página para el teléfono: %1</translation>
    </message>
</context>
<context>
    <name>SendToPhoneDialog</name>
    <message>
        <source>Send to phone</source>
        <translation>Enviar al teléfono</translation>
    </message>
    <message>
        <source>Scan the code with the phone&apos;s camera, on the same Wi-Fi network: the routine opens as one page. To have it without a network, save the page on the phone (its browser&apos;s Share or Download): served over the local network, the browser does not keep it offline by itself. Only that page is served: your journal never leaves this computer.</source>
        <translation>Escanea el código con la cámara del móvil, en la misma red wifi: la rutina se abre como una sola página. Para tenerla sin red, guarda la página en el móvil (Compartir o Descargar en su navegador): servida por la red local, el navegador no la guarda sin conexión por sí solo. Solo se sirve esa página: tu diario nunca sale de este ordenador.</translation>
    </message>
    <message>
        <source>This computer is on no local network, so a phone cannot open this address. Write the page to a file instead (cramp-coach pocket -o cramp.html) and copy it to the phone.</source>
        <translation>Este ordenador no está en ninguna red local, así que un teléfono no puede abrir esta dirección. Guarda la página en un archivo (cramp-coach pocket -o cramp.html) y cópiala al teléfono.</translation>
    </message>
    <message>
        <source>Address of the page</source>
        <translation>Dirección de la página</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stops serving the page now.</source>
        <translation>Deja de ofrecer la página ahora.</translation>
    </message>
    <message>
        <source>Stopped: the page is no longer served.</source>
        <translation>Parado: la página ya no se ofrece.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Stops by itself in %1:%2</source>
        <translation>Se detiene sola en %1:%2</translation>
    </message>
</context>
<context>
    <name>SessionPlayer</name>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Ejercicio %1 de %2</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Rest before the next exercise</source>
        <translation>Descanso antes del siguiente ejercicio</translation>
    </message>
    <message>
        <source>All %1 exercises done</source>
        <translation>Los %1 ejercicios hechos</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Serie %1 de %2</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Repetición %1 de %2</translation>
    </message>
    <message>
        <source>Get ready: %1. First, %2: %3. Starting in %4 seconds.</source>
        <translation>Prepárate: %1. Primero, %2: %3. Empieza en %4 segundos.</translation>
    </message>
    <message>
        <source>Rest. Next, %1: %2. Starting in %3 seconds.</source>
        <translation>Descansa. Después, %1: %2. Empieza en %3 segundos.</translation>
    </message>
    <message>
        <source>Session done: all %1 exercises.</source>
        <translation>Sesión terminada: los %1 ejercicios.</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Which exercise, set, leg and rep of the session this is.</source>
        <translation>Qué ejercicio, serie, pierna y repetición de la sesión toca ahora.</translation>
    </message>
    <message>
        <source>Previous exercise</source>
        <translation>Ejercicio anterior</translation>
    </message>
    <message>
        <source>Skip exercise</source>
        <translation>Saltar ejercicio</translation>
    </message>
    <message>
        <source>Back to the start of this exercise, or the one before. Press %1.</source>
        <translation>Vuelve al principio de este ejercicio o al anterior. Pulsa %1.</translation>
    </message>
    <message>
        <source>Goes on to the next exercise. Press %1.</source>
        <translation>Pasa al siguiente ejercicio. Pulsa %1.</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>Ends the session here (what you did is kept in the journal). Press %1.</source>
        <translation>Termina la sesión aquí (lo que hiciste queda en el diario). Pulsa %1.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>PREPÁRATE</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>DESCANSO</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Después: %1</translation>
    </message>
    <message>
        <source>Start the exercise now</source>
        <translation>Empezar el ejercicio ya</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Volver a la biblioteca</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>Hold each stretch for</source>
        <translation>Mantener cada estiramiento durante</translation>
    </message>
    <message>
        <source>The source article advises holding each stretch for %1 seconds.</source>
        <translation>El artículo de origen aconseja mantener cada estiramiento %1 segundos.</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Estiramiento</translation>
    </message>
    <message>
        <source>Hold each stretch for:</source>
        <translation>Mantener cada estiramiento:</translation>
    </message>
    <message>
        <source>Speak the cues (M)</source>
        <translation>Decir las indicaciones en voz alta (M)</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Default voice</source>
        <translation>Voz predeterminada</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> palabras por minuto</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>Velocidad de habla</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Announce time marks (&quot;ten seconds&quot;, &quot;three, two, one&quot;)</source>
        <translation>Anunciar marcas de tiempo («diez segundos», «tres, dos, uno»)</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Voz:</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volumen:</translation>
    </message>
    <message>
        <source> cramps</source>
        <translation> calambres</translation>
    </message>
    <message>
        <source>Cramps that count as recurring</source>
        <translation>Calambres que cuentan como recurrentes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Within this many days</source>
        <translation>En este número de días</translation>
    </message>
    <message>
        <source>Journal: when to suggest seeing a physician</source>
        <translation>Diario: cuándo sugerir consultar a un médico</translation>
    </message>
    <message>
        <source>Recurring means at least:</source>
        <translation>Recurrente significa al menos:</translation>
    </message>
    <message>
        <source>within:</source>
        <translation>en:</translation>
    </message>
    <message>
        <source>A prolonged cramp always counts.</source>
        <translation>Un calambre prolongado siempre cuenta.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the app, the routine, the library, the sheet and the voice</source>
        <translation>El idioma de la aplicación, la rutina, la biblioteca, la hoja y la voz</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light, dark, or high contrast; or as the system</source>
        <translation>Claro, oscuro o alto contraste; o como el sistema</translation>
    </message>
    <message>
        <source>Language and looks</source>
        <translation>Idioma y aspecto</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
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
        <translation>%1 s: el tiempo que elegiste en Cramp Coach (el artículo de origen dice %2 s).</translation>
    </message>
    <message>
        <source>General guidance, not from the source article</source>
        <translation>Orientación general, no del artículo de origen</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Impresa el %1</translation>
    </message>
    <message>
        <source>Cramp Coach</source>
        <translation>Cramp Coach</translation>
    </message>
    <message>
        <source>Scan: the routine on your phone</source>
        <translation>Escanea: la rutina en tu teléfono</translation>
    </message>
    <message>
        <source>When a cramp strikes</source>
        <translation>Cuando llega un calambre</translation>
    </message>
    <message>
        <source>Prevention exercises</source>
        <translation>Ejercicios de prevención</translation>
    </message>
    <message>
        <source>My prevention log</source>
        <translation>Mi registro de prevención</translation>
    </message>
    <message>
        <source>No day planned yet: choose days on the plan screen.</source>
        <translation>Aún no hay días planificados: elige los días en el plan de la aplicación.</translation>
    </message>
    <message>
        <source>Tick each session done and note the sets and reps; count the cramps of each week beside it, to see whether the plan helps.</source>
        <translation>Marca cada sesión hecha y anota las series y repeticiones; cuenta al lado los calambres de cada semana, para ver si el plan ayuda.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Sets and reps, how it went</source>
        <translation>Series y repeticiones, cómo fue</translation>
    </message>
    <message>
        <source>Cramps this week</source>
        <translation>Calambres esta semana</translation>
    </message>
    <message>
        <source>Cramp Coach gives general information from its source article, not medical advice. If you are unsure, or it hurts, ask a doctor.</source>
        <translation>Cramp Coach da información general de su artículo de origen, no consejo médico. Si tienes dudas, o te duele, pregunta a un médico.</translation>
    </message>
    <message>
        <source>→ see “%1” below</source>
        <translation>→ mira «%1» más abajo</translation>
    </message>
</context>
<context>
    <name>SheetController</name>
    <message>
        <source>The sheet could not be sent to the printer.</source>
        <translation>No se pudo enviar la hoja a la impresora.</translation>
    </message>
    <message>
        <source>Export the routine sheet</source>
        <translation>Exportar la hoja de la rutina</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the sheet…</source>
        <translation>Escribiendo la hoja…</translation>
    </message>
    <message>
        <source>The sheet could not be written.</source>
        <translation>No se pudo escribir la hoja.</translation>
    </message>
    <message>
        <source>Wrote the sheet to %1</source>
        <translation>Hoja guardada en %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Each key, and what it does. Press Enter or Esc to close.</source>
        <translation>Cada tecla y lo que hace. Pulsa Intro o Esc para cerrar.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Speech is off: no audio output was found (connect speakers or headphones, or start PulseAudio: pulseaudio --start)</source>
        <translation>La voz está desactivada: no se ha encontrado ninguna salida de audio (conecta altavoces o auriculares, o inicia PulseAudio: pulseaudio --start)</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine stopped answering (check that `espeak-ng hello` speaks, then restart Cramp Coach)</source>
        <translation>La voz está desactivada: el motor de voz ha dejado de responder (comprueba que `espeak-ng hello` habla y luego reinicia Cramp Coach)</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine did not start (%1); check espeak-ng</source>
        <translation>La voz está desactivada: el motor de voz no ha arrancado (%1); revisa espeak-ng</translation>
    </message>
    <message>
        <source>Speech is off: the speech engine failed (%1); check espeak-ng</source>
        <translation>La voz está desactivada: el motor de voz ha fallado (%1); revisa espeak-ng</translation>
    </message>
    <message>
        <source>Speech is off: the spoken cues cannot be saved (%1); free some disk space</source>
        <translation>La voz está desactivada: las indicaciones habladas no se pueden guardar (%1); libera espacio en el disco</translation>
    </message>
    <message>
        <source>Speech is off: pyttsx3 is not installed (pip install pyttsx3==2.99)</source>
        <translation>La voz está desactivada: pyttsx3 no está instalado (pip install pyttsx3==2.99)</translation>
    </message>
    <message>
        <source>Speech is off: espeak-ng is not installed (sudo apt-get install espeak-ng)</source>
        <translation>La voz está desactivada: espeak-ng no está instalado (sudo apt-get install espeak-ng)</translation>
    </message>
    <message>
        <source>Speech is off: espeak-ng could not start (sudo apt-get install --reinstall espeak-ng-data)</source>
        <translation>La voz está desactivada: espeak-ng no ha podido arrancar (sudo apt-get install --reinstall espeak-ng-data)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Como el sistema (claro u oscuro)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
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
        <translation>Tengo un calambre ahora</translation>
    </message>
    <message>
        <source>Show Cramp Coach</source>
        <translation>Mostrar Cramp Coach</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>WhyDialog</name>
    <message>
        <source>Why did it happen?</source>
        <translation>¿Por qué pasó?</translation>
    </message>
    <message>
        <source>Tick what fits. The answers point to likely contributors and to what helps prevent the next cramp; they are not a diagnosis.</source>
        <translation>Marca lo que corresponda. Las respuestas señalan factores probables y lo que ayuda a prevenir el próximo calambre; no son un diagnóstico.</translation>
    </message>
    <message>
        <source>Where was the cramp?</source>
        <translation>¿Dónde fue el calambre?</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>One answer: where the cramp was. The arrow keys choose.</source>
        <translation>Una sola respuesta: dónde fue el calambre. Las flechas eligen.</translation>
    </message>
    <message>
        <source>Anything else that day or in your training?</source>
        <translation>¿Algo más ese día o en tu entrenamiento?</translation>
    </message>
    <message>
        <source>Tick it if it fits. Press Space.</source>
        <translation>Márcalo si corresponde. Pulsa Espacio.</translation>
    </message>
    <message>
        <source>Saves the answers. Press Enter.</source>
        <translation>Guarda las respuestas. Pulsa Intro.</translation>
    </message>
</context>
</TS>
