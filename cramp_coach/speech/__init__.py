"""Speech: the Speaker interface, pyttsx3 rendering, PulseAudio playback, beeps, recognition."""
