-- Neovim 0.11 init file for the efm-langserver recipe of docs/editors.md: the client side
-- (the recipe itself is efm's config.yaml, which tests/test_neovim.py writes to $LINT_NEWS_EFM_CONFIG).
vim.lsp.config("efm", {
  cmd = { "efm-langserver", "-c", os.getenv("LINT_NEWS_EFM_CONFIG") },
  filetypes = { "markdown", "text" },
  root_markers = { ".git" },
})
vim.lsp.enable("efm")
