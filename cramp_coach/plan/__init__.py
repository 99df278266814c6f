"""The prevention plan's schedule: which weekdays, what time, which session; its reminders,
their notifications and the calendar export. Nothing here imports the window."""
