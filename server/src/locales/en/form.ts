/** English data for the form rules. */
import type { FormData } from '../types';

export const form: FormData = {
  // Doubles that are grammatical: "had had", "that that".
  allowedDoubles: new Set(['had', 'that']),
};
