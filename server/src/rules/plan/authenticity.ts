// Authenticity complaints are answered with the supply chain: the bad supplier gone, invoices from an authorised source, the listings reviewed.
import { planRule } from '../plan-support';

export default planRule({
  type: 'authenticity',
  description: {
    en: 'A plan for authenticity complaints removes the supplier at fault, relies on invoices from an authorised or reliable source, and reviews the listings concerned.',
    fr: "Un plan pour les réclamations d'authenticité écarte le fournisseur en cause, s'appuie sur des factures d'une source autorisée ou fiable et passe en revue les fiches concernées.",
  },
});
