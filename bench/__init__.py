"""`make bench`: speed figures measured on this machine, each next to its bound."""
