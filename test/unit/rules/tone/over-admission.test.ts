import { md, ruleTester } from '../../../helpers/rule-tester';
import { at } from './at';

const rootCause = md`
  ## Root cause

  - We sold counterfeit products without knowing it.
`;
const causeFr = md`
  ## Cause

  - Nous avons vendu des contrefaçons sans le savoir.
`;
const repliques = 'Nous avons commercialisé des répliques en connaissance de cause.';

ruleTester('tone/over-admission', {
  en: {
    valid: [
      { name: 'owning a process failure', text: 'We shipped before checking stock.' },
      'We did not check whether the wholesaler was an authorised distributor.',
      { name: 'a denial is not an admission', text: 'We have never sold counterfeit items; the complaint came from a new supplier.' },
      'We sold 540 units of this ASIN over the last 365 days.',
      { name: 'misled by the supplier', text: "We were misled by our supplier, who forged the brand's letter." },
      { name: 'a deliberate process choice', text: 'We deliberately set a longer handling time for engraved items.' },
      { name: 'negated intent', text: 'We did not knowingly sell any inauthentic unit.' },
      'We asked buyers for reviews with the Request a Review button only.',
      'We intentionally moved the carrier collection to 17:00.',
      { name: 'the supplier sold', text: 'Our supplier sold us replicas, and we removed them from sale on 3 March.' },
    ],
    invalid: [
      { name: 'in the root cause', text: rootCause, errors: [at(rootCause, 'We sold counterfeit')] },
      { text: 'We knowingly listed items without an invoice.', errors: [at('We knowingly listed items without an invoice.', 'We knowingly')] },
      { text: 'We manipulated reviews on two listings.', errors: [at('We manipulated reviews on two listings.', 'We manipulated reviews')] },
      { text: 'I deliberately ignored the brand restriction.', errors: [at('I deliberately ignored the brand restriction.', 'I deliberately ignored')] },
      { text: 'We falsified the invoices we sent in our first appeal.', errors: [at('We falsified the invoices we sent in our first appeal.', 'We falsified the invoices')] },
      { text: 'We opened a second account to keep selling.', errors: [at('We opened a second account to keep selling.', 'opened a second account to keep selling')] },
      { text: 'We are guilty of selling fakes.', errors: [at('We are guilty of selling fakes.', 'We are guilty')] },
      { name: 'progressive form', text: 'We have been selling knock-off chargers.', errors: [at('We have been selling knock-off chargers.', 'We have been selling knock-off')] },
      { text: 'We bought fake reviews to boost the new listing.', errors: [at('We bought fake reviews to boost the new listing.', 'We bought fake reviews')] },
      { text: 'I lied in my previous appeal.', errors: [at('I lied in my previous appeal.', 'I lied')] },
      { text: 'We illegally imported the batteries.', errors: [at('We illegally imported the batteries.', 'We illegally')] },
      {
        text: 'We intentionally misrepresented the condition of used items.',
        errors: [at('We intentionally misrepresented the condition of used items.', 'We intentionally misrepresented')],
      },
    ],
  },
  fr: {
    valid: [
      { name: 'défaillance de procédure assumée', text: 'Nous avons expédié avant de vérifier le stock.' },
      "Nous n'avons pas vérifié que le grossiste était un distributeur agréé.",
      { name: 'une dénégation', text: "Nous n'avons jamais vendu de contrefaçons ; la réclamation vient d'un nouveau fournisseur." },
      { name: 'trompés par le fournisseur', text: 'Nous avons été trompés par notre fournisseur.' },
      { name: 'se tromper (réfléchi)', text: 'Nous nous sommes trompés de référence lors de la mise en ligne.' },
      { name: 'choix volontaire de procédure', text: 'Nous avons volontairement allongé le délai de préparation des articles gravés.' },
      'Nous avons vendu 540 unités de cet ASIN en un an.',
      { name: 'faux cils (produit)', text: 'Nous avons vendu des faux cils de marque Lumie pendant deux ans.' },
      'Nous avons sollicité des avis avec le bouton « Demander un avis » uniquement.',
      { name: '« nous » complément', text: 'Le fournisseur nous a vendu des contrefaçons, que nous avons retirées le 3 mars.' },
    ],
    invalid: [
      { name: 'dans la section Cause', text: causeFr, errors: [at(causeFr, 'Nous avons vendu des contrefaçons')] },
      { text: 'Nous avons sciemment mis en vente ces articles.', errors: [at('Nous avons sciemment mis en vente ces articles.', 'sciemment')] },
      { name: 'élision', text: "J'ai vendu des faux.", errors: [at("J'ai vendu des faux.", "J'ai vendu des faux")] },
      { text: 'Nous avons acheté des avis pour lancer le produit.', errors: [at('Nous avons acheté des avis pour lancer le produit.', 'Nous avons acheté des avis')] },
      { text: 'Nous avons volontairement ignoré la restriction de marque.', errors: [at('Nous avons volontairement ignoré la restriction de marque.', 'volontairement ignoré')] },
      { text: 'Nous avons falsifié les factures de notre premier appel.', errors: [at('Nous avons falsifié les factures de notre premier appel.', 'Nous avons falsifié les factures')] },
      {
        text: 'Nous avons ouvert un second compte pour continuer à vendre.',
        errors: [at('Nous avons ouvert un second compte pour continuer à vendre.', 'ouvert un second compte pour continuer à vendre')],
      },
      { text: 'Nous sommes coupables.', errors: [at('Nous sommes coupables.', 'Nous sommes coupables')] },
      { text: 'Nous avons menti dans notre précédent appel.', errors: [at('Nous avons menti dans notre précédent appel.', 'Nous avons menti')] },
      { text: 'Nous avons importé illégalement ces batteries.', errors: [at('Nous avons importé illégalement ces batteries.', 'Nous avons importé illégalement')] },
      { name: '« on »', text: 'On a vendu des articles contrefaits pendant deux mois.', errors: [at('On a vendu des articles contrefaits pendant deux mois.', 'On a vendu des articles contrefaits')] },
      { name: 'deux aveux', text: repliques, errors: [at(repliques, 'Nous avons commercialisé des répliques'), at(repliques, 'en connaissance de cause')] },
    ],
  },
});
