-- A stand-in for nvim-lint (https://github.com/mfussenegger/nvim-lint), which the tests cannot
-- download: the part of its API that the nvim-lint recipe of docs/editors.md uses, done the
-- way nvim-lint does it. try_lint() picks the linters for the buffer's filetype, spawns the
-- command with its args (functions among them called), writes the buffer's lines to stdin,
-- collects the chosen stream and, scheduled on the main loop, hands the output to
-- parser(output, bufnr, cwd) and sets the diagnostics in the linter's namespace.
local uv = vim.loop
local api = vim.api

local M = { linters = {}, linters_by_ft = {}, runs = 0 }

local namespaces = {}

local function namespace(name)
  namespaces[name] = namespaces[name] or api.nvim_create_namespace(name)
  return namespaces[name]
end

local function value(x)
  if type(x) == "function" then
    return x()
  end
  return x
end

function M.lint(linter)
  local bufnr = api.nvim_get_current_buf()
  local args = {}
  for _, arg in ipairs(linter.args or {}) do
    table.insert(args, value(arg))
  end
  if not linter.stdin and linter.append_fname ~= false then
    table.insert(args, api.nvim_buf_get_name(bufnr))
  end
  local stdin, stdout, stderr = uv.new_pipe(false), uv.new_pipe(false), uv.new_pipe(false)
  local chunks = {}
  local cwd = linter.cwd or vim.fn.getcwd()
  local cmd = value(linter.cmd)
  local handle
  local pending = 2 -- the process's exit and the end of its output
  local function finish()
    pending = pending - 1
    if pending > 0 then
      return
    end
    vim.schedule(function()
      local diagnostics = linter.parser(table.concat(chunks), bufnr, cwd)
      if api.nvim_buf_is_valid(bufnr) then
        vim.diagnostic.set(namespace(linter.name), bufnr, diagnostics)
      end
      M.runs = M.runs + 1
    end)
  end
  handle = uv.spawn(cmd, { args = args, stdio = { stdin, stdout, stderr }, cwd = cwd }, function(code)
    handle:close()
    if code ~= 0 and not linter.ignore_exitcode then
      vim.schedule(function()
        vim.notify("Linter command `" .. cmd .. "` exited with code: " .. code, vim.log.levels.WARN)
      end)
    end
    finish()
  end)
  assert(handle, "could not run " .. tostring(cmd))
  local stream = (linter.stream == "stderr") and stderr or stdout
  local other = (stream == stdout) and stderr or stdout
  stream:read_start(function(err, chunk)
    assert(not err, err)
    if chunk then
      table.insert(chunks, chunk)
    else
      stream:close()
      finish()
    end
  end)
  other:read_start(function(_, chunk)
    if not chunk then
      other:close()
    end
  end)
  if linter.stdin then
    for _, line in ipairs(api.nvim_buf_get_lines(bufnr, 0, -1, true)) do
      stdin:write(line .. "\n")
    end
  end
  stdin:shutdown(function()
    stdin:close()
  end)
end

function M.try_lint(names)
  if type(names) == "string" then
    names = { names }
  end
  names = names or M.linters_by_ft[vim.bo.filetype] or {}
  for _, name in ipairs(names) do
    local linter = assert(M.linters[name], "Linter with name `" .. name .. "` not available")
    linter.name = linter.name or name
    M.lint(linter)
  end
end

return M
