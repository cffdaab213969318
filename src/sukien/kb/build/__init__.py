"""Builders of the knowledge-base data files (need the ``kb`` extra; not used at run time)."""
