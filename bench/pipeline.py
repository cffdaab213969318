"""Whole-pipeline speed per article, in the configurations a user can choose.

Usage::

    python bench/pipeline.py [CORPUS_DIR] [--count N]

Without CORPUS_DIR the corpus is COUNT (default 500) distinct news articles of ViMs
(``../shared/data/vims``, read at run time), so that no cache can profit from repeated text;
without ViMs, or with CORPUS_DIR, the .txt articles there (default ../shared/seeds, else
examples/articles) are cycled to COUNT articles, each headed by its own number. Repeated
text flatters the word segmenter, whose scorer caches n-grams (``sukien.text.crf``): the
header says which corpus was used. Models, dictionaries and the knowledge base are loaded
before timing. One core, one process. Rows:

- ``sukien, default``: every step, with underthesea's CRF word segmenter and POS tagger;
- ``sukien, no POS``: segmentation without POS tags;
- ``sukien, no word segmentation``: ``PipelineOptions(words=False)``: entities, times,
  references, quotes and events as always; the tokens layer stays empty (quotes count words
  with a dictionary instead; see ``sukien.text.dictionary``);
- ``underthesea.word_tokenize alone``: what segmenting the same text costs with the toolkit
  users would otherwise call, for comparison.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from _common import VIMS, default_corpus, read_corpus, vims_articles
from sukien.document import Document
from sukien.pipeline import Pipeline, PipelineOptions


def corpus(source: Path, count: int) -> list[str]:
    """``count`` distinct articles: the corpus's texts, each headed by its own number."""
    return [f"Bài số {i + 1}\n{text}" for i, text in enumerate(read_corpus(source, count))]


def run(name: str, options: PipelineOptions, texts: list[str]) -> tuple[float, int]:
    pipe = Pipeline(options)
    pipe(Document(id="warm-up", text="", original=texts[0]))
    syllables = 0
    start = time.perf_counter()
    for i, text in enumerate(texts):
        doc = pipe(Document(id=str(i), text="", original=text))
        # counted here: without the words step, Document.syllable_count() has no tokens
        syllables += sum(1 for w in doc.text.split() if any(c.isalpha() for c in w))
    seconds = time.perf_counter() - start
    print(f"{name:40s} {len(texts) / seconds:8.1f} {syllables / seconds:12,.0f} {seconds:8.1f}")
    return seconds, syllables


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path)
    ap.add_argument("--count", type=int, default=500)
    args = ap.parse_args()
    texts = [] if args.corpus else vims_articles(args.count)
    if texts:
        label = f"{len(texts)} distinct ViMs articles from {VIMS}"
    else:
        source = args.corpus or default_corpus()
        texts = corpus(source, args.count)
        if not texts:
            print(f"no .txt articles in {source}; nothing to measure")
            return
        label = f"{len(texts)} articles cycled from {source} (repeated text)"
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"corpus: {label}, about {words:.0f} syllables each")
    print(f"{'configuration':40s} {'art/s':>8s} {'syllables/s':>12s} {'seconds':>8s}")
    run("sukien, default (segmentation + POS)", PipelineOptions(), texts)
    run("sukien, no POS", PipelineOptions(pos=False), texts)
    run("sukien, no word segmentation", PipelineOptions(words=False), texts)
    from underthesea import word_tokenize

    word_tokenize(texts[0])
    start = time.perf_counter()
    for text in texts:
        for line in text.splitlines():
            if line.strip():
                word_tokenize(line)
    seconds = time.perf_counter() - start
    print(f"{'underthesea.word_tokenize alone':40s} {len(texts) / seconds:8.1f}")


if __name__ == "__main__":
    main()
