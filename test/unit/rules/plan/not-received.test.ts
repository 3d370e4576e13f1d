import { md, ruleTester } from '../../../helpers/rule-tester';
import { snippetText } from '../../../../server/src/snippets';

function en(actions: string[], measures: string[] = [], reasons = 'not-received'): string {
  const a = actions.map((x, i) => `${i + 1}. ${x}`).join('\n');
  const m = measures.length ? `\n\n## Preventive measures\n\n${measures.map((x) => `- ${x}`).join('\n')}` : '';
  return `---\nreasons: [${reasons}]\n---\n\n## Root cause\n\nNine buyers reported that their parcel never arrived.\n\n## Corrective actions\n\n${a}${m}\n`;
}
function fr(actions: string[], measures: string[] = [], reasons = 'not-received'): string {
  const a = actions.map((x, i) => `${i + 1}. ${x}`).join('\n');
  const m = measures.length ? `\n\n## Mesures préventives\n\n${measures.map((x) => `- ${x}`).join('\n')}` : '';
  return `---\nlanguage: fr\nreasons: [${reasons}]\n---\n\n## Cause\n\nNeuf acheteurs ont signalé un colis jamais arrivé.\n\n## Actions correctives\n\n${a}${m}\n`;
}

const T = 'On 3 March 2026, we moved every shipment to a tracked service.';
const C = 'On 4 March 2026, we changed our shipping software so that an order is confirmed as shipped only when the carrier scans the parcel.';
const FT = 'Le 3 mars 2026, nous avons confié tous nos envois à un service avec suivi.';
const FC = "Le 4 mars 2026, nous avons modifié notre logiciel : une commande n'est confirmée comme expédiée qu'au moment où le transporteur scanne le colis.";

ruleTester('plan/not-received', {
  en: {
    valid: [
      { name: 'both measures', text: en([T, C]) },
      { name: 'a tracking number on every parcel', text: en([C], ['Since 3 March 2026, every parcel leaves with a tracking number.']) },
      { name: 'full tracking', text: en(['On 3 March 2026, we began to ship all orders with full tracking.', C]) },
      { name: 'Buy Shipping labels', text: en(['On 3 March 2026, we moved all labels to Buy Shipping.', C]) },
      { name: 'signed-for delivery', text: en(['On 3 March 2026, we switched every order to signed-for delivery.', C]) },
      { name: 'dispatch confirmed at handover', text: en([T, 'On 4 March 2026, we linked our software to Seller Central: dispatch is now confirmed when the label is scanned at handover.']) },
      { name: 'marked as shipped only after collection', text: en([T], ['We only mark an order as shipped after the courier has collected it.']) },
      { name: 'no longer confirmed before the parcel leaves', text: en([T], ['We no longer confirm shipment before the parcel leaves the warehouse.']) },
      { name: 'confirmation at collection', text: en([T], ['Shipment confirmation now happens at collection, when the driver scans each parcel.']) },
      { name: 'the software confirms dispatch once scanned', text: en([T], ['Our software confirms dispatch once the carrier scan is received.']) },
      { name: 'another reason', text: en(['On 3 March 2026, we replaced the boxes.'], [], 'damaged') },
      { name: 'the quick fix body itself', text: `---\nreasons: [not-received]\n---\n\n${snippetText('en', 'plan/not-received')}\n` },
    ],
    invalid: [
      { name: 'no tracking', text: en([C]), errors: [{ line: 2, column: 11, message: 'tracking on every shipment' }] },
      {
        name: 'no confirmation rule, with the plan inserted',
        text: en([T]),
        errors: [{ line: 2, column: 11, message: 'actually left' }],
        output: `${en([T])}\n${snippetText('en', 'plan/not-received')!.trimEnd()}\n`,
      },
      {
        name: 'neither measure',
        text: en(['On 3 March 2026, we refunded the nine buyers.']),
        errors: [{ line: 2, column: 11, message: 'tracking' }, { line: 2, column: 11, message: 'confirmed only' }],
      },
      { name: 'tracking named only in the cause', text: en([C]).replace('never arrived.', 'never arrived: the service had no tracking number.'), errors: [{ line: 2, column: 11, message: 'tracking' }] },
      { name: 'tracking a rate is not tracking parcels', text: en([C], ['Every Monday, we track the late shipment rate in a spreadsheet.']), errors: [{ line: 2, column: 11, message: 'tracking' }] },
      {
        name: 'a heading names the problem type',
        text: md`
          ## Items not received

          ### Root cause

          Parcels were lost.

          ### Corrective actions

          1. ${C}
        `,
        errors: [{ line: 1, column: 1, message: 'tracking' }],
      },
      { name: 'confirming shipment with no condition', text: en([T], ['We confirm shipment every evening at 18:00.']), errors: [{ line: 2, column: 11, message: 'confirmed only' }] },
      { name: 'a measure only in a quote', text: `${en([T])}\n> Shipment is confirmed only when the carrier scans the parcel, the carrier's guide says.\n`, errors: [{ line: 2, column: 11, message: 'confirmed only' }] },
      {
        name: 'the section of a per-reason appeal',
        text: md`
          ---
          reasons: [not-received, damaged]
          ---

          ## Items not received

          ### Root cause

          Parcels were lost.

          ### Corrective actions

          1. ${C}

          ## Damaged items

          ### Root cause

          Boxes were too thin.

          ### Corrective actions

          1. ${T}
        `,
        errors: [{ line: 5, column: 1, message: 'tracking' }],
      },
      { name: 'the second reason of the header', text: en([T], [], 'damaged, not-received'), errors: [{ line: 2, column: 20, message: 'confirmed only' }] },
    ],
  },
  fr: {
    valid: [
      { name: 'les deux mesures', text: fr([FT, FC]) },
      { name: 'un numéro de suivi sur chaque colis', text: fr([FC], ['Depuis le 3 mars 2026, chaque colis part avec un numéro de suivi.']) },
      { name: 'Colissimo', text: fr(['Le 3 mars 2026, nous avons fait passer toutes les commandes en Colissimo.', FC]) },
      { name: 'la lettre suivie', text: fr(['Le 3 mars 2026, nous avons adopté la lettre suivie pour les petits articles.', FC]) },
      { name: 'le recommandé', text: fr(['Le 3 mars 2026, nous avons choisi le recommandé avec accusé de réception.', FC]) },
      { name: 'une confirmation transmise au scan', text: fr([FT], ["La confirmation d'expédition n'est transmise qu'au scan du colis."]) },
      { name: 'confirmer après la remise', text: fr([FT], ["Nous ne confirmons l'expédition qu'après la remise au transporteur."]) },
      { name: 'une expédition confirmée au scan', text: fr([FT], ["L'expédition est désormais confirmée au scan, lors de la remise au transporteur."]) },
      { name: 'ne plus marquer expédiée avant le départ', text: fr([FT], ['Nous ne marquons plus une commande comme expédiée avant son départ.']) },
      { name: 'un autre motif', text: fr(['Le 3 mars 2026, nous avons remplacé les cartons.'], [], 'damaged') },
      { name: 'le texte du correctif lui-même', text: `---\nlanguage: fr\nreasons: [not-received]\n---\n\n${snippetText('fr', 'plan/not-received')}\n` },
    ],
    invalid: [
      { name: 'sans suivi', text: fr([FC]), errors: [{ line: 3, column: 11, message: 'un suivi pour chaque envoi' }] },
      {
        name: 'sans règle de confirmation, avec le plan inséré',
        text: fr([FT]),
        errors: [{ line: 3, column: 11, message: 'réellement parti' }],
        output: `${fr([FT])}\n${snippetText('fr', 'plan/not-received')!.trimEnd()}\n`,
      },
      { name: 'aucune des deux', text: fr(['Le 3 mars 2026, nous avons remboursé les neuf acheteurs.']), errors: [{ line: 3, column: 11, message: 'suivi' }, { line: 3, column: 11, message: 'confirmée' }] },
      { name: 'le suivi nommé seulement dans la cause', text: fr([FC]).replace('jamais arrivé.', 'jamais arrivé : le service choisi était sans suivi.'), errors: [{ line: 3, column: 11, message: 'suivi' }] },
      { name: 'suivre un taux n’est pas suivre les colis', text: fr([FC], ["Chaque lundi, nous suivons le taux d'expédition en retard."]), errors: [{ line: 3, column: 11, message: 'suivi' }] },
      {
        name: 'un titre nomme le problème',
        text: md`
          ---
          language: fr
          ---

          ## Articles non reçus

          ### Cause

          Des colis ont été perdus.

          ### Actions correctives

          1. ${FC}
        `,
        errors: [{ line: 5, column: 1, message: 'suivi' }],
      },
      { name: 'confirmer sans condition', text: fr([FT], ["Nous confirmons l'expédition chaque soir à 18 h."]), errors: [{ line: 3, column: 11, message: 'confirmée' }] },
      { name: 'une mesure seulement citée', text: `${fr([FT])}\n> L'expédition n'est confirmée qu'au scan, dit le guide du transporteur.\n`, errors: [{ line: 3, column: 11, message: 'confirmée' }] },
      { name: 'le second motif de l’en-tête', text: fr([FT], [], 'damaged, not-received'), errors: [{ line: 3, column: 20, message: 'confirmée' }] },
      { name: 'une promesse sans mesure', text: fr(['Le 3 mars 2026, nous avons présenté nos excuses aux acheteurs.']), errors: [{ line: 3, column: 11 }, { line: 3, column: 11 }] },
    ],
  },
});
