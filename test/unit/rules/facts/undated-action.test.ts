import { ruleTester } from '../../../helpers/rule-tester';

const ca = '## Corrective actions\n\n';
const pm = '## Preventive measures\n\n';
const ac = '## Actions correctives\n\n';
const mp = '## Mesures préventives\n\n';

ruleTester('facts/undated-action', {
  en: {
    valid: [
      { name: 'a dated action', text: `${ca}1. On 3 March 2026, we replaced the boxes.\n` },
      { name: 'a weekly control', text: `${pm}- Every Monday, we count the stock.\n` },
      { name: 'a rule in place since a date', text: `${pm}- Since 3 March 2026, every parcel leaves with tracking.\n` },
      { name: 'a rule triggered by an event', text: `${pm}- If a picker cannot find an item, we pause the SKU.\n` },
      { name: 'a check before each listing', text: `${pm}- Before any new offer goes live, a second team member scans the product.\n` },
      { name: 'an action in the root cause is no plan', text: '## Root cause\n\nWe replaced the old boxes with thinner ones.\n' },
      { name: 'a date placeholder still to fill', text: `${ca}1. We replaced the boxes on [DATE].\n` },
      { name: 'an attachment is no action', text: `${pm}- Every day, we check the report.\n\nWe have attached the list of the 31 late orders.\n` },
      { name: 'a date carries to the next sentence', text: `${ca}On 13 November 2026 we checked the 31 late orders. We also answered the four buyers.\n` },
      { name: 'a daily control', text: `${pm}- We check stock daily.\n` },
      { name: 'a row of a table with its date', text: `${ca}| Action | Date |\n|---|---|\n| We replaced the boxes | 3 March 2026 |\n` },
      { name: '"every parcel" sets a rhythm', text: `${pm}- Our team inspects every parcel.\n` },
      { name: 'a time limit', text: `${pm}- We answer every buyer message within 24 hours.\n` },
      { name: 'a nested item inherits its date', text: `${ca}- On 3 March 2026, we audited all listings:\n  - We corrected the titles.\n` },
      { name: 'a statement that is no action', text: `${ca}1. On 3 March 2026, we closed the offer.\n\nOur offers remain closed until you have reviewed the documents.\n` },
    ],
    invalid: [
      { name: 'an undated list item', text: `${ca}1. We replaced the packaging of every glass item.\n`, errors: [{ line: 3, column: 4, message: 'no date' }] },
      { name: 'a bulleted refund', text: `${ca}- We refunded the buyers concerned.\n`, errors: [{ line: 3, column: 3 }] },
      { name: 'two undated sentences of a paragraph', text: `${ca}We trained the packing team. We also added a checklist.\n`, errors: [{ line: 3, column: 1 }, { line: 3, column: 30 }] },
      { name: 'a control with no frequency', text: `${pm}- The warehouse lead checks the low-stock report.\n`, errors: [{ line: 3, column: 3 }] },
      { name: 'an action written without subject', text: `${ca}- Replaced the supplier.\n`, errors: [{ line: 3, column: 3 }] },
      { name: 'a table cell', text: `${ca}| Action | Owner |\n|---|---|\n| We replaced the boxes | Tom |\n`, errors: [{ line: 5, column: 3 }] },
      { name: 'a year alone is no date', text: `${ca}1. In 2026, we replaced the supplier.\n`, errors: [{ line: 3, column: 4 }] },
      { name: '"immediately" is no date', text: `${ca}1. We immediately refunded both buyers.\n`, errors: [{ line: 3, column: 4 }] },
      { name: 'an undated item and its nested item', text: `${ca}- We audited all listings:\n  - We corrected the titles.\n`, errors: [{ line: 3, column: 3 }, { line: 4, column: 5 }] },
      { name: 'the action is the second sentence', text: `${ca}- The boxes were too thin. We replaced them with double-wall boxes.\n`, errors: [{ line: 3, column: 28 }] },
      { name: 'a perfect tense', text: `${ca}1. We have set up a second picking run.\n`, errors: [{ line: 3, column: 4 }] },
      { name: 'a paragraph after the list', text: `${ca}1. On 3 March 2026, we refunded the buyers.\n\nWe also contacted the carrier.\n`, errors: [{ line: 5, column: 1 }] },
      { name: 'an inspection with no frequency', text: `${pm}- Our team inspects the returned units.\n`, errors: [{ line: 3, column: 3 }] },
    ],
  },
  fr: {
    valid: [
      { name: 'une action datée', text: `${ac}1. Le 3 mars 2026, nous avons remplacé les cartons.\n` },
      { name: 'un contrôle hebdomadaire', text: `${mp}- Chaque lundi, nous comptons le stock.\n` },
      { name: 'une règle en place depuis une date', text: `${mp}- Depuis le 3 mars 2026, chaque colis part avec un suivi.\n` },
      { name: 'une règle déclenchée par un événement', text: `${mp}- Si un article est introuvable, nous suspendons le SKU.\n` },
      { name: 'avant toute mise en vente', text: `${mp}- Avant toute mise en vente, une seconde personne scanne le produit.\n` },
      { name: 'une action dans la cause', text: '## Cause\n\nNous avons remplacé les anciens cartons par des modèles plus fins.\n' },
      { name: 'une date encore à remplir', text: `${ac}1. Nous avons remplacé les cartons le [DATE].\n` },
      { name: 'une pièce jointe', text: `${mp}- Chaque jour, nous lisons le rapport.\n\nVous trouverez en pièce jointe la liste des 12 commandes annulées.\n` },
      { name: 'les offres restent fermées', text: `${ac}1. Le 3 mars 2026, nous avons fermé l'offre.\n\nLes offres restent fermées jusqu'à l'examen de la lettre.\n` },
      { name: 'une date reportée sur la phrase suivante', text: `${ac}Le 13 novembre 2026, nous avons vérifié les 31 commandes. Nous avons aussi répondu aux quatre acheteurs.\n` },
      { name: '« chaque colis » fixe un rythme', text: `${mp}- Notre équipe inspecte chaque colis.\n` },
      { name: 'tous les jours', text: `${mp}- Nous vérifions le stock tous les jours.\n` },
      { name: 'un délai', text: `${mp}- Nous répondons à chaque message sous 24 heures.\n` },
      { name: 'toute offre… le jour même', text: `${mp}- Toute offre sans autorisation valide est retirée le jour même.\n` },
    ],
    invalid: [
      { name: 'un élément non daté', text: `${ac}1. Nous avons remplacé l'emballage des articles en verre.\n`, errors: [{ line: 3, column: 4, message: 'ni date' }] },
      { name: 'un remboursement', text: `${ac}- Nous avons remboursé les acheteurs concernés.\n`, errors: [{ line: 3, column: 3 }] },
      { name: 'deux phrases non datées', text: `${ac}Nous avons formé l'équipe. Nous avons aussi ajouté une liste de contrôle.\n`, errors: [{ line: 3, column: 1 }, { line: 3, column: 28 }] },
      { name: 'un contrôle sans fréquence', text: `${mp}- La responsable logistique vérifie le rapport des stocks faibles.\n`, errors: [{ line: 3, column: 3 }] },
      { name: 'une action nominale', text: `${ac}- Mise en place d'une double vérification.\n`, errors: [{ line: 3, column: 3 }] },
      { name: 'une cellule de tableau', text: `${ac}| Action | Responsable |\n|---|---|\n| Nous avons remplacé les cartons | Tom |\n`, errors: [{ line: 5, column: 3 }] },
      { name: 'une année seule n’est pas une date', text: `${ac}1. En 2026, nous avons changé de fournisseur.\n`, errors: [{ line: 3, column: 4 }] },
      { name: '« immédiatement » n’est pas une date', text: `${ac}1. Nous avons immédiatement remboursé les deux acheteurs.\n`, errors: [{ line: 3, column: 4 }] },
      { name: 'un élément et son sous-élément', text: `${ac}- Nous avons contrôlé toutes les fiches :\n  - Nous avons corrigé les titres.\n`, errors: [{ line: 3, column: 3 }, { line: 4, column: 5 }] },
      { name: 'l’action est la seconde phrase', text: `${ac}- Les cartons étaient trop fins. Nous les avons remplacés par des cartons double cannelure.\n`, errors: [{ line: 3, column: 34 }] },
      { name: 'une nouvelle tournée', text: `${ac}1. Nous avons créé une deuxième tournée de préparation.\n`, errors: [{ line: 3, column: 4 }] },
      { name: 'une inspection sans fréquence', text: `${mp}- Notre équipe inspecte les articles retournés.\n`, errors: [{ line: 3, column: 3 }] },
    ],
  },
});
