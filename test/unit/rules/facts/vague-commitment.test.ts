import { md, ruleTester } from '../../../helpers/rule-tester';

const pm = '## Preventive measures\n\n';
const ca = '## Corrective actions\n\n';
const mp = '## Mesures préventives\n\n';
const ac = '## Actions correctives\n\n';

ruleTester('facts/vague-commitment', {
  en: {
    valid: [
      { name: '"as soon as" followed by a clause', text: `${pm}- We confirm shipment as soon as the carrier scans the parcel.\n` },
      { name: 'a root cause tells what happened', text: '## Root cause\n\nWe tried to ship every order as soon as possible, but one picker could not keep up.\n' },
      { name: 'a dated action', text: `${ca}1. On 3 March 2026, we switched every shipment to a tracked service.\n` },
      { name: '"regularly" beside a frequency', text: `${pm}- Every Monday, we regularly review the late shipment rate.\n` },
      { name: '"soon after" tells a sequence', text: `${ca}1. Soon after the notice, on 4 March 2026, we counted the stock.\n` },
      { name: 'a firm rule', text: `${pm}- An order is confirmed as shipped only when the carrier scans it.\n` },
      { name: 'a hope about the reply is no commitment', text: `${pm}- Every day, we answer messages within 24 hours.\n\nWe hope to hear from you soon.\n` },
      { name: '"soonest" is another word', text: `${pm}- Our soonest collection is at 17:00 every day.\n` },
      { name: 'a quoted buyer message', text: `${pm}- Every morning we read buyer messages.\n\n> We hope to get a refund soon, hopefully today.\n` },
      { name: 'an inline quotation', text: `${pm}- Every Monday, we reply to messages such as “please ship as soon as possible”.\n` },
      { name: '"where" naming a case', text: `${pm}- Where a SKU needs engraving, its handling time is four business days.\n` },
      { name: 'code is not the seller’s wording', text: `${pm}- Every day we run \`retry --soon\` in the shipping tool.\n` },
      { name: 'a plan-of-action intro outside any actions section', text: '## Root cause\n\nWe will try to explain what went wrong.\n\n## Corrective actions\n\n1. On 3 March 2026, we replaced the boxes.\n' },
    ],
    invalid: [
      { name: 'we will try', text: `${pm}- We will try to answer every message within 24 hours.\n`, errors: [{ line: 3, column: 3, message: 'attempt' }] },
      {
        name: 'hopefully, deleted by the fix',
        text: `${pm}- Hopefully the new boxes will stop the breakage.\n`,
        errors: [{ line: 3, column: 3, message: 'hope' }],
        output: `${pm}- The new boxes will stop the breakage.\n`,
      },
      {
        name: 'as soon as possible becomes a dated placeholder',
        text: `${ca}1. We will switch to a tracked service as soon as possible.\n`,
        errors: [{ line: 3, column: 40, message: '"as soon as possible"' }],
        output: `${ca}1. We will switch to a tracked service by [DATE].\n`,
      },
      { name: "we'll do our best", text: `${pm}- We'll do our best to ship on time.\n`, errors: [{ line: 3, column: 3 }] },
      { name: 'a resolution of the team', text: `${pm}- Our packing team will be more careful with glass.\n`, errors: [{ line: 3, column: 3, message: 'intention' }] },
      {
        name: 'regularly becomes a frequency placeholder',
        text: `${pm}- We check stock levels regularly.\n`,
        errors: [{ line: 3, column: 25, message: 'frequency' }],
        output: `${pm}- We check stock levels every [FREQUENCY].\n`,
      },
      {
        name: 'soon, with its capital kept',
        text: `${ca}1. Soon, the new carrier will collect twice a day.\n`,
        errors: [{ line: 3, column: 4 }],
        output: `${ca}1. By [DATE], the new carrier will collect twice a day.\n`,
      },
      { name: 'at some point', text: `${pm}- We will add a second picking run at some point.\n`, errors: [{ line: 3, column: 36 }] },
      {
        name: 'a hedge deleted with its comma',
        text: `${pm}- We ship every order with tracking, whenever possible.\n`,
        errors: [{ line: 3, column: 38, message: 'reservation' }],
        output: `${pm}- We ship every order with tracking.\n`,
      },
      { name: 'we hope to', text: `${pm}- We hope to reduce cancellations below 1%.\n`, errors: [{ line: 3, column: 3, message: 'hope' }] },
      { name: 'in the coming weeks, in a paragraph', text: `${ca}We will review our packaging in the coming weeks.\n`, errors: [{ line: 3, column: 30 }] },
      { name: 'an appeal without sections: the whole body counts', text: 'We will try to ship faster from now on.\n', errors: [{ line: 1, column: 1 }] },
      { name: 'as quickly as possible', text: `${pm}- We aim to dispatch every order as quickly as possible.\n`, errors: [{ line: 3, column: 34 }] },
      { name: 'look into ways', text: `${pm}- Every Monday, we will look into ways to cut delays.\n`, errors: [{ line: 3, column: 17, message: 'intention' }] },
      { name: 'periodically, with the typographic apostrophe around', text: `${pm}- We’ll periodically audit our listings.\n`, errors: [{ line: 3, column: 9 }] },
    ],
  },
  fr: {
    valid: [
      { name: '« dès que » suivi d’une proposition', text: `${mp}- Nous confirmons l'expédition dès que le transporteur scanne le colis.\n` },
      { name: 'une cause raconte ce qui s’est passé', text: "## Cause\n\nNous avons essayé de livrer au plus vite, mais le stock manquait.\n" },
      { name: 'une action datée', text: `${ac}1. Le 3 mars 2026, nous avons changé de transporteur.\n` },
      { name: '« régulièrement » à côté d’une fréquence', text: `${mp}- Chaque lundi, nous contrôlons régulièrement le taux de retard.\n` },
      { name: '« toujours » au sens de « encore »', text: `${mp}- Chaque mois, nous vérifions que nous avons toujours les factures.\n` },
      { name: 'un message cité', text: `${mp}- Chaque matin, nous lisons les messages.\n\n> Nous allons essayer de vous rembourser bientôt.\n` },
      { name: 'une règle datée', text: `${mp}- Depuis le 3 mars 2026, les commandes partent sous 24 heures.\n` },
      { name: 'un espoir sur la réponse n’engage pas le plan', text: `${mp}- Chaque jour, nous répondons aux messages.\n\nDans l'attente de votre réponse, nous espérons vous lire bientôt.\n` },
      { name: '« au plus tard » fixe une échéance', text: `${ac}1. Au plus tard le 20 novembre 2026, chaque SKU a reçu son délai.\n` },
      { name: 'une citation dans la phrase', text: `${mp}- Chaque lundi, nous répondons aux messages du type « expédiez dès que possible ».\n` },
      { name: 'le stock synchronisé en temps réel', text: `${mp}- Le stock est synchronisé en temps réel sur tous les canaux.\n` },
      { name: '« bientôt » dans une cause', text: "## Cause\n\nLe stock était bientôt épuisé sur notre site.\n" },
    ],
    invalid: [
      { name: 'nous allons essayer', text: `${mp}- Nous allons essayer de répondre à chaque message sous 24 heures.\n`, errors: [{ line: 3, column: 3, message: 'essai' }] },
      {
        name: 'dès que possible devient une date à remplir',
        text: `${ac}1. Nous changerons de transporteur dès que possible.\n`,
        errors: [{ line: 3, column: 36, message: '« dès que possible »' }],
        output: `${ac}1. Nous changerons de transporteur d'ici le [DATE].\n`,
      },
      {
        name: 'une réserve entre deux virgules, supprimée',
        text: `${mp}- Nous vérifions le stock, dans la mesure du possible, chaque matin.\n`,
        errors: [{ line: 3, column: 28, message: 'réserve' }],
        output: `${mp}- Nous vérifions le stock chaque matin.\n`,
      },
      {
        name: 'régulièrement devient une fréquence à remplir',
        text: `${mp}- Nous contrôlons régulièrement les stocks.\n`,
        errors: [{ line: 3, column: 19, message: 'fréquence' }],
        output: `${mp}- Nous contrôlons chaque [FRÉQUENCE] les stocks.\n`,
      },
      { name: 'une bonne intention de l’équipe', text: `${mp}- Notre équipe sera plus vigilante lors de l'emballage.\n`, errors: [{ line: 3, column: 3, message: 'intention' }] },
      { name: 'bientôt', text: `${mp}- Un nouvel emballage sera bientôt en place.\n`, errors: [{ line: 3, column: 28 }] },
      { name: 'faire de notre mieux', text: `${mp}- Nous ferons de notre mieux pour expédier à temps.\n`, errors: [{ line: 3, column: 8 }] },
      { name: 'nous espérons pouvoir', text: `${mp}- Nous espérons pouvoir réduire les annulations.\n`, errors: [{ line: 3, column: 3, message: 'espoir' }] },
      {
        name: 'une réserve en tête de phrase',
        text: `${mp}- Si possible, nous expédions le jour même.\n`,
        errors: [{ line: 3, column: 3 }],
        output: `${mp}- Nous expédions le jour même.\n`,
      },
      { name: 'étudier des solutions', text: `${ac}1. Nous allons étudier des solutions pour réduire les retards.\n`, errors: [{ line: 3, column: 4 }] },
      { name: 'prochainement', text: `${mp}- Nous passerons à un service suivi prochainement.\n`, errors: [{ line: 3, column: 37 }] },
      { name: 'au plus vite, apostrophe typographique', text: `${mp}- Nous répondrons aux messages d’acheteurs au plus vite.\n`, errors: [{ line: 3, column: 44 }] },
      { name: 'un plan sans sections', text: "Nous essaierons d'expédier plus vite.\n", errors: [{ line: 1, column: 1 }] },
    ],
  },
});
