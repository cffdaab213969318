"""Exact and faster inference for underthesea's CRF models (word segmentation, POS tagging).

underthesea scores a syllable by turning its window into some 40 feature strings (``T[0]=Nga``,
``T[-1,0].lower=nga và``, ``T[0,1].is_in_dict=True``…) and looking each one up in the model:
most of the word segmenter's time goes to building those strings. Every feature template
depends on one n-gram only (a unigram ``T[k]``, a bigram ``T[k,k+1]`` or a trigram
``T[k,k+2]``), so this module sums the model's weights **per n-gram** instead: an n-gram's
contribution to each token it can be seen from is computed once from the model's tables and
kept in a bounded cache. The scores are those of underthesea's featurizer and tagger, and
Viterbi decoding picks the same path (ties go to the lower label index, as underthesea does);
``tests/test_crf.py`` checks the tags against underthesea's own on real text.

What is read, all from the installed underthesea package (nothing is downloaded):

- ``models.bin``: the model in crfsuite's binary format: labels and attributes (two string
  tables), then state features (attribute, label, weight) and transitions (label, label,
  weight);
- ``features.bin``: the template list (joblib), e.g. ``T[-1,0].lower``;
- ``dictionary.bin``: the word list behind ``is_in_dict`` (joblib).

Template semantics (checked against underthesea_core on the UD Vietnamese treebank's text):
an n-gram is its tokens joined by a space; a window reaching before the sequence is ``BOS``,
one reaching past its end ``EOS`` (``BOS`` first); ``lower`` lowercases; ``isdigit`` is
``str.isdigit``; ``istitle`` is true when no space-separated part starts with a lowercase
letter; ``is_in_dict`` looks the lowercased n-gram up in the dictionary.

Two decoders share the scoring: a two-label one in plain Python (the segmenter's
``B-W``/``I-W``: only the difference of the two labels' scores matters), and a numpy one for
many labels (the POS tagger's 31).
"""

from __future__ import annotations

import itertools
import re
import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import add
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["CrfModel", "CrfTagger", "parse_template", "read_crfsuite"]

_TEMPLATE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\.(lower|istitle|isdigit|is_in_dict))?$")
_FLAGS = ("istitle", "isdigit", "is_in_dict")
# Cached n-grams per size before the cache starts over (bounds memory on big corpora).
_CACHE_LIMIT = 200_000
# Sequences decoded together by the many-label decoder.
_DECODE_BATCH = 32


@dataclass(frozen=True)
class CrfModel:
    """A linear-chain CRF: labels, state weights per attribute, label-to-label transitions."""

    labels: tuple[str, ...]
    state: dict[str, list[float]]  # attribute -> weight per label
    transitions: list[list[float]]  # [previous label][label]


def read_crfsuite(path: str | Path) -> CrfModel:
    """Read a model in crfsuite's binary format (what underthesea_core's CRFTagger loads)."""
    data = Path(path).read_bytes()
    try:
        magic, _, _, _, _, _, _, off_features, off_labels, off_attrs = struct.unpack_from(
            "<4sI4sIIIIIII", data, 0
        )
        if magic != b"lCRF":
            raise ValueError("not a crfsuite model")
        labels = _string_table(data, off_labels)
        attrs = _string_table(data, off_attrs)
        chunk, _, count = struct.unpack_from("<4sII", data, off_features)
        if chunk != b"FEAT":
            raise ValueError("no feature chunk")
        state: dict[str, list[float]] = {}
        transitions = [[0.0] * len(labels) for _ in labels]
        for kind, source, target, weight in struct.iter_unpack(
            "<IIId", data[off_features + 12 : off_features + 12 + 20 * count]
        ):
            if kind == 0:
                state.setdefault(attrs[source], [0.0] * len(labels))[target] += weight
            else:
                transitions[source][target] += weight
    except (struct.error, IndexError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: not a readable crfsuite model ({exc})") from exc
    return CrfModel(tuple(labels), state, transitions)


def _string_table(data: bytes, offset: int) -> list[str]:
    """The strings of a CQDB chunk in id order (read through its backward array)."""
    magic, _, _, _, count, backward = struct.unpack_from("<4sIIIII", data, offset)
    if magic != b"CQDB":
        raise ValueError("no string table")
    strings = []
    for k in range(count):
        (record,) = struct.unpack_from("<I", data, offset + backward + 4 * k)
        ident, size = struct.unpack_from("<II", data, offset + record)
        if ident != k:
            raise ValueError("string table out of order")
        start = offset + record + 8
        strings.append(data[start : start + size - 1].decode("utf-8"))
    return strings


@dataclass(frozen=True)
class Template:
    """One feature template: the window ``T[first,last]`` and the function applied to it."""

    name: str
    first: int
    last: int
    function: str | None  # None (the text itself), lower, istitle, isdigit, is_in_dict

    @property
    def size(self) -> int:
        return self.last - self.first + 1


def parse_template(name: str) -> Template:
    """``T[-1,0].lower`` -> Template(first=-1, last=0, function="lower")."""
    m = _TEMPLATE.match(name)
    if not m:
        raise ValueError(f"unsupported feature template {name!r}")
    first = int(m.group(1))
    last = int(m.group(2)) if m.group(2) else first
    if last < first or last - first > 2:
        raise ValueError(f"unsupported feature template {name!r}")
    return Template(name, first, last, m.group(3))


def _istitle(text: str) -> bool:
    return all(not part[:1].islower() for part in text.split(" "))


class _Ngrams:
    """The templates over n-grams of one size, their weights, and a cache of contributions.

    ``offsets`` are the template starts (``k`` of ``T[k,k+size-1]``); an n-gram starting at
    syllable ``j`` adds ``contribution[o]`` to the token ``j - offsets[o]``.
    """

    def __init__(
        self,
        size: int,
        templates: list[Template],
        weights: dict[str, Any],
        zero: Callable[[], Any],
        dictionary: frozenset[str],
        pack: Callable[[list[Any]], Any] | None = None,
    ) -> None:
        self.size = size
        self.offsets = sorted({t.first for t in templates})
        index = {first: k for k, first in enumerate(self.offsets)}
        self.flags = sorted({t.function for t in templates if t.function in _FLAGS}, key=str)
        # the flag templates' weights for each combination of flag values
        self.by_flags: dict[tuple[bool, ...], list[Any]] = {}
        for values in itertools.product((False, True), repeat=len(self.flags)):
            row = [zero() for _ in self.offsets]
            chosen = dict(zip(self.flags, values, strict=True))
            for t in templates:
                if t.function in chosen:
                    w = weights.get(f"{t.name}={chosen[t.function]}")
                    if w is not None:
                        row[index[t.first]] = row[index[t.first]] + w
            self.by_flags[values] = row
        # the text and lowercase templates' weights by n-gram, for n-grams the model knows
        self.text: dict[str, list[Any]] = {}
        self.lower: dict[str, list[Any]] = {}
        prefixes = {
            f"{t.name}=": (index[t.first], self.text if t.function is None else self.lower)
            for t in templates
            if t.function in (None, "lower")
        }
        for attr, w in weights.items():
            name, sep, value = attr.partition("=")
            slot = prefixes.get(name + sep)
            if slot is not None:
                k, table = slot
                row = table.setdefault(value, [zero() for _ in self.offsets])
                row[k] = row[k] + w
        if pack is not None:  # many labels: one (offsets x labels) array per row
            self.by_flags = {k: pack(v) for k, v in self.by_flags.items()}
            self.text = {k: pack(v) for k, v in self.text.items()}
            self.lower = {k: pack(v) for k, v in self.lower.items()}
        self.packed = pack is not None
        dictionary_has = dictionary.__contains__
        tests: dict[str, Callable[[str, str], bool]] = {
            "istitle": lambda gram, low: _istitle(gram),
            "isdigit": lambda gram, low: gram.isdigit(),
            "is_in_dict": lambda gram, low: dictionary_has(low),
        }
        self.tests = [tests[f] for f in self.flags]
        self.cache: dict[str, Any] = {}

    def contribution(self, gram: str) -> Any:
        """What the n-gram ``gram`` (syllables joined by spaces) adds, per offset."""
        cached = self.cache.get(gram)
        if cached is not None:
            return cached
        low = gram.lower()
        values = tuple([test(gram, low) for test in self.tests])
        row = self.by_flags[values]
        for extra in (self.text.get(gram), self.lower.get(low)):
            if extra is not None:
                if self.packed:
                    row = row + extra
                else:
                    row = [a + b for a, b in zip(row, extra, strict=True)]
        if len(self.cache) >= _CACHE_LIMIT:
            self.cache.clear()
        self.cache[gram] = row
        return row


class CrfTagger:
    """Tags token sequences with an underthesea CRF model, exactly as underthesea would."""

    def __init__(
        self, model: CrfModel, templates: Sequence[str], dictionary: frozenset[str]
    ) -> None:
        self.labels = model.labels
        parsed = [parse_template(t) for t in templates]
        self.binary = len(self.labels) == 2
        weights: dict[str, Any]
        zero: Callable[[], Any]
        if self.binary:  # only label 1's score minus label 0's matters to the decoder
            weights = {a: w[1] - w[0] for a, w in model.state.items()}
            zero = float
        else:
            weights = {a: np.asarray(w) for a, w in model.state.items()}
            size = len(self.labels)
            zero = lambda: np.zeros(size)  # noqa: E731
        self.zero = zero
        self.transitions = model.transitions
        self.trans = np.asarray(model.transitions)
        pack = None if self.binary else np.stack
        self.ngrams = [
            _Ngrams(size, [t for t in parsed if t.size == size], weights, zero, dictionary, pack)
            for size in sorted({t.size for t in parsed})
        ]
        self.templates = parsed
        self.weights = weights
        self._edges: dict[tuple[int, int], Any] = {}

    @classmethod
    def load(cls, model_dir: str | Path) -> CrfTagger:
        """Load ``models.bin``, ``features.bin`` and ``dictionary.bin`` from underthesea."""
        import joblib  # underthesea's own dependency, used for its feature and word lists

        directory = Path(model_dir)
        templates = joblib.load(directory / "features.bin")
        dictionary = frozenset(joblib.load(directory / "dictionary.bin"))
        return cls(read_crfsuite(directory / "models.bin"), templates, dictionary)

    def tag(self, sequence: Sequence[str]) -> list[str]:
        """The best label sequence for one token sequence (tokens as underthesea sees them)."""
        if not sequence:
            return []
        if self.binary:
            return self._viterbi2(self._emissions(sequence))
        return [self.labels[y] for y in self._viterbi_batch([self._emissions(sequence)])[0]]

    def tag_many(self, sequences: Sequence[Sequence[str]]) -> list[list[str]]:
        """``tag`` for each sequence; with many labels, the sequences are decoded together."""
        if self.binary:
            return [self.tag(sequence) for sequence in sequences]
        tags: list[list[str]] = [[] for _ in sequences]
        order = sorted((i for i, s in enumerate(sequences) if s), key=lambda i: len(sequences[i]))
        for first in range(0, len(order), _DECODE_BATCH):
            batch = order[first : first + _DECODE_BATCH]
            paths = self._viterbi_batch([self._emissions(sequences[i]) for i in batch])
            for i, path in zip(batch, paths, strict=True):
                tags[i] = [self.labels[y] for y in path]
        return tags

    def _edge(self, i: int, n: int) -> Any:
        """The BOS/EOS features' weights for token ``i`` of a sequence of ``n`` tokens."""
        key = (min(i, 2), min(n - 1 - i, 2))
        total = self._edges.get(key)
        if total is None:
            total = self.zero()
            for t in self.templates:
                value = "BOS" if i + t.first < 0 else "EOS" if i + t.last >= n else None
                if value is not None:
                    w = self.weights.get(f"{t.name}={value}")
                    if w is not None:
                        total = total + w
            self._edges[key] = total
        return total

    def _emissions(self, sequence: Sequence[str]) -> Any:
        """Each token's emission scores (the sum of its features' weights)."""
        n = len(sequence)
        scores: Any = [0.0] * (n + 4) if self.binary else np.zeros((n + 4, len(self.labels)))
        for ngrams in self.ngrams:
            size = ngrams.size
            if n < size:
                continue
            if size == 1:
                grams: Sequence[str] = sequence
            else:
                grams = [" ".join(sequence[j : j + size]) for j in range(n - size + 1)]
            get, compute = ngrams.cache.get, ngrams.contribution
            rows = [row if (row := get(gram)) is not None else compute(gram) for gram in grams]
            count = len(rows)
            if self.binary:  # plain lists: add each offset's column to a shifted slice
                for first, column in zip(ngrams.offsets, zip(*rows, strict=True), strict=True):
                    lo = 2 - first
                    scores[lo : lo + count] = map(add, scores[lo : lo + count], column)
            else:
                stacked = np.stack(rows)
                for k, first in enumerate(ngrams.offsets):
                    scores[2 - first : 2 - first + count] += stacked[:, k]
        scores = scores[2 : n + 2]
        for i in sorted({*range(min(2, n)), *range(max(0, n - 2), n)}):
            scores[i] = scores[i] + self._edge(i, n)
        return scores

    def _viterbi2(self, scores: list[float]) -> list[str]:
        """Viterbi over two labels, with label 0's emission score taken as 0."""
        (t00, t01), (t10, t11) = self.transitions
        best0, best1 = 0.0, scores[0]
        back: list[tuple[bool, bool]] = []
        for score in scores[1:]:
            to0, from1_to0 = best0 + t00, best1 + t10
            to1, from1_to1 = best0 + t01, best1 + t11
            came0 = from1_to0 > to0
            came1 = from1_to1 > to1
            best0 = from1_to0 if came0 else to0
            best1 = (from1_to1 if came1 else to1) + score
            back.append((came0, came1))
        label = best1 > best0
        path = [label]
        for came0, came1 in reversed(back):
            label = came1 if label else came0
            path.append(label)
        return [self.labels[y] for y in reversed(path)]

    def _viterbi_batch(self, emissions: list[Any]) -> list[list[int]]:
        """Viterbi over many labels for several sequences at once (shorter ones padded:
        past its end a sequence keeps its scores and points back to the same label)."""
        lengths = [len(e) for e in emissions]
        count, longest, size = len(emissions), max(lengths), len(self.labels)
        scores = np.zeros((count, longest, size))
        for b, e in enumerate(emissions):
            scores[b, : len(e)] = e
        ends = np.asarray(lengths)
        shortest = min(lengths)
        same = np.broadcast_to(np.arange(size), (count, size))
        best = scores[:, 0].copy()
        back = np.empty((longest, count, size), dtype=np.intp)
        trans = np.ascontiguousarray(self.trans.T)  # [label, previous]
        for t in range(1, longest):
            candidates = best[:, None, :] + trans  # [sequence, label, previous]
            came = candidates.argmax(axis=2)
            moved = np.take_along_axis(candidates, came[:, :, None], axis=2)[:, :, 0] + scores[:, t]
            if t < shortest:  # every sequence goes on
                back[t] = came
                best = moved
            else:
                live = (t < ends)[:, None]
                back[t] = np.where(live, came, same)
                best = np.where(live, moved, best)
        paths = np.empty((count, longest), dtype=np.intp)
        labels = best.argmax(axis=1)
        rows = np.arange(count)
        for t in range(longest - 1, 0, -1):
            paths[:, t] = labels
            labels = back[t, rows, labels]
        paths[:, 0] = labels
        return [path[:n] for path, n in zip(paths.tolist(), lengths, strict=True)]
