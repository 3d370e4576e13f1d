import * as assert from 'node:assert/strict';
import {
  gs1CheckDigit,
  isCheckedIdentifierSpan,
  isValidGtin,
  isValidS10,
  isValidUps,
  LabelSet,
  nearWords,
  s10CheckDigit,
  upsCheckDigit,
} from '../../server/src/util/identifiers';
import { parseDocument } from '../../server/src/document/model';

describe('identifiers', () => {
  describe('GS1 check digit (GTIN-8, -12, -13, -14)', () => {
    it('gives the worked examples of the GS1 method', () => {
      assert.equal(gs1CheckDigit('629104150021'), 3);
      assert.equal(gs1CheckDigit('03600024145'), 7);
    });

    it('weights from the right, so leading zeros do not change the digit', () => {
      assert.equal(gs1CheckDigit('03600029145'), 2);
      assert.equal(gs1CheckDigit('003600029145'), 2);
      assert.equal(gs1CheckDigit('0003600029145'), 2);
    });

    it('accepts valid GTINs of each length', () => {
      for (const g of ['96385074', '036000291452', '6291041500213', '4006381333931', '10614141000415']) assert.ok(isValidGtin(g), g);
    });

    it('rejects a wrong check digit, other lengths and non-digits', () => {
      for (const g of ['96385070', '036000291453', '6291041500214', '10614141000419', '0360002914', '12345678901', '62910415002a3', '']) {
        assert.equal(isValidGtin(g), false, g);
      }
    });
  });

  describe('UPS 1Z check digit', () => {
    it('validates published UPS numbers, letters included', () => {
      for (const n of ['1Z5R89390357567127', '1Z879E930346834440', '1Z410E7W0392751591', '1Z8V92A70367203024', '1Z999AA10123456784']) {
        assert.ok(isValidUps(n), n);
      }
    });

    it('maps letters to (ASCII − 63) mod 10 and doubles even positions (hand-computed 1Z1234E5W678901232)', () => {
      // 1 2 3 4 E=6 5 W=4 6 7 8 9 0 1 2 3: odd positions 34, even positions 27 × 2 = 54; 88 → 2.
      assert.equal(upsCheckDigit('1234E5W67890123'), 2);
      assert.ok(isValidUps('1Z1234E5W678901232'));
    });

    it('rejects a wrong check digit, a letter in its place, a wrong prefix or length', () => {
      for (const n of ['1Z5R89390357567128', '1Z999AA1012345678A', '2Z5R89390357567127', '1A5R89390357567127', '1Z1111111111111111', '1Z5R8939035756712', '1z5r89390357567127']) {
        assert.equal(isValidUps(n), false, n);
      }
    });
  });

  describe('UPU S10 check digit', () => {
    it('gives 5 for RB12345678 (RB123456785GB)', () => {
      assert.equal(s10CheckDigit('12345678'), 5);
      assert.ok(isValidS10('RB123456785GB'));
      assert.ok(isValidS10('RB123456785US'));
    });

    it('weights the serial digits 8 6 4 2 3 5 9 7 and turns 11 into 5, 10 into 0', () => {
      // One digit at a time: Σ = its weight, C = 11 − Σ.
      assert.equal(s10CheckDigit('10000000'), 3);
      assert.equal(s10CheckDigit('00000001'), 4);
      assert.equal(s10CheckDigit('00001000'), 8);
      // Σ = 0: 11 − 0 = 11, written 5.
      assert.equal(s10CheckDigit('00000000'), 5);
      // Σ = 5 + 7 = 12, 12 mod 11 = 1: 11 − 1 = 10, written 0.
      assert.equal(s10CheckDigit('00000101'), 0);
    });

    it('rejects a wrong check digit and malformed numbers', () => {
      for (const n of ['RB123456786US', 'RB123456784GB', 'R1123456785GB', 'RB12345678GB', 'rb123456785gb']) assert.equal(isValidS10(n), false, n);
    });
  });

  describe('where identifiers are checked', () => {
    it('skips the case header, URLs (also inside quotes and code) and link targets, not quotes or code', () => {
      const text = [
        '---',
        'reasons: [stockout]',
        'orders: [171-123456-1234567]',
        '---',
        'Order 171-123456-1234567 was late.',
        '> See https://example.com/orders/171-123456-1234567 for details.',
        'See [the order](https://example.com/171-123456-1234567).',
        '`171-123456-1234567` and sellercentral.amazon.com/orders/171-123456-1234567',
        '',
      ].join('\n');
      const doc = parseDocument(text, { forced: 'en' });
      const spans = [...text.matchAll(/171-123456-1234567/g)].map((m) => isCheckedIdentifierSpan(doc, m.index, m.index + m[0].length));
      assert.deepEqual(spans, [false, true, false, false, true, false]);
    });
  });

  describe('label matching', () => {
    it('matches one- and several-word labels, with or without hyphens and accents', () => {
      const labels = new LabelSet(['ean-13', 'code barre', 'code a barres']);
      const text = 'EAN13 ; Code barre ; code à barres ; barre';
      const words = nearWords(text, 0, text.length);
      assert.deepEqual(words.map((w) => w.key), ['ean13', 'code', 'barre', 'code', 'a', 'barres', 'barre']);
      assert.deepEqual(words.map((_, i) => labels.endsAt(words, i)), [1, 0, 2, 0, 0, 3, 0]);
    });

    it('marks elided articles and numbers', () => {
      const text = "l'EAN 3760123456784";
      const words = nearWords(text, 0, text.length);
      assert.deepEqual(words.map((w) => [w.key, w.elided, w.digits]), [['l', true, false], ['ean', false, false], ['3760123456784', false, true]]);
    });
  });
});
