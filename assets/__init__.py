"""Data files shipped with the app: routines, exercises, illustrations (read, never imported)."""
