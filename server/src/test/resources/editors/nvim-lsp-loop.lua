-- The editor loop in a real Neovim (0.7.x, started as `nvim --headless -u NONE`), driven by
-- NeovimIT. It reads a JSON spec from the file named by $PLUMBLINE_EDITOR_SPEC:
--   { "cmd": [...], "root": dir, "timeoutMs": n, "result": file,
--     "files": [ { "path", "languageId", "rule", "fixTitle", "fixedText" } ] }
-- starts the server with vim.lsp.start_client (0.7 has no vim.lsp.start), and for each file: opens
-- it, waits for the rule's diagnostic in vim.diagnostic.get, hovers it, asks for code actions with
-- the published diagnostic, applies the preferred quick fix with apply_workspace_edit, and waits for
-- the diagnostics of the changed version. Writes a JSON report to "result" and stdout, and exits
-- non-zero on any failure.

local report = { editor = 'nvim ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor)
  .. '.' .. tostring(vim.version().patch), ok = false, files = {} }
local spec

local function read_file(path)
  local f = assert(io.open(path, 'rb'))
  local text = f:read('*a')
  f:close()
  return text
end

local function finish()
  local json = vim.json.encode(report)
  if spec and spec.result then
    local f = io.open(spec.result, 'wb')
    if f then
      f:write(json)
      f:close()
    end
  end
  io.stdout:write(json .. '\n')
  io.stdout:flush()
  if report.ok then
    vim.cmd('qall!')
  else
    vim.cmd('cquit 1')
  end
end

-- Every publishDiagnostics the editor receives: uri -> { version, count }. The default handler
-- still runs, so vim.diagnostic sees what a user would.
local published = {}
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result and result.uri then
    local seen = published[result.uri] or { count = 0 }
    published[result.uri] = { version = result.version, count = seen.count + 1 }
  end
  return default_publish(err, result, ctx, config)
end

local function rule_diagnostics(bufnr, rule)
  return vim.tbl_filter(function(d)
    return d.source == 'plumbline' and d.code == rule
  end, vim.diagnostic.get(bufnr))
end

local function request(bufnr, client_id, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, spec.timeoutMs)
  if not responses then
    error(method .. ' failed: ' .. tostring(err))
  end
  local response = responses[client_id]
  if not response then
    error(method .. ': no response from the client')
  end
  if response.err then
    error(method .. ': ' .. vim.inspect(response.err))
  end
  return response.result
end

local function check_file(client_id, file, out)
  local client = vim.lsp.get_client_by_id(client_id)
  vim.cmd('edit ' .. vim.fn.fnameescape(file.path))
  local bufnr = vim.api.nvim_get_current_buf()
  -- -u NONE loads no filetype detection; set what a user's filetype plugin would
  vim.bo[bufnr].filetype = file.languageId
  local uri = vim.uri_from_bufnr(bufnr)
  out.uri = uri
  if not vim.lsp.buf_attach_client(bufnr, client_id) then
    error('buf_attach_client refused the buffer')
  end
  local before = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')

  -- 1. diagnostics, as vim.diagnostic has them
  local found = vim.wait(spec.timeoutMs, function()
    return #rule_diagnostics(bufnr, file.rule) > 0
  end, 20)
  if not found then
    error('no ' .. file.rule .. ' diagnostic within ' .. spec.timeoutMs .. ' ms; got '
      .. vim.inspect(vim.tbl_map(function(d) return d.code end, vim.diagnostic.get(bufnr))))
  end
  local diagnostic = rule_diagnostics(bufnr, file.rule)[1]
  out.diagnostic = { line = diagnostic.lnum + 1, column = diagnostic.col + 1, message = diagnostic.message }
  out.diagnosticsOnOpen = #vim.diagnostic.get(bufnr)

  -- 2. hover on the diagnostic's start
  vim.api.nvim_win_set_cursor(0, { diagnostic.lnum + 1, diagnostic.col })
  local hover = request(bufnr, client_id, 'textDocument/hover',
    vim.lsp.util.make_position_params(0, client.offset_encoding))
  local contents = hover and hover.contents
  local hover_text = type(contents) == 'table' and (contents.value or vim.inspect(contents)) or tostring(contents)
  out.hoverChars = #hover_text
  if not hover_text:find('# ' .. file.rule, 1, true) then
    error('hover does not show the docs of ' .. file.rule .. ': ' .. hover_text:sub(1, 200))
  end

  -- 3. code actions for the published diagnostic (what vim.lsp.buf.code_action sends in 0.7)
  local line_diagnostics = vim.tbl_filter(function(d)
    return d.code == file.rule
  end, vim.lsp.diagnostic.get_line_diagnostics(bufnr, diagnostic.lnum, {}, client_id))
  if #line_diagnostics == 0 then
    error('vim.lsp.diagnostic.get_line_diagnostics lost the diagnostic')
  end
  local actions = request(bufnr, client_id, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = line_diagnostics[1].range,
    context = { diagnostics = line_diagnostics },
  }) or {}
  out.actions = vim.tbl_map(function(a) return a.title end, actions)
  local chosen
  for _, action in ipairs(actions) do
    local fixes_rule = vim.tbl_filter(function(d) return d.code == file.rule end, action.diagnostics or {})
    if action.kind == 'quickfix' and action.isPreferred and #fixes_rule > 0 then
      chosen = action
      break
    end
  end
  if not chosen then
    error('no preferred quick fix for ' .. file.rule .. ' among ' .. vim.inspect(out.actions))
  end
  out.applied = chosen.title
  if not chosen.title:find(file.fixTitle, 1, true) then
    error('preferred fix "' .. chosen.title .. '" is not the expected "' .. file.fixTitle .. '"')
  end
  if not chosen.edit then
    error('quick fix "' .. chosen.title .. '" carries no edit')
  end

  -- 4. apply it as the editor does; the client sends didChange itself
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  local after = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  if after == before then
    error('the buffer did not change')
  end
  if not after:find(file.fixedText, 1, true) then
    error('the buffer lacks "' .. file.fixedText .. '" after the fix:\n' .. after)
  end
  local version = vim.lsp.util.buf_versions[bufnr]
  out.changedVersion = version

  -- 5. the diagnostics of that version no longer hold the rule
  local settled = vim.wait(spec.timeoutMs, function()
    local p = published[uri]
    return p ~= nil and p.version ~= nil and p.version >= version
  end, 20)
  if not settled then
    error('no diagnostics published for version ' .. tostring(version) .. ' within ' .. spec.timeoutMs
      .. ' ms; last: ' .. vim.inspect(published[uri]))
  end
  out.diagnosticsAfterFix = #vim.diagnostic.get(bufnr)
  local left = rule_diagnostics(bufnr, file.rule)
  if #left > 0 then
    error(file.rule .. ' is still reported after the fix: ' .. left[1].message)
  end
  out.ok = true
end

local function main()
  spec = vim.json.decode(read_file(assert(os.getenv('PLUMBLINE_EDITOR_SPEC'), 'PLUMBLINE_EDITOR_SPEC unset')))
  vim.lsp.set_log_level('WARN')
  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'plumbline',
    cmd = spec.cmd,
    root_dir = spec.root,
    workspace_folders = { { uri = vim.uri_from_fname(spec.root), name = 'workspace' } },
    on_exit = function(code, signal)
      exited = { code = code, signal = signal }
    end,
  })
  if not client_id then
    error('vim.lsp.start_client failed for ' .. table.concat(spec.cmd, ' '))
  end
  local all_ok = true
  for _, file in ipairs(spec.files) do
    local out = { path = file.path, rule = file.rule, ok = false }
    table.insert(report.files, out)
    local ok, err = pcall(check_file, client_id, file, out)
    if not ok then
      out.error = tostring(err)
      all_ok = false
    end
  end
  -- shutdown + exit, as when the editor quits; the server must end with 0
  vim.lsp.get_client_by_id(client_id).stop()
  vim.wait(spec.timeoutMs, function() return exited ~= nil end, 20)
  report.serverExit = exited and exited.code or 'still running'
  report.ok = all_ok and exited ~= nil and exited.code == 0
end

local ok, err = pcall(main)
if not ok then
  report.error = tostring(err)
  report.ok = false
end
finish()
