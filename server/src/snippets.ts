/**
 * The snippet bodies: one source of truth for the VS Code snippets
 * (`snippets/en.json`, `snippets/fr.json`) and for the text the engine's quick
 * fixes insert. The JSON files are imported as modules, so the bundled server
 * carries them inline. No `vscode` here.
 *
 * A quick fix works in any editor, so it inserts plain text: each tab stop
 * becomes a visible `[PLACEHOLDER]` that `form/placeholder` flags until the
 * writer fills it in (see `snippetText`).
 */
import type { Language } from './types';
import { gs1CheckDigit } from './util/identifiers';
import enSnippets from '../../snippets/en.json';
import frSnippets from '../../snippets/fr.json';

/** One entry of a VS Code snippet file. */
export interface SnippetDefinition {
  prefix: string;
  body: string[];
  description: string;
}

export const SNIPPET_KEYS = [
  'section/root-cause',
  'section/corrective-actions',
  'section/preventive-measures',
  'plan/stockout',
  'plan/not-received',
  'plan/damaged',
  'plan/not-as-described',
  'plan/late-shipment',
  'plan/authenticity',
  'plan/brand-authorisation',
  'appeal/skeleton',
] as const;
export type SnippetKey = (typeof SNIPPET_KEYS)[number];

const files: Record<Language, Readonly<Record<string, SnippetDefinition>>> = { en: enSnippets, fr: frSnippets };

/** The snippet file entry for a key, as VS Code reads it. */
export function snippetDefinition(language: Language, key: string): SnippetDefinition | undefined {
  const file = files[language];
  return file && Object.prototype.hasOwnProperty.call(file, key) ? file[key] : undefined;
}

/** The raw snippet body, with its tab stops, lines joined by '\n'. */
export function snippetBody(language: Language, key: string): string | undefined {
  return snippetDefinition(language, key)?.body.join('\n');
}

/** The body as plain text for a quick fix: tab stops become `[PLACEHOLDER]`s (see `snippetToPlainText`). */
export function snippetText(language: Language, key: string): string | undefined {
  const body = snippetBody(language, key);
  return body === undefined ? undefined : snippetToPlainText(body);
}

// --- Snippet syntax → plain text -------------------------------------------

/** A placeholder name: letters (none lower case, at least one), digits, hyphens, spaces. */
const PLACEHOLDER_NAME = /^(?=.*\p{Lu})[\p{Lu}\p{N}\- ]+$/u;
const DIGITS = /[0-9]/;
const VAR_START = /[_a-zA-Z]/;
const VAR_CHAR = /[_a-zA-Z0-9]/;

/**
 * Converts VS Code snippet syntax to plain text:
 * - `${1:ORDER-ID}` → `[ORDER-ID]` (a default that reads as a placeholder name is
 *   bracketed; any other default, such as `${1:amazon.fr}`, is kept as written);
 * - `$1`, `${1}`, `$0`, an empty `${1:}` and transforms `${1/…/…/}` → nothing;
 * - `${1|en,fr|}` → `[EN]` (the first choice, upper-cased, in brackets);
 * - nested `${1:see ${2:ORDER-ID}}` → `see [ORDER-ID]` (inner placeholders converted,
 *   the outer text kept); `${1:${2:ASIN}}` → `[ASIN]`;
 * - variables `$TM_FILENAME` / `${TM_FILENAME}` → nothing, `${VAR:default}` → the default;
 * - `\$` → `$`, `\}` → `}`, `\\` → `\`; a `$` that starts nothing is kept.
 */
export function snippetToPlainText(body: string): string {
  return new SnippetReader(body).readUntil(false);
}

class SnippetReader {
  private i = 0;
  constructor(private readonly s: string) {}

  /** Reads text and snippet elements up to the end, or up to the `}` closing a placeholder. */
  readUntil(inPlaceholder: boolean): string {
    const s = this.s;
    let out = '';
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '\\' && (s[this.i + 1] === '$' || s[this.i + 1] === '}' || s[this.i + 1] === '\\')) {
        out += s[this.i + 1];
        this.i += 2;
      } else if (inPlaceholder && c === '}') {
        return out;
      } else if (c === '$') {
        out += this.readDollar();
      } else {
        out += c;
        this.i++;
      }
    }
    return out;
  }

  /** At a `$`: a tab stop, placeholder, choice or variable, or a literal `$`. */
  private readDollar(): string {
    const s = this.s;
    const start = this.i;
    const next = s[start + 1] ?? '';
    if (DIGITS.test(next)) {
      this.i = this.skip(start + 1, DIGITS);
      return '';
    }
    if (VAR_START.test(next)) {
      this.i = this.skip(start + 1, VAR_CHAR);
      return '';
    }
    if (next !== '{') {
      this.i = start + 1;
      return '$';
    }
    const open = start + 2;
    let j: number;
    let isVar: boolean;
    if (DIGITS.test(s[open] ?? '')) {
      j = this.skip(open, DIGITS);
      isVar = false;
    } else if (VAR_START.test(s[open] ?? '')) {
      j = this.skip(open, VAR_CHAR);
      isVar = true;
    } else return this.literalDollar(start);
    const mark = s[j];
    if (mark === '}') {
      this.i = j + 1;
      return '';
    }
    if (mark === ':') {
      this.i = j + 1;
      const inner = this.readUntil(true);
      if (s[this.i] !== '}') return this.literalDollar(start);
      this.i++;
      return PLACEHOLDER_NAME.test(inner) ? `[${inner}]` : inner;
    }
    if (mark === '|' && !isVar) {
      const choices = this.readChoices(j + 1);
      if (!choices) return this.literalDollar(start);
      const first = choices[0].trim();
      return first === '' ? '' : `[${first.toUpperCase()}]`;
    }
    if (mark === '/') {
      const end = this.skipTransform(j + 1);
      if (end < 0) return this.literalDollar(start);
      this.i = end;
      return '';
    }
    return this.literalDollar(start);
  }

  /** A `${` that does not form a valid element is text, like VS Code reads it. */
  private literalDollar(start: number): string {
    this.i = start + 1;
    return '$';
  }

  private skip(from: number, re: RegExp): number {
    let j = from;
    while (j < this.s.length && re.test(this.s[j])) j++;
    return j;
  }

  /** The choices of `${1|a,b|}` from just after the first `|`; sets the position after `|}`. */
  private readChoices(from: number): string[] | undefined {
    const s = this.s;
    const choices: string[] = [];
    let cur = '';
    for (let j = from; j < s.length; j++) {
      const c = s[j];
      if (c === '\\' && j + 1 < s.length && ',|\\$}'.includes(s[j + 1])) {
        cur += s[++j];
      } else if (c === ',') {
        choices.push(cur);
        cur = '';
      } else if (c === '|' && s[j + 1] === '}') {
        choices.push(cur);
        this.i = j + 2;
        return choices;
      } else cur += c;
    }
    return undefined;
  }

  /** Skips `regex/format/options}` of a transform; returns the position after `}`, or -1. */
  private skipTransform(from: number): number {
    const s = this.s;
    let slashes = 0;
    let depth = 0;
    for (let j = from; j < s.length; j++) {
      const c = s[j];
      if (c === '\\') j++;
      else if (slashes === 1 && c === '$' && s[j + 1] === '{') {
        depth++;
        j++;
      } else if (depth > 0 && c === '}') depth--;
      else if (depth === 0 && c === '/') slashes++;
      else if (depth === 0 && c === '}' && slashes >= 2) return j + 1;
    }
    return -1;
  }
}

// --- Sample values (tests) -------------------------------------------------

/** `[PLACEHOLDER]` tokens as `snippetText` writes them. */
export const PLAIN_PLACEHOLDER = /\[((?=[^\]]*\p{Lu})[\p{Lu}\p{N}][\p{Lu}\p{N}\- ]*)\]/gu;

function gtin(data: string): string {
  return data + String(gs1CheckDigit(data));
}

const MONTHS: Record<Language, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** A calendar date written the way the language writes it in prose. */
function writtenDate(iso: string, language: Language): string {
  const [y, m, d] = iso.split('-').map(Number);
  const day = language === 'fr' && d === 1 ? '1er' : String(d);
  return `${day} ${MONTHS[language][m - 1]} ${y}`;
}

/** Samples shared by both languages: identifiers and figures. A list is used in turn. */
const COMMON: Record<string, string[]> = {
  'ORDER-ID': ['203-4816259-7730418'],
  'ORDER-ID-2': ['205-1938472-6604135'],
  ASIN: ['B0CKT4MZ82'],
  EAN: [gtin('376012345678')],
  'CORRECT-EAN': [gtin('376098765432')],
  GTIN: [gtin('376012345678')],
  'NOTICE-DATE': ['2026-11-12'],
  REASON: ['used-sold-as-new'],
  EN: ['en'],
  FR: ['fr'],
  AUTO: ['auto'],
  COUNT: ['12', '7', '5', '2', '40', '3'],
  TOTAL: ['330'],
  UNITS: ['2'],
  MINUTES: ['5'],
  DAYS: ['5'],
  'PERIOD-DAYS': ['30'],
  'PREPARATION-DAYS': ['3'],
  'NEW-HANDLING-DAYS': ['4'],
  HEIGHT: ['80'],
  'INVOICE-NUMBER': ['4418'],
};

/** Per-language samples, by placeholder name; dates are ISO here and written out per language. */
const SAMPLES: Record<Language, Record<string, string[]>> = {
  en: {
    DATE: ['2026-11-13', '2026-11-14', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'],
    'START-DATE': ['2026-10-20'],
    'END-DATE': ['2026-11-08'],
    'INVOICE-DATE': ['2026-11-15'],
    'LETTER-DATE': ['2026-11-14'],
    MARKETPLACE: ['amazon.com'],
    RATE: ['9.4'],
    'ALERT-RATE': ['2'],
    TIME: ['13:00', '17:00', '08:45'],
    'CUTOFF-TIME': ['09:00'],
    WEEKDAY: ['Monday'],
    FREQUENCY: ['day', 'Monday'],
    PROBLEM: ['used items sold as new'],
    FAULT: [
      'Returned units went back on sale as new without any inspection',
      'Our listing template gave every offer the New condition by default',
    ],
    'ACTION-TAKEN': [
      'inspected the 46 returned units in stock and stopped the 9 used ones from being sold as new',
      'removed the default New condition from our listing template',
      'refunded the buyers of the orders concerned in full',
    ],
    'MEASURED-RESULT': ['none of our 142 orders has led to a condition complaint'],
    OWNER: ['the warehouse lead', 'our stock manager'],
    'CHECK-PERFORMED': ['inspects each returned unit before it goes back into stock'],
    'RULE-IN-PLACE': ['a returned unit goes back on sale as new only if its factory seal is intact'],
    METRIC: ['the condition complaints received'],
    TEAM: ['our four warehouse staff'],
    'OTHER-CHANNEL': ['our own web shop'],
    'INVENTORY-TOOL': ['our inventory software'],
    'UNTRACKED-SERVICE': ['second-class letter post'],
    'TRACKED-SERVICE': ['a tracked two-day parcel service'],
    'PRODUCT-TYPE': ['our engraved glass vases'],
    'NEW-PACKAGING': ['double-wall boxes with moulded pulp inserts'],
    PRODUCT: ['our steel water bottle'],
    'OTHER-PRODUCT': ['a smaller model of the same bottle'],
    'OLD-HANDLING-TIME': ['one business day'],
    SUPPLIER: ['Harbour Wholesale'],
    'AUTHORISED-DISTRIBUTOR': ['Northern Home Distribution'],
    BRAND: ['Sunrise'],
    'BRAND-OWNER': ['Sunrise Home Limited'],
    NAME: ['Grace Hill'],
    'JOB-TITLE': ['Operations Manager'],
    COMPANY: ['Hill Home Goods'],
  },
  fr: {
    DATE: ['2026-11-13', '2026-11-14', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'],
    'DATE-DE-DÉBUT': ['2026-10-20'],
    'DATE-DE-FIN': ['2026-11-08'],
    'DATE-DE-FACTURE': ['2026-11-15'],
    'DATE-DE-LA-LETTRE': ['2026-11-14'],
    'DATE-DE-NOTIFICATION': ['2026-11-12'],
    'NUMÉRO-DE-COMMANDE': ['203-4816259-7730418'],
    'NUMÉRO-DE-COMMANDE-2': ['205-1938472-6604135'],
    'EAN-CORRECT': [gtin('376098765432')],
    'NUMÉRO-DE-FACTURE': ['4418'],
    'PLACE-DE-MARCHÉ': ['amazon.fr'],
    MOTIF: ['used-sold-as-new'],
    NOMBRE: ['12', '7', '5', '2', '40', '3'],
    'PÉRIODE-EN-JOURS': ['30'],
    'NOMBRE-DE-JOURS': ['5'],
    'JOURS-DE-PRÉPARATION': ['3'],
    'NOUVEAU-DÉLAI': ['4'],
    UNITÉS: ['2'],
    HAUTEUR: ['80'],
    TAUX: ['9,4'],
    'TAUX-LIMITE': ['2'],
    HEURE: ['13 h', '17 h', '8 h 45'],
    'HEURE-LIMITE': ['9 h'],
    'JOUR-DE-LA-SEMAINE': ['lundi'],
    FRÉQUENCE: ['jour', 'lundi'],
    PROBLÈME: ["des articles d'occasion vendus comme neufs"],
    DÉFAUT: [
      'Les articles retournés étaient remis en vente comme neufs sans aucun contrôle',
      "Notre modèle de fiche attribuait par défaut l'état Neuf à chaque offre",
    ],
    'ACTION-RÉALISÉE': [
      'contrôlé les 46 articles retournés encore en stock, et les 9 qui avaient servi ne sont plus vendus comme neufs',
      "supprimé l'état Neuf attribué par défaut dans notre modèle de fiche",
      'remboursé intégralement les acheteurs des commandes concernées',
    ],
    'RÉSULTAT-MESURÉ': ["aucune de nos 142 commandes n'a donné lieu à une réclamation sur l'état du produit"],
    RESPONSABLE: ["notre responsable d'entrepôt", 'notre gestionnaire de stock'],
    'CONTRÔLE-EFFECTUÉ': ['inspecte chaque article retourné avant sa remise en stock'],
    'RÈGLE-EN-PLACE': ["un article retourné n'est remis en vente comme neuf que si son emballage d'origine est encore scellé"],
    INDICATEUR: ["les réclamations sur l'état du produit"],
    ÉQUIPE: ['nos quatre préparateurs'],
    'AUTRE-CANAL': ['notre boutique en ligne'],
    'OUTIL-DE-STOCK': ['notre logiciel de gestion des stocks'],
    'SERVICE-SANS-SUIVI': ['la lettre verte'],
    'SERVICE-AVEC-SUIVI': ['un service de colis suivi en deux jours'],
    'TYPE-DE-PRODUIT': ['nos vases en verre gravés'],
    'NOUVEL-EMBALLAGE': ['des cartons double cannelure avec calage en pulpe moulée'],
    PRODUIT: ['notre gourde en acier'],
    'AUTRE-PRODUIT': ['un modèle plus petit de la même gourde'],
    'ANCIEN-DÉLAI': ['un jour ouvré'],
    FOURNISSEUR: ['Comptoir du Nord'],
    'DISTRIBUTEUR-AUTORISÉ': ['Diffusion Centrale'],
    MARQUE: ['Soleil'],
    'TITULAIRE-DE-LA-MARQUE': ['la société Soleil'],
    NOM: ['Claire Martin'],
    FONCTION: ['gérante'],
    SOCIÉTÉ: ['Atelier Martin'],
  },
};

/** Names of placeholders that stay ISO dates (YAML header values). */
const ISO_DATES = new Set(['NOTICE-DATE', 'DATE-DE-NOTIFICATION']);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A sample for a name no table knows, guessed from the words of the name. */
function guess(name: string, language: Language): string {
  const n = name.toUpperCase();
  if (/ORDER|COMMANDE/.test(n)) return COMMON['ORDER-ID'][0];
  if (/ASIN/.test(n)) return COMMON.ASIN[0];
  if (/EAN|GTIN|UPC|BARCODE|CODE-BARRES/.test(n)) return COMMON.EAN[0];
  if (/DATE/.test(n)) return writtenDate('2026-11-20', language);
  if (/RATE|TAUX|PERCENT/.test(n)) return language === 'fr' ? '1,5' : '1.5';
  if (/TIME|HEURE/.test(n)) return language === 'fr' ? '10 h' : '10:00';
  if (/COUNT|NUMBER|NOMBRE|NUMÉRO|TOTAL|UNITS|UNITÉS|DAYS|JOURS|\d/.test(n)) return '3';
  return name.toLowerCase().replace(/-/g, ' ');
}

const FRENCH_HINTS = /\b(?:nous|les|des|une|avons|est|dont|pour|chaque)\b/giu;
const ENGLISH_HINTS = /\b(?:we|the|and|our|have|was|for|each|every)\b/giu;

function guessLanguage(text: string): Language {
  const fr = text.match(FRENCH_HINTS)?.length ?? 0;
  const en = text.match(ENGLISH_HINTS)?.length ?? 0;
  return fr > en ? 'fr' : 'en';
}

/**
 * For tests: replaces every `[PLACEHOLDER]` with a plausible sample chosen by its
 * name (a valid 3-7-7 order ID, a B0 ASIN, an EAN with the right check digit, a
 * date written the language's way, figures, names, sentences…). `values`
 * overrides samples by name. A name that appears several times takes its samples
 * in turn (dates and counts vary, identifiers stay the same). The language
 * defaults to the one the text reads in. The free-text samples of the generic
 * snippets tell one story (returned units resold as new: the `used-sold-as-new`
 * reason), so a filled skeleton reads as one coherent appeal.
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>> = {}, language: Language = guessLanguage(text)): string {
  const seen = new Map<string, number>();
  return text.replace(PLAIN_PLACEHOLDER, (_m, name: string) => {
    if (Object.prototype.hasOwnProperty.call(values, name)) return values[name];
    const list = SAMPLES[language][name] ?? COMMON[name];
    if (!list) return guess(name, language);
    const k = seen.get(name) ?? 0;
    seen.set(name, k + 1);
    const v = list[k % list.length];
    return ISO.test(v) && !ISO_DATES.has(name) ? writtenDate(v, language) : v;
  });
}
