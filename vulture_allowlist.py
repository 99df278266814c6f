"""Names vulture (`make lint`, dead code) cannot see used; keep this short and say why for each.

Not listed: Qt's overrides and signals (eventFilter, paintEvent, stepEntered...). Qt calls them
by name, and ruff's N802/N815 keep the project's own names snake_case, so pyproject.toml's
[tool.vulture] ignore_names skips every camelCase name instead.
"""

# ruff: noqa: B018 (each line names what it allows: that is the point of the file)

from cramp_coach.content.exercises import Family

# An exercise's family is read by value from assets/exercises/*.toml (Family("bridges")), never
# named in code; each member is still a family the data files may use.
Family.BRIDGES, Family.DEADLIFTS, Family.KNEE_CURLS, Family.WARM_UP, Family.STRETCH
