/**
 * Données françaises des règles de ton. Les motifs sont des expressions régulières
 * appliquées au texte replié (minuscules, sans accents, apostrophes droites ; « œ »
 * reste tel quel) : `{nom}` renvoie au vocabulaire ci-dessous, ` {0-3} ` admet
 * jusqu'à trois mots intercalés, une espace vaut toute suite d'espaces.
 * Voir `server/src/rules/phrase.ts`.
 */
import type { ToneData } from '../types';

/** Mots d'émotion (adjectifs et noms), toutes formes de genre et de nombre. */
const EMOTION =
  'scandaleu(?:x|se|ses|sement)|scandales?|honteu(?:x|se|ses|sement)|honte|inadmissibles?|inacceptables?|degoute(?:e|s|es)?|degoutant(?:e|s|es)?' +
  '|revoltant(?:e|s|es)?|revolte(?:e|s|es)?|ec(?:oe|œ)ure(?:e|s|es)?|ec(?:oe|œ)urant(?:e|s|es)?|ec(?:oe|œ)urement|choque(?:e|s|es)?|choquant(?:e|s|es)?' +
  '|ridicules?|absurdes?|aberrant(?:e|s|es)?|hallucinant(?:e|s|es)?|indigne(?:e|s|es)?|indignation|furieu(?:x|se|ses)|colere|devaste(?:e|s|es)?' +
  '|aneanti(?:e|s|es)?|desespere(?:e|s|es)?|desespoir|cauchemar(?:s|desque|desques)?|catastrophiques?|kafka(?:ien|ienne|iens|iennes)|lamentables?' +
  '|pitoyables?|odieu(?:x|se|ses)|insupportables?|deplorables?|epouvantables?|affligeant(?:e|s|es)?|consterne(?:e|s|es)?|outre(?:e|s|es)|exaspere(?:e|s|es)?';

export const tone: ToneData = {
  vocab: {
    // Les acheteurs, au masculin, au féminin, au singulier et au pluriel (pas « service client »).
    // (Le contrôle « service client » vient après le nom : en tête, il ralentirait toute la recherche.)
    acheteur:
      "(?:(?:le|la|les|l'|un|une|des|ce|cet|cette|ces|notre|nos|certains|certaines|plusieurs|deux|trois) )?" +
      '(?:(?:acheteu(?:r|rs|se|ses)|client(?:e|s|es)?)(?<!(?:service|relation)[\\s*_-]+(?:acheteu|client)\\w*)' +
      '|consommat(?:eur|eurs|rice|rices)|acquereu(?:r|rs|se|ses)|destinataires?)',
    // « du », « de la », « de l' », « d'un »… avant un nom (suivi de `\\s*`).
    dl: "du|des|de (?:la|l'|cet|cette|ce|ces|notre|nos|mon|mes|son|ses|leur|leurs)|d'(?:un|une)|de|d'",
    amazon:
      "amazon|vos (?:services|equipes|systemes|algorithmes|robots|enqueteurs)|votre (?:service|equipe|systeme|algorithme|robot|enqueteur|decision)" +
      "|le service performance(?: vendeur)?|performance vendeur|l'equipe (?:performance vendeur|d'amazon)|l'algorithme(?: d'amazon)?|le robot(?: d'amazon)?|les robots(?: d'amazon)?",
    decision:
      '(?:suspension|desactivation|decision|sanction|blocage|fermeture|mesure|retrait|avertissement|exclusion|penalite|accusation|restriction|bannissement)s?',
    transporteur:
      "(?:(?:le|les|l'|un|une|notre|nos|ce|cet|cette|leur) )?(?:transporteurs?|livreu(?:r|rs|se|ses)|la poste|colissimo|chronopost|dpd|dhl|ups|fedex|gls|tnt|mondial relay|relais colis|colis prive|geodis|dachser|heppner|schenker" +
      '|(?:societe|entreprise|service)s? de (?:transport|livraison|messagerie)|services? postaux|facteu(?:r|rs)|factrices?|postier(?:e|s|es)?|chauffeu(?:r|rs) livreu(?:r|rs))',
    // Une phrase où le vendeur assume son choix ou agit : pas de transfert de responsabilité.
    assume:
      "(?:nous|j') (?:avions |avons |ai |avais )?(?:choisi|retenu|utilise|opte|selectionne|prefere|change|remplace|abandonne|souscrit|quitte)" +
      "|(?:nous|je) (?:n'|ne (?:les |le |la |lui |leur )?|ne l')(?:avions|avons|ai|avais|aurions) (?:pas|jamais) (?:choisi|verifie|assure|utilise|exige|souscrit|ajoute|compare|suivi|demande|controle)\\w*" +
      "|(?:nous|je) (?:aurions|aurais) du|(?:nous|je) (?:expedions|envoyons|utilisons) desormais|parce que (?:nous|notre|nos)|(?<!pas (?:de )?)(?:notre|nos) (?:choix|decision|erreur|faute)",
    // Une procédure (« si le transporteur… »), pas un fait passé.
    condition: "(?:si|lorsque|lorsqu'|quand|des que|chaque fois que|a chaque fois que|en cas de) ?(?:le |la |les |un |une |notre |d'un |d'une )?",
    conditionWord: "si|lorsque|lorsqu'|chaque fois que|a chaque fois que|en cas de|des que",
    emotion: EMOTION,
  },
  negation: "ne|n'|pas|jamais|aucun|aucune|nullement|aucunement|rien|ni|sans|guere",

  blamesBuyer: [
    {
      match:
        '{acheteur} {0-4} (?:ment|mentent|mentait|mentaient|mentirait|mentiraient|menti|mentir|raconte des (?:histoires|mensonges|salades)' +
        '|invente|inventent|a invente|ont invente|exagere|exagerent|a exagere|ont exagere|affabule|affabulent|a affabule)',
      negatable: true,
    },
    { match: 'menti (?:pour|afin d\'|afin de) (?:\\w+ )?(?:obtenir|avoir|se faire|garder|recuperer)' },
    {
      match: "(?:mensonges?|affabulations?|allegations? mensongeres?|declarations? mensongeres?|mauvaise foi) {0-1} (?:{dl})\\s*{acheteur}",
    },
    { match: '{acheteur} {0-4} mensong(?:e|es|er|ere|eres)', negatable: true },
    {
      match:
        '{acheteur} {0-3} (?:malhonnetes?|fraudu?leu(?:x|se|ses)|menteu(?:r|rs|se|ses)|abusi(?:f|fs|ve|ves)|indelicat(?:e|s|es)?|de mauvaise foi' +
        '|peu scrupuleu(?:x|se|ses)|sans scrupules?|procedurier(?:e|s|es)?|escrocs?|arnaqueu(?:r|rs|se|ses)|voleu(?:r|rs|se|ses)|profiteu(?:r|rs|se|ses)' +
        '|tricheu(?:r|rs|se|ses)|fraudeu(?:r|rs|se|ses)|malveillant(?:e|s|es)?|mal intentionne(?:e|s|es)?|irrespectueu(?:x|se|ses)|agressi(?:f|fs|ve|ves))',
      negatable: true,
    },
    { match: '(?:faux|fausses?|soi-disant|pretendu(?:e|s|es)?) {acheteur}' },
    {
      match: '(?:faute|erreur|negligence|responsabilite|maladresse|imprudence|inattention|etourderie)s? {0-1} (?:{dl})\\s*{acheteur}',
      unless: ['(?:pas|nullement|aucunement|aucune|non|sans|ni) {0-3} (?:faute|erreur|negligence|responsabilite|maladresse|imprudence|inattention|etourderie)'],
    },
    {
      match:
        '{acheteur} {0-2} (?:est|etait|sont|etaient|serait|seraient|reste|demeure) (?:seule?s? |entierement |totalement |clairement )?' +
        "(?:responsables?|fauti(?:f|fs|ve|ves)|en tort|en faute|coupables?|a blamer|a l'origine (?:du|de ce) (?:probleme|dommage|litige))",
      unless: ['responsables? (?:des|du|de) (?:frais|retour|renvoi|droits)'],
      negatable: true,
    },
    {
      match:
        "{acheteur} {0-2} (?:n'a pas|n'avait pas|n'ont pas|n'avaient pas|n'a jamais|n'ont jamais|n'a meme pas|n'ont meme pas|a omis de|ont omis de" +
        "|a neglige de|ont neglige de|a refuse de|ont refuse de|n'a pas pris la peine de|n'ont pas pris la peine de|ne prend pas la peine de|ne s'est pas donne la peine de)" +
        " (?:bien |correctement |attentivement |vraiment |meme |du tout )?(?:lu|lire|verifie|verifier|suivi (?:les|la|le|nos|notre)|suivre|compris|comprendre|fait attention" +
        '|faire attention|regarde|regarder|consulte|consulter|respecte|respecter|tenu compte|tenir compte|mesure|mesurer)',
    },
    {
      match:
        "{acheteur} {0-2} (?:s'est trompe(?:e)?|se sont trompe(?:e)?s|se trompe|se trompent|a mal (?:lu|compris|utilise|monte|installe|mesure|commande|manipule)" +
        '|ont mal (?:lu|compris|utilise|monte|installe|mesure|commande|manipule)|a commande (?:la|le|les) mauvai(?:s|se|ses)|a choisi (?:la|le|les) mauvai(?:s|se|ses)' +
        '|a casse|ont casse|a abime|ont abime|a endommage|ont endommage|a fait tomber|ont fait tomber|a detruit)',
    },
    {
      match:
        '{acheteur} {0-2} (?:aurait|auraient) (?:du|pu) (?:\\w+ )?(?:lire|verifier|regarder|mesurer|consulter|nous contacter|nous ecrire|faire attention|comprendre|savoir|etre plus prudent\\w*)',
    },
    {
      match:
        '(?:fraudes?|abus|escroqueries?|arnaques?) (?:au|aux|a la|de|du|des) (?:retours?|remboursements?|garanties?|reclamations?|garantie a-z|garantie a a z)',
    },
    {
      match:
        '(?:abus(?:e|ent|ait|aient|er)?|a abuse|ont abuse|detourn(?:e|ent|ait|er)|a detourne|ont detourne|exploit(?:e|ent|ait|er)|a exploite|ont exploite) {0-3} ' +
        '(?:politique|garantie|systeme|procedure|conditions?) (?:de |des |du )?(?:retours?|remboursements?|a-z|a a z|amazon)',
    },
    {
      match:
        "{acheteur} {0-2} (?:voulait|veut|veulent|voulaient|cherchait|cherche|cherchent|cherchaient|essayait|essaie|essayaient|tentait|tente|tentaient|a tente|a voulu|a cherche|esperait|espere)" +
        " (?:a |d'|de )?\\s*(?:obtenir|avoir|recuperer|garder|conserver|se faire rembourser) {0-4} (?:gratuitement|gratuit(?:e|s|es)?|sans payer|pour rien|a l'(?:oe|œ)il" +
        '|et (?:le |son |un |etre )?rembours\\w*)',
    },
    {
      match:
        "{acheteur} {0-2} (?:voulait|veut|veulent|voulaient|cherchait|cherche|cherchent|essayait|essaie|tentait|tente|a tente|a voulu|a cherche) (?:a |d'|de )?\\s*(?:nous )?" +
        '(?:arnaquer|escroquer|tromper|flouer|duper|voler|abuser|manipuler)',
    },
    {
      match:
        '(?:reclamations?|plaintes?|evaluations?|avis|commentaires?|signalements?|declarations?|retours?|litiges?) {0-1} (?:abusi(?:f|fs|ve|ves)|mensonger(?:e|s|es)?' +
        '|frauduleu(?:x|se|ses)|injustifie(?:e|s|es)?|infonde(?:e|s|es)?|malveillant(?:e|s|es)?|calomnieu(?:x|se|ses)|diffamatoires?|de mauvaise foi|fantaisistes?|sans fondement)',
      unlessSentence: ["(?:nous|je|j') (?:avons |ai |avions )?(?:publie|poste|achete|redige|ecrit|cree|paye|commande)"],
    },
    {
      match:
        "(?:reclamation|plainte|avis|commentaire|evaluation|declaration|version|histoire)s? (?:{dl})\\s*{acheteur} {0-1} (?:est|etait|sont|etaient|nous (?:semble|parait)|semble|parait) " +
        '(?:totalement |completement |tout a fait |clairement )?(?:infonde|injustifie|mensonger|abusi|faux|fausse|inexact|errone|exagere|invente|fantaisiste|malhonnete|absurde|ridicule)\\w*',
      negatable: true,
    },
    {
      match: '(?:fausses?|faux) (?:reclamations?|plaintes?|avis|commentaires?|declarations?|evaluations?|signalements?|litiges?)',
      unlessSentence: ["(?:nous|je|j') (?:avons |ai |avions )?(?:publie|poste|achete|redige|ecrit|cree|paye|commande)"],
    },
    { match: '{acheteur} {0-2} (?:pretend|pretendent|pretendait|pretendaient|a pretendu|ont pretendu|pretendrait|pretendument)' },
    {
      match:
        "{acheteur} {0-3} (?:a|ont|nous a|nous ont)? ?(?:renvoye|retourne|echange|substitue|renvoie|renvoient|retourne) (?:un |une |le |la )?(?:autre (?:article|produit)|article (?:different|usage|casse)|produit (?:different|usage|casse)|carton vide|colis vide|boite vide)",
    },
    { match: '{acheteur} {0-3} profit(?:e|ent|ait|aient|er) (?:du|de la|des|de notre|de nos) (?:systeme|garantie|politique|conditions|retours)' },
    {
      match:
        '(?:soi-disant|pretendument) (?:endommage|casse|abime|defectueu|non (?:recu|livre|conforme)|jamais (?:recu|livre)|manquant|perdu|abime)\\w*' +
        '|(?:le |la |les )?(?:soi-disant|pretendu(?:e|s|es)?) (?:dommages?|casse|defauts?|problemes?|non-reception|retards?|erreurs?)',
    },
  ],

  blamesAmazon: [
    {
      match: 'injust(?:e|es|ement|ice|ices)',
      unless: ["injustes? (?:envers|pour|vis-a-vis de|a l'egard de) (?:nos |les |le |la |l'|ces )?\\s*{acheteur}"],
      message: 'unfair',
    },
    {
      match:
        '{decision} {0-3} (?:est|etait|sont|etaient|semble|semblait|nous semble|me semble|nous parait|parait|apparait|serait|a ete|reste) (?:\\w+ )?' +
        "(?:injustifie\\w*|infonde\\w*|abusi(?:f|ve|fs|ves)|arbitraires?|disproportionne\\w*|errone\\w*|excessi(?:f|ve|fs|ves)|incomprehensibles?|illegitimes?" +
        "|sans fondement|une erreur|une meprise|une injustice|un malentendu|absurdes?|deplace\\w*|trop severes?|trop dures?)",
      unless: ['(?:notre|nos|ma|mes) {0-1} {decision}'],
      message: 'unfair',
    },
    {
      match: '{decision} (?:injustifie\\w*|abusi(?:f|ve|fs|ves)|arbitraires?|disproportionne\\w*|errone\\w*|infonde\\w*|illegitimes?)',
      unless: ['(?:notre|nos|ma|mes) {0-1} {decision}'],
      message: 'unfair',
    },
    {
      match:
        '(?:injustement|arbitrairement|abusivement|a tort|par erreur|sans raison|sans motif|sans preavis|sans (?:aucun |le moindre )?avertissement' +
        '|sans (?:aucune |la moindre )?explication) (?:\\w+ )?(?:suspendu|desactive|bloque|sanctionne|penalise|accuse|vise|puni|ferme|exclu|banni|signale)(?:e|s|es)?',
      unless: ["(?:nous|j') (?:avons|ai|avions|avais) {0-3} (?:par erreur|a tort)"],
      message: 'unfair',
    },
    {
      match:
        '(?:suspendu|desactive|bloque|sanctionne|penalise|accuse|vise|puni|ferme|exclu|banni|signale)(?:e|s|es)? {0-3} (?:injustement|arbitrairement|abusivement|a tort|par erreur' +
        '|sans (?:aucune? |le moindre |la moindre |prealable |autre )?(?:raison|motif|preavis|avertissement|explication|justification|preuve|fondement))',
      unlessSentence: ["(?:nous|j') (?:avons|ai|avions|avais) {0-2} (?:suspendu|desactive|bloque|ferme|signale|retire)"],
      message: 'unfair',
    },
    {
      match:
        "(?:erreur|faute|bug|dysfonctionnement|bevue|meprise|negligence|defaillance|oubli)s? (?:manifeste |grossiere |evidente )?(?:d'amazon|de la part d'amazon|de votre part" +
        "|de vos services|de vos equipes|de votre (?:service|equipe|systeme|algorithme|robot|enqueteur)|du (?:service performance|systeme d'amazon|robot d'amazon|robot|algorithme)" +
        "|de l'algorithme|(?:de|du) performance vendeur)",
      message: 'amazonWrong',
    },
    {
      match:
        "{amazon} {0-3} (?:s'est trompe(?:e)?|se trompe|se trompent|se sont trompe(?:e)?s|a fait (?:une )?erreur|ont fait (?:une )?erreur|a commis une erreur|ont commis une erreur|a eu tort|a tort|ont eu tort|ont tort" +
        '|a mal (?:lu|compris|interprete|evalue|juge)|ont mal (?:lu|compris|interprete|evalue|juge)' +
        "|n'a (?:meme )?pas (?:lu|verifie|compris|pris en compte|tenu compte|examine|regarde|ecoute|repondu)|n'ont (?:meme )?pas (?:lu|verifie|compris|pris en compte|tenu compte|examine|regarde|ecoute|repondu))",
      message: 'amazonWrong',
    },
    {
      match:
        "vous (?:vous etes trompe(?:e)?s?|vous trompez|avez fait (?:une )?erreur|avez commis une erreur|avez eu tort|avez tort|avez mal (?:lu|compris|interprete|evalue|juge)" +
        "|n'avez (?:meme )?pas (?:lu|verifie|compris|pris en compte|tenu compte|examine|regarde|ecoute|repondu)|ignorez|avez ignore)",
      message: 'amazonWrong',
    },
    {
      match:
        "(?:nous|je) (?:ne )?(?:comprenons|comprends|comprenions|comprenais) (?:toujours |vraiment |absolument )?pas (?:cette|la|votre|une telle) (?:decision|sanction|suspension|desactivation|mesure)" +
        '|(?:nous|je) (?:contestons|conteste|refusons|refuse|rejetons|rejette) (?:fermement |formellement |vivement )?(?:cette|la|votre|une telle) (?:decision|sanction|suspension|desactivation|mesure)',
      message: 'unfair',
    },
    {
      match: "personne (?:chez|a|d') ?amazon {0-2} (?:ne )?(?:repond|lit|ecoute|aide|regarde)|personne ne (?:nous )?(?:repond|lit|ecoute|aide) chez amazon",
      message: 'amazonWrong',
    },
    {
      match:
        "(?:nous|on|je) (?:sommes|suis|avons ete|ai ete|est|nous sentons|me sens) (?:\\w+ )?(?:punis?|cibles?|persecute(?:e|s|es)?|harcele(?:e|s|es)?|traite(?:e|s|es)? injustement" +
        '|lese(?:e|s|es)?|montre(?:e|s|es)? du doigt|sanctionne(?:e|s|es)? injustement|penalise(?:e|s|es)? injustement)',
      message: 'unfair',
    },
    {
      match: "{amazon} {0-2} (?:nous |me )?(?:punit|punissent|a puni|ont puni|persecute|persecutent|harcele|harcelent|s'acharne|s'acharnent)",
      message: 'unfair',
    },
    {
      match:
        "(?:n'est|n'etait|ne serait|ne soit|c'est|c'etait|ce n'est|ce n'etait|cela n'est) (?:\\w+ )?pas (?:\\w+ )?(?:juste|equitable)" +
        '(?![\\s*_]+(?:un|une|le|la|les|des|du|pour|a|au|aux|question|parce|car|en|dans|sur|apres|avant|une question))',
      message: 'unfair',
    },
    { match: "(?:n'est|n'etait|c'est|c'etait|ce n'est|ce n'etait) pas (?:\\w+ )?normal(?=\\s*(?:[.!;,…)]|$))", message: 'unfair' },
    {
      match:
        "(?:ce n'est|ce n'etait|ce ne sont|ce ne serait|cela n'est|il ne s'agit|n'est|n'etait) (?:\\w+ )?pas (?:\\w+ )?(?:de )?(?:ma|notre|nos|mon) (?:faute|responsabilite|fait|probleme)" +
        "|pas (?:une |d')?\\s*(?:erreur|faute) de notre part|(?:en rien|aucunement|nullement|pas du tout) (?:de )?(?:notre|ma) (?:faute|responsabilite)" +
        "|rien (?:n'est|n'etait|n'a ete) (?:\\w+ )?(?:de )?(?:notre|ma) faute|ne releve (?:pas|aucunement|nullement) de notre responsabilite",
      message: 'denial',
    },
    {
      match:
        "(?:nous|je) (?:ne (?:sommes|suis)|n'(?:etions|etais)) (?:en rien |pas |nullement |aucunement |absolument pas )?(?:responsables?|fauti(?:f|fs|ve|ves)|en tort|en faute|coupables?|a blamer|en cause)" +
        "|(?:nous|je) n'y (?:sommes|suis|etions|etais) pour rien|(?:nous n'avons|je n'ai) rien (?:fait )?de mal|(?:nous sommes|je suis) (?:totalement |entierement )?innocent(?:e|s|es)?" +
        "|independant(?:e|s|es)? de notre volonte|(?:nous|je) ne (?:pouvons|peux) (?:pas )?etre (?:tenus? )?(?:pour )?responsables?" +
        "|(?:nous avons|j'ai) tout fait (?:correctement|comme il faut|dans les regles|selon les regles)" +
        '|(?:nous|je) ne (?:devrions|devrais|devons|dois|meritons|merite) pas (?:d\'\\s*)?etre (?:sanctionne|penalise|puni|tenu|blame)\\w*',
      message: 'denial',
    },
  ],

  blamesCarrier: [
    {
      match:
        "{transporteur} {0-3} (?:a perdu|ont perdu|avait perdu|avaient perdu|perd|perdent|a egare|ont egare|a endommage|ont endommage|a abime|ont abime|a casse|ont casse" +
        '|a ecrase|ont ecrase|a jete|ont jete|a fait tomber|a vole|ont vole|a retarde|ont retarde|a tarde|ont tarde' +
        "|a livre (?:le colis |l'article |la commande )?(?:a la |au |a une |chez (?:un|le) )?mauvai(?:s|se)|a laisse (?:le colis )?(?:devant|dehors|sur le palier|dans le hall)" +
        "|n'a pas (?:livre|scanne|flashe|collecte|enleve|presente|mis a jour|respecte|pris en charge|tente|essaye|depose)" +
        "|n'ont pas (?:livre|scanne|flashe|collecte|enleve|mis a jour|respecte|pris en charge|tente)|n'a jamais (?:livre|scanne|flashe|collecte|enleve|tente)" +
        "|n'ont jamais (?:livre|scanne|flashe|collecte|enleve)|n'est (?:jamais |pas )?(?:passe|venu)|ne sont (?:jamais |pas )?(?:passes|venus)" +
        "|a mal (?:livre|scanne|manipule|traite)|ont mal (?:livre|scanne|manipule|traite)|a (?:indique|marque) (?:a tort )?(?:le colis )?comme livre" +
        '|(?:est|etait|sont|etaient) (?:toujours |souvent )?(?:en retard|lents?|negligent(?:e|s|es)?|incompetent(?:e|s|es)?|peu fiables?|pas fiables?|defaillant(?:e|s|es)?))',
      notRoles: ['corrective', 'preventive'],
      unlessSentence: ['{assume}', '{condition}{transporteur}'],
    },
    {
      match:
        '(?:perdu|egare|endommage|abime|casse|ecrase|vole|retarde|malmene|mal manipule|jete)(?:e|s|es)? (?:pendant le transport |en transit |en cours de route )?par {0-1} {transporteur}',
      unlessSentence: ['{assume}', '{conditionWord}'],
    },
    {
      match: "(?:faute|erreur|negligence|responsabilite|defaillance|incompetence)s? (?:{dl})\\s*{transporteur}",
      unless: ['(?:pas|nullement|aucunement|aucune|non|sans|ni) {0-3} (?:faute|erreur|negligence|responsabilite|defaillance|incompetence)'],
    },
    {
      match:
        "{transporteur} {0-2} (?:est|etait|sont|etaient|serait|seraient|reste) (?:seule?s? |entierement |totalement |clairement |pleinement )?" +
        "(?:responsables?|fauti(?:f|fs|ve|ves)|en tort|en cause|coupables?|a blamer|a l'origine (?:du|de ce|des) (?:probleme|retard|dommage)s?)",
      negatable: true,
    },
    {
      match:
        "(?:a cause|en raison|du fait) (?:du|de la|des|de l'|d'un|d'une|de|d')\\s*(?:(?:retards?|erreurs?|greves?|problemes?|defaillances?|negligences?|fautes?|lenteurs?) " +
        "(?:du|de la|des|de l'|d'un|d'une|de|d')\\s*)?{transporteur}",
      unlessSentence: ['{assume}'],
    },
    {
      match:
        "(?:imputables?|imputes?|dus?|dues?|attribuables?) (?:a|au|aux|a la|a l')\\s*(?:(?:retards?|erreurs?|greves?|problemes?|defaillances?|negligences?|fautes?|lenteurs?) " +
        "(?:du|de la|des|de l'|d'un|d'une|de|d')\\s*)?{transporteur}",
      unlessSentence: ['{assume}'],
    },
    { match: 'rejet(?:er|ons|e|ent|ait) (?:la faute|la responsabilite) sur {0-1} {transporteur}' },
    {
      match:
        '(?:concurrent(?:e|s|es)?|autres? vendeurs?|vendeurs? rivaux|vendeur rival) {0-4} (?:signale|denonce|sabote|attaque|cible|denigre|nuire|couler|porte plainte' +
        "|a porte plainte|ont porte plainte|depose (?:une |des )?(?:plaintes?|reclamations?|signalements?)|laisse (?:de )?(?:faux|mauvais) avis|publie (?:de )?faux avis)(?:e|s|es|r|nt)?",
      message: 'competitor',
    },
    {
      match:
        "(?:signalements?|plaintes?|reclamations?|avis|attaques?|sabotage) {0-2} (?:d'un|de|des|par un|par des|par nos|de nos|par|venant d'un|venant de)\\s*(?:concurrent(?:e|s|es)?|autres? vendeurs?|vendeur rival)",
      message: 'competitor',
    },
    { match: 'sabot(?:age|ages|e|es|er|ent)|(?:attaque|manoeuvre|manœuvre)s? (?:d\'un |de |des )?concurren(?:t|ts|te|tes|tielle|tielles)', message: 'competitor' },
  ],

  threat: [
    {
      match:
        "(?:mon|ma|notre|nos|mes|votre|vos|leur|son) (?:avocat|avocate|avocats|avocates|conseils? juridiques?|conseillers? juridiques?|juriste|juristes|service juridique|cabinet d'avocats?)",
      unless: ["avocats? (?:bio|biologiques?|murs?|frais|hass|du perou|d'espagne|en poudre|seches?|entiers?|tranches?)"],
    },
    {
      match:
        "(?:consult\\w*|contact\\w*|mandat\\w*|saisi\\w*|engag\\w*|pris|prendre|prendrons|prendre contact avec|faire appel a|fait appel a|ferons appel a|recours a|recourir a" +
        "|conseil\\w* par|l'avis d'|par l'intermediaire d'|transmis\\w* (?:le dossier )?a|confie\\w* (?:le dossier |l'affaire )?a) (?:un |une |des |l'|d'un |d'une |notre |nos |mon |ma )?\\s*" +
        "(?:avocat|avocate|avocats|avocates|juriste|juristes|cabinet d'avocats?)",
      unless: ["avocats? (?:bio|biologiques?|murs?|frais|hass|du perou|d'espagne|en poudre|seches?|entiers?|tranches?)"],
    },
    { match: "cabinet d'avocats?|avocats? (?:specialise(?:e|s|es)?|en droit|au barreau|d'affaires|conseil)" },
    {
      match:
        '(?:action|actions|poursuites?|recours|voies?) (?:en justice|judiciaires?|juridiques?|legales?|contentieuses?|de droit|penales?)' +
        '|procedures? (?:judiciaires?|contentieuses?|penales?|en justice)',
    },
    {
      match:
        "(?:porterons|porterai|porterions|porterais|allons porter|vais porter|comptons porter|envisageons de porter|n'hesiterons pas a porter|devrons porter" +
        "|serons contraints de porter|serons obliges de porter|porter) plainte(?! contre (?:notre|le|ce|cet|un|l') ?(?:ancien )?(?:fournisseur|grossiste|fabricant|transporteur|distributeur))",
    },
    {
      match:
        "(?:deposerons|deposerai|allons deposer|vais deposer|deposer) (?:une )?plainte(?! contre (?:notre|le|ce|cet|un|l') ?(?:ancien )?(?:fournisseur|grossiste|fabricant|transporteur|distributeur))" +
        '|plainte contre (?:amazon|vous|votre societe)',
    },
    {
      match:
        "mise en demeure|mettre en demeure|mettons en demeure|assignation|assigner|assignerons|citation (?:en justice|a comparaitre)|constitution de partie civile" +
        "|dommages(?: et |-)interets|(?:reparation|indemnisation) (?:de|du) (?:notre |nos )?prejudices?|notre prejudice" +
        '|(?:nous nous )?reservons (?:tous )?(?:nos|le) droits?|sous toutes reserves',
    },
    {
      match:
        "(?:devant|au|aux|en|saisir|saisirons|saisirai|saisi|saisine (?:du|des|de la)|recours (?:au|aux|a la|devant)" +
        "|porter (?:l'affaire|le litige|ce dossier|le dossier|cette affaire) (?:devant|en)) (?:le |la |les |un |une |l')?\\s*(?:tribunal|tribunaux|juge|justice|juridictions?|cour|prud'hommes)",
    },
    {
      match: 'tribunal|tribunaux',
      unless: ['greffe (?:du )?tribunal|tribunal (?:de commerce|judiciaire|administratif)'],
    },
    {
      match:
        "vous (?:poursuivrons|poursuivrai|poursuivre|attaquerons|attaquerai|attaquer|trainerons|trainer|assignerons)" +
        '|(?:attaquer|attaquerons|attaquerai|poursuivre|poursuivrons|poursuivrai|trainer|trainerons) (?:amazon|votre societe|en justice|judiciairement|devant (?:les|le|un) (?:tribunaux|tribunal|juge))',
    },
    {
      match:
        "(?:saisir|saisirons|saisirai|alerter|alerterons|informer|informerons|signaler|signalerons|contacter|contacterons|ecrire|ecrirons|prevenir|previendrons) {0-2} " +
        "(?:a |au |aux )?(?:la dgccrf|la repression des fraudes|les medias|la presse|les journalistes|l'autorite de la concurrence|la commission europeenne|le mediateur" +
        "|les autorites|les associations de consommateurs|ufc(?:-| )que choisir|60 millions de consommateurs|jeff bezos|andy jassy|le pdg d'amazon" +
        "|le service juridique(?: d'amazon)?|votre service juridique|le ministere)",
    },
    {
      match:
        "(?:reglement|regulation) p2b|p2b|reglement \\(ue\\) 2019/1150|2019/1150|digital services act|rupture abusive|concurrence deloyale|abus de position dominante" +
        '|clauses? abusives?|desequilibre significatif',
    },
  ],

  triggerWords: [
    {
      match:
        '(?<hit>arnaqu(?:e|es|er|eur|eurs|euse|euses|e|ent|ait|aient|ee|ees|es)|contrefacons?|contrefai(?:t|te|ts|tes|re)|contrefacteurs?|repliques?)',
      unless: [
        'anti-?contrefa\\w*',
        "replique a l'echelle",
        "(?:mentions?|mentionnant|mentionne(?:nt)?|mots?|mots-cles|termes?|expressions?|vocabulaire) (?:de |du |comme |tels? que |telles? que )?{0-4} (?:arnaqu|contrefa|replique)\\w*",
      ],
    },
    {
      match:
        '(?<hit>(?:faux|fausses?) (?:produits?|articles?|marchandises?|objets?|exemplaires?|marques?|originaux|pieces? de marque))' +
        '|(?:produits?|articles?|marchandises?|objets?) (?<hit2>faux|fausses?)(?![\\s*_]+(?:numeros?|suivis?|adresses?))',
      unless: [
        "(?:mentions?|mentionnant|mentionne(?:nt)?|mots?|mots-cles|termes?|expressions?) (?:de |du |comme |tels? que |telles? que )?{0-4} (?:faux|fausses?)",
      ],
    },
    { match: "(?:c'est|ce sont|c'etait|ce serait|sont|etaient|est|etait) (?:pas |jamais |plus )?(?:des |un |une |de )(?<hit>faux)(?=\\s*(?:[.,;:!?)]|$))" },
    {
      match:
        '(?<hit>imitations?)(?! (?:cuir|bois|marbre|pierre|fourrure|daim|perle|perles|or|argent|parquet|carrelage))' +
        '|(?:produits?|articles?|marchandises?|objets?) (?<hit2>copies?|copie(?:e|s|es)?)' +
        "|(?:une|des) (?<hit3>copies?) (?:du produit|de produits?|d'articles?|de la marque|de marque|chinoises?|illegales?|non autorisees?|conformes?)" +
        "|(?:est|sont|etait|etaient|soit|soient|serait|seraient) (?:une |des )?(?<hit4>copies?)(?=\\s*(?:[.,;:!?)]|$))",
    },
  ],

  overAdmission: [
    {
      match:
        "(?:nous|je|j'|on) {0-4} (?:vendu|vendons|vendions|vends|vendais|vendait|commercialise|commercialisions|commercialisons|propose|importe|achete|expedie|distribue|ecoule|stocke)(?:e|s|es)? {0-4} " +
        "(?:contrefacons?|(?:des|de) faux(?= ?[.,;:!?)]|$)|(?:des |de |les )?(?:faux|fausses?) (?:produits?|articles?|marchandises?|objets?|marques?)|repliques?" +
        '|(?:produits?|articles?|marchandises?|objets?) (?:contrefait(?:e|s|es)?|vole(?:e|s|es)?|illegaux|illicites?|de contrefacon))',
      unless: [
        'faux (?:cils|ongles|cuir|fourrure|plantes?|fleurs?|plafonds?|bois|marbre|diamants?|bijoux|col|tatouages?|sapins?)',
        // « le fournisseur nous a vendu… » : « nous » complément, pas sujet.
        "(?:nous|m'|me) (?:a|ont|avait|avaient|aurait|auraient) (?:\\w+ )?(?:vendu|livre|fourni|expedie|propose|envoye|distribue)",
      ],
      negatable: true,
    },
    { match: 'sciemment|en (?:toute )?connaissance de cause', negatable: true },
    {
      match:
        '(?:volontairement|deliberement|intentionnellement|expres) (?:\\w+ )?(?:vendu|expedie|ignore|contourne|trompe|menti|falsifie|manipule|dissimule|cache|viole|enfreint|induit|modifie|gonfle)' +
        '|(?:vendu|expedie|ignore|contourne|trompe|menti|falsifie|manipule|dissimule|cache|viole|enfreint|modifie)(?:e|s|es)? {0-3} (?:volontairement|deliberement|intentionnellement|expres)',
      negatable: true,
    },
    {
      match:
        "(?:nous|je|j') (?:\\w+ )?(?:avons|ai|avions|avais) (?:\\w+ )?(?:manipule|achete|paye|falsifie|truque|gonfle|invente|fabrique|rachete|publie de faux|poste de faux|redige de faux) " +
        "(?:des |les |de |de faux |nos |d'|plusieurs |quelques )?\\s*(?:avis|evaluations?|commentaires?|notes?)",
      negatable: true,
    },
    {
      match:
        "(?:nous|je|j') (?:\\w+ )?(?:avons|ai|avions|avais) (?:\\w+ )?(?:menti|trompe|escroque|arnaque|fraude|falsifie|contrefait|truque|maquille|dupe)(?:e|s|es)?",
      unless: ['(?:ete|etions|etais) {0-1} (?:trompe|escroque|arnaque|dupe|floue|abuse)\\w*', '(?:menti|trompe|escroque|arnaque|dupe)(?:e|s|es)? par'],
      negatable: true,
    },
    {
      match:
        "(?:nous|je|j') (?:\\w+ )?(?:avons|ai|avions|avais) (?:\\w+ )?(?:falsifie|modifie|retouche|fabrique|trafique|antidate)(?:e|s|es)? (?:les |des |la |le |une |un |nos |notre |l' )?" +
        "(?:factures?|documents?|justificatifs?|lettres? d'autorisation|certificats?)",
      negatable: true,
    },
    {
      match:
        "(?:nous|je|j') {0-3} (?:envoye|transmis|fourni|utilise|cree|produit|presente) (?:de |des |une |un )?(?:fausses? |faux )(?:factures?|documents?|justificatifs?|lettres? d'autorisation|certificats?)" +
        "|(?:nous|je|j') {0-3} (?:envoye|transmis|fourni|utilise|presente) {0-2} (?:factures?|documents?|justificatifs?|certificats?) (?:falsifie|modifie|retouche|trafique)(?:e|s|es)?",
      negatable: true,
    },
    { match: "(?:nous|je|j') {0-4} (?:illegalement|illicitement|frauduleusement)", negatable: true },
    { match: "(?:nous (?:sommes|etions)|je suis|j'etais) coupables?|(?:j'avoue|nous avouons|nous reconnaissons|je reconnais) (?:\\w+ )?(?:la fraude|avoir (?:triche|fraude|menti|trompe))", negatable: true },
    {
      match:
        '(?:ouvert|cree|utilise|gere)(?:e|s|es)? {0-3} (?:un |des )?(?:second|deuxieme|autre|nouveau|autres|nouveaux)s? comptes? (?:\\w+ )?pour (?:contourner|eviter|continuer a vendre|echapper|poursuivre la vente)',
      negatable: true,
    },
  ],

  businessHistory: [
    {
      match:
        "(?:notre|mon|cette|la) (?:petite |jeune )?(?:entreprise|societe|boutique|enseigne|marque|activite|maison|commerce|structure)(?: familiale)? {0-2} " +
        "(?:existe|a ete (?:fondee|creee|lancee)|fut (?:fondee|creee)|est nee|a vu le jour|a ouvert|est presente?|est active|vend|travaille|exerce) {0-3} " +
        "(?:depuis (?:\\d{4}|plus de|pres de|presque|environ|\\d+|de nombreuses|des annees|longtemps|toujours|une (?:dizaine|vingtaine|quinzaine|trentaine)|(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente) ans)" +
        '|en \\d{4}|il y a (?:\\d+|plus de|pres de|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente))',
    },
    { match: 'fondee? en \\d{4}|(?:fondee|creee) (?:par (?:mon|ma|mes|notre|nos) (?:pere|mere|grand-pere|grand-mere|parents|grands-parents|famille))' },
    {
      match:
        "(?:nous|je|j') {0-2} (?:vendons|vends|vendions|vendais|sommes (?:vendeurs?|presents?|actifs?|installes?|sur amazon)|suis (?:vendeu(?:r|se)|present(?:e)?|actif|active|installe(?:e)?|sur amazon)" +
        "|exercons|commercons|existons) {0-4} depuis (?:\\d{4}|plus de|pres de|presque|environ|\\d+ ans|de nombreuses|des annees|longtemps|toujours" +
        '|une (?:dizaine|vingtaine|quinzaine|trentaine)|(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente) ans)',
      unless: ['vend\\w* (?:ce|cet|cette|ces|le|la|les) (?:produits?|articles?|references?|modeles?|sku|asin)'],
    },
    { match: '(?:vendeu(?:r|rs|se|ses)|presents?|presentes?|actifs?|actives?) sur amazon depuis' },
    {
      match:
        "(?:entreprise|societe|affaire|commerce|maison) familiale|(?:troisieme|deuxieme|seconde|quatrieme|3e|2e|4e) generation" +
        "|(?:mon|ma|mes|notre|nos) (?:pere|mere|grand-pere|grand-mere|parents|grands-parents|famille) (?:a|ont) (?:fonde|cree|lance|ouvert|monte)",
    },
    { match: "(?:des milliers|des centaines|des millions|\\d[\\d.\\s]*) (?:de )?clients? (?:satisfaits|fideles|heureux|conquis)" },
    {
      match:
        "(?:plus de|pres de|presque) (?:\\d+|\\w+) ans (?:d'experience|d'activite|sur amazon|de vente)|(?:annees|ans|decennies) d'experience" +
        '|(?:un|notre|mon) (?:parcours|historique|dossier|bilan) (?:irreprochable|sans faute|parfait|exemplaire|impeccable|sans tache)',
    },
    {
      match:
        "(?:notre|mon) (?:seul|unique|principal) (?:gagne-pain|revenu|source de revenus?)|(?:notre|mon) gagne-pain|(?:nos|mes) (?:salaries|employes) (?:vont|risquent de|pourraient) perdre" +
        "|(?:toute |toutes )?(?:nos|mes) economies|(?:l'oeuvre|l'œuvre|le travail) (?:de toute )?(?:notre|ma) vie",
    },
    {
      match:
        '(?:nous sommes|je suis) (?:une |un )?(?:petite |jeune |modeste |vieille |ancienne )?(?:entreprise|societe|pme|tpe|maison|commerce|boutique) (?:familiale|artisanale|locale|reconnue|serieuse|honnete)',
    },
  ],

  apologies: [
    { match: 'desole(?:e|s|es)?|navre(?:e|s|es)?' },
    {
      match:
        '(?:nos|mes|toutes nos|toutes mes) (?:plus |tres )?(?:sinceres |plates |profondes |humbles )?excuses|(?:sinceres|plates|profondes|humbles) excuses',
    },
    { match: '(?:presenter|presentons|presente|presentez|adresser|adressons|adresse|faire|faisons|formuler|formulons) {0-2} excuses' },
    { match: "(?:nous nous |je m'|je vous |nous vous )excus(?:ons|e)|veuillez (?:nous |m')?excuser|excusez-(?:nous|moi)|(?:nous|je) (?:vous )?(?:prions|prie) de (?:bien vouloir )?(?:nous |m')excuser" },
    { match: '(?:demandons|demande|demander) {0-2} pardon|pardonnez-(?:nous|moi)|pardon' },
    { match: '(?:nous|je) regrett(?:ons|e)' },
  ],

  emotionalWords: [
    {
      match: '{emotion}',
      unless: [
        '{acheteur} {0-4} (?:{emotion})',
        // Un qualificatif neutre, pas une émotion : « les factures inacceptables sont refusées ».
        '(?:documents?|factures?|fichiers?|formats?|articles?|produits?|emballages?|justificatifs?|fournisseurs?) (?:\\w+ )?inacceptables?',
      ],
    },
    { match: '(?:nous sommes|je suis|sommes|suis) (?:totalement |completement |vraiment )?(?:effondre(?:e|s|es)?|a bout|bouleverse(?:e|s|es)?|desempare(?:e|s|es)?|outre(?:e|s|es)?)' },
    { match: '(?:nous|je) vous (?:en )?suppli(?:ons|e)|vous en suppli(?:ons|e)' },
    {
      match:
        '(?:ruine\\w*|detruit\\w*|detruire|tue\\w*) (?:notre|mon|nos|ma) (?:entreprise|activite|societe|famille|vie|vies|reputation|commerce)|(?:nous sommes|je suis) ruine(?:e|s|es)?',
    },
  ],

  acronyms: new Set([
    'ASIN', 'ASINS', 'FBA', 'FBM', 'MFN', 'SFP', 'MCF', 'SKU', 'SKUS', 'FNSKU', 'ODR', 'LSR', 'LDR', 'VTR', 'CR', 'AHR',
    'UPS', 'DPD', 'DHL', 'GLS', 'TNT', 'EAN', 'EANS', 'UPC', 'GTIN', 'GTINS', 'ISBN', 'GS1',
    'UE', 'EU', 'UK', 'USA', 'US', 'FR', 'DE', 'ES', 'IT', 'BE', 'CH', 'NL', 'PL', 'SE',
    'SAS', 'SARL', 'SA', 'SASU', 'EURL', 'SNC', 'SCI', 'SCOP', 'EI', 'EIRL', 'GMBH', 'LTD', 'LLC', 'INC', 'SRL', 'SPA', 'BV', 'AG',
    'TVA', 'HT', 'TTC', 'SAV', 'RCS', 'SIRET', 'SIREN', 'APE', 'NAF', 'DGCCRF', 'DGFIP', 'URSSAF', 'INSEE', 'CNIL', 'RGPD', 'GDPR',
    'PME', 'TPE', 'ETI', 'PDG', 'DG', 'RH', 'CGV', 'CGU', 'BL', 'AR', 'LRAR', 'CE', 'NF', 'ISO', 'IBAN', 'BIC', 'SEPA', 'RIB',
    'PDF', 'CSV', 'XLS', 'API', 'URL', 'FAQ', 'SLA', 'KPI', 'KPIS', 'ID', 'IP', 'POA', 'LOA', 'OK', 'NB', 'PS', 'PJ', 'SMS', 'IA', 'ERP',
    'USB', 'LED', 'TV', 'PC', 'DIY', 'OEM', 'MOQ', 'A-Z', 'A-TO-Z', 'A-A-Z', 'AZ', 'N/A', 'NA', 'DSA', 'EORI', 'DEEE', 'REP', 'UFC',
  ]),
  legalForms: new Set(['SAS', 'SARL', 'SA', 'SASU', 'EURL', 'SNC', 'SCI', 'SCOP', 'EI', 'EIRL', 'GMBH', 'LTD', 'LLC', 'INC', 'SRL', 'SPA', 'BV', 'AG']),
};
