/**
 * The brochure's ids, as values: the lists that share links, saved state and the content checks read at run time.
 * Their types (CategoryId, RuleId) are declared in types/content.ts from these lists.
 */

/** Ids of the brochure's ten fraud categories, in brochure order. Share links and deep links use them. */
export const CATEGORY_IDS = [
  'pig-butchering',
  'fake-credit',
  'fake-investment',
  'impersonating-officials',
  'fake-shopping',
  'order-brushing',
  'fake-customer-service',
  'impersonating-leaders',
  'game-trading',
  'online-loan'
] as const

/** The brochure's four prevention rules (如何防范), in brochure order. */
export const RULE_IDS = ['no-trust', 'no-disclose', 'no-transfer', 'report'] as const
