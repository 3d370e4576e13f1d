import * as path from 'node:path';
import { ruleTester, type ValidCase } from '../../../helpers/rule-tester';

// The earlier appeals live in test/fixtures/previous/<lang>/; the linted text is placed beside them.
const dir = path.resolve(__dirname, '../../../fixtures/previous');
const at = (lang: string) => ({ filePath: path.join(dir, lang, 'current.appeal.md') });
const headerEn = (previous: string) => `---\nlanguage: en\nreasons: [late-shipment]\nprevious: [${previous}]\n---\n\n`;
const headerFr = (previous: string) => `---\nlanguage: fr\nreasons: [stockout]\nprevious: [${previous}]\n---\n\n`;
const en = (body: string, previous = 'appeal-2026-10-02.md'): ValidCase => ({ text: headerEn(previous) + body, options: at('en') });
const fr = (body: string, previous = 'appel-2026-10-05.md'): ValidCase => ({ text: headerFr(previous) + body, options: at('fr') });

ruleTester('form/reused-sentence', {
  en: {
    valid: [
      { name: 'new wording', ...en('Since 13 November 2026, every engraved SKU has a handling time of four business days.\n') },
      { name: 'one word changed', ...en('Our handling time was set to two days for products that take three days to make.\n') },
      { name: 'a short sentence (under 8 words)', ...en('All orders have now been delivered.\n') },
      { name: 'the greeting', ...en('Dear Seller Performance team, thank you for reviewing our account and this plan of action.\n') },
      { name: 'the sign-off', ...en('We fixed both causes.\n\nKind regards, Daniel Hart, Operations Manager, Hartwell Oak Ltd\n') },
      { name: 'a heading', ...en('## Root cause of our late shipments this autumn season\n\nWe found two new causes.\n') },
      { name: 'the quoted notice', ...en('> Your account has been deactivated because your late shipment rate is above the target.\n\nWe answer below.\n') },
      {
        name: 'no previous appeal in the header',
        text: '---\nreasons: [late-shipment]\n---\n\nOur handling time was set to one day for products that take three days to make.\n',
        options: at('en'),
      },
      {
        name: 'an earlier appeal that cannot be read',
        ...en('Our handling time was set to one day for products that take three days to make.\n', 'missing-appeal.md'),
      },
    ],
    invalid: [
      {
        name: 'a sentence copied as it was',
        ...en('Our handling time was set to one day for products that take three days to make.\n'),
        errors: [{ line: 7, column: 1, endColumn: 80, message: 'copied word for word from the earlier appeal "appeal-2026-10-02.md"' }],
      },
      {
        name: 'case, spacing and punctuation differ',
        ...en('We found it. Our handling time  was set to ONE day, for products that take three days to make!\n'),
        errors: [{ line: 7, column: 14 }],
      },
      {
        name: 'in a list item, with a curly apostrophe',
        ...en('- We added a second picking run every afternoon at one o’clock.\n'),
        errors: [{ line: 7, column: 3 }],
      },
      {
        name: 'the message names the earlier appeal the sentence comes from',
        ...en(
          'We trained our three warehouse staff on the new schedule on 18 October 2026.\n',
          'appeal-2026-10-02.md, appeal-2026-10-20.md',
        ),
        errors: [{ line: 7, column: 1, message: '"appeal-2026-10-20.md"' }],
      },
      {
        name: 'the file name as the header writes it',
        ...en('We printed the picking list only once a day, at nine in the morning.\n', './appeal-2026-10-02.md'),
        errors: [{ line: 7, column: 1, message: '"./appeal-2026-10-02.md"' }],
      },
      {
        name: 'only the copied sentences of a paragraph',
        ...en(
          'We checked again. Our handling time was set to one day for products that take three days to make. We have changed that.\n' +
            '\n- We changed the handling time of all engraved products to four days.\n',
        ),
        errors: [{ line: 7, column: 19 }, { line: 9, column: 3 }],
      },
    ],
  },
  fr: {
    valid: [
      { name: 'une nouvelle formulation', ...fr('Depuis le 19 novembre 2026, le stock est synchronisé toutes les cinq minutes sur chaque canal.\n') },
      { name: 'un mot changé', ...fr('Notre stock était mis à jour deux fois par jour à partir d’un fichier.\n') },
      { name: 'une phrase courte', ...fr('Toutes les commandes ont été livrées.\n') },
      { name: 'la salutation', ...fr("Bonjour, nous vous remercions de bien vouloir examiner notre plan d'action pour ce compte.\n") },
      { name: 'la formule finale', ...fr('Nous avons corrigé la cause.\n\nCordialement, Hélène Dubois, gérante de la société Céramiques Dubois SARL\n') },
      { name: 'un titre', ...fr('## Origine du problème de stock sur nos lampes en céramique émaillée\n\nNous avons trouvé la cause.\n') },
      { name: 'la notification citée', ...fr("> Votre compte a été désactivé en raison d'un taux d'annulation trop élevé.\n\nNous répondons ci-dessous.\n") },
    ],
    invalid: [
      {
        name: 'une phrase reprise telle quelle',
        ...fr("Notre stock était mis à jour une seule fois par jour à partir d'un fichier.\n"),
        errors: [{ line: 7, column: 1, message: "reprend mot pour mot l'appel précédent « appel-2026-10-05.md »" }],
      },
      {
        name: 'casse, espaces et ponctuation différents',
        ...fr('Les ventes réalisées sur notre site restaient   donc disponibles sur AMAZON, toute la journée !\n'),
        errors: [{ line: 7, column: 1 }],
      },
      {
        name: 'dans un élément de liste numéroté, avec une apostrophe typographique',
        ...fr('1. Nous avons remplacé l’envoi du fichier par un outil de synchronisation automatique.\n'),
        errors: [{ line: 7, column: 4 }],
      },
      {
        name: "le message nomme l'appel d'où vient la phrase",
        ...fr('Chaque lundi, nous comparons le stock réel avec le stock affiché sur chaque canal de vente.\n', 'appel-2026-10-05.md, appel-2026-10-25.md'),
        errors: [{ line: 7, column: 1, message: '« appel-2026-10-25.md »' }],
      },
      {
        name: 'les accents ne comptent pas',
        ...fr('Nous avons mis a zero le stock de chaque SKU a deux unites restantes.\n'),
        errors: [{ line: 7, column: 1 }],
      },
    ],
  },
});
