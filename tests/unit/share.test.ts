import { brochure } from '../../src/data'
import { buildSharePayload } from '../../src/domain/share'
import { CATEGORY_IDS } from '../../types/content'

describe('share cards', () => {
  test.each(CATEGORY_IDS.map((id) => [id]))(
    'the %s card names the fraud, carries its tip and reopens it',
    (id) => {
      const category = brochure.categories.find((c) => c.id === id)!
      const card = buildSharePayload({ page: 'category', id }, brochure)
      expect(card.title).toBe(`${category.name}：${category.tipKeySentence}`)
      expect(category.tip.join('')).toContain(category.tipKeySentence)
      expect(card.path).toBe(`/pages/category/index?id=${id}&from=share`)
      expect(card.query).toBe(`id=${id}&from=share`)
    }
  )

  test('the online-loan card carries the brochure sentence about paying first', () => {
    expect(buildSharePayload({ page: 'category', id: 'online-loan' }, brochure).title).toBe(
      '网络贷款诈骗：凡是网络贷款需要先交钱的都是诈骗！'
    )
  })

  test('home and prevention cards open their pages', () => {
    expect(buildSharePayload({ page: 'index' }, brochure)).toEqual({
      title: '防范电信网络诈骗：十种常见骗局，遇事拨打96110',
      path: '/pages/index/index?from=share',
      query: 'from=share'
    })
    const prevention = buildSharePayload({ page: 'prevention' }, brochure)
    expect(prevention.title).toBe('防骗牢记四条：不轻信、不透露、不转账、及时报警')
    expect(prevention.path).toBe('/pages/prevention/index?from=share')
  })

  test('a result card shows the score but opens the quiz start, not the sender’s result', () => {
    const card = buildSharePayload({ page: 'quiz-result', score: 80 }, brochure)
    expect(card.title).toBe('我在反诈测试中得了 80 分，你也来测测')
    expect(card.path).toBe('/pages/quiz/index?from=share')
  })

  test('an impossible score is clamped rather than printed', () => {
    expect(buildSharePayload({ page: 'quiz-result', score: 140 }, brochure).title).toContain('100 分')
    expect(buildSharePayload({ page: 'quiz-result', score: Number.NaN }, brochure).title).toContain(' 0 分')
  })

  test('every card title fits a chat card', () => {
    for (const id of CATEGORY_IDS) {
      expect(buildSharePayload({ page: 'category', id }, brochure).title.length).toBeLessThanOrEqual(48)
    }
  })
})
