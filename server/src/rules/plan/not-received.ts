// An order that never arrives can only be traced and prevented with tracking on every parcel and a shipment confirmed once it has really left.
import { planRule } from '../plan-support';

export default planRule({
  type: 'not-received',
  description: {
    en: 'A plan for items not received ships every parcel with tracking and confirms a shipment only once the parcel has left.',
    fr: "Un plan pour les articles non reçus expédie chaque colis avec un suivi et ne confirme l'expédition qu'une fois le colis parti.",
  },
});
