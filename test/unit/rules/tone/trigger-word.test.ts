import { ruleTester } from '../../../helpers/rule-tester';
import { at } from './at';

const both = 'Each counterfeit and each fake unit was destroyed.';

ruleTester('tone/trigger-word', {
  en: {
    valid: [
      'The authenticity complaint was caused by one supplier.',
      { name: "Amazon's policy name", text: 'Our Anti-Counterfeiting Policy training is now mandatory.' },
      { name: 'monitoring the words buyers use', text: 'Any mention of a fake or counterfeit item triggers a stock check on that ASIN the same day.' },
      { name: 'a quoted buyer message', text: 'The buyer wrote:\n\n> This is a fake product and a scam!\n' },
      { name: 'inside an inline quotation', text: 'The buyer used the word “counterfeit” in his return reason.' },
      'We attached a copy of the invoice.',
      { name: 'faux leather', text: 'Our faux leather wallets are now listed with the right EAN.' },
      { name: 'keywords we watch for', text: 'Buyer messages with keywords such as scam or fake are escalated the same day.' },
      { name: 'an Amazon unit', text: "Amazon's Counterfeit Crimes Unit has not contacted us." },
      'We checked the authenticity of every unit against a reference sample.',
    ],
    invalid: [
      { text: 'The counterfeit complaint was caused by one supplier.', errors: [at('The counterfeit complaint was caused by one supplier.', 'counterfeit')] },
      { name: 'negated, still the word', text: 'Our products are not fake.', errors: [at('Our products are not fake.', 'fake')] },
      { text: 'The buyer called it a scam.', errors: [at('The buyer called it a scam.', 'scam')] },
      { text: 'We never sold replicas.', errors: [at('We never sold replicas.', 'replicas')] },
      { text: 'These are not knock-offs but genuine units.', errors: [at('These are not knock-offs but genuine units.', 'knock-offs')] },
      { text: 'The units were counterfeited by the wholesaler.', errors: [at('The units were counterfeited by the wholesaler.', 'counterfeited')] },
      { text: 'We removed all faked listings.', errors: [at('We removed all faked listings.', 'faked')] },
      { text: 'No bootleg items were ever in our stock.', errors: [at('No bootleg items were ever in our stock.', 'bootleg')] },
      { text: 'Two scammers ordered from us.', errors: [at('Two scammers ordered from us.', 'scammers')] },
      { name: 'two uses', text: both, errors: [at(both, 'counterfeit'), at(both, 'fake')] },
      { text: 'The buyer thought it was a knockoff.', errors: [at('The buyer thought it was a knockoff.', 'knockoff')] },
    ],
  },
  fr: {
    valid: [
      "La réclamation relative à l'authenticité vient d'un seul fournisseur.",
      { name: 'copie de la facture', text: 'La copie de la facture est jointe à ce plan.' },
      { name: 'faux au sens de « erroné »', text: 'Nous avons saisi un faux numéro de suivi pour la commande 171-1234567-1234567.' },
      { name: 'politique anti-contrefaçon', text: 'Notre politique anti-contrefaçon est appliquée à chaque fournisseur.' },
      { name: 'surveillance des mots', text: 'Tout message qui mentionne une contrefaçon ou une arnaque déclenche un contrôle du stock le jour même.' },
      { name: 'citation en bloc', text: "L'acheteur a écrit :\n\n> C'est une arnaque, ce produit est un faux !\n" },
      { name: 'imitation cuir', text: 'Nos portefeuilles en imitation cuir ont désormais le bon EAN.' },
      { name: 'faux cils (produit)', text: 'Nous vendons des faux cils et des faux ongles.' },
      { name: 'copie du bon de livraison', text: 'Une copie du bon de livraison est jointe.' },
      { name: 'fausse adresse', text: 'Le fournisseur a fourni une fausse adresse.' },
      { name: 'citation entre guillemets', text: 'Le client a utilisé le mot « contrefaçon » dans son avis.' },
    ],
    invalid: [
      { text: "La réclamation pour contrefaçon vient d'un seul fournisseur.", errors: [at("La réclamation pour contrefaçon vient d'un seul fournisseur.", 'contrefaçon')] },
      { name: 'des faux', text: 'Nos produits ne sont pas des faux.', errors: [at('Nos produits ne sont pas des faux.', 'faux')] },
      { text: "L'acheteur parle d'une arnaque.", errors: [at("L'acheteur parle d'une arnaque.", 'arnaque')] },
      { text: 'Ce ne sont pas des articles contrefaits.', errors: [at('Ce ne sont pas des articles contrefaits.', 'contrefaits')] },
      { text: "Nous n'avons jamais vendu de faux produits.", errors: [at("Nous n'avons jamais vendu de faux produits.", 'faux produits')] },
      { text: "Ces répliques venaient d'un grossiste.", errors: [at("Ces répliques venaient d'un grossiste.", 'répliques')] },
      { name: 'verbe après élision', text: "Le client nous accuse d'arnaquer les acheteurs.", errors: [at("Le client nous accuse d'arnaquer les acheteurs.", 'arnaquer')] },
      { text: "Il ne s'agit pas d'une imitation.", errors: [at("Il ne s'agit pas d'une imitation.", 'imitation')] },
      { name: 'articles copiés', text: 'Ces articles copiés ont été retirés.', errors: [at('Ces articles copiés ont été retirés.', 'copiés')] },
      { text: 'Le fabricant est un contrefacteur.', errors: [at('Le fabricant est un contrefacteur.', 'contrefacteur')] },
      { name: 'une copie (produit)', text: "C'est une copie chinoise.", errors: [at("C'est une copie chinoise.", 'copie')] },
    ],
  },
});
