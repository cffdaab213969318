"""The annotation pipeline: the list of steps, what each reads and writes, in order.

Every step is a callable ``Document -> Document``. ``Pipeline`` builds the steps once (loading
models and dictionaries) and runs them on each document; ``PIPELINE_VERSION`` is stored with
each article, and a stored article made by another version is re-annotated on the next ingest.

| step      | reads                         | writes                                         |
|-----------|-------------------------------|------------------------------------------------|
| clean     | original, title (metadata)    | text, blocks, title, byline, credits, url      |
| sentences | text, blocks                  | sentences                                      |
| words     | text, sentences               | tokens (words with POS)                        |
| entities  | text, sentences, blocks, byline | entities (typed, linked to the KB)           |
| times     | text, entities, published     | published (dateline / inferred), times         |
| references| text, sentences, entities, published | references (roles resolved to people)    |
| quotes    | text, sentences, tokens, entities, references | quotes (direct, indirect; speaker) |
| events    | text, sentences, entities, references, times, quotes, published | events (PLOVER) |
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sukien.document import Document
from sukien.entities.fixed_words import kb_fixed_words
from sukien.entities.recognize import recognizer
from sukien.entities.roles import role_resolver
from sukien.events.extract import EventOptions, events
from sukien.quotes import quotes
from sukien.text.normalize import NormalizeOptions, normalize_text
from sukien.text.sentences import split_sentences
from sukien.text.structure import parse_byline, parse_structure
from sukien.text.words import Segmenter
from sukien.time.step import times

PIPELINE_VERSION = "6"

Step = Callable[[Document], Document]


@dataclass(frozen=True)
class PipelineOptions:
    """What a user may choose about annotation."""

    normalize: NormalizeOptions = field(default_factory=NormalizeOptions)
    fixed_words: tuple[str, ...] = ()
    pos: bool = True
    entities: bool = True
    kb_words: bool = True  # the knowledge base's names are fixed words of the segmenter
    # word segmentation and POS (underthesea's CRF models, half of the pipeline's time);
    # without it the tokens layer stays empty and the later steps count syllables instead
    words: bool = True
    # what the events step keeps (``hypothetical=True``: also conditional, demanded, alleged
    # or speculated events, with status "hypothetical")
    events: EventOptions = field(default_factory=EventOptions)


def make_clean(options: NormalizeOptions) -> Step:
    def clean(doc: Document) -> Document:
        """Normalize ``original`` and lay it out; metadata found earlier wins over the text's."""
        meta_title = normalize_text(doc.title, options) if doc.title else None
        structure = parse_structure(normalize_text(doc.original, options), meta_title)
        doc.text, doc.blocks = structure.text, structure.blocks
        doc.title = structure.title
        meta_byline = normalize_text(doc.byline, options) if doc.byline else None
        doc.byline, doc.credits = structure.byline, structure.credits
        if meta_byline:  # metadata wins, read the same way as a byline line of the text
            name, credits = parse_byline(meta_byline)
            doc.byline = name or doc.byline
            doc.credits = credits + [c for c in doc.credits if c not in credits]
        doc.url = doc.url or structure.url
        return doc

    return clean


def sentences(doc: Document) -> Document:
    """Split every block of ``text`` into sentences (a sentence never crosses a line)."""
    doc.sentences = [
        sentence
        for block in doc.blocks
        for sentence in split_sentences(doc.text, block.start, block.end)
    ]
    return doc


def make_words(segmenter: Segmenter) -> Step:
    def words(doc: Document) -> Document:
        """Segment each sentence into words (fixed-word dictionary applied) with POS tags."""
        doc.tokens = segmenter.segment_sentences(doc.text, doc.sentences)
        return doc

    return words


def make_events(options: EventOptions) -> Step:
    def events_step(doc: Document) -> Document:
        """Code PLOVER events (see :mod:`sukien.events.extract`)."""
        return events(doc, options)

    return events_step


class Pipeline:
    """The configured steps; call it on a Document to annotate it."""

    def __init__(self, options: PipelineOptions | None = None) -> None:
        self.options = options or PipelineOptions()
        fixed = self.options.fixed_words
        if self.options.kb_words:
            fixed = kb_fixed_words() + fixed
        self.segmenter = Segmenter(fixed, pos=self.options.pos)
        self.steps: list[tuple[str, Step]] = [
            ("clean", make_clean(self.options.normalize)),
            ("sentences", sentences),
        ]
        if self.options.words:
            self.steps.append(("words", make_words(self.segmenter)))
        if self.options.entities:
            self.steps.append(("entities", recognizer()))
            self.steps.append(("times", times))
            self.steps.append(("references", role_resolver()))
            self.steps.append(("quotes", quotes))
            self.steps.append(("events", make_events(self.options.events)))

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.steps]

    def add_fixed_words(self, words: Iterable[str]) -> None:
        self.segmenter.add_fixed_words(words)

    def __call__(self, doc: Document) -> Document:
        for _, step in self.steps:
            doc = step(doc)
        return doc
