/** English date words: months, weekdays and frequency phrases (regex alternatives, folded text). */
import type { DateData } from '../types';

export const dates: DateData = {
  months: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  // Full names only: short forms ("sat", "wed") are ordinary words too.
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  /** Day-month order of numeric dates when neither part is above 12. */
  numericOrder: 'mdy',
  frequencies: [
    'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'annually', 'hourly', 'nightly',
    'every (?:day|morning|evening|night|week|month|quarter|year|hour|shift|order|shipment|parcel|delivery|dispatch|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|(?:working|business) day|\\d+ (?:hours?|days?|weeks?|months?|orders?))',
    'each (?:day|morning|evening|week|month|quarter|year|order|shipment|parcel|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:working|business) day)',
    'on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)', 'twice (?:a|per|each) (?:day|week|month)',
    'once (?:a|per|each) (?:day|week|month|quarter|year)', '(?:several|\\d+|two|three) times (?:a|per) (?:day|week|month)',
    'since (?:\\d{1,2}(?:st|nd|rd|th)? )?(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b',
    'since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last week|\\d{4}-\\d{2}-\\d{2})',
    'within \\d+ (?:hours?|days?|minutes?)', 'before (?:each|every) (?:order|shipment|dispatch|listing)', 'at (?:each|every) (?:order|shipment|delivery)',
    'real[- ]time', 'continuously', 'automatically',
  ],
};
