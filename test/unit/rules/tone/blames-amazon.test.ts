import { md, ruleTester } from '../../../helpers/rule-tester';
import { at } from './at';

const opening = md`
  This plan answers the notice of 3 March 2026.

  Amazon made a mistake when it suspended our account.
`;
const quotedEn = 'The buyer wrote:\n\n> Amazon made a mistake and the seller is not at fault.\n';
const causeFr = md`
  ## Cause

  Ce n’est pas de notre faute si le transporteur a perdu les colis.
`;

ruleTester('tone/blames-amazon', {
  en: {
    valid: [
      { name: 'a mistake on our part', text: 'The root cause was a mistake on our part: we shipped before checking stock.' },
      'Amazon removed the listing on 3 March 2026 after the complaint.',
      'We contacted Seller Support on 4 March 2026 to confirm the new handling time.',
      { name: 'our own decision was wrong', text: 'Our decision to ship untracked letters was wrong, and we have stopped it.' },
      { name: 'owning the fault', text: 'It was our fault: the packing list was wrong.' },
      'We were responsible for the late shipments.',
      { name: 'an error in our own file', text: 'The error was in our upload file, which carried the wrong EAN.' },
      "Amazon's notice cited 14 cancelled orders.",
      { name: 'our own mistaken action', text: 'We mistakenly closed the offer on 3 March and reopened it the next day.' },
      { name: 'unfair to our customers', text: 'It would be unfair to our customers to wait five days for a reply.' },
      { name: 'a quoted message', text: quotedEn },
      'The warning was clear, and we have acted on each point.',
    ],
    invalid: [
      { name: 'in the opening paragraph', text: opening, errors: [at(opening, 'Amazon made a mistake')] },
      { text: 'This suspension is unfair and we ask you to reverse it.', errors: [at('This suspension is unfair and we ask you to reverse it.', 'unfair')] },
      { text: 'Our account was unjustly deactivated.', errors: [at('Our account was unjustly deactivated.', 'unjustly deactivated')] },
      { text: 'It is not our fault that the parcels were late.', errors: [at('It is not our fault that the parcels were late.', 'not our fault')] },
      { text: 'Your system flagged us by mistake.', errors: [at('Your system flagged us by mistake.', 'flagged us by mistake')] },
      { text: 'The decision was wrong: we had invoices for every unit.', errors: [at('The decision was wrong: we had invoices for every unit.', 'decision was wrong')] },
      { text: 'We did nothing wrong.', errors: [at('We did nothing wrong.', 'We did nothing wrong')] },
      { text: 'Seller Performance did not even read our first appeal.', errors: [at('Seller Performance did not even read our first appeal.', 'Seller Performance did not even read')] },
      { text: 'We were suspended without any warning.', errors: [at('We were suspended without any warning.', 'suspended without any warning')] },
      { text: "This was an error on Amazon's part.", errors: [at("This was an error on Amazon's part.", "error on Amazon's")] },
      { text: 'We feel that small sellers like us are being punished.', errors: [at('We feel that small sellers like us are being punished.', 'small sellers like us are being punished')] },
      { text: 'The suspension of our account is unjustified.', errors: [at('The suspension of our account is unjustified.', 'suspension of our account is unjustified')] },
      { name: 'contraction, typographic apostrophe', text: 'That isn’t our fault.', errors: [at('That isn’t our fault.', 'isn’t our fault')] },
      { text: 'Nobody at Amazon reads our messages.', errors: [at('Nobody at Amazon reads our messages.', 'Nobody at Amazon reads')] },
      { text: 'Your investigators got it wrong.', errors: [at('Your investigators got it wrong.', 'Your investigators got it wrong')] },
      { text: 'We have done everything right.', errors: [at('We have done everything right.', 'We have done everything right')] },
      { text: 'We do not understand this decision.', errors: [at('We do not understand this decision.', 'We do not understand this decision')] },
      { text: 'We strongly dispute this decision.', errors: [at('We strongly dispute this decision.', 'We strongly dispute this decision')] },
    ],
  },
  fr: {
    valid: [
      { name: 'une erreur de notre part', text: 'La cause est une erreur de notre part : nous avons expédié sans vérifier le stock.' },
      { name: 'de notre fait, assumé', text: "Toutes ont été annulées de notre fait, car l'article n'était plus disponible." },
      "Amazon a retiré l'offre le 3 mars 2026.",
      { name: 'pas juste = pas seulement', text: "Ce n'est pas juste une question de stock : notre procédure était incomplète." },
      { name: 'pas normal que (assumé)', text: "Il n'est pas normal que nous ayons confirmé des commandes sans stock." },
      'Nous sommes responsables de ces retards et nous avons changé notre procédure.',
      { name: 'notre décision', text: 'Notre décision était une erreur : nous avons changé de transporteur.' },
      { name: 'notre propre fermeture par erreur', text: "Nous avons fermé l'offre par erreur le 3 mars, puis l'avons rouverte." },
      "Le service Performance Vendeur nous a demandé un plan d'action.",
      { name: 'citation en bloc', text: "L'acheteur a écrit :\n\n> C'est injuste, Amazon s'est trompé.\n" },
      { name: 'injuste envers nos clients', text: 'Il serait injuste envers nos clients de leur faire attendre cinq jours.' },
      "Nous n'avons pas respecté le délai : c'est notre responsabilité.",
    ],
    invalid: [
      { text: 'Cette suspension est injuste.', errors: [at('Cette suspension est injuste.', 'injuste')] },
      { name: 'dans la section Cause', text: causeFr, errors: [at(causeFr, 'Ce n’est pas de notre faute')] },
      { text: "Amazon s'est trompé en désactivant notre compte.", errors: [at("Amazon s'est trompé en désactivant notre compte.", "Amazon s'est trompé")] },
      { text: 'Notre compte a été suspendu sans aucun avertissement.', errors: [at('Notre compte a été suspendu sans aucun avertissement.', 'suspendu sans aucun avertissement')] },
      { text: "Il s'agit d'une erreur de votre part.", errors: [at("Il s'agit d'une erreur de votre part.", 'erreur de votre part')] },
      {
        text: 'La décision nous semble totalement disproportionnée.',
        errors: [at('La décision nous semble totalement disproportionnée.', 'décision nous semble totalement disproportionnée')],
      },
      { text: 'Nous ne sommes pas responsables de ce retard.', errors: [at('Nous ne sommes pas responsables de ce retard.', 'Nous ne sommes pas responsables')] },
      { text: 'Vous n’avez même pas lu nos factures.', errors: [at('Vous n’avez même pas lu nos factures.', 'Vous n’avez même pas lu')] },
      { text: "Rien n'est de notre faute dans cette affaire.", errors: [at("Rien n'est de notre faute dans cette affaire.", "Rien n'est de notre faute")] },
      { text: 'Ce n’est pas juste.', errors: [at('Ce n’est pas juste.', 'Ce n’est pas juste')] },
      { text: 'Nous sommes injustement sanctionnés depuis un mois.', errors: [at('Nous sommes injustement sanctionnés depuis un mois.', 'injustement sanctionnés')] },
      { text: "L'algorithme d'Amazon a fait une erreur.", errors: [at("L'algorithme d'Amazon a fait une erreur.", "L'algorithme d'Amazon a fait une erreur")] },
      { name: 'ce n’est pas ma faute', text: "Ce n'est pas ma faute.", errors: [at("Ce n'est pas ma faute.", "Ce n'est pas ma faute")] },
      { text: 'Nous ne comprenons pas cette décision.', errors: [at('Nous ne comprenons pas cette décision.', 'Nous ne comprenons pas cette décision')] },
      { name: 'pluriel', text: 'Vos robots ont fait une erreur manifeste.', errors: [at('Vos robots ont fait une erreur manifeste.', 'Vos robots ont fait une erreur')] },
      { text: 'Nous avons tout fait correctement.', errors: [at('Nous avons tout fait correctement.', 'Nous avons tout fait correctement')] },
      { text: 'Nous ne devrions pas être sanctionnés.', errors: [at('Nous ne devrions pas être sanctionnés.', 'Nous ne devrions pas être sanctionnés')] },
    ],
  },
});
