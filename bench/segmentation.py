"""Word-segmentation accuracy and speed on the UD Vietnamese VTB test set.

Usage::

    python bench/segmentation.py [--data DIR] [--split test] [--fixed-words FILE] [--limit N]

The treebank is read at run time from ``../shared/data/ud_vi_vtb/`` (never copied into the
repository); the script exits with a message when it is absent. In the CoNLL-U files a
multi-syllable word is one token whose FORM holds spaces. The input of every segmenter is the
FORMs joined by single spaces (the ``# text`` lines of this treebank have irregular spacing);
sentences are joined by newlines into one text for :class:`Segmenter`.

A word is scored as a span of syllable indices (syllable = space-separated piece of the
input); a predicted word counts as correct when the gold has the same span. Rows:
``underthesea.word_tokenize`` (called per sentence), our :class:`Segmenter` without fixed words
(with and without POS tagging, for speed), and with the fixed-word list of ``--fixed-words``
(one entry per line; the row is skipped when no file is given).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sukien.document import Sentence
from sukien.text.words import Segmenter

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ud_vi_vtb"

Span = tuple[int, int]


@dataclass
class Corpus:
    """Gold sentences joined into one text, with syllable offsets and gold word spans."""

    text: str
    sentences: list[Sentence]
    syllable_of_char: list[int]
    gold: set[Span]
    syllables: int


@dataclass
class Score:
    """Precision / recall / F1 and speed of one segmenter."""

    name: str
    precision: float
    recall: float
    f1: float
    syllables_per_s: float


def read_conllu(path: Path) -> Iterator[list[str]]:
    """Yield the FORMs of each sentence (skipping multi-word ranges and empty nodes)."""
    forms: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                if forms:
                    yield forms
                forms = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit() and cols[1].strip():
                    forms.append(" ".join(cols[1].split()))
    if forms:
        yield forms


def build_corpus(sentences: list[list[str]]) -> Corpus:
    """Join the sentences into one text and index its syllables and gold words."""
    parts: list[str] = []
    owner: list[int] = []
    spans: list[Sentence] = []
    gold: set[Span] = set()
    offset = syllable = 0
    for forms in sentences:
        line = " ".join(forms)
        spans.append(Sentence(offset, offset + len(line)))
        for form in forms:
            count = len(form.split())
            gold.add((syllable, syllable + count))
            syllable += count
        parts.append(line)
        offset += len(line) + 1
    text = "\n".join(parts)
    index = -1
    for position, char in enumerate(text):
        if char.isspace():
            owner.append(-1)
            continue
        if position == 0 or text[position - 1].isspace():
            index += 1
        owner.append(index)
    return Corpus(text, spans, owner, gold, syllable)


def score(name: str, predicted: list[Span], seconds: float, corpus: Corpus) -> Score:
    """Span-match P/R/F1 of ``predicted`` (character spans) against the gold."""
    syllable_spans = [
        (corpus.syllable_of_char[start], corpus.syllable_of_char[end - 1] + 1)
        for start, end in predicted
    ]
    correct = len(set(syllable_spans) & corpus.gold)
    precision = correct / len(syllable_spans) if syllable_spans else 0.0
    recall = correct / len(corpus.gold) if corpus.gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(name, precision, recall, f1, corpus.syllables / seconds)


def run_segmenter(segmenter: Segmenter, corpus: Corpus) -> tuple[list[Span], float]:
    """Character spans predicted by our segmenter, and the time it took."""
    segmenter.segment("Khởi động mô hình.")  # load the models outside the timing
    began = time.perf_counter()
    tokens = segmenter.segment_sentences(corpus.text, corpus.sentences)
    seconds = time.perf_counter() - began
    return [(token.start, token.end) for token in tokens], seconds


def run_underthesea(corpus: Corpus) -> tuple[list[Span], float]:
    """Character spans of ``underthesea.word_tokenize`` output, and the time it took."""
    from underthesea import word_tokenize

    word_tokenize("Khởi động mô hình.")
    began = time.perf_counter()
    outputs = [word_tokenize(corpus.text[s.start : s.end]) for s in corpus.sentences]
    seconds = time.perf_counter() - began
    spans: list[Span] = []
    for sentence, words in zip(corpus.sentences, outputs, strict=True):
        spans.extend(align(corpus.text, sentence, words))
    return spans, seconds


def align(text: str, sentence: Sentence, words: list[str]) -> Iterator[Span]:
    """Map output words back to character spans by counting non-space characters.

    underthesea's normalization keeps token lengths in practice; a sentence where the counts
    disagree is aligned up to the point where it runs out of characters.
    """
    positions = [i for i in range(sentence.start, sentence.end) if not text[i].isspace()]
    cursor = 0
    for word in words:
        length = len("".join(word.split()))
        if not length or cursor + length > len(positions):
            return
        yield positions[cursor], positions[cursor + length - 1] + 1
        cursor += length


def print_table(rows: list[Score], corpus: Corpus) -> None:
    """Print the scores as a small fixed-width table."""
    print(
        f"{len(corpus.sentences)} sentences, {corpus.syllables} syllables, "
        f"{len(corpus.gold)} gold words"
    )
    print(f"{'segmenter':<38} {'P':>6} {'R':>6} {'F1':>6} {'syll/s':>9}")
    for row in rows:
        print(
            f"{row.name:<38} {row.precision:6.2%} {row.recall:6.2%} {row.f1:6.2%} "
            f"{row.syllables_per_s:9.0f}"
        )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="test")
    parser.add_argument("--fixed-words", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    args = parser.parse_args(argv)
    path = args.data / f"vi_vtb-ud-{args.split}.conllu"
    if not path.exists():
        print(f"skipped: {path} not found (the VTB treebank is not in this checkout)")
        return 0
    sentences = list(read_conllu(path))
    corpus = build_corpus(sentences[: args.limit] if args.limit else sentences)
    runs: list[tuple[str, Callable[[], tuple[list[Span], float]]]] = [
        ("underthesea.word_tokenize", lambda: run_underthesea(corpus)),
        ("Segmenter(pos=False)", lambda: run_segmenter(Segmenter(pos=False), corpus)),
        ("Segmenter(pos=True)", lambda: run_segmenter(Segmenter(pos=True), corpus)),
    ]
    if args.fixed_words:
        entries = [w.strip() for w in args.fixed_words.read_text(encoding="utf-8").splitlines()]
        fixed = Segmenter([w for w in entries if w], pos=False)
        runs.append(
            (f"Segmenter(pos=False, {len(entries)} fixed)", lambda: run_segmenter(fixed, corpus))
        )
    else:
        print("fixed-word row skipped: no --fixed-words FILE")
    rows = [score(name, *run(), corpus=corpus) for name, run in runs]
    print_table(rows, corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
