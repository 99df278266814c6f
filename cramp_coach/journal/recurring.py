"""When cramps count as recurring (the seed: "consult a physician about reoccurring ... cramps").

That many episodes within that many days. The defaults, and the range the user may set them to
in the settings, are defined here once; rules.py applies them, settings.py stores the user's
choice. Plain constants, so the settings can read them without loading the journal's rules.
"""

from __future__ import annotations

RECURRING_COUNT = 3  # episodes...
RECURRING_DAYS = 30  # ...within this many days
# What the user may set, both ends included. The source says to "consult a physician about
# reoccurring or prolonged hamstring cramps": the setting may tune when that advice comes, never
# loosen it until it cannot come. So at most 5 cramps within at least 30 days: the loosest
# choice, 5 within 30 days, still reaches a runner who cramps once a week (5 cramps in 29 days);
# a shorter window would let weekly cramps go unremarked for ever. At least 2 cramps (one is not
# "reoccurring"); at most 90 days (a training block: over a year, one bad month would keep the
# advice up for the rest of it). A settings file with a
# number outside these gets a one-line warning and the default (settings.py), its other
# settings kept.
RECURRING_COUNT_RANGE = (2, 5)
RECURRING_DAYS_RANGE = (30, 90)
