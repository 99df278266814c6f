"""The application layer: a routine session, its voice commands, between the routine and the
window."""
