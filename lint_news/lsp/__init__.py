"""The lint-news language server (``lint-news lsp``; needs the ``lsp`` extra: pygls and lsprotocol).

Only this package imports pygls, so the command line starts without it.
"""
