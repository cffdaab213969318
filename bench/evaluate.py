"""Score sukien against gold annotations with the shared scorer.

    python bench/evaluate.py [--gold ../shared/eval/dev/seeds.gold.txt] [--inputs ../shared/seeds]
                             [--explain] [--keep out.jsonl] [--no-words]

Ingests the inputs into a temporary database with the full pipeline, exports FORMAT.md JSON
Lines and runs ../shared/eval/score.py on it (the same command a user would run).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import SHARED
from sukien.export import write_jsonl
from sukien.ingest.runner import ingest
from sukien.pipeline import Pipeline, PipelineOptions
from sukien.store.store import Store


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(SHARED / "eval" / "dev" / "seeds.gold.txt"))
    ap.add_argument("--inputs", default=str(SHARED / "seeds"))
    ap.add_argument("--explain", action="store_true")
    ap.add_argument("--keep", type=Path, help="also write the export here")
    ap.add_argument(
        "--no-words", action="store_true", help="skip word segmentation (sukien ingest --no-words)"
    )
    args = ap.parse_args()
    scorer = SHARED / "eval" / "score.py"
    if not scorer.exists() or not Path(args.gold).exists():
        print(f"skipped: {scorer} or {args.gold} not present")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        with Store(Path(tmp) / "e.db") as store:
            pipeline = Pipeline(PipelineOptions(words=not args.no_words))
            summary = ingest(store, [args.inputs], pipeline)
            for error in summary.errors:
                print("error:", error, file=sys.stderr)
            with out.open("w", encoding="utf-8") as fh:
                write_jsonl(store.iter_documents(), fh)
        if args.keep:
            args.keep.write_text(out.read_text(encoding="utf-8"), encoding="utf-8")
        cmd = [sys.executable, str(scorer), "--gold", args.gold, "--pred", str(out)]
        return subprocess.call(cmd + (["--explain"] if args.explain else []))


if __name__ == "__main__":
    sys.exit(main())
