import { md, ruleTester } from '../../../helpers/rule-tester';
import { at } from './at';

const rootCause = md`
  ## Root cause

  The courier lost two parcels in October.
`;
const preventive = md`
  ## Preventive measures

  - If the carrier loses a parcel, we open a claim the same day and reship at once.
`;
const corrective = md`
  ## Corrective actions

  1. On 4 March 2026 we checked why the courier lost two parcels and changed the service.
`;
const causeFr = md`
  ## Cause

  La Poste a perdu deux colis en octobre.
`;
const preventiveFr = md`
  ## Mesures préventives

  - Si le transporteur perd un colis, nous ouvrons une enquête le jour même.
`;
const correctiveFr = md`
  ## Actions correctives

  1. Le 6 novembre 2026, nous avons vérifié pourquoi le livreur n’a pas livré trois colis.
`;

ruleTester('tone/blames-carrier', {
  en: {
    valid: [
      { name: 'a claim opened', text: 'We opened a claim with DPD on 4 March 2026.' },
      { name: 'a scan event', text: "The carrier's scan shows delivery on 5 March 2026 at 14:12." },
      'La Poste scanned the parcel on 3 March 2026.',
      { name: 'a collection time', text: 'We moved our daily carrier collection from 15:00 to 17:00.' },
      { name: 'owning the choice of service', text: 'The courier lost two parcels because we used an untracked letter service.' },
      { name: 'a procedure in the preventive section', text: preventive },
      { name: 'an action in the corrective section', text: corrective },
      { name: 'negated fault', text: "It was not the carrier's fault: our label was wrong." },
      { name: 'acting on it', text: 'Royal Mail damaged two carafes, so we switched to double-wall boxes.' },
      'We compared our prices with those of our competitors.',
      'Dispatch is now confirmed when the label is scanned at handover to the carrier.',
      'The driver collects the parcels at 17:00 every weekday.',
      { name: 'owning: not insured', text: 'Royal Mail lost two parcels in the sorting office; we had not insured them.' },
    ],
    invalid: [
      { name: 'in the root cause', text: rootCause, errors: [at(rootCause, 'The courier lost')] },
      { text: 'Royal Mail damaged the carafes in transit.', errors: [at('Royal Mail damaged the carafes in transit.', 'Royal Mail damaged')] },
      { text: 'The delay was caused by DPD.', errors: [at('The delay was caused by DPD.', 'caused by DPD')] },
      { text: "It was the carrier's fault.", errors: [at("It was the carrier's fault.", "the carrier's fault")] },
      { name: 'passive', text: 'The parcels were lost by the carrier.', errors: [at('The parcels were lost by the carrier.', 'lost by the carrier')] },
      { text: 'UPS is responsible for the late deliveries.', errors: [at('UPS is responsible for the late deliveries.', 'UPS is responsible')] },
      { name: 'a competitor', text: 'A competitor reported us to get our listing removed.', errors: [at('A competitor reported us to get our listing removed.', 'competitor reported')] },
      {
        text: 'The driver never delivered the parcel and marked it as delivered.',
        errors: [at('The driver never delivered the parcel and marked it as delivered.', 'The driver never delivered')],
      },
      {
        name: 'complaints from competitors',
        text: 'These complaints come from competitors who want us off the listing.',
        errors: [at('These complaints come from competitors who want us off the listing.', 'complaints come from competitors')],
      },
      { text: "Most late orders were due to the carrier's delays.", errors: [at("Most late orders were due to the carrier's delays.", "due to the carrier's delays")] },
      { text: 'Evri left the parcel outside in the rain.', errors: [at('Evri left the parcel outside in the rain.', 'Evri left the parcel outside')] },
      { name: 'typographic apostrophe', text: 'It’s the courier’s mistake.', errors: [at('It’s the courier’s mistake.', 'the courier’s mistake')] },
      {
        name: '"not our fault" is no ownership',
        text: 'It is not our fault that the courier failed to deliver on time.',
        errors: [at('It is not our fault that the courier failed to deliver on time.', 'the courier failed to deliver')],
      },
      { text: 'The postman left them in the rain.', errors: [at('The postman left them in the rain.', 'The postman left them in the rain')] },
      { text: 'A competitor has been reporting our listings.', errors: [at('A competitor has been reporting our listings.', 'competitor has been reporting')] },
    ],
  },
  fr: {
    valid: [
      { name: 'réclamation ouverte', text: 'Nous avons ouvert une réclamation auprès de DPD le 4 mars 2026.' },
      { name: 'un scan', text: 'La Poste a scanné le colis le 3 mars.' },
      'Le scan du transporteur indique une livraison le 5 mars à 14 h 12.',
      { name: "heure d'enlèvement", text: "Nous avons décalé l'enlèvement quotidien du transporteur de 16 h à 17 h 30." },
      { name: 'choix assumé', text: 'La Poste a perdu deux colis, car nous avions choisi la lettre simple sans suivi.' },
      { name: 'procédure préventive', text: preventiveFr },
      { name: 'action corrective', text: correctiveFr },
      { name: 'faute niée', text: "Ce n'est pas la faute du transporteur : notre étiquette était erronée." },
      'Colissimo a livré la commande le 4 mars.',
      'Nous avons comparé nos délais à ceux de nos concurrents.',
      'Au moment de sa remise au transporteur, le colis est scanné.',
      { name: 'un poste de travail', text: 'Chaque poste a un remplaçant formé.' },
      { name: 'choix assumé avec pronom', text: 'Colissimo a perdu deux colis au centre de tri ; nous ne les avions pas assurés.' },
    ],
    invalid: [
      { name: 'dans la section Cause', text: causeFr, errors: [at(causeFr, 'La Poste a perdu')] },
      { text: 'Le transporteur est responsable du retard.', errors: [at('Le transporteur est responsable du retard.', 'Le transporteur est responsable')] },
      { name: 'passif', text: 'Le colis a été endommagé par le transporteur.', errors: [at('Le colis a été endommagé par le transporteur.', 'endommagé par le transporteur')] },
      { text: 'Le retard est dû à la grève de Colissimo.', errors: [at('Le retard est dû à la grève de Colissimo.', 'dû à la grève de Colissimo')] },
      { text: "C'est la faute du livreur.", errors: [at("C'est la faute du livreur.", 'faute du livreur')] },
      { text: "Le livreur n'a jamais livré le colis.", errors: [at("Le livreur n'a jamais livré le colis.", "Le livreur n'a jamais livré")] },
      {
        text: "Chronopost a marqué le colis comme livré alors qu'il ne l'était pas.",
        errors: [at("Chronopost a marqué le colis comme livré alors qu'il ne l'était pas.", 'Chronopost a marqué le colis comme livré')],
      },
      { name: 'un concurrent', text: 'Un concurrent nous a signalés pour faire retirer notre offre.', errors: [at('Un concurrent nous a signalés pour faire retirer notre offre.', 'concurrent nous a signalés')] },
      { text: 'Ces plaintes viennent de nos concurrents.', errors: [at('Ces plaintes viennent de nos concurrents.', 'plaintes viennent de nos concurrents')] },
      { text: 'Les retards sont imputables au transporteur.', errors: [at('Les retards sont imputables au transporteur.', 'imputables au transporteur')] },
      { text: 'DPD a égaré trois colis en octobre.', errors: [at('DPD a égaré trois colis en octobre.', 'DPD a égaré')] },
      { text: 'Le colis a été perdu par La Poste.', errors: [at('Le colis a été perdu par La Poste.', 'perdu par La Poste')] },
    ],
  },
});
