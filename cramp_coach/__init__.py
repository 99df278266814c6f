"""Cramp Coach: guided first aid for a hamstring cramp, and a plan to prevent the next one."""

__version__ = "0.1.0"
