"""Main text and metadata of an HTML page, through trafilatura (no network access)."""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass

import trafilatura

from sukien.errors import InputError

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class HtmlArticle:
    text: str
    title: str | None
    author: str | None
    published: str | None
    url: str | None
    site: str | None


def extract_html(html: str, source: str | None = None, url: str | None = None) -> HtmlArticle:
    """The article in an HTML page; ``InputError`` when the page holds no article text."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.split()) < 20:
        raise InputError("no article text found in the HTML page", source)
    return HtmlArticle(
        text=text,
        title=getattr(doc, "title", None) or None,
        author=getattr(doc, "author", None) or None,
        published=getattr(doc, "date", None) or None,
        url=getattr(doc, "url", None) or None,
        site=getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or None,
    )
