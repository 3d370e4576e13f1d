/**
 * How a French sentence states an action of the seller (`structure/unanswered-reason`).
 * Folded-text regex alternatives (lower case, no accents, straight apostrophes): the
 * check joins them as subject + optional in-between words + verb. Verbs of the first
 * group share one set of endings (past participle in every gender and number, present
 * of `nous` and of the third persons, future of `nous`, infinitive after `allons`).
 * Past analysis verbs ("nous avons constaté", "nous avons examiné") are left out: they
 * explain a cause, they do not answer it. Negations (`n'avons pas`, `ne vérifions pas`)
 * never match, since `ne` and `pas` are not in-between words.
 */
import type { ActionLexicon } from '../types';

/** Endings of a first-group verb after its stem: é, ée, és, ées, ons, ent, erons, er. */
const ER = '(?:ee?s?|ons|ent|erons|er)';

export const actions: ActionLexicon = {
  subjects: [
    'nous', 'je', "j'", 'on',
    "(?:notre|nos|la|le|les|l')\\s?(?:[a-z-]+ ){0,2}(?:equipes?|responsables?|services?|gerante?s?|directeur|directrice|preparat(?:eur|rice)s?|employee?s?|salariee?s?|magasiniers?|logiciel|outil|systeme|acheteuse|chef d'equipe)(?: [a-z'-]+){0,3}",
  ],
  between: [
    'avons', 'ai', 'a', 'avions', 'sommes', 'nous', "l'", 'les', 'leur', 'lui', 'y', 'en', 'deja', 'aussi', 'egalement',
    'desormais', 'dorenavant', 'maintenant', 'immediatement', 'aussitot', 'ensuite', 'alors', 'enfin', "d'abord",
    'systematiquement', 'automatiquement', 'manuellement', 'physiquement', 'personnellement', 'integralement',
    'entierement', 'definitivement', 'rapidement', 'quotidiennement', 'regulierement', 'chaque jour', 'chaque semaine',
    'tous', 'toutes', 'allons', 'devons', 'continuons a', 'continuerons a', 'avons decide de', 'avons choisi de',
    'avons commence a', 'commencons a', 'sommes en train de', 'venons de', 'tenons a',
  ],
  verbs: [
    // First group: remplacé(e)(s), remplaçons, remplacent, remplacerons, remplacer…
    `(?:remplac|chang|ajout|install|cre|corrig|modifi|supprim|retir|ferm|desactiv|activ|arret|bascul|deplac|form|recrut|embauch|nomm|rembours|contact|inform|verifi|control|test|compt|recompt|audit|inspect|compar|rapproch|reli|connect|integr|automatis|synchronis|configur|parametr|bloqu|isol|document|redig|publi|adopt|lanc|planifi|reorganis|renforc|amelior|resserr|impos|exig|limit|confirm|renvoy|envoy|expedi|emball|etiquet|scann|standardis|formalis|instaur|realis|effectu|relev|augment|port|fix|decal|pass|resili|cess|consult|utilis|appliqu|surveill|mesur|gard|conserv|archiv|enregistr|photographi|pes|valid|approuv|reapprovisionn|command|trait|assur|engag|equip|sensibilis|reform|affect|dedi|doubl|separ|reemball|reconditionn|signal|demand|rappel|accompagn|repar|segment|centralis|verrouill)${ER}`,
    // Analysis: only as an ongoing control (`nous analysons`), not as the past of an investigation.
    '(?:analys|examin)(?:ons|ent|erons)',
    // Other verbs, form by form.
    "(?:mis(?:es?)?|mettons|mettrons|mettre|met(?:tent)?) (?:en place|en oeuvre|a jour|fin|en quarantaine|en pause|a l'arret|hors ligne|en conformite)",
    '(?:suivons|suivrons|suivre|suit|suivent|suivi)', '(?:tenons|tenu|tient|tiennent|tenir|tiendrons)',
    '(?:revu|revoyons|revoit|revoient|revoir|reverrons)', '(?:repondu|repondons|repond|repondent|repondre|repondrons)',
    '(?:suspendu(?:e?s?)|suspendons|suspend|suspendent|suspendre|suspendrons)', '(?:obtenu(?:e?s?)|obtenons|obtenir|obtiendrons)',
    '(?:etabli(?:e?s?)|etablissons|etablit|etablir|etablirons)', '(?:interdit(?:e?s?)|interdisons|interdire)',
    '(?:reduit(?:e?s?)|reduisons|reduire|reduirons)', '(?:introduit(?:e?s?)|introduisons|introduire)',
    '(?:construit(?:e?s?)|construisons)', '(?:ouvert(?:e?s?)|ouvrons|ouvrir|ouvrirons)',
    '(?:choisi(?:e?s?)|choisissons|choisir)', '(?:defini(?:e?s?)|definissons|definit|definir|definirons)',
    '(?:pris (?:des|les|la|le|contact|en charge)|prenons (?:des|les|contact|en charge))',
    "fait (?:appel|controler|verifier|tester|former|auditer|analyser)", '(?:procede|procedons|procederons) a',
    '(?:rompu|rompons|rompre)', '(?:remis|remettons) en (?:stock|vente)', '(?:refait|refaisons|reecrit|reecrivons)',
    '(?:changeons|corrigeons|exigeons|arrangeons|partageons|echangeons)',
  ],
  passive: [
    'a ete', 'ont ete', 'a deja ete', 'ont deja ete', 'a immediatement ete', 'ont immediatement ete', 'est desormais',
    'sont desormais', 'est maintenant', 'sont maintenant', 'est dorenavant', 'sont dorenavant', 'est depuis', 'sont depuis',
  ],
  leading: [
    'mise en place', 'mise a jour', 'mise en oeuvre', 'remplacement', 'changement', 'ajout', 'installation', 'creation',
    'correction', 'modification', 'suppression', 'retrait', 'fermeture', 'suspension', 'desactivation', 'arret',
    'formation', 'recrutement', 'embauche', 'remboursement', 'verification', 'controle', 'test', 'audit', 'inventaire',
    'recomptage', 'comparaison', 'rapprochement', 'integration', 'automatisation', 'synchronisation', 'adoption', 'revue',
    'renforcement', 'amelioration', 'relevement', 'augmentation', 'passage', 'resiliation', 'obtention', 'redaction',
    'etablissement', 'nomination', 'designation', 'instauration', 'blocage', 'standardisation',
    `(?:remplac|ajout|install|corrig|modifi|supprim|retir|ferm|desactiv|form|rembours|verifi|control|test|audit)ee?s?`,
  ],
};
