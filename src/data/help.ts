/**
 * 已被骗怎么办: the steps of the help page, from src/data/help.json, checked once when the module loads.
 * A broken file fails loudly with the file, record and field at fault, like the brochure's loader.
 * Runs in the mini-program too: plain TypeScript, no Node or Taro APIs.
 */
import helpJson from './help.json'
import {
  deepFreeze,
  fail,
  get,
  isObject,
  isText,
  recordName,
  requireString,
  ROOT,
  show,
  type Obj,
  type Where
} from './validation'

export interface HelpStep {
  /** Unique and stable, e.g. "call-110"; the list key. */
  id: string
  /** What to do, in a few words: "立即拨打110报警". */
  title: string
  /** The step in plain words. */
  text: string
  /** Verbatim brochure sentences behind the step, shown in quotation marks; absent for public guidance. */
  quotes?: string[]
  /**
   * Where the step comes from, as shown to the reader: a brochure section ("宣传手册「…」"), or the public police
   * guidance it follows, named with its publisher and date.
   */
  source: string
  /**
   * The web address of each public source named in `source`, for whoever checks or updates the step. Required
   * for a step not from the brochure; never shown as a link (the app is offline and teaches not to tap links).
   */
  sourceUrls?: string[]
}

const FIELDS = ['id', 'title', 'text', 'quotes', 'source', 'sourceUrls'] as const

/** A step is the brochure's when its source names a brochure section. */
export function isFromBrochure(step: Pick<HelpStep, 'source'>): boolean {
  return step.source.startsWith('宣传手册')
}

function validateStep(obj: Obj, w: Where): HelpStep {
  for (const key of Object.keys(obj)) {
    if (!(FIELDS as readonly string[]).includes(key)) fail(w, key, 'is not a known field')
  }
  requireString(obj, 'title', w)
  requireString(obj, 'text', w)
  requireString(obj, 'source', w)
  const quotes = get(obj, 'quotes')
  if (quotes !== undefined && (!Array.isArray(quotes) || quotes.length === 0 || !quotes.every(isText))) {
    fail(w, 'quotes', 'must be a non-empty array of non-empty strings when present')
  }
  const urls = get(obj, 'sourceUrls')
  if (urls !== undefined && (!Array.isArray(urls) || urls.length === 0 || !urls.every(isWebAddress))) {
    fail(w, 'sourceUrls', 'must be a non-empty array of http(s) addresses when present')
  }
  if (urls === undefined && !isFromBrochure(obj as unknown as HelpStep)) {
    fail(w, 'sourceUrls', 'is required for a step not from the brochure: name its public source')
  }
  return obj as unknown as HelpStep
}

function isWebAddress(value: unknown): boolean {
  return typeof value === 'string' && /^https?:\/\/\S+$/.test(value)
}

/** Checks the help steps: an array of records, each with a unique id, a title, a text and a source. */
export function validateHelpSteps(raw: unknown, file = 'help.json'): HelpStep[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    fail({ file, record: ROOT }, ROOT, 'must be a non-empty array of steps')
  }
  const seen = new Map<string, number>()
  return raw.map((item, i) => {
    const w = { file, record: recordName('', i, item) }
    if (!isObject(item)) fail(w, ROOT, 'must be an object')
    const id = requireString(item, 'id', w)
    const first = seen.get(id)
    if (first !== undefined) fail(w, 'id', `duplicate id ${show(id)} (also [${first}])`)
    seen.set(id, i)
    return validateStep(item, w)
  })
}

/** The shipped steps, validated, in the order a person should take them. */
export const helpSteps: HelpStep[] = deepFreeze(validateHelpSteps(helpJson))
