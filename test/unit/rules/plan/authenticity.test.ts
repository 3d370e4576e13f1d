import { md, ruleTester } from '../../../helpers/rule-tester';
import { snippetText } from '../../../../server/src/snippets';

function en(actions: string[], measures: string[] = [], reasons = 'authenticity'): string {
  const a = actions.map((x, i) => `${i + 1}. ${x}`).join('\n');
  const m = measures.length ? `\n\n## Preventive measures\n\n${measures.map((x) => `- ${x}`).join('\n')}` : '';
  return `---\nreasons: [${reasons}]\n---\n\n## Root cause\n\nThe units came from a wholesaler whose invoices do not name the brand.\n\n## Corrective actions\n\n${a}${m}\n`;
}
function fr(actions: string[], measures: string[] = [], reasons = 'authenticity'): string {
  const a = actions.map((x, i) => `${i + 1}. ${x}`).join('\n');
  const m = measures.length ? `\n\n## Mesures préventives\n\n${measures.map((x) => `- ${x}`).join('\n')}` : '';
  return `---\nlanguage: fr\nreasons: [${reasons}]\n---\n\n## Cause\n\nLes unités venaient d'un grossiste dont les factures ne citent pas la marque.\n\n## Actions correctives\n\n${a}${m}\n`;
}

const S = 'On 3 March 2026, we stopped buying from Coastline Trade and took it off our approved supplier list.';
const I = 'On 4 March 2026, we bought new stock from an authorised distributor of the brand; its invoice is attached.';
const L = 'On 5 March 2026, we reviewed the 212 listings of our catalogue.';
const FS = "Le 3 mars 2026, nous avons cessé tout achat auprès de Comptoir du Nord et l'avons rayé de notre liste de fournisseurs.";
const FI = "Le 4 mars 2026, nous avons acheté un nouveau stock auprès d'un distributeur agréé de la marque ; la facture est jointe.";
const FL = 'Le 5 mars 2026, nous avons passé en revue les 212 fiches de notre catalogue.';

ruleTester('plan/authenticity', {
  en: {
    valid: [
      { name: 'the three measures', text: en([S, I, L]) },
      { name: 'the relationship ended', text: en(['On 3 March 2026, we ended our relationship with the wholesaler.', I, L]) },
      { name: 'the supplier blacklisted', text: en(['On 3 March 2026, the supplier was blacklisted in our purchasing system.', I, L]) },
      { name: 'no longer working with it', text: en(['Since 3 March 2026, we no longer work with Coastline Trade.', I, L]) },
      { name: 'invoices from the brand owner', text: en([S, L], ['Every purchase is backed by invoices issued by the brand owner.']) },
      { name: 'directly from the manufacturer', text: en([S, L], ['Since 4 March 2026, we buy only directly from the manufacturer.']) },
      { name: 'a verified supplier', text: en([S, 'On 4 March 2026, we opened an account with a verified supplier listed on the brand website.', L]) },
      { name: 'offers closed on the ASINs', text: en([S, I, 'On 5 March 2026, we closed our offers on the three ASINs.']) },
      { name: 'listings without invoice deactivated', text: en([S, I, 'On 5 March 2026, the 9 listings without such an invoice were deactivated.']) },
      { name: 'the catalogue audited', text: en([S, I], ['Every quarter, we audit the catalogue against our invoice file.']) },
      { name: 'another reason', text: en(['On 3 March 2026, we replaced the boxes.'], [], 'damaged') },
      { name: 'the quick fix body itself', text: `---\nreasons: [authenticity]\n---\n\n${snippetText('en', 'plan/authenticity')}\n` },
    ],
    invalid: [
      { name: 'the supplier kept', text: en([I, L]), errors: [{ line: 2, column: 11, message: 'supplier at fault' }] },
      { name: 'an invoice with no source', text: en([S, L, 'On 4 March 2026, we attached the invoice of our last purchase.']), errors: [{ line: 2, column: 11, message: 'authorised or reliable source' }] },
      {
        name: 'the listings not reviewed, with the plan inserted',
        text: en([S, I]),
        errors: [{ line: 2, column: 11, message: 'listings concerned' }],
        output: `${en([S, I])}\n${snippetText('en', 'plan/authenticity')!.trimEnd()}\n`,
      },
      {
        name: 'none of the three',
        text: en(['On 3 March 2026, we apologised to the buyers.']),
        errors: [{ line: 2, column: 11, message: 'supplier' }, { line: 2, column: 11, message: 'invoices' }, { line: 2, column: 11, message: 'listings' }],
      },
      {
        name: 'an authorised source named only in the cause',
        text: en([S, L]).replace('do not name the brand.', 'do not come from an authorised distributor.'),
        errors: [{ line: 2, column: 11, message: 'invoices' }],
      },
      {
        name: 'a heading names the problem type',
        text: md`
          ## Authenticity complaints

          ### Root cause

          The units came from a wholesaler.

          ### Corrective actions

          1. ${S}
          2. ${L}
        `,
        errors: [{ line: 1, column: 1, message: 'invoices' }],
      },
      { name: 'a measure only in a quote', text: `${en([S, I])}\n> Review the listings concerned, the notice says.\n`, errors: [{ line: 2, column: 11, message: 'listings' }] },
      {
        name: 'the section of a per-reason appeal',
        text: md`
          ---
          reasons: [authenticity, brand-authorisation]
          ---

          ## Authenticity complaints

          ### Root cause

          The units came from a wholesaler.

          ### Corrective actions

          1. ${I}
          2. ${L}

          ## Brand authorisation

          ### Root cause

          We had no letter.

          ### Corrective actions

          1. ${S}
        `,
        errors: [{ line: 5, column: 1, message: 'supplier' }],
      },
      { name: "checking a supplier's website removes nothing", text: en([I, L, "On 3 March 2026, we checked the supplier's website."]), errors: [{ line: 2, column: 11, message: 'supplier' }] },
      { name: 'the second reason of the header', text: en([S, I], [], 'ip-complaint, authenticity'), errors: [{ line: 2, column: 25, message: 'listings' }] },
    ],
  },
  fr: {
    valid: [
      { name: 'les trois mesures', text: fr([FS, FI, FL]) },
      { name: 'la collaboration terminée', text: fr(['Le 3 mars 2026, nous avons mis fin à notre collaboration avec le grossiste.', FI, FL]) },
      { name: 'le fournisseur exclu', text: fr(['Le 3 mars 2026, le fournisseur a été exclu de nos achats.', FI, FL]) },
      { name: 'ne plus travailler avec lui', text: fr(['Depuis le 3 mars 2026, nous ne travaillons plus avec ce grossiste.', FI, FL]) },
      { name: 'des factures du titulaire de la marque', text: fr([FS, FL], ['Chaque achat est couvert par des factures émises par le titulaire de la marque.']) },
      { name: 'directement auprès du fabricant', text: fr([FS, FL], ['Depuis le 4 mars 2026, nous achetons directement auprès du fabricant.']) },
      { name: 'une source fiable', text: fr([FS, 'Le 4 mars 2026, nous avons choisi une source fiable, citée sur le site de la marque.', FL]) },
      { name: 'les offres fermées', text: fr([FS, FI, 'Le 5 mars 2026, nous avons fermé nos offres sur les trois ASIN.']) },
      { name: 'des fiches désactivées', text: fr([FS, FI, 'Le 5 mars 2026, les 9 fiches sans facture ont été désactivées.']) },
      { name: 'le catalogue contrôlé', text: fr([FS, FI], ['Chaque trimestre, nous contrôlons le catalogue par rapport à nos factures.']) },
      { name: 'un autre motif', text: fr(['Le 3 mars 2026, nous avons remplacé les cartons.'], [], 'damaged') },
      { name: 'le texte du correctif lui-même', text: `---\nlanguage: fr\nreasons: [authenticity]\n---\n\n${snippetText('fr', 'plan/authenticity')}\n` },
    ],
    invalid: [
      { name: 'le fournisseur conservé', text: fr([FI, FL]), errors: [{ line: 3, column: 11, message: 'fournisseur en cause' }] },
      { name: 'une facture sans source', text: fr([FS, FL, 'Le 4 mars 2026, nous avons joint la facture de notre dernier achat.']), errors: [{ line: 3, column: 11, message: 'source autorisée ou fiable' }] },
      {
        name: 'les fiches non revues, avec le plan inséré',
        text: fr([FS, FI]),
        errors: [{ line: 3, column: 11, message: 'fiches concernées' }],
        output: `${fr([FS, FI])}\n${snippetText('fr', 'plan/authenticity')!.trimEnd()}\n`,
      },
      {
        name: 'aucune des trois',
        text: fr(['Le 3 mars 2026, nous avons présenté nos excuses.']),
        errors: [{ line: 3, column: 11, message: 'fournisseur' }, { line: 3, column: 11, message: 'factures' }, { line: 3, column: 11, message: 'fiches' }],
      },
      {
        name: 'une source agréée nommée seulement dans la cause',
        text: fr([FS, FL]).replace('ne citent pas la marque.', "ne viennent pas d'un distributeur agréé."),
        errors: [{ line: 3, column: 11, message: 'factures' }],
      },
      {
        name: 'un titre nomme le problème',
        text: md`
          ---
          language: fr
          ---

          ## Réclamations pour authenticité

          ### Cause

          Les unités venaient d'un grossiste.

          ### Actions correctives

          1. ${FS}
          2. ${FL}
        `,
        errors: [{ line: 5, column: 1, message: 'factures' }],
      },
      { name: 'une mesure seulement citée', text: `${fr([FS, FI])}\n> Passez en revue les fiches concernées, dit la notification.\n`, errors: [{ line: 3, column: 11, message: 'fiches' }] },
      { name: 'consulter le site du fournisseur ne l’écarte pas', text: fr([FI, FL, 'Le 3 mars 2026, nous avons consulté le site du fournisseur.']), errors: [{ line: 3, column: 11, message: 'fournisseur' }] },
      { name: 'le second motif de l’en-tête', text: fr([FS, FI], [], 'ip-complaint, authenticity'), errors: [{ line: 3, column: 25, message: 'fiches' }] },
      {
        name: 'la section d’un plan par motif',
        text: md`
          ---
          language: fr
          reasons: [authenticity, brand-authorisation]
          ---

          ## Réclamations pour authenticité

          ### Cause

          Les unités venaient d'un grossiste.

          ### Actions correctives

          1. ${FI}
          2. ${FL}

          ## Autorisation de la marque

          ### Cause

          Nous n'avions pas de lettre.

          ### Actions correctives

          1. ${FS}
        `,
        errors: [{ line: 6, column: 1, message: 'fournisseur' }],
      },
    ],
  },
});
