import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createEngine, type Engine, type Finding, type Language } from '../../server/src/engine';
import { parseDocument } from '../../server/src/document/model';
import { headingRole, namedProblemTypes } from '../../server/src/document/sections';
import { PLAN_TYPES, type SectionRole } from '../../server/src/locales/types';
import { ASIN_IN_TEXT, isAsin, isOrderId, isValidGtin, ORDER_ID_IN_TEXT } from '../../server/src/util/identifiers';
import {
  fillPlaceholders,
  PLAIN_PLACEHOLDER,
  SNIPPET_KEYS,
  snippetBody,
  snippetDefinition,
  snippetText,
  snippetToPlainText,
  type SnippetKey,
} from '../../server/src/snippets';

const root = path.resolve(__dirname, '../..');
const LANGUAGES = ['en', 'fr'] as const;
const SECTION_KEYS: Record<SectionRole, SnippetKey> = {
  'root-cause': 'section/root-cause',
  corrective: 'section/corrective-actions',
  preventive: 'section/preventive-measures',
};
const ROLES: SectionRole[] = ['root-cause', 'corrective', 'preventive'];
const PREFIX: Record<Language, string> = { en: 'poa-', fr: 'pda-' };
/** Tab-stop defaults: capitals (accented ones in French), digits and hyphens. */
const DEFAULT_NAME: Record<Language, RegExp> = { en: /^[A-Z0-9-]+$/, fr: /^[A-Z0-9ÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ-]+$/ };

function plain(language: Language, key: string): string {
  const text = snippetText(language, key);
  assert.ok(text !== undefined, `no ${language} snippet ${key}`);
  return text;
}

function lineCount(language: Language, key: string): number {
  return snippetDefinition(language, key)!.body.length;
}

function headingsOf(text: string): { level: number; title: string }[] {
  return [...text.matchAll(/^(#{1,6}) (.+)$/gm)].map((m) => ({ level: m[1].length, title: m[2].trim() }));
}

describe('snippets', () => {
  describe('files', () => {
    for (const language of LANGUAGES) {
      it(`snippets/${language}.json is a VS Code snippet file with exactly the known keys`, () => {
        const data: unknown = JSON.parse(fs.readFileSync(path.join(root, 'snippets', `${language}.json`), 'utf8'));
        assert.ok(data && typeof data === 'object' && !Array.isArray(data));
        assert.deepEqual(Object.keys(data).sort(), [...SNIPPET_KEYS].sort());
        for (const [key, entry] of Object.entries(data as Record<string, unknown>)) {
          const e = entry as Record<string, unknown>;
          assert.deepEqual(Object.keys(e).sort(), ['body', 'description', 'prefix'], key);
          assert.equal(typeof e.prefix, 'string', key);
          assert.equal(typeof e.description, 'string', key);
          assert.ok((e.description as string).length > 10, `${key}: a real description`);
          assert.ok(Array.isArray(e.body) && e.body.every((l) => typeof l === 'string'), `${key}: body is a list of lines`);
        }
      });
    }

    it('every key exists in both languages and the engine module exposes it', () => {
      for (const language of LANGUAGES) {
        for (const key of SNIPPET_KEYS) {
          assert.ok(snippetBody(language, key), `${language} ${key}`);
          assert.ok(snippetText(language, key), `${language} ${key}`);
        }
        assert.equal(snippetBody(language, 'plan/unknown'), undefined);
        assert.equal(snippetText(language, 'toString'), undefined);
      }
    });

    it('prefixes are unique across both files and start with poa- (English) or pda- (French)', () => {
      const seen = new Map<string, string>();
      for (const language of LANGUAGES) {
        for (const key of SNIPPET_KEYS) {
          const { prefix } = snippetDefinition(language, key)!;
          assert.ok(prefix.startsWith(PREFIX[language]), `${language} ${key}: ${prefix}`);
          assert.match(prefix, /^[a-z-]+$/, `${prefix}: easy to type`);
          assert.ok(!seen.has(prefix), `${prefix} is used by ${seen.get(prefix)} and ${language} ${key}`);
          seen.set(prefix, `${language} ${key}`);
        }
      }
      assert.equal(seen.size, SNIPPET_KEYS.length * 2);
    });

    it('descriptions are in the file language', () => {
      for (const key of SNIPPET_KEYS) {
        const fr = snippetDefinition('fr', key)!.description;
        assert.match(fr, /\b(?:les?|la|des|de|du|pour|et)\b/, `${key}: ${fr}`);
        const en = snippetDefinition('en', key)!.description;
        assert.doesNotMatch(en, /\b(?:les|des|pour)\b/, `${key}: ${en}`);
        assert.notEqual(fr, en);
      }
    });

    it('bodies stay brief: sections 3-8 lines, plans 15-35, the skeleton at most 45', () => {
      for (const language of LANGUAGES) {
        for (const key of SNIPPET_KEYS) {
          const n = lineCount(language, key);
          const [min, max] = key.startsWith('section/') ? [3, 8] : key.startsWith('plan/') ? [15, 35] : [1, 45];
          assert.ok(n >= min && n <= max, `${language} ${key}: ${n} lines`);
        }
      }
    });

    it('tab-stop defaults are upper-case placeholder names', () => {
      for (const language of LANGUAGES) {
        for (const key of SNIPPET_KEYS) {
          const body = snippetBody(language, key)!;
          const defaults = [...body.matchAll(/\$\{\d+:([^}]*)\}/g)].map((m) => m[1]);
          assert.ok(defaults.length >= 3, `${language} ${key} has tab stops`);
          for (const d of defaults) assert.match(d, DEFAULT_NAME[language], `${language} ${key}: "${d}"`);
          // No `$` other than snippet syntax: literal dollars would have to be escaped.
          assert.doesNotMatch(body.replace(/\$\{\d+(?::[^}]*|\|[^}]*\|)\}/g, ''), /(?<!\\)\$/, `${language} ${key}`);
        }
      }
    });

    it('the same placeholder number always carries the same default (mirrored tab stops)', () => {
      for (const language of LANGUAGES) {
        for (const key of SNIPPET_KEYS) {
          const seen = new Map<string, string>();
          for (const m of snippetBody(language, key)!.matchAll(/\$\{(\d+):([^}]*)\}/g)) {
            const before = seen.get(m[1]);
            assert.ok(before === undefined || before === m[2], `${language} ${key}: \${${m[1]}} is "${before}" and "${m[2]}"`);
            seen.set(m[1], m[2]);
          }
        }
      }
    });

    it('bodies are calm and never vague: no exclamation mark, no vague promise, no guarantee', () => {
      const banned: Record<Language, RegExp> = {
        en: /!|as soon as possible|we will try|hopefully|never again|guarantee|at some point/i,
        fr: /!|dès que possible|nous allons essayer|dans la mesure du possible|plus jamais|garanti|bientôt/i,
      };
      for (const language of LANGUAGES) {
        for (const key of SNIPPET_KEYS) assert.doesNotMatch(plain(language, key), banned[language], `${language} ${key}`);
      }
    });
  });

  describe('snippetToPlainText', () => {
    const table: [string, string][] = [
      ['Order ${1:ORDER-ID}.', 'Order [ORDER-ID].'],
      ['Le ${2:NUMÉRO-DE-COMMANDE}', 'Le [NUMÉRO-DE-COMMANDE]'],
      ['a$1b${2}c$0', 'abc'],
      ['${1:}x', 'x'],
      ['language: ${1|en,fr,auto|}', 'language: [EN]'],
      ['${1| en ,fr|}', '[EN]'],
      ['${1|a\\,b,c|}', '[A,B]'],
      ['${1:see ${2:ORDER-ID} here}', 'see [ORDER-ID] here'],
      ['${1:${2:ASIN}}', '[ASIN]'],
      ['${1:amazon.fr}', 'amazon.fr'],
      ['${1:2026}', '2026'],
      ['\\$20 and \\} and \\\\', '$20 and } and \\'],
      ['${1:a \\} b}', 'a } b'],
      ['costs $ 5, {x} and }', 'costs $ 5, {x} and }'],
      ['${unclosed', '${unclosed'],
      ['${1:OPEN', '${1:OPEN'],
      ['$TM_FILENAME|${CURRENT_YEAR}|${VAR:DEFAULT}', '||[DEFAULT]'],
      ['${1/(.*)/${1:/upcase}/g}done', 'done'],
      ['${1:multi\nline}', 'multi\nline'],
    ];
    for (const [input, output] of table) {
      it(`${JSON.stringify(input)} → ${JSON.stringify(output)}`, () => {
        assert.equal(snippetToPlainText(input), output);
      });
    }

    it('turns every tab stop of every body into a bracketed placeholder or nothing', () => {
      for (const language of LANGUAGES) {
        for (const key of SNIPPET_KEYS) {
          const text = plain(language, key);
          assert.doesNotMatch(text, /\$\{?\d/, `${language} ${key}`);
          const tabStops = snippetBody(language, key)!.match(/\$\{\d+[:|]/g)!.length;
          assert.equal(text.match(PLAIN_PLACEHOLDER)!.length, tabStops, `${language} ${key}`);
        }
      }
    });
  });

  describe('fillPlaceholders', () => {
    for (const language of LANGUAGES) {
      for (const key of SNIPPET_KEYS) {
        it(`${language} ${key}: leaves no placeholder and writes valid identifiers`, () => {
          const filled = fillPlaceholders(plain(language, key), {}, language);
          // A YAML list of one ASIN (`asins: [B0CKT4MZ82]`) looks like a placeholder but is a value.
          const left = [...filled.matchAll(/\[([\p{Lu}\p{N}-]*\p{Lu}[\p{Lu}\p{N}-]*)\]/gu)].filter((m) => !/^B0[A-Z0-9]{8}$/.test(m[1]));
          assert.deepEqual(left.map((m) => m[0]), [], filled);
          for (const m of filled.matchAll(/\b\d{3}-\d+-\d+\b/g)) assert.ok(isOrderId(m[0]), m[0]);
          for (const m of filled.matchAll(/\bASIN ([A-Z0-9]+)/g)) assert.ok(isAsin(m[1]), m[1]);
          for (const m of filled.matchAll(/\b\d{8,14}\b/g)) assert.ok(isValidGtin(m[0]), m[0]);
        });
      }
    }

    it('writes dates the language way, keeps ISO dates for the header, and takes repeated samples in turn', () => {
      assert.equal(fillPlaceholders('On [DATE] and [DATE].', {}, 'en'), 'On 13 November 2026 and 14 November 2026.');
      assert.equal(fillPlaceholders('Le [DATE] et le [DATE-DE-FIN].', {}, 'fr'), 'Le 13 novembre 2026 et le 8 novembre 2026.');
      assert.equal(fillPlaceholders('notice-date: [NOTICE-DATE]', {}, 'en'), 'notice-date: 2026-11-12');
      assert.equal(fillPlaceholders('[ORDER-ID] [ORDER-ID]', {}, 'en'), '203-4816259-7730418 203-4816259-7730418');
    });

    it('gives GTINs a right check digit and guesses from unknown names', () => {
      const filled = fillPlaceholders('EAN [EAN], UPC [SUPPLIER-UPC], [SHIP-DATE], [BOX-COUNT], [COURIER-NAME]', {}, 'en');
      const [ean, upc] = filled.match(/\d{13}/g)!;
      assert.ok(isValidGtin(ean) && isValidGtin(upc), filled);
      assert.match(filled, /\d{1,2} [A-Z][a-z]+ 2026, 3, courier name$/, filled);
    });

    it('takes given values first and guesses the language when none is given', () => {
      assert.equal(fillPlaceholders('[ORDER-ID] [BRAND]', { BRAND: 'Acme' }, 'en'), '203-4816259-7730418 Acme');
      assert.match(fillPlaceholders('Le [DATE], nous avons vérifié les commandes.'), /^Le 13 novembre 2026,/);
      assert.match(fillPlaceholders('On [DATE], we checked the orders.'), /^On 13 November 2026,/);
      assert.equal(fillPlaceholders('a [link](x) and [Note] stay'), 'a [link](x) and [Note] stay');
    });
  });

  describe('structure', () => {
    for (const language of LANGUAGES) {
      for (const role of ROLES) {
        const key = SECTION_KEYS[role];
        it(`${language} ${key}: one heading the structure rules read as ${role}${role === 'root-cause' ? '' : ', and a list'}`, () => {
          const text = plain(language, key);
          const hs = headingsOf(text);
          assert.equal(hs.length, 1);
          assert.equal(hs[0].level, 2);
          assert.equal(headingRole(hs[0].title), role, hs[0].title);
          const doc = parseDocument(fillPlaceholders(text, {}, language), { forced: language });
          assert.deepEqual(doc.headings.map((h) => h.role), [role], 'no other line reads as a heading');
          if (role !== 'root-cause') assert.ok(doc.paragraphs.some((p) => p.kind === 'list-item'), 'a list');
        });
      }

      for (const type of PLAN_TYPES) {
        const key = `plan/${type}`;
        it(`${language} ${key}: organised per reason under a heading naming the type, with lists of actions and measures`, () => {
          const text = plain(language, key);
          const hs = headingsOf(text);
          assert.equal(hs[0].level, 2);
          assert.deepEqual(namedProblemTypes(hs[0].title), [type], hs[0].title);
          assert.equal(headingRole(hs[0].title), undefined, hs[0].title);
          assert.deepEqual(hs.slice(1).map((h) => h.level), [3, 3, 3]);
          assert.deepEqual(hs.slice(1).map((h) => headingRole(h.title)), ROLES);

          const doc = parseDocument(fillPlaceholders(text, {}, language), { forced: language });
          assert.equal(doc.headings.length, 4, 'no other line reads as a heading');
          assert.equal(doc.scopes.length, 1);
          const scope = doc.scopes[0];
          assert.deepEqual(scope.problemTypes, [type], 'the model sees one reason');
          for (const role of ROLES) assert.equal(scope.roles[role].length, 1, role);
          for (const role of ['corrective', 'preventive'] as const) {
            const section = scope.roles[role][0];
            const items = doc.paragraphs.filter((p) => p.kind === 'list-item' && p.section === section);
            assert.ok(items.length >= 3, `${role}: ${items.length} list items`);
          }
        });
      }

      it(`${language} appeal/skeleton: a case header, an opening line, then the three sections in order`, () => {
        const text = plain(language, 'appeal/skeleton');
        assert.match(text, /^---\nlanguage: \[(?:EN|FR)\]\nmarketplace: \[[^\]]+\]\nreasons: \[\[[^\]]+\]\]\norders: \[\[[^\]]+\]\]\nasins: \[\[ASIN\]\]\nnotice-date: \[[^\]]+\]\n---\n\n\S/);
        assert.deepEqual(headingsOf(text).map((h) => headingRole(h.title)), ROLES);
        const doc = parseDocument(fillPlaceholders(text, {}, language), { forced: language });
        assert.ok(doc.header.hasReasons);
        assert.equal(doc.header.language?.value, language);
        assert.deepEqual(doc.headings.map((h) => h.role), ROLES);
      });

      it(`${language} appeal/skeleton: its sections are the section snippets, word for word`, () => {
        const skeleton = plain(language, 'appeal/skeleton');
        for (const key of Object.values(SECTION_KEYS)) assert.ok(skeleton.includes(plain(language, key)), key);
      });
    }
  });

  describe('expected measures of each plan', () => {
    // What the plan/ table of RULES.md expects for each type, stated explicitly in the plan.
    const measures: Record<Language, Record<(typeof PLAN_TYPES)[number], RegExp[]>> = {
      en: {
        stockout: [/stock threshold/, /deactivated automatically/, /in sync across all our sales channels/, /no order is confirmed while its stock is in doubt/],
        'not-received': [/tracking number/, /every parcel leaves with a tracking number/, /confirmed as shipped only when the carrier scans the parcel/],
        damaged: [/replaced the packaging/, /drop-tested/, /reviewed all \[COUNT\] fragile products/, /withdrew from sale/],
        'not-as-described': [/checked the EAN of each of our \[COUNT\] listings against the barcode/, /audited the title, images/, /EAN \(GTIN\)/],
        'late-shipment': [/realistic handling time/, /late orders include \[ORDER-ID\]/, /late shipment rate of \[RATE\]%/, /second picking run/],
        authenticity: [/stopped buying from \[SUPPLIER\], removed it/, /authorised distributor/, /Invoice \[INVOICE-NUMBER\]/, /reviewed the \[COUNT\] listings/],
        'brand-authorisation': [/letter of authorisation/, /proof of our right to resell/, /removed every \[BRAND\] listing/, /for each one/],
      },
      fr: {
        stockout: [/seuil de \[UNITÉS\] unités/, /désactivée automatiquement/, /synchronise désormais le stock de tous nos canaux/, /aucune commande n'est confirmée tant que son stock reste incertain/],
        'not-received': [/numéro de suivi/, /chaque colis part avec un numéro de suivi/, /n'est confirmée comme expédiée qu'au moment où le transporteur scanne le colis/],
        damaged: [/remplacé l'emballage/, /tests de chute/, /passé en revue nos \[NOMBRE\] produits fragiles/, /retiré de la vente/],
        'not-as-described': [/comparé le code EAN de chacune de nos \[NOMBRE\] fiches avec le code-barres/, /vérifié le titre, les photos/, /code EAN \(GTIN\)/],
        'late-shipment': [/délai d'expédition réaliste/, /figurent les commandes \[NUMÉRO-DE-COMMANDE\]/, /taux d'expédition en retard de \[TAUX\] %/, /deuxième tournée/],
        authenticity: [/cessé tout achat auprès de \[FOURNISSEUR\], l'avons retiré/, /distributeur agréé/, /facture n° \[NUMÉRO-DE-FACTURE\]/, /passé en revue les \[NOMBRE\] fiches/],
        'brand-authorisation': [/lettre d'autorisation/, /preuve de notre droit de revente/, /retiré toutes les fiches \[MARQUE\]/, /pour chacune/],
      },
    };
    for (const language of LANGUAGES) {
      for (const type of PLAN_TYPES) {
        it(`${language} plan/${type} states each expected measure`, () => {
          const text = plain(language, `plan/${type}`);
          for (const re of measures[language][type]) assert.match(text, re);
        });
      }
    }
  });

  describe('lint-clean once filled', () => {
    // Each filled body is linted by the engine with every registered rule, so the
    // check grows with the registry. Errors and warnings must be zero; info and hint
    // findings are advice and allowed. A case a rule flags although the snippet is
    // right is listed here with a `// KNOWN:` comment saying why, instead of losing
    // its assertion: keyed by `<language> <snippet key>`, each entry excuses one rule
    // on one flagged text only, so anything else that rule finds still fails.
    const KNOWN: Record<string, { rule: string; text: string }[]> = {
      // KNOWN: "stockout" is the catalogue's own name for this problem type (Merriam-Webster
      // spells it as one word), but it is missing from the English domain words of
      // form/spelling (server/src/locales/en/domain-words.ts), so the heading is flagged.
      'en plan/stockout': [{ rule: 'form/spelling', text: 'Stockouts' }],
    };

    // How the bodies are wrapped into a minimal appeal:
    // - plan/<type>: a case header whose `reasons` is [<type>] and whose `orders` and
    //   `asins` are the identifiers the filled plan cites, an opening line, then the plan;
    // - section/<role>: the generic sections' sample values tell one story (returned
    //   units resold as new), so the header cites `used-sold-as-new`; the snippet takes
    //   the place of its section in a short hand-written appeal on that story;
    // - appeal/skeleton: filled as it is (its header is part of the snippet).
    const OPENING: Record<Language, string> = {
      en: 'This plan of action answers your notice of 12 November 2026. It sets out the cause we found, the actions already completed and the controls now in place.',
      fr: "Ce plan d'action répond à votre notification du 12 novembre 2026. Il présente la cause que nous avons trouvée, les actions déjà réalisées et les contrôles désormais en place.",
    };
    const STORY: Record<Language, { opening: string; sections: Record<SectionRole, string> }> = {
      en: {
        opening: 'This plan of action answers your notice of 12 November 2026 about used items sold as new on amazon.com.',
        sections: {
          'root-cause': [
            '## Root cause',
            '',
            'Our returns process had no inspection step. Between 20 October 2026 and 8 November 2026, 12 returned units went back on sale as new, including the unit sold in order 203-4816259-7730418 (ASIN B0CKT4MZ82).',
          ].join('\n'),
          corrective: [
            '## Corrective actions',
            '',
            '1. On 13 November 2026, we inspected the 46 returned units in stock and stopped the 9 used ones from being sold as new.',
            '2. On 14 November 2026, we refunded the buyers of the 12 orders concerned.',
          ].join('\n'),
          preventive: [
            '## Preventive measures',
            '',
            '- Every day, the warehouse lead inspects each returned unit before it goes back into stock.',
            '- Every Monday, we review the condition complaints received.',
          ].join('\n'),
        },
      },
      fr: {
        opening: "Ce plan d'action répond à votre notification du 12 novembre 2026 concernant des articles d'occasion vendus comme neufs sur amazon.fr.",
        sections: {
          'root-cause': [
            '## Cause',
            '',
            "Notre procédure de retour ne comportait aucune inspection. Entre le 20 octobre 2026 et le 8 novembre 2026, 12 articles retournés ont été remis en vente comme neufs, dont celui de la commande 203-4816259-7730418 (ASIN B0CKT4MZ82).",
          ].join('\n'),
          corrective: [
            '## Actions correctives',
            '',
            '1. Le 13 novembre 2026, nous avons contrôlé les 46 articles retournés encore en stock, et les 9 qui avaient servi ne sont plus vendus comme neufs.',
            '2. Le 14 novembre 2026, nous avons remboursé les acheteurs des 12 commandes concernées.',
          ].join('\n'),
          preventive: [
            '## Mesures préventives',
            '',
            "- Chaque jour, notre responsable d'entrepôt inspecte chaque article retourné avant sa remise en stock.",
            "- Chaque lundi, nous suivons les réclamations sur l'état du produit.",
          ].join('\n'),
        },
      },
    };
    const MARKETPLACE: Record<Language, string> = { en: 'amazon.com', fr: 'amazon.fr' };

    function header(language: Language, reason: string, body: string): string {
      const orders = [...new Set(body.match(ORDER_ID_IN_TEXT) ?? [])];
      const asins = [...new Set(body.match(ASIN_IN_TEXT) ?? [])];
      const lines = ['---', `language: ${language}`, `marketplace: ${MARKETPLACE[language]}`, `reasons: [${reason}]`];
      if (orders.length) lines.push(`orders: [${orders.join(', ')}]`);
      if (asins.length) lines.push(`asins: [${asins.join(', ')}]`);
      lines.push('notice-date: 2026-11-12', '---', '');
      return lines.join('\n');
    }

    function wrapped(language: Language, key: SnippetKey): string {
      const filled = fillPlaceholders(plain(language, key), {}, language);
      if (key === 'appeal/skeleton') return filled + '\n';
      if (key.startsWith('plan/')) {
        return `${header(language, key.slice('plan/'.length), filled)}\n${OPENING[language]}\n\n${filled}\n`;
      }
      const story = STORY[language];
      const sections = ROLES.map((r) => (SECTION_KEYS[r] === key ? filled : story.sections[r]));
      const body = [story.opening, ...sections].join('\n\n');
      return `${header(language, 'used-sold-as-new', body)}\n${body}\n`;
    }

    let engine: Engine;
    before(async function () {
      // The dictionaries load lazily: wait for them so that form/spelling checks the bodies too.
      this.timeout(120000);
      engine = await createEngine();
      await Promise.all(LANGUAGES.map((l) => engine.ready(l)));
    });

    const show = (text: string, fs: Finding[]): string =>
      fs.map((f) => `${f.ruleId} ${f.severity} ${f.line}:${f.column} ${f.message}\n    > ${text.split('\n')[f.line - 1]}`).join('\n');

    for (const language of LANGUAGES) {
      for (const key of SNIPPET_KEYS) {
        it(`${language} ${key}: no error or warning from any registered rule`, () => {
          const text = wrapped(language, key);
          const known = KNOWN[`${language} ${key}`] ?? [];
          const excused = (f: Finding): boolean => known.some((k) => k.rule === f.ruleId && k.text === text.slice(f.start, f.end));
          const findings = engine
            .lint(text, { language, messageLanguage: 'en' })
            .filter((f) => (f.severity === 'error' || f.severity === 'warning') && !excused(f));
          assert.equal(findings.length, 0, `\n${show(text, findings)}\n--- linted text ---\n${text}`);
        });
      }

      it(`${language}: the unfilled plain text is flagged by form/placeholder`, function () {
        if (!engine.rule('form/placeholder')) this.skip();
        for (const key of SNIPPET_KEYS) {
          const found = engine.lint(plain(language, key), { language }).filter((f) => f.ruleId === 'form/placeholder');
          assert.ok(found.length > 0, key);
        }
      });
    }

    it('wraps with the header the structure rules expect', () => {
      const text = wrapped('en', 'plan/late-shipment');
      const doc = parseDocument(text);
      assert.deepEqual(doc.header.reasons.map((r) => r.value), ['late-shipment']);
      assert.deepEqual(doc.header.orders.map((o) => o.value), ['203-4816259-7730418', '205-1938472-6604135']);
      assert.deepEqual(doc.scopes.map((s) => s.problemTypes), [['late-shipment']]);
      const section = wrapped('fr', 'section/corrective-actions');
      assert.ok(section.includes(fillPlaceholders(plain('fr', 'section/corrective-actions'), {}, 'fr')));
      assert.deepEqual(parseDocument(section).headings.map((h) => h.role), ROLES);
    });
  });
});
