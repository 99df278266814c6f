"""Cramp Coach in your pocket: the routine as one self-contained phone page (page.py), served
on the local network for a few minutes behind an unguessable address (server.py)."""
