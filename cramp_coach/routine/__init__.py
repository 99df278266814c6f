"""The routine model, the clock, the countdown, and the QStateMachine built from the data."""
