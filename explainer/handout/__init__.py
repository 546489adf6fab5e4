"""Handouts: a printable PDF of a form with numbered callouts and one entry per stop."""
