"""Entity recognition speed: syllables/s of the pipeline's "entities" step, of every other step
and of the whole pipeline, beside underthesea.ner on the same text.

    python bench/entities.py [CORPUS_DIR] [--articles 1000] [--baseline-articles 300]
                             [--timeout 1800]

CORPUS_DIR defaults to ../shared/seeds (else examples/articles); its .txt articles are
repeated until there are --articles of them. Each measurement runs in its own process, so
"peak MB" is the peak resident memory of the process that did the work (models, dictionaries
and the knowledge base included):

* sukien: the steps of ``Pipeline().steps`` are timed one by one on every article (models are
  loaded before the clock starts). When the pipeline has no step named "entities" the other
  steps are timed and a note says so.
* underthesea.ner (9.5.0, the CRF model shipped inside the wheel; ``deep=False``) runs on
  the sentences of the first --baseline-articles articles as sukien cleaned and split them, so
  both read the same text. Its first call runs in a subprocess with a timeout and no network
  hub access; if it fails or wants to download anything, the bench prints
  "underthesea.ner unavailable offline: <reason>" and goes on.

Syllables are counted once, from sukien's words, for both.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import EXAMPLES, SEEDS, peak_mb, read_corpus

OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "NO_PROXY": "*",
    # any attempt to reach the network fails fast instead of hanging
    "HTTP_PROXY": "http://127.0.0.1:9",
    "HTTPS_PROXY": "http://127.0.0.1:9",
}
PROBE = "Tổng thống Nga Vladimir Putin hội đàm với Chủ tịch Trung Quốc Tập Cận Bình."


# ------------------------------------------------------------------ workers (subprocesses)


def sukien_worker(corpus: Path) -> dict[str, Any]:
    """Time every pipeline step; also write the cleaned sentences for the baseline."""
    from sukien.document import Document
    from sukien.pipeline import Pipeline

    texts = json.loads(corpus.read_text(encoding="utf-8"))
    start = time.perf_counter()
    pipeline = Pipeline()
    warm = Document(id="warm", text="", original=PROBE)
    for _, step in pipeline.steps:  # load lazy models before the clock starts
        warm = step(warm)
    load = time.perf_counter() - start
    seconds = {name: 0.0 for name, _ in pipeline.steps}
    syllables, found, sentences = 0, 0, []
    for i, text in enumerate(texts):
        doc = Document(id=f"d{i}", text="", original=text)
        for name, step in pipeline.steps:
            t0 = time.perf_counter()
            doc = step(doc)
            seconds[name] += time.perf_counter() - t0
        n = doc.syllable_count()
        syllables += n
        found += len(doc.entities)
        sentences.append(([doc.text[s.start : s.end] for s in doc.sentences], n))
    corpus.with_suffix(".sentences.json").write_text(
        json.dumps(sentences, ensure_ascii=False), encoding="utf-8"
    )
    return {
        "steps": list(seconds.items()),
        "syllables": syllables,
        "articles": len(texts),
        "load": load,
        "peak": peak_mb(),
        "entities": found,
    }


def ner_worker(corpus: Path, limit: int) -> dict[str, Any]:
    from underthesea import ner

    data = json.loads(corpus.with_suffix(".sentences.json").read_text(encoding="utf-8"))[:limit]
    start = time.perf_counter()
    ner(PROBE)
    load = time.perf_counter() - start
    syllables, found = 0, 0
    start = time.perf_counter()
    for sentences, n in data:
        syllables += n
        for sentence in sentences:
            found += sum(1 for row in ner(sentence) if row[-1].startswith("B-"))
    return {
        "seconds": time.perf_counter() - start,
        "syllables": syllables,
        "articles": len(data),
        "entities": found,
        "load": load,
        "peak": peak_mb(),
    }


def probe_worker() -> dict[str, Any]:
    from underthesea import ner

    return {"tags": [row[-1] for row in ner(PROBE)]}


def run_worker(args: list[str], timeout: float) -> dict[str, Any]:
    """Run this script as a worker; its last stdout line is its JSON result."""
    env = {**os.environ, **OFFLINE_ENV}
    proc = subprocess.run(
        [sys.executable, __file__, "--worker", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )
    if proc.returncode != 0:
        lines = [line for line in proc.stderr.strip().splitlines() if line.strip()]
        raise RuntimeError(lines[-1] if lines else f"exit status {proc.returncode}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


# ------------------------------------------------------------------ main


def row(label: str, syllables: int, seconds: float, peak: float | None) -> str:
    speed = f"{syllables / seconds:12,.0f}" if seconds > 0 else f"{'–':>12}"
    mem = f"{peak:8.0f}" if peak is not None else f"{'':>8}"
    return f"{label:44s} {speed} {seconds:9.2f} {mem}"


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        kind, rest = sys.argv[2], sys.argv[3:]
        if kind == "sukien":
            result = sukien_worker(Path(rest[0]))
        elif kind == "ner":
            result = ner_worker(Path(rest[0]), int(rest[1]))
        else:
            result = probe_worker()
        print(json.dumps(result))
        return

    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--baseline-articles", type=int, default=300)
    ap.add_argument("--timeout", type=float, default=1800, help="Seconds per measurement.")
    args = ap.parse_args()

    source = args.corpus
    if source is None:
        if SEEDS.is_dir() and any(SEEDS.glob("*.txt")):
            source = SEEDS
        else:
            print(f"note: {SEEDS} is absent; using {EXAMPLES} instead")
            source = EXAMPLES
    texts = read_corpus(source, args.articles)
    if not texts:
        print(f"no .txt articles in {source}; nothing to measure")
        return

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.json"
        corpus.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        size = sum(len(t.encode("utf-8")) for t in texts)
        print(f"corpus: {len(texts)} articles from {source} ({size / 1e6:.1f} MB)")

        ours = run_worker(["sukien", str(corpus)], args.timeout)
        steps: list[tuple[str, float]] = [(n, float(s)) for n, s in ours["steps"]]
        names = [n for n, _ in steps]
        syllables = int(ours["syllables"])
        print(f"{syllables:,} syllables; pipeline steps: {', '.join(names)}")
        print(f"(models, dictionaries and KB loaded in {ours['load']:.1f} s, not timed below)")
        if "entities" not in names:
            print('note: the pipeline has no "entities" step yet; timing the other steps only')

        baseline: dict[str, Any] | None = None
        reason = None
        try:
            probe = run_worker(["probe"], min(args.timeout, 120))
            if not any(tag != "O" for tag in probe["tags"]):
                reason = f"it tags nothing in a test sentence: {probe['tags']}"
        except subprocess.TimeoutExpired:
            reason = "the first call did not finish in 120 s (waiting for a download?)"
        except Exception as error:  # any failure is reported, never raised
            reason = str(error) or type(error).__name__
        if reason is None:
            try:
                baseline = run_worker(
                    ["ner", str(corpus), str(args.baseline_articles)], args.timeout
                )
            except subprocess.TimeoutExpired:
                reason = f"did not finish in {args.timeout:.0f} s"
            except Exception as error:
                reason = str(error) or type(error).__name__
        if reason is not None:
            print(f"underthesea.ner unavailable offline: {reason}")

        print()
        print(f"{'stage':44s} {'syllables/s':>12s} {'seconds':>9s} {'peak MB':>8s}")
        peak = float(ours["peak"])
        for name, seconds in steps:
            label = f"sukien {name}" + (" (entity stage alone)" if name == "entities" else "")
            print(row(label, syllables, seconds, peak))
        total = sum(seconds for _, seconds in steps)
        print(row(f"sukien whole pipeline ({len(steps)} steps)", syllables, total, peak))
        if baseline is not None:
            label = f"underthesea.ner ({baseline['articles']} articles)"
            seconds = float(baseline["seconds"])
            print(row(label, int(baseline["syllables"]), seconds, float(baseline["peak"])))
        print()
        found = f"entities found: sukien {ours['entities']:,} in {len(texts)} articles"
        if baseline is not None:
            found += (
                f"; underthesea.ner {baseline['entities']:,} (B- tags) "
                f"in {baseline['articles']} articles"
            )
        print(found)
        words = dict(steps).get("words", 0.0)
        print(
            f"whole pipeline per article: {len(texts) / total:.1f} articles/s "
            f"({syllables / len(texts):.0f} syllables each); without the words step "
            f"(underthesea's CRF segmenter and POS tagger, {words / total:.0%} of the time): "
            f"{len(texts) / max(total - words, 1e-9):.1f} articles/s"
        )


if __name__ == "__main__":
    main()
