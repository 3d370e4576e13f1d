/**
 * How an English sentence states an action of the seller (`structure/unanswered-reason`).
 * Folded-text regex alternatives (lower case, no accents, straight apostrophes); the
 * check joins them as subject + optional in-between words + verb. Analysis verbs in the
 * past ("we reviewed", "we found") are left out on purpose: they explain a cause, they
 * do not answer it. Negations never match, since "not" and "never" are not in-between words.
 */
import type { ActionLexicon } from '../types';

export const actions: ActionLexicon = {
  subjects: [
    'we', 'i',
    '(?:our|the) (?:[a-z-]+ ){0,2}(?:team|teams|staff|manager|managers|lead|leads|supervisor|employees?|packers?|pickers?|buyers? team|department|director|software|system|tool)',
  ],
  between: [
    "'ve", "'ll", 'have', 'has', 'had', 'will', 'shall', 'now', 'also', 'then', 'immediately', 'already', 'since', 'each',
    'both', 'all', 'promptly', 'personally', 'manually', 'automatically', 'systematically', 'always', 'first', 'further',
    'fully', 'no longer', 'daily', 'weekly', 'monthly', 'are going to', 'am going to', 'do', 'did', 'successfully',
    'permanently', 'temporarily', 'carefully', 'together', 'jointly', 'formally', 'subsequently', 'additionally',
    'completely', 'physically', 'regularly',
  ],
  verbs: [
    // done (past and participle)
    'replaced', 'changed', 'set(?: up)?', 'added', 'introduced', 'implemented', 'installed', 'created', 'built', 'updated',
    'corrected', 'fixed', 'removed', 'deleted', 'closed', 'suspended', 'paused', 'deactivated', 'withdr(?:ew|awn)',
    'stopped', 'ended', 'terminated', 'switched', 'moved', 'upgraded', '(?:re)?trained', 'hired', 'recruited', 'assigned',
    'appointed', 'refunded', 'reimbursed', 'contacted', 'informed', 'answered', 'responded', 'raised', 'increased',
    'extended', 'adjusted', 'lowered', 'reduced', 'checked', 'verified', 'audited', 'inspected', 'tested', 'drop-tested',
    '(?:re)?counted', 'compared', 'reconciled', 'linked', 'connected', 'integrated', 'automated', 'synchroni[sz]ed',
    'configured', 'blocked', 'quarantined', 'opened', 'sourced', 'purchased new', 'obtained',
    'requested', 'secured', 'documented', 'wrote', 'written', 'drafted', 'published', 'adopted', 'began', 'begun',
    'started', 'launched', 'scheduled', 'reorgani[sz]ed', 'restructured', 'redesigned', 'revised', 'rewrote', 'rewritten',
    'strengthened', 'improved', 'tightened', 'enforced', 'required', 'limited', 'restricted', 'disabled', 'enabled',
    'confirmed', 'delisted', 'relisted', 'relabel(?:l)?ed', 'repackaged', 'repacked', 'reshipped', 'resent', 'sent',
    'shipped replacements?', 'issued', 'offered', 'ordered new', 'ordered a', 'invested', 'put in place', 'put',
    'took', 'taken', 'cut ties', 'dropped', 'escalated', 'filed', 'submitted', 'uploaded', 'attached',
    'mapped', 'labell?ed', 'scanned', 'tagged', 'standardi[sz]ed', 'formali[sz]ed', 'established', 'designated',
    // recurring or ongoing (present)
    'check(?:s)?', 'verif(?:y|ies)', 'review(?:s)?', 'audit(?:s)?', 'inspect(?:s)?', 'test(?:s)?', 'count(?:s)?',
    'compare(?:s)?', 'monitor(?:s)?', 'track(?:s)?', 'reconcile(?:s)?', 'update(?:s)?', 'keep(?:s)?', 'maintain(?:s)?',
    'use(?:s)?', 'require(?:s)?', 'ship(?:s)?', 'send(?:s)?', 'pack(?:s)?', 'confirm(?:s)?', 'train(?:s)?', 'record(?:s)?',
    'scan(?:s)?', 'sync(?:s)?', 'synchroni[sz]e(?:s)?', 'analy[sz]e(?:s)?', 'examine(?:s)?', 'read(?:s)?', 'answer(?:s)?',
    'respond(?:s)?', 'contact(?:s)?', 'refund(?:s)?', 'replace(?:s)?', 'remove(?:s)?', 'pause(?:s)?', 'block(?:s)?',
    'reject(?:s)?', 'accept(?:s)? only', 'buy(?:s)? only', 'source(?:s)? only', 'purchase(?:s)? only', 'raise(?:s)?',
    'adjust(?:s)?', 'set(?:s)?', 'assign(?:s)?', 'measure(?:s)?', 'calculate(?:s)?', 'sample(?:s)?', 'photograph(?:s)?',
    'weigh(?:s)?', 'label(?:s)?', 'double-check(?:s)?', 'cross-check(?:s)?', 'validate(?:s)?', 'approve(?:s)?',
    'reorder(?:s)?', 'restock(?:s)?', 'hold(?:s)?', 'store(?:s)?', 'archive(?:s)?', 'log(?:s)?', 'report(?:s)?',
    'escalate(?:s)?', 'limit(?:s)?', 'cap(?:s)?', 'print(?:s)?', 'apply', 'applies', 'run(?:s)?', 'follow(?:s)? up',
    'investigate(?:s)?', 'notify', 'notifies', 'inform(?:s)?', 'test-order(?:s)?', 'ask(?:s)? for', 'request(?:s)?',
  ],
  passive: ['has been', 'have been', 'is now', 'are now', 'has now been', 'have now been', 'is since', 'are since'],
  leading: [
    'replaced', 'changed', 'added', 'introduced', 'implemented', 'installed', 'created', 'built', 'updated', 'corrected',
    'fixed', 'removed', 'deleted', 'closed', 'suspended', 'paused', 'deactivated', 'withdrew', 'stopped', 'ended',
    'terminated', 'switched', 'moved', 'upgraded', '(?:re)?trained', 'hired', 'recruited', 'assigned', 'appointed',
    'refunded', 'reimbursed', 'contacted', 'raised', 'increased', 'extended', 'adjusted', 'audited', 'inspected', 'tested',
    'linked', 'connected', 'integrated', 'automated', 'synchroni[sz]ed', 'configured', 'blocked', 'quarantined', 'set up',
    'adopted', 'launched', 'revised', 'strengthened', 'improved', 'tightened', 'enforced', 'established', 'delisted',
    'relabel(?:l)?ed', 'repackaged', 'put in place', 'checked', 'verified', 'counted', 'reconciled', 'obtained',
    'requested', 'secured', 'documented', 'standardi[sz]ed', 'formali[sz]ed',
    'installation of', 'introduction of', 'implementation of', 'replacement of', 'removal of', 'creation of', 'training of',
    'daily (?:check|audit|count|review|reconciliation)', 'weekly (?:check|audit|count|review|reconciliation)',
    'monthly (?:check|audit|count|review|reconciliation)',
  ],
};
