// A tracking number with a wrong check digit tracks nothing: the proof of shipment the plan relies on cannot be verified.
import { defineRule } from '../define';
import { isCheckedIdentifierSpan, s10CheckDigit, upsCheckDigit } from '../../util/identifiers';

/** UPS: `1Z`, 15 letters or digits, a check digit (a mistyped last character may be a letter). */
const UPS = /(?<![\p{L}\p{N}_])1Z[A-Z0-9]{16}(?![\p{L}\p{N}_])/gu;
/** UPU S10 (international post: La Poste, Royal Mail…): 2 letters, 8 digits, a check digit, a 2-letter country. */
const S10 = /(?<![\p{L}\p{N}_])[A-Z]{2}\d{9}[A-Z]{2}(?![\p{L}\p{N}_])/gu;

export default defineRule({
  id: 'facts/invalid-tracking',
  category: 'facts',
  defaultSeverity: 'warning',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'A UPS (1Z…) or international post (S10) tracking number must have the right check digit.',
    fr: 'Un numéro de suivi UPS (1Z…) ou postal international (S10) doit avoir le bon chiffre de contrôle.',
  },
  messages: {
    en: {
      ups: 'UPS tracking number {code} is mistyped: its check character should be {expected}, not {actual}. Copy the number again from the label or your UPS account.',
      s10: 'Tracking number {code} is mistyped: its check digit (the last of the nine digits) should be {expected}, not {actual}. Copy the number again from the postal receipt or the label.',
    },
    fr: {
      ups: "Le numéro de suivi UPS {code} est mal recopié : son dernier caractère devrait être {expected}, et non {actual}. Recopiez-le depuis l'étiquette ou votre compte UPS.",
      s10: "Le numéro de suivi {code} est mal recopié : son chiffre de contrôle (le dernier des neuf chiffres) devrait être {expected}, et non {actual}. Recopiez-le depuis le reçu de dépôt ou l'étiquette.",
    },
  },
  check(doc, ctx) {
    const text = doc.text;
    const ups = new RegExp(UPS.source, UPS.flags);
    ups.lastIndex = doc.bodyStart;
    for (let m = ups.exec(text); m; m = ups.exec(text)) {
      const code = m[0];
      const expected = upsCheckDigit(code.slice(2, 17));
      const actual = code[17];
      if (String(expected) === actual) continue;
      const start = m.index;
      if (!isCheckedIdentifierSpan(doc, start, start + code.length)) continue;
      ctx.report({ start, end: start + code.length, messageId: 'ups', args: { code, expected, actual } });
    }
    const s10 = new RegExp(S10.source, S10.flags);
    s10.lastIndex = doc.bodyStart;
    for (let m = s10.exec(text); m; m = s10.exec(text)) {
      const code = m[0];
      const expected = s10CheckDigit(code.slice(2, 10));
      const actual = code[10];
      if (String(expected) === actual) continue;
      const start = m.index;
      if (!isCheckedIdentifierSpan(doc, start, start + code.length)) continue;
      ctx.report({ start, end: start + code.length, messageId: 's10', args: { code, expected, actual } });
    }
  },
});
