// Some brands allow resale only with their written consent: the plan must hold that proof for each brand and drop the listings without it.
import { planRule } from '../plan-support';

export default planRule({
  type: 'brand-authorisation',
  description: {
    en: 'A plan for brand authorisation holds a letter of authorisation or other proof of the right to resell for each brand, and removes listings without it.',
    fr: "Un plan pour l'autorisation de marque détient pour chaque marque une lettre d'autorisation ou une autre preuve du droit de revente, et retire les fiches qui n'en ont pas.",
  },
});
