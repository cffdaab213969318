"""Ingest speed: articles/s and syllables/s for ingest + segmentation, beside underthesea.

    python bench/ingest.py [CORPUS_DIR] [--articles 2000] [--baseline-articles 300]

CORPUS_DIR defaults to ../shared/seeds (else examples/articles); its articles are copied under
new names until the corpus holds --articles files. The whole `sukien ingest` path runs on it
(read, decode, clean, sentences, words + POS, SQLite write), once without and once with POS,
and `underthesea.word_tokenize` runs alone on the same cleaned texts (on the first
--baseline-articles articles, as it is slow) in the same process.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _common import default_corpus, peak_mb
from sukien.document import Document
from sukien.ingest.runner import ingest
from sukien.pipeline import Pipeline, PipelineOptions
from sukien.store.store import Store
from sukien.text.encoding import decode_bytes


def build_corpus(source: Path, target: Path, count: int) -> list[Path]:
    files = sorted(p for p in source.rglob("*") if p.is_file() and p.suffix == ".txt")
    if not files:
        sys.exit(f"no .txt articles in {source}")
    out = []
    for i in range(count):
        src = files[i % len(files)]
        dst = target / f"{i:05d}_{src.name}"
        shutil.copyfile(src, dst)
        out.append(dst)
    return out


def run_ingest(corpus: Path, pos: bool) -> tuple[float, int, int, int]:
    with tempfile.TemporaryDirectory() as tmp:
        pipeline = Pipeline(PipelineOptions(pos=pos))
        pipeline.segmenter.segment("khởi động mô hình")  # load models outside the timing
        with Store(Path(tmp) / "bench.db") as store:
            start = time.perf_counter()
            summary = ingest(store, [str(corpus)], pipeline)
            elapsed = time.perf_counter() - start
            stats = store.stats()
    if summary.failed:
        print("failures:", *summary.errors[:5], sep="\n  ")
    return elapsed, stats.articles, stats.syllables, stats.tokens


def run_underthesea(corpus: Path, limit: int) -> tuple[float, int, int]:
    from underthesea import word_tokenize

    pipeline = Pipeline(PipelineOptions(pos=False))
    texts, syllables = [], 0
    for path in sorted(corpus.iterdir())[:limit]:
        doc = Document(id=path.stem, text="", original=decode_bytes(path.read_bytes()).text)
        doc = pipeline(doc)
        texts.append(doc.text)
        syllables += doc.syllable_count()
    word_tokenize("khởi động mô hình")
    start = time.perf_counter()
    for text in texts:
        for line in text.split("\n"):
            word_tokenize(line)
    return time.perf_counter() - start, len(texts), syllables


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--baseline-articles", type=int, default=300)
    args = ap.parse_args()
    source = args.corpus or default_corpus()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        build_corpus(source, corpus, args.articles)
        size = sum(p.stat().st_size for p in corpus.iterdir())
        print(f"corpus: {args.articles} articles from {source} ({size / 1e6:.1f} MB)")
        print(f"{'what':44s} {'articles/s':>11s} {'syllables/s':>12s} {'seconds':>8s}")
        for pos in (False, True):
            elapsed, n, syl, _ = run_ingest(corpus, pos)
            label = f"sukien ingest (segmentation{' + POS' if pos else ''}, SQLite)"
            print(f"{label:44s} {n / elapsed:11.1f} {syl / elapsed:12.0f} {elapsed:8.2f}")
        elapsed, n, syl = run_underthesea(corpus, args.baseline_articles)
        label = "underthesea.word_tokenize alone"
        print(f"{label:44s} {n / elapsed:11.1f} {syl / elapsed:12.0f} {elapsed:8.2f}")
    print(f"peak memory: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
