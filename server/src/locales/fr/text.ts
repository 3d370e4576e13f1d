/** Données de texte en français : abréviations qui ne terminent pas une phrase, mots outils pour détecter la langue. */
import type { TextData } from '../types';

export const text: TextData = {
  abbreviations: new Set([
    'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'st', 'ste', 'sté', 'cie', 'cf', 'ex',
    'p.ex', 'n°', 'av', 'bd', 'réf', 'ref', 'tél', 'tel', 'janv', 'févr', 'fevr', 'avr', 'juil', 'sept',
    'oct', 'nov', 'déc', 'dec', 'lun', 'jeu', 'ven', 'éd', 'ed', 'c.-à-d',
  ]),
  // Aussi des mots (« vol », « mer », « sam ») : la phrase continue seulement si un chiffre suit.
  numberAbbreviations: new Set(['no', 'nos', 'p', 'pp', 'vol', 'art', 'env', 'mar', 'mer', 'sam', 'dim']),
  stopWords: [
    'le', 'la', 'les', 'des', 'du', 'de', 'et', 'nous', 'notre', 'nos', 'est', 'été', 'pour', 'dans', 'sur', 'que', 'qui', 'une',
    'un', 'avec', 'par', 'au', 'aux', 'ce', 'cette', 'ces', 'ont', 'avons', 'sont', 'pas', 'ne', 'plus', 'son', 'sa', 'ses',
    'leur', 'leurs', 'mais', 'ou', 'où', 'donc', 'car', 'chaque', 'tous', 'toutes', 'depuis', 'avant', 'après', 'entre',
    'vous', 'votre', 'vos', 'je', 'mon', 'ma', 'mes', 'il', 'elle', 'ils', 'elles', 'était', 'sera', 'commande', 'commandes',
    "l'", "d'", "qu'", "n'", "s'", "j'", 'client', 'clients',
  ],
};
