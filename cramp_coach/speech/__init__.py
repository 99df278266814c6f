"""Speech: the Speaker interface, the pyttsx3 renderer, Qt playback, beeps, the recogniser."""
