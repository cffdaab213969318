"""The dictionary word count used when word segmentation is skipped."""

from __future__ import annotations

from sukien.text.dictionary import count_words, multi_syllable_words


def test_multi_syllable_words_come_from_underthesea_and_the_kb() -> None:
    words = multi_syllable_words()
    assert ("hợp", "tác") in words  # underthesea's word list
    assert ("tập", "cận", "bình") in words  # the knowledge base


def test_count_words() -> None:
    assert count_words("hai bên hợp tác chặt chẽ") == 4  # hai | bên | hợp tác | chặt chẽ
    assert count_words("“kỷ nguyên mới”") == 2
    assert count_words("12 , 5") == 0
    assert count_words("") == 0
