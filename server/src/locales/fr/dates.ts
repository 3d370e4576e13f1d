/** Mots de date en français : mois, jours, fréquences (alternatives de regex, texte sans accents). */
import type { DateData } from '../types';

export const dates: DateData = {
  months: [
    ['janvier', 'janv'], ['fevrier', 'fevr', 'fev'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['decembre', 'dec'],
  ],
  // Noms complets seulement : « mer », « mar » sont aussi des mots courants.
  weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  numericOrder: 'dmy',
  frequencies: [
    'quotidiennement', 'chaque (?:jour|matin|soir|semaine|mois|trimestre|annee|heure|commande|expedition|colis|livraison|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|jour ouvre)',
    'tous les (?:jours|matins|soirs|mois|ans|trimestres|(?:lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches)|\\d+ (?:jours|heures|semaines|mois)|jours ouvres)',
    'toutes les (?:semaines|heures|commandes|\\d+ (?:heures|semaines|minutes))', 'le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) de chaque semaine',
    'une fois par (?:jour|semaine|mois|trimestre|an)', '(?:deux|trois|\\d+) fois par (?:jour|semaine|mois)', 'hebdomadaire(?:ment)?', 'mensuel(?:le)?(?:ment)?',
    'depuis (?:le )?(?:\\d{1,2}(?:er)? )?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\\b',
    'depuis (?:le )?\\d{1,2}[/.]\\d{1,2}', 'depuis (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)', 'sous \\d+ ?(?:h|heures?|jours?|minutes?)\\b',
    'dans les \\d+ ?(?:h|heures?|jours?)\\b', 'avant (?:chaque|toute) (?:commande|expedition|mise en vente)', 'a chaque (?:commande|expedition|livraison|reception)',
    'en temps reel', 'en continu', 'automatiquement',
  ],
};
