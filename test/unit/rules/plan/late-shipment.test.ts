import { md, ruleTester } from '../../../helpers/rule-tester';
import { snippetText } from '../../../../server/src/snippets';

const CAUSE = 'Over the 30 days to 2 March 2026, 31 of our 330 orders shipped late, 9.4%. Orders received after 09:00 waited for the next day.';
const FCAUSE = "Sur les 30 jours précédant le 2 mars 2026, 18 de nos 250 commandes sont parties en retard, soit 7,2 %. Les commandes reçues après 9 h attendaient le lendemain.";

function en(actions: string[], measures: string[] = [], reasons = 'late-shipment', cause = CAUSE): string {
  const a = actions.map((x, i) => `${i + 1}. ${x}`).join('\n');
  const m = measures.length ? `\n\n## Preventive measures\n\n${measures.map((x) => `- ${x}`).join('\n')}` : '';
  return `---\nreasons: [${reasons}]\n---\n\n## Root cause\n\n${cause}\n\n## Corrective actions\n\n${a}${m}\n`;
}
function fr(actions: string[], measures: string[] = [], reasons = 'late-shipment', cause = FCAUSE): string {
  const a = actions.map((x, i) => `${i + 1}. ${x}`).join('\n');
  const m = measures.length ? `\n\n## Mesures préventives\n\n${measures.map((x) => `- ${x}`).join('\n')}` : '';
  return `---\nlanguage: fr\nreasons: [${reasons}]\n---\n\n## Cause\n\n${cause}\n\n## Actions correctives\n\n${a}${m}\n`;
}

const H = 'On 3 March 2026, we set a handling time of four business days on the 14 engraved SKUs.';
const C = 'On 3 March 2026, we checked the 31 late orders one by one.';
const FH = "Le 3 mars 2026, nous avons fixé un délai d'expédition de quatre jours ouvrés sur les 14 SKU gravés.";
const FC = 'Le 3 mars 2026, nous avons vérifié les 18 commandes en retard une par une.';

ruleTester('plan/late-shipment', {
  en: {
    valid: [
      { name: 'both measures', text: en([H, C]) },
      { name: 'a lead time', text: en(['On 3 March 2026, we raised the lead time of made-to-order items to 10 days.', C]) },
      { name: 'a second picking run', text: en(['On 3 March 2026, we added a second picking run at 13:00.', C]) },
      { name: 'another carrier', text: en(['On 3 March 2026, we switched to a carrier that collects at 17:00.', C]) },
      { name: 'the collection moved', text: en(['On 3 March 2026, the daily collection moved from 15:00 to 17:00.', C]) },
      { name: 'a packer hired', text: en(['On 3 March 2026, we hired a second packer for the afternoon.', C]) },
      { name: 'holiday mode', text: en([C], ['Since 3 March 2026, we switch on holiday mode whenever the workshop closes.']) },
      { name: 'an order ID in the cause', text: en([H], [], 'late-shipment', `${CAUSE} The late orders include 203-4816259-7730418.`) },
      { name: 'an attached list of the late orders', text: `${en([H])}\nWe have attached the list of the 31 late orders, with the cause of each.\n` },
      { name: 'each late order reviewed', text: en([H, 'On 3 March 2026, we reviewed each late order with the buyer.']) },
      { name: 'another reason', text: en(['On 3 March 2026, we replaced the boxes.'], [], 'damaged') },
      { name: 'the quick fix body itself', text: `---\nreasons: [late-shipment]\n---\n\n${snippetText('en', 'plan/late-shipment')}\n` },
    ],
    invalid: [
      {
        name: 'no handling time or process change, with the plan inserted',
        text: en([C]),
        errors: [{ line: 2, column: 11, message: 'handling time' }],
        output: `${en([C])}\n${snippetText('en', 'plan/late-shipment')!.trimEnd()}\n`,
      },
      { name: 'the late orders not cited', text: en([H]), errors: [{ line: 2, column: 11, message: 'late orders cited' }] },
      { name: 'neither measure', text: en(['On 3 March 2026, we apologised to the buyers.']), errors: [{ line: 2, column: 11, message: 'handling time' }, { line: 2, column: 11, message: 'late orders' }] },
      {
        name: 'the handling time named only in the cause',
        text: en([C], [], 'late-shipment', `${CAUSE} Our handling time was one business day.`),
        errors: [{ line: 2, column: 11, message: 'handling time' }],
      },
      { name: 'apologising for the late orders is no citation', text: en([H], ['We apologise for the late orders.']), errors: [{ line: 2, column: 11, message: 'late orders' }] },
      {
        name: 'a heading names the problem type',
        text: md`
          ## Late shipments

          ### Root cause

          ${CAUSE}

          ### Corrective actions

          1. ${C}
        `,
        errors: [{ line: 1, column: 1, message: 'handling time' }],
      },
      { name: 'a measure only in a quote', text: `${en([C])}\n> Set a realistic handling time, the help page says.\n`, errors: [{ line: 2, column: 11, message: 'handling time' }] },
      {
        name: 'the section of a per-reason appeal',
        text: md`
          ---
          reasons: [late-shipment, damaged]
          ---

          ## Late shipments

          ### Root cause

          Orders waited.

          ### Corrective actions

          1. ${C}

          ## Damaged items

          ### Root cause

          Boxes were too thin; the carafes needed a longer handling time.

          ### Corrective actions

          1. ${H}
        `,
        errors: [{ line: 5, column: 1, message: 'handling time' }],
      },
      { name: 'the second reason of the header', text: en([H], [], 'damaged, late-shipment'), errors: [{ line: 2, column: 20, message: 'late orders' }] },
      { name: 'an ID hidden in a comment is no citation', text: `${en([H])}\n<!-- 203-4816259-7730418 -->\n`, errors: [{ line: 2, column: 11, message: 'late orders' }] },
    ],
  },
  fr: {
    valid: [
      { name: 'les deux mesures', text: fr([FH, FC]) },
      { name: 'un délai de préparation', text: fr(['Le 3 mars 2026, nous avons porté le délai de préparation des lampes à 10 jours.', FC]) },
      { name: 'une seconde tournée', text: fr(['Le 3 mars 2026, nous avons ajouté une seconde tournée de préparation à 13 h.', FC]) },
      { name: 'un autre transporteur', text: fr(['Le 3 mars 2026, nous avons changé de transporteur.', FC]) },
      { name: "l'enlèvement décalé", text: fr(["Le 3 mars 2026, nous avons décalé l'enlèvement de 16 h à 17 h 30.", FC]) },
      { name: 'un second employé formé', text: fr(['Le 3 mars 2026, nous avons formé un second employé à la préparation.', FC]) },
      { name: 'le mode vacances', text: fr([FC], ["Depuis le 3 mars 2026, nous activons le mode vacances à chaque fermeture de l'atelier."]) },
      { name: 'un numéro de commande dans la cause', text: fr([FH], [], 'late-shipment', `${FCAUSE} Parmi elles figure la commande 171-8842016-3375291.`) },
      { name: 'la liste jointe', text: `${fr([FH])}\nVous trouverez en pièce jointe la liste des 18 commandes en retard.\n` },
      { name: 'chaque commande en retard', text: fr([FH, "Le 3 mars 2026, nous avons repris l'historique de chaque commande en retard."]) },
      { name: 'un autre motif', text: fr(['Le 3 mars 2026, nous avons remplacé les cartons.'], [], 'damaged') },
      { name: 'le texte du correctif lui-même', text: `---\nlanguage: fr\nreasons: [late-shipment]\n---\n\n${snippetText('fr', 'plan/late-shipment')}\n` },
    ],
    invalid: [
      {
        name: 'sans délai ni changement de procédure, avec le plan inséré',
        text: fr([FC]),
        errors: [{ line: 3, column: 11, message: "délai d'expédition" }],
        output: `${fr([FC])}\n${snippetText('fr', 'plan/late-shipment')!.trimEnd()}\n`,
      },
      { name: 'les commandes en retard non citées', text: fr([FH]), errors: [{ line: 3, column: 11, message: 'commandes en retard citées' }] },
      { name: 'aucune des deux', text: fr(['Le 3 mars 2026, nous avons présenté nos excuses.']), errors: [{ line: 3, column: 11, message: 'délai' }, { line: 3, column: 11, message: 'citées' }] },
      { name: 'le délai nommé seulement dans la cause', text: fr([FC], [], 'late-shipment', `${FCAUSE} Notre délai d'expédition était d'un jour.`), errors: [{ line: 3, column: 11, message: 'délai' }] },
      { name: 's’excuser des retards n’est pas citer les commandes', text: fr([FH], ['Nous nous excusons pour les commandes en retard.']), errors: [{ line: 3, column: 11, message: 'citées' }] },
      {
        name: 'un titre nomme le problème',
        text: md`
          ---
          language: fr
          ---

          ## Expéditions en retard

          ### Cause

          ${FCAUSE}

          ### Actions correctives

          1. ${FC}
        `,
        errors: [{ line: 5, column: 1, message: 'délai' }],
      },
      { name: 'une mesure seulement citée', text: `${fr([FC])}\n> Fixez un délai d'expédition réaliste, dit l'aide d'Amazon.\n`, errors: [{ line: 3, column: 11, message: 'délai' }] },
      { name: 'le second motif de l’en-tête', text: fr([FH], [], 'damaged, late-shipment'), errors: [{ line: 3, column: 20, message: 'citées' }] },
      { name: 'un numéro caché dans un commentaire', text: `${fr([FH])}\n<!-- 171-8842016-3375291 -->\n`, errors: [{ line: 3, column: 11, message: 'citées' }] },
      {
        name: 'la section d’un plan par motif',
        text: md`
          ---
          language: fr
          reasons: [late-shipment, damaged]
          ---

          ## Expéditions en retard

          ### Cause

          Les commandes attendaient.

          ### Actions correctives

          1. ${FC}

          ## Articles endommagés

          ### Cause

          Les cartons étaient trop fins.

          ### Actions correctives

          1. ${FH}
        `,
        errors: [{ line: 6, column: 1, message: 'délai' }],
      },
    ],
  },
});
