"""sukien: Vietnamese news articles to a searchable knowledge base of political events."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sukien.document import Document

if TYPE_CHECKING:
    from sukien.api import annotate

__version__ = "0.1.0"
__all__ = ["Document", "__version__", "annotate"]


def __getattr__(name: str) -> Any:
    # ``annotate`` loads the pipeline modules (and underthesea) only when first used, so
    # ``import sukien`` stays cheap.
    if name == "annotate":
        from sukien.api import annotate

        globals()["annotate"] = annotate
        return annotate
    raise AttributeError(f"module 'sukien' has no attribute {name!r}")
