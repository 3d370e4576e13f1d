import { md, ruleTester } from '../../../helpers/rule-tester';

ruleTester('facts/malformed-order-id', {
  en: {
    valid: [
      'Order 171-1234567-1234567 was refunded.',
      'Orders 113-2290417-6653018 and 111-7735902-4418326 were late.',
      { name: 'a digital order', text: 'Digital order D01-1234567-1234567 was cancelled.' },
      { name: 'inside a bare URL', text: 'See https://sellercentral.amazon.com/orders-v3/order/171-123456-1234567 for details.' },
      { name: 'inside a link target', text: 'See the [order page](https://sellercentral.amazon.com/orders-v3/order/171-123456-1234567).' },
      { name: 'a URL without a scheme', text: 'Open sellercentral.amazon.com/orders-v3/order/171-123456-1234567 to check.' },
      { name: 'phone numbers', text: 'Call +1-206-266-1000 or our line 555-123-4567.' },
      { name: 'an ISBN', text: 'The ISBN 978-2-07-036822-8 is on the listing.' },
      { name: 'a date', text: 'Shipped on 2026-11-20 at 09:00.' },
      { name: 'four groups', text: 'Shipment 171-1234567-1234567-2 left first.' },
      { name: 'a middle group of 3 digits', text: 'Our supplier reference 171-123-4567890123 is on the invoice.' },
      { name: 'too few digits', text: 'Batch 171-1234-12345 was inspected.' },
      {
        name: 'the case header (case/header checks it)',
        text: md`
          ---
          reasons: [late-shipment]
          orders: [171-123456-1234567]
          ---

          We checked every late order.
        `,
      },
    ],
    invalid: [
      { text: 'Order 171-123456-1234567 was late.', errors: [{ line: 1, column: 7, endColumn: 25, message: '3-6-7 digits instead of 3-7-7' }] },
      { name: 'the second of two', text: 'Orders 113-2290417-6653018 and 111-77359020-4418326 were late.', errors: [{ line: 1, column: 32, message: '3-8-7' }] },
      { name: 'inside a quote', text: '> The buyer quoted order 403-2217754-660814.', errors: [{ line: 1, column: 26, message: '"403-2217754-660814"' }] },
      { name: 'inside a code span', text: '`171-1234567-12345678` is in our export.', errors: [{ line: 1, column: 2, message: '3-7-8' }] },
      { text: '- Order: 204-11903765-582041', errors: [{ line: 1, column: 10, message: '3-8-6' }] },
      { text: 'Order 171-1234567-1234567, then 171-1234567-123456.', errors: [{ line: 1, column: 33, message: '3-7-6' }] },
      {
        name: 'after a case header',
        text: md`
          ---
          reasons: [late-shipment]
          orders: [171-1234567-1234567]
          ---

          We reviewed order 171-1234567-1234567 and order 171-12345678-1234567.
        `,
        errors: [{ line: 6, column: 49, message: '3-8-7' }],
      },
      { name: 'in parentheses', text: 'The order (171-1234567-123456789) was late.', errors: [{ line: 1, column: 12, message: '3-7-9' }] },
    ],
  },
  fr: {
    valid: [
      'La commande 171-8842016-3375291 a été remboursée.',
      'Les commandes 403-2217754-6608143 et 402-5093318-7724560 sont parties en retard.',
      { name: 'commande numérique', text: 'La commande numérique D02-1234567-1234567 a été annulée.' },
      { name: 'dans une URL', text: 'Voir https://sellercentral.amazon.fr/orders-v3/order/171-884201-3375291 pour le détail.' },
      { name: "dans la cible d'un lien", text: 'Voir la [page de la commande](https://sellercentral.amazon.fr/orders-v3/order/171-884201-3375291).' },
      { name: 'un téléphone', text: 'Appelez le 01-23-45-67-89 ou le +33-612-345-678.' },
      { name: 'une date', text: 'Expédiée le 2026-11-14 à 9 h.' },
      { name: 'un ISBN', text: "L'ISBN 978-2-07-036822-8 figure sur la fiche." },
      { name: 'quatre groupes', text: "L'envoi 171-8842016-3375291-1 est parti le premier." },
      { name: 'un groupe central de 3 chiffres', text: 'Notre référence fournisseur 402-509-33187724560 figure sur la facture.' },
      {
        name: "l'en-tête du dossier",
        text: md`
          ---
          reasons: [late-shipment]
          orders: [171-884201-3375291]
          ---

          Nous avons vérifié chaque commande en retard.
        `,
      },
    ],
    invalid: [
      { text: 'La commande 171-884201-3375291 est partie en retard.', errors: [{ line: 1, column: 13, endColumn: 31, message: '3-6-7 chiffres au lieu de 3-7-7' }] },
      { name: 'la seconde de deux', text: 'Les commandes 403-2217754-6608143 et 402-50933180-7724560 sont en retard.', errors: [{ line: 1, column: 38, message: '3-8-7' }] },
      { name: 'dans une citation', text: '> Commande 405-7708312-446193 non reçue.', errors: [{ line: 1, column: 12, message: '« 405-7708312-446193 »' }] },
      { name: 'dans du code', text: 'Extrait : `171-2046689-33185701`', errors: [{ line: 1, column: 12, message: '3-7-8' }] },
      { text: '1. Commande n° 407-612355-89940217 : colis resté à l’atelier.', errors: [{ line: 1, column: 16, message: '3-6-8' }] },
      {
        name: "après l'en-tête du dossier",
        text: md`
          ---
          reasons: [late-shipment]
          orders: [171-8842016-3375291]
          ---

          Dont les commandes 171-8842016-3375291 et 171-88420163-375291.
        `,
        errors: [{ line: 6, column: 43, message: '3-8-6' }],
      },
      { name: 'entre parenthèses', text: 'La commande (171-8842016-337529101) est partie en retard.', errors: [{ line: 1, column: 14, message: '3-7-9' }] },
    ],
  },
});
