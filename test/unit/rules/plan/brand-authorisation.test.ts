import { md, ruleTester } from '../../../helpers/rule-tester';
import { snippetText } from '../../../../server/src/snippets';

function en(actions: string[], measures: string[] = [], reasons = 'brand-authorisation'): string {
  const a = actions.map((x, i) => `${i + 1}. ${x}`).join('\n');
  const m = measures.length ? `\n\n## Preventive measures\n\n${measures.map((x) => `- ${x}`).join('\n')}` : '';
  return `---\nreasons: [${reasons}]\n---\n\n## Root cause\n\nWe sold two brands that reserve marketplace sales for their approved resellers.\n\n## Corrective actions\n\n${a}${m}\n`;
}
function fr(actions: string[], measures: string[] = [], reasons = 'brand-authorisation'): string {
  const a = actions.map((x, i) => `${i + 1}. ${x}`).join('\n');
  const m = measures.length ? `\n\n## Mesures préventives\n\n${measures.map((x) => `- ${x}`).join('\n')}` : '';
  return `---\nlanguage: fr\nreasons: [${reasons}]\n---\n\n## Cause\n\nNous vendions deux marques qui réservent la vente en ligne à leur réseau.\n\n## Actions correctives\n\n${a}${m}\n`;
}

const P = 'On 4 March 2026, we obtained a letter of authorisation from Sunrise Home Limited, signed and dated.';
const R = 'On 3 March 2026, we removed the 11 listings of the two brands.';
const FP = "Le 4 mars 2026, nous avons obtenu de la société Orsalia une lettre d'autorisation signée et datée.";
const FR = 'Le 3 mars 2026, nous avons retiré nos 11 offres des deux marques.';

ruleTester('plan/brand-authorisation', {
  en: {
    valid: [
      { name: 'both measures', text: en([R, P]) },
      { name: 'an LOA', text: en([R, 'On 4 March 2026, we received an LOA from the brand owner.']) },
      { name: 'written permission', text: en([R, 'On 4 March 2026, the brand gave us written permission for Amazon.']) },
      { name: 'proof of the right to resell', text: en([R], ['Since 4 March 2026, we keep proof of our right to resell each brand on file.']) },
      { name: 'an authorised reseller', text: en([R, 'On 4 March 2026, we became an authorized reseller of Orsalia.']) },
      { name: 'brand approval', text: en([R, 'On 4 March 2026, we received brand approval for the three ASINs.']) },
      { name: 'offers closed', text: en([P, 'On 3 March 2026, we closed every offer of brands without authorisation.']) },
      { name: 'offers deleted', text: en([P, 'On 3 March 2026, the 19 offers without a letter were deleted.']) },
      { name: 'nothing listed without a letter', text: en([P], ['No product of a new brand goes live until its letter is on file.']) },
      { name: 'ASINs delisted', text: en([P, 'On 3 March 2026, we delisted the ASINs concerned.']) },
      { name: 'another reason', text: en(['On 3 March 2026, we replaced the boxes.'], [], 'damaged') },
      { name: 'the quick fix body itself', text: `---\nreasons: [brand-authorisation]\n---\n\n${snippetText('en', 'plan/brand-authorisation')}\n` },
    ],
    invalid: [
      { name: 'no proof of the right to resell', text: en([R]), errors: [{ line: 2, column: 11, message: 'letter of authorisation' }] },
      {
        name: 'the listings kept, with the plan inserted',
        text: en([P]),
        errors: [{ line: 2, column: 11, message: 'listings without that proof removed' }],
        output: `${en([P])}\n${snippetText('en', 'plan/brand-authorisation')!.trimEnd()}\n`,
      },
      { name: 'neither measure', text: en(['On 3 March 2026, we apologised for the listings.']), errors: [{ line: 2, column: 11, message: 'letter' }, { line: 2, column: 11, message: 'removed' }] },
      { name: 'listing products is not removing them', text: en([P, 'On 3 March 2026, we listed the brand’s new products.']), errors: [{ line: 2, column: 11, message: 'removed' }] },
      {
        name: 'an authorised reseller named only in the cause',
        text: en([R]).replace('for their approved resellers.', 'for authorized resellers holding a letter of authorisation.'),
        errors: [{ line: 2, column: 11, message: 'letter' }],
      },
      {
        name: 'a heading names the problem type',
        text: md`
          ## Brand authorisation

          ### Root cause

          We sold a restricted brand.

          ### Corrective actions

          1. ${R}
        `,
        errors: [{ line: 1, column: 1, message: 'letter' }],
      },
      { name: 'a measure only in a quote', text: `${en([R])}\n> Provide a letter of authorisation, the notice says.\n`, errors: [{ line: 2, column: 11, message: 'letter' }] },
      {
        name: 'the section of a per-reason appeal',
        text: md`
          ---
          reasons: [brand-authorisation, authenticity]
          ---

          ## Brand authorisation

          ### Root cause

          We sold a restricted brand.

          ### Corrective actions

          1. ${P}

          ## Authenticity complaints

          ### Root cause

          A supplier was not verified.

          ### Corrective actions

          1. ${R}
        `,
        errors: [{ line: 5, column: 1, message: 'removed' }],
      },
      { name: 'the second reason of the header', text: en([P], [], 'ip-complaint, brand-authorisation'), errors: [{ line: 2, column: 25, message: 'removed' }] },
      { name: 'a request for a letter is no letter', text: en([R, 'On 4 March 2026, we wrote to the brand.']), errors: [{ line: 2, column: 11, message: 'letter' }] },
    ],
  },
  fr: {
    valid: [
      { name: 'les deux mesures', text: fr([FR, FP]) },
      { name: 'une autorisation écrite', text: fr([FR, 'Le 4 mars 2026, la marque nous a délivré une autorisation écrite.']) },
      { name: 'la preuve du droit de revente', text: fr([FR], ['Depuis le 4 mars 2026, nous conservons la preuve de notre droit de revente pour chaque marque.']) },
      { name: 'un revendeur agréé', text: fr([FR, 'Le 4 mars 2026, nous sommes devenus revendeur agréé de la marque Orsalia.']) },
      { name: 'un registre des autorisations', text: fr([FR], ['Depuis le 4 mars 2026, nous tenons un registre des autorisations.']) },
      { name: 'des offres supprimées', text: fr([FP, 'Le 3 mars 2026, les 19 offres sans lettre ont été supprimées.']) },
      { name: 'aucune fiche avant la lettre', text: fr([FP], ["Aucune fiche n'est créée avant que la lettre soit dans notre dossier."]) },
      { name: 'des fiches fermées', text: fr([FP, 'Le 3 mars 2026, nous avons fermé les fiches des deux marques.']) },
      { name: 'des ASIN désactivés', text: fr([FP, 'Le 3 mars 2026, nous avons désactivé les ASIN concernés.']) },
      { name: 'un autre motif', text: fr(['Le 3 mars 2026, nous avons remplacé les cartons.'], [], 'damaged') },
      { name: 'le texte du correctif lui-même', text: `---\nlanguage: fr\nreasons: [brand-authorisation]\n---\n\n${snippetText('fr', 'plan/brand-authorisation')}\n` },
    ],
    invalid: [
      { name: 'sans preuve du droit de revente', text: fr([FR]), errors: [{ line: 3, column: 11, message: "lettre d'autorisation" }] },
      {
        name: 'les fiches conservées, avec le plan inséré',
        text: fr([FP]),
        errors: [{ line: 3, column: 11, message: 'fiches sans cette preuve retirées' }],
        output: `${fr([FP])}\n${snippetText('fr', 'plan/brand-authorisation')!.trimEnd()}\n`,
      },
      { name: 'aucune des deux', text: fr(['Le 3 mars 2026, nous avons présenté nos excuses.']), errors: [{ line: 3, column: 11, message: 'lettre' }, { line: 3, column: 11, message: 'retirées' }] },
      { name: 'mettre en vente n’est pas retirer', text: fr([FP, 'Le 3 mars 2026, nous avons mis en vente les nouveaux produits de la marque.']), errors: [{ line: 3, column: 11, message: 'retirées' }] },
      {
        name: 'une lettre nommée seulement dans la cause',
        text: fr([FR]).replace('à leur réseau.', "aux revendeurs munis d'une lettre d'autorisation."),
        errors: [{ line: 3, column: 11, message: 'lettre' }],
      },
      {
        name: 'un titre nomme le problème',
        text: md`
          ---
          language: fr
          ---

          ## Autorisation de la marque

          ### Cause

          Nous vendions une marque protégée.

          ### Actions correctives

          1. ${FR}
        `,
        errors: [{ line: 5, column: 1, message: 'lettre' }],
      },
      { name: 'une mesure seulement citée', text: `${fr([FR])}\n> Fournissez une lettre d'autorisation, dit la notification.\n`, errors: [{ line: 3, column: 11, message: 'lettre' }] },
      { name: 'le second motif de l’en-tête', text: fr([FP], [], 'ip-complaint, brand-authorisation'), errors: [{ line: 3, column: 25, message: 'retirées' }] },
      { name: 'écrire à la marque ne suffit pas', text: fr([FR, 'Le 4 mars 2026, nous avons écrit à la marque.']), errors: [{ line: 3, column: 11, message: 'lettre' }] },
      {
        name: 'la section d’un plan par motif',
        text: md`
          ---
          language: fr
          reasons: [brand-authorisation, authenticity]
          ---

          ## Autorisation de la marque

          ### Cause

          Nous vendions une marque protégée.

          ### Actions correctives

          1. ${FP}

          ## Réclamations pour authenticité

          ### Cause

          Un fournisseur n'était pas vérifié.

          ### Actions correctives

          1. ${FR}
        `,
        errors: [{ line: 6, column: 1, message: 'retirées' }],
      },
    ],
  },
});
