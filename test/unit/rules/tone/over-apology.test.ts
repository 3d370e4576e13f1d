import { md, ruleTester } from '../../../helpers/rule-tester';
import { at } from './at';

const three = 'We are sorry. We apologise for the delay. Please accept our apologies for the inconvenience.';
const sections = md`
  ## Root cause

  We are sorry for the late orders.

  ## Corrective actions

  1. On 3 March 2026 we apologised to each buyer.

  ## Preventive measures

  Again, our apologies.
`;
const four = 'Sorry for the delay. We apologise. Our apologies. We are truly sorry.';
const forms = 'We sincerely apologize. We are truly sorry. We regret this. We apologized to each buyer.';
const list = '- Sorry for the delay\n- Sorry for the broken box\n- Sorry for the wrong item\n';
const quotedThenOurs = 'The buyer wrote:\n\n> Sorry, sorry, sorry\n\nWe apologise. We are sorry. Our apologies.\n';

const troisFr = 'Nous sommes désolés. Toutes nos excuses. Veuillez nous excuser.';
const sectionsFr = md`
  ## Cause

  Nous sommes navrés de ces retards.

  ## Actions correctives

  1. Le 3 mars 2026, nous avons présenté nos excuses à chaque acheteur.

  ## Mesures préventives

  Encore pardon.
`;
const quatreFr = 'Désolés pour ce retard. Toutes nos excuses. Pardon. Nous regrettons sincèrement.';
const genresFr = 'Je suis désolée. Nous sommes désolées. Nous sommes vraiment désolés.';
const listeFr = '- Désolés pour le retard\n- Désolés pour le carton abîmé\n- Désolés pour la mauvaise référence\n';
const citationFr = "L'acheteur a écrit :\n\n> Désolé, désolé.\n\nNous sommes désolés. Nos excuses. Pardon.\n";

ruleTester('tone/over-apology', {
  en: {
    valid: [
      'We apologise for the late orders.',
      { name: 'two apologies', text: 'We are sorry. We apologise for the inconvenience.' },
      { name: 'quoted apologies do not count', text: 'The buyer wrote:\n\n> Sorry. Sorry. Sorry.\n\nWe apologise.\n' },
      { name: 'inline quotations do not count', text: 'The buyer wrote “sorry, sorry, sorry” and we apologised once.' },
      { name: 'no excuse is not an apology', text: 'There is no excuse for the late shipments, and we apologise.' },
      'We shipped before checking stock; we have fixed the cause.',
      'Sorry for the delay. We have fixed the cause.',
      { name: 'code does not count', text: 'We apologise. Our template `sorry_sorry_sorry` was removed.' },
      { name: 'two in separate sections', text: '## Root cause\n\nWe are sorry.\n\n## Corrective actions\n\nWe apologised to each buyer.\n' },
      { name: 'one phrase, several words', text: 'Please accept our sincere apologies for these late orders.' },
    ],
    invalid: [
      { text: three, errors: [at(three, 'apologies', 'accept our ')] },
      { name: 'across sections', text: sections, errors: [at(sections, 'apologies')] },
      { name: 'third and fourth', text: four, errors: [at(four, 'apologies', 'Our '), at(four, 'sorry', 'truly ')] },
      { name: 'other forms', text: forms, errors: [at(forms, 'We regret'), at(forms, 'apologized')] },
      { name: 'in a list', text: list, errors: [at(list, 'Sorry', 'broken box\n- ')] },
      { name: 'outside the quote', text: quotedThenOurs, errors: [at(quotedThenOurs, 'apologies')] },
      { text: 'Excuse us for the delay. We apologise. We are sorry.', errors: [at('Excuse us for the delay. We apologise. We are sorry.', 'sorry')] },
      { text: 'Sorry. Sorry again. Please forgive us.', errors: [at('Sorry. Sorry again. Please forgive us.', 'Please forgive us')] },
      { text: 'We are SORRY. We apologise. Sorry again.', errors: [at('We are SORRY. We apologise. Sorry again.', 'Sorry', 'apologise. ')] },
      { name: 'message counts', text: three, errors: [{ ...at(three, 'apologies', 'accept our '), message: 'Apology number 3' }] },
    ],
  },
  fr: {
    valid: [
      'Nous vous présentons nos excuses pour ces retards.',
      { name: 'deux excuses', text: 'Nous sommes désolés. Toutes nos excuses.' },
      { name: 'une formule de plusieurs mots', text: 'Nous vous présentons toutes nos sincères excuses.' },
      { name: 'pas d’excuse', text: "Il n'y a pas d'excuse à ces retards ; nous sommes désolés." },
      { name: 'citation en bloc', text: "L'acheteur a écrit :\n\n> Désolé, désolé, désolé.\n\nNous sommes désolés.\n" },
      { name: 'citation entre guillemets', text: 'Le client a écrit « désolé, désolé, désolé » et nous nous sommes excusés une fois.' },
      "Nous ne cherchons pas d'excuses : la cause est notre procédure.",
      'Nous avons expédié avant de vérifier le stock ; la cause est corrigée.',
      "Nous avons demandé pardon à l'acheteur.",
      { name: 'regret et désolé', text: 'Nous regrettons ce retard. Désolés.' },
    ],
    invalid: [
      { text: troisFr, errors: [at(troisFr, 'Veuillez nous excuser')] },
      { name: 'à travers les sections', text: sectionsFr, errors: [at(sectionsFr, 'pardon')] },
      { name: 'troisième et quatrième', text: quatreFr, errors: [at(quatreFr, 'Pardon'), at(quatreFr, 'Nous regrettons')] },
      { name: 'genre et nombre', text: genresFr, errors: [at(genresFr, 'désolés')] },
      { text: "Je m'excuse. Je m'excuse encore. Excusez-nous.", errors: [at("Je m'excuse. Je m'excuse encore. Excusez-nous.", 'Excusez-nous')] },
      { text: 'Nous regrettons sincèrement. Toutes nos excuses. Désolés.', errors: [at('Nous regrettons sincèrement. Toutes nos excuses. Désolés.', 'Désolés')] },
      { name: 'dans une liste', text: listeFr, errors: [at(listeFr, 'Désolés', 'carton abîmé\n- ')] },
      { name: 'hors citation', text: citationFr, errors: [at(citationFr, 'Pardon')] },
      { text: 'Nous vous prions de nous excuser. Nous demandons pardon. Navrés.', errors: [at('Nous vous prions de nous excuser. Nous demandons pardon. Navrés.', 'Navrés')] },
      { name: 'numéro dans le message', text: troisFr, errors: [{ ...at(troisFr, 'Veuillez nous excuser'), message: '3e excuse' }] },
    ],
  },
});
