/** English markers of unfinished text, written in capitals by the seller (matched as written). */
import type { PlaceholderData } from '../types';

export const placeholders: PlaceholderData = {
  markers: ['TODO', 'FIXME', 'TBD', 'INSERT HERE', 'FILL IN'],
};
