import { md, ruleTester } from '../../../helpers/rule-tester';

ruleTester('structure/section-order', {
  en: {
    valid: [
      '## Root cause\n\nA.\n\n## Corrective actions\n\nB.\n\n## Preventive measures\n\nC.\n',
      { name: 'two sections in order, one missing', text: '## Root cause\n\nA.\n\n## Preventive measures\n\nC.\n' },
      { name: 'implicit headings in order', text: 'What went wrong:\n\nA.\n\n**Actions taken**\n\nB.\n\nSTEPS TO PREVENT RECURRENCE\n\nC.\n' },
      { name: 'per reason, each in order', text: md`
        ## Late shipment

        ### Root cause

        A.

        ### Corrective actions

        B.

        ## Stockout

        ### Root cause

        C.

        ### Preventive measures

        D.
      ` },
      { name: 'a role sub-heading inside another section does not count', text: md`
        ## Root cause

        A.

        ## Corrective actions

        ### Immediate actions

        B.

        ### Root cause of the second delay, now fixed

        C.

        ## Preventive measures

        D.
      ` },
      { name: 'one level of implicit headings, per reason: a reason heading starts a new round', text: md`
        **Late shipment**

        Root cause:

        A.

        Corrective actions:

        B.

        **Stockout**

        Root cause:

        C.

        Corrective actions:

        D.
      ` },
      { name: 'a role named in a quote is not a section', text: '## Corrective actions\n\nB.\n\n> Root cause:\n> the notice said so.\n\n## Preventive measures\n\nC.\n' },
    ],
    invalid: [
      {
        name: 'the cause after the actions',
        text: '## Corrective actions\n\nB.\n\n## Root cause\n\nA.\n\n## Preventive measures\n\nC.\n',
        errors: [{ line: 5, column: 1, endColumn: 14, message: 'The root-cause section "Root cause" comes after the corrective actions ("Corrective actions")' }],
      },
      {
        name: 'the actions after the measures',
        text: '## Root cause\n\nA.\n\n## Preventive measures\n\nC.\n\n## Corrective actions\n\nB.\n',
        errors: [{ line: 9, column: 1, message: 'The corrective-actions section "Corrective actions" comes after the preventive measures' }],
      },
      {
        name: 'fully reversed: both out of place, each named',
        text: '## Preventive measures\n\nC.\n\n## Corrective actions\n\nB.\n\n## What went wrong\n\nA.\n',
        errors: [
          { line: 5, column: 1, message: 'comes after the preventive measures ("Preventive measures")' },
          { line: 9, column: 1, message: 'The root-cause section "What went wrong" comes after the preventive measures' },
        ],
      },
      {
        name: 'per reason: only the reason out of order',
        text: md`
          ## Late shipment

          ### Root cause

          A.

          ### Corrective actions

          B.

          ## Damaged items

          ### Corrective actions

          C.

          ### Root cause

          D.
        `,
        errors: [{ line: 17, column: 1 }],
      },
      {
        name: 'a question heading after the measures',
        text: 'PREVENTIVE MEASURES\n\nC.\n\nWhat went wrong?\n\nA.\n',
        errors: [{ line: 5, column: 1, message: '"What went wrong" comes after the preventive measures ("PREVENTIVE MEASURES")' }],
      },
      {
        name: 'implicit headings',
        text: 'Actions taken:\n\nB.\n\n**Root cause**\n\nA.\n',
        errors: [{ line: 5, column: 1, message: '"Root cause"' }],
      },
    ],
  },
  fr: {
    valid: [
      '## Cause\n\nA.\n\n## Actions correctives\n\nB.\n\n## Mesures préventives\n\nC.\n',
      { name: 'titres implicites', text: 'Origine du problème :\n\nA.\n\nMESURES IMMÉDIATES\n\nB.\n\n**Prévention**\n\nC.\n' },
      { name: 'numérotation romaine', text: 'I. Cause\n\nA.\n\nII. Actions correctives\n\nB.\n\nIII. Mesures préventives\n\nC.\n' },
      { name: 'par motif', text: md`
        ## Expéditions en retard

        ### Cause

        A.

        ### Actions correctives

        B.

        ## Articles endommagés

        ### Cause

        C.

        ### Mesures préventives

        D.
      ` },
      { name: 'sous-titres de problèmes dans une section', text: md`
        ## Cause

        ### Retards d’expédition

        A.

        ## Actions correctives

        ### Ruptures de stock

        B.

        ## Mesures préventives

        C.
      ` },
    ],
    invalid: [
      {
        name: 'la cause après les actions',
        text: '## Actions correctives\n\nB.\n\n## Cause\n\nA.\n',
        errors: [{ line: 5, column: 1, message: 'La section de cause « Cause » vient après les actions correctives (« Actions correctives »)' }],
      },
      {
        name: 'les actions après la prévention',
        text: '## Analyse\n\nA.\n\n## Mesures préventives\n\nC.\n\n## Mesures correctives\n\nB.\n',
        errors: [{ line: 9, column: 1, message: 'vient après les mesures préventives' }],
      },
      {
        name: 'la cause après la prévention',
        text: '## Mesures préventives\n\nC.\n\n## Cause\n\nA.\n',
        errors: [{ line: 5, column: 1, message: 'La section de cause « Cause » vient après les mesures préventives' }],
      },
      {
        name: 'par motif',
        text: md`
          ## Ruptures de stock

          ### Mesures préventives

          A.

          ### Actions correctives

          B.
        `,
        errors: [{ line: 7, column: 1 }],
      },
      {
        name: 'titres implicites en capitales',
        text: "ACTIONS CORRECTIVES\n\nB.\n\nCe qui s’est passé :\n\nA.\n",
        errors: [{ line: 5, column: 1 }],
      },
    ],
  },
});
