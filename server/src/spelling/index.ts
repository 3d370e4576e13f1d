/** Spelling: dictionaries, their lazy loading, the speller and the word scan of `form/spelling`. */
export { CACHE_DIR, loadSpeller, WORKER_FILE, writeDictionaryCache, type LoadSpellerOptions } from './loader';
export { cacheFileName, DICTIONARY_PACKAGES, resolveDictionaries, resolveDictionary, type DictionaryFile } from './dictionaries';
export { DictionarySpeller, applyShape, caseShape, type CaseShape, type SpellerTrie } from './speller';
export { findUnknownWords, wordKey, wordKeySet, type UnknownWord, type WordLists } from './scan';
export { wordListEdit, type WordListTarget } from './word-list';
