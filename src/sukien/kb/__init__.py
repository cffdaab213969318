"""sukien.kb: the knowledge base of places, people and organisations.

Entities (one JSON line each in ``sukien/kb/data/*.jsonl``) are linked by their aliases:
:func:`load_kb` loads them once per process and :meth:`KB.lookup` finds the entities whose
alias has the same :func:`alias_key` as a surface form ("Mát-xcơ-va", "Moskva" and "Moscow"
all give ``city/moscow``).
"""

from sukien.kb.loader import KB, load_kb
from sukien.kb.normalize import alias_key
from sukien.kb.schema import KBEntity, KBError

__all__ = ["KB", "KBEntity", "KBError", "alias_key", "load_kb"]
