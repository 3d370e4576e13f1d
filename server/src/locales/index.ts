/** Per-language data, gathered by language. Data only: no logic lives in `locales/`. */
import type { Language } from '../types';
import type { StructureLexicon, TextData } from './types';
import { structure as enStructure } from './en/structure';
import { structure as frStructure } from './fr/structure';
import { text as enText } from './en/text';
import { text as frText } from './fr/text';

export const textData: Record<Language, TextData> = { en: enText, fr: frText };
export const structureData: Record<Language, StructureLexicon> = { en: enStructure, fr: frStructure };
import { form as enForm } from './en/form';
import { form as frForm } from './fr/form';
import type { FormData } from './types';

export const repeatedWords: Record<Language, FormData> = { en: enForm, fr: frForm };
