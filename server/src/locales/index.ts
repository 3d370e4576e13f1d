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
import { identifiers as enIdentifiers } from './en/identifiers';
import { identifiers as frIdentifiers } from './fr/identifiers';
import type { IdentifierLabels } from './types';

export const identifierLabels: Record<Language, IdentifierLabels> = { en: enIdentifiers, fr: frIdentifiers };
import { courtesy as enCourtesy } from './en/courtesy';
import { courtesy as frCourtesy } from './fr/courtesy';
import { placeholders as enPlaceholders } from './en/placeholders';
import { placeholders as frPlaceholders } from './fr/placeholders';
import type { CourtesyData, PlaceholderData } from './types';

export const courtesyData: Record<Language, CourtesyData> = { en: enCourtesy, fr: frCourtesy };
export const placeholderData: Record<Language, PlaceholderData> = { en: enPlaceholders, fr: frPlaceholders };
import { actions as enActions } from './en/actions';
import { actions as frActions } from './fr/actions';
import type { ActionLexicon } from './types';

export const actionData: Record<Language, ActionLexicon> = { en: enActions, fr: frActions };
import { domainWords as enDomainWords } from './en/domain-words';
import { domainWords as frDomainWords } from './fr/domain-words';
import type { DomainWords } from './types';

export const domainWords: Record<Language, DomainWords> = { en: enDomainWords, fr: frDomainWords };
import { reasons as enReasons } from './en/reasons';
import { reasons as frReasons } from './fr/reasons';
import type { ReasonLabels } from './types';

export const reasonLabels: Record<Language, ReasonLabels> = { en: enReasons, fr: frReasons };
import { dates as enDates } from './en/dates';
import { dates as frDates } from './fr/dates';
import type { DateData } from './types';

export const dateData: Record<Language, DateData> = { en: enDates, fr: frDates };
import { notices as enNotices } from './en/notices';
import { notices as frNotices } from './fr/notices';
import type { NoticeData } from './types';

export const noticeData: Record<Language, NoticeData> = { en: enNotices, fr: frNotices };
import { tone as enTone } from './en/tone';
import { tone as frTone } from './fr/tone';
import type { ToneData } from './types';

export const toneData: Record<Language, ToneData> = { en: enTone, fr: frTone };
import { facts as enFacts } from './en/facts';
import { facts as frFacts } from './fr/facts';
import { plan as enPlan } from './en/plan';
import { plan as frPlan } from './fr/plan';
import type { FactsData, PlanData } from './types';

export const factsData: Record<Language, FactsData> = { en: enFacts, fr: frFacts };
export const planData: Record<Language, PlanData> = { en: enPlan, fr: frPlan };
