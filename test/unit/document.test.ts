import * as assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/document/model';
import { md } from '../helpers/rule-tester';

describe('document model', () => {
  it('maps paragraphs, words and sentences to UTF-16 offsets', () => {
    const text = '# Plan\n\nWe checked 😀 the café stock. Then we shipped.\n';
    const d = parseDocument(text, { forced: 'en' });
    const words = d.words.map((w) => text.slice(w.start, w.end));
    assert.deepEqual(words, ['Plan', 'We', 'checked', 'the', 'café', 'stock', 'Then', 'we', 'shipped']);
    const body = d.sentences.map((s) => s.text);
    assert.deepEqual(body.slice(1), ['We checked 😀 the café stock.', 'Then we shipped.']);
  });

  it('keeps offsets right with combining accents and CRLF line ends', () => {
    const text = '## Cause\r\n\r\nLe cafe\u0301 est arrive\u0301 cassé.\r\nNous avons changé le carton.\r\n';
    const d = parseDocument(text, { forced: 'fr' });
    for (const w of d.words) assert.equal(text.slice(w.start, w.end), w.text);
    const cafe = d.words.find((w) => w.text.startsWith('cafe'))!;
    assert.equal(cafe.text, 'cafe\u0301');
    assert.equal(d.lines.position(cafe.start).line, 2);
    assert.equal(d.headings[0].role, 'root-cause');
  });

  it('masks quotes, code, URLs, e-mail addresses, link targets and HTML comments', () => {
    const text = md`
      We wrote to help@example.com and read https://example.com/a?b=c.
      See [the policy](https://sellercentral.amazon.com/x "title") and \`code here\`.
      <!-- a comment -->

      > The buyer wrote: this is a scam.
    `;
    const d = parseDocument(text, { forced: 'en' });
    const kinds = d.masked.map((m) => `${m.kind}:${text.slice(m.start, m.end)}`);
    assert.ok(kinds.includes('email:help@example.com'), kinds.join('\n'));
    assert.ok(kinds.includes('url:https://example.com/a?b=c'), kinds.join('\n'));
    assert.ok(kinds.some((k) => k.startsWith('link-target:(https://sellercentral')), kinds.join('\n'));
    assert.ok(kinds.includes('code:`code here`'), kinds.join('\n'));
    assert.ok(kinds.some((k) => k.startsWith('quote:> The buyer')), kinds.join('\n'));
    assert.ok(!d.words.some((w) => w.text === 'scam'), 'quoted words are not prose');
    assert.ok(d.words.some((w) => w.text === 'policy'), 'link text stays prose');
    assert.equal(d.prose.length, text.length);
  });

  it('finds implicit headings and leaves introductions and plain list items alone', () => {
    const text = md`
      **Root cause**

      Our stock file was updated once a day.

      CORRECTIVE ACTIONS

      1. We connected the stock feed on 3 March 2026.
      2. We deactivated 12 offers on 3 March 2026.

      What will prevent it from happening again?

      The buyer wrote:

      > where is my parcel

      Preventive measures:
      - Every Monday we compare stock counts.
    `;
    const d = parseDocument(text, { forced: 'en' });
    const hs = d.headings.map((h) => `${h.role ?? '-'}|${h.title}`);
    assert.deepEqual(hs, ['root-cause|Root cause', 'corrective|CORRECTIVE ACTIONS', '-|What will prevent it from happening again', 'preventive|Preventive measures']);
  });

  it('treats a numbered line naming a section as a heading, with its text beneath it', () => {
    const text = md`
      1. Root cause
      The supplier sent the wrong labels.

      2. Corrective actions

      - On 2 March 2026 we relabelled 40 units.
    `;
    const d = parseDocument(text, { forced: 'en' });
    assert.deepEqual(d.headings.map((h) => h.role), ['root-cause', 'corrective']);
  });

  it('recognises an appeal organised per reason, and not a role section with problem sub-headings', () => {
    const perReason = md`
      ## Late shipment
      ### Root cause
      Text.
      ### Corrective actions
      Text.
      ## Stockouts
      ### Root cause
      Text.
    `;
    const a = parseDocument(perReason, { forced: 'en' });
    assert.deepEqual(a.scopes.map((s) => s.problemTypes), [['late-shipment'], ['stockout']]);
    assert.equal(a.scopes[0].roles.corrective.length, 1);
    assert.equal(a.scopes[1].roles.corrective.length, 0);
    const flat = md`
      ## Root cause
      ### Late dispatch
      Text.
      ## Corrective actions
      Text.
    `;
    const b = parseDocument(flat, { forced: 'en' });
    assert.equal(b.scopes.length, 1);
    assert.equal(b.scopes[0].section, undefined);
  });

  it('reads the case header with offsets, keeping dates and zeros as written', () => {
    const text = md`
      ---
      language: fr
      reasons:
        - late-shipment
        - stockout
      orders: [171-1234567-1234567]
      notice-date: 2026-11-20
      ---
      Corps.
    `;
    const d = parseDocument(text);
    assert.equal(d.header.hasReasons, true);
    assert.deepEqual(d.header.reasons.map((r) => r.value), ['late-shipment', 'stockout']);
    assert.equal(d.header.noticeDate?.value, '2026-11-20');
    const r = d.header.reasons[1];
    assert.equal(text.slice(r.start, r.end), 'stockout');
    assert.equal(d.language, 'fr');
    assert.equal(d.bodyStart, text.indexOf('Corps'));
  });

  it('splits sentences after abbreviations and decimals correctly', () => {
    const en = parseDocument('Acme Ltd. shipped 2.5 % more, e.g. to Paris. Then it stopped.\n', { forced: 'en' });
    assert.deepEqual(en.sentences.map((s) => s.text), ['Acme Ltd. shipped 2.5 % more, e.g. to Paris.', 'Then it stopped.']);
    const fr = parseDocument('M. Martin a vu la commande n° 12. Mme Durand a validé.\n', { forced: 'fr' });
    assert.deepEqual(fr.sentences.map((s) => s.text), ['M. Martin a vu la commande n° 12.', 'Mme Durand a validé.']);
  });
});

describe('language detection', () => {
  const en30 =
    'We shipped the orders late because our handling time was set to one day for items that take three days to make, and we have now changed it for each of them.';
  const fr30 =
    "Nous avons expédié les commandes en retard car le délai de préparation était fixé à un jour pour des articles qui demandent trois jours, et nous l'avons corrigé pour chacun.";
  it('detects English and French on 30-word texts', () => {
    assert.equal(parseDocument(en30).language, 'en');
    assert.equal(parseDocument(fr30).language, 'fr');
    assert.ok(parseDocument(fr30).detection.sure);
  });
  it('keeps a French appeal that quotes an English notice French', () => {
    const text = `${fr30}\n\n> Your seller account has been deactivated. Why is this happening? Your late shipment rate is above the target of less than 4% and we need you to send a plan of action with the root cause of the issue and the steps you have taken.\n\n${fr30}\n`;
    assert.equal(parseDocument(text).language, 'fr');
  });
  it('uses the header language over detection, and a forced language over both', () => {
    const text = `---\nlanguage: en\nreasons: [stockout]\n---\n${fr30}\n`;
    assert.equal(parseDocument(text).language, 'en');
    assert.equal(parseDocument(text, { forced: 'fr' }).language, 'fr');
  });
  it('is unsure on text without enough words and falls back to English', () => {
    const d = parseDocument('ASIN B0ABCDE123');
    assert.equal(d.language, 'en');
    assert.equal(d.detection.sure, false);
  });
});
