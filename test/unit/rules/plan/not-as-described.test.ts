import { md, ruleTester } from '../../../helpers/rule-tester';
import { snippetText } from '../../../../server/src/snippets';

function en(actions: string[], measures: string[] = [], reasons = 'not-as-described'): string {
  const a = actions.map((x, i) => `${i + 1}. ${x}`).join('\n');
  const m = measures.length ? `\n\n## Preventive measures\n\n${measures.map((x) => `- ${x}`).join('\n')}` : '';
  return `---\nreasons: [${reasons}]\n---\n\n## Root cause\n\nThree buyers received a grey set instead of a blue one.\n\n## Corrective actions\n\n${a}${m}\n`;
}
function fr(actions: string[], measures: string[] = [], reasons = 'not-as-described'): string {
  const a = actions.map((x, i) => `${i + 1}. ${x}`).join('\n');
  const m = measures.length ? `\n\n## Mesures préventives\n\n${measures.map((x) => `- ${x}`).join('\n')}` : '';
  return `---\nlanguage: fr\nreasons: [${reasons}]\n---\n\n## Cause\n\nTrois acheteurs ont reçu un service gris au lieu d'un bleu.\n\n## Actions correctives\n\n${a}${m}\n`;
}

const B = 'On 3 March 2026, we checked the EAN of every product in stock against its printed barcode.';
const A = 'On 4 March 2026, we audited the title, images and size of every listing against the product.';
const FB = 'Le 3 mars 2026, nous avons comparé le code EAN de chaque produit en stock avec son code-barres.';
const FA = 'Le 4 mars 2026, nous avons vérifié le titre, les photos et la taille de chaque fiche par rapport au produit.';

ruleTester('plan/not-as-described', {
  en: {
    valid: [
      { name: 'both measures', text: en([B, A]) },
      { name: 'the GS1 check digit', text: en([A], ['Since 3 March 2026, our upload template validates the GS1 check digit of every EAN.']) },
      { name: 'each GTIN verified', text: en([A], ["Each GTIN is verified against the manufacturer's label before listing."]) },
      { name: 'a UPC scanned and matched', text: en([A], ['Before an offer goes live, a second person scans the product and matches its UPC.']) },
      { name: 'barcodes corrected', text: en(['On 3 March 2026, we corrected the barcodes of 5 products.', A]) },
      { name: 'descriptions rewritten', text: en([B, 'On 4 March 2026, we rewrote the descriptions of 12 listings.']) },
      { name: 'detail pages reviewed', text: en([B], ['Every month, we review the detail pages of our 50 best sellers.']) },
      { name: 'titles corrected', text: en([B, 'The titles and photos of 9 offers were corrected on 4 March 2026.']) },
      { name: 'a listing audit', text: en([B], ['A listing audit is run every quarter by the catalogue manager.']) },
      { name: 'another reason', text: en(['On 3 March 2026, we replaced the boxes.'], [], 'damaged') },
      { name: 'the quick fix body itself', text: `---\nreasons: [not-as-described]\n---\n\n${snippetText('en', 'plan/not-as-described')}\n` },
    ],
    invalid: [
      { name: 'no barcode check', text: en([A]), errors: [{ line: 2, column: 11, message: 'EAN/GTIN' }] },
      {
        name: 'no content audit, with the plan inserted',
        text: en([B]),
        errors: [{ line: 2, column: 11, message: 'content of the listings' }],
        output: `${en([B])}\n${snippetText('en', 'plan/not-as-described')!.trimEnd()}\n`,
      },
      { name: 'neither measure', text: en(['On 3 March 2026, we refunded the three buyers.']), errors: [{ line: 2, column: 11, message: 'EAN' }, { line: 2, column: 11, message: 'content' }] },
      { name: 'the EAN named only in the cause', text: en([A]).replace('instead of a blue one.', 'because our upload file carried the EAN of the blue set.'), errors: [{ line: 2, column: 11, message: 'EAN' }] },
      { name: 'a stock count is no listing audit', text: en([B], ['Every Monday, we check the stock of the 50 best sellers.']), errors: [{ line: 2, column: 11, message: 'content' }] },
      {
        name: 'a heading names the problem type',
        text: md`
          ## Not as described

          ### Root cause

          The wrong set was shipped.

          ### Corrective actions

          1. ${B}
        `,
        errors: [{ line: 1, column: 1, message: 'content' }],
      },
      { name: 'a measure only in a quote', text: `${en([B])}\n> Audit your listings against the product, the notice says.\n`, errors: [{ line: 2, column: 11, message: 'content' }] },
      {
        name: 'the section of a per-reason appeal',
        text: md`
          ---
          reasons: [not-as-described, damaged]
          ---

          ## Not as described

          ### Root cause

          The wrong set was shipped.

          ### Corrective actions

          1. ${A}

          ## Damaged items

          ### Root cause

          Boxes were too thin.

          ### Corrective actions

          1. ${B}
        `,
        errors: [{ line: 5, column: 1, message: 'EAN' }],
      },
      { name: 'the second reason of the header', text: en([B], [], 'damaged, not-as-described'), errors: [{ line: 2, column: 20, message: 'content' }] },
      { name: 'an apology is no measure', text: en(['On 3 March 2026, we apologised to each buyer.']), errors: [{ line: 2, column: 11 }, { line: 2, column: 11 }] },
    ],
  },
  fr: {
    valid: [
      { name: 'les deux mesures', text: fr([FB, FA]) },
      { name: 'la clé GS1', text: fr([FA], ["Depuis le 3 mars 2026, notre modèle d'import vérifie la clé GS1 de chaque EAN."]) },
      { name: 'chaque GTIN contrôlé', text: fr([FA], ["Chaque GTIN est contrôlé avec l'étiquette du fabricant avant la mise en ligne."]) },
      { name: 'un code-barres scanné', text: fr([FA], ['Un second employé scanne le code-barres avant la mise en ligne.']) },
      { name: 'des codes-barres corrigés', text: fr(['Le 3 mars 2026, nous avons corrigé les codes-barres de 5 produits.', FA]) },
      { name: 'des descriptions réécrites', text: fr([FB, 'Le 4 mars 2026, nous avons réécrit les descriptions de 12 fiches.']) },
      { name: 'des pages produits contrôlées', text: fr([FB], ['Chaque mois, nous contrôlons les pages produits de nos meilleures ventes.']) },
      { name: 'des titres corrigés', text: fr([FB, 'Les titres et les photos ont été corrigés le 4 mars 2026.']) },
      { name: 'un audit des fiches', text: fr([FB], ['Un audit des fiches a lieu chaque trimestre.']) },
      { name: 'un autre motif', text: fr(['Le 3 mars 2026, nous avons remplacé les cartons.'], [], 'damaged') },
      { name: 'le texte du correctif lui-même', text: `---\nlanguage: fr\nreasons: [not-as-described]\n---\n\n${snippetText('fr', 'plan/not-as-described')}\n` },
    ],
    invalid: [
      { name: 'sans vérification du code EAN', text: fr([FA]), errors: [{ line: 3, column: 11, message: 'EAN/GTIN' }] },
      {
        name: 'sans contrôle du contenu, avec le plan inséré',
        text: fr([FB]),
        errors: [{ line: 3, column: 11, message: 'contenu des fiches' }],
        output: `${fr([FB])}\n${snippetText('fr', 'plan/not-as-described')!.trimEnd()}\n`,
      },
      { name: 'aucune des deux', text: fr(['Le 3 mars 2026, nous avons remboursé les trois acheteurs.']), errors: [{ line: 3, column: 11, message: 'EAN' }, { line: 3, column: 11, message: 'contenu' }] },
      { name: "l'EAN nommé seulement dans la cause", text: fr([FA]).replace("au lieu d'un bleu.", 'car notre fichier portait le code EAN du service bleu.'), errors: [{ line: 3, column: 11, message: 'EAN' }] },
      { name: 'compter le stock n’est pas contrôler les fiches', text: fr([FB], ['Chaque lundi, nous comptons le stock des meilleures ventes.']), errors: [{ line: 3, column: 11, message: 'contenu' }] },
      {
        name: 'un titre nomme le problème',
        text: md`
          ---
          language: fr
          ---

          ## Articles non conformes

          ### Cause

          Le mauvais service a été expédié.

          ### Actions correctives

          1. ${FB}
        `,
        errors: [{ line: 5, column: 1, message: 'contenu' }],
      },
      { name: 'une mesure seulement citée', text: `${fr([FB])}\n> Contrôlez vos fiches par rapport au produit, dit la notification.\n`, errors: [{ line: 3, column: 11, message: 'contenu' }] },
      { name: 'le second motif de l’en-tête', text: fr([FB], [], 'damaged, not-as-described'), errors: [{ line: 3, column: 20, message: 'contenu' }] },
      { name: 'des excuses ne sont pas une mesure', text: fr(['Le 3 mars 2026, nous avons présenté nos excuses.']), errors: [{ line: 3, column: 11 }, { line: 3, column: 11 }] },
      {
        name: 'la section d’un plan par motif',
        text: md`
          ---
          language: fr
          reasons: [not-as-described, damaged]
          ---

          ## Articles non conformes

          ### Cause

          Le mauvais service a été expédié.

          ### Actions correctives

          1. ${FA}

          ## Articles endommagés

          ### Cause

          Les cartons étaient trop fins.

          ### Actions correctives

          1. ${FB}
        `,
        errors: [{ line: 6, column: 1, message: 'EAN' }],
      },
    ],
  },
});
