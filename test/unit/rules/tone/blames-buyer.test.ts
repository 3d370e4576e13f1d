import { md, ruleTester } from '../../../helpers/rule-tester';
import { at } from './at';

const rootCause = md`
  ## Root cause

  - The buyer lied about the condition of the item.
  - We shipped the order on 3 March 2026.
`;
const twoIssues = 'Fraudulent customers abuse the A-to-z guarantee.';
const fault = 'The damage was the buyer’s own fault: she dropped the parcel.';
const causeFr = md`
  ## Cause

  1. **Colis abîmé.** L’acheteur a menti sur l’état du produit.
`;
const abuseFr = 'Ces clients malhonnêtes abusent de la garantie A à Z.';
const reclamationFr = 'Sa réclamation est infondée : le client aurait dû mesurer sa fenêtre.';

ruleTester('tone/blames-buyer', {
  en: {
    valid: [
      'The buyer opened an A-to-z claim on 3 March 2026.',
      'The customer reported that the lid was cracked, and we refunded her the same day.',
      { name: 'negated: the buyer did not lie', text: 'The buyer did not lie: the parcel left our warehouse without tracking.' },
      { name: 'customer service is not a buyer', text: 'Our customer service team answers every message within 24 hours.' },
      { name: 'negated fault', text: "It was not the buyer's fault; our packing list was wrong." },
      { name: '"lies in" a process', text: 'The problem lies in our packing process, not with the buyer.' },
      { name: 'negated blame', text: 'We did not blame the buyer; we refunded the order and reviewed our listing.' },
      'Both buyers received a full refund on 19 November 2026.',
      { name: 'a quoted buyer message', text: 'The buyer wrote:\n\n> You lied about the size. Your customer service is a joke.\n' },
      { name: 'inside an inline quotation', text: 'Her message read “I am not a dishonest buyer”, and we agreed.' },
      "A buyer's complaint about missing screws led us to recount every kit.",
      'Buyers who ordered before 12:00 received their parcels the next day.',
      { name: 'false about our own data', text: 'We corrected the false EAN in our upload file.' },
      'We trained our staff to check the size chart with each buyer before dispatch.',
    ],
    invalid: [
      { name: 'in a root-cause list', text: rootCause, errors: [at(rootCause, 'The buyer lied')] },
      { text: 'We believe the customer is lying to get a free replacement.', errors: [at('We believe the customer is lying to get a free replacement.', 'the customer is lying')] },
      {
        name: 'contraction and adverb',
        text: 'The customer clearly didn’t read the size chart before ordering.',
        errors: [at('The customer clearly didn’t read the size chart before ordering.', 'The customer clearly didn’t read')],
      },
      { text: 'This dishonest buyer opened a claim for an item he received.', errors: [at('This dishonest buyer opened a claim for an item he received.', 'dishonest buyer')] },
      { name: 'plural and abuse of the guarantee', text: twoIssues, errors: [at(twoIssues, 'Fraudulent customers'), at(twoIssues, 'abuse the A-to-z guarantee')] },
      { name: 'typographic apostrophe', text: fault, errors: [at(fault, 'the buyer’s own fault')] },
      { text: 'Both buyers were dishonest and kept the items.', errors: [at('Both buyers were dishonest and kept the items.', 'Both buyers were dishonest')] },
      { text: 'The recipient must have misused the blender.', errors: [at('The recipient must have misused the blender.', 'The recipient must have misused')] },
      { text: 'The customer should have measured the window before ordering.', errors: [at('The customer should have measured the window before ordering.', 'The customer should have measured')] },
      { text: "The buyer's claim is completely false.", errors: [at("The buyer's claim is completely false.", "The buyer's claim is completely false")] },
      { text: 'He is a serial returner who knows the rules.', errors: [at('He is a serial returner who knows the rules.', 'serial returner')] },
      { text: 'The customer ordered the wrong size and then complained.', errors: [at('The customer ordered the wrong size and then complained.', 'The customer ordered the wrong')] },
      { text: 'The so-called damaged item came back in perfect condition.', errors: [at('The so-called damaged item came back in perfect condition.', 'so-called damaged')] },
      { text: 'We suspect the customer wanted to get a free product.', errors: [at('We suspect the customer wanted to get a free product.', 'the customer wanted to get a free product')] },
      { name: 'another person and tense', text: 'Customers who lie about damage hurt small sellers.', errors: [at('Customers who lie about damage hurt small sellers.', 'Customers who lie')] },
      {
        name: 'never … properly',
        text: 'Honestly the customer never even opened the box properly.',
        errors: [at('Honestly the customer never even opened the box properly.', 'the customer never even opened the box properly')],
      },
      { name: 'motive without the word buyer', text: 'He complained because he wanted a free item.', errors: [at('He complained because he wanted a free item.', 'wanted a free item')] },
      { name: 'so called, no hyphen', text: 'The so called inauthentic complaint is wrong.', errors: [at('The so called inauthentic complaint is wrong.', 'so called inauthentic complaint')] },
      {
        name: 'return switch',
        text: 'The claim came from a customer who returned a different item.',
        errors: [at('The claim came from a customer who returned a different item.', 'a customer who returned a different item')],
      },
    ],
  },
  fr: {
    valid: [
      "L'acheteur a ouvert une réclamation au titre de la garantie A à Z le 3 mars.",
      "Le client a ouvert une réclamation le 4 novembre, et nous l'avons remboursé le jour même.",
      { name: 'négation : la cliente n’a pas menti', text: 'La cliente n’a pas menti : le colis est parti sans suivi.' },
      { name: 'service client', text: 'Notre service client répond à chaque message sous 24 heures.' },
      { name: 'faute niée', text: "Ce n'est pas la faute de l'acheteur : notre fiche produit était fausse." },
      'Les clients professionnels reçoivent leurs commandes en 48 heures.',
      'Le client nous a signalé un couvercle fissuré ; nous avons remplacé l’article.',
      { name: 'message cité en bloc', text: "L'acheteur a écrit :\n\n> Le vendeur a menti, c'est un client malhonnête qui parle.\n" },
      { name: 'citation entre guillemets', text: "Son message disait « je ne suis pas un client malhonnête », et nous l'avons remboursé." },
      'Nous avons remboursé intégralement les acheteurs des neuf commandes concernées.',
      'Le client a mesuré sa fenêtre et nous a envoyé une photo.',
      { name: 'fausse au sens propre', text: 'Nous avons corrigé la fausse référence EAN de la fiche.' },
      'La cliente était mécontente ; nous avons compris pourquoi et changé l’emballage.',
    ],
    invalid: [
      { name: 'dans la section Cause, élision typographique', text: causeFr, errors: [at(causeFr, 'L’acheteur a menti')] },
      { text: 'Nous pensons que la cliente ment pour obtenir un remboursement.', errors: [at('Nous pensons que la cliente ment pour obtenir un remboursement.', 'la cliente ment')] },
      { name: 'pluriel et abus de garantie', text: abuseFr, errors: [at(abuseFr, 'Ces clients malhonnêtes'), at(abuseFr, 'abusent de la garantie A à Z')] },
      { text: "C'est la faute du client, qui a mal lu la description.", errors: [at("C'est la faute du client, qui a mal lu la description.", 'faute du client')] },
      { text: 'La cliente n’a pas lu la description avant de commander.', errors: [at('La cliente n’a pas lu la description avant de commander.', 'La cliente n’a pas lu')] },
      { name: 'féminin pluriel', text: 'Les acheteuses étaient de mauvaise foi.', errors: [at('Les acheteuses étaient de mauvaise foi.', 'Les acheteuses étaient de mauvaise foi')] },
      { text: "L’acquéreur a clairement exagéré les dommages.", errors: [at('L’acquéreur a clairement exagéré les dommages.', 'L’acquéreur a clairement exagéré')] },
      { text: "Le client s'est trompé de taille et nous accuse.", errors: [at("Le client s'est trompé de taille et nous accuse.", "Le client s'est trompé")] },
      { name: 'deux reproches', text: reclamationFr, errors: [at(reclamationFr, 'réclamation est infondée'), at(reclamationFr, 'le client aurait dû mesurer')] },
      { text: 'Nous avons affaire à un client procédurier.', errors: [at('Nous avons affaire à un client procédurier.', 'un client procédurier')] },
      { text: "Le client prétend que le colis n'est jamais arrivé.", errors: [at("Le client prétend que le colis n'est jamais arrivé.", 'Le client prétend')] },
      { text: "Il s'agit d'une fraude au remboursement.", errors: [at("Il s'agit d'une fraude au remboursement.", 'fraude au remboursement')] },
      {
        text: 'Le destinataire voulait obtenir un second article gratuitement.',
        errors: [at('Le destinataire voulait obtenir un second article gratuitement.', 'Le destinataire voulait obtenir un second article gratuitement')],
      },
      { name: 'autre personne, passé composé', text: 'Les clientes ont menti pour se faire rembourser.', errors: [at('Les clientes ont menti pour se faire rembourser.', 'Les clientes ont menti')] },
      { text: 'Le colis soi-disant endommagé nous est revenu intact.', errors: [at('Le colis soi-disant endommagé nous est revenu intact.', 'soi-disant endommagé')] },
      {
        name: 'échange au retour',
        text: 'La réclamation vient d’une cliente qui nous a renvoyé un autre article.',
        errors: [at('La réclamation vient d’une cliente qui nous a renvoyé un autre article.', 'une cliente qui nous a renvoyé un autre article')],
      },
      { text: 'Ces acheteurs profitent du système en permanence.', errors: [at('Ces acheteurs profitent du système en permanence.', 'Ces acheteurs profitent du système')] },
    ],
  },
});
