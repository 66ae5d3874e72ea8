-- Drives Neovim's built-in LSP client against `echt lsp`: open a page, wait for the diagnostics,
-- apply the quick fix for one of them, and wait for that diagnostic to go. Writes what it saw as
-- JSON to $ECHT_NVIM_OUT; any failure is written there too and exits non-zero.
local out = os.getenv('ECHT_NVIM_OUT')
local function finish(result, code)
  local file = io.open(out, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd(code == 0 and 'qa!' or 'cquit! ' .. code)
end

local ok, err = pcall(function()
  local root = os.getenv('ECHT_NVIM_ROOT')
  local page = os.getenv('ECHT_NVIM_PAGE')
  local result = {}
  vim.cmd('edit ' .. vim.fn.fnameescape(page))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'echt',
    cmd = { os.getenv('ECHT_NODE'), os.getenv('ECHT_BIN'), 'lsp', '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'site' } },
  })
  assert(client_id, 'the echt language server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)

  local function echt_diagnostics()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local lsp = d.user_data and d.user_data.lsp or {}
      table.insert(list, { code = lsp.code or d.code, lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity })
    end
    return list
  end
  local function has_code(code)
    for _, d in ipairs(echt_diagnostics()) do
      if d.code == code then return d end
    end
    return nil
  end

  assert(vim.wait(60000, function() return has_code('brand/terminology') ~= nil end, 50), 'no brand/terminology diagnostic within 60 s')
  result.before = echt_diagnostics()
  local target = has_code('brand/terminology')

  local params = {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    range = { start = { line = target.lnum, character = target.col }, ['end'] = { line = target.end_lnum, character = target.end_col } },
    context = { diagnostics = {} },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 20000)
  local chosen
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do
      if action.isPreferred and action.edit then chosen = action end
    end
  end
  assert(chosen, 'no preferred quick fix offered')
  result.action = chosen.title
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')

  assert(vim.wait(60000, function() return has_code('brand/terminology') == nil and #echt_diagnostics() > 0 end, 50), 'the diagnostic did not go after the quick fix')
  result.after = echt_diagnostics()
  result.line = vim.api.nvim_buf_get_lines(bufnr, target.lnum, target.lnum + 1, false)[1]
  vim.lsp.stop_client(client_id)
  finish(result, 0)
end)
if not ok then finish({ error = tostring(err) }, 3) end
