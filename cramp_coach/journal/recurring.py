"""When cramps count as recurring (the seed: "consult a physician about reoccurring ... cramps").

That many episodes within that many days. The defaults, and the range the user may set them to
in the settings, are defined here once; rules.py applies them, settings.py stores the user's
choice. Plain constants, so the settings can read them without loading the journal's rules.
"""

from __future__ import annotations

RECURRING_COUNT = 3  # episodes...
RECURRING_DAYS = 30  # ...within this many days
RECURRING_COUNT_RANGE = (2, 10)  # what the user may set, both ends included
RECURRING_DAYS_RANGE = (7, 365)
