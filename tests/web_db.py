"""A small database for the web UI tests: three example articles and one whose text holds
HTML that must show as text."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from conftest import EXAMPLES
from sukien.ingest.runner import ingest
from sukien.store.store import Store

ARTICLES = ("01_xi_moscow_2023.txt", "02_putin_beijing_2024.txt", "04_biden_xi_woodside_2023.txt")
XSS_ID = "99_xss_test"
XSS = "<script>alert(1)</script>"
XSS_ARTICLE = f"""Ngoại trưởng Nga Sergei Lavrov gặp Ngoại trưởng Trung Quốc Vương Nghị {XSS}

Hà Nội, ngày 5/6/2024 - Ngoại trưởng Nga Sergei Lavrov ngày 4/6 đã hội đàm với Ngoại trưởng \
Trung Quốc Vương Nghị tại Bắc Kinh. Đoạn mã {XSS} và thẻ <b>đậm</b> phải hiện ra như chữ.

"Quan hệ Nga – Trung <b>chưa bao giờ</b> tốt như hiện nay {XSS}", ông Lavrov nói.

Minh Anh (theo TASS)
"""


def build(folder: Path, pipeline: Any) -> Path:
    """Ingest the articles into ``folder/web.db`` and return its path."""
    inputs = folder / "articles"
    inputs.mkdir(parents=True)
    for name in ARTICLES:
        shutil.copy(EXAMPLES / name, inputs / name)
    (inputs / f"{XSS_ID}.txt").write_text(XSS_ARTICLE, encoding="utf-8")
    path = folder / "web.db"
    with Store(path) as store:
        summary = ingest(store, [str(inputs)], pipeline)
    assert summary.failed == 0 and summary.articles == len(ARTICLES) + 1, summary
    return path
