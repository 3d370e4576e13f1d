import * as assert from 'node:assert/strict';
import { parseDocument } from '../../../../server/src/engine';
import { md, ruleTester } from '../../../helpers/rule-tester';

/** `k` plain sentences of four words each. */
const plainEn = (k: number): string => Array.from({ length: k }, () => 'We checked each order.').join(' ');
const plainFr = (k: number): string => Array.from({ length: k }, () => 'Nous vérifions chaque commande.').join(' ');
const percent = (maxEmphasisPercent: number) => ({ config: { limits: { maxEmphasisPercent } } });

ruleTester('form/emphasis-overuse', {
  en: {
    valid: [
      { name: 'a few bold facts in a long text', text: `We **never** confirm an order **before** the stock is counted. ${plainEn(25)}\n` },
      {
        name: 'short labels ending with a colon do not count',
        text:
          Array.from({ length: 12 }, (_, i) => `- **Order date:** ${i + 1} March 2026, shipped on time.`).join('\n') + `\n\n${plainEn(5)}\n`,
      },
      {
        name: 'a label followed by a colon does not count',
        text: Array.from({ length: 10 }, () => '- **Order date** : 3 March, delivered on 5 March.').join('\n') + `\n\n${plainEn(8)}\n`,
      },
      {
        name: 'bold headings do not count',
        text: `## **Root cause of the late shipments**\n\n**Corrective actions taken in November**\n\n${plainEn(13)}\n\n### **Preventive measures for every new SKU**\n\n${plainEn(12)}\n`,
      },
      { name: 'a short draft is not judged on its share', text: 'We **never** confirm **any order** before **the stock** is checked.\n' },
      { name: 'a bold quote is not the seller’s emphasis', text: `> **Your account has been deactivated because of late shipments on many orders.**\n\n${plainEn(5)}\n` },
      { name: 'a bold paragraph of nine words', text: `**We now check every order before we confirm it.**\n\n${plainEn(3)}\n` },
      { name: 'exactly the limit (10 of 100 words)', text: `**We checked each order. We checked each order.** ${plainEn(22)} **Twice more.** Done now.\n` },
    ],
    invalid: [
      {
        name: 'a whole bold paragraph',
        text: `${plainEn(2)}\n\n**We now check every order by hand before we confirm it to the buyer.**\n`,
        errors: [{ line: 3, column: 1, message: 'This whole paragraph is emphasised (14 words)' }],
      },
      {
        name: 'a whole paragraph in __strong__',
        text: '__Every parcel now leaves with a tracking number that the buyer can follow.__\n',
        errors: [{ line: 1, column: 1, message: 'paragraph is emphasised (13 words)' }],
      },
      {
        name: 'a whole list item in _italics_',
        text: '- _We trained the three warehouse staff on the new dispatch schedule last week._\n- Done.\n',
        errors: [{ line: 1, column: 3, message: 'This whole list item is emphasised (13 words)' }],
      },
      {
        name: 'a whole paragraph underlined with <u>',
        text: 'Intro.\n\n<u>We moved the daily carrier collection from three to five in the afternoon.</u>\n',
        errors: [{ line: 3, column: 1, message: '(13 words)' }],
      },
      {
        name: 'nested and mixed emphasis covering a paragraph',
        text: '**We checked *every* order** *and every invoice on 13 November 2026.*\n',
        errors: [{ line: 1, column: 1, message: '(11 words)' }],
      },
      {
        name: 'a label does not save an otherwise bold paragraph',
        text: '**Note:** **every order is now checked twice before it is confirmed to the buyer.**\n',
        errors: [{ line: 1, column: 1, message: '(13 words)' }],
      },
      {
        name: 'more than 10% of the words emphasised, marked at the first emphasis',
        text: `${plainEn(2)} We **checked each order** again. ${plainEn(18)} **We checked each order. We checked each order.** ${plainEn(2)} **Again, twice.**\n`,
        errors: [{ line: 1, column: 50, endColumn: 72, message: '13 of the 103 words are in bold, italics or underlined, more than 10%' }],
      },
      {
        name: 'a lower configured share',
        text: `*We checked each order.* ${plainEn(24)} *Again, twice.*\n`,
        options: percent(5),
        errors: [{ line: 1, column: 1, endColumn: 25, message: '6 of the 102 words' }],
      },
    ],
  },
  fr: {
    valid: [
      { name: 'quelques faits en gras', text: `Nous ne confirmons **jamais** une commande **avant** de compter le stock. ${plainFr(25)}\n` },
      {
        name: 'les libellés « **Commande :** » ne comptent pas',
        text: Array.from({ length: 12 }, (_, i) => `- **Commande :** expédiée le ${i + 1} mars 2026.`).join('\n') + `\n\n${plainFr(10)}\n`,
      },
      {
        name: 'un libellé suivi des deux-points',
        text: Array.from({ length: 12 }, (_, i) => `- **Date d'envoi** : le ${i + 1} mars 2026.`).join('\n') + `\n\n${plainFr(12)}\n`,
      },
      { name: 'les titres en gras ne comptent pas', text: `## **Cause des retards d'expédition en novembre**\n\n**Actions correctives prises ce mois-ci**\n\n${plainFr(13)}\n\n### **Mesures préventives pour chaque nouveau SKU**\n\n${plainFr(12)}\n` },
      { name: 'un brouillon court', text: 'Nous **ne confirmons plus** aucune commande **sans** stock vérifié.\n' },
      { name: 'une citation en gras', text: `> **Votre compte a été désactivé en raison de nombreuses expéditions en retard.**\n\n${plainFr(3)}\n` },
    ],
    invalid: [
      {
        name: 'un paragraphe entièrement en gras',
        text: `${plainFr(2)}\n\n**Nous vérifions désormais chaque commande à la main avant de la confirmer.**\n`,
        errors: [{ line: 3, column: 1, message: 'Tout ce paragraphe est mis en valeur (12 mots)' }],
      },
      {
        name: 'un élément de liste entièrement en italique',
        text: "1. *Nous avons formé les trois préparateurs au nouveau planning d'expédition.*\n2. Fait.\n",
        errors: [{ line: 1, column: 4, message: 'Tout cet élément de liste est mis en valeur (10 mots)' }],
      },
      {
        name: 'un paragraphe souligné',
        text: "<u>Nous avons décalé l'enlèvement quotidien de seize heures à dix-sept heures trente.</u>\n",
        errors: [{ line: 1, column: 1, message: '(12 mots)' }],
      },
      {
        name: 'plus de 10 % des mots mis en valeur',
        text: `${plainFr(2)} Nous **vérifions chaque commande** encore. ${plainFr(18)} **Nous vérifions chaque commande. Nous vérifions chaque commande.** ${plainFr(2)} **Encore, deux fois.**\n`,
        errors: [{ line: 1, column: 70, endColumn: 99, message: '14 des 104 mots sont en gras, en italique ou soulignés, soit plus de 10 %' }],
      },
      {
        name: 'plus de 5 % (limite configurée), avec __ et *',
        text: `${plainFr(2)} Nous **vérifions chaque commande** encore. ${plainFr(20)} __Nous vérifions chaque commande.__ ${plainFr(2)} *Encore.*\n`,
        errors: [{ line: 1, column: 70, message: '8 des 106 mots sont en gras, en italique ou soulignés, soit plus de 5 %' }],
        options: percent(5),
      },
      {
        name: 'un paragraphe en gras et italique imbriqués',
        text: '***Chaque colis*** **part désormais avec un numéro de suivi *vérifié* par nos soins.**\n',
        errors: [{ line: 1, column: 1, message: '(13 mots)' }],
      },
    ],
  },
});

describe('doc.emphasis (the model behind form/emphasis-overuse)', () => {
  const spans = (text: string) => {
    const d = parseDocument(text, { forced: 'en' });
    return d.emphasis.map((e) => `${e.kind} ${text.slice(e.start, e.end)}`).sort();
  };
  it('finds **, __, *, _ and <u> spans with exact offsets', () => {
    assert.deepEqual(spans('A **b** c __d__ e *f* g _h_ i <u>j</u> k.\n'), ['em *f*', 'em _h_', 'strong **b**', 'strong __d__', 'underline <u>j</u>']);
  });
  it('finds nested spans, each with its own range', () => {
    assert.deepEqual(spans('***a*** and **b *c* d**.\n'), ['em ***a***', 'em *c*', 'strong **a**', 'strong **b *c* d**']);
  });
  it('follows emphasis over a line break, in list items and in table cells', () => {
    assert.deepEqual(spans('Text **over\ntwo** lines.\n'), ['strong **over\ntwo**']);
    assert.deepEqual(spans('- one *item*\n  - **nested**\n'), ['em *item*', 'strong **nested**']);
    assert.deepEqual(spans('| a | b |\n|---|---|\n| **cell** | _x_ |\n'), ['em _x_', 'strong **cell**']);
  });
  it('ignores what is not emphasis: snake_case, lone stars, code', () => {
    assert.deepEqual(spans('snake_case_name, a * b ** c, `**code**` and \\*escaped\\*.\n'), []);
  });
});
