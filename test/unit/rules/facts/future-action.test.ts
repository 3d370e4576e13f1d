import { ruleTester } from '../../../helpers/rule-tester';

const ca = '## Corrective actions\n\n';
const ac = '## Actions correctives\n\n';

ruleTester('facts/future-action', {
  en: {
    valid: [
      { name: 'a dated action in the past', text: `${ca}1. On 3 March 2026, we checked every parcel in stock.\n` },
      { name: 'a preventive measure may be future', text: '## Preventive measures\n\n- We will check every parcel before it leaves.\n' },
      { name: 'a rule triggered by an event', text: `${ca}1. If a parcel has no scan by 18:00, we will contact the buyer the same day.\n` },
      { name: 'an offer to send documents', text: `${ca}1. On 3 March 2026, we refunded both buyers.\n\nWe will gladly send the invoices on request.\n` },
      { name: '"we will be" with an adjective', text: `${ca}1. On 3 March 2026, we refunded both buyers.\n\nWe will be happy to answer any questions.\n` },
      { name: 'outside the corrective section', text: '## Root cause\n\nWe will explain the two faults we found.\n' },
      { name: 'someone else in the future', text: `${ca}1. On 3 March 2026, we sent a replacement; the buyer will receive it on 5 March.\n` },
      { name: 'a threat is another rule’s business', text: `${ca}1. We will take legal action against the supplier.\n` },
      { name: 'the carrier, not the seller', text: `${ca}1. From 4 March 2026, the carrier collects at 17:00 and will scan each parcel.\n` },
      { name: 'a quoted promise', text: `${ca}1. On 3 March 2026, we removed the supplier.\n\n> We will check everything, our supplier wrote.\n` },
      { name: 'trying belongs to vague-commitment', text: `${ca}1. We will try to check every parcel.\n` },
      { name: 'the past of a plan', text: `${ca}1. On 2 March 2026, we planned the new layout and moved the packing bench.\n` },
    ],
    invalid: [
      { name: 'we will check', text: `${ca}1. We will check every parcel before it leaves.\n`, errors: [{ line: 3, column: 4, message: '"We will check"' }] },
      { name: 'we are going to', text: `${ca}1. We are going to replace the boxes.\n`, errors: [{ line: 3, column: 4, message: 'We are going to replace' }] },
      { name: "we'll, with a date that is still ahead", text: `${ca}1. We'll retrain the packing team on 3 March 2026.\n`, errors: [{ line: 3, column: 4, message: "We'll retrain" }] },
      { name: 'our team will', text: `${ca}1. Our warehouse team will recount the stock.\n`, errors: [{ line: 3, column: 4 }] },
      { name: 'we plan to', text: `${ca}1. We plan to switch carriers.\n`, errors: [{ line: 3, column: 4 }] },
      { name: 'I will, in a bulleted list', text: `${ca}- I will contact each buyer.\n`, errors: [{ line: 3, column: 3 }] },
      { name: 'we shall also, in a paragraph', text: `${ca}Next week we shall also audit all listings.\n`, errors: [{ line: 3, column: 11 }] },
      { name: 'a passive future', text: `${ca}1. The packaging will be replaced by double-wall boxes.\n`, errors: [{ line: 3, column: 18, message: 'will be replaced' }] },
      { name: 'we intend to', text: `${ca}1. We intend to add a second picking run.\n`, errors: [{ line: 3, column: 4 }] },
      { name: 'will no longer', text: `${ca}1. We will no longer ship without tracking.\n`, errors: [{ line: 3, column: 4, message: 'We will no longer ship' }] },
      { name: 'a sub-heading under the corrective section', text: `${ca}### Immediate actions\n\n- We will refund the buyers concerned.\n`, errors: [{ line: 5, column: 3 }] },
      { name: 'bold markers around the words', text: `${ca}1. **We will** audit the listings.\n`, errors: [{ line: 3, column: 6 }] },
    ],
  },
  fr: {
    valid: [
      { name: 'une action datée au passé', text: `${ac}1. Le 3 mars 2026, nous avons vérifié chaque colis.\n` },
      { name: 'une mesure préventive peut être au futur', text: '## Mesures préventives\n\n- Nous vérifierons chaque colis avant son départ.\n' },
      { name: 'une règle déclenchée par un événement', text: `${ac}1. Si un colis n'a pas de scan, nous contacterons l'acheteur le jour même.\n` },
      { name: '« comparons » est un présent', text: `${ac}1. Nous comparons chaque jour les commandes et les colis.\n` },
      { name: '« considérons » est un présent', text: `${ac}1. Nous considérons que le problème venait de l'emballage.\n` },
      { name: 'une offre de documents', text: `${ac}1. Le 3 mars 2026, nous avons remboursé les acheteurs.\n\nNous vous transmettrons tout document complémentaire sur simple demande.\n` },
      { name: 'une menace relève d’une autre règle', text: `${ac}1. Nous allons saisir la justice contre ce fournisseur.\n` },
      { name: 'l’acheteur, pas le vendeur', text: `${ac}1. Le 3 mars 2026, nous avons envoyé un remplacement, que l'acheteur recevra le 5 mars.\n` },
      { name: '« gérons » est un présent', text: `${ac}1. Nous gérons désormais le stock dans un seul outil.\n` },
      { name: 'hors de la section des actions correctives', text: '## Cause\n\nNous allons expliquer les deux défaillances.\n' },
      { name: 'essayer relève de vague-commitment', text: `${ac}1. Nous allons essayer de vérifier chaque colis.\n` },
      { name: '« retirons » est un présent', text: `${ac}1. Nous retirons l'offre dès qu'une réclamation arrive.\n` },
      { name: '« préparons » est un présent', text: `${ac}1. Nous préparons chaque commande le jour même.\n` },
    ],
    invalid: [
      { name: 'nous allons vérifier', text: `${ac}1. Nous allons vérifier chaque colis.\n`, errors: [{ line: 3, column: 4, message: '« Nous allons vérifier »' }] },
      { name: 'le futur simple', text: `${ac}1. Nous vérifierons chaque colis avant son départ.\n`, errors: [{ line: 3, column: 4, message: 'Nous vérifierons' }] },
      { name: 'nous mettrons en place', text: `${ac}1. Nous mettrons en place un nouveau contrôle.\n`, errors: [{ line: 3, column: 4, message: 'Nous mettrons' }] },
      { name: 'je vais', text: `${ac}1. Je vais contacter chaque acheteur.\n`, errors: [{ line: 3, column: 4 }] },
      { name: 'notre équipe recomptera', text: `${ac}1. Notre équipe recomptera le stock.\n`, errors: [{ line: 3, column: 4 }] },
      { name: 'une intention', text: `${ac}1. Nous prévoyons de changer de transporteur.\n`, errors: [{ line: 3, column: 4 }] },
      { name: 'un futur passif', text: `${ac}1. Le nouvel emballage sera mis en place.\n`, errors: [{ line: 3, column: 24, message: 'sera mis en place' }] },
      { name: 'un pronom complément', text: `${ac}1. Nous les remplacerons par des cartons double cannelure.\n`, errors: [{ line: 3, column: 4 }] },
      { name: 'on va', text: `${ac}- On va former l'équipe à la nouvelle procédure.\n`, errors: [{ line: 3, column: 3 }] },
      { name: 'une négation élidée', text: `${ac}1. Nous n'accepterons plus de commandes sans stock confirmé.\n`, errors: [{ line: 3, column: 4 }] },
      { name: 'une élision et une date encore à venir', text: `${ac}1. Nous l’intégrerons à notre logiciel le 3 mars 2026.\n`, errors: [{ line: 3, column: 4 }] },
      { name: 'je contrôlerai, dans un paragraphe', text: `${ac}Dès cette semaine, je contrôlerai chaque envoi.\n`, errors: [{ line: 3, column: 20 }] },
    ],
  },
});
