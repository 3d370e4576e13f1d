import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { md, ruleTester, sharedEngine } from '../../../helpers/rule-tester';
import { createEngine, loadSpeller, writeDictionaryCache, type Finding, type Language, type Speller } from '../../../../server/src/engine';
import { cacheFileName, resolveDictionary } from '../../../../server/src/spelling/dictionaries';

const RULE = 'form/spelling';
const root = path.resolve(__dirname, '../../../..');

function spellingFindings(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.ruleId === RULE);
}

describe('form/spelling (dictionaries loaded)', () => {
  before(async function () {
    this.timeout(60_000);
    const engine = await sharedEngine();
    await engine.ready('en');
    await engine.ready('fr');
  });

  ruleTester(RULE, {
    en: {
      valid: [
        'We received the address and will definitely reply within 24 hours.',
        { name: 'US and UK spellings', text: 'We checked the colour and the color, the organisation and the organization, the catalogue and the catalog.' },
        { name: 'capitals at the start and in capitals', text: 'Received parcels are logged. IMPORTANT: every parcel is scanned.' },
        { name: 'possessives and contractions, both apostrophes', text: "The seller's account and the buyers’ parcels: we don't and won’t skip a check. Amazon's policy applies." },
        { name: 'hyphenated words', text: 'We re-checked every drop-tested, seller-fulfilled order in a well-known, up-to-date list.' },
        {
          name: 'marketplace vocabulary',
          text: 'The ASIN, the SKUs, the FBA and FBM orders, the A-to-z claims and the Buy Box in Seller Central; parcels go with Colissimo, Chronopost, DPD or UPS. Our dropshipping timeframe is short.',
        },
        {
          name: 'identifiers, numbers, URLs and e-mail addresses',
          text: 'Order 171-1234567-1234567 (ASIN B07XYZ1234, EAN 5060987123456) left on the 3rd; see https://sellercentral.amazon.co.uk/hlep or write to suport@exmaple-shop.co.uk.',
        },
        { name: 'domains and file names', text: 'Listings on amazon.fr and amazon.co.uk are checked against the file retuns.xlsx every week.' },
        { name: 'code', text: 'Our script `recieve_orders --fixx` runs each night.' },
        { name: 'block quote', text: '> We recieved nothing and the parcle was damagd.\n\nWe refunded the buyer.' },
        { name: 'inline quotation', text: 'The buyer wrote "the parcle never came", and we refunded the order.' },
        { name: 'names and brands', text: 'Our manager, Jon Smiht, called Shenzhen Lianhua Trading about the PowerCore and iPhone cases.' },
        { name: 'a name at the start of a sentence', text: 'Smiht Logistics collects our parcels every evening.' },
        { name: 'acronyms', text: 'The QA lead and the SOP owner review the KPIs with our 3PL every Monday.' },
        { name: 'words from the configuration', text: 'Our zorblax labels are printed daily.', options: { config: { words: ['Zorblax'] } } },
        { name: 'a disabled line', text: 'We recieved it. <!-- appeal-lint-disable-line form/spelling -->' },
        { name: 'a sentence in the other language', text: 'Amazon wrote: nous avons désactivé votre compte vendeur suite à plusieurs expéditions tardives. We fixed the cause.' },
      ],
      invalid: [
        {
          text: 'We recieved the adress and will definately reply.',
          errors: [
            { line: 1, column: 4, message: '"recieved" is not in the English dictionary', endColumn: 12 },
            { line: 1, column: 17, message: '"adress"' },
            { line: 1, column: 33, message: '"definately"' },
          ],
        },
        { name: 'a capital at the start of a sentence is checked', text: 'Definately, the parcel arrived.', errors: [{ line: 1, column: 1, message: '"Definately"' }] },
        { name: 'headings', text: '## Corective actions\n\nWe checked every order.\n', errors: [{ line: 1, column: 4, message: '"Corective"' }] },
        { name: 'list items', text: '- Every parcle is scanned.\n- Every order is checked.\n', errors: [{ line: 1, column: 9, message: '"parcle"' }] },
        { name: 'only the unknown part of a hyphenated word', text: 'We re-checkd the stock.', errors: [{ line: 1, column: 7, message: '"checkd"', endColumn: 13 }] },
        { name: 'long words in capitals', text: 'We RECIEVED the parcel.', errors: [{ line: 1, column: 4, message: '"RECIEVED"' }] },
        { name: 'outside quotation marks', text: 'The buyer wrote "parcle" but our parcle log shows delivery.', errors: [{ line: 1, column: 34 }] },
        {
          name: 'several slips in one sentence are all reported',
          text: 'We recieved the adress of the warehose and definately replied to the buyer today.',
          errors: [{ line: 1, column: 4 }, { line: 1, column: 17 }, { line: 1, column: 31 }, { line: 1, column: 44 }],
        },
        {
          name: 'accepted words do not cover other words',
          text: 'Our zorblax labels are printed dialy.',
          options: { config: { words: ['zorblax'] } },
          errors: [{ line: 1, column: 32, message: '"dialy"' }],
        },
        {
          name: 'message in French for an English appeal',
          text: 'We recieved it.',
          options: { messageLanguage: 'fr' },
          errors: [{ line: 1, column: 4, message: '« recieved » ne figure pas dans le dictionnaire anglais' }],
        },
      ],
    },
    fr: {
      valid: [
        'Nous avons déjà vérifié la commande et l’événement.',
        {
          name: 'élisions, avec les deux apostrophes',
          text: "L'acheteur a dit qu'il attendait ; l’acheteuse aussi, jusqu’à lundi. Aujourd’hui, c'est réglé, puisqu’elle l’a reçu. D’abord, l’EAN.",
        },
        { name: 'traits d’union', text: 'Peut-être a-t-il raison ; est-ce clair ? Le week-end, le code-barres et le porte-monnaie sont ci-dessous.' },
        { name: 'pluriels et féminins', text: 'Les vendeuses et les acheteuses sont informées ; nos salariées sont formées et nos emballeuses aussi.' },
        { name: 'une faute de grammaire n’est pas une faute d’orthographe', text: 'Le vendeur a expédier les colis.' },
        { name: 'majuscules accentuées', text: 'LIVRAISON RETARDÉE : nous avons vérifié. État des lieux : Élodie a vérifié.' },
        {
          name: 'vocabulaire de la place de marché',
          text: 'Les ASIN, les SKU, la garantie A-to-z, la Buy Box et Performance Vendeur ; Colissimo, Chronopost, DPD et UPS livrent nos colis. Les rétrofacturations sont rares, le tracking est complet.',
        },
        {
          name: 'identifiants, nombres, URL et adresses',
          text: 'La commande 402-7719406-5524183 (ASIN B0CX4RN7PE) est partie le 1er mars ; voir https://sellercentral.amazon.fr/aide ou écrire à servise@boutique-exmple.fr.',
        },
        { name: 'texte anglais entre guillemets', text: 'Nos chargeurs « PowerBank Ultra Slim Charger » et le "Travel Kettle Deluxe" sont expédiés ; le client a écrit « the parcle never came ».' },
        { name: 'noms propres', text: 'Notre responsable, Élodie Marchand, a appelé Maison Vallorge et l’Oréal.' },
        { name: 'mots du projet', text: 'Nos étiquettes zorblax sont imprimées chaque jour.', options: { config: { words: ['zorblax'] } } },
        { name: 'accents décomposés et ligatures', text: `Nous avons vérifié l’${'événement'.normalize('NFD')} et le ﬁchier ; la manœuvre est faite.` },
        { name: 'une phrase anglaise non citée', text: 'Le client a écrit : your parcel has been delivered to the wrong address yesterday.' },
      ],
      invalid: [
        {
          text: 'Nous avons déja vérifié la comande.',
          errors: [
            { line: 1, column: 12, message: '« déja » ne figure pas dans le dictionnaire français', endColumn: 16 },
            { line: 1, column: 28, message: '« comande »' },
          ],
        },
        { name: 'après une élision', text: "L'evenement est clos, et l’evenement suivant aussi.", errors: [{ line: 1, column: 3, message: '« evenement »' }, { line: 1, column: 28 }] },
        { name: 'majuscule en début de phrase', text: 'Comande expédiée le jour même.', errors: [{ line: 1, column: 1, message: '« Comande »' }] },
        { name: 'partie d’un mot composé', text: 'Le porte-monaie est vide.', errors: [{ line: 1, column: 10, message: '« monaie »', endColumn: 16 }] },
        { name: 'titres', text: '## Actions corectives\n\nNous avons tout vérifié.\n', errors: [{ line: 1, column: 12, message: '« corectives »' }] },
        { name: 'un mot anglais hors guillemets', text: 'Le parcel est arrivé.', errors: [{ line: 1, column: 4, message: '« parcel »' }] },
      ],
    },
  });

  describe('suggestions (engine.suggest)', () => {
    const firsts: [Language, string, string][] = [
      ['en', 'recieved', 'received'],
      ['en', 'definately', 'definitely'],
      ['en', 'adress', 'address'],
      ['en', 'seperate', 'separate'],
      ['en', 'shiping', 'shipping'],
      ['en', 'wich', 'which'],
      ['en', 'reciept', 'receipt'],
      ['en', 'garantee', 'guarantee'],
      ['fr', 'déja', 'déjà'],
      ['fr', 'evenement', 'événement'],
      ['fr', 'comande', 'commande'],
      ['fr', 'receptionné', 'réceptionné'],
      ['fr', 'entrepot', 'entrepôt'],
      ['fr', 'qualitée', 'qualité'],
      ['fr', 'remboursment', 'remboursement'],
      ['fr', 'delai', 'délai'],
    ];
    for (const [language, word, first] of firsts) {
      it(`${language}: "${word}" → "${first}" first`, async () => {
        const got = (await sharedEngine()).suggest(word, language, 5);
        assert.equal(got[0], first, `suggestions: ${got.join(', ')}`);
        assert.ok(got.length <= 5);
      });
    }

    it('keeps the writer’s capitalisation and apostrophe', async () => {
      const engine = await sharedEngine();
      assert.equal(engine.suggest('Recieved', 'en', 3)[0], 'Received');
      assert.equal(engine.suggest('RECIEVED', 'en', 3)[0], 'RECEIVED');
      assert.equal(engine.suggest('Déja', 'fr', 3)[0], 'Déjà');
      assert.equal(engine.suggest("aujourd'hiu", 'fr', 3)[0], "aujourd'hui");
      assert.equal(engine.suggest('aujourd’hiu', 'fr', 3)[0], 'aujourd’hui');
    });

    it('offers no acronyms for lower-case words and no possessives for plain words', async () => {
      const engine = await sharedEngine();
      assert.ok(!engine.suggest('déja', 'fr', 5).includes('DEA'));
      assert.ok(!engine.suggest('adress', 'en', 8).some((s) => s.endsWith("'s")));
    });

    it('never offers the words of the neverSuggest lists', async () => {
      const got = (await sharedEngine()).suggest('Smiht', 'en', 10);
      assert.ok(got.includes('Smith'), got.join(', '));
      assert.ok(!got.some((s) => /^shit/i.test(s)), got.join(', '));
    });

    it('returns nothing for an empty word', async () => {
      assert.deepEqual((await sharedEngine()).suggest('', 'en', 5), []);
    });
  });

  describe('deferred fixes and the word list', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appeal-spelling-'));
    });
    afterEach(() => {
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('a finding carries its word and language, and resolves to replacements then "add to the word list"', async () => {
      const engine = await sharedEngine();
      fs.writeFileSync(path.join(dir, '.appeal-lint.json'), '{}\n');
      const filePath = path.join(dir, 'appeal.md');
      const text = 'We recieved the parcel.\n';
      const [f] = spellingFindings(engine.lint(text, { filePath, language: 'en' }));
      assert.deepEqual(f.data, { word: 'recieved', language: 'en' });
      assert.equal(f.fixes, undefined, 'no suggestion is computed at lint time');
      const fixes = engine.deferredFixes(f, { filePath });
      const replace = fixes.filter((x) => x.kind === 'replace');
      assert.ok(replace.length >= 1 && replace.length <= 5);
      assert.equal(replace[0].title, 'Change to "received"');
      assert.equal(replace[0].preferred, true);
      assert.deepEqual(replace[0].edits, [{ start: 3, end: 11, newText: 'received' }]);
      const add = fixes[fixes.length - 1];
      assert.equal(add.kind, 'add-word');
      assert.equal(add.title, 'Add "recieved" to the project\'s word list');
      assert.deepEqual(add.edits, []);
      assert.equal(add.wordList?.path, path.join(dir, '.appeal-lint.words.txt'));
      assert.equal(add.wordList?.create, true);
      assert.match(add.wordList?.newText ?? '', /^#.*\nrecieved\n$/);
    });

    it('titles follow the message language', async () => {
      const engine = await sharedEngine();
      const [f] = spellingFindings(engine.lint('Nous avons vérifié la comande.', { language: 'fr' }));
      const fixes = engine.deferredFixes(f, { root: dir });
      assert.equal(fixes[0].title, 'Remplacer par « commande »');
      assert.equal(fixes[fixes.length - 1].title, 'Ajouter « comande » à la liste de mots du projet');
      const english = engine.deferredFixes(f, { root: dir, messageLanguage: 'en' });
      assert.equal(english[0].title, 'Change to "commande"');
    });

    it('applying the word-list edit makes the word accepted', async () => {
      const engine = await sharedEngine();
      const filePath = path.join(dir, 'appeal.md');
      fs.writeFileSync(path.join(dir, '.appeal-lint.json'), '{}\n');
      const text = 'Our zorblax labels are printed daily.\n';
      const [f] = spellingFindings(engine.lint(text, { filePath, language: 'en' }));
      assert.ok(f, 'zorblax is reported before it is added');
      const edit = engine.wordListEdit(f.data!.word, { filePath })!;
      fs.writeFileSync(edit.path, edit.newText);
      assert.deepEqual(spellingFindings(engine.lint(text, { filePath, language: 'en' })), []);
      assert.equal(engine.wordListEdit('zorblax', { filePath }), undefined, 'a word already there is not added twice');
    });

    it('appends to an existing word file after its last line', () => {
      const engineP = createEngine({ spelling: false });
      return engineP.then((engine) => {
        const wordsPath = path.join(dir, '.appeal-lint.words.txt');
        fs.writeFileSync(wordsPath, '# ours\nVallorge');
        const edit = engine.wordListEdit('zorblax', { filePath: path.join(dir, 'sub', 'appeal.md') })!;
        assert.deepEqual(edit, { path: wordsPath, create: false, offset: 15, line: 1, character: 8, newText: '\nzorblax\n' });
        fs.writeFileSync(wordsPath, 'Vallorge\r\n');
        const crlf = engine.wordListEdit('zorblax', { filePath: path.join(dir, 'appeal.md') })!;
        assert.deepEqual(crlf, { path: wordsPath, create: false, offset: 10, line: 1, character: 0, newText: 'zorblax\r\n' });
      });
    });

    it('creates the word file in the workspace folder when the project has none, else beside the file', async () => {
      const engine = await createEngine({ spelling: false });
      const nested = path.join(dir, 'a', 'b');
      fs.mkdirSync(nested, { recursive: true });
      const inRoot = engine.wordListEdit('zorblax', { filePath: path.join(nested, 'x.md'), root: dir });
      assert.equal(inRoot?.path, path.join(dir, '.appeal-lint.words.txt'));
      const beside = engine.wordListEdit('zorblax', { filePath: path.join(nested, 'x.md') });
      assert.equal(beside?.path, path.join(nested, '.appeal-lint.words.txt'));
      assert.equal(engine.wordListEdit('two words', { root: dir }), undefined);
      assert.equal(engine.wordListEdit('zorblax', {}), undefined);
    });

    it('words of the word file beside the configuration are accepted', async () => {
      const engine = await sharedEngine();
      fs.writeFileSync(path.join(dir, '.appeal-lint.words.txt'), '# accepted\nzorblax\n');
      const filePath = path.join(dir, 'appeal.md');
      assert.deepEqual(spellingFindings(engine.lint('Nos étiquettes zorblax sont prêtes.', { filePath, language: 'fr' })), []);
      assert.equal(spellingFindings(engine.lint('Nos étiquettes zorblax sont prêtes.', { language: 'fr' })).length, 1);
    });
  });

  describe('good appeals', () => {
    const files = [
      'test/fixtures/spelling/long-good.en.md',
      'test/fixtures/spelling/long-good.fr.md',
      ...['en', 'fr'].flatMap((l) => {
        const d = path.join(root, 'test/fixtures/appeals/good', l);
        return fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => `test/fixtures/appeals/good/${l}/${f}`) : [];
      }),
      'examples/good.en.appeal.md',
      'examples/good.fr.appeal.md',
    ].filter((f) => fs.existsSync(path.join(root, f)));

    it('the long good appeals are about 2,000 words', () => {
      for (const l of ['en', 'fr']) {
        const text = fs.readFileSync(path.join(root, `test/fixtures/spelling/long-good.${l}.md`), 'utf8');
        assert.ok(text.split(/\s+/).length > 1800, `long-good.${l}.md is shorter than expected`);
      }
    });

    for (const f of files) {
      it(`no spelling finding in ${f}`, async () => {
        const engine = await sharedEngine();
        const full = path.join(root, f);
        const found = spellingFindings(engine.lint(fs.readFileSync(full, 'utf8'), { filePath: full }));
        assert.deepEqual(found.map((x) => `${x.line}:${x.column} ${x.data?.word}`), []);
      });
    }
  });
});

describe('form/spelling loading', () => {
  /** A speller that knows a few words, so that the loading steps can be watched. */
  function fakeSpeller(words: string[]): Speller {
    const known = new Set(words);
    return { check: (w) => known.has(w.toLowerCase()), suggest: () => [] };
  }

  it('lints without spelling while the dictionary loads, then reports once it is there', async () => {
    let release!: (s: Speller) => void;
    const requested: Language[] = [];
    const engine = await createEngine({
      loadSpeller: (language) => {
        requested.push(language);
        return new Promise<Speller>((resolve) => (release = resolve));
      },
    });
    const loaded: Language[] = [];
    engine.onDidLoad((l) => loaded.push(l));
    const text = md`
      We shipped the parcle.
    `;
    assert.deepEqual(spellingFindings(engine.lint(text, { language: 'en' })), [], 'no spelling finding before the load');
    assert.deepEqual(requested, ['en'], 'the first lint starts the load');
    engine.lint(text, { language: 'en' });
    assert.deepEqual(requested, ['en'], 'a second lint does not load again');
    release(fakeSpeller(['we', 'shipped', 'the']));
    await engine.ready('en');
    assert.deepEqual(loaded, ['en']);
    const after = spellingFindings(engine.lint(text, { language: 'en' }));
    assert.deepEqual(after.map((f) => f.data?.word), ['parcle']);
    assert.deepEqual(requested, ['en'], 'French was never asked for');
  });

  it('a dictionary that fails to load leaves spelling silent', async () => {
    const engine = await createEngine({ loadSpeller: () => Promise.reject(new Error('missing package')) });
    await engine.ready('fr');
    assert.deepEqual(spellingFindings(engine.lint('Nous avons vérifié la comande.', { language: 'fr' })), []);
    assert.deepEqual(engine.suggest('comande', 'fr', 5), []);
  });

  it('the binary tries written for the bundle answer like the packages’ own files', async function () {
    this.timeout(60_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'appeal-dict-'));
    try {
      const packages = ['@cspell/dict-en_us', '@cspell/dict-en-gb'];
      const files = await writeDictionaryCache(dir, packages);
      assert.deepEqual(files.map((f) => path.basename(f)), packages.map((p) => cacheFileName(resolveDictionary(p))));
      assert.match(path.basename(files[0]), /^cspell\+dict-en_us@\d+\.\d+\.\d+\.btrie$/);
      const cached = await loadSpeller('en', { cacheDir: dir });
      const fromPackages = await loadSpeller('en', { cacheDir: false, worker: 'never' });
      for (const w of ['received', 'colour', 'color', "seller's", 'Recieved', 'recieved', 'organisation', 'definately']) {
        assert.equal(cached.check(w), fromPackages.check(w), w);
      }
      assert.deepEqual(cached.suggest('recieved', 3), fromPackages.suggest('recieved', 3));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('spelling: false loads nothing', async () => {
    let calls = 0;
    const engine = await createEngine({
      spelling: false,
      loadSpeller: () => {
        calls++;
        return Promise.resolve(fakeSpeller([]));
      },
    });
    assert.deepEqual(spellingFindings(engine.lint('We recieved it.', { language: 'en' })), []);
    await engine.ready('en');
    assert.equal(calls, 0);
  });
});
