// No seller can promise that a problem will never recur; a reviewer reads such a promise as a sign the cause was not analysed.
import { factsData } from '../../locales';
import { phraseRule } from '../phrase';

export default phraseRule({
  id: 'facts/over-promise',
  category: 'facts',
  defaultSeverity: 'warning',
  description: {
    en: 'No promise of a perfect outcome ("will never happen again", "zero risk"): describe the controls that make a repeat unlikely.',
    fr: "Pas de promesse de résultat parfait (« cela ne se reproduira plus jamais », « risque zéro ») : décrivez les contrôles qui rendent une récidive improbable.",
  },
  defaultMessage: 'never',
  messages: {
    en: {
      never: '"{phrase}" promises an outcome no one can guarantee. Describe the control that makes a repeat unlikely and how you will notice if it fails.',
      risk: '"{phrase}" claims a risk that no process removes entirely. Say which check now catches the problem, and how often it runs.',
      guarantee: '"{phrase}" guarantees a result. Replace it with the measure in place and the figure that shows it works.',
    },
    fr: {
      never: "« {phrase} » promet un résultat que personne ne peut garantir. Décrivez le contrôle qui rend une récidive improbable et comment vous repérerez un raté.",
      risk: "« {phrase} » annonce un risque qu'aucune procédure n'élimine totalement. Dites quel contrôle détecte désormais le problème, et à quelle fréquence.",
      guarantee: '« {phrase} » garantit un résultat. Remplacez-le par la mesure en place et le chiffre qui montre son efficacité.',
    },
  },
  data: {
    en: { vocab: factsData.en.vocab, negation: factsData.en.negation, entries: factsData.en.overPromise },
    fr: { vocab: factsData.fr.vocab, negation: factsData.fr.negation, entries: factsData.fr.overPromise },
  },
});
