/**
 * The VS Code client: starts the Appeal Lint language server and adds what only an
 * editor can offer (commands, status bar, snippets with tab stops). No rule logic
 * here: every check, notice reading and appeal text comes from the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { StatusBar } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // The server watches .appeal-lint.json and the word file itself (dynamic registration).
    // It restarts after a crash (up to 4 times in 3 minutes, the library's default).
    initializationFailedHandler: () => false,
  };
  client = new LanguageClient('appealLint', vscode.l10n.t('Appeal Lint'), serverOptions, clientOptions);
  await client.start();

  const status = new StatusBar(client);
  context.subscriptions.push(status, ...registerCommands(context, client));
  return { client, status };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}

/** What the extension exports (used by the editor tests). */
export interface ExtensionApi {
  client: LanguageClient;
  status: StatusBar;
}
