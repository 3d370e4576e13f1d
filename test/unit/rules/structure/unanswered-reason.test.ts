import { md, ruleTester } from '../../../helpers/rule-tester';
import { snippetText } from '../../../../server/src/snippets';

type Lang = 'en' | 'fr';
/** A type's plan snippet as plain text, its headings moved up (shift -1) or down when asked. */
const plan = (language: Lang, type: string, shift = 0): string =>
  snippetText(language, `plan/${type}`)!
    .replace(/^#+(?= )/gm, (h) => '#'.repeat(h.length + shift))
    .trimEnd();
/** The body of a section snippet, without its heading line. */
const section = (language: Lang, key: string): string => snippetText(language, `section/${key}`)!.replace(/^#.*\n+/, '').trimEnd();

ruleTester('structure/unanswered-reason', {
  en: {
    valid: [
      {
        name: 'one set of sections: the cause names the reason, the actions act',
        text: md`
          ---
          reasons: [stockout]
          ---
          ## Root cause

          The stock-outs came from a stock file that ran once a day.

          ## Corrective actions

          1. On 3 March 2026 we replaced the file with a live sync.
        `,
      },
      {
        name: 'a paragraph that names the reason and states an action',
        text: '---\nreasons: [late-shipment]\n---\nAfter the late shipments of February, we raised our handling time to four days on 3 March 2026.\n',
      },
      {
        name: 'per reason: each reason section acts, block list header',
        text: md`
          ---
          reasons:
            - late-shipment
            - damaged
          ---
          ## Late shipment

          ### Root cause

          One picking run a day.

          ### Corrective actions

          1. We added a second picking run on 3 March 2026.

          ## Damaged items

          ### Root cause

          Thin boxes.

          ### Corrective actions

          1. We've moved to double-wall boxes.
        `,
      },
      {
        name: 'a problem-type sub-heading inside the actions, list-style action',
        text: md`
          ---
          reasons: [late-shipment, not-as-described]
          ---
          ## Corrective actions

          ### Late dispatch

          - Replaced the carrier on 3 March 2026.

          ### Wrong items

          - Added a barcode scan before packing.
        `,
      },
      {
        name: 'present-tense control and a passive action',
        text: md`
          ---
          reasons: [valid-tracking-rate, authenticity]
          ---
          Every Monday the operations manager checks our valid tracking rate.

          The supplier behind the authenticity complaints has been removed from our list.
        `,
      },
      {
        name: 'the only reason, named in the introduction, acted on in the plan',
        text: md`
          ---
          reasons: [not-as-described]
          ---
          This plan answers the notice about items not as described.

          ## Root cause

          The EAN in our upload file belonged to another product.

          ## Corrective actions

          1. On 3 March 2026 we corrected the EAN of SKU 40217.
        `,
      },
      {
        name: 'implicit reason headings: a colon and bold',
        text: '---\nreasons: [late-shipment, damaged]\n---\nLate shipments:\n\nOn 3 March 2026 we added a second picking run.\n\n**Damaged items**\n\nWe moved to double-wall boxes.\n',
      },
      {
        name: 'two reasons in one set of sections, in everyday words',
        text: md`
          ---
          reasons: [damaged, not-received]
          ---
          ## Root cause

          Seven carafes arrived broken because our boxes were thin. Three parcels were lost because we used untracked post.

          ## Corrective actions

          1. On 17 November 2026 we moved to double-wall boxes and a tracked service.
        `,
      },
      { name: 'no reasons in the header', text: '---\norders: [171-1234567-1234567]\n---\nWe shipped it.\n' },
      { name: 'an unknown reason is case/header\'s', text: '---\nreasons: [bad-luck]\n---\nWe shipped it.\n' },
    ],
    invalid: [
      {
        name: 'two reasons, one answered: on the other item, its plan added at the end',
        text: md`
          ---
          reasons: [late-shipment, stockout]
          ---
          ## Root cause

          Our handling time was one day.

          ## Corrective actions

          1. On 3 March 2026 we set four days.
        `,
        errors: [{ line: 2, column: 26, endLine: 2, endColumn: 34, message: 'The reason "stockout" from the header is not answered' }],
        output: md`
          ---
          reasons: [late-shipment, stockout]
          ---
          ## Root cause

          Our handling time was one day.

          ## Corrective actions

          1. On 3 March 2026 we set four days.
        ` + `\n${plan('en', 'stockout')}\n`,
      },
      {
        name: 'block list: on the item\'s own line; named in the introduction only',
        text: md`
          ---
          reasons:
            - late-shipment
            - damaged
          ---
          This plan answers the notice about late shipments and damaged items.

          ## Root cause

          Our handling time was one day.

          ## Corrective actions

          1. On 3 March 2026 we set four days.

          ## Attachments

          - the new schedule
        `,
        errors: [{ line: 4, column: 5, endColumn: 12, message: '"damaged"' }],
        output: md`
          ---
          reasons:
            - late-shipment
            - damaged
          ---
          This plan answers the notice about late shipments and damaged items.

          ## Root cause

          Our handling time was one day.

          ## Corrective actions

          1. On 3 March 2026 we set four days.

          PLAN

          ## Attachments

          - the new schedule
        `.replace('PLAN', plan('en', 'damaged')),
      },
      {
        name: 'named, but no action anywhere; a negated one does not count',
        text: '---\nreasons: [stockout]\n---\n## Root cause\n\nThe stock-outs came from a slow file. We have not changed it yet.\n',
        errors: [{ line: 2, column: 11 }],
        output: `---\nreasons: [stockout]\n---\n## Root cause\n\nThe stock-outs came from a slow file. We have not changed it yet.\n\n${plan('en', 'stockout')}\n`,
      },
      {
        name: 'named only in a quoted notice',
        text: '---\nreasons: [late-shipment]\n---\n> Your late shipment rate is 9%.\n\nWe replaced our carrier on 3 March 2026.\n',
        errors: [{ line: 2, column: 11 }],
        output: `---\nreasons: [late-shipment]\n---\n> Your late shipment rate is 9%.\n\nWe replaced our carrier on 3 March 2026.\n\n${plan('en', 'late-shipment')}\n`,
      },
      {
        name: 'a title naming both reasons answers only what its sections name',
        text: md`
          ---
          reasons: [late-shipment, stockout]
          ---
          # Plan of action: late shipments and stock-outs

          ## Root cause

          Our handling time was one day.

          ## Corrective actions

          1. We set four days on 3 March 2026.
        `,
        errors: [{ line: 2, column: 26 }],
        output: md`
          ---
          reasons: [late-shipment, stockout]
          ---
          # Plan of action: late shipments and stock-outs

          ## Root cause

          Our handling time was one day.

          ## Corrective actions

          1. We set four days on 3 March 2026.
        ` + `\n${plan('en', 'stockout', -1)}\n`,
      },
      {
        name: 'a reason section at level 1: the plan comes at the same level',
        text: md`
          ---
          reasons: [late-shipment, stockout]
          ---
          # Late shipment

          ## Root cause

          One picking run a day.

          ## Corrective actions

          1. We added a second run on 3 March 2026.
        `,
        errors: [{ line: 2, column: 26 }],
        output: md`
          ---
          reasons: [late-shipment, stockout]
          ---
          # Late shipment

          ## Root cause

          One picking run a day.

          ## Corrective actions

          1. We added a second run on 3 March 2026.
        ` + `\n${plan('en', 'stockout', -1)}\n`,
      },
      {
        name: 'implicit headings, no role section: the plan goes at the end',
        text: '---\nreasons: [late-shipment, stockout]\n---\nLate shipments:\n\nWe set a handling time of four days.\n',
        errors: [{ line: 2, column: 26 }],
        output: `---\nreasons: [late-shipment, stockout]\n---\nLate shipments:\n\nWe set a handling time of four days.\n\n${plan('en', 'stockout')}\n`,
      },
      {
        name: 'a reason without a plan type: its name over the three sections',
        text: '---\nreasons: [order-defect-rate]\n---\n## Root cause\n\nTwo A-to-z claims.\n',
        errors: [{ line: 2, column: 11, message: '"order-defect-rate"' }],
        output:
          '---\nreasons: [order-defect-rate]\n---\n## Root cause\n\nTwo A-to-z claims.\n\n## Order defect rate\n\n' +
          `### Root cause\n\n${section('en', 'root-cause')}\n\n### Corrective actions\n\n${section('en', 'corrective-actions')}\n\n` +
          `### Preventive measures\n\n${section('en', 'preventive-measures')}\n`,
      },
    ],
  },
  fr: {
    valid: [
      {
        name: 'un seul jeu de sections',
        text: md`
          ---
          reasons: [stockout]
          ---
          ## Cause

          Les ruptures de stock venaient d’un fichier envoyé une fois par jour.

          ## Actions correctives

          1. Le 3 mars 2026, nous avons remplacé ce fichier par une synchronisation continue.
        `,
      },
      {
        name: 'un paragraphe, apostrophe typographique',
        text: '---\nreasons: [late-shipment]\n---\nAprès les retards d’expédition de février, nous l’avons porté à quatre jours.\n',
      },
      {
        name: 'par motif, en-tête en liste',
        text: md`
          ---
          reasons:
            - not-received
          ---
          ## Articles non reçus

          ### Cause

          Des envois sans suivi.

          ### Actions correctives

          1. Mise en place du suivi sur tous les envois le 6 novembre 2026.
        `,
      },
      {
        name: 'nommé en anglais dans un plan en français',
        text: '---\nreasons: [late-shipment]\n---\nNotre Late Shipment Rate était de 9 % ; nous avons relevé le délai de préparation le 3 mars 2026.\n',
      },
      {
        name: 'contrôle au présent, sous-titre dans les mesures',
        text: md`
          ---
          reasons: [damaged]
          ---
          ## Mesures préventives

          ### Colis abîmés

          - Chaque lundi, la responsable logistique vérifie les retours.
        `,
      },
      {
        name: 'seul motif, nommé dans l’introduction',
        text: "---\nreasons: [stockout]\n---\nCe plan répond à la notification sur nos ruptures de stock.\n\n## Actions correctives\n\n1. Nous avons relié nos canaux de vente le 3 mars 2026.\n",
      },
      {
        name: 'titres implicites en capitales et à deux-points',
        text: '---\nreasons: [late-shipment, damaged]\n---\nRETARDS D’EXPÉDITION\n\nNous avons porté le délai à quatre jours.\n\nArticles endommagés :\n\nNous avons adopté un carton double cannelure.\n',
      },
      {
        name: 'deux motifs dans un seul jeu de sections, en mots courants',
        text: md`
          ---
          reasons: [damaged, not-received]
          ---
          ## Cause

          Sept carafes sont arrivées cassées. Trois colis ont été perdus, faute de suivi.

          ## Actions correctives

          1. Le 17 novembre 2026, nous avons adopté un carton renforcé et un envoi suivi.
        `,
      },
      {
        name: 'une action au passif',
        text: "---\nreasons: [brand-authorisation]\n---\nLes offres sans lettre d'autorisation ont été supprimées le 18 novembre 2026.\n",
      },
    ],
    invalid: [
      {
        name: 'deux motifs, un seul traité',
        text: md`
          ---
          reasons: [late-shipment, damaged]
          ---
          ## Cause

          Notre délai d’expédition était d’un jour.

          ## Actions correctives

          1. Le 3 mars 2026, nous l’avons porté à quatre jours.
        `,
        errors: [{ line: 2, column: 26, message: "Le motif « damaged » de l'en-tête reste sans réponse" }],
        output: md`
          ---
          reasons: [late-shipment, damaged]
          ---
          ## Cause

          Notre délai d’expédition était d’un jour.

          ## Actions correctives

          1. Le 3 mars 2026, nous l’avons porté à quatre jours.
        ` + `\n${plan('fr', 'damaged')}\n`,
      },
      {
        name: 'en liste : sur la ligne du motif',
        text: '---\nreasons:\n  - stockout\n  - not-received\n---\n## Ruptures de stock\n\n### Cause\n\nUn fichier trop lent.\n\n### Actions correctives\n\n1. Nous avons relié nos canaux le 3 mars 2026.\n',
        errors: [{ line: 4, column: 5 }],
        output: `---\nreasons:\n  - stockout\n  - not-received\n---\n## Ruptures de stock\n\n### Cause\n\nUn fichier trop lent.\n\n### Actions correctives\n\n1. Nous avons relié nos canaux le 3 mars 2026.\n\n${plan('fr', 'not-received')}\n`,
      },
      {
        name: 'une négation n’est pas une action',
        text: "---\nreasons: [stockout]\n---\nNous n'avons pas encore corrigé les ruptures de stock.\n",
        errors: [{ line: 2, column: 11 }],
        output: `---\nreasons: [stockout]\n---\nNous n'avons pas encore corrigé les ruptures de stock.\n\n${plan('fr', 'stockout')}\n`,
      },
      {
        name: 'nommé seulement dans la notification citée',
        text: '---\nreasons: [authenticity]\n---\n> Réclamations pour authenticité sur votre compte.\n\nNous avons changé de transporteur.\n',
        errors: [{ line: 2, column: 11 }],
        output: `---\nreasons: [authenticity]\n---\n> Réclamations pour authenticité sur votre compte.\n\nNous avons changé de transporteur.\n\n${plan('fr', 'authenticity')}\n`,
      },
      {
        name: 'motif sans plan type',
        text: '---\nreasons: [cancellation-rate]\n---\n## Cause\n\nDes annulations.\n',
        errors: [{ line: 2, column: 11 }],
        output:
          "---\nreasons: [cancellation-rate]\n---\n## Cause\n\nDes annulations.\n\n## Taux d'annulation\n\n" +
          `### Cause\n\n${section('fr', 'root-cause')}\n\n### Actions correctives\n\n${section('fr', 'corrective-actions')}\n\n` +
          `### Mesures préventives\n\n${section('fr', 'preventive-measures')}\n`,
      },
    ],
  },
});
