import { md, ruleTester } from '../../../helpers/rule-tester';
import { snippetText } from '../../../../server/src/snippets';

function en(actions: string[], measures: string[] = [], reasons = 'damaged'): string {
  const a = actions.map((x, i) => `${i + 1}. ${x}`).join('\n');
  const m = measures.length ? `\n\n## Preventive measures\n\n${measures.map((x) => `- ${x}`).join('\n')}` : '';
  return `---\nreasons: [${reasons}]\n---\n\n## Root cause\n\nSeven carafes arrived broken in October 2026.\n\n## Corrective actions\n\n${a}${m}\n`;
}
function fr(actions: string[], measures: string[] = [], reasons = 'damaged'): string {
  const a = actions.map((x, i) => `${i + 1}. ${x}`).join('\n');
  const m = measures.length ? `\n\n## Mesures préventives\n\n${measures.map((x) => `- ${x}`).join('\n')}` : '';
  return `---\nlanguage: fr\nreasons: [${reasons}]\n---\n\n## Cause\n\nSix plats sont arrivés cassés en octobre 2026.\n\n## Actions correctives\n\n${a}${m}\n`;
}

const P = 'On 3 March 2026, we moved every glass item to double-wall boxes with moulded pulp inserts.';
const F = 'On 4 March 2026, we reviewed all 23 fragile products and withdrew from sale the 3 largest vases.';
const FP = 'Le 3 mars 2026, nous avons adopté un carton double cannelure avec un calage en pulpe moulée.';
const FF = 'Le 4 mars 2026, nous avons passé en revue nos 31 références fragiles et retiré de la vente les 2 plus grands vases.';

ruleTester('plan/damaged', {
  en: {
    valid: [
      { name: 'both measures', text: en([P, F]) },
      { name: 'stronger boxes', text: en(['On 3 March 2026, we replaced the packaging of our vases with stronger boxes.', F]) },
      { name: 'padded mailers', text: en(['On 3 March 2026, we moved small items to new padded mailers.', F]) },
      { name: 'a drop test', text: en([F], ['Every new product is drop-tested in its box before it goes on sale.']) },
      { name: 'bubble wrap', text: en([F], ['Since 3 March 2026, every glass item is wrapped in two layers of bubble wrap.']) },
      { name: 'a packaging specification', text: en([F], ['Since 3 March 2026, each SKU has a packaging specification at the bench.']) },
      { name: 'each fragile SKU', text: en([P], ['Since 3 March 2026, each fragile SKU has its own packing card.']) },
      { name: 'stopped selling', text: en([P, 'On 4 March 2026, we stopped selling the two largest vases.']) },
      { name: 'taken off sale', text: en([P, 'On 4 March 2026, the three glass lamps were taken off sale.']) },
      { name: 'ceramic items checked', text: en([P, 'On 4 March 2026, we checked all ceramic items for breakage in transit.']) },
      { name: 'fragile products listed', text: en([P], ['Since 4 March 2026, we have listed our fragile products in a register reviewed every month.']) },
      { name: 'another reason', text: en(['On 3 March 2026, we set a stock threshold.'], [], 'stockout') },
      { name: 'the quick fix body itself', text: `---\nreasons: [damaged]\n---\n\n${snippetText('en', 'plan/damaged')}\n` },
    ],
    invalid: [
      { name: 'no packaging change', text: en([F]), errors: [{ line: 2, column: 11, message: 'packaging' }] },
      {
        name: 'no review of fragile products, with the plan inserted',
        text: en([P]),
        errors: [{ line: 2, column: 11, message: 'fragile products' }],
        output: `${en([P])}\n${snippetText('en', 'plan/damaged')!.trimEnd()}\n`,
      },
      { name: 'neither measure', text: en(['On 3 March 2026, we refunded the seven buyers.']), errors: [{ line: 2, column: 11, message: 'packaging' }, { line: 2, column: 11, message: 'fragile' }] },
      { name: 'packaging named only in the cause', text: en([F]).replace('broken in October 2026.', 'broken because the single-wall box was too weak.'), errors: [{ line: 2, column: 11, message: 'packaging' }] },
      { name: 'repacking an order is no better packaging', text: en([F], ['We answer damage reports within 24 hours.']), errors: [{ line: 2, column: 11, message: 'packaging' }] },
      {
        name: 'a heading names the problem type',
        text: md`
          ## Damaged items

          ### Root cause

          Carafes broke in transit.

          ### Corrective actions

          1. ${P}
        `,
        errors: [{ line: 1, column: 1, message: 'fragile' }],
      },
      { name: 'a measure only in a quote', text: `${en([P])}\n> Fragile products should be reviewed, the carrier advised.\n`, errors: [{ line: 2, column: 11, message: 'fragile' }] },
      {
        name: 'the section of a per-reason appeal',
        text: md`
          ---
          reasons: [damaged, not-as-described]
          ---

          ## Damaged items

          ### Root cause

          Carafes broke.

          ### Corrective actions

          1. ${P}

          ## Not as described

          ### Root cause

          The EAN was wrong.

          ### Corrective actions

          1. ${F}
        `,
        errors: [{ line: 5, column: 1, message: 'fragile' }],
      },
      { name: 'the second reason of the header', text: en([P], [], 'stockout, damaged'), errors: [{ line: 2, column: 21, message: 'fragile' }] },
      { name: 'an apology is no measure', text: en(['On 3 March 2026, we apologised to each buyer.']), errors: [{ line: 2, column: 11 }, { line: 2, column: 11 }] },
    ],
  },
  fr: {
    valid: [
      { name: 'les deux mesures', text: fr([FP, FF]) },
      { name: "un emballage renforcé", text: fr(["Le 3 mars 2026, nous avons renforcé l'emballage des vases.", FF]) },
      { name: 'un nouvel emballage testé', text: fr(['Le 3 mars 2026, nous avons choisi un nouvel emballage testé en laboratoire.', FF]) },
      { name: 'du papier bulle', text: fr([FF], ['Depuis le 3 mars 2026, chaque article en verre est protégé par du papier bulle.']) },
      { name: "une fiche d'emballage", text: fr([FF], ["Depuis le 3 mars 2026, chaque SKU dispose d'une fiche d'emballage au poste."]) },
      { name: 'chaque produit fragile', text: fr([FP], ["Depuis le 4 mars 2026, chaque produit fragile a sa propre consigne."]) },
      { name: 'cesser de vendre', text: fr([FP, 'Le 4 mars 2026, nous avons cessé de vendre les grands vases.']) },
      { name: 'retirer leurs offres', text: fr([FP, "Le 4 mars 2026, deux vases n'ont pas résisté au test et nous avons retiré leurs offres."]) },
      { name: 'recenser les articles fragiles', text: fr([FP, 'Le 4 mars 2026, nous avons recensé les articles fragiles du catalogue.']) },
      { name: 'un autre motif', text: fr(['Le 3 mars 2026, nous avons fixé un seuil de stock.'], [], 'stockout') },
      { name: 'le texte du correctif lui-même', text: `---\nlanguage: fr\nreasons: [damaged]\n---\n\n${snippetText('fr', 'plan/damaged')}\n` },
    ],
    invalid: [
      { name: "sans changement d'emballage", text: fr([FF]), errors: [{ line: 3, column: 11, message: 'emballage' }] },
      {
        name: 'sans revue des produits fragiles, avec le plan inséré',
        text: fr([FP]),
        errors: [{ line: 3, column: 11, message: 'produits fragiles' }],
        output: `${fr([FP])}\n${snippetText('fr', 'plan/damaged')!.trimEnd()}\n`,
      },
      { name: 'aucune des deux', text: fr(['Le 3 mars 2026, nous avons remboursé les six acheteurs.']), errors: [{ line: 3, column: 11, message: 'emballage' }, { line: 3, column: 11, message: 'fragiles' }] },
      { name: "l'emballage nommé seulement dans la cause", text: fr([FF]).replace('en octobre 2026.', 'car le carton simple cannelure était trop faible.'), errors: [{ line: 3, column: 11, message: 'emballage' }] },
      { name: 'répondre aux signalements n’est pas emballer', text: fr([FF], ['Nous répondons aux signalements de casse sous 24 heures.']), errors: [{ line: 3, column: 11, message: 'emballage' }] },
      {
        name: 'un titre nomme le problème',
        text: md`
          ---
          language: fr
          ---

          ## Articles endommagés

          ### Cause

          Des plats se sont cassés.

          ### Actions correctives

          1. ${FP}
        `,
        errors: [{ line: 5, column: 1, message: 'fragiles' }],
      },
      { name: 'une mesure seulement citée', text: `${fr([FP])}\n> Passez en revue vos produits fragiles, conseille le transporteur.\n`, errors: [{ line: 3, column: 11, message: 'fragiles' }] },
      { name: 'le second motif de l’en-tête', text: fr([FP], [], 'stockout, damaged'), errors: [{ line: 3, column: 21, message: 'fragiles' }] },
      { name: 'des excuses ne sont pas une mesure', text: fr(['Le 3 mars 2026, nous avons présenté nos excuses.']), errors: [{ line: 3, column: 11 }, { line: 3, column: 11 }] },
      {
        name: 'la section d’un plan par motif',
        text: md`
          ---
          language: fr
          reasons: [damaged, late-shipment]
          ---

          ## Articles endommagés

          ### Cause

          Des plats se sont cassés.

          ### Actions correctives

          1. ${FF}

          ## Expéditions en retard

          ### Cause

          Les commandes attendaient.

          ### Actions correctives

          1. ${FP}
        `,
        errors: [{ line: 6, column: 1, message: 'emballage' }],
      },
    ],
  },
});
