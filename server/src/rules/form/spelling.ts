// A misspelt word tells the reviewer the plan was written in a hurry; this rule
// looks words up in real dictionaries (US and UK English, French) once they are
// loaded, and leaves names, identifiers and the marketplace's vocabulary alone.
import { defineRule } from '../define';
import { domainWords } from '../../locales';
import { findUnknownWords, wordKeySet } from '../../spelling/scan';
import type { Language } from '../../types';

const domainKeys: Record<Language, ReadonlySet<string>> = {
  en: wordKeySet(domainWords.en.words),
  fr: wordKeySet(domainWords.fr.words),
};

/** The accepted words as keys, computed once per configuration set. */
const acceptedKeys = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

export default defineRule({
  id: 'form/spelling',
  category: 'form',
  defaultSeverity: 'warning',
  languages: ['en', 'fr'],
  fixable: true,
  description: {
    en: 'A word is not in the dictionary of the appeal’s language.',
    fr: 'Un mot ne figure pas dans le dictionnaire de la langue du plan.',
  },
  messages: {
    en: {
      notInEnglish: '"{word}" is not in the English dictionary (US or UK): correct it, or add it to the project\'s word list if it is right.',
      notInFrench: '"{word}" is not in the French dictionary: correct it, or add it to the project\'s word list if it is right.',
      replace: 'Change to "{suggestion}"',
      addWord: 'Add "{word}" to the project\'s word list',
    },
    fr: {
      notInEnglish: '« {word} » ne figure pas dans le dictionnaire anglais (américain ou britannique) : corrigez-le, ou ajoutez-le à la liste de mots du projet s’il est juste.',
      notInFrench: '« {word} » ne figure pas dans le dictionnaire français : corrigez-le, ou ajoutez-le à la liste de mots du projet s’il est juste.',
      replace: 'Remplacer par « {suggestion} »',
      addWord: 'Ajouter « {word} » à la liste de mots du projet',
    },
  },
  check(doc, ctx) {
    // Undefined while the dictionary loads (the call starts the load): findings follow once it is there.
    const speller = ctx.resources.speller(ctx.language);
    if (!speller) return;
    let accepted = acceptedKeys.get(ctx.acceptedWords);
    if (!accepted) {
      accepted = wordKeySet(ctx.acceptedWords);
      acceptedKeys.set(ctx.acceptedWords, accepted);
    }
    const lists = { domain: domainKeys[ctx.language], accepted };
    const messageId = ctx.language === 'fr' ? 'notInFrench' : 'notInEnglish';
    for (const u of findUnknownWords(doc, ctx.language, speller, lists)) {
      ctx.report({
        start: u.start,
        end: u.end,
        messageId,
        args: { word: u.word },
        data: { word: u.word, language: ctx.language },
      });
    }
  },
});
