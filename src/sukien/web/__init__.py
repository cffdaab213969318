"""The HTML web UI of ``sukien serve``: pages rendered with Jinja2 from the dicts of
:mod:`sukien.api.views` (:mod:`sukien.web.routes`), their text in Vietnamese and English
(:mod:`sukien.web.i18n`) and server-side SVG charts (:mod:`sukien.web.charts`)."""
