/** English courtesy formulas: openings and closings that every appeal of a case may share word for word. */
import type { CourtesyData } from '../types';

export const courtesy: CourtesyData = {
  greetings: ['dear', 'hello', 'hi', 'good morning', 'good afternoon', 'good evening', 'greetings', 'to whom it may concern'],
  signOffs: [
    'kind regards', 'best regards', 'warm regards', 'warmest regards', 'regards', 'sincerely', 'yours sincerely',
    'yours faithfully', 'yours truly', 'respectfully', 'best wishes', 'many thanks', 'thank you for your time',
    'thank you for your consideration', 'thank you for your attention', 'thank you for taking the time',
    'thank you for reviewing', 'thank you for considering', 'thank you in advance', 'thanks in advance',
    'we look forward to', 'i look forward to', 'we appreciate your time', 'i appreciate your time',
    'we appreciate your consideration', 'please do not hesitate to contact', 'please let us know if you need',
    'should you need any further information', 'should you require any further information',
    'if you need any further information', 'if you require any further information',
  ],
};
