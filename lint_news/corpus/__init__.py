"""Corpora: ``lint-news scan`` over thousands of articles, and what they share.

- :mod:`lint_news.corpus.rows` reads articles from JSONL, CSV, Parquet or folders, one row at a time;
- :mod:`lint_news.corpus.passages` finds passages shared across articles (MinHash and LSH);
- :mod:`lint_news.corpus.marks` marks them on each article's Document, for a scan and ``check --cross-file``;
- :mod:`lint_news.corpus.scan` lints every row and writes one output row per article;
- :mod:`lint_news.corpus.output` writes those rows, JSON lines or Parquet;
- :mod:`lint_news.corpus.summary` aggregates the rows per source;
- :mod:`lint_news.corpus.report_html` renders the audit report, one self-contained HTML file;
- :mod:`lint_news.corpus.execution` runs a scan's chunks here, in worker processes or on a Dask cluster.
"""
