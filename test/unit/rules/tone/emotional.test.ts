import { ruleTester } from '../../../helpers/rule-tester';
import { at, mark } from './at';

const unacceptable = 'This is unacceptable!';
const outrageous = 'Outrageous!!!';
const heartbroken = 'We are heartbroken and desperate.';
const inadmissible = "C'est inadmissible !";
const scandale = "C'est un scandale !!";
const table = '| ORDER ID | SKU |\n|---|---|\n| 113-2290417-6653018 | MUG-BLUE |\n';
const tableFr = '| COMMANDE | DATE |\n|---|---|\n| 171-5520934-8816207 | 12/11/2026 |\n';

ruleTester('tone/emotional', {
  en: {
    valid: [
      'On 3 March 2026 we moved ASIN B0CHV5R8PN to FBA.',
      { name: 'acronyms in a row', text: 'Our UPS and DPD labels now carry the SKU, the EAN and the FNSKU.' },
      { name: 'a heading in capitals', text: '## ROOT CAUSE\n\nWe shipped before checking stock.\n' },
      { name: 'a line heading in capitals', text: 'ROOT CAUSE:\nWe shipped before checking stock.\n' },
      { name: 'company names', text: 'Brightline Goods LLC, ACME TRADING LTD and Orsalia SAS are our suppliers.' },
      { name: 'the buyer’s feelings are facts', text: 'The buyer was frustrated and angry, so we called her the same day.' },
      { name: 'shock absorption', text: 'Shock-absorbing inserts now protect the carafes.' },
      { name: 'a quoted message', text: 'The buyer wrote:\n\n> This is OUTRAGEOUS!!! I want my money back!\n' },
      { name: 'inside an inline quotation', text: 'The buyer wrote “Terrible service!” and we replied within an hour.' },
      'Orders 113-2290417-6653018 and 111-7735902-4418326 were refunded.',
      { name: 'a table header', text: table },
      { name: 'an exclamation mark inside a name', text: 'Yahoo!Mail addresses are now checked before dispatch.' },
      'Part II of the plan covers prevention.',
      { name: 'unacceptable as a plain qualifier', text: 'Unacceptable invoices (no manufacturer, no date) are rejected.' },
    ],
    invalid: [
      { name: 'word and exclamation mark', text: unacceptable, errors: [at(unacceptable, 'unacceptable'), mark(unacceptable, '!')], output: 'This is unacceptable.' },
      { text: 'We are devastated by this decision.', errors: [at('We are devastated by this decision.', 'devastated')] },
      { name: 'capitals (US is an acronym)', text: 'PLEASE HELP US restore our account.', errors: [at('PLEASE HELP US restore our account.', 'PLEASE HELP')] },
      { name: 'interrobang', text: 'The account was closed?!', errors: [mark('The account was closed?!', '!')], output: 'The account was closed?' },
      { text: 'This is absolutely ridiculous.', errors: [at('This is absolutely ridiculous.', 'ridiculous')] },
      { text: heartbroken, errors: [at(heartbroken, 'We are heartbroken'), at(heartbroken, 'desperate')] },
      { name: 'several marks', text: outrageous, errors: [at(outrageous, 'Outrageous'), mark(outrageous, '!!!')], output: 'Outrageous.' },
      { text: 'We have NEVER EVER had a complaint.', errors: [at('We have NEVER EVER had a complaint.', 'NEVER EVER')] },
      { text: 'This has destroyed our business.', errors: [at('This has destroyed our business.', 'destroyed our business')] },
      { text: 'The whole process has been a nightmare.', errors: [at('The whole process has been a nightmare.', 'nightmare')] },
      { text: 'Disgraceful treatment of a loyal seller.', errors: [at('Disgraceful treatment of a loyal seller.', 'Disgraceful')] },
      { text: 'We beg you to review our case.', errors: [at('We beg you to review our case.', 'We beg')] },
      { name: 'a friendly one still', text: 'Thank you for reading our plan!', errors: [mark('Thank you for reading our plan!', '!')], output: 'Thank you for reading our plan.' },
    ],
  },
  fr: {
    valid: [
      'Le 11 novembre 2026, nous avons activé la synchronisation des SKU entre Amazon et notre site.',
      { name: 'titre en capitales', text: "## CAUSE PRINCIPALE\n\nNotre stock n'était synchronisé qu'une fois par nuit.\n" },
      { name: 'raisons sociales', text: 'Garnier Beauté SAS et CÉRAMIQUES DUBOIS SARL sont nos fournisseurs.' },
      { name: 'la colère du client est un fait', text: "Le client était en colère ; nous l'avons rappelé le jour même." },
      { name: 'carton effondré', text: "Le carton s'est effondré sous le poids des plats." },
      { name: 'en outre', text: 'En outre, nous contrôlons chaque colis.' },
      { name: 'citation en bloc', text: "L'acheteur a écrit :\n\n> C'est honteux !!!\n" },
      { name: 'citation entre guillemets', text: "Son message disait « c'est scandaleux ! », et nous avons répondu dans l'heure." },
      'Nous appliquons les normes NF et CE à nos emballages.',
      'La TVA et le SAV sont gérés par notre équipe.',
      { name: 'tableau', text: tableFr },
      { name: 'inacceptable, simple qualificatif', text: 'Les factures inacceptables (sans fabricant ni date) sont refusées.' },
    ],
    invalid: [
      { name: 'mot et point d’exclamation avec espace', text: inadmissible, errors: [at(inadmissible, 'inadmissible'), mark(inadmissible, '!')], output: "C'est inadmissible." },
      { text: 'Nous sommes dégoûtés par cette décision.', errors: [at('Nous sommes dégoûtés par cette décision.', 'dégoûtés')] },
      { name: 'majuscules', text: 'MERCI DE RÉTABLIR notre compte.', errors: [at('MERCI DE RÉTABLIR notre compte.', 'MERCI DE RÉTABLIR')] },
      { name: 'féminin', text: 'Cette situation est honteuse.', errors: [at('Cette situation est honteuse.', 'honteuse')] },
      { name: 'deux points', text: scandale, errors: [at(scandale, 'scandale'), mark(scandale, '!!')], output: "C'est un scandale." },
      { text: 'Nous sommes effondrés depuis la suspension.', errors: [at('Nous sommes effondrés depuis la suspension.', 'Nous sommes effondrés')] },
      { text: 'Une sanction totalement ridicule.', errors: [at('Une sanction totalement ridicule.', 'ridicule')] },
      { text: 'Nous vous en supplions, rétablissez notre compte.', errors: [at('Nous vous en supplions, rétablissez notre compte.', 'Nous vous en supplions')] },
      { text: 'Cette suspension a ruiné notre entreprise.', errors: [at('Cette suspension a ruiné notre entreprise.', 'ruiné notre entreprise')] },
      { text: "C'est révoltant.", errors: [at("C'est révoltant.", 'révoltant')] },
      { name: '?! garde le point d’interrogation', text: 'Vraiment ?!', errors: [mark('Vraiment ?!', '!')], output: 'Vraiment ?' },
      { text: 'Nous sommes en colère.', errors: [at('Nous sommes en colère.', 'colère')] },
      { name: 'espace insécable', text: 'Merci\u00a0!', errors: [mark('Merci\u00a0!', '!')], output: 'Merci.' },
    ],
  },
});
