-- Appeal Lint for Neovim 0.7 and later (no plugin needed).
-- Put this file in ~/.config/nvim/lua/appeal_lint.lua and add `require('appeal_lint')`
-- to your init.lua, or source it with `:luafile`. Set APPEAL_LINT_SERVER to the path of
-- server/out/server.js, or install the package so that `appeal-lint-ls` is on PATH.
local server = os.getenv('APPEAL_LINT_SERVER')
local cmd = server and { 'node', server, '--stdio' } or { 'appeal-lint-ls', '--stdio' }

local client_id = nil

local function root_of(fname)
  local found = vim.fn.finddir('.git', vim.fn.fnamemodify(fname, ':p:h') .. ';')
  if found ~= '' then return vim.fn.fnamemodify(found, ':p:h:h') end
  return vim.fn.fnamemodify(fname, ':p:h')
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'markdown',
  callback = function(args)
    if not client_id then
      client_id = vim.lsp.start_client({
        name = 'appeal-lint',
        cmd = cmd,
        root_dir = root_of(vim.api.nvim_buf_get_name(args.buf)),
        -- Neovim 0.7 has no pull diagnostics: the server pushes them.
        -- Settings go in init_options (or use a .appeal-lint.json next to the appeals).
        init_options = { settings = { messageLanguage = 'auto', lintDelay = 200 } },
      })
    end
    if client_id then vim.lsp.buf_attach_client(args.buf, client_id) end
  end,
})
