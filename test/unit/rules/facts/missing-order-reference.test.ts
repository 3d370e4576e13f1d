import { md, ruleTester } from '../../../helpers/rule-tester';

const enHeader = (reasons: string): string => `---\nreasons: [${reasons}]\n---\n\n`;
const enPlan = md`
  ## Root cause

  Our handling time was one day, shorter than the three days engraving takes.

  ## Corrective actions

  1. On 3 March 2026, we set a handling time of four days on the engraved SKUs.
`;
const frHeader = (reasons: string): string => `---\nlanguage: fr\nreasons: [${reasons}]\n---\n\n`;
const frPlan = md`
  ## Cause

  Notre délai d'expédition était d'un jour, plus court que les trois jours de gravure.

  ## Actions correctives

  1. Le 3 mars 2026, nous avons fixé un délai de quatre jours sur les SKU gravés.
`;

ruleTester('facts/missing-order-reference', {
  en: {
    valid: [
      { name: 'an order ID in the cause', text: enHeader('late-shipment') + enPlan.replace('takes.', 'takes, as in order 203-4816259-7730418.') },
      { name: 'an attached list of the orders', text: `${enHeader('late-shipment')}${enPlan}\nWe have attached the list of the 31 late orders, with the cause of each.\n` },
      { name: 'a spreadsheet that is attached', text: `${enHeader('stockout')}${enPlan}\nA spreadsheet of all 14 cancelled orders is attached.\n` },
      { name: 'a placeholder still to fill', text: enHeader('late-shipment') + enPlan.replace('takes.', 'takes (order [ORDER-ID]).') },
      { name: 'not an order-level reason', text: enHeader('authenticity') + enPlan },
      { name: "Amazon's notice quoted with the order", text: `${enHeader('late-shipment')}> Order 171-1234567-1234567 was shipped late.\n\n${enPlan}` },
      {
        name: 'each reason section cites its orders',
        text: md`
          ---
          reasons: [damaged, not-as-described]
          ---

          ## Damaged items

          ### Root cause

          Order 202-3318745-9906217 arrived broken.

          ### Corrective actions

          1. On 3 March 2026, we replaced the boxes.

          ## Not as described

          ### Root cause

          Order 204-1190376-5582041 carried the wrong EAN.

          ### Corrective actions

          1. On 4 March 2026, we corrected the EAN.
        `,
      },
      { name: 'an order ID in a table', text: `${enHeader('not-received')}${enPlan}\n| Order | Cause |\n|---|---|\n| 405-7708312-4461935 | no tracking |\n` },
      { name: 'a malformed ID is another rule’s finding', text: enHeader('damaged') + enPlan.replace('takes.', 'takes (order 171-123456-1234567).') },
      { name: 'no reason at all', text: enPlan },
      { name: 'a header and no prose', text: '---\nreasons: [late-shipment]\n---\n' },
    ],
    invalid: [
      {
        name: 'a late-shipment appeal without order',
        text: enHeader('late-shipment') + enPlan,
        errors: [{ line: 2, column: 11, message: 'late shipments cites no order' }],
        output: enHeader('late-shipment') + enPlan.replace('## Root cause\n\n', '## Root cause\n\nOrders concerned: [ORDER-ID].\n\n'),
      },
      {
        name: 'only the damaged section lacks its orders',
        text: md`
          ---
          reasons: [damaged, late-shipment]
          ---

          ## Damaged items

          ### Root cause

          Glass carafes were packed in thin boxes.

          ### Corrective actions

          1. On 3 March 2026, we replaced the boxes.

          ## Late shipments

          ### Root cause

          Order 203-4816259-7730418 waited for the next picking run.

          ### Corrective actions

          1. On 4 March 2026, we added a second picking run.
        `,
        errors: [{ line: 5, column: 1, message: 'damaged items' }],
      },
      { name: 'a problem type named by a heading only', text: '## Root cause\n\n### Late dispatch\n\nOrders waited for the next day.\n', errors: [{ line: 3, column: 1 }] },
      { name: 'an ID hidden in an HTML comment', text: `${enHeader('late-shipment')}${enPlan}\n<!-- 171-1234567-1234567 -->\n`, errors: [{ line: 2, column: 11 }] },
      { name: 'IDs in the header only', text: `---\nreasons: [late-shipment]\norders: [171-1234567-1234567]\n---\n\n${enPlan}`, errors: [{ line: 2, column: 11 }] },
      { name: 'attached photos are no list of orders', text: `${enHeader('not-received')}${enPlan}\nWe have attached photos of the new labels.\n`, errors: [{ line: 2, column: 11, message: 'items not received' }] },
      { name: 'stockout cancellations', text: enHeader('stockout') + enPlan, errors: [{ line: 2, column: 11, message: 'stockouts' }] },
      { name: 'an ID inside a link target', text: `${enHeader('late-shipment')}${enPlan}\nSee [the order](https://sellercentral.amazon.com/orders-v3/order/171-1234567-1234567).\n`, errors: [{ line: 2, column: 11 }] },
      {
        name: 'no root-cause section: the placeholder opens the body',
        text: `${enHeader('damaged')}## Corrective actions\n\n1. On 3 March 2026, we replaced the boxes.\n`,
        errors: [{ line: 2, column: 11 }],
        output: `${enHeader('damaged')}Orders concerned: [ORDER-ID].\n\n## Corrective actions\n\n1. On 3 March 2026, we replaced the boxes.\n`,
      },
      {
        name: 'two reason sections, neither cites orders',
        text: md`
          ---
          reasons: [damaged, not-as-described]
          ---

          ## Damaged items

          ### Root cause

          Glass carafes were packed in thin boxes.

          ## Not as described

          ### Root cause

          Our upload file carried the wrong EAN.

          ### Corrective actions

          1. On 4 March 2026, we corrected the EAN.
        `,
        errors: [{ line: 5, column: 1 }, { line: 11, column: 1, message: 'not as described' }],
      },
      { name: 'the second reason of the header', text: enHeader('authenticity, damaged') + enPlan, errors: [{ line: 2, column: 25 }] },
    ],
  },
  fr: {
    valid: [
      { name: 'un numéro de commande dans la cause', text: frHeader('late-shipment') + frPlan.replace('gravure.', 'gravure, comme pour la commande 203-4816259-7730418.') },
      { name: 'la liste des commandes en pièce jointe', text: `${frHeader('stockout')}${frPlan}\nVous trouverez en pièce jointe la liste des 12 commandes annulées.\n` },
      { name: 'la liste jointe, après coup', text: `${frHeader('not-received')}${frPlan}\nLa liste des neuf commandes, avec leur issue, est jointe à ce plan.\n` },
      { name: 'un repère à remplir', text: frHeader('damaged') + frPlan.replace('gravure.', 'gravure (commande [NUMÉRO-DE-COMMANDE]).') },
      { name: 'un motif qui ne porte pas sur des commandes', text: frHeader('brand-authorisation') + frPlan },
      { name: 'la notification citée avec la commande', text: `${frHeader('late-shipment')}> La commande 171-1234567-1234567 a été expédiée en retard.\n\n${frPlan}` },
      { name: 'un tableau des commandes', text: `${frHeader('not-received')}${frPlan}\n| Commande | Cause |\n|---|---|\n| 405-7708312-4461935 | sans suivi |\n` },
      { name: 'un numéro mal formé relève d’une autre règle', text: frHeader('damaged') + frPlan.replace('gravure.', 'gravure (commande 171-123456-1234567).') },
      { name: 'aucun motif', text: frPlan },
      { name: 'un numéro dans les actions', text: frHeader('late-shipment') + frPlan.replace('gravés.', 'gravés, dont celui de la commande 171-8842016-3375291.') },
    ],
    invalid: [
      {
        name: 'des retards sans commande citée',
        text: frHeader('late-shipment') + frPlan,
        errors: [{ line: 3, column: 11, message: 'expéditions en retard ne cite aucune commande' }],
        output: frHeader('late-shipment') + frPlan.replace('## Cause\n\n', '## Cause\n\nCommandes concernées : [NUMÉRO-DE-COMMANDE].\n\n'),
      },
      { name: 'un sous-titre de problème seulement', text: '## Cause\n\n### Retards d’expédition\n\nLes commandes attendaient le lendemain.\n', errors: [{ line: 3, column: 1 }] },
      { name: 'un numéro caché dans un commentaire', text: `${frHeader('late-shipment')}${frPlan}\n<!-- 171-1234567-1234567 -->\n`, errors: [{ line: 3, column: 11 }] },
      { name: 'des numéros dans l’en-tête seulement', text: `---\nlanguage: fr\nreasons: [damaged]\norders: [171-1234567-1234567]\n---\n\n${frPlan}`, errors: [{ line: 3, column: 11, message: 'articles endommagés' }] },
      { name: 'des photos jointes ne sont pas une liste de commandes', text: `${frHeader('not-received')}${frPlan}\nNous joignons les photos des nouvelles étiquettes.\n`, errors: [{ line: 3, column: 11 }] },
      { name: 'des annulations pour rupture de stock', text: frHeader('stockout') + frPlan, errors: [{ line: 3, column: 11, message: 'ruptures de stock' }] },
      {
        name: 'une section par motif, l’une sans commande',
        text: md`
          ---
          language: fr
          reasons: [damaged, late-shipment]
          ---

          ## Articles endommagés

          ### Cause

          Nos plats partaient dans un carton simple cannelure.

          ### Actions correctives

          1. Le 15 novembre 2026, nous avons adopté un carton double cannelure.

          ## Expéditions en retard

          ### Cause

          La commande 171-8842016-3375291 a attendu la tournée suivante.

          ### Actions correctives

          1. Le 14 novembre 2026, nous avons ajouté une tournée.
        `,
        errors: [{ line: 6, column: 1, message: 'articles endommagés' }],
      },
      { name: 'un numéro dans un lien', text: `${frHeader('late-shipment')}${frPlan}\nVoir [la commande](https://sellercentral.amazon.fr/orders-v3/order/171-1234567-1234567).\n`, errors: [{ line: 3, column: 11 }] },
      { name: 'le second motif de l’en-tête', text: frHeader('authenticity, not-as-described') + frPlan, errors: [{ line: 3, column: 25 }] },
      {
        name: 'sans section de cause : le repère ouvre le texte',
        text: `${frHeader('damaged')}## Actions correctives\n\n1. Le 3 mars 2026, nous avons remplacé les cartons.\n`,
        errors: [{ line: 3, column: 11 }],
        output: `${frHeader('damaged')}Commandes concernées : [NUMÉRO-DE-COMMANDE].\n\n## Actions correctives\n\n1. Le 3 mars 2026, nous avons remplacé les cartons.\n`,
      },
    ],
  },
});
