/**
 * Données françaises des règles `plan/` : les mesures attendues pour chaque type de
 * problème, chacune sous plusieurs formulations. Les motifs suivent `rules/phrase.ts`
 * (texte replié, vocabulaire `{nom}`, intervalles ` {0-6} `) ; une mesure est présente
 * quand l'un de ses motifs correspond à une phrase des actions ou des mesures du motif.
 */
import type { PlanData } from '../types';

export const plan: PlanData = {
  vocab: {
    fiche: "fiches?|offres?|annonces?|pages? produits?|asin|catalogue|produits?|references?|sku",
    stock: 'stocks?|inventaires?|quantites?|unites?',
    retire:
      "retir(?:e|ee|es|ees|ons|ent|er)|supprim(?:e|ee|es|ees|ons|ent|er)|ferm(?:e|ee|es|ees|ons|ent|er)|desactiv(?:e|ee|es|ees|ons|ent|er)|suspend(?:u|ue|us|ues|ons|ent|re)|mis(?:es?)? en pause|mis(?:es?)? hors ligne|arret(?:e|ons|er) (?:de vendre|la vente)",
    verifie:
      "verifi(?:e|ee|es|ees|ons|ent|er)|control(?:e|ee|es|ees|ons|ent|er)|compar(?:e|ee|es|ees|ons|ent|er)|scann(?:e|ee|es|ees|ons|ent|er)|rapproch(?:e|ee|es|ees|ons|ent|er)|audit(?:e|ee|es|ees|ons|ent|er)|corrig(?:e|ee|es|ees|eons|ent|er)|examin(?:e|ee|es|ees|ons|ent|er)|valid(?:e|ee|es|ees|ons|ent|er)|test(?:e|ee|es|ees|ons|ent|er)|revu(?:e|es|s)?|relu(?:e|es|s)?|pass(?:e|ee|es|ees|ons|ent|er) en revue",
    codeBarres: "ean|gtin|upc|isbn|codes?[- ]barres?|code produit|codes produits",
  },
  measures: {
    stockout: [
      {
        id: 'threshold',
        label: "une règle qui arrête la vente d'un article quand son stock devient critique (un seuil de stock ou une désactivation automatique)",
        patterns: [
          'seuils?',
          '(?:stock|quantite) (?:de securite|minimum|minimal|tampon|plancher|d\'alerte)',
          "(?:{stock}) {0-4} (?:descend|descendent|tombe|tombent|atteint|atteignent|passe sous|passent sous|devient|deviennent) {0-8} (?:{retire}|(?:passe|passent|mise?s?|ramene) a zero|a zero|indisponible|epuise)",
          "(?:des que|quand|lorsque|lorsqu'|si) {0-3} (?:{stock}) {0-4} (?:descend|tombe|atteint|passe sous|devient)",
          '(?:{retire}|(?:passe|passent|mise?s?) a zero) {0-4} automatiquement|automatiquement {0-3} (?:{retire}|(?:passe|mise?s?) a zero)',
          'regles? (?:automatiques?|de stock|d\'arret|de desactivation)|desactivation automatique|suspension automatique|alertes? de stock',
        ],
      },
      {
        id: 'sync',
        label: 'un stock synchronisé entre tous les canaux de vente',
        patterns: [
          'synchronis(?:e|ee|es|ees|ons|ent|er|ation)',
          "(?:en temps reel|instantanement) {0-4} (?:{stock})|(?:{stock}) {0-6} (?:en temps reel|instantanement)",
          '(?:{stock}) {0-4} (?:mise?s? a jour|partagee?s?|alignee?s?|identiques?) {0-6} (?:sur|entre) (?:tous|toutes|chaque|les|nos)',
          "(?:outil|logiciel|systeme|solution) (?:de gestion|multicanal|de synchronisation) (?:des |de |du )?(?:stocks?|inventaire|commandes)?",
          'multicanal|multi-canal',
        ],
      },
      {
        id: 'no-doubtful-confirmation',
        label: 'aucune commande confirmée tant que son stock reste incertain',
        patterns: [
          "(?:aucune|pas de|jamais de?|plus de) {0-2} commandes? {0-4} (?:n'est|n'a ete|ne sera|ne sont)? ?(?:confirmee?s?|acceptee?s?|validee?s?|traitee?s?) {0-8} (?:tant que|avant|sans|si|lorsque)",
          "(?:ne|n') {0-3} (?:confirm|accept|valid)(?:ons|er|e|ent) {0-4} (?:commandes?) {0-8} (?:qu'apres|que lorsque|que si|que quand|qu'une fois|qu'au moment|tant que|sans|avant)",
          "(?:ne|n') {0-3} (?:confirm|accept|valid)(?:ons|er|e|ent) {0-4} (?:qu'apres|que lorsque|que si|que quand|qu'une fois|qu'au moment)",
          "avant (?:de |d')?(?:confirmer|accepter|valider) (?:une|la|chaque|toute|les) commandes?|avant (?:toute |la )?confirmation (?:de|d'une|de la) commande",
          '(?:{stock}) {0-3} (?:reste|est|parait|semble|demeure)? ?(?:incertaine?s?|douteu(?:x|se|ses)|en doute|non confirmee?s?)',
          'en cas de doute|dans le doute',
        ],
      },
    ],
    'not-received': [
      {
        id: 'tracking',
        label: 'un suivi pour chaque envoi',
        patterns: [
          'numeros? de suivi|codes? de suivi|informations? de suivi',
          "(?:avec|sans|sous) (?:un )?suivi|suivi (?:complet|de bout en bout|valide|en ligne|du colis|des colis)",
          '(?:services?|envois?|colis|lettres?|expeditions?) {0-2} suivie?s?',
          '(?:colissimo|chronopost|lettre suivie|remise contre signature|recommandee? avec accuse|acheter un envoi|buy shipping)',
        ],
      },
      {
        id: 'confirm-when-shipped',
        label: "une expédition confirmée seulement une fois le colis réellement parti",
        patterns: [
          "confirm(?:e|ee|es|ees|ons|ent|er|ation) {0-5} (?:comme )?(?:expedie|expediee|expedies|expediees|expedition|envoi) {0-6} (?:qu'|que|seulement|uniquement|apres|lors|au moment|au scan|a la remise|a l'enlevement)",
          "confirmation (?:d'expedition|de l'expedition|d'envoi) {0-10} (?:qu'|seulement|uniquement|apres|lors|au moment|au scan|a la remise|a l'enlevement)",
          "(?:ne|n') {0-4} (?:confirm|transm|envoy|marqu|indiqu|declar)\\w* {0-8} (?:qu'au|qu'apres|qu'une fois|qu'a la remise|qu'au scan|qu'au moment|qu'a l'enlevement|que lorsque|que quand|avant (?:le|son|la|sa|leur) (?:depart|scan|remise|enlevement|prise en charge))",
          "(?:expedition|envoi)s? (?:est|sont) (?:desormais |maintenant )?(?:seulement |uniquement )?confirmee?s? (?:\\w+ )?(?:au scan|a la remise|a l'enlevement|lors|apres|qu'|quand|lorsque|une fois)",
          "(?:scan|remise au transporteur|enlevement|prise en charge) {0-10} (?:confirm(?:e|ee|ons|ation)|transmis|transmise)",
        ],
      },
    ],
    damaged: [
      {
        id: 'packaging',
        label: "un emballage renforcé et testé pour protéger l'article pendant le transport",
        patterns: [
          "(?:nouv(?:el|eau|elle|eaux)|meilleur|renforce|renforcee|solide|plus solide|resistant|plus resistant|teste|adapte|protecteur|rigide) {0-2} (?:emballages?|cartons?|calages?|boites?|caisses?|enveloppes?)",
          "(?:emballages?|cartons?|calages?) {0-5} (?:renforc|remplac|amelior|modifi|chang|test|adopt)\\w*",
          "(?:renforc|remplac|amelior|modifi|chang|adopt)\\w* {0-5} (?:l'emballage|emballages?|cartons?|calages?)",
          "double cannelure|triple cannelure|tests? de chute|papier bulle|film a bulles|pulpe moulee|coussins? d'air|protections? d'angle|calage en mousse",
          "(?:fiche|methode|norme|consigne|procedure|standard)s? d'emballage|(?:methode|procedure) (?:d'emballage|ecrite)",
        ],
      },
      {
        id: 'fragile-review',
        label: 'les produits fragiles passés en revue, et retirés de la vente quand ils ne voyagent pas sans risque',
        patterns: [
          '(?:chaque|tout|tous|toutes|nos|les) {0-3} (?:produits?|articles?|references?|sku)? ?fragiles?',
          "fragiles? {0-8} (?:{verifie}|recense\\w*|identifie\\w*|liste\\w*|repere\\w*|{retire})",
          "(?:{verifie}|recense\\w*|identifie\\w*|liste\\w*|repere\\w*) {0-6} fragiles?",
          "retir\\w* (?:de la vente|du catalogue|du marche)|(?:cesse|arrete|arretons) (?:de vendre|la vente)|ne (?:vendons|proposons) plus",
          "(?:{retire}) {0-4} (?:leurs|les|ses|ces) offres",
        ],
      },
    ],
    'not-as-described': [
      {
        id: 'barcode-check',
        label: "le code EAN/GTIN de chaque fiche vérifié par rapport au produit lui-même",
        patterns: ['(?:{verifie}) {0-8} (?:{codeBarres})', '(?:{codeBarres}) {0-8} (?:{verifie}|correspond\\w*)', 'gs1'],
      },
      {
        id: 'content-audit',
        label: 'le contenu des fiches contrôlé par rapport au produit',
        patterns: [
          "(?:{verifie}|mis(?:es)? a jour|reecri\\w*|modifi\\w*) {0-8} (?:fiches?|titres?|descriptions?|photos?|images?|contenu|pages? produits?|caracteristiques?|attributs?)",
          '(?:fiches?|titres?|descriptions?|contenu|pages? produits?) {0-5} (?:{verifie}|mis(?:es)? a jour|reecrite?s?)',
          'audit (?:des|de nos|du contenu des) fiches',
        ],
      },
    ],
    'late-shipment': [
      {
        id: 'handling-time',
        label: "un délai d'expédition réaliste par SKU (jusqu'à 30 jours), ou un changement de transporteur ou de procédure d'expédition",
        patterns: [
          "delais? (?:d'expedition|de preparation|de traitement|de livraison|de fabrication|de manutention)",
          "(?:modele|parametres?) d'expedition|mode vacances|date (?:limite )?d'expedition",
          "(?:deuxieme|seconde|nouvelle|autre|supplementaire) {0-2} (?:tournee|vague|equipe|preparation|collecte|levee)s?|(?:tournee|vague|collecte|levee)s? {0-2} supplementaires?",
          "(?:nouveau|autre|second|deuxieme|changement de|change de|changer de) (?:transporteur|prestataire)s?|transporteurs? {0-4} (?:change|remplace)",
          "enlevement {0-6} (?:decale|avance|retarde|deplace|repousse|passe)|(?:decal|avanc|retard|deplac|repouss)\\w* {0-3} (?:l'enlevement|la collecte|la levee)|heure limite",
          "(?:form|recrut|embauch|ajout)\\w* {0-5} (?:employee?s?|preparat(?:eur|rice)s?|personnes?|salariee?s?|remplacante?s?|renforts?|magasiniers?)",
        ],
      },
      {
        id: 'late-orders-cited',
        label: 'les commandes en retard citées (numéros de commande, ou leur liste en pièce jointe)',
        orderReference: true,
        anywhere: true,
        patterns: [
          '(?:chaque|toutes les|les \\d+|nos \\d+|ces \\d+) commandes? (?:en retard|retardees?|expediees? en retard|parties en retard)',
          '(?:commandes?|expeditions?) en retard {0-3} (?:dont|notamment|comme|figurent)',
        ],
      },
    ],
    authenticity: [
      {
        id: 'supplier-removed',
        label: 'le fournisseur en cause identifié et écarté',
        patterns: [
          "(?:cess|arret|rompu|romp|mis fin|met fin|mettons fin|plus)\\w* {0-4} (?:achats?|approvisionnements?|relations?|collaboration|commandes?|travailler|acheter|commander)",
          "(?:retir|supprim|exclu|bloqu|radi|ecart|raye)\\w* {0-6} (?:fournisseurs?|grossistes?|distributeurs?|sources?)",
          "(?:fournisseurs?|grossistes?|distributeurs?) {0-8} (?:retir|supprim|exclu|bloqu|ecart|raye)\\w*",
          'liste (?:de |des )?(?:nos )?fournisseurs (?:agrees|autorises|approuves|references)',
          "(?:ne|n') (?:nous )?(?:travaillons|achetons|commandons|approvisionnons|fournissons) plus",
        ],
      },
      {
        id: 'authorised-invoices',
        label: "des factures d'une source autorisée ou fiable",
        patterns: [
          "factures? {0-10} (?:autoris|agre|fiable|officiel|titulaire|fabricant|marque|verifi)\\w*",
          '(?:distributeurs?|fournisseurs?|grossistes?|revendeurs?|sources?|canaux) {0-2} (?:agrees?|autorisee?s?|officiels?|fiables?|verifiee?s?|reconnue?s?)',
          "titulaires? (?:de la|des|de) marques?|directement (?:aupres|chez) (?:du fabricant|de la marque|du titulaire)",
        ],
      },
      {
        id: 'listings-reviewed',
        label: 'les fiches concernées passées en revue',
        patterns: ['(?:{verifie}|{retire}) {0-8} (?:{fiche})', '(?:{fiche}) {0-6} (?:{verifie}|{retire})'],
      },
    ],
    'brand-authorisation': [
      {
        id: 'authorisation-proof',
        label: "une lettre d'autorisation ou une autre preuve du droit de revente, pour chaque marque",
        patterns: [
          "lettres? d'autorisation|lettres? d'agrement|autorisations? (?:ecrites?|signees?|de (?:la )?marques?|de revente|de vente|de distribution|du fabricant|du titulaire)",
          "droits? de (?:revente|vente|revendre|vendre|distribution)|preuves? (?:de notre |du |d'un |de l')?(?:droit|autorisation|agrement)",
          '(?:revendeurs?|distributeurs?|vendeurs?) (?:agrees?|autorises?|officiels?)',
          "(?:registre|dossier) des autorisations|approbation (?:de la marque|prealable)",
        ],
      },
      {
        id: 'unauthorised-removed',
        label: 'les fiches sans cette preuve retirées',
        patterns: [
          '(?:{retire}) {0-8} (?:{fiche})',
          "(?:{fiche}) {0-8} (?:{retire}|est retiree|sont retirees|a ete retiree|ont ete retirees|a ete supprimee|ont ete supprimees)",
          "(?:aucune?|aucun) {0-3} (?:{fiche}) {0-6} (?:n'est|ne sera|ne sont)? ?(?:creee?s?|mise?s? en (?:ligne|vente)|publiee?s?) {0-6} (?:avant|sans|tant que)",
        ],
      },
    ],
  },
};
