/** Données françaises des règles de forme. */
import type { FormData } from '../types';

export const form: FormData = {
  // Doublons grammaticaux : « nous nous », « vous vous », « en en », « l'a a ».
  allowedDoubles: new Set(['nous', 'vous', 'en']),
};
