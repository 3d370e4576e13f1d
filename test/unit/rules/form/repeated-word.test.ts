import { ruleTester } from '../../../helpers/rule-tester';

ruleTester('form/repeated-word', {
  en: {
    valid: [
      'We checked the stock levels every morning.',
      'The supplier that that invoice came from was removed.',
      'We had had no late orders before March.',
      'Order 171-1234567-1234567 was shipped on 3 March.',
      'We checked the the invoice.'.replace('the the', 'the'),
      'The cause, the cause we found, was a missing check.',
      '> The the buyer wrote this.',
      'Run `the the` in the tool.',
      'We shipped 10 10-kg boxes.',
      'The box was small. Small items now ship in padded envelopes.',
    ],
    invalid: [
      { text: 'We checked the the invoice.', errors: [{ line: 1, column: 12, message: '"the"' }], output: 'We checked the invoice.' },
      { text: 'The stock was was wrong.', errors: [{ line: 1, column: 11 }], output: 'The stock was wrong.' },
      { text: 'We We shipped late.', errors: [{ line: 1, column: 1 }], output: 'We shipped late.' },
      { text: '- the order order was late\n', errors: [{ line: 1, column: 7 }], output: '- the order was late\n' },
      { text: '## Root cause\n\nThe carrier carrier scan was missing.\n', errors: [{ line: 3, column: 5 }], output: '## Root cause\n\nThe carrier scan was missing.\n' },
    ],
  },
  fr: {
    valid: [
      'Nous nous sommes trompés de référence.',
      'Vous vous êtes adressés au bon service.',
      'Nous avons vérifié le stock chaque matin.',
      "Nous en en avons parlé.".replace('en en', 'en'),
      '> le le client a écrit ceci.',
      'Le colis, le colis suivant, est parti lundi.',
    ],
    invalid: [
      { text: 'Nous avons vérifié le le stock.', errors: [{ line: 1, column: 20, message: '« le »' }], output: 'Nous avons vérifié le stock.' },
      { text: "La commande a été été expédiée.", errors: [{ line: 1, column: 15 }], output: 'La commande a été expédiée.' },
      { text: '1. les les colis sont partis\n', errors: [{ line: 1, column: 4 }], output: '1. les colis sont partis\n' },
    ],
  },
});
