// A wrong EAN attaches an offer to another product's page; the plan must check barcodes and listing content against the product.
import { planRule } from '../plan-support';

export default planRule({
  type: 'not-as-described',
  description: {
    en: 'A plan for items not as described checks the EAN/GTIN of each listing against the product and audits the listing content.',
    fr: "Un plan pour les articles non conformes vérifie le code EAN/GTIN de chaque fiche par rapport au produit et contrôle le contenu des fiches.",
  },
});
