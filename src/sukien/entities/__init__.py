"""Named entities: recognition with the knowledge base, context cues and capitalization, and
linking to canonical identities (see ``recognize.py``)."""
