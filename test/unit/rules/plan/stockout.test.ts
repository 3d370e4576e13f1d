import { md, ruleTester } from '../../../helpers/rule-tester';
import { snippetText } from '../../../../server/src/snippets';

/** A whole-appeal plan: header, cause, numbered actions, bulleted measures. */
function en(actions: string[], measures: string[] = [], reasons = 'stockout'): string {
  const header = reasons ? `---\nreasons: [${reasons}]\n---\n\n` : '';
  const a = actions.map((x, i) => `${i + 1}. ${x}`).join('\n');
  const m = measures.length ? `\n\n## Preventive measures\n\n${measures.map((x) => `- ${x}`).join('\n')}` : '';
  return `${header}## Root cause\n\nWe cancelled 12 orders because stock ran out.\n\n## Corrective actions\n\n${a}${m}\n`;
}
function fr(actions: string[], measures: string[] = [], reasons = 'stockout'): string {
  const header = `---\nlanguage: fr\n${reasons ? `reasons: [${reasons}]\n` : ''}---\n\n`;
  const a = actions.map((x, i) => `${i + 1}. ${x}`).join('\n');
  const m = measures.length ? `\n\n## Mesures préventives\n\n${measures.map((x) => `- ${x}`).join('\n')}` : '';
  return `${header}## Cause\n\nNous avons annulé 12 commandes faute de stock.\n\n## Actions correctives\n\n${a}${m}\n`;
}

const T = 'On 3 March 2026, we set a stock threshold of 2 units for every SKU.';
const S = 'On 3 March 2026, we connected our web shop and Amazon to an inventory tool that syncs stock every 5 minutes.';
const N = 'Since 4 March 2026, no order is confirmed while its stock is in doubt.';
const FT = 'Le 3 mars 2026, nous avons fixé un seuil de 2 unités pour chaque SKU.';
const FS = 'Le 3 mars 2026, nous avons relié notre boutique et Amazon à un outil qui synchronise le stock toutes les 5 minutes.';
const FN = "Depuis le 4 mars 2026, aucune commande n'est confirmée tant que son stock reste incertain.";

ruleTester('plan/stockout', {
  en: {
    valid: [
      { name: 'the three measures', text: en([T, S], [N]) },
      { name: 'a pause when stock drops', text: en(['On 3 March 2026, we set up a rule: when stock drops below 3 units, the offer is paused automatically.', S], [N]) },
      { name: 'an automatic deactivation', text: en(['On 3 March 2026, our tool began to deactivate an offer automatically when its last unit is sold.', S, N]) },
      { name: 'a safety stock', text: en(['On 3 March 2026, we started keeping a safety stock of 5 units off Amazon.', S], [N]) },
      { name: 'stock synchronised across channels', text: en([T, 'On 3 March 2026, we synchronised stock across our three sales channels.'], [N]) },
      { name: 'real-time stock updates', text: en([T, 'On 3 March 2026, we moved to real-time stock updates on every channel.'], [N]) },
      { name: 'a multichannel tool', text: en([T, 'On 3 March 2026, we adopted a multichannel inventory management tool for all our shops.'], [N]) },
      { name: 'confirming only after a shelf check', text: en([T, S], ['We only confirm an order after the item is found on the shelf.']) },
      { name: 'never accept an order unless counted', text: en([T, S], ['We never accept an order unless the unit has been counted that day.']) },
      { name: 'before confirming an order', text: en([T, S], ['Before confirming an order, the picker checks the shelf.']) },
      { name: 'when in doubt', text: en([T, S], ['When in doubt about a count, the SKU is paused and recounted the same day.']) },
      { name: 'orders confirmed only after a check', text: en([T, S], ['Orders are confirmed only after a physical check of the shelf.']) },
      { name: 'another reason does not need these measures', text: en(['On 3 March 2026, we replaced the boxes.'], [], 'damaged') },
      { name: 'the quick fix body itself', text: `---\nreasons: [stockout]\n---\n\n${snippetText('en', 'plan/stockout')}\n` },
    ],
    invalid: [
      { name: 'no threshold', text: en([S], [N]), errors: [{ line: 2, column: 11, message: 'threshold' }] },
      { name: 'no stock sync', text: en([T], [N]), errors: [{ line: 2, column: 11, message: 'in sync' }] },
      {
        name: 'no rule against confirming on doubt, with the plan inserted',
        text: en([T, S]),
        errors: [{ line: 2, column: 11, message: 'in doubt' }],
        output: `${en([T, S])}\n${snippetText('en', 'plan/stockout')!.trimEnd()}\n`,
      },
      {
        name: 'none of the three',
        text: en(['On 3 March 2026, we restocked the items and apologised to the buyers.']),
        errors: [
          { line: 2, column: 11, message: 'threshold' },
          { line: 2, column: 11, message: 'in sync' },
          { line: 2, column: 11, message: 'in doubt' },
        ],
      },
      {
        name: 'a threshold named only in the cause',
        text: en([S], [N]).replace('because stock ran out.', 'because no stock threshold paused the offers.'),
        errors: [{ line: 2, column: 11, message: 'threshold' }],
      },
      {
        name: 'a heading names the problem type',
        text: md`
          ## Stock-outs

          ### Root cause

          Stock ran out on busy days.

          ### Corrective actions

          1. ${T}
          2. ${N}
        `,
        errors: [{ line: 1, column: 1, message: 'in sync' }],
      },
      { name: 'a measure only in a quote', text: `${en([T], [N])}\n> We sync stock every five minutes, the tool vendor wrote.\n`, errors: [{ line: 2, column: 11, message: 'in sync' }] },
      {
        name: 'the stockout section of a per-reason appeal',
        text: md`
          ---
          reasons: [stockout, late-shipment]
          ---

          ## Stockouts

          ### Root cause

          Stock ran out.

          ### Corrective actions

          1. ${T}
          2. ${N}

          ## Late shipments

          ### Root cause

          Orders waited.

          ### Corrective actions

          1. ${S}
        `,
        errors: [{ line: 5, column: 1, message: 'in sync' }],
      },
      { name: 'counting stock is no sync', text: en([T, 'Every Monday, we count the stock of the 50 best sellers.'], [N]), errors: [{ line: 2, column: 11, message: 'in sync' }] },
      { name: 'confirming orders with no condition', text: en([T, S], ['We confirm orders every morning at 9:00.']), errors: [{ line: 2, column: 11, message: 'in doubt' }] },
      { name: 'the second reason of the header', text: en([T, S], [], 'cancellation-rate, stockout'), errors: [{ line: 2, column: 30, message: 'in doubt' }] },
    ],
  },
  fr: {
    valid: [
      { name: 'les trois mesures', text: fr([FT, FS], [FN]) },
      { name: 'une suspension quand le stock descend', text: fr(["Le 3 mars 2026, nous avons créé une règle : dès que le stock tombe à 2 unités, l'offre est désactivée automatiquement.", FS], [FN]) },
      { name: 'un stock de sécurité', text: fr(['Le 3 mars 2026, nous avons constitué un stock de sécurité de 5 unités.', FS], [FN]) },
      { name: 'une règle automatique', text: fr(["Le 3 mars 2026, nous avons mis en place une règle automatique qui passe l'offre à zéro.", FS], [FN]) },
      { name: 'un stock mis à jour en temps réel', text: fr([FT, 'Le 3 mars 2026, nous avons mis à jour nos canaux pour que le stock soit actualisé en temps réel.'], [FN]) },
      { name: 'un outil multicanal', text: fr([FT, 'Le 3 mars 2026, nous avons adopté un logiciel multicanal pour nos trois boutiques.'], [FN]) },
      { name: 'confirmer seulement après vérification', text: fr([FT, FS], ["Nous ne confirmons une commande qu'après avoir trouvé l'article en rayon."]) },
      { name: 'avant de confirmer une commande', text: fr([FT, FS], ['Avant de confirmer une commande, le préparateur vérifie le rayon.']) },
      { name: 'en cas de doute', text: fr([FT, FS], ['En cas de doute sur un comptage, le SKU est suspendu et recompté le jour même.']) },
      { name: 'un stock incertain', text: fr([FT, FS], ['Depuis le 4 mars 2026, un SKU dont le stock est incertain est suspendu sur tous les canaux.']) },
      { name: 'un autre motif', text: fr(['Le 3 mars 2026, nous avons remplacé les cartons.'], [], 'damaged') },
      { name: 'le texte du correctif lui-même', text: `---\nlanguage: fr\nreasons: [stockout]\n---\n\n${snippetText('fr', 'plan/stockout')}\n` },
    ],
    invalid: [
      { name: 'sans seuil', text: fr([FS], [FN]), errors: [{ line: 3, column: 11, message: 'seuil de stock' }] },
      { name: 'sans synchronisation', text: fr([FT], [FN]), errors: [{ line: 3, column: 11, message: 'synchronisé' }] },
      {
        name: 'sans règle en cas de doute, avec le plan inséré',
        text: fr([FT, FS]),
        errors: [{ line: 3, column: 11, message: 'incertain' }],
        output: `${fr([FT, FS])}\n${snippetText('fr', 'plan/stockout')!.trimEnd()}\n`,
      },
      {
        name: 'aucune des trois',
        text: fr(['Le 3 mars 2026, nous avons réapprovisionné les articles.']),
        errors: [
          { line: 3, column: 11, message: 'seuil' },
          { line: 3, column: 11, message: 'synchronisé' },
          { line: 3, column: 11, message: 'incertain' },
        ],
      },
      { name: 'un seuil nommé seulement dans la cause', text: fr([FS], [FN]).replace('faute de stock.', "faute d'un seuil de stock."), errors: [{ line: 3, column: 11, message: 'seuil' }] },
      {
        name: 'un titre nomme le problème',
        text: md`
          ---
          language: fr
          ---

          ## Ruptures de stock

          ### Cause

          Le stock manquait.

          ### Actions correctives

          1. ${FT}
          2. ${FN}
        `,
        errors: [{ line: 5, column: 1, message: 'synchronisé' }],
      },
      { name: 'une mesure seulement citée', text: `${fr([FT], [FN])}\n> Notre outil synchronise le stock, écrit l'éditeur.\n`, errors: [{ line: 3, column: 11, message: 'synchronisé' }] },
      { name: 'compter le stock n’est pas synchroniser', text: fr([FT, 'Chaque lundi, nous comptons le stock des 50 meilleures ventes.'], [FN]), errors: [{ line: 3, column: 11, message: 'synchronisé' }] },
      { name: 'confirmer sans condition', text: fr([FT, FS], ['Nous confirmons les commandes chaque matin à 9 h.']), errors: [{ line: 3, column: 11, message: 'incertain' }] },
      { name: 'le second motif de l’en-tête', text: fr([FT, FS], [], 'cancellation-rate, stockout'), errors: [{ line: 3, column: 30, message: 'incertain' }] },
    ],
  },
});
