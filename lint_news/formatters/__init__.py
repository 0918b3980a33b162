"""Formatters turn a :class:`~lint_news.report.Report` into text for a reader or a program."""

FORMATS = ("text", "json")
