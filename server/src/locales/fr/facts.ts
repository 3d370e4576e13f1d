/**
 * Données françaises des règles de formulation `facts/`. Les motifs sont des expressions
 * régulières appliquées au texte replié (minuscules, sans accents, apostrophes droites) ;
 * `{nom}` renvoie au vocabulaire ci-dessous, ` {0-3} ` admet jusqu'à trois mots
 * intercalés, et une espace correspond à tout blanc. Voir `server/src/rules/phrase.ts`.
 */
import type { FactsData } from '../types';

/**
 * Présents en « -érons » des verbes en « -érer » (« nous considérons », « nous gérons »,
 * « nous espérons ») : ils ressemblent à un futur en « -erons » une fois les accents retirés.
 */
const PRESENT_ERONS =
  '(?:consid|op|esp|pref|recup|accel|mod|tol|ins|lib|gen|dig|enum|reit|alt|coop|diff|conf|transf|ref|lac|exag|ven|sugg|deliber|prol|reg|temp|pers|sev|incarc|int|itin|reverb|oblit|pond|proc|reinser|reinter|vocif|leg|deg|sid)erons';

/** Radicaux des futurs irréguliers ou en « -irons » : mettrons, prendrons, choisirons… */
const IRREGULAR_FUTURE =
  '[a-z]*(?:mett|prend|tiend|viend|suiv|recev|percev|ecri|redui|introdui|construi|produi|condui|instrui|choisi|etabli|defini|fourni|garanti|agi|rempli|reagi|investi|saisi|retabli|ouvri|offri|interdi|reparti|converti|averti|reuni|fini|bati|muni|enrichi|elargi|renforci|ralenti|approfondi|reflechi|franchi|assaini|remboursi)r';

/** Ce qui ôte à une phrase au futur son caractère d'action à venir : une condition, une offre, une menace. */
const NOT_FUTURE_ACTION = [
  "^[\\s*_]*(?:si|s'il|s'ils|lorsque|lorsqu'|quand|des que|des qu'|chaque fois|a chaque fois|en cas|au cas|une fois que|une fois qu'|tant que|avant|apres|jusqu'a ce)",
  "sur (?:simple )?demande|a votre demande|si (?:vous|necessaire|besoin|cela est necessaire)|le cas echeant|n'hesitez pas|a votre (?:entiere )?disposition|(?:toute|tout|d'autres) (?:information|document|justificatif|piece|question)s? (?:complementaires?|supplementaires?)",
  'justice|tribunal|avocat|plainte|poursuites',
];

/** Des formulations que `vague-commitment` signale déjà (essayer, faire de son mieux, améliorer ses processus). */
const VAGUE_ALREADY = [
  "(?:essaie|essaye|tente|efforce)r(?:ons|ai)|(?:essayer|tenter|efforcer)",
  'fer(?:ons|ai) (?:tout|de notre|notre|de mon|mon|plus attention|attention|mieux)',
  "ameliorer(?:ons|ai)? (?:nos|notre|mon|mes) (?:processus|procedures?|services?|fonctionnement|organisation|qualite|methodes?|pratiques)",
  "(?:etudier|etudierons|examiner|examinerons|explorer|explorerons|envisager|envisagerons|reflechir|reflechirons) (?:a |aux |des |de |d'|la |les )?(?:la )?(?:possibilites?|solutions?|options?|pistes?|moyens?|changements?)",
  "redoubler(?:ons)? (?:de |d')",
];

/** Un aveu honnête de limite n'est pas une promesse excessive. */
const HONEST_LIMIT = [
  "(?:ne (?:pouvons|peux|peut|pourrons)|personne ne (?:peut|pourrait)|impossible de) (?:pas )?(?:\\w+ )?(?:garantir|promettre|affirmer|exclure|assurer)",
];

/** Des phrases sur la réponse d'Amazon, non sur les actions du vendeur (« dans l'attente de vous lire bientôt »). */
const SUR_LA_REPONSE = ["votre (?:reponse|retour|decision|examen)|reactiv\\w*|retablissement|vous lire|de vos nouvelles|dans l'attente"];

export const facts: FactsData = {
  vocab: {
    nous: "nous|je|j'|on",
    // Pronoms et négation entre le sujet et le verbe : « nous les vérifierons », « nous n'accepterons ».
    pron: "(?:le |la |les |leur |lui |y |en |vous |nous |se |ne |l'|s'|n')",
    adv:
      "(?:aussi|egalement|ensuite|desormais|donc|immediatement|rapidement|personnellement|tous|toutes|d'abord|enfin|bien|systematiquement|dorenavant|aussitot|alors|bientot|prochainement|tres vite|tout de suite|de nouveau|a nouveau)",
    // Le futur de « nous » et de « je » (hors présents en « -érons »).
    futurNous: `(?!${PRESENT_ERONS})[a-z]{2,}erons|${IRREGULAR_FUTURE}ons|ferons|referons|defferons|enverrons|renverrons|irons`,
    futurJe: `[a-z]{2,}erai|${IRREGULAR_FUTURE}ai|ferai|referai|enverrai|renverrai|irai`,
    irregulier: IRREGULAR_FUTURE,
    // Des événements qui fixent le moment d'un contrôle (« chaque commande », « tout nouveau fournisseur »).
    occasion:
      '(?:commandes?|expeditions?|colis|fiches?|offres?|produits?|sku|fournisseurs?|livraisons?|retours?|articles?|unites?|reclamations?|messages?|references?|envois?|marques?|factures?|lots?|cartons?|enlevements?|mises? en (?:vente|ligne))',
    // Une forme d'infinitif.
    inf: "[a-z][a-z'-]*(?:er|ir|re|oir)",
    // Les personnes du vendeur, à la troisième personne.
    equipe:
      "(?:notre|nos|la|le|les|l') ?(?:[a-z-]+ ){0,2}(?:equipes?|responsables?|preparat(?:eur|rice)s?|employee?s?|salariee?s?|magasiniers?|gerante?s?|direct(?:eur|rice)s?|service (?:client|logistique|des expeditions))(?: [a-z'-]+){0,2}",
    mois: 'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv|fevr|avr|juil|sept|oct|nov|dec',
  },
  negation: "ne|n'|pas|jamais|plus|aucun|aucune|rien|sans",

  vagueCommitment: [
    // Essayer n'est pas faire.
    {
      match:
        "(?:nous|je|j'|on) (?:{pron}){0,2}(?:allons |vais |va |devons |voulons |souhaitons |comptons )?(?:{adv} )?" +
        "(?:essayer|essaierons|essayerons|essaierai|essayerai|essayons|essaie|essaye|tenter|tenterons|tenterai|tentons|tente|efforcer|efforcerons|efforcerai|effor(?:c|ç)ons)",
      message: 'trying',
    },
    {
      match:
        "(?:faire|ferons|ferai|fera|faisons|feront) (?:tout |de )?(?:notre|mon|son) (?:mieux|possible|maximum)|(?:faire|ferons|ferai|fera|faisons) tout (?:notre possible|ce qui est possible|ce que nous pouvons|ce qui est en notre pouvoir|pour)",
      message: 'trying',
    },
    // Des résolutions sans mesure : « être plus vigilants », « améliorer nos processus ».
    {
      match:
        "(?:nous|je|j'|on|{equipe}) (?:{pron}){0,2}(?:allons |vais |va |vont |devons |doit |doivent |voulons |souhaitons )?(?:{adv} )?(?:(?:etre|serons|seront|serai|sera|sommes|suis) (?:desormais |a l'avenir |dorenavant )?plus (?:attenti\\w+|vigilant\\w*|prudent\\w*|rigoureu\\w+|soigneu\\w+|serieu\\w+)" +
        "|redoubler(?:ons)? (?:de |d')\\w+|(?:faire|ferons|ferai) (?:plus )?(?:attention|mieux)" +
        '|ameliorer(?:ons|ai)? (?:nos|notre|mon|mes) (?:processus|procedures?|services?|fonctionnement|organisation|qualite|methodes?|pratiques)' +
        "|(?:etudier|etudierons|examiner|examinerons|explorer|explorerons|envisager|envisagerons|envisageons|reflechir|reflechirons) (?:a |aux |des |de |d'|la |les )?(?:la )?(?:possibilites?|solutions?|options?|pistes?|moyens?|changements?|changer|remplacer|ameliorer))",
      message: 'resolution',
    },
    // L'espoir n'engage à rien.
    {
      match:
        "(?:nous|j') (?:esperons|espere) (?:pouvoir|parvenir|reussir|reduire|ameliorer|eviter|ne plus)|(?:nous|j') (?:esperons|espere) (?:que )?(?:cela|ca|ce probleme|ces problemes|le probleme|ces erreurs) (?:ne )?(?:se reproduira|arrivera|se reproduise|arrive|se produira)" +
        "|en esperant que (?:cela|ca|le probleme|ce probleme|ces problemes)|avec un peu de chance|esperons-le",
      message: 'hope',
    },
    // Des mots de temps sans date : un repère daté les remplace.
    {
      match:
        "des que possible|le plus (?:vite|rapidement|tot) possible|au plus vite|au plus tot|dans les (?:plus brefs|meilleurs) delais|sous peu|d'ici peu|prochainement" +
        "|dans un (?:avenir|futur) (?:proche|prochain)|dans les (?:prochains jours|prochaines semaines|prochains mois|jours a venir|semaines a venir|mois a venir)" +
        "|un jour ou l'autre|tot ou tard|a terme|a un moment donne|ulterieurement|(?:tres |assez )?bientot",
      replacement: "d'ici le [DATE]",
      unlessSentence: SUR_LA_REPONSE,
    },
    {
      match: "des que (?:nous|je|j'|on) (?:le )?(?:pourrons|pourrai|pourra|serons en mesure|serai en mesure|aurons le temps|aurai le temps)",
      replacement: "d'ici le [DATE]",
      unlessSentence: SUR_LA_REPONSE,
    },
    // Des réserves qui reprennent la promesse : les supprimer laisse un engagement net.
    {
      match:
        "dans la (?:mesure|limite) du possible|si possible|(?:autant|aussi souvent) que possible|(?:quand|lorsque|si|des que) c'est possible|(?:quand|lorsqu'il est) possible" +
        '|si (?:nous le pouvons|nous pouvons|on peut|je peux|je le peux)|si le temps (?:nous )?le permet',
      message: 'hedge',
      replacement: '',
    },
    // Une fréquence qui n'en dit aucune.
    {
      match:
        'regulierement|periodiquement|de temps (?:en temps|a autre)|de (?:facon|maniere) (?:reguliere|periodique)|a intervalles reguliers|occasionnellement|de temps a autre',
      message: 'frequency',
      replacement: 'chaque [FRÉQUENCE]',
      frequency: true,
    },
  ],

  futureAction: [
    // « nous allons vérifier », « nous allons le mettre en place ».
    {
      match:
        "(?<hit>(?:nous|on) (?:{pron}){0,2}(?:allons|irons|va) (?:{adv} )?(?:{pron}){0,2}(?!essayer|tenter|faire (?:notre|de notre|tout) |continuer|esperer|pouvoir|devoir)(?:{inf}))",
      roles: ['corrective'],
      unless: VAGUE_ALREADY,
      unlessSentence: NOT_FUTURE_ACTION,
    },
    {
      match: "(?<hit>je (?:{pron}){0,2}vais (?:{adv} )?(?:{pron}){0,2}(?!essayer|tenter|faire (?:mon|de mon|tout) |continuer|esperer|pouvoir|devoir)(?:{inf}))",
      roles: ['corrective'],
      unless: VAGUE_ALREADY,
      unlessSentence: NOT_FUTURE_ACTION,
    },
    // Le futur simple : « nous vérifierons », « nous mettrons en place », « je contrôlerai ».
    {
      match: '(?<hit>nous (?:{pron}){0,2}(?:{adv} )?(?:{pron}){0,2}(?:{futurNous}))',
      roles: ['corrective'],
      unless: VAGUE_ALREADY,
      unlessSentence: NOT_FUTURE_ACTION,
    },
    {
      match: "(?<hit>(?:je|j') ?(?:{pron}){0,2}(?:{adv} )?(?:{futurJe}))",
      roles: ['corrective'],
      unless: VAGUE_ALREADY,
      unlessSentence: NOT_FUTURE_ACTION,
    },
    // Une intention : « nous prévoyons de changer », « nous comptons mettre en place ».
    {
      match:
        "(?<hit>(?:nous|je) (?:prevoyons|prevois|envisageons|envisage|projetons|projette|avons l'intention|ai l'intention|comptons|compte|souhaitons|souhaite|voulons|veux) (?:de |d')?(?:{pron}){0,2}(?:{inf}))",
      roles: ['corrective'],
      unless: VAGUE_ALREADY,
      unlessSentence: NOT_FUTURE_ACTION,
    },
    // Les personnes du vendeur : « notre équipe vérifiera », « nos préparateurs vont contrôler ».
    {
      match:
        "(?<hit>{equipe} (?:{pron}){0,2}(?:(?:va|vont) (?:{adv} )?(?:{pron}){0,2}(?!essayer|tenter|continuer)(?:{inf})|[a-z]{2,}(?:era|eront)|{irregulier}(?:a|ont)|fera|feront|enverra|enverront))",
      roles: ['corrective'],
      unless: VAGUE_ALREADY,
      unlessSentence: NOT_FUTURE_ACTION,
    },
    // Le futur passif d'une mesure : « sera mis en place », « seront remboursés ».
    {
      match:
        '(?<hit>(?:sera|seront) (?:{adv} )?(?:mise?s? en (?:place|oeuvre|œuvre)|installee?s?|remplacee?s?|modifiee?s?|ajoutee?s?|formee?s?|verifiee?s?|controlee?s?|retiree?s?|supprimee?s?' +
        '|corrigee?s?|envoyee?s?|renvoyee?s?|remboursee?s?|contactee?s?|mise?s? a jour|creee?s?|lancee?s?|testee?s?|auditee?s?|deployee?s?|configuree?s?|reliee?s?|fermee?s?|desactivee?s?|inspectee?s?))',
      roles: ['corrective'],
      unless: VAGUE_ALREADY,
      unlessSentence: NOT_FUTURE_ACTION,
    },
  ],

  overPromise: [
    // « Cela ne se reproduira plus jamais », « n'arrivera plus ».
    {
      match:
        "(?:ne|n') (?:se )?(?:reproduira|reproduiront|produira|produiront|arrivera|arriveront|repetera|repeteront|renouvellera|renouvelleront|surviendra|surviendront)(?: (?:donc|desormais|certainement|evidemment))? (?:plus(?: jamais)?|jamais(?: plus)?)" +
        "|(?:ne|n') (?:pourra|pourront|peut|peuvent|devrait|devraient|saurait|sauraient) (?:plus|jamais|plus jamais|en aucun cas) (?:se )?(?:reproduire|produire|arriver|repeter|survenir)",
      message: 'never',
      unlessSentence: HONEST_LIMIT,
    },
    {
      match:
        "plus jamais (?:de |d')(?:retards?|erreurs?|problemes?|ruptures?|casses?|colis perdus?|reclamations?|annulations?|incidents?)|(?:ne|n') (?:\\w+ )?(?:plus )?jamais (?:plus )?(?:en retard|endommagee?s?|perdue?s?|en rupture|annulee?s?|cassee?s?)",
      message: 'never',
      unlessSentence: HONEST_LIMIT,
    },
    // « Risque zéro », « aucun risque que… », « tout risque est éliminé ».
    {
      match:
        "risque (?:zero|nul)|zero (?:risque|erreur|defaut|retard|reclamation|probleme)s?(?! (?:de|du) taux)|aucun risque (?:de|que|qu'|d')" +
        "|(?:il n'y a|il n'y aura|il n'existe) (?:desormais |donc |maintenant )?(?:plus )?(?:aucun|de|le moindre) risque" +
        "|(?:tout |le |les |ce )?risques? (?:[\\w']+ ){0,3}(?:est|sont|a ete|ont ete) (?:desormais |maintenant )?(?:totalement |completement |definitivement |entierement )?(?:elimines?|ecartes?|supprimes?|exclus?|nuls?|inexistants?)" +
        '|elimine (?:tout|toute) (?:risques?|possibilites?|problemes?|erreurs?)|(?:totalement|completement|definitivement|entierement) (?:elimine|eradique|exclu) (?:le|les|ce|ces|tout) (?:risques?|problemes?|erreurs?|retards?)',
      message: 'risk',
      unlessSentence: HONEST_LIMIT,
    },
    // Des garanties de résultat (pas la garantie A à Z d'Amazon, pas « 100 % des 212 commandes »).
    {
      match:
        "(?:garanti|garantie|garantis|garanties|sure?s?|certaine?s?|fiables?) a 100 ?%|100 ?% (?:garanti|certain|fiable|securise|infaillible)e?s?|(?:nous|je) (?:vous )?(?:garantissons|garantis) (?:que|qu'|l'absence|qu'aucun|qu'aucune)" +
        "|(?:nous|je) (?:pouvons |peux )?(?:vous )?garantir (?:que|qu')|infaillibles?",
      message: 'guarantee',
      unlessSentence: HONEST_LIMIT,
    },
    {
      match: "impossible (?:que|qu') (?:cela|ce|ca|le probleme|cette erreur|ces erreurs|une telle erreur|un tel incident) (?:ne )?(?:se reproduise|arrive|se produise|survienne)",
      message: 'never',
      unlessSentence: HONEST_LIMIT,
    },
  ],

  unsupportedClaim: [
    // « Je suis un vendeur honnête », « nous sommes une entreprise sérieuse ».
    {
      match:
        "(?:je suis|nous sommes|j'ai toujours ete|nous avons toujours ete|nous restons|je reste) (?:un |une |des )?(?:tres |toujours |vraiment )?" +
        '(?:vendeu(?:r|se|rs|ses)|entreprises?|societes?|commercants?|commercantes?|marchands?|professionnel\\w*|boutiques?|equipes?|gens|personnes?|partenaires?|revendeu(?:r|se|rs|ses))' +
        " (?:\\w+ )?(?:honnetes?|serieu(?:x|se|ses)|fiables?|de confiance|irreprochables?|reconnue?s?|consciencieu\\w+|integres?|respectables?|exemplaires?|de bonne foi|dignes? de confiance|loyaux|loyale?s?|correcte?s?)",
      message: 'selfDescription',
    },
    {
      match:
        "(?:je suis|nous sommes|j'ai toujours ete|nous avons toujours ete) (?:tres |toujours |tout a fait |parfaitement |totalement |entierement |vraiment )?(?:honnetes?|serieu(?:x|se|ses)|fiables?|de bonne foi|dignes? de confiance|integres?|irreprochables?)",
      message: 'selfDescription',
    },
    // « Faites-nous confiance », « je vous assure que… ».
    {
      match:
        "faites[- ](?:nous|moi) confiance|(?:vous pouvez|pouvez-vous) (?:nous|me) faire confiance|croyez[- ](?:nous|moi)|(?:je|nous) vous (?:assure|assurons|le promets|le promettons|promets|promettons)" +
        "|soyez (?:assure|assures|assuree|assurees|certain|certains|certaine|certaines) (?:que|qu')|accordez[- ]nous (?:votre|a nouveau votre|de nouveau votre) confiance" +
        "|(?:nous|je) (?:vous )?(?:demandons|demande) de (?:nous|me) faire confiance|le benefice du doute",
      message: 'trust',
    },
    // « Nous offrons toujours un excellent service » (pas « nous avons toujours les factures »).
    {
      match:
        "(?:nous|je) (?:avons|ai) toujours (?:\\w+ ){0,2}(?:offert|fourni|propose|assure|donne|garanti|maintenu|eu|privilegie|accorde|mis|ete|travaille|satisfait) (?:\\w+ ){0,3}(?:excellent\\w*|irreprochables?|impeccables?|parfait\\w*|meilleur\\w*|qualite|satisfaction|exemplaires?|serieu\\w+|honnete\\w*)" +
        "|(?:nous|je) (?:offrons|fournissons|proposons|assurons|garantissons|donnons|privilegions|mettons|offre|fournis|propose|assure) toujours (?:\\w+ ){0,3}(?:excellent\\w*|irreprochables?|impeccables?|parfait\\w*|meilleur\\w*|qualite|satisfaction)(?: (?:service|services|accueil|suivi|qualite|produits?|travail)(?: client)?)?",
      message: 'selfDescription',
    },
    {
      match:
        "(?:notre|nos) (?:\\w+ )?(?:excellente?s?|irreprochables?|impeccables?|parfaite?s?|exemplaires?|tres bonne?s?|solides?) (?:\\w+ )?(?:reputation|historique|evaluations?|commentaires?|notes?|avis|service client|dossier|parcours|metriques|indicateurs)" +
        '|(?:notre|nos) (?:reputation|historique|evaluations?|avis|service client|indicateurs|notes?|dossier) (?:\\w+ ){0,2}(?:irreprochables?|impeccables?|excellent\\w*|exemplaires?|parfaite?s?|sans (?:faute|tache))',
      message: 'selfDescription',
    },
    {
      match:
        'la satisfaction (?:de nos clients|client|des clients|de la clientele|de nos acheteurs) est (?:\\w+ ){0,2}(?:priorite|preoccupation|objectif)' +
        '|nos clients sont (?:toujours |tres |entierement |tous )?(?:satisfaits|contents|ravis)|nos clients (?:nous )?(?:adorent|aiment|apprecient|font confiance)' +
        "|(?:nous sommes|je suis) (?:tres |extremement )?fiers? (?:de|d')" +
        "|(?:nous|je) (?:n'avons|n'ai) jamais (?:eu|recu) (?:de |d'|la moindre |aucune? |un seul |une seule )(?:\\w+ )?(?:reclamation|probleme|plainte|souci|incident)s? (?:en \\d+|depuis|auparavant|avant|en (?:plus de )?\\w+ ans)" +
        '|(?:nous|je) ne (?:vendrions|ferions|tromperions|mentirions|tricherions|vendrais|ferais|tromperais|mentirais) jamais',
      message: 'selfDescription',
    },
  ],

  orderReference: {
    attachedList: [
      "(?:ci-joint\\w*|joint\\w*|joignons|joins|en piece jointe|en annexe|annex\\w*|trouverez|fourni\\w*|transmet\\w*) [^.!?;]{0,80}(?:liste|tableau|fichier|export|releve|recapitulatif|extrait)s? (?:des|de nos|de|d'|avec les|avec) [^.!?;]{0,60}(?:commandes|annulations|expeditions|colis|envois|reclamations|retours)",
      "(?:liste|tableau|fichier|export|releve|recapitulatif|extrait)s? (?:des|de nos|de|d'|avec les|avec) [^.!?;]{0,60}(?:commandes|annulations|expeditions|colis|envois|reclamations|retours)[^.!?;]{0,120}(?:jointe?s?|ci-jointe?s?|en piece jointe|en annexe|annexee?s?)",
    ],
    placeholder: '[NUMÉRO-DE-COMMANDE]',
    line: 'Commandes concernées : {placeholder}.',
  },

  metric: {
    percent: '\\d+(?:[.,]\\d+)? ?(?:%|pour ?cent)',
    thresholdBefore:
      "(?:objectif|seuil|limite|cible|plafond|inferieure?s? (?:a|au)|superieure?s? (?:a|au)|sous|moins de|plus de|au plus|au moins|maximum|minimum|max|min|depasse|depasser|depassant|atteint|atteindre|fixee? a|ramener a|ramene a|garder|maintenir|reste|rester|garantie?s?|promise?s?|assuree?s?|<|>|≤|≥)(?: (?:de|d'|du|des|a|au|le|la|les|l'|notre|son|sa))*",
    thresholdAfter: '(?:objectif|seuil|limite|cible|maximum|minimum|plafond|ou moins|ou plus|au maximum|au minimum|garantie?s?|sure?s?|certaine?s?|assuree?s?)',
    numberWords: 'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|cent',
    countUnits:
      'commandes?|expeditions?|colis|envois?|livraisons?|annulations?|reclamations?|retours?|retards?|defauts?|commentaires?|retrofacturations?|litiges?|en retard|annulees?|endommagees?|non recues?',
    ratio: "\\d+ (?:de nos|des|sur|parmi|de ces) (?:nos |les )?\\d+",
    periods: [
      "(?:sur|durant|pendant|au cours) (?:les |des )?(?:\\d+|sept|dix|trente|soixante|quatre-vingt-dix) (?:derniers |premiers )?(?:jours|semaines|mois|jours ouvres)",
      "(?:en|depuis|durant|pendant|au cours du mois d'|au cours du mois de|au mois d'|au mois de|sur le mois d'|sur le mois de) ?(?:{mois})(?: \\d{4})?|(?:{mois}) \\d{4}",
      '(?:la|cette) (?:semaine|quinzaine) (?:derniere|passee|precedente)|(?:le|ce) (?:mois|trimestre) (?:dernier|passe|precedent)|(?:cette|la derniere) semaine|ce mois-ci',
    ],
  },

  undated: {
    triggers: [
      "^[\\s*_]*(?:si|s'il|s'ils|lorsque|lorsqu'|quand|des que|des qu'|chaque fois|a chaque fois|en cas|au cas|une fois que|une fois qu'|avant|apres|tant que)(?![a-z])",
      '^[\\s*_]*(?:chaque|tout|toute|tous les|toutes les) (?:[a-z-]+ ){0,2}{occasion}',
      "(?:pour|a|sur|avant|apres|lors de|des) (?:chaque|tout|toute|tous les|toutes les) (?:[a-z-]+ ){0,2}{occasion}",
      "avant (?:toute|tout|chaque|sa|son|ses|la|le|les|leur|l') ?(?:nouv\\w+ )?(?:mise en (?:vente|ligne)|expedition|envoi|depart|enlevement|publication|confirmation)",
      "le jour meme|dans l'heure|dans la journee|des (?:reception|l'arrivee|la reception)|a (?:la )?reception",
    ],
    ignore: [
      "(?:ci-)?joint\\w*|en piece jointe|en annexe|vous trouverez",
      '(?:reste|restent|resteront|restera) (?:fermee?s?|suspendue?s?|desactivee?s?) jusqu',
    ],
    placeholders: '\\[(?:[A-ZÉÈ-]*(?:DATE|JOUR|FRÉQUENCE|HEURE)[A-ZÉÈ-]*)\\]',
  },
};
