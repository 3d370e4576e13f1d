/**
 * Inputs that made the document model or a rule quadratic. The assertions check that the result
 * is right, not how long it took: mocha's timeout is the only guard. Where the quadratic code
 * scanned text, the input is big enough that it ran for more than 30 s, while the linear code
 * takes well under a second. Where it compared headings with headings, each step cost a few
 * nanoseconds against some 20 µs to parse a heading, so no size makes the old code time out
 * without making the test slow: those tests keep the linear code near a second (the old code
 * took 4 to 14 s on them).
 */
import * as assert from 'node:assert/strict';
import { createEngine, type Engine, type Finding } from '../../server/src/engine';
import { parseDocument } from '../../server/src/document/model';
import { tokenizeWords, type Word } from '../../server/src/document/text-units';

/** A paragraph of `size` commas: no word and no full stop, and cheap to parse. */
function commas(size: number): string {
  return ','.repeat(size) + '\n\n';
}

/** The text of a span, for messages. */
function cut(text: string, s: { start: number; end: number }): string {
  return text.slice(s.start, s.end);
}

describe('adversarial inputs', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine({ spelling: false });
  });

  const lint = (text: string, ruleId: string): Finding[] => engine.lint(text, { language: 'en' }).filter((f) => f.ruleId === ruleId);

  it('looks for words within each line only (lines without words before a long paragraph without any)', () => {
    const lines = 30000;
    const text = '!\n'.repeat(lines) + '\n' + commas(1_500_000) + 'Done.\n';
    const d = parseDocument(text, { forced: 'en' });
    assert.equal(d.paragraphs[0].lines.length, lines);
    assert.equal(d.paragraphs[0].words.length, 0);
    assert.deepEqual(
      d.words.map((w) => [w.text, w.start, w.end]),
      [['Done', text.length - 6, text.length - 2]],
    );
  });

  it('cuts a word that runs past the end of its span at the end, as before', () => {
    // The word is matched in the whole prose (a number's dot joins only when a digit follows it), then cut.
    const out: Word[] = [];
    tokenizeWords('a 2.5b x', 2, 4, out);
    assert.deepEqual(out, [{ start: 2, end: 4, text: '2.' }]);
  });

  it('splits sentences within each paragraph only (paragraphs without a full stop before a long one)', () => {
    const paragraphs = 20000;
    const text = 'word\n\n'.repeat(paragraphs) + commas(3_000_000) + 'Done.\n';
    const d = parseDocument(text, { forced: 'en' });
    assert.equal(d.words.length, paragraphs + 1);
    assert.equal(d.sentences.length, paragraphs + 1);
    assert.ok(d.sentences.slice(0, paragraphs).every((s, i) => s.text === 'word' && s.start === 6 * i));
    assert.equal(d.sentences[paragraphs].text, 'Done.');
    assert.equal(d.sentences[paragraphs].end, text.length - 1);
  });

  it('places emphasis right after text tokens whose entities were decoded, in a long paragraph', () => {
    const units = 10000;
    const unit = '*&amp;q* ';
    const text = unit.repeat(units) + '&'.repeat(600_000) + '\n';
    const d = parseDocument(text, { forced: 'en' });
    assert.equal(d.emphasis.length, units);
    d.emphasis.forEach((e, i) => {
      if (e.kind !== 'em' || e.start !== unit.length * i || cut(text, e) !== '*&amp;q*') assert.fail(`emphasis ${i}: ${e.kind} "${cut(text, e)}" at ${e.start}`);
    });
    assert.equal(d.words.length, 2 * units);
    assert.deepEqual(
      d.words.slice(-2).map((w) => cut(text, w)),
      ['amp', 'q'],
    );
  });

  it('does not move past code to a far copy of a decoded text token', () => {
    // `&#42; ` is the text "* ": found further on ("2 * 3"), it made the code span in between prose.
    const text = 'We were *calm*&#42; `some code here` and 2 * 3 is six.';
    const d = parseDocument(text, { forced: 'en' });
    assert.ok(d.masked.some((m) => m.kind === 'code' && cut(text, m) === '`some code here`'), d.masked.map((m) => cut(text, m)).join(' | '));
    assert.deepEqual(d.words.map((w) => w.text), ['We', 'were', 'calm', '42', 'and', '2', '3', 'is', 'six']);
  });

  it('ends a link target at its closing parenthesis when the title holds a "("', () => {
    const text = 'Start [a](http://x "(") then VERY ANGRY words.';
    const d = parseDocument(text, { forced: 'en' });
    assert.deepEqual(d.words.map((w) => w.text), ['Start', 'a', 'then', 'VERY', 'ANGRY', 'words']);
    assert.deepEqual(d.masked.map((m) => `${m.kind}:${cut(text, m)}`), ['link-target:(http://x "(")']);
    // The words after the link are prose the rules see.
    const tone = lint(text, 'tone/emotional');
    assert.deepEqual(tone.map((f) => cut(text, f)), ['VERY ANGRY', 'ANGRY']);
  });

  it('reads link targets as markdown-it does: quoted and parenthesised titles, <…> destinations, reference links', () => {
    const cases: [string, string[], string[]][] = [
      ["See [a](x 't(') and more.", ['See', 'a', 'and', 'more'], ["link-target:(x 't(')"]],
      ['See [a](<b(c> "t") and more.', ['See', 'a', 'and', 'more'], ['link-target:(<b(c> "t")']],
      ['See [a](x\n"t(") and more.', ['See', 'a', 'and', 'more'], ['link-target:(x\n"t(")']],
      ['See [a](x (t)) and more.', ['See', 'a', 'and', 'more'], ['link-target:(x (t))']],
      ['See [a](x\\)y) and more.', ['See', 'a', 'and', 'more'], ['link-target:(x\\)y)']],
      ['See ![i](p.png "(") and more.', ['See', 'and', 'more'], ['image:![i](p.png "(")']],
      // A reference link followed by a parenthesis that is no link target: the rest is prose.
      ['[ref]: http://r.example\n\nSee [ref](oops and more.', ['See', 'ref', 'oops', 'and', 'more'], []],
    ];
    for (const [text, words, masks] of cases) {
      const d = parseDocument(text, { forced: 'en' });
      assert.deepEqual(d.words.map((w) => w.text), words, text);
      assert.deepEqual(d.masked.map((m) => `${m.kind}:${cut(text, m)}`), masks, text);
    }
  });

  it('gives many implicit headings after many Markdown headings their level', () => {
    const explicit = 25000;
    const implicit = 25000;
    const head = '## a\n'.repeat(explicit) + '\n';
    const text = head + 'B?\n\n'.repeat(implicit);
    const d = parseDocument(text, { forced: 'en' });
    assert.equal(d.headings.length, explicit + implicit);
    const found = d.headings.filter((h) => !h.explicit);
    assert.equal(found.length, implicit);
    found.forEach((h, i) => {
      if (h.level !== 3 || h.start !== head.length + 4 * i || h.title !== 'B') assert.fail(`implicit heading ${i}: level ${h.level} "${h.title}" at ${h.start}`);
    });
    assert.ok(d.headings.filter((h) => h.explicit).every((h) => h.level === 2));
  });

  it('finds the reason sections among many of them', () => {
    const reasons = 22000;
    const head = '# A\n## B\n### C\n#### D\n';
    const unit = '##### Safety complaints\n###### Root cause\n';
    const text = head + unit.repeat(reasons);
    const d = parseDocument(text, { forced: 'en' });
    assert.equal(d.scopes.length, reasons);
    d.scopes.forEach((s, i) => {
      const ok =
        s.start === head.length + unit.length * i &&
        s.section?.heading.title === 'Safety complaints' &&
        s.problemTypes.join() === 'safety' &&
        s.roles['root-cause'].length === 1 &&
        s.roles.corrective.length === 0;
      if (!ok) assert.fail(`scope ${i}: ${s.start} ${s.section?.heading.title} ${s.problemTypes.join()}`);
    });
  });

  it('tells words in headings from the others quickly when there are many headings', () => {
    // Each word that is not in lower case (digits too) was checked against every heading.
    const head = '#\n'.repeat(15000) + '\nOUR NEW PROCESS\n\n' + '7 '.repeat(300000) + '\n\n';
    const text = head + 'THE STOCK WAS COUNTED AGAIN.\n';
    const d = parseDocument(text, { forced: 'en' });
    assert.ok(d.headings.some((h) => !h.explicit && h.title === 'OUR NEW PROCESS'));
    // The line in capitals is a heading: only the sentence in capitals is reported.
    const caps = lint(text, 'tone/emotional');
    assert.deepEqual(
      caps.map((f) => [f.start, f.end]),
      [[head.length, head.length + 'THE STOCK WAS COUNTED AGAIN'.length]],
    );
  });

  it('inserts missing sections after a long text before them', () => {
    const reasons = 4000;
    const head = commas(1_500_000);
    const unit = '## Safety complaints\n### Root cause\n';
    const text = head + unit.repeat(reasons);
    const findings = engine.lint(text, { language: 'en' });
    for (const ruleId of ['structure/missing-corrective-actions', 'structure/missing-preventive-measures']) {
      const mine = findings.filter((f) => f.ruleId === ruleId);
      assert.equal(mine.length, reasons, ruleId);
      mine.forEach((f, i) => {
        // After each reason's root cause: at the next reason's heading, or at the end of the text.
        const [edit] = f.fixes![0].edits;
        const last = i === reasons - 1;
        const at = last ? text.length : head.length + unit.length * (i + 1);
        const ok = edit.start === at && edit.end === at && edit.newText.startsWith('\n### ') && edit.newText.endsWith(last ? '\n' : '\n\n');
        if (!ok) assert.fail(`${ruleId} ${i}: edit at ${edit.start} (expected ${at}): ${JSON.stringify(edit.newText.slice(0, 30))}`);
      });
    }
  });
});
