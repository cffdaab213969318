"""What the benchmarks share: where the corpora are, how to read one, peak memory.

The scripts run as ``python bench/NAME.py``, so this folder is on ``sys.path``.
"""

from __future__ import annotations

import resource
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EXAMPLES = ROOT / "examples" / "articles"
VIMS = SHARED / "data" / "vims" / "final" / "original"


def default_corpus() -> Path:
    """The seeds when ``../shared`` is beside the project, else our own examples."""
    return SEEDS if SEEDS.is_dir() else EXAMPLES


def peak_mb() -> float:
    """The peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read_corpus(source: Path, count: int) -> list[str]:
    """``count`` article texts, cycling through the non-empty .txt files under ``source``,
    decoded as ``sukien ingest`` decodes them (legacy encodings included)."""
    from sukien.text.encoding import decode_bytes

    files = sorted(p for p in source.rglob("*.txt") if p.is_file())
    texts = [decode_bytes(p.read_bytes(), str(p)).text for p in files]
    texts = [t for t in texts if t.strip()]
    return [texts[i % len(texts)] for i in range(count)] if texts else []


def vims_articles(count: int) -> list[str]:
    """Up to ``count`` distinct ViMs news articles (title line and body), read at run time
    from ``../shared/data`` (never copied into the repository); empty when it is absent."""
    texts: list[str] = []
    for path in sorted(VIMS.glob("*/original/*.txt"))[:count]:
        head, _, body = path.read_text(encoding="utf-8", errors="replace").partition("\nContent:")
        title = next((ln[6:].strip() for ln in head.splitlines() if ln.startswith("Title:")), "")
        texts.append(f"{title}\n{body.strip()}")
    return texts
