/**
 * 风险自测's signal ids, as values: the data checks and the result's order read them at run time. Their types
 * (SignalKind, SignalId) are declared in types/check.ts from these lists.
 */

/** The four families of signals, in the order the result lists them. */
export const SIGNAL_KINDS = ['claim', 'want', 'pressure', 'channel'] as const

/** Ids the combination rules refer to; the data file must define each one exactly once. */
export const SIGNAL_IDS = [
  'claim-authority',
  'claim-organisation',
  'claim-acquaintance',
  'claim-superior',
  'claim-job',
  'claim-trade',
  'claim-online-partner',
  'want-money',
  'want-fee-first',
  'want-code',
  'want-info',
  'want-click',
  'want-install',
  'want-move',
  'want-secrecy',
  'want-secrecy-from-children',
  'want-skip-old-number',
  'want-forward',
  'want-cancel-service',
  'want-account-lend',
  'want-company-funds',
  'pressure-deadline',
  'pressure-threat',
  'pressure-legal',
  'pressure-emergency',
  'pressure-lure',
  'pressure-prize',
  'pressure-sure-profit',
  'pressure-cure',
  'pressure-blessing',
  'pressure-unclaimed',
  'pressure-easy-money',
  'pressure-guaranteed',
  'pressure-not-you',
  'channel-link',
  'channel-domain',
  'channel-qr',
  'channel-reply',
  'channel-new-number',
  'channel-opener',
  'channel-busy',
  'channel-other-account',
  'channel-card-number',
  'channel-vanished',
  'channel-lookalike',
  'channel-wording'
] as const
