/** Marques françaises de texte inachevé, écrites en capitales (reconnues telles qu'écrites). */
import type { PlaceholderData } from '../types';

export const placeholders: PlaceholderData = {
  markers: ['TODO', 'FIXME', 'À COMPLÉTER', 'A COMPLETER', 'À DÉFINIR', 'A DEFINIR', 'À PRÉCISER', 'A PRECISER', 'À REMPLIR', 'A REMPLIR'],
};
