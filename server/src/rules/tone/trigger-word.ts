// Amazon's systems watch for words such as "counterfeit" or "scam"; a seller who writes them feeds the very signal it answers.
import { phraseRule, toneLexicons } from '../phrase';

export default phraseRule({
  id: 'tone/trigger-word',
  defaultSeverity: 'info',
  description: {
    en: 'Avoid words that Amazon\'s systems flag ("counterfeit", "scam", "fake"): name the complaint neutrally.',
    fr: "Évitez les mots que les systèmes d'Amazon repèrent (« contrefaçon », « arnaque ») : nommez la réclamation de façon neutre.",
  },
  messages: {
    en: { trigger: '"{phrase}" is a word Amazon\'s systems watch for. Name the complaint neutrally, such as "the authenticity complaint".' },
    fr: { trigger: "« {phrase} » fait partie des mots que surveillent les systèmes d'Amazon. Nommez la réclamation de façon neutre, par exemple « la réclamation relative à l'authenticité »." },
  },
  defaultMessage: 'trigger',
  data: toneLexicons((t) => t.triggerWords),
});
