import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildAppeal, readNotice } from '../../server/src/notice';
import { fillPlaceholders } from '../../server/src/snippets';
import { parseDocument } from '../../server/src/document/model';
import { sharedEngine } from '../helpers/rule-tester';

const fixture = (f: string) => fs.readFileSync(path.join(__dirname, '../fixtures/notices', f), 'utf8');

describe('reading Amazon notices', () => {
  const cases: [string, object][] = [
    ['en-odr.txt', { language: 'en', reasons: ['order-defect-rate'], orders: ['111-2223334-4445556', '112-9876543-2101234'], asins: [], noticeDate: '2026-11-16', marketplace: 'amazon.com' }],
    ['en-ip-inauthentic.txt', { language: 'en', reasons: ['authenticity', 'ip-complaint'], orders: [], asins: ['B0AAAA1111', 'B0BBBB2222'], noticeDate: '2026-10-02' }],
    ['fr-retards.txt', { language: 'fr', reasons: ['damaged', 'late-shipment'], orders: ['405-1112223-3334445', '171-5556667-7778889'], asins: [], noticeDate: '2026-11-03', marketplace: 'amazon.fr' }],
    ['fr-odr.txt', { language: 'fr', reasons: ['order-defect-rate'], orders: [], asins: ['B0CCCC3333'], noticeDate: '2026-02-09' }],
  ];
  for (const [file, expected] of cases) {
    it(file, () => {
      const r = readNotice(fixture(file));
      assert.deepEqual({ ...r, reasons: [...r.reasons].sort() }, { marketplace: undefined, ...expected });
    });
  }
  it('does not take a request for an authorisation letter as a brand restriction', () => {
    assert.ok(!readNotice(fixture('en-ip-inauthentic.txt')).reasons.includes('brand-authorisation'));
  });
  it('does not read A-to-z claims as items not received', () => {
    assert.ok(!readNotice(fixture('en-odr.txt')).reasons.includes('not-received'));
  });
  it('reads US numeric dates month first and French ones day first', () => {
    assert.equal(readNotice('Sent: 02/03/2026\nYour late shipment rate is 6%.').noticeDate, '2026-02-03');
    assert.equal(readNotice('Envoyé : 02/03/2026\nVotre taux d’expéditions en retard est trop élevé, nous avons suspendu le compte.').noticeDate, '2026-03-02');
  });
  it('survives empty and huge input', () => {
    assert.deepEqual(readNotice('').reasons, []);
    assert.ok(Array.isArray(readNotice('x '.repeat(500_000)).reasons));
  });
});

describe('building a new appeal', () => {
  for (const language of ['en', 'fr'] as const) {
    it(`${language}: writes the header and one section per reason, which lint clean once filled`, async () => {
      const reading = readNotice(fixture(language === 'en' ? 'en-odr.txt' : 'fr-retards.txt'));
      const text = buildAppeal({ ...reading, reasons: [...reading.reasons, 'stockout'] });
      const doc = parseDocument(text);
      assert.equal(doc.language, language);
      assert.deepEqual(doc.header.reasons.map((r) => r.value).sort(), [...reading.reasons, 'stockout'].sort());
      assert.deepEqual(doc.header.orders.map((o) => o.value), reading.orders);
      assert.equal(doc.scopes.length, reading.reasons.length + 1, 'organised per reason');
      const engine = await sharedEngine();
      const unfilled = engine.lint(text).filter((f) => f.ruleId === 'form/placeholder');
      assert.ok(unfilled.length > 0, 'placeholders are flagged until filled');
      const filled = fillPlaceholders(text, {}, language);
      const structural = engine.lint(filled).filter((f) => f.ruleId.startsWith('structure/') || f.ruleId === 'case/header');
      assert.deepEqual(structural.map((f) => `${f.ruleId} ${f.line}: ${f.message}`), []);
    });
  }
  it('without reasons, writes the three sections', () => {
    const doc = parseDocument(buildAppeal({ language: 'fr' }));
    assert.deepEqual(doc.headings.map((h) => h.role), ['root-cause', 'corrective', 'preventive']);
  });
});
