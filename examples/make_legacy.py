"""Write the legacy-encoded example articles from their UTF-8 sources.

    python examples/make_legacy.py

Each ``examples/legacy-src/NAME.ENCODING.txt`` (UTF-8) becomes ``examples/articles/NAME.txt``
in ENCODING (cp1258, tcvn3 or vni), with sukien's own encoder. The written files are committed
as fixtures; tests check that decoding them gives the sources back.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from sukien.text.encoding import LegacyEncoding, encode_legacy

HERE = Path(__file__).resolve().parent


def main() -> None:
    for source in sorted((HERE / "legacy-src").glob("*.txt")):
        name, encoding = source.stem.rsplit(".", 1)
        target = HERE / "articles" / f"{name}.txt"
        text = source.read_text(encoding="utf-8")
        target.write_bytes(encode_legacy(text, cast(LegacyEncoding, encoding)))
        print(f"{source.name} -> {target.relative_to(HERE)} ({encoding})")


if __name__ == "__main__":
    main()
