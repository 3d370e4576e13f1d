// The case header tells every other rule what Amazon cited; a wrong value there silently weakens them all.
import { defineRule } from '../define';
import { HEADER_KEYS } from '../../document/header';
import { PROBLEM_TYPES } from '../../locales/types';
import { isAsin, isOrderId } from '../../util/identifiers';

const LANGUAGES = ['en', 'fr', 'auto'];
const LIST_KEYS = new Set(['reasons', 'orders', 'asins', 'previous']);

export default defineRule({
  id: 'case/header',
  category: 'case',
  defaultSeverity: 'error',
  languages: ['en', 'fr'],
  fixable: false,
  description: {
    en: 'The case header (front matter) and the configuration must be readable and valid.',
    fr: "L'en-tête du dossier (front matter) et la configuration doivent être lisibles et valides.",
  },
  messages: {
    en: {
      unclosed: 'The case header starts with "---" but has no closing "---" line.',
      yaml: 'The case header is not valid YAML: {error}.',
      notMapping: 'The case header must be a list of "key: value" lines.',
      duplicate: 'The key "{key}" appears twice in the case header.',
      unknownKey: 'Unknown key "{key}" in the case header. Known keys: {known}.',
      badValue: 'The value of "{key}" must be {expected}.',
      badLanguage: 'Language "{value}" is not supported: use en, fr or auto.',
      unknownReason: 'Unknown reason "{value}". Use one of: {known}.',
      noReasons: 'The case header lists no reasons: name each problem Amazon cited so the plan can be checked against it.',
      badOrder: '"{value}" is not an Amazon order ID (3-7-7 digits, such as 171-1234567-1234567).',
      badAsin: '"{value}" is not an ASIN (10 capital letters or digits, such as B0ABCDE123).',
      badDate: '"{value}" is not a date: write the notice date as YYYY-MM-DD.',
      badMarketplace: '"{value}" does not look like an Amazon marketplace (such as amazon.fr).',
      previousNeedsFile: 'The earlier appeal "{file}" cannot be read because this text is not saved in a file.',
      previousUnreadable: 'The earlier appeal "{file}" cannot be read: {error}.',
      unknownDirectiveRule: 'Unknown rule "{rule}" in this appeal-lint comment.',
      configUnreadable: 'The configuration {source} cannot be read: {error}. It is ignored.',
      configNotObject: 'The configuration {source} must be a JSON object. It is ignored.',
      configUnknownKey: 'Unknown setting "{key}" in {source}.',
      configUnknownRule: 'Unknown rule "{rule}" in {source}.',
      configBadValue: 'Setting "{key}" in {source} is {value}; expected {expected}. The default is used.',
    },
    fr: {
      unclosed: "L'en-tête du dossier commence par « --- » mais n'a pas de ligne « --- » de fermeture.",
      yaml: "L'en-tête du dossier n'est pas du YAML valide : {error}.",
      notMapping: "L'en-tête du dossier doit être une suite de lignes « clé: valeur ».",
      duplicate: "La clé « {key} » apparaît deux fois dans l'en-tête du dossier.",
      unknownKey: "Clé « {key} » inconnue dans l'en-tête du dossier. Clés possibles : {known}.",
      badValue: 'La valeur de « {key} » doit être {expected}.',
      badLanguage: "La langue « {value} » n'est pas prise en charge : indiquez en, fr ou auto.",
      unknownReason: 'Motif « {value} » inconnu. Motifs possibles : {known}.',
      noReasons: "L'en-tête ne cite aucun motif : indiquez chaque problème relevé par Amazon pour que le plan soit vérifié point par point.",
      badOrder: "« {value} » n'est pas un numéro de commande Amazon (3-7-7 chiffres, par exemple 171-1234567-1234567).",
      badAsin: "« {value} » n'est pas un ASIN (10 lettres majuscules ou chiffres, par exemple B0ABCDE123).",
      badDate: "« {value} » n'est pas une date : écrivez la date de la notification au format AAAA-MM-JJ.",
      badMarketplace: "« {value} » ne ressemble pas à une place de marché Amazon (par exemple amazon.fr).",
      previousNeedsFile: "L'appel précédent « {file} » ne peut pas être lu : ce texte n'est pas enregistré dans un fichier.",
      previousUnreadable: "L'appel précédent « {file} » ne peut pas être lu : {error}.",
      unknownDirectiveRule: 'Règle « {rule} » inconnue dans ce commentaire appeal-lint.',
      configUnreadable: 'La configuration {source} est illisible : {error}. Elle est ignorée.',
      configNotObject: 'La configuration {source} doit être un objet JSON. Elle est ignorée.',
      configUnknownKey: 'Réglage « {key} » inconnu dans {source}.',
      configUnknownRule: 'Règle « {rule} » inconnue dans {source}.',
      configBadValue: 'Le réglage « {key} » de {source} vaut {value} ; attendu : {expected}. La valeur par défaut est utilisée.',
    },
  },
  check(doc, ctx) {
    const fm = doc.frontMatter;
    if (!fm) return;
    for (const p of fm.problems) {
      if (p.message === 'unclosed') ctx.report({ start: p.start, end: p.end, messageId: 'unclosed' });
      else if (p.message === 'not-a-mapping') ctx.report({ start: p.start, end: p.end, messageId: 'notMapping' });
      else if (p.message.startsWith('duplicate:')) ctx.report({ start: p.start, end: p.end, messageId: 'duplicate', args: { key: p.message.slice(10) } });
      else ctx.report({ start: p.start, end: p.end, messageId: 'yaml', args: { error: p.message.replace(/\.$/, '') } });
    }
    for (const entry of fm.entries.values()) {
      const { key } = entry;
      if (!(HEADER_KEYS as readonly string[]).includes(key)) {
        ctx.report({ start: entry.keyStart, end: entry.keyEnd, messageId: 'unknownKey', args: { key, known: HEADER_KEYS.join(', ') } });
        continue;
      }
      if (entry.invalid || (!LIST_KEYS.has(key) && entry.isList)) {
        const expected = LIST_KEYS.has(key) ? (ctx.language === 'fr' ? 'une liste de valeurs simples' : 'a list of plain values') : ctx.language === 'fr' ? 'une valeur simple' : 'a single plain value';
        ctx.report({ start: entry.keyStart, end: entry.end, messageId: 'badValue', args: { key, expected } });
        continue;
      }
      for (const item of entry.items) {
        const v = item.value;
        const at = { start: item.start, end: item.end };
        switch (key) {
          case 'language':
            if (!LANGUAGES.includes(v)) ctx.report({ ...at, messageId: 'badLanguage', args: { value: v } });
            break;
          case 'reasons':
            if (!(PROBLEM_TYPES as readonly string[]).includes(v)) ctx.report({ ...at, messageId: 'unknownReason', args: { value: v, known: PROBLEM_TYPES.join(', ') } });
            break;
          case 'orders':
            if (!isOrderId(v)) ctx.report({ ...at, messageId: 'badOrder', args: { value: v } });
            break;
          case 'asins':
            if (!isAsin(v)) ctx.report({ ...at, messageId: 'badAsin', args: { value: v } });
            break;
          case 'notice-date':
            if (!isIsoDate(v)) ctx.report({ ...at, messageId: 'badDate', args: { value: v } });
            break;
          case 'marketplace':
            if (!/^(?:www\.)?amazon\.[a-z]{2,3}(?:\.[a-z]{2})?$/i.test(v)) ctx.report({ ...at, messageId: 'badMarketplace', args: { value: v } });
            break;
          default:
            break;
        }
      }
      if (key === 'reasons' && entry.items.length === 0) ctx.report({ start: entry.keyStart, end: entry.end, messageId: 'noReasons' });
    }
  },
});

function isIsoDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
