import { md, ruleTester } from '../../../helpers/rule-tester';

const en = (reasons: string, body: string): string => `---\nreasons: [${reasons}]\n---\n\n## Root cause\n\n${body}\n\n## Corrective actions\n\n1. On 3 March 2026, we set a handling time of four days.\n`;
const fr = (reasons: string, body: string): string =>
  `---\nlanguage: fr\nreasons: [${reasons}]\n---\n\n## Cause\n\n${body}\n\n## Actions correctives\n\n1. Le 3 mars 2026, nous avons fixé un délai de quatre jours.\n`;

ruleTester('facts/missing-metric', {
  en: {
    valid: [
      { name: 'a rate and a count with their period', text: en('late-shipment', 'Over the 30 days to 11 November 2026, 31 of our 330 orders shipped late, a rate of 9.4%.') },
      { name: 'a count between two dates', text: en('cancellation-rate', 'We cancelled 14 orders between 20 October and 8 November 2026.') },
      { name: 'a measured percentage', text: en('order-defect-rate', 'Our order defect rate was 1.8 % on 3 March 2026.') },
      { name: 'a ratio over a month', text: en('late-shipment', 'In October 2026, 7 of the 52 orders left late.') },
      { name: 'not a metric reason', text: en('damaged', 'Some carafes arrived broken.') },
      { name: 'a count over the last days', text: en('cancellation-rate', 'Over the last 30 days, 12 orders were cancelled.') },
      { name: 'a count since a date', text: en('late-shipment', 'Since 3 March 2026, none of our 142 orders shipped late.') },
      { name: '"percent" in words', text: en('valid-tracking-rate', 'Our valid tracking rate fell to 91 percent.') },
      { name: 'a figure in a table', text: en('late-shipment', '| Late shipment rate (30 days) | 9.4% |\n|---|---|\n| Late orders | 31 |') },
      { name: 'a count in words', text: en('cancellation-rate', 'Twelve orders were cancelled in the last 7 days.') },
      { name: 'a header and no prose', text: '---\nreasons: [late-shipment]\n---\n' },
    ],
    invalid: [
      { name: 'no figure at all', text: en('late-shipment', 'Our handling time was too short.'), errors: [{ line: 2, column: 11, message: 'late shipments' }] },
      { name: 'some cancellations', text: en('cancellation-rate', 'We had some cancellations last month.'), errors: [{ line: 2, column: 11 }] },
      { name: 'a target is no measure', text: en('order-defect-rate', 'We aim to keep our order defect rate below 1%.'), errors: [{ line: 2, column: 11 }] },
      { name: 'a year alone is no period', text: en('valid-tracking-rate', 'In 2026 some parcels had no tracking.'), errors: [{ line: 2, column: 11 }] },
      { name: 'a count without its period', text: en('late-shipment', 'We had 12 late orders.'), errors: [{ line: 2, column: 11 }] },
      {
        name: 'a heading names the metric',
        text: md`
          ## Late shipments

          ### Root cause

          Orders waited for the next day.

          ### Corrective actions

          1. On 3 March 2026, we added a second picking run.
        `,
        errors: [{ line: 1, column: 1 }],
      },
      { name: 'two metric reasons, one finding', text: en('late-shipment, cancellation-rate', 'Orders were late or cancelled.'), errors: [{ line: 2, column: 11, message: '"late shipments", "cancellation rate"' }] },
      { name: "a figure only in Amazon's quoted notice", text: en('late-shipment', '> Your late shipment rate is 9.4%.\n\nOur handling time was too short.'), errors: [{ line: 2, column: 11 }] },
      { name: 'a figure only in a comment', text: en('late-shipment', 'Our handling time was too short. <!-- 9.4% -->'), errors: [{ line: 2, column: 11 }] },
      { name: 'the target only', text: en('late-shipment', 'We are above the 4% target.'), errors: [{ line: 2, column: 11 }] },
      { name: 'a threshold only', text: en('late-shipment', 'If the rate goes above 2%, we raise the handling time.'), errors: [{ line: 2, column: 11 }] },
      { name: 'buyers contacted are no metric', text: en('late-shipment', 'On 3 March 2026, we contacted the 4 buyers who had asked about their parcel.'), errors: [{ line: 2, column: 11 }] },
      { name: 'a guarantee is no measure', text: en('late-shipment', 'On-time dispatch is now 100 % guaranteed.'), errors: [{ line: 2, column: 11 }] },
    ],
  },
  fr: {
    valid: [
      { name: 'un taux et un nombre avec leur période', text: fr('late-shipment', 'Sur les 30 jours précédant le 12 novembre 2026, 18 de nos 250 commandes sont parties en retard, soit 7,2 %.') },
      { name: 'un nombre entre deux dates', text: fr('cancellation-rate', 'Nous avons annulé 12 commandes entre le 20 octobre et le 8 novembre 2026.') },
      { name: 'un pourcentage mesuré', text: fr('order-defect-rate', 'Notre taux de commandes défectueuses était de 1,8 % le 3 mars 2026.') },
      { name: 'une proportion sur un mois', text: fr('late-shipment', 'En octobre 2026, 6 des 74 commandes sont parties en retard.') },
      { name: 'un motif sans indicateur', text: fr('damaged', 'Des plats sont arrivés cassés.') },
      { name: 'sur les derniers jours', text: fr('cancellation-rate', 'Sur les 7 derniers jours, 9 commandes ont été annulées.') },
      { name: 'depuis une date', text: fr('late-shipment', 'Depuis le 14 novembre 2026, aucune de nos 131 commandes n’est partie en retard.') },
      { name: '« pour cent » en toutes lettres', text: fr('valid-tracking-rate', 'Notre taux de suivi valide est tombé à 91 pour cent.') },
      { name: 'un chiffre dans un tableau', text: fr('late-shipment', "| Taux d'expédition en retard (30 jours) | 7,2 % |\n|---|---|") },
      { name: 'un nombre en lettres', text: fr('cancellation-rate', 'Douze commandes ont été annulées sur les 7 derniers jours.') },
      { name: 'une espace insécable avant %', text: fr('late-shipment', 'Notre taux d’expédition en retard était de 7,2\u00a0%.') },
    ],
    invalid: [
      { name: 'aucun chiffre', text: fr('late-shipment', "Notre délai d'expédition était trop court."), errors: [{ line: 3, column: 11, message: 'expéditions en retard' }] },
      { name: 'quelques annulations', text: fr('cancellation-rate', 'Nous avons eu quelques annulations le mois dernier.'), errors: [{ line: 3, column: 11 }] },
      { name: 'un objectif n’est pas une mesure', text: fr('order-defect-rate', 'Notre objectif est un taux inférieur à 1 %.'), errors: [{ line: 3, column: 11 }] },
      { name: 'une année seule n’est pas une période', text: fr('valid-tracking-rate', 'En 2026, des colis sont partis sans suivi.'), errors: [{ line: 3, column: 11 }] },
      { name: 'un nombre sans sa période', text: fr('late-shipment', 'Nous avons eu 12 commandes en retard.'), errors: [{ line: 3, column: 11 }] },
      {
        name: 'un titre nomme l’indicateur',
        text: md`
          ---
          language: fr
          ---

          ## Expéditions en retard

          ### Cause

          Les commandes attendaient le lendemain.

          ### Actions correctives

          1. Le 3 mars 2026, nous avons ajouté une tournée.
        `,
        errors: [{ line: 5, column: 1 }],
      },
      { name: 'deux indicateurs, un seul signalement', text: fr('late-shipment, cancellation-rate', 'Des commandes ont été retardées ou annulées.'), errors: [{ line: 3, column: 11, message: '« expéditions en retard », « taux d’annulation »'.replace('’', "'") }] },
      { name: 'un chiffre seulement dans la notification citée', text: fr('late-shipment', "> Votre taux d'expédition en retard est de 7,2 %.\n\nNotre délai était trop court."), errors: [{ line: 3, column: 11 }] },
      { name: 'un seuil seulement', text: fr('late-shipment', "S'il dépasse 2 %, nous relevons le délai."), errors: [{ line: 3, column: 11 }] },
      { name: 'un seuil fixé', text: fr('valid-tracking-rate', 'Notre seuil interne est fixé à 99 %.'), errors: [{ line: 3, column: 11 }] },
      { name: 'un objectif à la suite', text: fr('late-shipment', 'Nous visons 4 % au maximum.'), errors: [{ line: 3, column: 11 }] },
      { name: 'des acheteurs contactés ne sont pas un indicateur', text: fr('late-shipment', 'Le 3 mars 2026, nous avons contacté les 4 acheteurs qui attendaient leur colis.'), errors: [{ line: 3, column: 11 }] },
      { name: 'une garantie n’est pas une mesure', text: fr('late-shipment', "L'expédition à temps est garantie à 100 %."), errors: [{ line: 3, column: 11 }] },
    ],
  },
});
