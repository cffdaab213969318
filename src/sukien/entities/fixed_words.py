"""Names from the knowledge base that word segmentation must keep whole.

Multi-syllable aliases that are written with a capital letter ("Tập Cận Bình", "Bộ Ngoại giao
Nga", "Mát-xcơ-va" is one piece already) become fixed words of the segmenter; lower-case
aliases ("châu Âu") are left to the model, so that common phrases are not forced together.

    python -m sukien.entities.fixed_words > kb_words.txt   # the list, one per line
"""

from __future__ import annotations

import sys
from functools import lru_cache

from sukien.kb.loader import load_kb


@lru_cache(maxsize=1)
def kb_fixed_words() -> tuple[str, ...]:
    words: set[str] = set()
    for entity in load_kb():
        for alias in entity.aliases:
            parts = alias.split()
            if len(parts) < 2 or not alias[0].isupper() or any(c.isdigit() for c in alias):
                continue
            if all(part[0].isupper() for part in parts) or entity.type != "PER":
                words.add(alias)
    return tuple(sorted(words))


if __name__ == "__main__":
    sys.stdout.write("\n".join(kb_fixed_words()) + "\n")
