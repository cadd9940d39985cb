import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { roleProps } from '@/components/a11y'
import ActionButton from '@/components/ActionButton'
import Heading from '@/components/Heading'
import PageShell from '@/components/PageShell'
import NoOrphan from '@/components/NoOrphan'
import { brochure } from '@/data'
import { PACT_RULES, SAFE_WORD_PRACTICE } from '@/domain/familyPact'
import { sourceLabel } from '@/domain/familySource'
import { contactTitle } from '@/domain/trustedContact'
import { useTrustedContact } from '@/hooks/useTrustedContact'
import { FAMILY_PACT_KEY, readPactTicks, savePactTicks } from '@/services/familyPact'
import { openPage } from '@/services/navigation'
import { canPrint, printPage } from '@/services/print'
import { reportSave } from '@/store/saveStatus'
import './index.scss'

/** Ticked rules up to this many print larger (see index.scss). */
const FEW_RULES = 3

/**
 * 家庭防骗约定: the family ticks the rules it adopts; the card shows them large with the trusted number, to keep
 * by the phone. The browser version prints it on one A4 page; in the mini-program it is a large-print card on
 * screen (a screenshot keeps it). No share handler: the card may carry the family's number.
 */
export default function PactPage() {
  const contact = useTrustedContact()
  const [initial] = useState(readPactTicks)
  const [ticked, setTicked] = useState<string[]>(initial.ok ? initial.ticks : [])
  // True while the saved ticks could not be read: they are still stored, so nothing is written over them.
  const [unread, setUnread] = useState(!initial.ok)
  const [printable] = useState(canPrint)

  const toggle = (id: string) => {
    let base = ticked
    let readable = !unread
    if (unread) {
      // Read again before the first save: the stored ticks join those made meanwhile, so none is lost.
      const again = readPactTicks()
      if (again.ok) {
        base = [...again.ticks, ...ticked.filter((t) => !again.ticks.includes(t))]
        readable = true
        setUnread(false)
      }
    }
    const next = base.includes(id) ? base.filter((t) => t !== id) : [...base, id]
    setTicked(next)
    reportSave(FAMILY_PACT_KEY, readable && savePactTicks(next))
  }

  return (
    <PageShell>
      <View className='fs-pact__screen-only'>
        <Heading className='fs-pact__title' level={1}>
          家庭防骗约定
        </Heading>
        <Text className='fs-pact__lead'>
          <NoOrphan text='全家一起读一读，点一下勾上你们家同意的几条。每一条下面写着出处。' />
        </Text>
        {unread && (
          <Text className='fs-pact__unread' {...roleProps('status')}>
            <NoOrphan text='以前勾好的约定暂时读不出来（没有删掉），现在勾的先不保存，免得盖掉它们。过一会儿再打开这一页试试。' />
          </Text>
        )}
      </View>

      {/* Up to FEW_RULES ticked, the printed sheet is set larger: two rules used a third of the A4 page (round 50's
          trial), small for a sheet read from across the room. */}
      <View
        className={`fs-pact__card ${ticked.length > 0 ? 'fs-pact__card--chosen' : ''} ${
          ticked.length > 0 && ticked.length <= FEW_RULES ? 'fs-pact__card--few' : ''
        }`}
      >
        <Text className='fs-pact__card-title'>
          <NoOrphan text='我家的防骗约定' />
        </Text>
        {PACT_RULES.map((rule) => {
          const on = ticked.includes(rule.id)
          return (
            <ActionButton
              key={rule.id}
              className={`fs-pact__rule ${on ? 'fs-pact__rule--on' : 'fs-pact__rule--off'}`}
              role='checkbox'
              checked={on}
              onTap={() => toggle(rule.id)}
            >
              <Text className='fs-pact__box' aria-hidden='true'>
                {on ? '☑' : '☐'}
              </Text>
              <View className='fs-pact__rule-body'>
                <Text className='fs-pact__rule-text'>
                  <NoOrphan text={rule.text} />
                </Text>
                <Text className='fs-pact__rule-source'>
                  <NoOrphan text={`出自${sourceLabel(rule.source, brochure)}`} />
                </Text>
              </View>
            </ActionButton>
          )
        })}
        <View className='fs-pact__contact'>
          {contact ? (
            <Text>
              有事先打给 {contactTitle(contact)}：{contact.number.display}
            </Text>
          ) : (
            <Text>家人电话：________________</Text>
          )}
        </View>
        <Text className='fs-pact__hotlines'>
          <NoOrphan text={'反诈专线 96110\u00a0· 已被骗报警 110'} />
        </Text>
        <View className='fs-pact__safe-word'>
          <Text className='fs-pact__safe-word-text'>
            <NoOrphan text={SAFE_WORD_PRACTICE.text} />
          </Text>
          <Text className='fs-pact__rule-source'>
            <NoOrphan text={`出自${sourceLabel(SAFE_WORD_PRACTICE.source, brochure)}`} />
          </Text>
        </View>
        <Text className='fs-pact__by-phone'>贴在电话旁</Text>
      </View>

      <View className='fs-pact__screen-only'>
        {printable ? (
          <ActionButton className='fs-pact__print' label='打印这张约定，贴在电话旁' onTap={printPage}>
            <Text>打印，贴在电话旁</Text>
          </ActionButton>
        ) : (
          <Text className='fs-pact__keep'>
            <NoOrphan text='截屏保存这张卡片，可以打印出来贴在电话旁。' />
          </Text>
        )}
        <ActionButton
          className='fs-pact__link'
          label={contact ? '修改家人号码' : '先问家人：存一个家人号码'}
          onTap={() => openPage('family')}
          navigates
        >
          <Text>
            <NoOrphan text={contact ? '修改家人号码' : '先问家人：存一个家人号码'} arrow />
          </Text>
        </ActionButton>
      </View>
    </PageShell>
  )
}
