import { screen } from '@testing-library/dom'
import PageLink from '@/components/PageLink'
import { CanNavigateContext } from '@/hooks/useCanNavigate'
import { openPage, replacePage } from '@/services/navigation'
import { mountComponent, tap, visibleText } from './support'

jest.mock('@/services/navigation', () => jest.requireActual('./mocks').navigationMock())

beforeEach(() => {
  document.body.innerHTML = ''
  jest.mocked(openPage).mockClear()
  jest.mocked(replacePage).mockClear()
})

test('shows its text with ›, is named by the text alone, and opens its page with the query', async () => {
  const utils = await mountComponent(() => (
    <PageLink to='scenario' query={{ id: 'fake-credit' }} text='模拟一下：如果是您会怎么做？' />
  ))
  expect(visibleText()).toBe('模拟一下：如果是您会怎么做？ ›')
  // With a no-break space: "›" never wraps onto a line of its own.
  expect(document.body.textContent).toContain('做？\u00a0›')
  await tap(utils, screen.getByRole('button', { name: '模拟一下：如果是您会怎么做？' }))
  expect(openPage).toHaveBeenCalledWith('scenario', { id: 'fake-credit' })
})

test('without a query it opens the bare page', async () => {
  const utils = await mountComponent(() => <PageLink to='help' text='已被骗怎么办？' />)
  await tap(utils, screen.getByRole('button', { name: '已被骗怎么办？' }))
  expect(jest.mocked(openPage).mock.calls).toEqual([['help']])
})

test('with replace it takes the place of this page instead of opening on top', async () => {
  const utils = await mountComponent(() => <PageLink to='scenario' text='看看全部情景演练' replace />)
  await tap(utils, screen.getByRole('button', { name: '看看全部情景演练' }))
  expect(jest.mocked(replacePage).mock.calls).toEqual([['scenario']])
  expect(openPage).not.toHaveBeenCalled()
})

test('is left out where nothing can navigate (Moments single-page mode)', async () => {
  await mountComponent(() => (
    <CanNavigateContext.Provider value={false}>
      <PageLink to='help' text='已被骗怎么办？' />
    </CanNavigateContext.Provider>
  ))
  expect(screen.queryByRole('button')).toBeNull()
  expect(visibleText()).toBe('')
})
