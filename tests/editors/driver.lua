-- Drives a headless Neovim that was started with one of the lint-news recipes from
-- docs/editors.md as its init file and an article as its buffer (tests/test_neovim.py).
-- It waits (every wait with a timeout) for the lint-news client and its diagnostics,
-- asks for hover and code actions, applies "Disable CODE for this line", and writes what
-- it saw as JSON to $LINT_NEWS_RESULT, then quits.
--
-- Only APIs that Neovim 0.7 already has are used here, so the same driver runs the
-- 0.7, 0.8-0.10 and 0.11 recipes.

local TIMEOUT = tonumber(os.getenv("LINT_NEWS_WAIT_MS") or "") or 30000
local out_path = assert(os.getenv("LINT_NEWS_RESULT"), "LINT_NEWS_RESULT is not set")
local action_code = os.getenv("LINT_NEWS_ACTION_CODE") -- e.g. LN801; nil: no code action
local encode = (vim.json and vim.json.encode) or vim.fn.json_encode

local result = { version = vim.version(), steps = {} }

local function write()
  local file = assert(io.open(out_path, "w"))
  file:write(encode(result))
  file:close()
end

local function step(name)
  table.insert(result.steps, name)
end

local function clients(bufnr)
  if vim.lsp.get_clients then -- 0.10+
    return vim.lsp.get_clients({ bufnr = bufnr })
  end
  local found = {}
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    table.insert(found, client)
  end
  return found
end

local function lint_news_client(bufnr)
  for _, client in ipairs(clients(bufnr)) do
    if client.name == (os.getenv("LINT_NEWS_CLIENT") or "lint-news") or client.name == "lint_news" then
      return client
    end
  end
end

local function plain(diagnostic)
  return {
    lnum = diagnostic.lnum,
    col = diagnostic.col,
    end_lnum = diagnostic.end_lnum,
    end_col = diagnostic.end_col,
    severity = diagnostic.severity,
    code = diagnostic.code,
    source = diagnostic.source,
    message = diagnostic.message,
  }
end

local function diagnostics(bufnr)
  local list = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, plain(diagnostic))
  end
  table.sort(list, function(a, b)
    if a.lnum ~= b.lnum then
      return a.lnum < b.lnum
    end
    return a.col < b.col
  end)
  return list
end

-- The LSP form of a diagnostic (ASCII test articles: byte columns are UTF-16 columns).
local function lsp_diagnostic(d)
  return {
    range = {
      start = { line = d.lnum, character = d.col },
      ["end"] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col },
    },
    message = d.message,
    severity = d.severity,
    code = d.code,
    source = d.source,
  }
end

local function request(bufnr, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, TIMEOUT)
  if not responses then
    return nil, tostring(err or "no response")
  end
  for _, response in pairs(responses) do
    if response.err then
      return nil, vim.inspect(response.err)
    end
    if response.result ~= nil then
      return response.result
    end
  end
  return nil
end

local function hover_text(contents)
  if type(contents) == "string" then
    return contents
  end
  if contents.value then
    return contents.value
  end
  local parts = {}
  for _, part in ipairs(contents) do
    table.insert(parts, type(part) == "string" and part or part.value)
  end
  return table.concat(parts, "\n")
end

local function main()
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype
  result.k_mapping = vim.fn.maparg("K", "n") ~= ""

  local client
  if os.getenv("LINT_NEWS_NO_LSP") then -- a linter command (nvim-lint): no client to wait for
    result.attached = true
  else
    result.attached = vim.wait(TIMEOUT, function()
      client = lint_news_client(bufnr)
      return client ~= nil
    end, 50)
    if not client then
      return
    end
    step("attached")
    result.client_name = client.name
    result.offset_encoding = client.offset_encoding
  end

  result.published = vim.wait(TIMEOUT, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 50)
  result.diagnostics = diagnostics(bufnr)
  step("diagnostics")

  -- $LINT_NEWS_EDIT: append a line with a TK, fire that event (e.g. InsertLeave) unless it is
  -- "change", and wait for a diagnostic on the new line.
  local edit = os.getenv("LINT_NEWS_EDIT")
  if edit then
    local count = vim.api.nvim_buf_line_count(bufnr)
    vim.api.nvim_buf_set_lines(bufnr, count, count, false, { "", "The mayor said TK." })
    if edit ~= "change" then
      vim.cmd("doautocmd " .. edit)
    end
    result.edit_linted = vim.wait(TIMEOUT, function()
      for _, d in ipairs(vim.diagnostic.get(bufnr)) do
        if d.lnum == count + 1 and d.code == "LN801" then
          return true
        end
      end
      return false
    end, 50)
    result.diagnostics_edited = diagnostics(bufnr)
    step("edited")
  end
  if not client or os.getenv("LINT_NEWS_NO_HOVER") then -- efm-langserver has no hover
    return
  end

  result.hovers = {}
  for _, d in ipairs(result.diagnostics) do
    local hover, err = request(bufnr, "textDocument/hover", {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      position = { line = d.lnum, character = d.col },
    })
    table.insert(result.hovers, {
      code = d.code,
      lnum = d.lnum,
      col = d.col,
      text = hover and hover.contents and hover_text(hover.contents) or nil,
      error = err,
    })
  end
  step("hover")

  -- K, as a user would press it, on the first finding: a floating window with its documentation.
  local first
  for _, d in ipairs(result.diagnostics) do
    if type(d.code) == "string" and d.code:match("^%u+%d+$") then -- a rule code such as LN801
      first = d
      break
    end
  end
  if first then
    vim.api.nvim_win_set_cursor(0, { first.lnum + 1, first.col })
    vim.cmd("normal K")
    local float_text
    vim.wait(TIMEOUT, function()
      for _, win in ipairs(vim.api.nvim_list_wins()) do
        if vim.api.nvim_win_get_config(win).relative ~= "" then
          local lines = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false)
          float_text = table.concat(lines, "\n")
          return true
        end
      end
      return false
    end, 50)
    result.k_code = first.code
    result.k_float_text = float_text
    for _, win in ipairs(vim.api.nvim_list_wins()) do
      if vim.api.nvim_win_get_config(win).relative ~= "" then
        vim.api.nvim_win_close(win, true)
      end
    end
    step("K")
  end

  if not action_code then
    return
  end
  local target
  for _, d in ipairs(result.diagnostics) do
    if d.code == action_code then
      target = d
      break
    end
  end
  if not target then
    result.action_error = "no diagnostic " .. action_code
    return
  end
  local lsp = lsp_diagnostic(target)
  local actions, err = request(bufnr, "textDocument/codeAction", {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = lsp.range,
    context = { diagnostics = { lsp } },
  })
  result.action_error = err
  result.action_titles = {}
  local disable
  for _, action in ipairs(actions or {}) do
    table.insert(result.action_titles, action.title)
    if action.title == "Disable " .. action_code .. " for this line (lint-news)" then
      disable = action
    end
  end
  step("code actions")
  if not disable then
    return
  end
  vim.lsp.util.apply_workspace_edit(disable.edit, client.offset_encoding)
  result.lines_after = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  step("applied")

  -- The edit is a didChange: after the debounce the server lints again without the finding.
  result.relinted = vim.wait(TIMEOUT, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == action_code then
        return false
      end
    end
    return true
  end, 50)
  result.diagnostics_after = diagnostics(bufnr)
  step("relinted")
end

local ok, err = pcall(main)
if not ok then
  result.error = tostring(err)
end
write()
vim.cmd("qall!")
