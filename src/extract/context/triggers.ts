/**
 * ConText trigger tables (after Chapman et al. 2001 NegEx, Harkema et al. 2009 ConText, and the
 * published GenNegEx / pyConText term lists): pre- (forward) and post- (backward) triggers for
 * negation, uncertainty, historical and hypothetical temporality, and experiencer; pseudo-triggers
 * that look like triggers but are not ("no change", "gram negative", "history and physical"); and
 * termination terms that end a trigger's scope ("but", "however", "which"…).
 * @module
 */

/** Assertion categories. */
export type ContextCategory = 'negation' | 'uncertainty' | 'historical' | 'hypothetical' | 'experiencer';

/** A trigger row. */
export interface Trigger {
  /** What the trigger does. `pseudo` blocks shorter triggers inside it; `termination` ends scopes. */
  role: ContextCategory | 'pseudo' | 'termination';
  /** Scope direction: forward = pre-trigger, backward = post-trigger. */
  direction: 'forward' | 'backward' | 'both';
  /** For terminations: the categories whose scope it ends (all when absent). */
  ends?: readonly ContextCategory[];
  /** Negation by resolution ("resolved", "cleared"): the finding was there before. */
  resolution?: boolean;
}

type Row = readonly [role: Trigger['role'], direction: Trigger['direction'], terms: readonly string[], ends?: readonly (ContextCategory | 'resolution')[]];

const ALL_TERMINATIONS = [
  'but', 'however', 'although', 'though', 'nevertheless', 'yet', 'still', 'aside from', 'except', 'except for', 'apart from', 'other than', 'whilst', 'while', 'whereas',
  'secondary to', 'as the cause of', 'as the source of', 'as the reason of', 'as the etiology of', 'as the origin of', 'as a cause of', 'as a cause for', 'as a reason for',
  'cause for', 'causes of', 'cause of', 'etiology for', 'etiology of', 'origin for', 'origin of', 'reason for', 'source for', 'source of', 'which', 'who', 'because', 'since', 'due to',
  'presumably due to', 'attributed to', 'in view of', 'with the exception of', 'instead', 'followed by', 'then', 'subsequently', 'later',
];

/** The trigger table. */
export const TRIGGER_ROWS: readonly Row[] = [
  [
    'negation',
    'forward',
    [
      'no', 'not', 'without', 'denies', 'denied', 'denying', 'deny', 'negative for', 'no evidence', 'no evidence of', 'no new evidence', 'no other evidence', 'no evidence to suggest',
      'no sign of', 'no signs of', 'no symptoms of', 'no suspicious', 'no new', 'no other', 'no significant', 'no suggestion of', 'no abnormal', 'no cause of', 'no complaints of',
      'no findings of', 'no findings to indicate', 'no radiographic evidence of', 'no history of', 'absence of', 'absent', 'free of', 'fails to reveal', 'failed to reveal',
      'never developed', 'never had', 'cannot see', 'can not see', 'not demonstrate', 'not show', 'not have', 'not had', 'not appear', 'not exhibit', 'not feel', 'not reveal',
      'not see', 'not know of', 'not known to have', 'not associated with', 'not complain of', 'not demonstrated', 'did not', 'does not', 'do not', 'was not', 'were not', 'is not',
      'are not', 'has not', 'have not', 'had not', "didn't", "doesn't", "don't", "wasn't", "isn't", "hasn't", "haven't", 'none', 'neither', 'nor', 'without any', 'without evidence of',
      'without any evidence of', 'without indication of', 'without sign of', 'without signs of', 'with no', 'ruled out', 'rules out', 'unremarkable for', 'rather than',
      'no longer', 'free from', 'lack of', 'lacks', 'not elevated', 'nil', 'zero', 'denial of',
    ],
  ],
  [
    'negation',
    'backward',
    [
      'free', 'is ruled out', 'are ruled out', 'was ruled out', 'were ruled out', 'has been ruled out', 'have been ruled out', 'being ruled out', 'negative', 'was negative',
      'were negative', 'is negative', 'are negative', 'not seen', 'not present', 'absent', 'was absent', 'were absent', 'not detected', 'was not detected', 'were not detected',
      'not found', 'not identified', 'not observed', 'not demonstrated', 'not noted', 'not evident', 'not appreciated', 'not visualized', 'not elevated', 'not raised', 'not performed',
      'was not performed', 'were not performed', 'not done', 'unremarkable', 'within normal limits', 'not increased',
    ],
  ],
  ['negation', 'forward', ['resolution of', 'resolved', 'clearance of'], ['resolution']],
  ['negation', 'backward', ['resolved', 'has resolved', 'had resolved', 'have resolved', 'resolving', 'cleared', 'has cleared', 'disappeared', 'subsided', 'had subsided'], ['resolution']],
  ['termination', 'both', ['positive for', 'positive', 'present', 'presence of', 'revealed', 'showed', 'shows', 'demonstrated'], ['negation']],
  [
    'pseudo',
    'both',
    [
      'no increase', 'no suspicious change', 'no significant change', 'no change', 'no interval change', 'no significant interval change', 'no definite change', 'not extend',
      'not cause', 'not drain', 'not certain if', 'not certain whether', 'not necessarily', 'not only', 'without difficulty', 'gram negative', 'not ruled out', 'not been ruled out',
      'not rule out', 'not be ruled out', 'with no improvement', 'no improvement', 'not clear', 'not certain', 'not entirely', 'not well',
      'cannot be ruled out', 'can not be ruled out', 'cannot rule out', 'can not rule out', 'cannot exclude', 'can not exclude', 'cannot be excluded', 'not excluded', 'not only',
      'negative predictive', 'hormone receptor negative', 'triple negative', 'her2 negative', 'er negative', 'pr negative', 'not significantly', 'no significant change in',
      'non small', 'non hodgkin', 'normal range', 'normal limits', 'upper limit of normal', 'normal 10', 'history and physical', 'history and examination', 'history taking',
      'poor history', 'history of present illness', 'social history', 'history was obtained', 'clinical history', 'history of chief complaint', 'sudden onset of', 'past due',
      'family history was negative', 'not previously', 'previously healthy', 'risk factor', 'risk factors', 'if any', 'if not', 'if needed', 'as if', 'even if', 'only if',
      'in case of', 'whether or not', 'prior to admission', 'prior to presentation',
    ],
  ],
  [
    'uncertainty',
    'forward',
    [
      'possible', 'possibly', 'probable', 'probably', 'questionable', 'question of', 'suspect', 'suspected', 'suspicious for', 'suspicious of', 'suspicion of', 'suspicion for',
      'concern for', 'concerning for', 'may be', 'may have', 'might be', 'might have', 'could be', 'could have', 'differential diagnosis', 'ddx', 'rule out', 'r/o', 'rule him out',
      'rule her out', 'evaluate for', 'evaluation for', 'workup for', 'cannot exclude', 'cannot rule out', 'can not rule out', 'can not exclude', 'cannot be ruled out',
      'suggestive of', 'suggesting', 'suggests', 'suggest', 'compatible with', 'likely', 'presumed', 'presumably', 'presumptive', 'equivocal', 'borderline', 'indeterminate',
      'in keeping with', 'appears to be', 'thought to be', 'worrisome for', 'worry for', 'versus', 'vs', 'uncertain', 'unclear', 'doubtful', 'apparent', 'apparently', 'query',
      'consider', 'considered', 'cannot be excluded', 'not excluded', 'can not be excluded', 'maybe', 'perhaps',
    ],
  ],
  ['uncertainty', 'backward', ['is possible', 'is likely', 'was suspected', 'is suspected', 'is questionable', 'cannot be excluded', 'can not be excluded', 'not excluded', 'cannot be ruled out', 'unlikely', 'is unlikely', 'was considered', 'versus', 'vs', 'or not', 'was queried', 'questionable', 'suspected']],
  [
    'historical',
    'forward',
    [
      'history of', 'history', 'h/o', 'hx of', 'hx', 'past history of', 'past medical history', 'pmh', 'previous', 'previously', 'prior', 'status post', 's/p', 'in the past',
      'past', 'remote', 'old', 'former', 'formerly', 'earlier', 'since childhood', 'childhood', 'years ago', 'history significant for', 'known history of', 'chronic',
    ],
  ],
  ['historical', 'backward', ['years ago', 'months ago', 'year ago', 'in the past', 'previously', 'in childhood', 'as a child', 'in the remote past', 'at age']],
  [
    'hypothetical',
    'forward',
    [
      'if', 'in case', 'should he', 'should she', 'should the patient', 'should there be', 'should there', 'should they', 'as needed', 'return for', 'return if', 'return to the',
      'come back for', 'come back if', 'seek medical attention if', 'call if', 'call for', 'to prevent', 'prevent', 'prevention of', 'prophylaxis', 'prophylaxis for', 'risk of',
      'risk for', 'at risk for', 'at risk of', 'in the event of', 'watch for', 'look for', 'monitor for', 'instructed to', 'precautions', 'may develop', 'could develop',
      'plan for', 'planned', 'awaiting', 'scheduled for', 'will', 'would', 'to be', 'needs', 'need for', 'in order to', 'for possible', 'signs of', 'symptoms of',
    ],
  ],
  ['hypothetical', 'backward', ['prn', 'as needed', 'if needed', 'if necessary', 'is planned', 'was planned', 'is scheduled', 'will be']],
  [
    'experiencer',
    'forward',
    [
      'family history', 'family history of', 'family hx', 'fh', 'family', 'mother', 'father', 'sister', 'brother', 'aunt', 'uncle', 'grandmother', 'grandfather', 'son',
      'daughter', 'cousin', 'parent', 'parents', 'sibling', 'siblings', 'niece', 'nephew', 'wife', 'husband', 'relative', 'relatives', 'maternal', 'paternal', 'grandparent',
      'grandparents', 'twin', 'first degree relative', 'first degree relatives',
    ],
  ],
  ['experiencer', 'backward', ['in her mother', 'in his mother', 'in her father', 'in his father', 'in the family', 'in family members', 'in relatives']],
  ['pseudo', 'both', ['by her mother', 'by his mother', 'by her husband', 'by his wife', 'accompanied by', 'lives with', 'living with', 'brought in by', 'mother tongue', 'with her husband', 'with his wife', 'son of', 'daughter of']],
  ['termination', 'both', ALL_TERMINATIONS],
  ['termination', 'both', ['presents', 'presented', 'presenting', 'presentation', 'current', 'currently', 'now', 'today', 'this admission', 'admission', 'on admission', 'admitted', 'complains', 'complained', 'c/o', 'reports', 'reported', 'at present', 'recent', 'recently', 'new', 'acute', 'acutely'], ['historical']],
  ['termination', 'both', ['patient', 'the patient', 'pt', 'she', 'he', 'our patient', 'this patient'], ['experiencer']],
  ['termination', 'both', ['because', 'since', 'and'], ['hypothetical']],
];
