"""The cramp journal: a SQLite store of episodes, the "why" check, physician rules, export."""
