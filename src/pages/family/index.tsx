import { useEffect, useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import Heading from '@/components/Heading'
import PageShell from '@/components/PageShell'
import NoOrphan from '@/components/NoOrphan'
import TrustedCallButton from '@/components/TrustedCallButton'
import { checkContactForm, nameFieldMessage } from '@/domain/phoneNumber'
import { contactTitle, type TrustedContact } from '@/domain/trustedContact'
import { noteTyping } from '@/hooks/useSettledTaps'
import { useTrustedContact } from '@/hooks/useTrustedContact'
import { focusElement, nudgeIntoView, revealElement } from '@/services/scroll'
import {
  deleteTrustedContact,
  isTrustedContactUnsaved,
  saveTrustedContact,
  trustedContactProblem
} from '@/services/trustedContact'
import { focusTargetProps, roleProps } from '@/components/a11y'
import PageLink from '@/components/PageLink'
import './index.scss'

/** Quick picks for 称呼, so most people need not type Chinese. */
const RELATIONS = ['儿子', '女儿', '老伴', '孙子', '孙女']

const STATUS_SELECTOR = '.fs-family__status'
/**
 * Where keyboard and screen-reader focus goes after an action took the tapped control away (services/scroll
 * focusElement, browser only): the saved relative's heading after 保存, 不修改了 or 再存一次, the notice after 确定删除
 * (the form to add one follows it), the question after 删除, 删除 again after 不删除, the form's first words after
 * 修改. Round 55's trial: after 保存 or 删除 focus fell to the page's body, and the next Tab started at the top.
 */
const SAVED_SELECTOR = '.fs-family__subtitle'
const CONFIRM_SELECTOR = '.fs-family__confirm'
const DELETE_SELECTOR = '.fs-family__delete'
const FORM_SELECTOR = '.fs-family__form-start'
const UNSAVED_NOTICE =
  '这台手机暂时存不下：这个号码这次可以用，关掉以后不会保留。过一会儿可以点「再存一次」。'
/**
 * Said under 保存 and 确定删除 when a tap on it was held back (the rest of a double tap on the control it replaced, or a
 * tap right after the screen changed): what the person meant to happen did not, and the next tap does it. Round 60's
 * tester tapped 保存 1.8 s after 修改, where 修改 had been: nothing was saved and nothing was said.
 */
const SAVE_HELD = '还没有保存：请再点一次「保存」。'
const DELETE_HELD = '还没有删除：要删除，请再点一次「确定删除」。'
/** 删除 held right after 保存 or 修改 (round 60's fresh tester: a tap 0.7–1.3 s after 保存 did nothing, silently). */
const OPEN_DELETE_HELD = '还没有打开删除：要删除，请再点一次「删除」。'

/** A stored number that could not be read back: it is gone, and with it every 先打给 button. */
const DAMAGED_NOTICE = '以前存的家人号码读不出来了，请在下面重新存一次。'
/** The number is gone from this phone, and with it every 先打给 button. */
const DELETED_NOTICE = '已删除。这台手机上不再保存家人号码。'
/** The phone refused the deletion: not offered any more now, but it may be read back next time. */
const NOT_DELETED_NOTICE = '这次没有删掉：现在不会再用这个号码，但下次打开可能还在。到时候请再删一次。'
/** The phone refused to read storage just now: the number is still there, so nothing needs typing again. */
// Said as a condition: a browser that blocks storage altogether refuses every read, also where nothing was ever saved
// (round 50's code review).
const UNREADABLE_NOTICE = '这台手机暂时读不出家人号码：如果存过，号码没有删掉。过一会儿再打开这一页试试。'

function problemNotice(problem: 'damaged' | 'unreadable' | null): string {
  return problem === 'damaged' ? DAMAGED_NOTICE : problem === 'unreadable' ? UNREADABLE_NOTICE : ''
}

/**
 * 先问家人: one relative's number, kept only on this phone, offered beside 96110 and 110 on every page.
 * Optional, editable, deletable.
 */
export default function FamilyPage() {
  const contact = useTrustedContact()
  const [editing, setEditing] = useState(false)
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const [deleteHeld, setDeleteHeld] = useState(false)
  const [openDeleteHeld, setOpenDeleteHeld] = useState(false)
  // Shown until a save works, also when the page is opened again after the notice of the failed save was left.
  const unsaved = isTrustedContactUnsaved()
  const [status, setStatus] = useState(() =>
    unsaved ? UNSAVED_NOTICE : contact ? '' : problemNotice(trustedContactProblem())
  )
  // The message sits above the form; at 320 px in 大字模式 保存 is a screen below it.
  const say = (message: string) => {
    setStatus(message)
    setTimeout(() => revealElement(STATUS_SELECTOR), 50)
  }
  // In the browser, Escape closes the 删除 question as 不删除 does, as a dialog's Escape does (round 56's trial).
  const escapeCloses =
    process.env.TARO_ENV === 'h5'
      ? {
          onKeyDown: (event: { key: string }) => {
            if (event.key !== 'Escape') return
            setConfirmingDelete(false)
            focusElement(DELETE_SELECTOR)
          }
        }
      : {}
  // What replaced the control just used (see SAVED_SELECTOR): focus goes there, not to the page's body.
  const sayAndFocus = (message: string, target: string) => {
    say(message)
    focusElement(target)
  }

  // 保存 gives way to the saved number's 修改 and 删除, and 删除 to 确定删除, under the same finger: a shaky double or
  // triple tap on 保存 deleted the number just saved (a new user's trial). Each change of view holds taps a moment.
  const view = contact && !editing ? (confirmingDelete ? 'confirm-delete' : 'saved') : 'form'
  return (
    <PageShell contentFirst settleKey={view}>
      <Heading className='fs-family__title' level={1}>
        先问家人
      </Heading>
      {/* One sentence, then the form: at 320 px in 大字模式 the whole explanation above it filled the first screen
          and pushed the first input to 850 px (trial 7). The rest of it follows the form. */}
      <Text className='fs-family__lead'>
        <NoOrphan text='有人让您转账、说验证码时，先打给一位信得过的家人问一问。' />
      </Text>

      {status !== '' && (
        <View className='fs-family__status' {...roleProps('status')} {...focusTargetProps()}>
          <Text>
            <KeepingName text={status} name={contact ? contactTitle(contact) : ''} />
          </Text>
        </View>
      )}

      {contact && !editing ? (
        <View className='fs-family__saved'>
          <Heading className='fs-family__subtitle' level={2} focusTarget>
            {unsaved ? '这次先用的家人号码' : '已存的家人'}
          </Heading>
          <Text className='fs-family__saved-name'>{contactTitle(contact)}</Text>
          <Text className='fs-family__saved-number'>{contact.number.display}</Text>
          <TrustedCallButton className='fs-family__call' />
          {/* Held in memory only: say so wherever the page is opened from, and let the person try again. */}
          {unsaved && (
            <ActionButton
              className='fs-family__primary'
              label='再存一次家人号码'
              onTap={() => sayAndFocus(saveAndSay(contact), SAVED_SELECTOR)}
            >
              <Text>再存一次</Text>
            </ActionButton>
          )}
          <ActionButton
            className='fs-family__secondary'
            label='修改家人号码'
            onTap={() => {
              setStatus('')
              setEditing(true)
              focusElement(FORM_SELECTOR)
            }}
          >
            <Text>修改</Text>
          </ActionButton>
          {confirmingDelete ? (
            <View
              className='fs-family__confirm'
              {...roleProps('alert')}
              {...focusTargetProps()}
              {...escapeCloses}
            >
              <Text className='fs-family__confirm-text'>
                <NoOrphan text='确定从这台手机上删除这个号码吗？' />
              </Text>
              <ActionButton
                className='fs-family__danger'
                label='确定删除'
                onTap={() => {
                  const deleted = deleteTrustedContact()
                  setConfirmingDelete(false)
                  // Said where it is seen: at large text the form that follows left it above the screen (round 53's
                  // page trial).
                  sayAndFocus(deleted ? DELETED_NOTICE : NOT_DELETED_NOTICE, STATUS_SELECTOR)
                }}
                onHeld={() => setDeleteHeld(true)}
              >
                <Text>确定删除</Text>
              </ActionButton>
              <HeldNote text={deleteHeld ? DELETE_HELD : ''} />
              <ActionButton
                className='fs-family__secondary'
                label='不删除'
                onTap={() => {
                  setConfirmingDelete(false)
                  focusElement(DELETE_SELECTOR)
                }}
              >
                <Text>不删除</Text>
              </ActionButton>
            </View>
          ) : (
            <>
              <ActionButton
                className='fs-family__secondary fs-family__delete'
                label='删除家人号码'
                onTap={() => {
                  setStatus('')
                  setDeleteHeld(false)
                  setOpenDeleteHeld(false)
                  setConfirmingDelete(true)
                  focusElement(CONFIRM_SELECTOR)
                }}
                onHeld={() => setOpenDeleteHeld(true)}
              >
                <Text>删除</Text>
              </ActionButton>
              <HeldNote text={openDeleteHeld ? OPEN_DELETE_HELD : ''} />
            </>
          )}
        </View>
      ) : (
        <ContactForm
          key={contact ? 'edit' : 'new'}
          initial={
            contact
              ? { relation: contact.relation, name: contact.name, number: contact.number.display }
              : { relation: '', name: '', number: '' }
          }
          onSaved={(message) => {
            setEditing(false)
            sayAndFocus(message, SAVED_SELECTOR)
          }}
          onCancel={
            contact
              ? () => {
                  setEditing(false)
                  focusElement(SAVED_SELECTOR)
                }
              : undefined
          }
        />
      )}

      <Text className='fs-family__lead fs-family__how'>
        <NoOrphan text='存一个家人的号码，每页的 96110、110 旁边都会多一个「先打给」按钮。' />
      </Text>
      <View className='fs-family__privacy' {...roleProps('note')}>
        <Text>
          <NoOrphan text='这个号码只存在这台手机上，不会上传，也不会出现在转发的卡片、海报、链接或搜索里。' />
        </Text>
      </View>
      <Text className='fs-family__source'>
        <NoOrphan text='出自宣传手册「冒充公检法及政府机关诈骗」案例：受害人“直到给家人讲述之后，才恍然大悟上当受骗了”。' />
      </Text>

      <PageLink className='fs-family__link' to='pact' text='家庭防骗约定' />
      <PageLink className='fs-family__link' to='on-call' text='通话中速查' />
    </PageShell>
  )
}

/**
 * The text with the relative's name in it kept whole ("先打给 儿子 小明，…", never "儿 / 子" at large text) and its
 * other words too (the number's groups, "先打给"): round 41's and 42's trials at 320 px, font ×2, 大字模式. A part of
 * the name with a dot ("买买提·艾力") keeps together, so no line starts with "·".
 */
function KeepingName({ text, name }: { text: string; name: string }) {
  const at = name === '' ? -1 : text.indexOf(name)
  if (at < 0) return <NoOrphan text={text} />
  return (
    <>
      <NoOrphan text={text.slice(0, at)} />
      {name.split(' ').map((part, i) => (
        <Text key={i} className={/[·・•]/.test(part) ? 'fs-phrase' : 'fs-words'}>
          {i > 0 ? ` ${part}` : part}
        </Text>
      ))}
      <NoOrphan text={text.slice(at + name.length)} />
    </>
  )
}

/**
 * The words of a held tap (SAVE_HELD, DELETE_HELD, OPEN_DELETE_HELD) under the control tapped, in a status region that is always there, so
 * that screen readers announce them when they come; brought into view, as a call button's 再点一次就能拨打 is. Empty
 * `text`: nothing shown.
 */
function HeldNote({ text }: { text: string }) {
  useEffect(() => {
    if (text !== '') nudgeIntoView('.fs-family__held')
  }, [text])
  return (
    <View className='fs-family__held' {...roleProps('status')}>
      {text !== '' && (
        <View className='fs-family__error'>
          <Text>{text}</Text>
        </View>
      )}
    </View>
  )
}

/** Saves the contact and returns what the page says: where to call, or that the phone would not keep it. */
function saveAndSay(contact: TrustedContact): string {
  return saveTrustedContact(contact)
    ? `已保存：先打给 ${contactTitle(contact)}，${contact.number.display}`
    : UNSAVED_NOTICE
}

interface ContactFormProps {
  initial: { relation: string; name: string; number: string }
  onSaved: (message: string) => void
  /** Only when editing a saved contact: leave it as it was. */
  onCancel?: () => void
}

function ContactForm({ initial, onSaved, onCancel }: ContactFormProps) {
  const [relation, setRelation] = useState(initial.relation)
  const [name, setName] = useState(initial.name)
  const [number, setNumber] = useState(initial.number)
  // What is wrong, said under the field it is about.
  const [error, setError] = useState<{ field: 'relation' | 'name' | 'number'; message: string } | null>(null)
  const [saveHeld, setSaveHeld] = useState(false)

  const save = () => {
    setSaveHeld(false)
    const checked = checkContactForm({ relation, name, number })
    if (!checked.ok) {
      setError({ field: checked.field, message: checked.message })
      return
    }
    setError(null)
    onSaved(saveAndSay(checked.contact))
  }
  // 称呼 and 名字 say what is wrong as it is typed (a digit, too many characters), not only on 保存: the field takes all
  // that is typed and never cuts it (round 56's fresh tester: 13800138000 in 称呼 became 13800138, without a word).
  const typedWrong = {
    relation: nameFieldMessage('称呼', relation),
    name: nameFieldMessage('名字', name)
  }
  const errorUnder = (field: 'relation' | 'name' | 'number') => {
    const message = field === 'number' ? error?.field === field && error.message : typedWrong[field]
    return (
      message && (
        <View className='fs-family__error' {...roleProps('alert')}>
          <Text>{message}</Text>
        </View>
      )
    )
  }

  return (
    <View className='fs-family__form'>
      <Text className='fs-family__label fs-family__form-start' {...focusTargetProps()}>
        称呼（可以不填）
      </Text>
      <View className='fs-family__chips'>
        {RELATIONS.map((r) => (
          <ActionButton
            key={r}
            className={`fs-family__chip ${relation === r ? 'fs-family__chip--on' : ''}`}
            label={`称呼填${r}`}
            onTap={() => setRelation(r)}
            repeatable
          >
            <Text>{r}</Text>
          </ActionButton>
        ))}
      </View>
      <Input
        className='fs-family__input'
        value={relation}
        maxlength={-1}
        placeholder='例如：儿子'
        onInput={(e) => {
          noteTyping()
          setRelation(e.detail.value)
        }}
        aria-label='称呼'

        nativeProps={{ 'aria-label': '称呼' }}
      />
      {errorUnder('relation')}
      <Text className='fs-family__label'>名字（可以不填）</Text>
      <Input
        className='fs-family__input'
        value={name}
        maxlength={-1}
        placeholder='例如：小明'
        onInput={(e) => {
          noteTyping()
          setName(e.detail.value)
        }}
        aria-label='名字'

        nativeProps={{ 'aria-label': '名字' }}
      />
      {errorUnder('name')}
      <Text className='fs-family__label'>电话号码</Text>
      <Input
        className='fs-family__input'
        value={number}
        type='text'
        maxlength={30}
        placeholder='手机号或座机号'
        onInput={(e) => {
          noteTyping()
          setNumber(e.detail.value)
        }}
        // The phone keyboard's 完成 key, and Enter in the browser, save, as 保存 does (round 56's trial).
        confirmType='done'
        onConfirm={save}
        aria-label='电话号码'

        nativeProps={{ 'aria-label': '电话号码', inputMode: 'tel', autoComplete: 'off' }}
      />
      {errorUnder('number')}
      <ActionButton
        className='fs-family__primary'
        label='保存家人号码'
        onTap={save}
        onHeld={() => setSaveHeld(true)}
      >
        <Text>保存</Text>
      </ActionButton>
      <HeldNote text={saveHeld ? SAVE_HELD : ''} />
      {/* A refused 保存 says so where the finger is too: at font ×2 the field's own words may be above the screen (round
          57's fresh tester: 保存 seemed to do nothing). Gone once the field is put right. */}
      {error && error.field !== 'number' && typedWrong[error.field] && (
        <View className='fs-family__error' {...roleProps('status')}>
          <Text>{`没有保存：${typedWrong[error.field]}`}</Text>
        </View>
      )}
      {onCancel && (
        <ActionButton className='fs-family__secondary' label='不修改了' onTap={onCancel}>
          <Text>不修改了</Text>
        </ActionButton>
      )}
    </View>
  )
}
