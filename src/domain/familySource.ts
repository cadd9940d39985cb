import type { BrochureContent } from '#types/content'
import type { FamilySource } from '#types/family'

const PARTS = { method: '诈骗方式', case: '诈骗案例', tip: '反诈提示' } as const

/** How a source is named under its sentence, e.g. "宣传手册「冒充公检法及政府机关诈骗」反诈提示". */
export function sourceLabel(source: FamilySource, content: BrochureContent): string {
  switch (source.kind) {
    case 'category': {
      const name = content.categories.find((c) => c.id === source.category)?.name ?? source.category
      return `宣传手册「${name}」${PARTS[source.part]}`
    }
    case 'rule': {
      const name = content.rules.find((r) => r.id === source.rule)?.name ?? source.rule
      return `宣传手册「如何防范」${name}`
    }
    case 'hotline':
      return '宣传手册「全国反诈热线 96110」'
    case 'public':
      return `${source.publisher}《${source.title}》`
  }
}
