/** The case header's known keys, read from the front matter. Validation is the `case/header` rule's job. */
import type { FrontMatter, HeaderEntry, HeaderItem } from './front-matter';

export type { HeaderEntry, HeaderItem };

export const HEADER_KEYS = ['language', 'marketplace', 'reasons', 'orders', 'asins', 'notice-date', 'previous'] as const;

export interface CaseHeader {
  /** The text has front matter. */
  present: boolean;
  /** The front matter has a `reasons` key: the file is an appeal. */
  hasReasons: boolean;
  entries: ReadonlyMap<string, HeaderEntry>;
  language?: HeaderItem;
  marketplace?: HeaderItem;
  noticeDate?: HeaderItem;
  reasons: HeaderItem[];
  orders: HeaderItem[];
  asins: HeaderItem[];
  previous: HeaderItem[];
}

export function readHeader(fm: FrontMatter | undefined, _text: string): CaseHeader {
  const entries = fm?.entries ?? new Map<string, HeaderEntry>();
  const list = (key: string): HeaderItem[] => entries.get(key)?.items ?? [];
  const one = (key: string): HeaderItem | undefined => entries.get(key)?.items[0];
  return {
    present: fm !== undefined,
    hasReasons: entries.has('reasons'),
    entries,
    language: one('language'),
    marketplace: one('marketplace'),
    noticeDate: one('notice-date'),
    reasons: list('reasons'),
    orders: list('orders'),
    asins: list('asins'),
    previous: list('previous'),
  };
}
