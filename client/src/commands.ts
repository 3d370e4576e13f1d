/**
 * Commands: "New appeal", "New appeal from Amazon's notification" and "Show rule
 * documentation". The text of a new appeal and the reading of a notice are the
 * server's (`appealLint/buildAppeal`, `appealLint/readNotice`): one source of truth.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  BUILD_APPEAL_REQUEST,
  MARK_APPEAL_NOTIFICATION,
  PROBLEM_TYPES_REQUEST,
  READ_NOTICE_REQUEST,
  RULES_REQUEST,
  type AppealRequest,
  type NoticeReading,
  type ProblemTypeEntry,
  type RuleEntry,
} from '../../server/src/lsp/protocol';

/** The language of VS Code's display, for what the server names (problem types, rule descriptions). */
function displayLanguage(): 'en' | 'fr' {
  return vscode.env.language.startsWith('fr') ? 'fr' : 'en';
}



async function openAppeal(client: LanguageClient, reading: AppealRequest): Promise<vscode.TextEditor> {
  const { text } = await client.sendRequest<{ text: string }>(BUILD_APPEAL_REQUEST, reading);
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  await client.sendNotification(MARK_APPEAL_NOTIFICATION, { uri: doc.uri.toString() });
  return vscode.window.showTextDocument(doc);
}

export function registerCommands(_context: vscode.ExtensionContext, client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('appealLint.newAppeal', async (args?: AppealRequest) => {
      let language = args?.language;
      let reasons = args?.reasons;
      if (!language) {
        const pick = await vscode.window.showQuickPick(
          [
            { label: 'English', description: vscode.l10n.t('Plan of Action for Seller Performance'), value: 'en' as const },
            { label: 'Français', description: vscode.l10n.t("Plan d'action pour Performance Vendeur"), value: 'fr' as const },
          ],
          { title: vscode.l10n.t('New appeal: language') },
        );
        if (!pick) return undefined;
        language = pick.value;
      }
      if (!reasons) {
        const types = await client.sendRequest<ProblemTypeEntry[]>(PROBLEM_TYPES_REQUEST, { language: displayLanguage() });
        const picks = await vscode.window.showQuickPick(
          types.map((t) => ({ label: t.label, value: t.type })),
          { title: vscode.l10n.t('New appeal: problems Amazon cited'), canPickMany: true },
        );
        if (!picks) return undefined;
        reasons = picks.map((p) => p.value);
      }
      return openAppeal(client, { language, reasons, orders: args?.orders ?? [], asins: args?.asins ?? [], noticeDate: args?.noticeDate });
    }),

    vscode.commands.registerCommand('appealLint.newAppealFromNotice', async (noticeText?: string) => {
      let text = typeof noticeText === 'string' ? noticeText : undefined;
      if (!text) {
        const clip = await vscode.env.clipboard.readText().then((t) => t, () => '');
        text = await vscode.window.showInputBox({
          title: vscode.l10n.t("New appeal from Amazon's notification"),
          prompt: vscode.l10n.t("Paste the text of Amazon's notification (English or French)."),
          value: clip.length < 20000 ? clip : '',
          ignoreFocusOut: true,
        });
        if (!text) return undefined;
      }
      const reading = await client.sendRequest<NoticeReading>(READ_NOTICE_REQUEST, { text });
      if (reading.reasons.length === 0) {
        void vscode.window.showWarningMessage(vscode.l10n.t('No problem type was recognised in this notification: the appeal lists none; add them to the header.'));
      }
      return openAppeal(client, reading);
    }),

    vscode.commands.registerCommand('appealLint.showRuleDocumentation', async (ruleId?: string) => {
      const rules = await client.sendRequest<RuleEntry[]>(RULES_REQUEST, { language: displayLanguage() });
      let id = typeof ruleId === 'string' ? ruleId : undefined;
      if (!id) {
        const pick = await vscode.window.showQuickPick(
          rules.map((r) => ({ label: r.id, detail: r.description })),
          { title: vscode.l10n.t('Appeal Lint: rule documentation'), matchOnDetail: true },
        );
        if (!pick) return undefined;
        id = pick.label;
      }
      const rule = rules.find((r) => r.id === id);
      if (!rule?.docsPath) {
        void vscode.window.showWarningMessage(vscode.l10n.t('No documentation found for {0}.', id));
        return undefined;
      }
      const uri = vscode.Uri.file(rule.docsPath);
      await vscode.commands.executeCommand('markdown.showPreview', uri);
      return uri;
    }),
  ];
}
