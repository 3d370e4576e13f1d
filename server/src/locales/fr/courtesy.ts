/** Formules de politesse françaises : ouvertures et fermetures que tous les appels d'un dossier peuvent partager mot pour mot. */
import type { CourtesyData } from '../types';

export const courtesy: CourtesyData = {
  greetings: [
    'bonjour', 'bonsoir', 'madame', 'monsieur', 'mesdames', 'messieurs', 'chère équipe', 'cher service',
    "à l'attention", "à l'équipe",
  ],
  signOffs: [
    'cordialement', 'bien cordialement', 'très cordialement', 'salutations', 'sincères salutations',
    'meilleures salutations', 'bien à vous', 'veuillez agréer', 'veuillez recevoir', 'recevez', "nous vous prions d'agréer",
    "je vous prie d'agréer", 'nous vous prions de bien vouloir agréer', 'je vous prie de bien vouloir agréer',
    'nous vous remercions', 'je vous remercie', 'merci pour votre', 'merci de votre', "merci d'avance",
    'en vous remerciant', "dans l'attente de votre", 'nous restons à votre disposition',
    'nous restons à votre entière disposition', 'je reste à votre disposition', "n'hésitez pas à nous contacter",
  ],
};
