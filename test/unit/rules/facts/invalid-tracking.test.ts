import { md, ruleTester } from '../../../helpers/rule-tester';

// Valid numbers: the published UPS samples 1Z999AA10123456784, 1Z5R89390357567127 and
// 1Z879E930346834440; 1Z1234E5W678901232 (computed by hand in identifiers.test.ts);
// the UPU example RB123456785GB; LX000000005FR (Σ = 0 → 11 → 5).
ruleTester('facts/invalid-tracking', {
  en: {
    valid: [
      'UPS 1Z999AA10123456784 was delivered on 3 March.',
      'Tracking numbers 1Z5R89390357567127 and 1Z879E930346834440 show delivery.',
      'Royal Mail RB123456785GB was signed for.',
      { name: 'FedEx and FedEx Ground are not checked', text: 'FedEx 449044304137 and FedEx Ground 123456789012345 were scanned.' },
      { name: 'Colissimo and Amazon Logistics are not checked', text: 'Colissimo 8D00432154798 and TBA123456789012 were delivered.' },
      { name: 'USPS is not checked', text: 'USPS 9400111899223197428490 was delivered.' },
      { name: 'inside a URL', text: 'See https://www.ups.com/track?tracknum=1Z999AA10123456785 for the scan.' },
      { name: 'inside a link target', text: 'See the [La Poste page](https://www.laposte.fr/outils/suivre-vos-envois?code=LX000000004FR).' },
      { name: 'too short to be a UPS number', text: '1Z999AA1012345678 is incomplete.' },
      { name: 'a letter-digit code of another length', text: 'Part AB12345678CD fits the box.' },
      {
        name: 'after a case header',
        text: md`
          ---
          reasons: [not-received]
          ---

          - 1Z1234E5W678901232: delivered
          - LX000000005FR: delivered
        `,
      },
    ],
    invalid: [
      { text: 'UPS 1Z999AA10123456785 was delivered.', errors: [{ line: 1, column: 5, endColumn: 23, message: 'should be 4, not 5' }] },
      { name: 'the second of two', text: 'Tracking numbers: 1Z5R89390357567127, 1Z5R89390357567128.', errors: [{ line: 1, column: 39, message: '1Z5R89390357567128' }] },
      { name: 'UPU S10', text: 'Royal Mail RB123456784GB was signed for.', errors: [{ line: 1, column: 12, endColumn: 25, message: 'should be 5, not 4' }] },
      { name: 'inside a quote', text: '> The carrier shows LX000000004FR as delivered.', errors: [{ line: 1, column: 21, message: 'LX000000004FR' }] },
      { name: 'a letter as check character, in code', text: 'Label: `1Z999AA1012345678A`', errors: [{ line: 1, column: 9, message: 'should be 4, not A' }] },
      { text: '- Parcel RB123456786US was delivered.', errors: [{ line: 1, column: 10, message: 'should be 5, not 6' }] },
      { name: 'letters in the number', text: '1Z1234E5W678901233', errors: [{ line: 1, column: 1, message: 'should be 2, not 3' }] },
    ],
  },
  fr: {
    valid: [
      'Le colis UPS 1Z999AA10123456784 a été livré le 3 mars.',
      'Numéros de suivi : 1Z5R89390357567127 et 1Z879E930346834440.',
      'Lettre recommandée internationale RB123456785GB, signée à la livraison.',
      { name: 'FedEx non vérifié', text: 'Les envois FedEx 449044304137 et 123456789012345 ont été scannés.' },
      { name: 'Colissimo et DPD non vérifiés', text: 'Colissimo 8D00432154798 et DPD 01234567890123 livrés.' },
      { name: 'Amazon Logistics non vérifié', text: 'Le colis TBA123456789012 a été livré.' },
      { name: 'dans une URL', text: 'Voir https://www.laposte.fr/outils/suivre-vos-envois?code=LX000000004FR pour le suivi.' },
      { name: "dans la cible d'un lien", text: 'Voir le [suivi UPS](https://www.ups.com/track?tracknum=1Z999AA10123456785).' },
      { name: 'trop court', text: 'Le numéro 1Z999AA1012345678 est incomplet.' },
      {
        name: "après l'en-tête du dossier",
        text: md`
          ---
          reasons: [not-received]
          ---

          - LX000000005FR : livré
          - 1Z1234E5W678901232 : livré
        `,
      },
    ],
    invalid: [
      { text: 'Le colis UPS 1Z999AA10123456785 a été livré.', errors: [{ line: 1, column: 14, endColumn: 32, message: 'devrait être 4, et non 5' }] },
      { name: 'le second de deux', text: 'Numéros de suivi : 1Z5R89390357567127, 1Z5R89390357567128.', errors: [{ line: 1, column: 40, message: '1Z5R89390357567128' }] },
      { name: 'UPU S10', text: 'Lettre recommandée RB123456784GB, signée.', errors: [{ line: 1, column: 20, endColumn: 33, message: 'devrait être 5, et non 4' }] },
      { name: 'dans une citation', text: "> Le transporteur indique LX000000004FR comme livré.", errors: [{ line: 1, column: 27, message: 'LX000000004FR' }] },
      { name: 'une lettre à la place du chiffre, en code', text: 'Étiquette : `1Z999AA1012345678A`', errors: [{ line: 1, column: 14, message: 'devrait être 4, et non A' }] },
      { text: '- Colis RB123456786US : livré.', errors: [{ line: 1, column: 9, message: 'devrait être 5, et non 6' }] },
      { name: 'des lettres dans le numéro', text: 'Suivi 1Z1234E5W678901233', errors: [{ line: 1, column: 7, message: 'devrait être 2, et non 3' }] },
    ],
  },
});
