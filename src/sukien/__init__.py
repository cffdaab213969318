"""sukien: Vietnamese news articles to a searchable knowledge base of political events."""

from sukien.document import Document

__version__ = "0.1.0"
__all__ = ["Document", "__version__"]
