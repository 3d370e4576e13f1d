/** The phrase factory (`server/src/rules/phrase.ts`) that the tone and facts phrase rules share. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../../../server/src/document/model';
import { toneData } from '../../../../server/src/locales';
import type { PhraseEntry, ToneData } from '../../../../server/src/locales/types';
import {
  compileLexicon,
  compileLexicons,
  expandPattern,
  findPhrases,
  foldSameLength,
  requiredWords,
  toneLexicons,
  type PhraseLexicon,
} from '../../../../server/src/rules/phrase';

const lexicon: PhraseLexicon = {
  vocab: { buyer: 'buyers?|customers?', person: '(?:the )?{buyer}' },
  negation: "\\p{L}+n't|not|never",
  entries: [
    { match: '{person} {0-2} lied', negatable: true },
    { match: 'avocat', unless: ["huile d' avocat"] },
    { match: 'carrier lost', unlessSentence: ['we chose'] },
    { match: 'late', roles: ['root-cause'] },
    { match: 'sue', notName: true },
    { match: 'very (?<hit>bad)|so (?<hit2>awful)' },
    { match: 'lied about' },
    { match: "l' acheteur a menti" },
  ],
};
const compiled = compileLexicon(lexicon);

function found(text: string, options?: { prefilter?: boolean }): string[] {
  return findPhrases(parseDocument(text, { forced: 'en' }), compiled, options).map((m) => m.text);
}

describe('phrase factory', () => {
  describe('foldSameLength', () => {
    it('lowers case, drops accents and straightens apostrophes without moving offsets', () => {
      for (const [input, output] of [
        ['L’Acheteur a MENTI', "l'acheteur a menti"],
        ['Désolée\u00a0!', 'desolee !'],
        ['cœur Œuvre', 'cøur øuvre'],
        ['Ça – là…', 'ca - la.'],
      ]) {
        assert.equal(foldSameLength(input), output);
        assert.equal(foldSameLength(input).length, input.length);
      }
    });
    it('keeps the length and only Latin-1 characters for any input', () => {
      const input = 'İstanbul 😀 Привет ﬁn e\u0301 ß 2€ “x”';
      const out = foldSameLength(input);
      assert.equal(out.length, input.length);
      assert.ok([...out].every((c) => c.charCodeAt(0) <= 0xff), out);
      assert.equal(out, 'istanbul    ÿÿÿÿÿÿ ÿn eÿ ß 2   x ');
    });
  });

  describe('expandPattern', () => {
    it('expands vocabulary, nested vocabulary and word gaps', () => {
      const re = new RegExp(expandPattern('{person} {0-2} lied', lexicon.vocab), 'u');
      assert.match('the customer clearly lied', re);
      assert.match('buyers lied', re);
      assert.doesNotMatch('the customer was very clearly lied', re);
    });
    it('leaves \\p{…} alone, keeps spaces in classes as \\s, and makes " ?" optional', () => {
      assert.equal(new RegExp(expandPattern('\\p{L}+', {}), 'u').test('é'), true);
      assert.match('bad faith', new RegExp(expandPattern('bad[- ]faith', {}), 'u'));
      assert.match('bad-faith', new RegExp(expandPattern('bad[- ]faith', {}), 'u'));
      assert.match('ab', new RegExp(expandPattern('a ?b', {}), 'u'));
    });
    it('refuses an unknown vocabulary name', () => {
      assert.throws(() => expandPattern('{nobody} lied', lexicon.vocab), /unknown vocabulary name/);
    });
  });

  describe('findPhrases', () => {
    it('reports the words as written, across emphasis and line breaks of one paragraph', () => {
      assert.deepEqual(found('The customer lied.'), ['The customer lied']);
      assert.deepEqual(found('The **customer** lied.'), ['The customer lied']);
      assert.deepEqual(found('The customer\nlied.'), ['The customer\nlied'.replace('\n', ' ')]);
    });
    it('never matches across sentences or paragraphs', () => {
      assert.deepEqual(found('The customer. Lied about it.'), ['Lied about']);
      assert.deepEqual(found('The customer\n\nlied.'), []);
    });
    it('skips block quotes, inline quotations, code, HTML comments and the header', () => {
      assert.deepEqual(found('> The customer lied.\n'), []);
      assert.deepEqual(found('She wrote “the customer lied” and we replied.'), []);
      assert.deepEqual(found('She wrote "the customer lied" and we replied.'), []);
      assert.deepEqual(found('Run `the customer lied` now.'), []);
      assert.deepEqual(found('<!-- the customer lied -->\nFine.'), []);
      assert.deepEqual(found('---\nreasons: [damaged]\nnote: the customer lied\n---\nFine.\n'), []);
    });
    it('does not take an inch mark for a quotation', () => {
      assert.deepEqual(found('A 12" box. The customer lied.'), ['The customer lied']);
    });
    it('drops a negated match when the entry is negatable', () => {
      assert.deepEqual(found('The customer never lied.'), []);
      assert.deepEqual(found('The customer didn’t lie, the customer lied.'), ['the customer lied']);
    });
    it('applies `unless` only where it overlaps the match', () => {
      assert.deepEqual(found("Notre huile d'avocat est bio."), []);
      assert.deepEqual(found("Notre huile d’avocat et notre avocat."), ['avocat']);
    });
    it('applies `unlessSentence` to the whole sentence', () => {
      assert.deepEqual(found('The carrier lost it.'), ['carrier lost']);
      assert.deepEqual(found('The carrier lost it because we chose letters.'), []);
    });
    it('scopes by the role of the nearest section that has one', () => {
      assert.deepEqual(found('## Root cause\n\nOrders were late.\n'), ['late']);
      assert.deepEqual(found('## Root cause\n\n### Dispatch\n\nOrders were late.\n'), ['late']);
      assert.deepEqual(found('## Preventive measures\n\nNo order is late.\n'), []);
      assert.deepEqual(found('Orders were late.'), []);
    });
    it('tells a name from the word', () => {
      assert.deepEqual(found('Sue checked it.'), []);
      assert.deepEqual(found('We will sue.'), ['sue']);
      assert.deepEqual(found('WE WILL SUE.'), ['SUE']);
    });
    it('reports the hit group of whichever alternative matched', () => {
      assert.deepEqual(found('A very bad day, so awful.'), ['bad', 'awful']);
    });
    it('merges overlapping matches into the first', () => {
      assert.deepEqual(found('The customer lied about it.'), ['The customer lied']);
    });
    it('matches elisions with either apostrophe', () => {
      assert.deepEqual(found("L'acheteur a menti."), ["L'acheteur a menti"]);
      assert.deepEqual(found('L’acheteur a menti.'), ['L’acheteur a menti']);
    });
  });

  describe('requiredWords', () => {
    const required = (src: string): string[][] =>
      requiredWords(expandPattern(src, lexicon.vocab, 0, false))
        .map((r) => [...r].sort())
        .sort((a, b) => a.join().localeCompare(b.join()));
    it('lists each mandatory word or alternation, not optional parts', () => {
      assert.deepEqual(required('{person} {0-2} lied'), [['buyer', 'customer'], ['lied']]);
      assert.deepEqual(required('(?:the )?carrier (?:lost|broke)s?'), [['broke', 'lost'], ['carrier']]);
      assert.deepEqual(required("n'a pas lu"), [['a'], ['lu'], ['n'], ['pas']]);
    });
    it('gives up (no constraint) when a pattern may start anywhere', () => {
      assert.deepEqual(required('\\p{L}+ lied'), [['lied']]);
      assert.deepEqual(required('[a-z]+'), []);
    });
  });

  describe('the word-index prefilter', () => {
    const root = path.resolve(__dirname, '../../../..');
    const corpus = [
      ...['en', 'fr'].flatMap((l) => {
        const dir = path.join(root, 'test/fixtures/appeals/good', l);
        return fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')) : [];
      }),
      'We are sorry! The buyer is clearly lying, the courier lost the parcel and our lawyer will sue. This is unfair, not our fault.',
      "Nous sommes désolés ! L'acheteur ment, La Poste a perdu le colis et notre avocat engagera des poursuites judiciaires. C'est injuste.",
      'We have been selling since 2012. We sold counterfeit goods knowingly. Every mention of a fake triggers a check.',
      'Notre entreprise existe depuis 1998. Nous avons vendu des contrefaçons sciemment. Tout message qui mentionne une arnaque est lu.',
    ];
    const keys: (keyof ToneData)[] = ['blamesBuyer', 'blamesAmazon', 'blamesCarrier', 'threat', 'triggerWords', 'overAdmission', 'businessHistory', 'apologies', 'emotionalWords'];
    it('never hides a match: the same findings with and without it', () => {
      let total = 0;
      for (const key of keys) {
        const lex = compileLexicons(toneLexicons((t) => t[key] as readonly PhraseEntry[]));
        for (const text of corpus) {
          for (const language of ['en', 'fr'] as const) {
            const doc = parseDocument(text, { forced: language });
            const a = findPhrases(doc, lex[language]).map((m) => `${m.start}-${m.end}`);
            const b = findPhrases(doc, lex[language], { prefilter: false }).map((m) => `${m.start}-${m.end}`);
            assert.deepEqual(a, b, `${key} ${language} on: ${text.slice(0, 60)}`);
            total += a.length;
          }
        }
      }
      assert.ok(total >= 15, `the corpus should exercise the rules (found ${total})`);
    });
  });

  describe('the tone data', () => {
    const sources = (t: ToneData): string[] => [
      t.negation,
      ...Object.values(t.vocab),
      ...(['blamesBuyer', 'blamesAmazon', 'blamesCarrier', 'threat', 'triggerWords', 'overAdmission', 'businessHistory', 'apologies', 'emotionalWords'] as const).flatMap(
        (k) => t[k].flatMap((e) => [e.match, ...(e.unless ?? []), ...(e.unlessSentence ?? [])]),
      ),
    ];
    for (const language of ['en', 'fr'] as const) {
      it(`is written in folded form (${language}): lower case, no accents, straight apostrophes`, () => {
        for (const src of sources(toneData[language])) {
          const bare = src.replace(/\\[pP]\{[^}]*\}|\\[A-Za-z]|\{[A-Za-z]\w*\}/g, '');
          assert.doesNotMatch(bare, /[A-Z]/, src);
          assert.doesNotMatch(bare, /[À-ÖØ-öù-ÿ’‘]/, src);
        }
      });
    }
    it('compiles in both languages', () => {
      for (const key of ['blamesBuyer', 'threat', 'emotionalWords'] as const) {
        const lex = compileLexicons(toneLexicons((t) => t[key]));
        assert.ok(lex.en.phrases.length > 0 && lex.fr.phrases.length > 0);
      }
    });
  });
});
