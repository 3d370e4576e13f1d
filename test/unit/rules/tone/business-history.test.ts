import { md, ruleTester } from '../../../helpers/rule-tester';
import { at } from './at';

const opening = md`
  Dear Seller Performance team,

  We have been selling on Amazon since 2012 and take pride in our service.
`;
const family = "C'est une entreprise familiale de la troisième génération.";

ruleTester('tone/business-history', {
  en: {
    valid: [
      { name: 'a dated measure', text: 'Since 17 November 2026, every new supplier must provide written authorization.' },
      'We have been using the new stock tool since 19 November 2026.',
      'We have sold this carafe since 2019 in the same box.',
      { name: 'history of one product is a fact', text: 'We have been selling this product since March without a single breakage report.' },
      'Our store was set up to pause offers when stock reaches two units.',
      'We are a team of three, so one absence stopped dispatch.',
      'Our company was registered in Delaware under number 1234567.',
      { name: 'a process established', text: 'The process we established in 2020 did not cover fragile items.' },
      'We have 12 years of invoices from this distributor.',
      'Every customer receives a tracking number.',
    ],
    invalid: [
      { name: 'in the opening', text: opening, errors: [at(opening, 'We have been selling on Amazon since')] },
      { text: 'Our family business was founded in 1987.', errors: [at('Our family business was founded in 1987.', 'Our family business was founded in 1987')] },
      { text: 'We are a small family company with twelve employees.', errors: [at('We are a small family company with twelve employees.', 'We are a small family company')] },
      { text: 'My grandfather founded the shop in 1962.', errors: [at('My grandfather founded the shop in 1962.', 'My grandfather founded')] },
      { text: 'We have thousands of satisfied customers.', errors: [at('We have thousands of satisfied customers.', 'thousands of satisfied customers')] },
      { text: 'With over 20 years of experience, we know our products.', errors: [at('With over 20 years of experience, we know our products.', 'over 20 years of experience')] },
      { text: 'Our account has a spotless track record.', errors: [at('Our account has a spotless track record.', 'spotless track record')] },
      { text: 'This business is our only source of income.', errors: [at('This business is our only source of income.', 'This business is our only source of income')] },
      { name: 'contraction', text: 'We’ve been trading for over ten years.', errors: [at('We’ve been trading for over ten years.', 'We’ve been trading for over ten')] },
      { text: 'I started my business in 2009 as a market stall.', errors: [at('I started my business in 2009 as a market stall.', 'I started my business in')] },
      { text: 'We are a third-generation family firm.', errors: [at('We are a third-generation family firm.', 'third-generation')] },
      { text: 'Our employees will lose their jobs if the account stays closed.', errors: [at('Our employees will lose their jobs if the account stays closed.', 'employees will lose their jobs')] },
    ],
  },
  fr: {
    valid: [
      { name: 'mesure datée', text: 'Depuis le 19 novembre 2026, nous tenons un registre des autorisations.' },
      { name: 'relation fournisseur (fait)', text: 'Nous travaillons avec ce grossiste depuis 2019.' },
      { name: 'historique d’un produit', text: 'Nous vendons ce produit depuis 2020 dans le même carton.' },
      'Notre stock est vendu à la fois sur Amazon et sur notre boutique en ligne.',
      'La société Orsalia SAS nous a délivré une lettre d’autorisation.',
      'Nous sommes une équipe de trois personnes.',
      'Depuis le 7 novembre 2026, nos 203 envois portent tous un numéro de suivi valide.',
      'Notre boutique est désormais fermée le dimanche.',
      'Le SKU a été créé en 2024 avec un mauvais EAN.',
      'Nous conservons cinq ans de factures.',
    ],
    invalid: [
      { text: 'Notre entreprise existe depuis 1998.', errors: [at('Notre entreprise existe depuis 1998.', 'Notre entreprise existe depuis 1998')] },
      { text: 'Nous vendons sur Amazon depuis plus de dix ans.', errors: [at('Nous vendons sur Amazon depuis plus de dix ans.', 'Nous vendons sur Amazon depuis plus de')] },
      { text: 'Nous sommes une petite entreprise familiale.', errors: [at('Nous sommes une petite entreprise familiale.', 'Nous sommes une petite entreprise familiale')] },
      { text: 'Mon grand-père a fondé la boutique en 1962.', errors: [at('Mon grand-père a fondé la boutique en 1962.', 'Mon grand-père a fondé')] },
      { text: 'Nous avons des milliers de clients satisfaits.', errors: [at('Nous avons des milliers de clients satisfaits.', 'des milliers de clients satisfaits')] },
      { text: "Fort de vingt ans d'expérience, notre équipe connaît ses produits.", errors: [at("Fort de vingt ans d'expérience, notre équipe connaît ses produits.", "ans d'expérience")] },
      { text: 'Notre boutique a été fondée en 2005 à Lyon.', errors: [at('Notre boutique a été fondée en 2005 à Lyon.', 'Notre boutique a été fondée en 2005')] },
      { text: 'Cette boutique est notre seul gagne-pain.', errors: [at('Cette boutique est notre seul gagne-pain.', 'notre seul gagne-pain')] },
      { name: 'féminin', text: 'Je suis vendeuse sur Amazon depuis 2014.', errors: [at('Je suis vendeuse sur Amazon depuis 2014.', 'Je suis vendeuse sur Amazon depuis 2014')] },
      { text: 'Nous avons un parcours irréprochable.', errors: [at('Nous avons un parcours irréprochable.', 'un parcours irréprochable')] },
      { text: 'Nos salariés risquent de perdre leur emploi.', errors: [at('Nos salariés risquent de perdre leur emploi.', 'Nos salariés risquent de perdre')] },
      { name: 'deux éléments', text: family, errors: [at(family, 'entreprise familiale'), at(family, 'troisième génération')] },
    ],
  },
});
