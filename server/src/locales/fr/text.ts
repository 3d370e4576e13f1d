/** Données de texte en français : abréviations qui ne terminent pas une phrase, mots outils pour détecter la langue. */
import type { TextData } from '../types';

export const text: TextData = {
  abbreviations: new Set([
    'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'st', 'ste', 'sté', 'cie', 'etc', 'cf', 'p', 'pp', 'env', 'ex',
    'p.ex', 'n°', 'no', 'nos', 'art', 'av', 'bd', 'réf', 'ref', 'tél', 'tel', 'janv', 'févr', 'fevr', 'avr', 'juil', 'sept',
    'oct', 'nov', 'déc', 'dec', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim', 'vol', 'éd', 'ed', 'sarl', 'sas', 'sa', 'c.-à-d',
  ]),
  stopWords: [
    'le', 'la', 'les', 'des', 'du', 'de', 'et', 'nous', 'notre', 'nos', 'est', 'été', 'pour', 'dans', 'sur', 'que', 'qui', 'une',
    'un', 'avec', 'par', 'au', 'aux', 'ce', 'cette', 'ces', 'ont', 'avons', 'sont', 'pas', 'ne', 'plus', 'son', 'sa', 'ses',
    'leur', 'leurs', 'mais', 'ou', 'où', 'donc', 'car', 'chaque', 'tous', 'toutes', 'depuis', 'avant', 'après', 'entre',
    'vous', 'votre', 'vos', 'je', 'mon', 'ma', 'mes', 'il', 'elle', 'ils', 'elles', 'était', 'sera', 'commande', 'commandes',
    "l'", "d'", "qu'", "n'", "s'", "j'", 'client', 'clients',
  ],
};
