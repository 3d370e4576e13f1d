import { md, ruleTester } from '../../../helpers/rule-tester';

// Check digits used below (GS1 mod 10): 376012345678 → 4, 506012345679 → 0, 03600029145 → 2,
// 9638507 → 4, 1061414100041 → 5, 871234567890 → 6, 301762042200 → 3.
ruleTester('facts/invalid-gtin', {
  en: {
    valid: [
      'Our barcode check found EAN 3760123456784 on the mug.',
      'The listing now carries UPC 036000291452 and EAN-8 96385074.',
      { name: 'a SIRET beside a GTIN', text: 'Our SIRET is 73282932000074 and our EAN is 3760123456784.' },
      { name: 'a FedEx number beside a GTIN', text: 'FedEx tracking 449044304137 is attached; EAN 5060123456783 matches the box.' },
      { name: 'a phone number after a GTIN', text: 'EAN 5060123456790, phone 0033612345678.' },
      { name: 'an unlabelled 13-digit number', text: 'Invoice 1234567890123 lists 40 units.' },
      { name: 'another label is nearer than the barcode label', text: 'The EAN was missing on invoice 0033612345678.' },
      { name: 'an order ID', text: 'EAN checks covered order 171-1234567-1234567.' },
      { name: 'printed groups, valid', text: 'EAN 3 760123 456784 is printed under the bars.' },
      { name: 'a link target', text: '[our EAN sheet](https://example.com/ean/3760123456789)' },
      { name: 'an 8-digit UPC is a UPC-E, not checked', text: 'UPC 12345678 on the old label.' },
      { name: 'label more than 3 words away', text: 'EAN of the product in our warehouse file: 3760123456789' },
      { name: 'label on another line', text: 'EAN:\n\n3760123456789' },
      { name: 'after a full stop', text: 'We checked every EAN. 3017620422006 was the count of the batch.' },
      'The GTIN-14 10614141000415 is on the outer carton.',
      { name: 'the case header', text: '---\nreasons: [not-as-described]\n---\n\nEAN 8712345678906 now matches.\n' },
    ],
    invalid: [
      { text: 'Our EAN 3760123456789 was wrong.', errors: [{ line: 1, column: 9, endColumn: 22, message: 'check digit 4, not 9' }] },
      { text: 'UPC: 036000291453', errors: [{ line: 1, column: 6, message: 'UPC 036000291453' }] },
      { name: 'three words between label and number', text: 'The barcode of the mug, 5060123456791, is on the box.', errors: [{ line: 1, column: 25, message: 'check digit 0, not 1' }] },
      { name: 'a list after one label', text: 'EAN 3760123456784, 5060123456783 and 5060123456791 were checked.', errors: [{ line: 1, column: 38 }] },
      { name: 'printed groups', text: 'EAN 3 760123 456789 was on the label.', errors: [{ line: 1, column: 5, endColumn: 20, message: 'EAN 3760123456789' }] },
      { name: 'inside a quote', text: '> The buyer wrote: the GTIN 10614141000419 does not match.', errors: [{ line: 1, column: 29, message: 'GTIN-14' }] },
      { text: 'EAN-8 96385070 on the small box.', errors: [{ line: 1, column: 7, message: 'EAN-8 96385070' }] },
      {
        name: 'after a case header, in a list',
        text: md`
          ---
          reasons: [not-as-described]
          ---

          - EAN: 8712345678901
        `,
        errors: [{ line: 5, column: 8, message: 'check digit 6, not 1' }],
      },
      { name: 'inside a code span', text: 'Listing row: `EAN 3017620422006`', errors: [{ line: 1, column: 19, message: 'check digit 3, not 6' }] },
    ],
  },
  fr: {
    valid: [
      'Le code-barres 3760123456784 figure sur la boîte.',
      { name: 'un SIRET à côté d\'un EAN', text: 'Notre SIRET : 73282932000074 ; notre EAN : 3760123456784.' },
      { name: 'un numéro FedEx à côté d\'un EAN', text: 'Le numéro de suivi FedEx 449044304137 est joint, avec le code EAN 5060123456783.' },
      { name: 'un téléphone après un EAN', text: 'EAN 5060123456790, téléphone 0033612345678.' },
      { name: 'un nombre sans libellé', text: 'La facture 1234567890123 couvre 40 unités.' },
      { name: 'groupes imprimés, valide', text: 'Code EAN 3 760123 456784 imprimé sous les barres.' },
      { name: 'libellé à plus de 3 mots', text: "Le code-barres de l'article indiqué dans notre fichier : 3760123456789" },
      { name: 'un numéro de commande', text: 'Commande 171-8842016-3375291 : 12 unités, EAN vérifiés.' },
      'Le GTIN-14 10614141000415 figure sur le carton.',
      'Gencod 96385074 vérifié.',
      { name: 'un numéro de TVA', text: 'Numéro de TVA FR40303265045 et EAN 4006381333931.' },
      { name: 'dans une URL', text: 'Voir https://exemple.fr/ean/3760123456789 pour la fiche.' },
    ],
    invalid: [
      { text: 'Le code-barres du produit : 3760123456789.', errors: [{ line: 1, column: 29, message: 'devrait être 4, et non 9' }] },
      { name: 'code à barres, élision', text: "Le code à barres de l'article : 3760123456789.", errors: [{ line: 1, column: 33 }] },
      { text: 'Code EAN : 5060123456791', errors: [{ line: 1, column: 12, message: 'EAN 5060123456791' }] },
      { name: 'groupes imprimés', text: "EAN 3 760123 456789 sur l'étiquette.", errors: [{ line: 1, column: 5, endColumn: 20 }] },
      { name: 'dans une citation', text: "> L'acheteur indique le GTIN 10614141000419.", errors: [{ line: 1, column: 30, message: 'GTIN-14' }] },
      { text: 'UPC 036000291453 et gencod 96385070.', errors: [{ line: 1, column: 5, message: 'UPC' }, { line: 1, column: 28, message: 'EAN-8' }] },
      { text: '- Code-barres n° 8712345678901', errors: [{ line: 1, column: 18, message: "n'est pas un code-barres valide" }] },
    ],
  },
});
