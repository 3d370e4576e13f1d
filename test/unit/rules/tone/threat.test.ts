import { ruleTester } from '../../../helpers/rule-tester';
import { at } from './at';

const takeToCourt = 'We are prepared to take you to court.';
const poursuivre = 'Nous vous poursuivrons en justice.';

ruleTester('tone/threat', {
  en: {
    valid: [
      { name: 'a person called Sue', text: 'Sue, our warehouse lead, checked every parcel on 3 March.' },
      { name: 'Sue after "will"', text: 'We will ask Sue to recount the stock every Monday.' },
      { name: 'power of attorney', text: "The brand's power of attorney is attached." },
      { name: 'avocado oil', text: 'Our avocado oil listings now show the correct EAN.' },
      'We checked the legal name on our invoices against Seller Central.',
      'We will continue to check every invoice.',
      { name: 'court shoes', text: 'Our court shoes are now packed in double-wall boxes.' },
      { name: 'a quoted buyer message', text: 'The buyer wrote:\n\n> I will sue you and take you to court!\n' },
      'The legal requirements for CE marking are met.',
      'We filed a claim with the carrier for the two lost parcels.',
      { name: 'inside an inline quotation', text: 'The buyer’s message mentioned “legal action”, and we replied within an hour.' },
    ],
    invalid: [
      { text: 'Our lawyer has reviewed this suspension.', errors: [at('Our lawyer has reviewed this suspension.', 'Our lawyer')] },
      { text: 'We will take legal action if the account is not reinstated.', errors: [at('We will take legal action if the account is not reinstated.', 'legal action')] },
      { name: 'we will sue', text: 'We will sue Amazon for the lost sales.', errors: [at('We will sue Amazon for the lost sales.', 'sue')] },
      { text: takeToCourt, errors: [at(takeToCourt, 'take you to court')] },
      { text: 'We have contacted a solicitor about this matter.', errors: [at('We have contacted a solicitor about this matter.', 'contacted a solicitor')] },
      { text: 'A lawsuit is being prepared.', errors: [at('A lawsuit is being prepared.', 'lawsuit')] },
      { text: 'We reserve all our rights.', errors: [at('We reserve all our rights.', 'reserve all our rights')] },
      { name: 'escalation', text: 'We will report this to the FTC and the press.', errors: [at('We will report this to the FTC and the press.', 'report this to the FTC')] },
      {
        text: 'This is a breach of the Business Solutions Agreement.',
        errors: [at('This is a breach of the Business Solutions Agreement.', 'breach of the Business Solutions Agreement')],
      },
      { text: 'Our legal team will be in touch.', errors: [at('Our legal team will be in touch.', 'Our legal team')] },
      { text: 'We will have no choice but to start legal proceedings.', errors: [at('We will have no choice but to start legal proceedings.', 'legal proceedings')] },
      { name: 'in capitals', text: 'WE WILL SUE YOU.', errors: [at('WE WILL SUE YOU.', 'SUE')] },
      { name: 'suing, another form', text: 'We are considering suing your company.', errors: [at('We are considering suing your company.', 'suing')] },
    ],
  },
  fr: {
    valid: [
      { name: "huile d'avocat", text: "Notre huile d'avocat bio est désormais emballée dans un carton double cannelure." },
      { name: "soin à l'avocat", text: "Le masque à l'avocat a été retiré de la vente." },
      { name: 'poursuivre = continuer', text: 'Nous poursuivons nos contrôles chaque lundi.' },
      { name: 'poursuivre au futur', text: "Nous poursuivrons la formation de l'équipe en décembre." },
      { name: 'greffe du tribunal de commerce', text: 'Garnier Beauté SAS, immatriculée au greffe du tribunal de commerce de Lyon.' },
      { name: 'plainte contre le fournisseur (fait)', text: 'Nous avons porté plainte contre notre ancien fournisseur.' },
      'La copie de la facture est jointe.',
      'Nous allons porter une attention particulière aux emballages.',
      { name: 'citation en bloc', text: "L'acheteur a écrit :\n\n> Je vais porter plainte et saisir le tribunal !\n" },
      { name: 'des avocats (fruits)', text: "Nous vendons des avocats bio et de l'huile d'avocat." },
      'Nous avons engagé une nouvelle préparatrice en janvier.',
      'Les mentions légales de notre site ont été mises à jour.',
    ],
    invalid: [
      { text: 'Notre avocat a examiné cette suspension.', errors: [at('Notre avocat a examiné cette suspension.', 'Notre avocat')] },
      { text: "Nous engagerons une action en justice si le compte n'est pas rétabli.", errors: [at("Nous engagerons une action en justice si le compte n'est pas rétabli.", 'action en justice')] },
      { text: "Nous n'hésiterons pas à porter plainte.", errors: [at("Nous n'hésiterons pas à porter plainte.", "n'hésiterons pas à porter plainte")] },
      { text: 'Nous avons consulté un avocat spécialisé.', errors: [at('Nous avons consulté un avocat spécialisé.', 'consulté un avocat')] },
      { text: 'Des poursuites judiciaires seront engagées.', errors: [at('Des poursuites judiciaires seront engagées.', 'poursuites judiciaires')] },
      { name: 'saisir le tribunal de commerce', text: 'Nous saisirons le tribunal de commerce.', errors: [at('Nous saisirons le tribunal de commerce.', 'saisirons le tribunal')] },
      { name: 'poursuivre en justice', text: poursuivre, errors: [at(poursuivre, 'vous poursuivrons'), at(poursuivre, 'en justice')] },
      { text: 'Ceci constitue une mise en demeure.', errors: [at('Ceci constitue une mise en demeure.', 'mise en demeure')] },
      { text: 'Nous informerons la DGCCRF de vos pratiques.', errors: [at('Nous informerons la DGCCRF de vos pratiques.', 'informerons la DGCCRF')] },
      { text: 'Nous réclamerons des dommages et intérêts.', errors: [at('Nous réclamerons des dommages et intérêts.', 'dommages et intérêts')] },
      { text: 'Nous ferons appel à un avocat.', errors: [at('Nous ferons appel à un avocat.', 'ferons appel à un avocat')] },
      { text: 'Vous enfreignez le règlement P2B.', errors: [at('Vous enfreignez le règlement P2B.', 'règlement P2B')] },
      { name: 'féminin', text: 'Mon avocate vous écrira.', errors: [at('Mon avocate vous écrira.', 'Mon avocate')] },
    ],
  },
});
