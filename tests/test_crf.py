"""sukien.text.crf: underthesea's CRF models scored by n-gram give underthesea's own tags."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

from sukien.text import crf
from sukien.text.crf import CrfTagger, parse_template, read_crfsuite
from sukien.text.encoding import decode_bytes
from sukien.text.words import POS_MODEL, WS_MODEL, _normalize, _underthesea_dir, tokenize_syllables

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
WS_DIR = _underthesea_dir() / WS_MODEL
POS_DIR = _underthesea_dir() / POS_MODEL
OURS = {WS_MODEL: CrfTagger.load(WS_DIR), POS_MODEL: CrfTagger.load(POS_DIR)}


def reference(model: str) -> FastCRFSequenceTagger:
    tagger = FastCRFSequenceTagger()
    tagger.load(str(_underthesea_dir() / model))
    return tagger


THEIRS = {WS_MODEL: reference(WS_MODEL), POS_MODEL: reference(POS_MODEL)}


def their_tags(model: str, sequences: list[list[str]]) -> list[list[str]]:
    tagger = THEIRS[model]
    features = tagger.featurizer.process([[[token] for token in seq] for seq in sequences])
    return [list(tagger.estimator.tag(x)) for x in features]


def example_lines() -> list[list[str]]:
    """Every non-empty line of our example articles as normalized syllables."""
    lines = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        for line in decode_bytes(path.read_bytes(), str(path)).text.splitlines():
            syllables = [_normalize(line[s.start : s.end]) for s in tokenize_syllables(line)]
            if syllables:
                lines.append(syllables)
    return lines


LINES = example_lines()


def words_of(line: list[str], tags: list[str]) -> list[str]:
    words: list[str] = []
    for syllable, tag in zip(line, tags, strict=True):
        if tag == "I-W" and words:
            words[-1] += " " + syllable
        else:
            words.append(syllable)
    return words


def test_reads_the_segmenter_model() -> None:
    model = read_crfsuite(WS_DIR / "models.bin")
    assert model.labels == ("B-W", "I-W")
    assert len(model.state) > 10_000
    templates = {parse_template(attr.partition("=")[0]).name for attr in model.state}
    assert "T[-1,0].lower" in templates and "T[0,2].is_in_dict" in templates
    assert len(model.transitions) == 2 and all(len(row) == 2 for row in model.transitions)


def test_reads_the_pos_model() -> None:
    model = read_crfsuite(POS_DIR / "models.bin")
    assert {"B-N", "B-V", "B-Np", "B-CH"} <= set(model.labels)
    assert len(model.labels) == len(model.transitions)


def test_segmenter_tags_equal_underthesea_on_the_examples() -> None:
    assert len(LINES) > 100
    assert OURS[WS_MODEL].tag_many(LINES) == their_tags(WS_MODEL, LINES)


def test_pos_tags_equal_underthesea_on_the_examples() -> None:
    theirs = their_tags(WS_MODEL, LINES)
    sentences = [words_of(line, tags) for line, tags in zip(LINES, theirs, strict=True)]
    assert OURS[POS_MODEL].tag_many(sentences) == their_tags(POS_MODEL, sentences)
    assert [OURS[POS_MODEL].tag(s) for s in sentences[:40]] == their_tags(POS_MODEL, sentences[:40])


@pytest.mark.parametrize(
    "sequence",
    [[], ["Nga"], ["Hà", "Nội"], ["ông", "Vương", "Nghị"], ["2021", "("], ["ĐẢNG", "Cộng", "sản"]],
)
def test_short_sequences_use_the_same_boundary_features(sequence: list[str]) -> None:
    for model in (WS_MODEL, POS_MODEL):
        expected = their_tags(model, [sequence])[0] if sequence else []
        assert OURS[model].tag(sequence) == expected
        assert OURS[model].tag_many([sequence]) == [expected]


SYLLABLES = st.sampled_from(
    [
        "Bộ",
        "Ngoại",
        "giao",
        "Trung",
        "Quốc",
        "Nga",
        "hội",
        "đàm",
        "với",
        "ông",
        "Tập",
        "Cận",
        "Bình",
        "2021",
        "15/3",
        ",",
        ".",
        "(",
        "“",
        "Mát-xcơ-va",
        "TP.HCM",
        "và",
        "các",
        "nước",
        "an",
        "ninh",
        "quốc",
        "phòng",
        "AN",
        "NINH",
        "xyzw",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(SYLLABLES, min_size=1, max_size=25), min_size=1, max_size=6))
def test_any_sequences_get_underthesea_tags(sequences: list[list[str]]) -> None:
    assert OURS[WS_MODEL].tag_many(sequences) == their_tags(WS_MODEL, sequences)
    assert OURS[POS_MODEL].tag_many(sequences) == their_tags(POS_MODEL, sequences)


def test_a_full_cache_starts_over_without_changing_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crf, "_CACHE_LIMIT", 50)
    tagger = CrfTagger.load(WS_DIR)
    assert tagger.tag_many(LINES[:60]) == their_tags(WS_MODEL, LINES[:60])
    assert all(len(ngrams.cache) <= 50 for ngrams in tagger.ngrams)


@pytest.mark.parametrize("name", ["T[0]", "T[-2,-1].lower", "T[0,2].is_in_dict", "T[1].istitle"])
def test_templates_parse(name: str) -> None:
    template = parse_template(name)
    assert template.name == name and 1 <= template.size <= 3


@pytest.mark.parametrize("name", ["T[0].suffix3", "W[0]", "T[1,0]", "T[0,3]"])
def test_unsupported_templates_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match="unsupported feature template"):
        parse_template(name)


def test_a_file_that_is_not_a_model_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "models.bin"
    path.write_bytes(b"lCRF" + b"\0" * 12)
    with pytest.raises(ValueError, match=r"models\.bin: not a readable crfsuite model"):
        read_crfsuite(path)
    path.write_bytes(b"PK\3\4 not a model at all, long enough for a header......")
    with pytest.raises(ValueError, match="not a crfsuite model"):
        read_crfsuite(path)
