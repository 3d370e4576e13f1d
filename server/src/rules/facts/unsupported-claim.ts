// Amazon decides on evidence; describing yourself as honest or reliable proves nothing and takes the reviewer's time.
import { factsData } from '../../locales';
import { phraseRule } from '../phrase';

export default phraseRule({
  id: 'facts/unsupported-claim',
  category: 'facts',
  defaultSeverity: 'warning',
  description: {
    en: 'Facts instead of self-description: no "we are an honest seller", "trust us" or "we always provide excellent service".',
    fr: "Des faits plutôt qu'un autoportrait : pas de « je suis un vendeur honnête », « faites-nous confiance » ou « nous offrons toujours un excellent service ».",
  },
  defaultMessage: 'selfDescription',
  messages: {
    en: {
      selfDescription: '"{phrase}" describes the seller instead of the facts. Remove it, or replace it with evidence the reviewer can check (an invoice, a figure, a date).',
      trust: '"{phrase}" asks the reviewer to take your word. Give the evidence instead: documents, order IDs, dates.',
    },
    fr: {
      selfDescription: "« {phrase} » décrit le vendeur au lieu des faits. Supprimez-le, ou remplacez-le par une preuve vérifiable (une facture, un chiffre, une date).",
      trust: "« {phrase} » demande au lecteur de vous croire sur parole. Donnez plutôt les preuves : documents, numéros de commande, dates.",
    },
  },
  data: {
    en: { vocab: factsData.en.vocab, negation: factsData.en.negation, entries: factsData.en.unsupportedClaim },
    fr: { vocab: factsData.fr.vocab, negation: factsData.fr.negation, entries: factsData.fr.unsupportedClaim },
  },
});
