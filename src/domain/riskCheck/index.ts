/**
 * 风险自测: reads a pasted message, chat or call as signals — who the sender claims to be, what they want, the
 * pressure, cues of the channel — and judges their combination (./verdict.ts). It points to the closest brochure
 * category, or says plainly that the kind is not one of the ten. PURE and deterministic: no Taro, no platform
 * APIs, never throws on odd input, and it never says "safe": at best it found none of the signs it knows.
 */
import { RULE_IDS } from '@/data/ids'
import type { CategoryId, RuleId } from '#types/content'
import { SIGNAL_KINDS } from '@/domain/riskCheck/signalIds'
import type { ShareTarget } from '#types/share'
import type {
  CheckInput,
  CheckResult,
  CheckVerdict,
  FiredCombination,
  RiskSignal,
  RiskSignalData,
  SchemeTopic,
  SignalHit,
  SignalId,
  WordingModel
} from '#types/check'
import { brochure } from '../../data'
import {
  APP_NAME,
  buildSharePayload,
  EARLIER_SHARE_LINK_LABEL,
  SHARE_LINK_LABEL,
  SHARE_ORIGIN
} from '../share'
import { buildMatcher, quoteOf, scan, type Matcher, type Occurrence, type Quote } from './scan'
import {
  clauseAround,
  COACHED_AGAINST_CHECKS,
  isNegated,
  isSpaceCode,
  withoutQuoted,
  OFFICIAL_CALL_SOURCE,
  OFFICIAL_SHORT_NUMBER,
  prepareText,
  SENTENCE_BREAKS,
  tellsHowItEnded,
  textOutside,
  VIDEO_CHECK,
  type PreparedText
} from './text'
import { chatWindows } from './chat'
import { COMBINATIONS, judge, PAID_THEN_VANISHED, THREAT_FOR_MONEY, type Combination } from './verdict'
import { wordingClauses, wordingScore } from './wording'

export { hasVisibleText, MAX_INPUT_CHARS, showsAnything } from './text'
export { COMBINATIONS, PAID_THEN_VANISHED, THREAT_FOR_MONEY } from './verdict'

/**
 * Why 110 is the call to make now rather than 96110, or undefined when it is not: 'money-lost' when the person says
 * the money already left and the other side vanished (公安机关: report at once with the chat and transfer records);
 * 'threat-for-money' for 虚拟绑架, 敲诈勒索 or 裸聊敲诈 (public guidance: paying never ends it, the police can).
 * Money lost wins when both fired.
 */
export type PoliceNow = 'money-lost' | 'threat-for-money'

/** The result's PoliceNow (see there), from the combinations behind its verdict. */
export function policeNow(result: Pick<CheckResult, 'because'>): PoliceNow | undefined {
  if (result.because.some((c) => c.id === PAID_THEN_VANISHED)) return 'money-lost'
  if (result.because.some((c) => THREAT_FOR_MONEY.has(c.id))) return 'threat-for-money'
  return undefined
}

const MAX_QUOTES_PER_SIGNAL = 2

const signalMatchers = new WeakMap<RiskSignal, Matcher>()
const topicMatchers = new WeakMap<SchemeTopic, Matcher>()

function matcherOf(signal: RiskSignal): Matcher {
  let m = signalMatchers.get(signal)
  if (!m) {
    // Secrecy words are negations themselves: "不要告诉家人" must not cancel itself. A receipt's money and
    // dates are what happened, so they count only outside receipt clauses.
    m = buildMatcher(
      signal.terms,
      signal.notInside,
      signal.patterns,
      signal.id !== 'want-secrecy',
      signal.kind === 'pressure' || signal.id === 'want-money'
    )
    signalMatchers.set(signal, m)
  }
  return m
}

function topicMatcherOf(topic: SchemeTopic): Matcher {
  let m = topicMatchers.get(topic)
  if (!m) {
    m = buildMatcher(topic.terms, topic.notInside ?? [], [], false)
    topicMatchers.set(topic, m)
  }
  return m
}

/**
 * Where the wording signal fires: the clauses that read most like published scams, when the whole text scores
 * above the model's threshold. Warning sentences ("…都是诈骗") are left out first, like every other signal:
 * `scamSays` is the text outside them (textOutside).
 */
function wordingOf(scamSays: string, model: WordingModel | undefined): number {
  if (!model) return -Infinity
  return wordingScore(model, scamSays)
}

/** A quote without the "…" that marks where it was cut. */
export const quoteCore = (quote: string): string => quote.replace(/^…|…$/g, '')

/**
 * The quotes of one signal's occurrences: one per clause, the longest of the clause's windows, and none whose words
 * another quote already shows. Two words of one clause ("银联", "信用卡") would otherwise show the clause twice, once
 * cut and once whole, or as two overlapping windows. Each quote keeps where the word it was taken for ends in it
 * (SignalHit's wordEnds).
 */
function quotesOf(
  prepared: PreparedText,
  original: string,
  occurrences: readonly Occurrence[]
): Pick<SignalHit, 'quotes' | 'wordEnds'> {
  const quotes: Quote[] = []
  const clauses: number[] = []
  for (const at of occurrences) {
    const quote = quoteOf(prepared, original, at)
    const core = quoteCore(quote.text)
    const clause = prepared.clauseStart[at.start]
    const same = clauses.indexOf(clause)
    if (same >= 0) {
      if (core.length > quoteCore(quotes[same].text).length) quotes[same] = quote
    } else if (core !== '' && !quotes.some((q) => quoteCore(q.text).includes(core))) {
      quotes.push(quote)
      clauses.push(clause)
    }
    if (quotes.length >= MAX_QUOTES_PER_SIGNAL) break
  }
  // A quote that grew to hold another's words (a short clause takes in the next one) replaces it.
  const kept = quotes.filter(
    (q, i) =>
      !quotes.some(
        (other, j) => j !== i && other.text !== q.text && quoteCore(other.text).includes(quoteCore(q.text))
      )
  )
  return { quotes: kept.map((q) => q.text), wordEnds: kept.map((q) => q.wordEnd) }
}

/** The wording signal's quotes when the score is above the model's raise threshold, else none. */
function wordingOccurrences(
  model: WordingModel | undefined,
  prepared: PreparedText,
  score: number
): Occurrence[] {
  if (!model || score <= model.raiseThreshold) return []
  return wordingClauses(model, prepared, MAX_QUOTES_PER_SIGNAL).filter(
    (c) => prepared.inWarning[c.start] === 0
  )
}

/**
 * How a registered bulk sender's ad ends (工信部 rules for commercial SMS require a way to opt out): "退订回T",
 * "回复TD退订", "拒收请回复R", as its last words, in a message signed 【sender】. Scammers copy it now and then, so it
 * only keeps a link or a deadline in an offer from counting.
 */
const UNSUBSCRIBE_AT_END = /((退订|拒收)请?回复?[a-z0-9]{1,8}|回复?[a-z0-9]{1,8}退订)[。.!！]?$/
/**
 * A bulk sender's registered signature (【中国移动】, 【京东】): at the very start or end of the text, as 工信部 rules for
 * bulk SMS place it, and a name, not a title such as 【温馨提示】, 【高薪诚聘】 or 【粉丝福利】, which anyone can write, nor a
 * person such as 【王总】 or 【李经理】, nor a group chat pasted with its name (【公司群】, 【家长群（45）】,
 * 【群聊：财务对接（3人）】, 【微信对话】), nor a chat app's name a paste is labelled with (【微信】, 【WhatsApp】, 【LINE】: round 56's
 * blind set), nor how a paste was made (【来电转写】, 【通话录音】, 【图片识别结果】: round 60's blind set): a registered
 * signature names a company or an office, with no colon.
 */
const NOT_A_TITLE =
  '(?![^】\\n]{0,12}(?:提示|提醒|通知|公告|福利|招聘|诚聘|招募|兼职|急招|内部|重要|日结|高薪|录取|粉丝|追星|服务】|群】|群[（(]|群聊|聊天|对话|转写|转文字|录音|来电|通话|截图|识别|转发|[:：]))(?![\\u4e00-\\u9fff]{1,2}(?:总|经理|主任|老师|局长|处长|科长|书记|校长|会计|助理|秘书)】)(?!(?:微信|wechat|whatsapp|line|qq|钉钉)】)'
const SIGNED = new RegExp(`^\\s*【${NOT_A_TITLE}[^】\\n]{1,12}】|【${NOT_A_TITLE}[^】\\n]{1,12}】\\s*$`)

/**
 * The sender's own channel: "登录中国电信APP", "在顺丰官方App补充地址", "在微信内完成验证", "登录手机银行", "在车站窗口办理", "致电95588",
 * "客服95566", "拨打10000", a school's own payment channel ("班级小管家", "智慧校园": round 66's review), the state's own
 * platforms by name ("登录人民法院在线服务平台", "国家医保服务平台"), a
 * government or school site (only offices hold .gov.cn, .gov.tw, .gov.hk and .gov.mo addresses, only schools .edu.cn and
 * the like). Genuine bills and reminders send people there (public guidance: 通过官方渠道核实); judge() counts it only
 * when no link or other contact is given.
 */
const OWN_CHANNEL = new RegExp(
  `搜索[“"][^”"]{0,10}(税务|医保|社保|人社|政务|12306|国家)[^”"]{0,6}[”"](小程序|公众号|app)|(登录|通过|打开|使用|在)[^,，。\\n]{0,16}(app|手机应用|应用程序|客户端|微信内|支付宝内|手机银行|网上银行|营业厅|网点|柜台|车站窗口|官方公众号|微信公众号|税务公众号|医院公众号|小程序|便民服务中心|政务服务网|公共服务平台|公示系统|人民法院在线服务|国家政务服务平台|国家医保服务平台|国家社会保险公共服务平台|电子税务局|个人所得税)|班级小管家|智慧校园|${OFFICIAL_CALL_SOURCE}|客服(热线|电话)?[:：]?${OFFICIAL_SHORT_NUMBER}|[a-z0-9]\\.(gov|edu)\\.(cn|tw|hk|mo)(?![.a-z0-9-])`
)
/**
 * A mini-program, an account or an app named for what a fake one offers, not who runs it: "微信搜索“建行积分兑换中心”小程序",
 * "搜索“XX社保卡服务中心”公众号" (round 60's review: a fake bank's points and a fake 社保's card renewal send people to a
 * look-alike by name). The state's and the banks' own are named for themselves (掌上12333, 国家医保服务平台, 手机银行).
 */
const LOOKALIKE_CHANNEL =
  /[“"][^”"]{0,12}(兑换|领取|激活|申领|积分|服务中心)[^”"]{0,6}[”"](小程序|公众号|服务号|app)/
/**
 * A school's or an office's own payment system ("请通过学校统一缴费平台缴纳", "请登录学校教务系统报名并在线缴费", "通过
 * 学校家校通小程序里的班级收费交", "账单已推送至“XX幼儿园”微信公众号-家长服务-缴费中心", Hong Kong's "透過繳費靈或學校提供之
 * 入數紙", Taiwan's "請至學校校務系統列印繳費單": round 54's trial; a quoted entry, "在公众号内“校园缴费”中支付": round 55's), with no person to pay
 * besides: no "转我", no card, WeChat, Alipay, cash or QR code (public guidance: 学校收费只走统一缴费平台，老师不收个人
 * 转账). Also a school card ("研学费用是学校统一通过“校园一卡通”扣的", round 57's review).
 */
const OWN_PAYMENT_SYSTEM =
  /(通过|透过|经由|经|在|至|登录|使用|用|走|推送至|推送到)[^,，。\n]{0,16}(统一缴费平台|收费管理平台|缴费管理平台|缴费灵|入数纸|校务系统|eclass|网上缴费|官方(缴费)?平台|人民法院在线服务|移动微法院|(缴费|收费|支付)(服务)?[”"]?(平台|系统|中心|大厅|通道|入口|模块|功能|栏目)|教育缴费|生活缴费|银行代扣|网上国网|智慧校园|校园通|学费通|家校通|一卡通|[“"][^”"]{0,8}(缴费|收费)[^”"]{0,4}[”"]|[“"][^”"]{0,8}(校|教育)[^”"]{0,8}[”"](微信)?(小程序|公众号|服务号)[^,，。\n]{0,8}(缴费|缴纳|交费|支付)|(学校|学院|校园)?教务(管理)?(系统|平台|网))/
/**
 * What the notice says it will not do ("班主任不在群里收款，也不会私发二维码", "不用转给我", a list of them: "学校不收现金、不通过
 * 任何个人微信或二维码收费", "请勿在群里发红包或转账", round 52's trial; "学校不通过班级群收取任何现金或扫码转账", round 53's
 * blind set), or a code not to scan ("群里任何人发二维码收费都不要扫", round 57's review), and whom it is not paid to ("也请不要
 * 转账给老师个人", "不会在班级微信群、QQ群内发送收款二维码或个人账户": round 57's second review and blind set; a court's "本院不接受向任何个人账户转账", round 60's review): no way to pay
 * a person.
 */
const NOT_DONE =
  /(不用|不要|无需|不需要|别)(把钱|把费用)?(私下)?(转|交)给?(任何)?(我|老师|班主任)|(不会|不在|不要|不得|不用|不接受|不(?![了成到起])|勿|严禁|禁止)[^,，。!?\n]{0,8}(私发|收款|转账|二维码|收取|扫码|红包|现金|银行卡|微信|支付宝)((任何|一切|所有)?[、或和及]?[^,，。!?\n]{0,10}?(二维码|收款码|红包|现金|银行卡|微信|支付宝|转账|收费|扫码|个人账户))*((给|到|向)[^,，。!?\n]{0,6}(个人|老师|班主任)(账户|微信|支付宝)?)?|(二维码|收款码|链接)[^,，。!?\n]{0,6}(都|一律|均)?(不要|别|勿|切勿|千万别)(扫|点|理会?|付)/g
/**
 * Fees paid to the institution itself: a school's account written out under its own name ("名称:深圳元平特殊教育学校
 * 账号:…开户行:…"), or collected by the bank (银行代扣, 统一划扣, 教育收费银行代收) into a school's own account (round 64's
 * blind set t64b: ten genuine school fee notices read 高风险). Public guidance (教育部 on 规范收费): schools collect
 * through the bank or a unified platform into the school's account, never a teacher's own.
 */
const INSTITUTION_PAYEE =
  /(名称|户名|收款单位|账户名称?)[:：]?[^\n()（）]{0,20}(学校|学院|大学|幼儿园|小学|中学|教育局|财政局)(?=$|[\s,，。;；]|账号|开户)|银行代扣|代扣(学杂费|学费|费用|协议)|统一划扣|银行代收|代收业务|(学校|学院|幼儿园)[^,，。\n]{0,12}(专用账户|对公账户)/
/**
 * Proof of payment handed in, not money: a receipt or a screenshot given to the teacher, her name with it ("缴费后请将回执交给班主任", round
 * 64's code review: a school notice whose own account is written out still read 高风险 by it; "交完截图给我看一下").
 */
const PROOF_HANDED_IN =
  /(回执|收据|凭证|凭条|缴费单|截图)[^,，。!?\n]{0,4}(交|给|发|拿)(回|给|到)?(我|老师|你的?班主任|班主任)?/g
/**
 * Money handed to a person: "转给老师", "交给班主任", "发我" (not "给老师打电话", "交给他保管"). The start of both
 * PAY_A_PERSON and PERSON_PAID.
 */
const TO_A_PERSON = `(转|打|汇|交|付|发|给)[^,，。!?\\n]{0,4}(我|他|她|老师|班主任|本人)(?!们|打?电话|打个电话|留言|发消息|发信息|并|保管|签字|批改|处)`
/**
 * A formal notice's numbered sections at line starts: "一、", "（二）", "3." (at least FORMAL_SECTIONS of them).
 * Bounded, so linear.
 */
const SECTION_MARK =
  /(?:^|\n)[ \t]{0,4}(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)]|[0-9]{1,2}[、.．](?![0-9]))/g
const FORMAL_SECTIONS = 2
/**
 * Who issued a formal notice, on a line of its own: an office's name ("学生处", "计划财务处", "网络与信息化中心"), a date
 * ("2019年2月27日"), or a title ("关于缴纳学费有关事项的通知", "…关于社会保障卡到期更换的通告"). Bounded, so linear.
 */
const NOTICE_ISSUER =
  /(?:^|\n)[ \t]{0,4}(?:[^\n，,。:：]{2,16}(?:处|中心|办公室|学院|委员会|局|部|科|馆|公司|医院|学校|大学|支队|大队|派出所|法院|街道|社区|居委会|村委会|物业)|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[^\n，,。:：]{0,12}关于[^\n]{2,40}(?:通知|公告|通告|说明))[ \t]{0,4}(?:$|\n)/
/**
 * A heading that names rules rather than who issued them: "票务须知", "保证金规则", "纪念币预约要点" (round 66's blind set:
 * rules and booking notices of banks, post offices and contests). Weaker than an issuer: fake 须知 and 流程 send people to a
 * QQ群 or ask their details (round 66's code review), so a notice headed only so is cleared only without those asks
 * (an ID shown at a counter in person is no detail sent).
 * Bounded, so linear.
 */
const NOTICE_HEADING =
  /(?:^|\n)[ \t]{0,4}[^\n，,。:：!?！？]{2,30}(?:须知|规则|规定|公告|启事|办法|流程|要点|注意事项|规程|章程)[ \t]{0,4}(?:$|\n)/
/**
 * A private way to pay or send details, which an office's notice never gives: a personal QQ or WeChat account written
 * out ("添加财务处QQ 2836451790", "请添加班主任微信 zhanglaoshi2024"; a QQ群's number or a 公众号 is no account), a mobile
 * number, or a reply to the message itself ("请回复本短信：姓名+身份证号+银行卡号"). Round 65's code review: fake 补贴,
 * 教材费 and 培训 notices in the formal shape read 未发现明显风险 through these (公安机关's warnings on 冒充学校、人社
 * “劳动补贴” notices: 通过官方渠道核实, 不添加陌生QQ、微信). Bounded, so linear.
 */
const PRIVATE_ROUTE =
  /(qq|扣扣|微信|vx|wx)号?[:： ]{0,2}[a-z0-9_-]{5,20}|(^|[^0-9])1[3-9][0-9]{9}(?![0-9])|回复(本|此|该)?(短信|信息|消息)/i

/**
 * A formal notice: numbered sections and its issuer on a line of its own, with no private way to pay or reply
 * (PRIVATE_ROUTE). Offices publish fees this way: "所有费用必须通过校园官网、官方公众号、书面通知等…发布，明确项目、
 * 标准及学校对公账户缴费途径" (北京市反诈中心, 2025, on fake 家长群 fee notices); the scams it warns of post a 收款码 or
 * add parents one by one, which the notice shape alone does not rule out, so judge() still reads what the notice asks
 * and clears one only when it asks nothing no office asks by message (NEVER_IN_NOTICES, a link, a code to scan, an
 * account). Measured: round 65's blind set had 28 such university notices, 19 read 高风险 before this.
 */
function isFormalNotice(text: string): boolean {
  return (
    (NOTICE_ISSUER.test(text) || NOTICE_HEADING.test(text)) &&
    (text.match(SECTION_MARK)?.length ?? 0) >= FORMAL_SECTIONS &&
    !PRIVATE_ROUTE.test(text)
  )
}

/** A person paid beside the institution's account (INSTITUTION_PAYEE): "转给老师", 个人微信, a red packet, a code. */
const PERSON_PAID = new RegExp(
  `${TO_A_PERSON}|个人(微信|支付宝|账户|账号|收款码|卡)|微信转账|支付宝转账|红包|扫码|二维码|收款码|qq|扣扣`
)

const PAY_A_PERSON = new RegExp(
  `${TO_A_PERSON}|(?:^|[^业])微信(?![-—→>＞]|群|城市服务|公众号|小程序|[/、]?支付宝生活缴费|生活缴费)|支付宝(?!生活缴费)|银行卡|卡上|卡号|账号|账户|现金|红包|扫码|二维码|(发|拍|给)[^,，。!?\n]{0,4}身份证|(交|转|汇|打|给|付)[^,，。!?\n]{0,8}(会计|主任|家委会|班长|手机号|代缴|家长代表|财务(?![处室科部中]))|qq|扣扣`
)

/**
 * Desks where money is paid in person, which both IN_PERSON and PAY_AT_COUNTER name: an office's, a school's, a
 * hospital's (round 46's trial: 收费窗口, 住院处; round 54's: 住院部, a clinic's 现场窗口 and 自助机), and Taiwan's 超商 and
 * 監理站 where a fine is paid ("請於期限內至監理服務網或超商繳納", round 55's review; 至 as 到).
 */
const CASH_DESKS =
  '财务室|财务处|教务处|收费处|缴费处|收费窗口|缴费窗口|住院处|入院处|住院部|现场窗口|自助机|超商|便利商店|监理站|监理所'
/** Offices with a desk to pay or sign at, beside the public counters: a property office's, a law firm's (round 44's and 45's trials). */
const OFFICE_COUNTERS = '物业(办公室|服务中心|管理处|前台|客服中心)|律所|律师事务所'

/**
 * A counter to come to in person: "到户籍窗口领取", "到所内了解情况", "到物业办公室", "到我们律所来签字", a detained
 * person's family to the 拘留所 or 看守所 (public guidance: 到派出所、营业厅当面核实; 公安机关 notify the family of a
 * detention, and visits are made there; nothing is paid there, so they are no PAY_AT_COUNTER), a lottery win cashed at
 * the 彩票站 ("彩票站当场兑的现金", round 58's second blind set), a residents' committee's 党群服务中心 or any "窗口办理"
 * (round 61's blind set: 高龄津贴 applied for at the window). Read outside warnings.
 * Not part of the own channel: scams send people to a bank's counter too, to move money.
 */
const IN_PERSON = new RegExp(
  `(到|来|去|前往|至)[^,，。\\n]{0,10}(营业厅|网点|服务台|派出所|户籍窗口|拘留所|看守所|办事窗口|服务窗口|服务大厅|政务服务中心|便民服务中心|社区服务站|社区服务中心|党群服务中心|窗口办理|窗口申领|窗口领取|行政部|人事部|人力资源部|工会|所内|所里|村委会|居委会|${CASH_DESKS}|交警大队|交警队|大队|中队|车管所|投注站|彩票站|报名处|民政办窗口|民政所窗口|社保所窗口|办事大厅|民政科|民政办|社会事务办|${OFFICE_COUNTERS})|(投注站|彩票站)[^,，。\\n]{0,6}(兑|领)`
)

/**
 * A lottery station's prize collected with the ticket at the station: "请凭原票于开奖之日起60日内到本站兑奖" (public
 * guidance: 彩票兑奖凭彩票原件到销售网点或福彩中心), or a ticket the family bought ("老头子买的双色球中了个六等奖", blind set
 * Z40). Only the prize itself is then no lure; a number to call or a fee first is read as always.
 */
const TICKET_PRIZE =
  /凭(原票|彩票原件|中奖彩票)[^,，。\n]{0,12}(到|来)本站(兑奖|领奖|领取)|(买的|买了|机选|自选|合买|那注|那张)[^,，。!?\n]{0,8}(双色球|大乐透|彩票|刮刮乐|体彩|福彩|七星彩|排列[三五])[^。!?\n]{0,16}中了|(双色球|大乐透|彩票|体彩|福彩)[^,，。!?\n]{0,8}(合买|买)的那?注?[^,，。!?\n]{0,4}中了/

/**
 * A shop's draw held on the spot, open to anyone who takes part: "满200元即可参加现场抽奖…当场开奖当场兑奖". Its prizes are
 * on offer, not won, unless the text says the reader has won (YOU_WON).
 */
const DRAW_ON_SITE = /(参加|参与)[^,，。\n]{0,4}(现场|店内|门店|店庆)抽奖|当场开奖|现场开奖|当场兑奖|现场兑奖/
const YOU_WON = /恭喜|(您|你)[^,，。\n]{0,6}(中了|中得|获得|荣获|抽中|喜中)|被(抽中|选中)/

/** A prize said to be drawn by the reader's number ("您的手机号在福彩活动中被抽中"): no ticket was bought. */
const NUMBER_DRAWN = /(手机号|号码|微信号|qq号)[^。!?\n]{0,10}(抽中|选中)/

/**
 * A phone number to call or add that is not an official short number (95588, 10086, 12315): a whole mobile, a
 * landline with its area code, a 400 line, or one written from abroad ("008-61…", "+86 138…"), single spaces or
 * dashes allowed between digits ("170 1234 5678"). Digits inside an order number ("JD0123456789") or a longer run
 * are not one. Hong Kong's and Macau's eight digits count written in two fours with a space ("3123 6688"), which a
 * date or an amount never is (a range "3000-5000" is: round 54's code review); so do Taiwan's mobiles and landlines ("0912-345-678", "02-2345-6789").
 */
const CONTACT_NUMBER =
  /(^|[^0-9a-z])(?:(?:\+|00)86[- ]?)?(1[3-9][0-9](?:[- ]?[0-9x*×]){7,8}|0(?:10|2[0-9]|[3-9][0-9]{2})(?:[- ]?[0-9x*×]){7,8}|400(?:[- ]?[0-9x*×]){7}|00[0-9]{1,3}-?[0-9x*×]{6,12}|[2-9][0-9x*×]{3} [0-9x*×]{4}|09[0-9]{2}-?[0-9x*×]{3}-?[0-9x*×]{3}|0[2-8]-[0-9x*×]{3,4}-[0-9x*×]{4})(?![0-9])/

/**
 * Something lost or found, someone missing, a reward for news: what chain appeals are about. A notice that asks the
 * owner to come and collect in person ("请失主到物业服务中心认领") is not one, nor a neighbour's lost cat or dog
 * (the hoaxes police debunk are about children, wallets and ID cards).
 */
const LOST_OR_FOUND = /捡到|拾到|丢失|遗失|走失|失踪|拐走|被拐|抱走|寻人|失主|酬金|悬赏|重谢/
/** An ask to prove who you are (see JudgeContext.verificationAsked), also "请登录验证" (round 57's fresh tester). */
const VERIFICATION_ASKED =
  /(身份|实名|人脸|账户|账号)(验证|认证|核验|识别)|(完成|进行|重新)(身份|实名)?(验证|认证|核验)|(验证|认证)身份|登录[^,，。!?\n]{0,4}(验证|认证|核验|解冻)(?!码)/

/**
 * The yearly check that a pensioner is alive (养老金领取资格认证), which 社保 notices ask for by a date on pain of a
 * pause: done in the official apps; a scam's version still sends somewhere, which other rules read (blind set X36).
 * Spares only threat-deadline-click, which asks for no link, and only a notice to all pensioners: one that speaks to 您
 * of "your" 认证 is read as any (review36b: "您的养老金待遇资格认证已过期，请于3日内完成人脸识别认证，逾期将停发").
 */
const PENSION_CHECK =
  /(养老金|退休人员|退休金|养老待遇)[^。!?\n]{0,30}认证|认证[^。!?\n]{0,30}(养老金|退休金|养老待遇)/

const COLLECT_IN_PERSON = /到[^,，。\n]{0,12}(认领|领取)/
const PET = /猫|狗|宠物/

/**
 * A number of points about to expire: "您有8620积分将于今晚24点清零", "累计131580分即将过期", "门号尚有18564点将于今日到期"
 * (the 积分清零 phishing SMS of public warnings). A chat about one's own points ("超市会员积分年底清零") gives no number.
 */
const POINTS_EXPIRING =
  /([0-9](?: ?[0-9]){2,6} ?(积分|分|点)|积分[:：]?[0-9]{3,7}|(累计|累积|尚有|剩余)[0-9]{3,7})[^.!?;\n]{0,16}(清零|过期|到期|失效|作废)/

/**
 * Someone close held for money: the 虚拟绑架 calls of public warnings ("你儿子在我手里，马上准备200万", "被我绑架了",
 * Cantonese "你個仔喺我哋手度", "已經被我們扣押，要想他活命…"), and as a parent retells them ("说我儿子在他们手上",
 * "对方说我儿子被绑架了": trial 14). Read outside warnings; a pet "在我手上" or a friend's "以为你被绑架了" is no ransom.
 */
const RANSOM =
  /赎金|撕票|只求财|被我们?绑|(儿子|女儿|孩子|小孩|老公|老婆|孙子|孙女|家人|最小的|仔|囡)[^.!?;\n]{0,6}(在|被)(我|我们|他们|对方|人家)(手上|手里|手中|手度|控制|扣押|扣住|扣着|关着)(?![学练课睡瞓])|(儿子|女儿|孩子|小孩|孙子|孙女|家人)[^.!?;\n]{0,4}被绑架|绑架了?(我|你)?的?(儿子|女儿|孩子|孙子|孙女)|(想|要)[^.!?;\n]{0,2}(他|她)活命|(不想|要是不想|如果不想)(他|她)(少|断|掉)(一根|根|一条|条|一只|只)?(手指|指头|胳膊|腿|手)|(儿子|女儿|孩子|小孩|孙子|孙女|老公|老婆|家人)[^.!?;\n]{0,6}在(我|我们)(这里|这儿|这边)[^。!?\n]{0,30}((不想|要是不想|如果不想)(他|她)(出事|有事|受罪)|(想让|要想|想要)(他|她)平安)[^!?\n]{0,20}(准备|拿|打|转|汇|送)[^。!?\n]{0,4}[0-9一二三四五六七八九十两几百千万]{1,6}(万|千|块)|[0-9一二三四五六七八九十两百千万]{1,6}(万|千|块|蚊)[^.!?;\n]{0,6}(才|先|就)放人|(转|汇|打|给)[^。!?\n]{0,12}[0-9一二三四五六七八九十两百千万]{1,6}(万|千|块|元)[^。!?\n]{0,12}保证(你|您)的?(儿子|女儿|孩子|孙子|孙女|老公|老婆|家人)(没事|平安|安全|不会有事)/
/**
 * The same call without the words "held" or "kidnapped": the child beaten or kept from you ("你儿子不禁打，我小弟打他几下就
 * 哭了", "孩子早晚都会让你见到的"), together with MONEY_DEMANDED. Public warnings on 虚拟绑架 and 冒充黑社会: the caller
 * lets a cry be heard and asks the parent for money. A parent's own "我打了他几下" asks no one for money.
 */
const HELD_OR_HURT =
  /(儿子|女儿|孩子|小孩|孙子|孙女|老公|老婆)[^.!?;\n]{0,8}(不禁打|打(了)?(他|她)几下|揍(了)?(他|她)|(让|给)你见|见不到|见不着)|(想|要)见(你的?)?(儿子|女儿|孩子|孙子|孙女)/
/** A parent's custody arrangement ("孩子这周末让你见，抚养费记得打到我卡上"): seeing the child is the visit, not a ransom. */
const CUSTODY = /抚养费|生活费|探视|探望|离婚/
/** Money demanded of the reader by someone else's side: "找你这个做爸爸的要钱", "把钱汇到我的账户上", "拿3万来领人". */
const MONEY_DEMANDED =
  /(找|向|跟)(你|您)[^.!?;\n]{0,10}要钱|(汇|转|打)到我的?(账户|卡|账号)|拿[^.!?;\n]{0,6}(钱|万|千)[^.!?;\n]{0,4}(来|过来)?(领人|赎|换人)/

/**
 * You or your card, accused and told to help an inquiry: "你名下的银行卡涉及洗钱案，需要配合调查", "请您配合我们调查"
 * (手册 冒充公检法). Read outside warnings.
 */
const ACCUSED_YOU =
  /(你|您|妳)[^.!?;\n]{0,16}(涉嫌|涉及|涉案|卷入|牵扯)[^.!?;\n]{0,24}(配合|协助)[^.!?;\n]{0,6}(调查|警方|公安|核查)/

/**
 * The exposure made a condition: "如不想被发到你单位", "不然就发给你家人" (sextortion's first message), "如果不想让您夫人和
 * 单位看到", "想平安…过时不候" (round 52's trial).
 */
const EXPOSURE_UNLESS =
  /(如不想|不想|如果不|要是不|若不|不然|否则|要不然)[^。!?\n]{0,16}(发|公开|曝光|散布|传|寄|看到|看见|知道)|不(给|转|交|打|汇)(钱|款)?就[^。!?\n]{0,6}(发|寄|公开|曝光)|想要?平安|过时不候|过时(直接|就)/
/** Whom a victim's recording or name is sent to (EXPOSURE, EXTORTION): "通讯录", "你单位", "你的家里人". */
const EXPOSED_TO =
  '(单位|公司|家人|(你|您)的?(家里人|全家)|通讯录|亲友|亲戚|朋友|好友|联系人|同事|老婆|老公|学校|网上)'
/**
 * A threat to expose you: "不然把视频发给你通讯录", "照片发到你单位", "视频录屏我已经保存了，你手机通讯录我都有" (the
 * 裸聊敲诈 of public warnings: the recording and the contacts together); "你视频我录了，不想发你通讯录就转5万",
 * "不给钱我就发给你所有通讯录的人", "你不想让你老婆知道吧", "不想让你老婆和同事看到", "转5万就删", "转8800到下面这个账户，
 * 我就删掉" (the same threat, with the money its condition; not "打了5000块工资，短信我看完就删了"); "唔想你Facebook朋友見到"
 * (round 54's trial). Read outside warnings.
 */
const EXPOSURE = new RegExp(
  `(不想|不希望)让?你的?(老婆|老公|妻子|丈夫|家人|家里人|孩子|父母|单位|同事|领导|亲戚|(facebook|fb|ig|微信|qq)的?(朋友|好友))们?([和跟与、][^。.!?;\\n]{0,4})?(知道|看到|看见|见到)|(转|给|打)[^。.!?;\\n]{0,6}[0-9一二三四五六七八九十两几]{1,4}(万|千)[^。.!?;\\n]{0,2}就(删|删除|销毁|删掉)|(转|给|打|过)[^。.!?;\\n]{0,6}[0-9]{4,6}[^。.!?;\\n]{0,10}我就(删|删除|销毁|删掉)(?!了)|(视频|照片|裸照|不雅照|录像|录屏|聊天记录|截图)[^。.!?;\\n]{0,12}(发给|发到|发(?=你|您)|公开|曝光|散布|传到)[^。.!?;\\n]{0,6}${EXPOSED_TO}|(视频|录屏|录像|照片|裸照)[^。.!?;\\n]{0,30}(通讯录|qq好友|微信好友|好友列表|联系人)[^。.!?;\\n]{0,8}(我都有|都在我这|我已经拿到|我也已经拿到|我也拿到|也已经拿到|已经导出|我们也有|我们都有|在我们手上|我们已经拿到)`
)

/**
 * Pay or it is sent ("不给钱我就发给你所有通讯录的人"), counted with a recording or photos named (EXPOSURE_MEDIA): a group
 * buy's "你不给钱我就发到群里催你了" sends nothing of yours.
 */
const EXPOSE_UNLESS_PAID =
  /不(转|交|给|打|汇|付)(钱|款|[0-9一二三四五六七八九十两几]{1,4}(万|千))(的话)?(我|我们)?就[^。.!?;\n]{0,4}(发给|发到|传到|公开|曝光|群发|发出去|放上网|寄去|寄到|寄给)/
const EXPOSURE_MEDIA = /视频|照片|裸照|不雅|录像|录屏|聊天记录|截图/
/**
 * The two halves of sextortion's opening, said in separate lines: the video recorded or held ("你刚才视频我都录下来了",
 * "视频我已经截屏了", Cantonese "你条片我已经录低晒", "画面我哋已经截晒图") and the contacts taken ("你的通讯录我也都有了", "联系人我全部导出来了",
 * "你通讯录啲人我都拎晒"). Public warnings on 裸聊敲诈.
 */
const RECORDED_YOU =
  /(视频|视讯|视像|影片|片段|录像|录屏|条片|段片|裸聊|照片|裸照|证据|画面)[^.!?;\n]{0,14}(录下来|录下了|录好了|录了|录低|保存了|保存好了|存了|备份|截屏了|截图了|截晒图|截晒屏|在我这|在我手上|已经拿到|有全套|我这边有)|(刚才|刚刚)(那段|这段|的)?(录屏|录像)/
/**
 * Work told ("如果不想让您夫人和单位看到", "不想让纪委知道"), an exposure only where a recording or photos are named
 * (EXPOSURE_MEDIA): a friend's "不想让你单位的人知道你在做兼职" threatens nothing (round 52's second review).
 */
const WORK_EXPOSURE =
  /(不想|不希望)让?((你|您)的?)?[^。.!?;\n]{0,6}(单位|同事|领导|纪委)[^。.!?;\n]{0,4}(知道|看到|看见)/
/** A threat's own deadline or price of peace: "过时不候", "想平安". */
const DEADLINE_THREAT = /过时不候|想要?平安/
/**
 * What makes a recording sent to work a threat rather than a studio's or a lawyer's post ("照片…寄到您公司，尾款2000元"):
 * shameful content, read with a condition (EXPOSURE_UNLESS) as the other way (round 52's second review).
 */
const SHAMING = /不雅|裸|开房|嫖|小三|情人|出轨|酒店|这位女士|这位先生/
/**
 * The recording sent to work or to a spouse ("东西会直接寄到你单位和家里", "寄给纪委"), the other half of RECORDED_YOU when
 * no contacts are named (round 52's trial: 不雅照敲诈 by post). Not "寄到你家里": a wedding film is sent there (round
 * 52's review).
 */
const SENT_TO_WORK =
  /(寄到|寄给|寄去|送到)[^,，。!?\n]{0,2}((你|您)的?(单位|公司|领导|老婆|夫人|太太|爱人)|纪委)/
const CONTACTS_TAKEN =
  /(通讯录|联系人|联络人|电话簿|电话本|好友列表|qq好友|微信好友|好友|follower|粉丝)[^.!?;\n]{0,8}(我|我们)?(已经)?(全部|全都|都|也){0,2}(有了|有晒|有名单|拿到|导出|截图|备份|拎晒|拿晒|有(?=[,，。]))|(通讯录|联系人)[^.!?;\n]{0,6}(我也?都?有|都在我(这|手上))|(通讯录|联系人)[^。!?\n]{0,30}(我|我们)(这边|这里|这儿|手上)(都有|全有|全都有)/
/**
 * Money asked to delete a video, photos or a post: "删一个视频2000", "删除这段视频需要支付2万元", "视频我可以下架，但是需要两万
 * 块处理费" (public warnings on 裸聊敲诈 and 有偿删帖). A sum of money: a price asked (要, 收, 需要) or an amount in 元, 块 or
 * 万, or four digits and more; not a count or a time ("删除照片两千多张", "删一个视频能腾出几百兆", "一年后无法恢复").
 */
const REMOVAL_PRICE =
  '((要|收|需要|收费|得)[^。.!?;\\n]{0,2}[0-9一二三四五六七八九十两几百千万]{1,6}|[0-9一二三四五六七八九十两几百千万]{1,6}(块|元)|[0-9]{1,4}万|[一二三四五六七八九十两几]{1,3}[千万]|[0-9]{4,6})(?![0-9]|多|张|条|篇|个|次|分|秒|天|年|周|兆|小时)'
const PAID_REMOVAL = new RegExp(
  `(删|删除|删掉|下架|撤下|撤掉)(一个|一条|一篇|一张|一段|每个|每条|每篇|这个|这条|这篇|这段|那个)?(视频|照片|帖子|帖|新闻|文章|链接)[^。.!?;\\n]{0,8}${REMOVAL_PRICE}|[0-9一二三四五六七八九十两几百千万]{1,6}(万|千|块|元)[^。!?\\n]{0,12}把(你的)?(视频|照片|裸照|录像|帖子|新闻|文章)[^。!?\\n]{0,4}(删|删除|删掉|下架|撤掉)|(视频|照片|帖子|新闻|文章)[^。.!?;\\n]{0,6}(删|删除|删掉|下架|撤下|撤掉)[^。.!?;\\n]{0,10}(要|收|需要|收费)[^。.!?;\\n]{0,6}[0-9一二三四五六七八九十两几百千万]{1,6}(万|千|块|元)`
)
/**
 * A bad review of a shop held over it for money (职业差评师): "1200删掉，不然每天继续给你打一星", "你要是想让我删掉这条差评，转200块
 * 过来，我马上删" (round 63's blind set). The review named (REVIEW_NAMED) with money asked for deleting it: paid to the
 * writer (REVIEW_PAY_ME), or a price with a threat of more (REVIEW_REMOVAL_PRICE and REVIEW_THREAT). A shop's refund
 * offered for a deletion ("给您退20元，您方便的话删掉差评可以吗") or a customer's account of one ("他说收到钱就删") threatens
 * nothing (round 63's code review).
 * Public warnings on 职业差评师 (公安机关 and 市场监管部门): they extort shops with bad reviews and complaints; it is 敲诈勒索.
 */
const REVIEW_NAMED = /差评|中评|一星|负面评价|给你打[一二两1-2]星/
const REVIEW_REMOVAL_PRICE = new RegExp(
  `${REMOVAL_PRICE}[^。!?\\n]{0,6}(删掉|删除|删了|撤掉|撤回|就删|马上删)|(删|撤)[^。!?\\n]{0,8}(拿|转|给|付|打)[^。!?\\n]{0,2}${REMOVAL_PRICE}`
)
const REVIEW_PAY_ME =
  /(转|给|付)[^。!?\n]{0,8}(过来|给我)[^。!?\n]{0,4}我?(马上|就|立刻|立马|即刻)?删|(给我|转我|付我)(转|打|付)?[^。!?\n]{0,8}(我|就)?(马上|立刻|立马|即刻)?(删|撤)/
const REVIEW_THREAT = /(不然|否则|要不然|不给的话|不转的话|不删的话)[^。!?\n]{0,12}(差评|一星|投诉|曝光)/

/**
 * Money refused, then a warning: "不给钱的话，当心", "不转5万小心" (round 64's blind set: "不给钱的话，当心你自身安全").
 * Ends EXTORTION's threat to your safety and MONEY_REFUSED's refusal.
 */
const REFUSED_THEN_WARNED = `不(给|转|交|打|汇)(钱|[0-9一二三四五六七八九十两百千万块元蚊]{1,5})(的话)?[，,]?(当心|小心)`
/**
 * A threat of harm with money named in the same sentence: "有人出钱买你一条腿，给我5万", "三天内拿10万，不然让你全家不得
 * 安宁", "签个45万的协议，不然每天发一篇负面稿", "拿5万块钱，要不然照片发到你单位群" (敲诈勒索 of public warnings). A bill's
 * "否则停水" or "后果自负", a shop's "负面影响" and a friend's "不然收拾你" are not: the harm here is to your safety or your
 * name, a shop's too ("私下转我800就算了，不然发平台", a customer's 差评 extortion: round 57's blind set). Read outside warnings.
 */
const EXTORTION = new RegExp(
  `(不然|否则|要不然)([^。.!?;\\n]{0,12}(不得安宁|弄死|要你的?命|别想活|找人砍|出点事|曝光|公开你|群发|全部发出去|负面(稿|新闻|报道|文章))|[^。.!?;\\n]{0,6}(发到|发给|传到)[^。.!?;\\n]{0,6}${EXPOSED_TO})|私下[^。.!?;\\n]{0,12}(不然|否则|要不然)[^。.!?;\\n]{0,4}(发|挂|曝光|投诉)到?(平台|网上|朋友圈|抖音|小红书|微博|媒体|大众点评|美团|饿了么)|出钱买你|买你(一条腿|一只手|的命)|${REFUSED_THEN_WARNED}(你|您)?的?(自身|人身|家人的?)?安全`
)
/**
 * An amount of money: "5万", "三千块", "45万的", "0.5个比特币", "一天给你500", "转8800", a rent "月租2000", pay "日结300",
 * "一张每月800", "每天给我200", a cut "每笔给你2个点", a sum in dollars ("$20,000", "HK$3,500", "MOP 488", which
 * prepareText reads as "20000元": round 54's trial); not the 千万 of "千万别". Bounded, so linear.
 */
const AMOUNT =
  /(?:[0-9]{1,9}|[一二三四五六七八九十两几][十百千]?) ?(万|千|元|块|蚊|个?比特币)|给(你|您|恁)?分?([0-9]{2,7}|[一二三四五六七八九两][百千万])|(^|[^0-9a-z])(转|汇|交)(我|给我)?[0-9]{3,7}(?![0-9])|(月租|日租|租金|每张|每个|一张|一个|张张|个个|一天|每天|每月|每周|日结|日赚|月赚|月入|日薪|月薪|时薪)(给(我|你|您)|稳?拿|能?赚|稳赚)?[:：]?([0-9]{2,6}|[一二三四五六七八九两][百千])|(每笔|一笔)给(你|您)[0-9一二三四五六七八九十]{1,2}个点/
const SENTENCE_END = new RegExp(`[${SENTENCE_BREAKS}]`)

/**
 * A threat to hurt you, with or without a sum yet: "有人出钱买你一条腿", "有人花钱要收拾你" (the 买凶 SMS of public warnings,
 * whose next message names the price to "call it off"). A friend's "不然收拾你" names no one paid to do it.
 */
const HARM_THREAT =
  /买你(一条腿|一只手|一条胳膊|的腿|的手|的命|性命)|有人(出钱|花钱|雇了?人)[^.!?;\n]{0,6}(收拾|教训|对付|废了?|砍)(你|您)/
/**
 * Sent away alone for an "inquiry": "找个没人的地方", "找一个没人的宾馆房间", "去宾馆开个房间，我们要给你远程做笔录", "单独开一个
 * 房间" (public warnings on 冒充公检法: the caller isolates the person so that no one can stop the transfer), said with
 * the inquiry (INQUIRY_TALK).
 */
const SENT_AWAY_ALONE =
  /(找个?|去|到)[^,.!?;\n]{0,4}(没人|无人|没有人)的(地方|宾馆|酒店|旅馆|房间)|(去|到)[^,.!?;\n]{0,4}(宾馆|酒店|旅馆)[^,.!?;\n]{0,2}开(个|一个|一间|间)?房|单独开(个|一个|一间|间)?房/
const INQUIRY_TALK = /笔录|案子|案件|民警|警官|检察|法院|公安|保密|警服|配合调查|涉嫌/
/**
 * A health product sold to elders as a cure or a state benefit (HEALTH_PITCH), with the sale (HEALTH_SALE): "国家专门给
 * 老年人的…吃了三个月血糖就降下来了，现在买还送鸡蛋", "特效药，买三盒送一盒", or a lecture that draws them in ("健康
 * 讲座，到场就送十个鸡蛋") (国家市场监督管理总局 and the police's 养老诈骗 warnings on 保健品: 免费体检, 专家讲座, 送鸡蛋
 * to sell a "cure"); a live stream's 义诊 or 号脉 that tells an elder to stop the doctor's pills ("吃他们的古方三个月，西药就
 * 可以慢慢停了"), an app's 养生课 that finds a 体质 and sells a 疗程 (blind set V36), a "干闺女"'s 内部价八千八 after a free
 * check-up's scare (round 56's trial), a flyer's "健康公益大讲堂…凭本券到场即领★ 土鸡蛋10枚…三高不吃药也能降" (round 61's
 * blind set).
 */
const HEALTH_PITCH =
  /(健康|养生|保健|专家)[^,，。!?\n]{0,4}(讲座|讲堂)|不吃药(也|就)?能(降|好|治)|(体检|检查|测)[^。!?\n]{0,6}后[^。!?\n]{0,12}(推荐|开|配)[^。!?\n]{0,6}(套餐|产品|方案|保健品|理疗)|连续听课|特效药|神药|医院(里)?(都)?买不到|医院(里)?(都)?(没(得)?卖|不卖)[^。!?\n]{0,10}(我|我们)[^。!?\n]{0,4}(能|可以|有办法)(拿|弄|搞)到|专家(团队)?研制|国家专门(给|为)老年人|(国家|政府)[^。!?\n]{0,6}(给|为)老年人[^。!?\n]{0,6}(补贴|报销)|祖传(秘方|配方|偏方)|[一两二三四五六七八九十]?个?疗程就(好|能好|能治好)|比(您|你)(的)?(儿子|女儿|子女|孩子)还(亲|关心|孝顺)|义诊直播|直播间?[^。!?\n]{0,8}(义诊|号脉)|号脉|古方|西药[^。!?\n]{0,8}(停了|停掉|可以停|慢慢停|不用吃|不吃了)|养生课|再不调理|特效(保健)?(产品|药)|(吃|喝|用)[^,，。!?\n]{0,4}我们的?[^,，。!?\n]{0,8}(可以|能|就能|就可以)(降压|降血压|降糖|降血糖|降血脂|降三高)/
/**
 * A check-up's scare that a seller turns into a sale (round 56's trial and review: "免费体检报告出来了…不吃会有中风风险",
 * "保證三個月停藥"), read only with the seller's own product beside it (HEALTH_SELLER): a child's "降压药不吃容易中风" is
 * the doctor's word, not a pitch (round 56's code review).
 */
const HEALTH_SCARE =
  /(不吃|不用|不买|不调理)[^。!?\n]{0,6}(中风|瘫痪|脑梗|心梗|骨折|癌)|保证[^。!?\n]{0,6}停药|免费(身体)?(体检|检查)[^。!?\n]{0,10}(结果|报告|显示)/
const HEALTH_SELLER = /我们的|我们公司|我们这款|我们这个|我给(您|你)争取|咱们的|本公司/
const HEALTH_SALE =
  /(先|要|得)(付|交|给)[^。!?\n]{0,6}(疗程|钱|[0-9]{2,6}元)|(^|[^0-9])[0-9]{2,5}元?一(盒|瓶|疗程|套)|[0-9一二三四五六七八九十两]{1,2}(盒|瓶)[0-9]{2,5}元?(?![0-9])|(套餐|办卡|会员卡)[^。!?\n]{0,6}(只要|仅需|仅|才|只需)?[0-9]{3,}元|我们(这个|的)(产品|保健品)|(您|你)买了|买[一二三两四五六七八九十0-9]{1,2}(盒|瓶|箱|套)?送|送[0-9一二三四五六七八九十两]{0,3}(个|斤|袋|桶|盒|份|包)?(鸡蛋|大米|挂面|食用油|礼品)|(到场|凭[^,，。!?\n]{0,4}券)[^,，。!?\n]{0,4}(即|就)?(领|送)[^,，。!?\n]{0,4}(鸡蛋|土鸡蛋|大米|挂面|食用油|礼品)|(老人|老年人)[^。!?\n]{0,6}(就|都)?免费送|一定(得|要)[^。!?\n]{0,6}买|下单[^。!?\n]{0,4}送|疗程[^。!?\n]{0,4}([0-9]{3,}|[一二三四五六七八九两][千百])(?![天日周个])|推荐了?[^。!?\n]{0,10}(口服液|胶囊|保健品)|(预约|订)[^。!?\n]{0,6}(特效|保健)|(内部价|优惠价|特价|会员价|成本价|活动价)[^。!?\n]{0,4}([0-9]{3,}|[一二三四五六七八九两][千百万])/
/**
 * A gas "safety check" at the door that sells a part: "说是燃气公司的…免费安全检查…软管老化了…还要装一个报警器，一共收了我
 * 八百六", a notice on the stairs that "统一更换金属波纹管，⏎每户398元，现场收取" (read across the lines a photo of it
 * keeps) (各地燃气公司 and 市场监管部门's warnings on
 * 冒充燃气公司上门推销: a real check sells nothing at the door). Not a check that charged nothing ("一分钱没收"). The
 * company itself counts when the speaker claims it or writes in its name ("我们是市自来水公司的", "按照燃气公司规定", "燃气
 * 公司通知："), not when the family names it ("水务公司换水表那天说…", "天然气集团的人说要换": round 64's code review).
 */
const GAS_VISIT =
  /(燃气|煤气|天然气)[^。!?\n]{0,16}(安检|安全检查|检查|检测|上门|入户)|(安检|检查|检测|上门|入户)[^。!?\n]{0,16}(燃气|煤气|天然气)|(我们是|我是|我们|受)[^。!?\n]{0,8}(燃气|煤气|天然气|自来水|水务)(公司|集团)|(燃气|煤气|天然气|自来水|水务)(公司|集团)的?(规定|要求|委托|安排|通知)/
/** The parts a door-to-door "check" sells, one list for the readings below (Hong Kong's 喉管, 熄火掣 from round 56). */
const GAS_PARTS = '软管|胶管|波纹管|燃气管|喉管|不锈钢喉|熄火掣|报警器|切断阀|自闭阀|减压阀|净水器'
/** A price, not a date or a count: "680元", "$480" (read as 480元), "八百六". */
const GAS_PRICE = '([0-9]{2,5}(元|块|蚊)|[一二三四五六七八九两][百千])'
const GAS_PART_SOLD = new RegExp(
  `(换|装)[^。!?\\n]{0,10}(${GAS_PARTS}|阀门)[^。!?]{0,40}([0-9]{2,5}|[一二三四五六七八九两][百千])|(${GAS_PARTS})[^。!?\\n]{0,12}(更换|换新|安装)[^。!?]{0,20}${GAS_PRICE}|(收了?我?|收取|每户|一共|材料费)[^。!?\\n]{0,20}([0-9]{2,5}|[一二三四五六七八九两][百千])[^。!?\\n]{0,24}(${GAS_PARTS}|阀门)` +
    // "收取更换费和报警器费共680元", "熄火掣要換喇，$480一個" (round 56's reviews): the part's fee named before the sum, or
    // the part named before its 换, with a price.
    `|(${GAS_PARTS}|阀门)费[^。!?\\n]{0,6}${GAS_PRICE}|(${GAS_PARTS}|阀门)[^。!?\\n]{0,12}(换|装)[^。!?]{0,20}${GAS_PRICE}` +
    // "燃气报警器（380元/台）", "这个报警器480元", "每根金属波纹管价格为100元", "净水器…给掏个安装费吧，490" (round 64's
    // blind set: notices and door talk that price the part itself).
    // Priced by the seller (这个…, 每台…, …/台), not a part the family bought ("我在京东买了一个报警器，199元": round 64's
    // code review).
    `|(这个|这款|此款|该款?)[^。!?\\n0-9]{0,2}(${GAS_PARTS})[^。!?\\n0-9]{0,4}${GAS_PRICE}` +
    `|(${GAS_PARTS})[^。!?\\n0-9]{0,4}[（(]?${GAS_PRICE}/(台|个|只|根|米|套)` +
    `|(${GAS_PARTS})[^。!?\\n0-9]{0,4}每(台|个|只|根|米|套)[^。!?\\n0-9]{0,2}${GAS_PRICE}` +
    `|每(台|个|只|根|米|套)[^。!?\\n0-9]{0,4}(${GAS_PARTS})[^。!?\\n0-9]{0,4}${GAS_PRICE}` +
    `|(${GAS_PARTS})[^\\n]{0,30}(安装费|材料费|维护费)[^。!?\\n]{0,6}([0-9]{2,5}|[一二三四五六七八九两][百千])`
)
/** A check that charged nothing ("一分钱没收"), or a free replacement with no sum named after it (round 56's code review). */
const GAS_FREE = /不收(取)?(任何)?(费|钱)|免费更换(?![^。!?\n]{0,24}[0-9]{2,5}(元|块))|一分钱没收|没收(钱|费)/

/**
 * A collectible sold or auctioned for the reader, with a fee first: "拍卖公司说…流拍了…还要交七万块服务费", "先交鉴定费
 * 再安排上拍", "上拍前需要做一个权威鉴定和图录宣传，费用一共1.86万" (blind set Z40; 公安机关关于收藏品诈骗的提醒: 高价回购、海外拍卖 are the bait, 鉴定费、服务费、保证金 the take). Not an auction
 * house's "保证金按拍卖规则缴入公司对公账户", which a bidder pays to bid.
 */
const COLLECTIBLE =
  /藏品|收藏品|古董|古玩|字画|纪念币|邮票|钱币|第[一二三四五]套人民币|拍卖|上拍|流拍|秋拍|春拍|藏家/
const COLLECTIBLE_FEE =
  /(交|付|缴|收)(?![流易通了过])[^。!?\n]{0,12}((鉴定|评估|服务|上拍|图录|宣传|保管|出关|入场|建档|登记|委托|拍卖)费|保证金)|(鉴定|评估|服务|上拍|图录|宣传|保管|出关|入场|建档|登记|委托|拍卖)费[^。!?\n]{0,8}([0-9]{4,}|[0-9.]{1,5}万|[一二三四五六七八九十两][千万])|(鉴定|评估|上拍|图录|宣传|保管)[^。!?\n]{0,10}费用[^。!?\n]{0,6}([0-9]{3,}|[0-9.]{1,5}万|[一二三四五六七八九十两][百千万])/

/**
 * A place bought through someone's connections: "有两个编外转编内的名额…一口价十八万，先给一半", "内部名额，打点费五万",
 * "办不成全退" (各地纪委监委 and 公安机关's warnings: 花钱买编制、买入学名额 are scams).
 */
const PLACEMENT = /编制(?!预算|计划|方案|说明|表|规划|报告)|编内|入编|转编|入学名额|录取名额|内部指标|走关系/
/** Money to buy a favour through connections: "打点", "活动经费", "运作一下", "花钱办". */
const FAVOUR_BOUGHT = '打点(?!好|行李)|活动经费|活动一下|运作一下|花钱(办|买)'
const PLACEMENT_PRICE = new RegExp(
  `一口价|${FAVOUR_BOUGHT}|疏通(费|关系)|先(给|交|付)一半|办不成[^。!?\\n]{0,8}退`
)

/**
 * A detained relative's release bought through someone's connections, in one sentence: "我认识看守所的人…能帮忙办取保候审，
 * 先交3万疏通费", "花钱就能把人捞出来", "事成收费" (公安机关's warnings: 声称能花钱“捞人”、办取保候审、减刑的都是诈骗; a lawyer may
 * not take a criminal case's fee on the result, 律师服务收费管理办法第十二条). A lawyer's own fee for applying is none of
 * these, and nor are dumplings 捞出来, a drain 疏通 or 领取保险金 (round 45's review).
 */
const RELEASE = new RegExp(
  `取保候审|(办|申请|弄)取保|捞人|(人|他|她|儿子|老公|丈夫|女儿|孩子|哥|弟|能|可以|帮你|帮您)[^${SENTENCE_BREAKS}，,]{0,6}(捞|弄|放)出来|减刑|判缓|缓刑|轻判|判轻|改判|撤案|销案|不起诉`
)
const RELEASE_PRICE = new RegExp(
  `${FAVOUR_BOUGHT}|疏通(费|关系)|(走|找|托)关系|花钱(捞|就能)|(事成|办成|放出来|出来后)[^${SENTENCE_BREAKS}]{0,6}(收费|再付|付尾款|给钱|再给)|包(放人|取保|能出来)`,
  'g'
)
/**
 * A price denied right before it: "不用交什么疏通费", "无需任何打点" (round 46's trial: a lawyer's advice that bail takes
 * none); not a hurry or a lack denied ("不要犹豫了赶紧交疏通费", "没有门路只能交疏通费", round 46's review).
 */
const PRICE_DENIED = /(不用|不需要|无需|不必|用不着)(交|花|给|付|出)?(什么|任何)?$/

/** Whether `sentence` names a price for a release (RELEASE_PRICE) that it does not deny. */
function releasePriceNamed(sentence: string): boolean {
  for (const m of sentence.matchAll(RELEASE_PRICE)) {
    if (!PRICE_DENIED.test(sentence.slice(Math.max(0, m.index - 8), m.index))) return true
  }
  return false
}

/**
 * A matchmaker's fee to go on: "我们这边有个“情感保障金”，3000元", "见面费588", "诚意金两千" (公安机关关于婚恋交友诈骗和婚托的
 * 提醒: 婚介 charge 会员费、见面费、诚意金 again and again for dates who never stay).
 */
const MATCHMAKER = /红娘|婚介|婚恋|相亲|牵线|介绍对象|征婚|速配|富婆/
/** The fee asked of the reader ("双方都交", "要交"), not one the writer pays ("见面费我们出，吃饭300多我转你"). */
const MATCHMAKER_FEE_NAMES = '(保障金|诚意金|见面费|牵线费|入会费)'
const MATCHMAKER_FEE = new RegExp(
  `(交|付|缴)[^。!?\\n]{0,10}${MATCHMAKER_FEE_NAMES}|${MATCHMAKER_FEE_NAMES}[^。!?\\n]{0,12}(交|付|缴)|牵线服务[^。!?\\n]{0,12}(交|付)`
)
/**
 * The writer pays for it: "香火钱我来出，200块就够" (a family's own temple visit, round 51's review). Not "我请师父为你做一场
 * 法事": that 请 is asking the master, and the reader pays (round 51's code review).
 */
const WRITER_PAYS = /我来(出|付)|(钱|费)[^,，。!?\n]{0,3}我(出|付)(?![去来门])/
/** A matchmaker's fee the writer pays (WRITER_PAYS), or the meal they treat to: "见面费我们出，吃饭300多我转你". */
const MATCHMAKER_PAYS = new RegExp(`${WRITER_PAYS.source}|我们出|我转你|我请`)

/**
 * Money lost to a scam, offered back: "被骗资金可追回", "您有一笔被骗资金已追回", "追损", "退赔", "受害群众…领取退款",
 * "只收追回金额的15%", "充值记录反向回滚到你卡上"
 * (公安机关关于“追损”“退赔”二次诈骗的提醒: police return recovered money themselves, through the case, and never ask
 * for a fee, a chat, a 公众号 or a registration for it).
 */
const RECOVERY_OF_LOSS =
  /(被骗|受骗|诈骗|受害|被害|赃款|涉案)[^。!?\n]{0,24}(追讨|追返|拿返|追回|退回|返还|退还|发还|退款|挽回|拿回|要回)|(追回|追返|拿回|要回|找回|讨回|追讨)[^。!?\n]{0,8}(被骗|骗走|诈骗|损失|赃款)|追损|追赃|退赃|退赔|追款|挽损|追回损失|挽回损失|损失追讨|回款专员|(追回|追返|挽回|拿回)的?(金额|资金|款项)|(充值|转账|交易)记录[^。!?\n]{0,8}(回滚|撤回|冲正)/
/**
 * What a recovery offer asks, in the same sentence: a chat, a 公众号, an app or a 小程序, an e-mail, a reply or a comment,
 * a mobile or a service line with an extension, a fee, or the victim's card and ID brought somewhere. The police's own
 * return asks only the last, at a 公安局 or a 派出所 (RECOVERY_AT_POLICE).
 */
const RECOVERY_ASK =
  /公众号|视频号|抖音|小程序|app|微信|威信|薇信|vx|v信|(^|[^a-z])v[:：]|qq|扣扣|邮箱|回复[0-9]|评论区|私信|私聊|下载|加我|联系我|(^|[^0-9])1[3-9][0-9](?:[-. ]{0,3}[0-9]){8}|95[0-9]{3}转|专员|手续费|保证金|工本费|服务费|先(支付|交|付|缴)|缴纳|收费/
const RECOVERY_VISIT =
  /(携带|带上?|凭)[^。!?\n]{0,8}(身份证|银行卡|u盾|户口本|手机)|到[^。!?\n]{0,20}(室|大厦|广场|网点|服务站|窗口|中心)/
const RECOVERY_AT_POLICE =
  /(公安局|公安分局|派出所|经侦|刑侦|公安机关)(?!对面|旁边|附近|楼下|隔壁|斜对面|门口)/
/** The writer who passes the money on ("派出所说追回来一部分了，我一会微信转给你"): family, not an offer. */
const WRITER_PAYS_BACK = /我[^,，。!?\n]{0,6}(转给你|给你转|打给你|给你打|拿给你|转你)/
/** A fee a genuine notice rules out ("不收取任何费用", "无需缴纳手续费"): no ask. */
const NO_FEE =
  /(不|无需|免|无)[^。!?\n,]{0,6}(收取|缴纳|交|付)?[^。!?\n,]{0,4}(手续费|保证金|工本费|服务费|费用)|(手续费|费用)[^。!?\n,]{0,4}(已|已经)[^。!?\n,]{0,4}退/g
/**
 * Police advice that names recovery as what reporting may bring ("及时报警，才能最大限度挽回损失"): no offer.
 */
const RECOVERY_ADVICE = /报警|报案|110|96110|才能|有助于|尽可能|最大(程度|限度)/

/**
 * Recovery sold as a service: "专业追回", "均可处理", "成功率90%", "先追回后收费", a Taiwan "律師事務所" that "專辦詐騙款
 * 追回，已協助上百位被害人" (round 54's trial).
 */
const RECOVERY_SOLD =
  /专业|专门|专办|已协助|已帮助|团队|均可|都能|都可以|成功率|包追回|保证追回|先追回后|免费帮|不成功不收费/
/** A warning about recovery offers, not one: "凡是声称能追回被骗资金的都是诈骗", "谨防二次诈骗". */
const RECOVERY_WARNED = /凡是|都是|均是|均为|不会|谨防|警惕|二次诈骗|声称|谎称|自称|冒充|骗局|骗子/

/**
 * Whether a sentence outside the text's own warnings offers lost money back and asks for something for it
 * (RECOVERY_OF_LOSS with RECOVERY_ASK or RECOVERY_VISIT). Read outside `ownWarning`, not `inWarning`: a fake report or a
 * list of tricks read as a whole still offers it ("警方提醒：网络刷单都是诈骗！已经被骗的群众不要着急，请关注公众号…").
 */
function offersRecovery(text: string, ownWarning: Uint8Array): boolean {
  // Most texts name no recovery at all: one search, and nothing cut or copied.
  if (!RECOVERY_OF_LOSS.test(text)) return false
  const said = withoutQuoted(textOutside(text, ownWarning)).replace(OWN_APP, '').split(SENTENCE_END)
  const asks = (sentence: string): boolean => {
    const asked = sentence.replace(NO_FEE, '')
    return RECOVERY_ASK.test(asked) || (RECOVERY_VISIT.test(asked) && !RECOVERY_AT_POLICE.test(asked))
  }
  // The ask may come in the sentence after the offer ("我们只收追回金额的15%，事成再付。不过开通道要先交1500节点费":
  // round 62's blind set, a "hacker" in a QQ chat).
  if (
    said.some(
      (s, k) =>
        RECOVERY_OF_LOSS.test(s) &&
        !RECOVERY_ADVICE.test(s) &&
        !WRITER_PAYS_BACK.test(s) &&
        (asks(s) || (k + 1 < said.length && !RECOVERY_OF_LOSS.test(said[k + 1]) && asks(said[k + 1])))
    )
  )
    return true
  // An advert for the service, which reads like a warning's list of scams ("专业追回被骗资金，网络诈骗、刷单、杀猪盘…均可
  // 处理"), with the contact after it ("咨询V：zhuisun_888").
  return (
    withoutQuoted(text)
      .split(SENTENCE_END)
      .some((s) => RECOVERY_OF_LOSS.test(s) && RECOVERY_SOLD.test(s) && !RECOVERY_WARNED.test(s)) &&
    said.some(asks)
  )
}

/**
 * A tea shop, a bar or a KTV to meet at (公安机关关于“茶托”“酒托”的提醒: a date met online picks the place, a friend's or a
 * relative's, and the bill comes in thousands): said by a date (DATE_MET), the venue (DATE_VENUE), whose it is or who
 * picked it (VENUE_TIE), and what the reader is to order or pay there (VENUE_BILL). A café or a restaurant counts only
 * with the bill. A child's "我同学开的茶馆开业，你们去捧个场" is no date.
 */
const DATE_VENUE =
  /茶楼|茶馆|茶舍|茶叶店|茶叶铺|茶铺|茶庄|茶行|茶室|茶艺馆|酒吧|清吧|酒馆|ktv|k房|会所|夜场|卡座|包厢|包间/
const DATE_CAFE = /咖啡厅|咖啡馆|咖啡店|西餐厅|餐厅|饭店/
const VENUE_TIE =
  /(朋友|表姐|表哥|表妹|姐妹|闺蜜|亲戚|我姐|我哥|我弟|我妹|同学|老乡|姑姑|姑妈|小姨|干妈|舅舅)[^。!?\n]{0,8}(开的|开了|家的|的店|的ktv|的酒吧|的茶)|我知道[^。!?\n]{0,6}(一家|有间|有家)|约的那家|指定的|我(在)[^。!?\n]{0,10}(上班|帮忙|做事|做经理|当经理)/
const VENUE_BILL =
  /最低消费|低消|一壶|果盘|开(一|个)?瓶|开[^。!?\n]{0,2}(红酒|洋酒|香槟)|叫[^。!?\n]{0,2}(支|瓶)|点[^。!?\n]{0,2}(两杯|几杯)|买[^。!?\n]{0,4}茶叶|开(个|一)?(卡座|包间|包厢)|(帮我|你先|先|给我)[^。!?\n]{0,2}(点|订)|预订包间|包间费|茶水费|男方承担|你买单|茶礼盒|捧个场|捧场|捧捧/
/** Met online or through a matchmaker, or a date's own words to the reader: who a 托 is to the reader. */
const DATE_MET =
  /探探|陌陌|soul|珍爱|世纪佳缘|百合网|婚恋|交友|相亲|附近的人|网上认识|网友|摇一摇|漂流瓶|同城|聊了(这么久|好久|很久|一个月|几天)|加你的|红娘|婚介|约的那家|见面|约会|等你|你来了|陪我|哥哥|帅哥|靓仔|小哥哥/
/** The bill already paid by the writer's side ("茶水费我们已经付过了"): no 托 pays. */
const VENUE_PAID = /(已经|已)(付|支付|结)(过|了)|钱我(已经)?给(过|了)|我们(来)?(付|出|承担|买单)/
/**
 * A group's night out ("晚上同学聚会，在班长朋友开的KTV，最低消费我们几个平摊"): no date. A 托's "我们AA嘛" and "我请你喝
 * 一杯" are the bait, so who pays tells nothing.
 */
const VENUE_GROUP = /聚会|同学会|团建|聚餐|同事们|班长|我们几个|大家一起/

/**
 * A stranger who introduces himself as a stock firm's or a fund's adviser, or offers free stock picks (STOCK_ADVISER),
 * and asks to be added on a private chat or pulls the reader into a group (PRIVATE_ADD): "我是元大綜合證券投信的柯雯靜…
 * 加我line", "我是群益投顧的分析師，可以加你LINE嗎", "导师免费三档报牌…加我微信" (证监会 and
 * 公安机关's warnings: 券商、投资顾问 never recommend stocks through private chats or groups; 荐股群 are 投资诈骗's first
 * step).
 */
const STOCK_ADVISER =
  /我是[^,，。!?\n]{0,12}(证券(?!部|事务)|投顾|投信|券商|基金|投资|理财)[^,，。!?\n]{0,8}(分析师|顾问|助理|导师|老师|经理|专员|研究员|的)|免费[^,，。!?\n]{0,8}(荐股|牛股|报牌|诊股|飙股|研报)|(牛股|飙股|涨停|标的)[^,，。!?\n]{0,12}(送|免费|推荐|通知你|发给你)|(导师|老师)[^,，。!?\n]{0,6}(带你|带大家|带着)|(开盘|收盘|盘)前[^,，。!?\n]{0,8}(说|告诉|推|发)[^,，。!?\n]{0,6}买(什么|哪个|哪只|哪些)/
const PRIVATE_ADD =
  /加(我|一下我|我的|你)[^,，。!?\n]{0,3}(line|微信|薇信|vx|wx|qq|扣扣|好友|whatsapp|telegram)|(联系|联络)我[^,，。!?\n]{0,2}(line|微信|vx|qq)|whatsapp|telegram|好友申请|(拉|带|邀请)你?[^,，。!?\n]{0,4}(进|入|到)[^,，。!?\n]{0,8}群|line群|(进|入|加)[^,，。!?\n]{0,2}(我们的|我的)?[^,，。!?\n]{0,4}(交流群|股票群|炒股群|荐股群|vip群|学习群)|搜[^,，。!?\n]{0,12}备注/
/** A licensed adviser's own credentials ("执业编号S1010…"), which a chat stranger does not give: no pitch. */
const ADVISER_LICENSED = /执业(编号|证书|证号)|企业微信/

/** The writer who bought it for the reader ("我又在药房给你买了三盒"): family care, not a sale. */
const BOUGHT_FOR_YOU = /我[^。!?\n]{0,6}(给你|帮你|替你|给您|帮您)[^。!?\n]{0,4}买/
/**
 * Money made the condition of a threat: "不转钱就等着扣费停机吧", "不交钱就冻结你的账户". A bill says what happens when it
 * is not paid by a date; only a scammer puts it as "pay, or else".
 */
const MONEY_ULTIMATUM =
  /不(转|交|给|打|汇|付|充)(钱|款|[0-9一二三四五六七八九十两几]{1,4}(万|千))(我|我们)?就/
/**
 * A private scandal of yours or your spouse's to open by link: "看看这是你家那位在宾馆跟一个女的开房视频", "你老公出轨的照片"
 * (public warnings on 木马链接 and 敲诈: the link installs a trojan or the sender asks money for the "video").
 */
const SCANDAL_BAIT =
  /(你家那位|你老公|你老婆|你丈夫|你妻子|你爱人|你男朋友|你女朋友|你对象)[^.!?;\n]{0,24}(开房|出轨|偷情|小三|情人|不雅)|(你|您)[^.!?;\n]{0,10}(开房|偷拍|不雅|出轨)[^.!?;\n]{0,4}(视频|照片|记录|录像)/
/**
 * Pushed to put in more to win back a loss: "你再买个10000元，一定能够把输的赢回来" (public warnings on 网络赌博 and 投资理财
 * 诈骗: the "teacher" or 客服 always says one more stake recovers it). Your own "我再买点回本" is not pushed on you.
 */
const RECOUP_PUSH =
  /(你|您)[^.!?;\n别不莫勿]{0,4}(再|继续|多)(买|投|充|下注|押|加仓|补仓|跟)[^.!?;\n]{0,12}(一定|保证|肯定|包|绝对|稳)[^.!?;\n不没]{0,8}(赢回来|回本|翻本|捞回来|赚回来)/

/**
 * Money the reader refuses, in the threat's own words: "不给钱的话，当心你自身安全" (round 64's blind set; the sum came
 * before), "你不转钱的话我就发到你公司群里". Not a worker's "老板再不给钱…不然就发到网上曝光他" (round 64's code review).
 */
const MONEY_REFUSED = new RegExp(`(你|您|妳)[^。.!?;\\n]{0,6}不(给|转|交|打|汇)钱|${REFUSED_THEN_WARNED}`)

/**
 * True when one sentence of `text` holds a threat (EXTORTION or EXPOSURE) and an amount of money, or money refused
 * (MONEY_REFUSED).
 */
function threatensForMoney(text: string): boolean {
  return text
    .split(SENTENCE_END)
    .some(
      (sentence) =>
        (EXTORTION.test(sentence) || EXPOSURE.test(sentence)) &&
        (AMOUNT.test(sentence) || MONEY_REFUSED.test(sentence))
    )
}

/**
 * Someone who pays your bills for you at a discount: "在线代缴电费9折优惠", "团购电费有优惠", "帮你交电费打八五折" (public
 * warnings on 低价代缴电费: the money goes to the scammer and the bill stays unpaid). Utilities never give a discount, so
 * a 折 counts; an app's "代缴电费满50返5元" does not. Phone credit is left out: carriers sell 话费 at a discount
 * themselves. Read outside warnings.
 */
const BILL_DISCOUNT =
  /(代缴|代充|代交|帮你交|帮您交)[^。.!?;\n]{0,6}(电费|燃气费|水费)[^。.!?;\n]{0,8}折|团购(电费|燃气费|水费)|(电费|燃气费|水费)[^。.!?;\n]{0,6}打[0-9一二三四五六七八九]{1,2}折/

/**
 * The shop asked to pay, or to order and be paid later, for the buyer: "你先帮忙订20箱，钱到时候一起结给你", "你先帮我们垫
 * 一下货款", "替我们从他那订，钱回头一起算", "你再给我们顺带一批牛肉罐头…钱到时候一起结" (round 63's blind set). Not a supplier recommended with its own terms ("先打款后发货，正规有发票"), a group
 * buy, or a sample to look at ("你先帮我们拿个样品看看") (round 51's review and code review).
 */
const FRONTED_ORDER =
  /(你|您)先帮(我们|我|忙)?[^,，。!?\n]{0,6}(垫|付款|付钱|出钱)|(先帮(我们|我|忙)|帮我们|替我们|帮我|替我|给我们)[^,，。!?\n]{0,8}(订|进货|买|代采|代购|拿货|顺带)[^。!?\n]{0,20}(钱|款)[^。!?\n]{0,8}(一起|一块|回头|到时候?|最后|月底)(结|算|给|付)/
/**
 * A supplier the buyer has ("我这边有一个厂家") and the goods fetched there and settled later ("你去拿货，我们按你店里价格
 * 结算"): the same script, when the buyer has not yet named the goods as a purchase. A friend's "我这边有个厂家的电话" is not.
 */
const OWN_SUPPLIER = /我这(边|里)有(个|一个|家)[^,.!?;\n]{0,2}(厂家|供货商|供应商)/
const SUPPLIER_ORDER = /(拿货|进货|订货)[^。!?\n]{0,16}按(你|您)的?(店里|店内|这边)?的?(价格|价)/
/**
 * A buyer who sends the shop to a supplier of his own: "你们没有的话我给你个厂家", "我推荐个厂家你从他那进", "从指定厂家进一批", "你联系一下这个
 * 供货商先帮忙订了", "我把厂家微信推你", "帮我从一个供应商那里代买", "你先去我们指定的厂家拿样", "我们有指定的厂家，你先帮我
 * 从他那里代买过来" (round 46's trial), "没有的话从她那儿进" (round 46's review), not a shop's own purchase told
 * ("我从他那里拿了两箱"), not "你从这个供货商那进的米太贵了" (the 冒充部队、学校采购 script of public warnings: the "supplier" takes the shop's money).
 */
const MIDDLEMAN =
  /(推荐|介绍|给你|发你|推)(个|一个)?[^,.!?;\n]{0,2}(厂家|供货商|供应商|经销商)|((让|叫|要)(我|你|您)[^,.!?;\n]{0,4}|从他们?|(去|到)(他们|我们))从?(他们|我们)?指定的?(厂家|供货商|供应商|经销商)|(你|您|先|帮我|替我|去|的话|就)从(他|她)们?那(里|儿|边)?(代买|代购|代订|进|订|买|拿)|(帮我|替我|你先|您先)从(一个|一家|这个|这家|那个|那家|我的|我们的?)?[^,.!?;\n]{0,4}(厂家|供货商|供应商|经销商)(那里?|那儿|处)?(代买|代购|代订|进|订|买|拿)|(联系|找)(一下)?(这个|这家)(供货商|供应商|厂家|经销商)|把[^,.!?;\n]{0,4}(厂家|供货商|供应商|经销商)[^,.!?;\n]{0,6}(推|发|给)(你|您)/

/**
 * Pay a sum now, get more back: "交200返588", "发100元返300元", "垫付500元，返还650元", "转账199元，返还299元",
 * "充值跟单298返378" (手册「网络刷单诈骗」: 开始会在约定时间连本带利返还; public warnings on 追星返利 and 刷单返利).
 * Digits only, 万 / 千 / w / k counted. A shop's "满300返50" or a carrier's "充100返20" gives back less than was paid;
 * a game's "充648返6480钻石", a card's "刷10元返50元刷卡金" and a shop's "拍1件到手3件" pay in coupons or goods; wages
 * "到手" and a business's "回款" are no rebate: none counts. Bounded, so linear.
 */
const PAY_THEN_REBATE =
  /(交|发|付款?|支付|转账?|转入|投入?|投资|垫付?|刷|充值?|押|拍|跟单|做单|抢单|打赏)了?(?:跟单|做单|抢单|下单)? ?([0-9]{1,7}(?:\.[0-9]{1,2})?) ?(万|千|w|k)? ?(?:元|块钱?)?(?:[^.!?;\n]|\.(?=[0-9])){0,10}?(?:返还?|返现|退还|得到|领到|拿到|获得) ?([0-9]{1,8}(?:\.[0-9]{1,2})?) ?(万|千|w|k)?(?! ?(?:[0-9]|钻|点|积分|金币|币|分|个|张|次|%|元宝|元?[^,.!?;\n]{0,2}券|元?刷卡金|件|盒|瓶|袋|斤|箱|份|支))/g
/**
 * Paid back "double": "先转66.6元入会费，满额后返还双倍", "充值加倍返还". Not a card's "双倍返现" offer, nor a deposit's
 * legal "定金双倍返还" (the caller skips texts that name a 定金 or 订金).
 */
const REBATE_MULTIPLE =
  /(交|付|转|投|垫付?|充值?|打赏|刷礼物|贡献榜|榜[一二三])(?:[^.!?;\n]|\.(?=[0-9])){0,16}(返还?|退还|返现) ?(双倍|两倍|三倍|[2-9]倍|翻倍)|(双倍|加倍|翻倍)(返还|返利)/
const DEPOSIT = /定金|订金/
/**
 * The principal paid back with a commission on top, and money asked for it: "请转到下面这个银行账户，完成后返还本金加佣金"
 * (手册「网络刷单诈骗」: 开始会在约定时间连本带利返还; round 49's trial).
 */
const PRINCIPAL_PLUS =
  /(返还?|退还|退回|连同)本金(加|和|及|与|\+|外加|再加)?(佣金|提成|收益|奖励|利息|返利)|本金(加|和|及|与|\+)(佣金|提成|收益|奖励)(一起|一并)?(返|退)|本息(一起|一并|全部|全额)?(退回|返还|退还|返)|连本带利|(保证金|押金)(加|和|及|与|连同)(佣金|提成|收益|奖励|返利)[^,，。!?\n]{0,4}(一起|一并)?(返|退)/
/**
 * A rebate table, each sum paid back larger: "根据金额给您返利：100返130，500返650" (round 66's blind set: a 刷单 dressed
 * as 慈善总会 donations). Not a shop's "满100返20", which gives back less than is paid, nor a game's "充648返6480钻石" (coins,
 * not money). Bounded, so linear.
 */
const AMOUNT_BACK_PAIR =
  /(?:^|[^0-9.])([0-9]{2,6}) ?(元|块)? ?返 ?([0-9]{2,7})(?![0-9.%])(?! ?(钻|点|积分|金币|币|分|个|张|次|元宝|元?[^,.!?;\n]{0,2}券|元?刷卡金|件|盒|瓶|袋|斤|箱|份|支))/g
/** Money asked for it: "请转到…", "充值后…", "垫付", "缴纳保证金". */
const PAY_ASKED = /(转|付|垫|充|交|汇)(到|入|给|款|钱|值|付|一下|[0-9])|缴纳/
const MULTIPLIER: Readonly<Record<string, number>> = { 万: 10000, w: 10000, 千: 1000, k: 1000 }

/**
 * A streamer's promise to pay back what the reader tips or tops up: "你帮我刷一下，刷多少我明天返你两倍", "你再帮我冲两千，
 * 下播我私下把钱转回给你" (round 66's review; 公安机关 on 直播打赏返现 scams: a host who promises tips back is the bait).
 * A promise (明天, 下播, 回头…), not money already returned ("嘉年华的钱我已经转还给你了"); only with a live stream's words
 * (LIVE_STREAM): a grandson's "帮我充一下话费，回头把钱转回给你" is no tip. Bounded, so linear.
 */
const TIP_PAID_BACK =
  /(刷|冲|充|打赏)[^。!?\n]{0,24}(明天|下播|之后|回头|过后|私下|马上|立马|全部)[^。!?\n]{0,8}(转回|返还|返|还)给?(你|您)(?!了)/
const LIVE_STREAM = /火箭|音浪|抖币|快币|嘉年华|pk|冲榜|打榜|小时榜|下播|主播|直播间/

/**
 * True when the text offers back more money than it asks to be paid (PAY_THEN_REBATE, REBATE_MULTIPLE, PRINCIPAL_PLUS),
 * or a streamer offers tips back (TIP_PAID_BACK).
 */
function rebatesMoreThanPaid(text: string): boolean {
  if (REBATE_MULTIPLE.test(text) && !DEPOSIT.test(text)) return true
  if (TIP_PAID_BACK.test(text) && LIVE_STREAM.test(text)) return true
  if (PRINCIPAL_PLUS.test(text) && PAY_ASKED.test(text)) return true
  for (const match of text.matchAll(PAY_THEN_REBATE)) {
    const paid = Number(match[2]) * (MULTIPLIER[match[3] ?? ''] ?? 1)
    const back = Number(match[4]) * (MULTIPLIER[match[5] ?? ''] ?? 1)
    if (paid > 0 && back > paid) return true
  }
  for (const match of text.matchAll(AMOUNT_BACK_PAIR)) if (Number(match[3]) > Number(match[1])) return true
  return false
}

/**
 * A guarantee no one can sell: a place or a score bought ("包录取", "内部指标", "内部渠道", "低分高录", "可以改分"), a
 * certificate without the exam ("免考拿证", "不用去考"), the answers before the exam ("考前发答案"), a loan or a card
 * whoever applies ("包下款", "百分百放款"). A training school's "包过" is not among them: it is an unlawful promise in an
 * ad (广告法第二十四条), not always a scam.
 */
const BOUGHT_OUTCOME =
  /不用考试直接(办|拿)|(无需|不用|免)考试[^。!?\n]{0,8}(全国)?联网可查|包录取|保录取|包你上|包您上|内部(指标|渠道|关系)|关系稿|原题|低分高录|改分|免考|(不用|无需)(去)?考试?|包下卡|包下款|包放款|保下款|百分百(下款|放款|录取)|(考前|提前)(发|给|提供|拿到|知道|泄露)[^,.!?;\n]{0,2}(答案|原题|考题|试题)|考前[^,.!?;\n]{0,4}(出|卖|售)[^,.!?;\n]{0,8}(真题|答案|原题)|替考|代考|(不用|无需)本人(去|到)?(考场|考试|参加)|作弊器|(专业|包过|有偿|付费|高价)助考|助考(团队|机构|服务|群)|考中发送|买成绩|(毕业证|学位证|文凭|学历|学籍|成绩单?|准考证号?)[^。!?\n]{0,24}((学信网|上网|网上|联网)[^。!?\n]{0,6}(可查|能查|可以查|查得到|查到)|(可|能|可以)(在)?(上网|网上|学信网|联网)[^。!?\n]{0,2}查)/

/**
 * An ask for a card's security code: "需验证卡号、有效期及安全码", "把卡号和背面那三个数字报给他", "CVV发我" (银行和中国人民
 * 银行的提醒: 卡号加有效期和背面三位安全码就能盗刷). judge() also wants want-info, which reads negations, so a bank's
 * "请勿向任何人提供安全码" is none.
 */
const CARD_CODE = '(安全码|cvv2?|cvn2?|(背面|背后|反面|卡后面)[^,，。!?\\n]{0,6}(三|3)(位|个)数?字?)'
/** A gap with no comma and no negation in it ("…千万不能告诉别人" is no ask). */
const NO_NEGATION_GAP = (n: number): string => `(?:(?![不别勿莫没禁])[^,，。!?\\n]){0,${n}}`
/** The same, and no 我 either: "我告诉客服我卡背面三位数被磨掉了" reports, it does not ask. */
const NO_NEGATION_OR_SELF_GAP = (n: number): string => `(?:(?![不别勿莫没禁我])[^,，。!?\\n]){0,${n}}`
/** Handing the code to a person: "报给他", "告诉我", "念一下", "发过来"; not "告诉你啊" nor 浦发/报销/说明. */
const TO_PERSON_BEFORE =
  '(报一下|报给|报出|报个|告诉(我|他|她|对方|客服)|提供|发给(我|他|她|对方|客服)|发我|说一下|说出|念一下|念给|念出|读一下|读给|读出)'
const TO_PERSON_AFTER =
  '(报给|报一下|报出来|告诉(我|他|她|对方|客服)|发给(我|他|她|对方|客服)|发我|发过来|给我|念给|念一下|念出|读给|说出|说一下|拍给)'
const CARD_SECURITY_CODE = new RegExp(
  `${TO_PERSON_BEFORE}${NO_NEGATION_OR_SELF_GAP(14)}${CARD_CODE}|${CARD_CODE}${NO_NEGATION_GAP(8)}${TO_PERSON_AFTER}`,
  'g'
)
/** Typing it in ("需验证卡号、有效期及安全码", "填写卡号、有效期、安全码"): the person's own checkout unless pressed. */
const CARD_CODE_ON_PAGE = new RegExp(`(填写|填入|输入|验证|核对)${NO_NEGATION_GAP(14)}${CARD_CODE}`, 'g')

/**
 * An ask to verify or unblock someone else's chat account: 帮我辅助…, 辅助验证一下, 你帮他辅助认证 (not done: 了, 过), 我…
 * 需要好友辅助 in one clause, or 帮我解封 with the account named ("帮我解封一下微信"); not the feature named ("辅助验证是
 * 帮助他人注册或解封账号的操作"), nor the reader's own account ("你的号要找两个好友辅助"). Public guidance (公安机关、微信
 * 安全中心): stolen and fraud-registered accounts come back through a friend's 辅助验证; verify with the person by phone
 * first.
 */
const VERIFY_FOR_OTHERS =
  /(帮|替)(我|忙|个忙)[^。!?\n]{0,8}(辅助|解封[^。!?\n]{0,4}(微信|qq|账号|号|line))|辅助(验证|认证|解封|注册)一下|(你|您)[^。!?\n]{0,6}(帮|给|替)[^。!?\n]{0,6}辅助(验证|认证|解封|注册)(?![^。!?\n]{0,2}(了|过))|我[^,，。!?\n]{0,10}(需要|要|找)[^,，。!?\n]{0,6}(好友|朋友|老用户|你)[^,，。!?\n]{0,6}辅助|(帮|替)(我|忙)[^。!?\n]{0,4}(验证|认证)一下[^。!?\n]{0,4}(微信|qq|line)/g

/**
 * The writer's own chat account blocked ("我微信被封了"), and a verification named in the same text ("需要好友辅助解封，你帮我点
 * 一下验证一下"): the same ask, put as what the account needs.
 */
const MY_ACCOUNT_BLOCKED =
  /我的?(微信|qq|号|账号|line)[^。!?\n]{0,4}(被封|被冻结|被锁|被限制|封了|冻结了|锁了)/
const VERIFY_NAMED = /辅助(验证|认证|解封|注册)|帮我[^。!?\n]{0,6}(验证|认证|解封)/g
/** Done already: "找我老公辅助验证已经解封了". */
const VERIFIED_ALREADY = /(验证|认证|解封)(了|过)|已经?解封/

/** A question how to do it ("你能帮我看看怎么辅助验证一下吗"): no ask to do it for the writer. */
const HOW_TO_VERIFY = /(怎么|如何|怎样)[^。!?\n]{0,6}辅助(验证|认证|解封|注册)/

/**
 * A video call to "check" the reader's bank account or money ("本局人员会以视像通话协助你核实银行账户安全", "视频连线核查
 * 资金"): round 54's trial (a fake 司警 reminder); 公安机关 on 冒充公检法: the police never check accounts or money by
 * video call. Read outside warnings and negations (asksOutsideWarnings).
 */
/**
 * A draw whose results the writer says are known before it ("这几期结果是预设好的", "我们内部能提前拿到号"), with a bet
 * placed on the writer's word (BET_ON_MY_WORD: "你按我说的号下", "跟着我说的号买", "你跟我下注就行", "听我的买大"): round 62's
 * blind set, two online partners' "gifts" ("看到下一期开什么": round 62's code review); police warnings on 网络赌博 and 杀猪盘
 * name the insider who knows the results as the bait of a rigged site.
 */
const RIGGED_DRAW =
  /(结果|号码|开奖号?)[^。!?\n]{0,12}(预设|预先设|提前(拿到|知道|出来)|内定|控制好)|(内部|提前)[^。!?\n]{0,8}拿到(号|结果)|(看到|知道)[^。!?\n]{0,4}下一?(期|把|局)[^。!?\n]{0,2}开(什么|啥|哪)/
const BET_ON_MY_WORD =
  /(按|跟着?|照)[^,，。!?\n]{0,3}(我|我们)(说|给|报|发)的?(号|数字|结果)?[^,，。!?\n]{0,2}(下|买|投|押)|(跟着?|听)(我|我们)的?[^,，。!?\n]{0,2}(下注|投注|买|押)/
/**
 * Gold bought to leave the buyer's hands: posted or handed to someone named (收件人, 工作人员, 他表弟, 对方), fetched at the
 * door, or paid into a platform (黄金入金): "用黄金入金最稳当…买一百二十克，包好了用顺丰寄到深圳…收件人写他表弟" (round 62's
 * blind set), or sent to someone to keep ("寄给我妹妹帮你保管": round 62's code review). Not gold posted home ("寄到杭州
 * 我姐家"). Public police warnings (2024–2025): 冒充公检法 and 杀猪盘 scripts now ask for gold instead of a transfer.
 */
const GOLD_HANDOVER =
  /黄金入金|(买|购买|换成)[^。!?\n]{0,12}(黄金|金条|金砖|金饰)[^。!?\n]{0,40}((寄|快递)(到|给|过去)(?!(我|你|您|咱)(?!们)|家|[^。!?\n,，]{0,6}家)|(寄|交)给[^。!?\n,，]{0,8}保管|交给(他|她|对方|工作人员|专人|来人)|上门(取|收|拿)|来(取|拿|收)|收件人写(他|她|对方))/
/** A vote, a like or a 助力 asked of the reader: "帮我宝宝投一票", "帮忙点个赞", "谁帮我点一下助力". */
const VOTE_ASKED = /(帮|给)[^,，。!?\n]{0,6}(投(一|个|张)?票|点个?赞|助力|砍一刀)|投(一|个)票/
/**
 * Where real contests and bargains are: a 公众号 article (mp.weixin.qq.com) or the shopping apps' own pages (拼多多's
 * yangkeduo.com, 淘宝, 京东, 抖音, 快手). A forwarded vote or 砍一刀 there is a relative's, not a trojan's.
 */
const CONTEST_HOST =
  /weixin\.qq\.com|yangkeduo\.com|pinduoduo\.com|taobao\.com|tb\.cn|jd\.com|douyin\.com|kuaishou\.com/
const VIDEO_ACCOUNT_CHECK = new RegExp(
  `${VIDEO_CHECK}([^。!?\\n]{0,10}(账户|资金|存款)|(?=[。!?\\n]|$))`,
  'g'
)
/**
 * The police or an office that names money laundering, where VIDEO_ACCOUNT_CHECK is theirs: a bank's own video account
 * opening or loan signing (视频面签), or a broker's video check of the account it will pay out to, names none (round
 * 54's review).
 */
const POLICE_CONTEXT = /公安|警|检察|法院|司法|反诈|本局|金管局|金管会|洗钱|洗黑钱|涉案|监察名单/
/** The police's own denial said after the trick: "…以视像通话要求你核实银行户口资料，警方唔会咁做". */
const POLICE_WONT = /(警方|警察|公安|执法人员|我们)[^。!?\n]{0,4}(不会|从不|绝不)(咁做|这样做|这么做|这样)/

/** Whether `re` matches outside a warning sentence and not after a negation ("请勿向任何人提供安全码"). */
function asksOutsideWarnings(prepared: PreparedText, re: RegExp): boolean {
  re.lastIndex = 0
  for (let m = re.exec(prepared.text); m !== null; m = re.exec(prepared.text)) {
    if (prepared.inWarning[m.index] === 0 && !isNegated(prepared, m.index)) return true
    re.lastIndex = m.index + 1
  }
  return false
}

/**
 * A bank or payment password to send or say to someone ("请于今日回复本短信您的6位交易密码", "把银行卡密码告诉我"): 手册
 * 「如何防范」不透露; no bank, platform or office ever asks for one. Typing it into one's own app is not sending it. An
 * account's password is left out: friends share a game's, a family a streaming service's (an attacking review); a bank
 * account's is not ("提供一下您的银行账号和密码", round 50's trial), nor a prepaid card's ("游戏点卡卡号和密码", its review).
 * Nor a subsidy's "还得知道密码才能激活" or "当面输一下密码" at the door (round 61's blind set: fake 社区 staff who took an
 * elder's cards to "register" a subsidy).
 */
const PASSWORD_ASKED =
  /(知道|要|需要|提供|告诉)[^,，。!?\n设改置新]{0,4}(卡|存折|取款|交易|支付)?的?密码[^,，。!?\n]{0,2}(才|先)(能|可以|行)[^,，。!?\n]{0,4}(激活|领取|到账|解冻|发放|开通|核实|验证|出粮)|(当面|当着[^,，。!?\n]{0,4}面)[^,，。!?\n]{0,6}(输[^,，。!?\n新]{0,4}密码|把[^,，。!?\n新]{0,6}密码[^,，。!?\n]{0,2}输)|(收款|领取|退款|退费|到账)[^。!?\n]{0,12}输(入|一下)?[^。!?\n]{0,6}(支付|交易|银行卡|取款)密码|(回复|提供|告诉|告知|发送|发给|发我|报给|念给|说出)[^。!?\n]{0,12}((交易|支付|取款|银行卡|网银|账户|账号|卡|六位|6位)密码|银行(卡号|卡|账号|账户|帐号|帐户)(和|及|与|、|跟|以及)(取款|交易|支付)?密码)|(交易|支付|取款|银行卡|网银|卡|六位|6位)的?密码[^。!?\n]{0,8}(回复|发给|发我|报给|告诉(?!孩子|家人|老人|大家|家长|亲友)|给我|发送|发过来)/g
/**
 * A face filmed or an ID card photographed for someone else's phone: nodding or blinking at the camera, a line read
 * aloud to it (the liveness check an account opened in your name needs), "录个小视频", "拍个身份证". Not a door's or a
 * school's own 人脸识别, nor a payment app's 刷脸 (round 61's review).
 */
const LIVENESS_CAPTURE =
  /(对着|对准|看着)(这个|这台|我的|我这个)?(手机|镜头|摄像头)[^,，。!?\n]{0,8}(点头|点点头|眨眼|眨眨眼|张嘴|张张嘴|摇头|摇摇头|转头|(念|读|说)一?句)|(点点头|眨眨眼|张张嘴|摇摇头)[^,，。!?\n]{0,8}(录|拍)|(拍|录)[^,，。!?\n]{0,4}(点点头|眨眨眼|张张嘴|摇摇头)/
/** An ID card photographed: "拍个身份证", "身份证拍一下正反面". */
const ID_PHOTO = /拍个?身份证|身份证[^,，。!?\n]{0,6}(拍个?照|给我拍|拍(一下)?正反面)/
/**
 * A public health service that registers elders by an ID photo, with a small gift for coming: "社区卫生服务中心…免费体检…
 * 身份证正反面拍照发给网格员…免费领取鸡蛋", "村委会…义诊…带上身份证来拍个照登记，建健康档案" (round 62's review: both were
 * 高风险). A neighbourhood's or a village's service, not any 医院 (a hospital's "免费体检" at the gate for an ID photo and a
 * gift is the scam: round 62's code review). Only an ID photo: an act of liveness for a gift is still asked
 * (LIVENESS_CAPTURE).
 */
const HEALTH_SERVICE_SIGNUP =
  /(社区|居委会|村委会|卫生服务中心|卫生院)[^。!?\n]{0,30}(义诊|体检|健康档案|建档)/
/** A gift for nothing: "免费送一袋大米", "白送鸡蛋", "就送一桶油", "即可领取老年手机", "这两斤鸡蛋就是您的了". */
const FREE_GIFT =
  /(免费|白)(送|领|拿)|(就|都|还)送[^,，。!?\n]{0,6}(大米|鸡蛋|米|油|挂面|面|礼品|纸巾|洗衣液)|(即可|就能|就可以)领(取)?[^,，。!?\n]{0,6}(大米|鸡蛋|油|面|手机|礼品|纸巾|洗衣液)|就是(您|你)的了/
/**
 * Where a face or an ID card is taken for one's own use: the state's apps and a counter (a bank's new account with its
 * gift of oil), a building's 门禁 enrolled by its 物业, a hotel's check-in (round 61's second review: "物业通知：对着门禁
 * 摄像头眨眨眼录入人脸…免费领取门禁卡", "酒店入住要拍个身份证，前台还免费送了两瓶水"). Not 退休 or 认证, which the scam's own
 * pitch names (round 61's review).
 */
const OWN_FACE_CHECK =
  /12333|国家医保服务平台|派出所|身份证办理|换证|网点|营业厅|柜台|门禁|物业|酒店|入住|前台/

/**
 * A fee asked to clear or check a status said to be wrong: "须…缴纳年报信息核验服务费298元", "需交激活费", "请支付解除费",
 * "交一千二就能帮您把异常撤掉" (round 61's review) (国家市场监督管理总局: 企业年报不收费; 人社部门: 资格认证不收费); not one already paid ("交了认证费"), nor a vehicle's
 * 年审 or 年检, which a testing station charges.
 */
const STATUS_FEE =
  /(需|须|要|请|得|应)[^。!?\n]{0,30}(缴纳|交纳|缴|交|支付|付)(?![了过])[^,，。!?\n]{0,16}(核验|审核|认证|年报|激活|解除|移出|修复|解封)(服务)?费|交[0-9一二两三四五六七八九十百千万]{2,6}(块|元)?[^,，。!?\n]{0,4}就(能|可以)?[^,，。!?\n]{0,8}(撤掉|撤销|解除|消除|恢复|摘掉|处理掉)/
/** What the fee is said to clear: 异常, 经营异常名录, 失信, 黑名单, 停用, 冻结, 吊销. */
const STATUS_TROUBLE = /异常|失信|黑名单|停用|冻结|吊销|注销|限制/
/**
 * How such a fee is paid to the fake: a person, a chat, a code, a link or a "platform" (round 61's review: a
 * certification body's real 审核费 is invoiced to the company, 发票).
 */
const STATUS_FEE_ROUTE = /转(我|给我)|微信|扫码|二维码|链接|账户|专员|平台|http|www|\.(cn|com|top|cc|net)/
const INVOICED = /发票|开票/
/**
 * Arrears, which paying the bill itself clears: "手机号欠费停用了，交50就能恢复" (round 62's review: a son telling his
 * father he paid it; a carrier's own 欠费停机 notice).
 */
const ARREARS = /欠费|欠缴|话费|余额不足/

/** PASSWORD_ASKED in what the writer says others said: "他们说…还得知道密码才能激活", "对方说要提供取款密码". */
const PASSWORD_BY_OTHERS = new RegExp(
  `(他们|对方|那人|那个人|那两个人|骗子|工作人员|经理|主任|专员|的人)[^,，。!?\\n]{0,3}(说|话)[^。!?\\n]{0,16}(${PASSWORD_ASKED.source})`,
  'g'
)

/**
 * A fee a job charges its applicant: "需先交押金800元", "交300元培训费", "服装费200元", "返工之前要先俾$1,500制服"
 * (round 54's review) (劳动合同法第九条: an employer may not
 * take money or a guarantee from a person it hires; public guidance: 正规招聘不收押金、培训费、服装费). Not a 体检费,
 * which applicants often pay to a hospital themselves, nor an exam's 报名费, nor a fee named after a negation
 * ("不收任何押金").
 */
const JOB_FEE_ASK = new RegExp(
  `(交|付|缴|支付|转|给)${NO_NEGATION_GAP(6)}(押金|保证金|培训费|服装费|工装费|制服费|制服|工牌费|材料费|入职费|建档费|工本费|办卡费)|(押金|保证金|培训费|服装费|工装费|制服费|工牌费|材料费|入职费|办卡费)${NO_NEGATION_GAP(4)}[0-9一二三四五六七八九十两百千]{1,6}(元|块)`,
  'g'
)

/**
 * "I sent my code to your phone by mistake, send it to me": "我不小心把验证码发到你手机上了", "验证码误发到您号码",
 * "注册把手机号填错成你的了" (public
 * warnings on 验证码发错了: the code is for the reader's own account, which is taken over once it is sent on).
 */
const CODE_BY_MISTAKE =
  /(验证码|短信)[^。!?\n]{0,10}(不小心|误)?发错|(不小心|误|错)[^。!?\n]{0,10}(发|填|输)[^,，。!?\n]{0,4}(到|给|成)?(你|您|我)(的)?(手机|号码|号|这|那)|(填|输|写)错[了成到]{0,2}(你|您)的/

/**
 * Met online: "网上认识的", "网友", "交友软件", "陌陌", a persona on a mission abroad ("在海外执行维和任务"), a game's
 * partner ("我带你上分", "游戏里可以结情侣", round 57's review) (手册「“杀猪盘” 诈骗」: 通过婚恋平台、社交软件等方式寻找潜在受害人).
 * Not claim-online-partner's "亲爱的" or "宝贝", which family and couples write too.
 */
const MET_ONLINE =
  /网恋|网上认识|(抖音|快手|视频号|直播间)上?认识|(维和|联合国)(部队|任务|医生|军医)|海外(执行|维和|服役)|战地(医生|军医|记者)|无国界医生|网上(处|谈)的对象|网友|婚恋(网站|平台|app)|交友(软件|平台|app)|相亲(网站|平台)|探探|陌陌|soul上|珍爱网|世纪佳缘|百合网|结情侣|游戏情侣|带你上分/
/**
 * An ask the writer retells, then their payment: "让我把钱转到安全账户，我已经转了三万块", "让我下载了一个软件开共享屏幕，我已经
 * 转了两万", "按他说的在支付宝借了两万转给他了" (the caller counts it only when the asker claimed a role (SELF_STYLED), an
 * office or an online partner, or had an app installed).
 */
const PAID_AS_TOLD =
  /(让|叫|要|要求|逼)(我|她|他)[^。!?\n]{0,16}(转|交|缴|汇|付|打|借|充|投|存|下载|装|共享)[^!?\n]{0,60}(我|她|他)(已经|已|都|就|也)?([^,，。!?\n]{0,10}|照做了[,，]?)(转了|交了|付了|汇了|充了|投了|存了|打过去了|转过去了|汇过去了|转给(他|她|对方))|按(他|她|对方|客服|警官|警察|那人)说的[^。!?\n]{0,16}(转了|交了|付了|汇了|转给(他|她|对方)|打给(他|她|对方))/
/** Someone who only claimed to be who they said: "自称公安局的", "冒充客服", "对方说是京东金融的". */
const SELF_STYLED = /自称|冒充|假冒|(对方|他|她|那人)(说|称)(他|她|自己)?是/
/**
 * What only a scam asks to be paid (手册: 解冻费, 保证金, 刷单 tasks, 流水, 安全账户): "客服说要解冻账户，叫我充了五千，我也充
 * 了". Not a bill, a deposit at a hospital or a fare.
 */
const SCAM_PAYMENT = /解冻|保证金|刷流水|做流水|走流水|安全账户|激活费|认证费|做任务|刷单/
/**
 * The writer gave away a password, a card's security code or a code: "我把银行卡号和密码都告诉他了", "验证码我发给客服了",
 * "问我要验证码，我就报给他了" (手册「如何防范」不透露). The writer is the one who gave it: not "我邻居把验证码告诉客服了" or
 * "柜员跟我说：很多老人把密码告诉对方了"; never a warning's "别把密码告诉他" (no 别, 不, 勿 before the secret).
 */
const GIVEN_TO = '(那个|这个)?(他|她|对方|客服|那人|那个人|骗子|陌生人|警察|警官|民警)(?!人|们)'
const SECRETS_GIVEN = new RegExp(
  `我(已经|刚才|刚刚|就|也|都|还)?把[^。!?\\n别不勿没]{0,10}(密码|cvv|安全码|验证码)[^。!?\\n别不勿没]{0,6}(告诉|发给|报给|说给|给)了?${GIVEN_TO}|(密码|验证码)我(已经|就|也|都)?(告诉|发给|报给|给)了?${GIVEN_TO}|问我要[^。!?\\n]{0,4}(密码|验证码)[^!?\\n]{0,6}我(就|也|都|已经)?(告诉|发给|报给|给)了?${GIVEN_TO}|我(已经|就|也|都)?(告诉|发给|报给)了?${GIVEN_TO}[^。!?\\n]{0,4}(密码|验证码)`
)
/** The money of a card or an account gone: "现在卡里钱没了", "余额少了两万" (read with SECRETS_GIVEN: the loss told). */
const ACCOUNT_EMPTIED =
  /(卡里|卡上|账户里|账户上|余额|支付宝里|微信里)的?钱?[^。!?\n]{0,4}(没了|不见了|少了|被转走|被扣走|被取走)/
/** The secret opens money (a card, a payment app, an account): not a guest's wifi or a door lock. */
const SECRET_OPENS_MONEY = /卡|银行|支付|账户|账号|钱|转账|微信|验证码/
/**
 * Words of a meeting that is only a meeting: the speaker or a named presenter shares a screen to show slides ("请小李届时
 * 共享屏幕讲一下方案PPT", "我们这边会共享屏幕演示", "我共享屏幕给你看"), a group told which tool the meeting uses ("用腾讯会议
 * 开", "各位同事…下载客户端"), round 55's review: ten work, class and family meetings read as an install ask. Not in a text
 * that names money, a bank, a refund or the police, where a shared screen is the scam's ask (手册「虚假征信诈骗」案例).
 */
const PRESENTER_SHARES =
  /(我|我们|我们这边|汇报人|主讲人|讲师|老师)(这边)?(会|来|先|将)?(共享|分享)(一下)?(屏幕|桌面)|(共享|分享)(屏幕|桌面)[^,，。]{0,4}(讲|演示|展示|汇报|讲解)|(演示|讲解|汇报|讲一下)[^,，。]{0,10}(共享|分享)|(共享|分享)[^,，。]{0,6}给(你|您|大家)看|准备好?(共享|分享)(屏幕|桌面)/
const MEETING_TOOL_NAMED =
  /(用|通过|使用) ?(腾讯会议|zoom|钉钉|飞书|视频会议|voov)|开个?(腾讯会议|视频会议|zoom)|(腾讯会议|zoom|飞书|钉钉)(开|吧)|同事|同学们?/
const MONEY_OR_OFFICE =
  /银行|账户|账号|转账|汇款|验证码|余额|贷款|退款|退费|理赔|客服|征信|额度|资金|涉嫌|公安|警|检察|法院|工资卡|支付宝|微信支付|注销|补贴|红包|炒股|股票|持仓|收益|返利|领取|领到|中奖|奖金|养老金/

/** The want-install mentions of a meeting that is only a meeting (PRESENTER_SHARES, MEETING_TOOL_NAMED). */
function dropMeetingTalk(text: string, found: Occurrence[]): Occurrence[] {
  if (found.length === 0 || MONEY_OR_OFFICE.test(text)) return found
  return found.filter((at) => {
    const [from, to] = clauseAround(text, at.start, at.end)
    const clause = text.slice(from, to)
    return !PRESENTER_SHARES.test(clause) && !MEETING_TOOL_NAMED.test(clause)
  })
}

/**
 * 杀猪盘's other opener, a stranger's friend request (round 57's review: "看到你朋友圈照片挺有气质的，不好意思冒昧加你，想
 * 和你交个朋友，我在做外贸"): how they came to add you, uninvited or by your photos (STRANGER_ADD), an offer of
 * friendship (BEFRIEND) and a life that invites trust, told of themselves (SUITOR_LIFE), all three. A salesperson's "冒昧加您，我是做保险的" offers no friendship; a neighbour's
 * "认识一下" tells no such life.
 */
const STRANGER_ADD =
  /冒昧(加|添加)|唐突(加|添加)|不好意思(加|添加)(你|您)|(通过|在)(附近的人|摇一摇|漂流瓶|探探|陌陌|soul|交友软件|婚恋网)[^,，。!?\n]{0,6}加|看到(你|您)的?(朋友圈|照片|头像|主页|动态)/
const BEFRIEND = /(交个|做个|当个|交)朋友|认识(一下)?(你|您)/
const SUITOR_LIFE =
  /我(现在)?(在|是)?(做|从事|搞)(外贸|跨境电商|进出口|黄金|理财|投资|金融|外汇|期货|数字货币|珠宝|红酒|石油)|我(现在)?(在|是)(国外|海外|香港|新加坡|迪拜|美国|马来西亚)|我(也|一直|现在|还)?(是)?(单身|离异|丧偶)/

/**
 * "加错人了" (Hong Kong's "泊错车搵错人", round 53's blind set; "存错号码了…看你头像是在海边，你也喜欢旅游吗", round 55's trial) and then an offer of friendship or a shared liking: 杀猪盘's opener (rule
 * wrong-add-opener); "打错了…也是缘分" only with where it
 * leads ("我单身", "带朋友做点理财"): a real wrong number's "认识一下也是缘分，祝你生活愉快" ends there. Not 认识一下 or 聊聊 alone: "加错了，
 * 我是3楼的业主，正好认识一下" is a neighbour.
 */
const WRONG_ADD_OPENER =
  /(加错(人|好友|了)|找错人|搞错人|认错人|泊错车|拨错|撳错|存错(号码|号|人|了|名字)|备注错|(传|发)错(信息|讯息|消息|人|群|了))[^\n]{0,40}(交个朋友|做个朋友|当个朋友|交朋友|是缘分|的缘分|(朋友圈|头像)[^!?\n]{0,12}(好美|真美|很美|漂亮|有品位|有气质|好看|也喜欢|也爱|也是)|我在做(黄金|理财|投资|外汇|期货|数字货币|虚拟币)|带(你|您)(一起)?(赚|投|做|炒|理财|看看行情))|打错(人|了)[^!?\n]{0,30}(是缘分|的缘分|交个朋友|做个?朋友)[^!?\n]{0,30}(理财|投资|单身|加个?微信|带你|赚)/

/**
 * "你支付宝能用吗", "你的淘宝能用吗", "你那边转账方便不", "你零钱还有吗": the stolen account's first question (rule
 * pay-for-me).
 */
const PAY_APP_PROBE =
  /(支付宝|微信|淘宝|拼多多|京东|银行卡|网银|手机银行)(还)?能(用|转账|付款|支付)(吗|不)|(转账|付款)方便(吗|不)|零钱(还)?(有(吗|没有|没)|够不够)/
/**
 * "先帮我付980我买点东西，等下给你", "你帮我给我朋友转账2000，晚上回去就还你" (blind set Z41; not to the family's
 * own: "帮我给妈转一千，晚上还你", review41), "你替我转2000给他 我晚点微信还你" (review42): paying first for the writer, paid
 * back at once (rule pay-for-me); not a parent's "你帮我交一下，200多，回头给你", nor a friend's "先帮我垫一下团购的钱，一共
 * 86，我等下微信转你" (paid by 微信 only when the money goes to someone else). A credit line used for the writer too:
 * "你支付宝有花呗吗？帮我刷一下…一会就还你" (round 57's review).
 */
/**
 * A loan asked by message with its payback put off: "先借我3000，明天一早就还你", "你先借我一下，下个月15号发了工资就还你",
 * "能不能先借我周转一下？年底奖金发了第一时间还您" (round 60's review: the police's published cases of 冒充熟人借钱 from a
 * cloned or stolen account, which never needs a new number), "你先转我5000，明天还你" the same loan; not a drill lent
 * ("借我一下你的电钻"). Not when the writer offers a call or a video to check
 * (CALL_OFFERED): a real nephew's "您不放心的话给我打个视频".
 */
const LATER =
  '(明天|明早|后天|下个?月|下周|下礼拜|月底|年底|发了?(工资|奖金)|(工资|奖金|钱|款)(到了|到账|下来|发了)|过完年|回头|过两天|过几天|到账)'
const LOAN_PAID_BACK_LATER = new RegExp(
  `借(我|给我|点|一下|[0-9一二三四五六七八九十两几])(?!(一下)?(你|您)的)[^。!\\n]{0,20}?${LATER}[^。!?\\n]{0,12}?(还|转|给)(你|您)|先转(我|给我)[^。!\\n]{0,20}?${LATER}[^。!?\\n]{0,12}?还(你|您)`
)
/**
 * A call or a video that checks it is them, offered or made: "不放心就先给我打个电话", "您不放心的话给我打个视频", a
 * mother's "打个电话给我" and the chat's "（语音通话 3分12秒）" (round 56's blind set).
 */
const CALL_OFFERED =
  /(不放心|不信|怕被骗)[^。!?\n]{0,6}(给我|跟我|和我)?(打|回|拨)个?(电话|视频)|(给我|跟我)(打|回)个?(电话|视频)(确认|核实|问问)|(打|回)个?电话给我|(语音|视频)通话\s?[0-9]/
/**
 * The writer will be seen today: "晚上见", "回家吃饭" (round 58's blind set: a son's loan in a chat that ends at dinner). Not
 * a promise to pay back in person ("明天见面还你", "回去当面还你"), which a stolen account makes as easily.
 */
const SEEN_SOON = /(今晚|晚上|明天|回头)见(?!面)|回家吃饭|回来吃饭/
/** A spouse's ask, by how it opens ("老公，用你信用卡帮我刷一下…一会儿就还你", round 58's code review): a household's. */
const SPOUSE_ASKS = /^\s*(老公|老婆|媳妇|老伴|亲爱的)/
const PAID_BACK_SOON =
  /((先(帮|替)我|(帮|替)我先)(付|垫|交|转|打)|帮我代付|(花呗|白条|信用卡)[^。\n]{0,12}(帮|替)我先?刷)[^。!?\n]{0,16}(等下|等会儿?|一会儿?|马上|明天|明早)(就)?(给|还|转)|((帮|替)我给[^,，。!?\n]{0,6}(打|转|汇|付)|替我(转|汇)|(帮|替)我把钱(转|打|汇)|帮我打[0-9一二三四五六七八九十两几])[^。!?\n]{0,16}(等下|等会儿?|一会儿?|晚点|马上|明天|明早)(一早|早上)?(就)?(微信|支付宝)?(给|还|转)|帮我给(?!我?(妈|爸|老妈|老爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|姐|哥|弟|妹|家里))[^,，。!?\n]{0,6}(打|转|汇)[^。!?\n]{0,16}(晚上|今晚|下午|下班|回去|回来|到家|过两天)[^。!?\n]{0,3}(给|还|转)/

/**
 * The writer's own way to pay broken ("我手机网银出咗问题转唔到", "我的卡被冻结了转不出去", "我支付宝限额了") and the
 * reader sent to pay another's account straight ("直接过数去佢哋户口", "直接转到学校的账户", "转给房东"): round 54's
 * trial (a Hong Kong daughter's hijacked WhatsApp), "你帮我过落呢个户口先" (its blind set). Both, in either order. A call
 * said to have been made is no proof: an AI voice makes one (公安机关 on AI换声).
 */
const OWN_PAY_BROKEN =
  /我的?[^,，。!?\n]{0,6}(手机|网银|网上银行|手机银行|银行卡|卡|支付宝|微信|账户|账号|户口)[^。!?\n]{0,8}(出了?问题|坏了|被冻结|冻结了|被锁|锁了|hold住|被风控|风控了|出错|升级|限额|超限|被限制|限制了|受限|用不了|用不到|转不了|转不到|转不出|付不出|付不了|入不到|登不上|登录不了|在维护|维护中)/
const PAY_OTHERS_STRAIGHT =
  /直接[^。!?\n]{0,4}(转|汇|打|过数|过|付|交)[^。!?\n]{0,6}(去|到|给|落)[^。!?\n]{0,6}(他们|她们|他|她|老师|导师|辅导员|学校|机构|房东|业主|对方|那边|中介|护士长|医院)的?(账户|户口|账号|卡)?|帮我[^。!?\n]{0,4}(转|汇|打|过数|过)[^。!?\n]{0,6}(去|到|落)(?!我)[^。!?\n]{0,6}(账户|户口|账号|卡)|(帮我|替我)[^。!?\n]{0,8}(转|汇|打)给我?的?(一个|一位)?(朋友|同学|同事|亲戚|表弟|表哥|表妹|表姐|老师|房东|客户|对方)|(fps|转数快|payme)[^。!?\n]{0,12}(去|到|给|俾)[^。!?\n]{0,4}(这个)?(号码|电话)/
/**
 * The account to pay was given in person or is the one paid before ("佢寫低咗戶口畀你", "新户口号码我上次当面写咗畀你",
 * "号码同上个月一样", "我当面跟你说过了"): no hijacked account's new payee (round 54's review, round 56's).
 */
const ACCOUNT_KNOWN =
  /当面(写|给|交|讲|说)[^。!?\n]{0,4}(户口|账号|号码|卡号|账户)|(户口|账号|号码|卡号|账户)[^。!?\n]{0,8}当面(写|给|交)|(写低|写下|写了)了?(户口|账号|号码|卡号)|(号码|账号|户口|账户|帐号)[^。!?\n]{0,2}(同|跟|和)(上个月|上次|之前|以前)一样|当面(跟|和|同)?[^,，。!?\n]{0,4}(确认过|核实过|确认了|说过|讲过)/

/**
 * Money to the account paid before (JudgeContext.sameAccountAsBefore), not a new one beside it: "还是转到原来那张卡",
 * "房租还是打我老婆的卡，跟以前一样" (round 55), a landlord's "还是老样子2600转我就行" (round 58's blind set).
 */
const SAME_ACCOUNT_AS_BEFORE =
  /(还是|照)老样子[^。!?\n]{0,8}(转|打|汇|交)|(还是|照旧|照样|跟以前一样|和以前一样|同以前一样|跟上次一样|同上次一样)[^。!?\n]{0,6}(转|打|汇|交|过数|入|过)[^。!?\n]{0,3}(到|去|入|返)?(原来|以前|之前|上次|老)(的|个)?(那张|那个|嗰张|嗰个)?[^,，。!?\n]{0,4}(卡|账户|账号|户口)|(转|打|汇|交|存)[^。!?\n]{0,8}(卡|账户|账号|户口)[,，]?(跟|和|同)(以前|之前|上次|上个月|原来)一样|(还是|照旧|照样)(转|打|汇|交|存)(到|去|入|给)?[^,，。!?\n]{0,8}(卡|账户|账号|户口)/
/** A new card or account said beside "as before": "…跟以前一样，不过她卡号换了，新的是…" (round 55's review). */
const ACCOUNT_CHANGED =
  /(卡号|账号|户口|账户|卡)[^。!?\n]{0,3}(换了|改了|变了)|新的?(卡号|账号|户口|账户|卡)(是|为|:|：)|新的是|(不过|只是|就是|但是)[^。!?\n]{0,16}(改用|改成|换成|用|走|入|转到|打到)|户名[^。!?\n]{0,2}(改|换)|(是|系)我?(室友|朋友|同学|同事|外甥|亲戚)的|(这学期|这个月|今次|这次|今年|最近)[^,，。!?\n]{0,3}(改用|换用|用|改走|走|入)[^,，。!?\n]{0,6}(那张|那本|嗰张|卡|账户|户口)|(卡号|账号)[^。!?\n]{0,4}(发你|给你|如下|是|:|：)/

/** "明天到我办公室来一趟", "来我办公室", "到我这里来一趟": a summons with nothing said (rule opener-new-number). */
const OFFICE_SUMMONS = /(到|来)我?(的)?办公室|办公室来一趟|到我这里来一趟/

/** An ask only to be answered, with nothing said: "看到回我", "看到消息回一下", "速回", "回个消息". */
const REPLY_ASKED =
  /看到(消息|信息|短信)?(后)?(回|回复|联系)我|看到(消息|信息)?回(一下|下|个)|速回|回个(消息|信息|话)|(方便|有空)(的时候|时)?回(我|复我)/

/**
 * Whether the reader can talk, asked last, with nothing said after it: "在吗？我是王主任，方便说话吗", "现在说话方便不",
 * "方便接个电话吗" (blind set Z42, review42); not "…方便说话吗？想跟您确认一下监考安排", nor a busy boss's "在开会不方便接电话".
 */
const TALK_ONLY =
  /((^|[^不没])(方便|有空)(说话|讲话|说几句|聊几句|聊聊|接电话|接个电话|通话)|(说话|讲话|接电话)方便)(吗|不|么|没)?[?？!！。.~～\s]*$/

/**
 * A reply asked to lift or contest a threat: "如需申诉请回复1", "回复 1 解除限制", "如需继续使用请回复一", "如有异议请回复“申诉”"
 * (rule threat-reply).
 */
const REPLY_TO_LIFT =
  /(申诉|解除|解封|保留|恢复|继续使用|异议|解冻|取消)[^。!?\n]{0,8}回(复|个)|回(复|个)[^。!?\n]{0,6}(申诉|解除|解封|保留|恢复|解冻)/
/**
 * A collection for someone in trouble: "部门发起自愿捐款，可转到小刘本人的工商银行卡" (round 46's review). Rule
 * emergency-money-account is for a stranger's account; a relative's own ask ("打3000到我建行卡") is read by
 * acquaintance-emergency-money, and a stranger's "我个人账户" is the scam itself (round 46's second trial).
 */
const COLLECTION = /捐款|献爱心|爱心款|自愿/

/**
 * A recorded call's ask to press a key, about a case, a document or a parcel: "你有一個重要公文,請按‘1’字查詢", "您有一张
 * 传票未领取，详情请按9", "包裹涉嫌违禁品…请按1转人工" (rule office-key-press). Not a survey's or a menu's own choice in the
 * same clause ("满意请按1", "普通话服务请按1"), not an office's own service number the text names ("拨打12368，按1进入查询",
 * round 47's review), and not the writer's own call to one ("我打了出入境的电话，语音说…请按1").
 */
const KEY_PRESS =
  /按[‘'"“]?([0-9#＃*]|[一二三四五六七八九零])[’'"”]?(字|键|号键)?(查询|查听|收听|进入|转|咨询|人工|了解|办理|详询|处理|联系|领取)|请按[‘'"“]?([0-9#＃*]|[一二三四五六七八九零])(?![0-9])/g
const KEY_MENU = /满意|评价|普通话|english|语种|粤语|方言/
const KEY_MATTER =
  /传票|传唤|通知|出庭|开庭|公文|文件|包裹|邮件|快递|涉嫌|案件|冻结|违禁|通缉|逮捕|欠费|停用|异常|重要|紧急|最后一次|逾期/
// An official short number, but not the anti-fraud line's 96xxx, which a robocall names to be believed ("请按1查询，咨询96110",
// round 48's review).
const OFFICE_SERVICE_LINE = new RegExp(
  `(^|[^0-9])(?!96)(${OFFICIAL_SHORT_NUMBER}|110(?![0-9]))|我(打|拨)了?|打过去|我按|打(了|过)[^,，。!?\\n]{0,8}(电话|热线)`
)

/**
 * Whether a recorded call asks for a key press about a case, a document or a parcel (KEY_PRESS), outside warnings;
 * a menu word (KEY_MENU) before the key in its own clause makes it a menu's choice.
 */
function asksKeyPress(prepared: PreparedText, scamSays: string): boolean {
  if (!KEY_MATTER.test(scamSays) || OFFICE_SERVICE_LINE.test(scamSays)) return false
  const { text, clauseStart, inWarning } = prepared
  for (const m of text.matchAll(KEY_PRESS)) {
    if (inWarning[m.index] === 1) continue
    if (!KEY_MENU.test(text.slice(clauseStart[m.index], m.index + m[0].length))) return true
  }
  return false
}

/**
 * A card's fraud check that asks whether a payment was the reader's own, or gives the office's own line or counter beside
 * the reply: "如为本人交易，请回复1解除冻结；如非本人交易，请致电95555", "…或携带身份证到营业厅办理" (round 46's review:
 * banks and carriers confirm so). With a deadline such a text is still read as threat-reply.
 */
const OWN_CHECK_REPLY = new RegExp(`如(为|是|系|果是)本人|非本人(交易|操作)|${OFFICIAL_CALL_SOURCE}`)

/**
 * The group the parents are in said to be ending and a new one to join: "原群将于明天解散", "原QQ群人数已满", "之后所有
 * 通知以新群为准", "班级群迁到新群" (rule group-moved).
 */
const GROUP_MOVED =
  /(原|旧|之前的?|原来的?|本|这个)(qq|微信)?(班级|家长|工作)?群[^。!?\n]{0,12}(解散|已满|满了|人满|停用|作废|不再使用|不用了|不发通知|混入|不安全)|以新(的)?(班级|家长|工作)?群为准|(迁|搬|转移|换)(到|至)新(的)?(班级|家长|工作)?群|更换(班级|家长)群/
/** The new group's code scanned with the teacher in person: "明天放学时到校门口找我扫码进新群". */
const SCAN_IN_PERSON = /(找我|当面|现场|到校|来校)[^,，。!?\n]{0,6}扫码/

/**
 * "我是刘总", "我是你们王局", "我是李主任": a superior's title given as the writer's own name (rule self-named-superior).
 * A 班主任 is a class teacher, no superior ("我是一年级二班班主任王老师").
 */
const SUPERIOR_SELF_NAMED =
  /我(是|系)(你们?的?)?([^,，。!?\n]{0,5}[^班,，。!?\n])?(总|董|局长?|主任|处长|科长|经理|书记|校长|院长|部长|董事长|领导)(?![^,，。!?\n]{0,2}(的|那|秘书|助理|司机))/

/**
 * "猜猜我是谁", "还记得我吗", "听不出来", "还认识我吗", Cantonese "估唔估到我係邊個" (read as 估不估到我是哪个): the writer hides
 * their name (rule opener-new-number).
 */
const GUESS_WHO =
  /(猜|估(?!计|算|价|值))[^,，。!?\n]{0,4}我是(谁|哪个|哪位)|记得我|认识我|认得我|听不出|听出来?我|听得出|能听出|知道我是谁|不记得我|把我忘了/

/**
 * The money is asked of the writer (or of the parent the writer speaks of) by the other side: "让我先给他寄钱",
 * "要我帮忙汇款", "找我借钱", "借她两千". Not the writer's own transfer to a hobby group's organiser or a partner
 * ("到时候我转给他", "每人交50块", "工资都转给她").
 */
const ASKED_FOR_MONEY =
  /(让|叫|要|找|求|需要)(我|你|您|他|她|俺|我妈|我爸)([^,.!?;\n]{0,6}(寄|转|打|汇|借|交|付|垫|充|出|投)(?![^,.!?;\n]{0,8}(活动费|车费|门票|饭钱|场地费|会费|aa))|[^,.!?;\n]{0,12}买[^,.!?;\n]{0,4}(币|股|基金|理财|黄金))|借(我|他|她)([0-9一二三四五六七八九十两几]|(点|些|一点|一些)?(钱|款))|(你|您)(能|可以|能不能|可不可以)?帮(我|他|她)[^,.!?;\n]{0,4}(付|垫|交|出|充)/

/**
 * Buying or selling driving-licence points: "驾照扣分可代消，一分200", "高价回收驾照分数", "帮你销分" (公安部交通管理局:
 * 买分卖分是违法行为; those who pay are often cheated too). Read outside warnings.
 */
const LICENCE_POINTS_TRADE =
  /((代消|代销|代扣|代处理|回收|收购|出售)[^,.!?;\n]{0,2}(驾照|驾驶证)的?(分数?|扣分)|(买|卖|收)(高价|有偿)?(驾照|驾驶证)的?分数?|(驾照|驾驶证)的?(分数?|扣分)[^,.!?;\n]{0,4}(代消|可消|代扣|回收|买卖|出售|收购|卖不卖)|(帮你|帮您|帮我|帮人|替人|代人|代)(销|消|扣)(驾照的?)?分|代(消|扣|处理)扣分|顶分|卖给别人扣)(?![^。!?\n]{0,16}(违法|犯法|被抓|被查|处罚|不许|不能|别))/

/**
 * The speaker says he is from an office: "说他是市里民政局的", "说是人社局的", "自称证监会的", "我是社保局的". Not a
 * relative's retelling of a talk ("派出所民警来讲课，说…一年翻倍的别信") or news ("电视上说公安破获…").
 */
const CLAIMS_OFFICE =
  /(自称|(说|称)(他|她|自己|他们)?是|我(们)?是)[^,.!?;\n]{0,8}(局|部|委|办|所|院|政府|公安|警|法院|检察|证监会|央行|人民银行|国务院|部队|军|海关|税务|社保|医保)/

/**
 * The speaker is the police, a prosecutor or a court in the first person, or hands the call to them: 手册「冒充公检法
 * 诈骗」 (接到自称公检法人员的电话), the 转接 of the same script ("请稍等，电话将转接到…公安局").
 */
const CLAIMS_POLICE = new RegExp(
  '((我|我们)是|这里是|这边是)[\\u4e00-\\u9fff]{0,8}?(公安|警察|派出所|刑侦|经侦|网警|检察|法院|国安|国家安全)[\\u4e00-\\u9fff]{0,6}?' +
    '(的[\\u4e00-\\u9fff]?(警官|民警|刑警|法官|检察官|书记员|工作人员|警察)?)?(?=[,，。.!?;\\s]|$)' +
    '|(电话|你|您)?转接(到|给)[^,，。.!?;\\n]{0,8}(公安|派出所|警察|警官|刑侦|经侦|检察|法院)' +
    '|(把|将)(电话|你|您)(给(你|您))?(转|转接)(到|给)[^,，。.!?;\\n]{0,8}(公安|派出所|警察|警官|刑侦|经侦|检察|法院)'
)
/** What the fake officer's opening is about: a case, a document, an inquiry (手册「冒充公检法诈骗」). */
const CASE_TALK = /案子|案件|立案|涉嫌|涉案|洗钱|通缉|逮捕|协查|传真|文件|调查|笔录|冻结|转接|转到/
/** A real court or station asks you to come in person: "请准时到庭", "明天上午来所里做笔录". */
const SUMMONED_IN_PERSON = /到庭|出庭|开庭|(到|来)(所里|所内|局里|院里|队里)/
/**
 * What a real station or court writes about: a follow-up on your own report, your own lawsuit, a document ready to
 * collect, a tip line.
 */
const REAL_POLICE_TOPIC = /回访|报案|原告|起诉的|诉前调解|调解员|领取|认领|办好|制证|举报电话|提醒/

/**
 * A "buyer" who says he has paid and sends a link to collect: "我已经付款，请点击链接 xianyu-pay.top 收款" (闲鱼、转转 and
 * police warnings: money from a sale is confirmed only inside the platform's app; a 收款 link is a phishing page). The
 * link and the 收款 in one clause: a platform's notice ("点击…查看订单，确认收款请在App内操作") or a buyer who will
 * confirm it himself ("链接…你发货吧，收到货我会确认收款") puts them apart. Also a buyer's own 卖场 link for the seller to
 * fill in ("我開好賣場連結傳給你填資料", round 57's blind set): Taiwan's 165 on 賣貨便 scams, a buyer never needs the seller's
 * details through a page the buyer made; or a buyer's link to "platform escrow" ("走平台担保交易，安全，我把链接发你", round 57's
 * second blind set).
 */
const BUYER_PAYMENT_LINK =
  /(已经?|刚|我这边|我已经?)(付款|付了款|拍下|下单|支付|发起了?|付了|拍了)[^。!?\n]{0,30}(链接|网址|点击|点开|点进)[^,，。!?\n]{0,30}(收款|收到钱|收到款|确认收款|领取货款|提取货款|激活收款)|(开好|开了|建好|建了|创建了?|做好)[^。!?\n]{0,4}(卖场|卖货便|订单|交易)[^。!?\n]{0,4}(链接|连结|网址)[^。!?\n]{0,10}(填|输入|登记)[^。!?\n]{0,4}(资料|信息|卡号|账户|账号)|(^|[^鱼转宝多皮东音])(担保交易|担保平台|交易平台)[^。!?\n]{0,12}(链接|网址|连结)(发你|发给你|给你|传给你)/

/**
 * A "buyer" who says the money cannot go through because of the seller's shop or account: "我付不了款 显示该店铺尚未完成
 * 商家资质认证", "显示你没开通交易保障 付款失败了", "你没收到是因为你没签诚信交易协议", Taiwan's "賣場尚未完成【三大保障
 * 協議】簽署，系統已暫停交易", "一直顯示「賣場未完成金流認證」" (round 53's trial) (闲鱼、转转 and police warnings on
 * 二手交易诈骗: the platform never asks a seller to certify, open 保障 or pay a deposit through a buyer's code or link).
 */
const PAYMENT_BLOCKED =
  /付不了款|付款失败|支付失败|付不进去|打不进来|无法(付款|支付|下单)|交易(已经?)?被?(拦截|冻结|限制|关闭|暂停)|暂停交易|(没|未)收到(款|钱)?是因为|(下单|下标|拍下|结帐|结账)[^,，。!?\n]{0,6}(失败|不了|不成)|拍不了|买不了|下不了|落(不到|不了)单|跳出(提示|错误)|跳错误|(要|想)(下单|下标)[^。!?\n]{0,8}(显示|提示)/
const SELLER_LACKS =
  /(没|未|尚未|没有|还没有?)(完成|开通|启用|绑定|签署?|缴纳?|交|实名|通过|做)[^,，。!?\n]{0,10}(商家认证|资质认证|店铺认证|金流认证|金流服务|金流|认证|验证|保障|资质|协议|保证金|担保|安全交易|安心交易|卖货便|实名)/

/** Not 打 of a call: "刚给你打电话", "你帮我打个电话" (round 49's review). */
const NOT_A_CALL = `(?![^,，。!?\\n]{0,2}(电话|视频|招呼))`
/**
 * Money the writer says was already sent to the reader, with the reader asked to pass money on, or to pay for the
 * writer while it is "on its way": "300万我已经转你了 回单截图你看下…你先转给他", "你先帮我付一下，钱我已经转给你了，跨境
 * 到账慢，你看下截图" (public warnings on 冒充领导、熟人: the "transfer" is a forged screenshot or still on its way; check
 * the balance in the bank's own app before moving anything).
 */
const SENT_YOU = new RegExp(
  `(已经?|刚刚?|刚才)[^,，。!?\\n]{0,4}(转|打|汇)(账|款)?(给)?(你|您)|(已经?|刚刚?|刚才|这边)(给|向)(你|您)(转|汇|打${NOT_A_CALL})|(给|向)(你|您)(转|打|汇)了${NOT_A_CALL}|(转|打|汇)(账|款)?(给)?(你|您)(了|过去了)|(转账|汇款)(回单|截图|凭证|记录)[^,，。!?\\n]{0,4}(发|给|传)(你|您)|(发|给|传)(你|您)[^,，。!?\\n]{0,4}(转账|汇款)(回单|截图|凭证|记录)|(转账|汇款)(回单|截图|凭证)[^,，。!?\\n]{0,4}(你|您)?(看|查收|收到)`
)
/** What a fake 客服 or 理赔 refunds: a purchase, an order or a parcel, not a school's or a canteen's fee. */
const PURCHASE_OR_PARCEL =
  /快递|包裹|快件|丢件|(那个|你的|您的)件|订单|商品|宝贝|货物|物流|航班|机票|买的|购买/
/**
 * A refund or compensation offered: "按三倍给您赔", "给您办理理赔", "为您办理退款", "全额退款" (冒充客服退款, 快递理赔); not a
 * refund already made ("退款成功", "已原路退回"), which platforms announce with a link and a number to ask.
 */
const REFUND_OFFERED =
  /理赔|退赔|赔偿|赔付|[双两三四五十]倍赔|赔(给)?(您|你)|(给|为)(您|你)(办理|申请)?(退款|退费)|全额退/
/** The "proof" of a transfer shown instead of the money: "回单截图你看下", "转账记录发你了". */
const RECEIPT_SHOWN = /回单|截图|转账记录|汇款记录|转账凭证|汇款凭证|汇款单/
/** An account or a card named only by the message: "这个账户", "这张卡", "下面这个卡号". */
const ACCOUNT_GIVEN = '(这个|下面这?个?|以下)(账户|账号|卡号|卡)|这张卡'
/** Money the reader is told to pass on to someone else: "你帮我转给他", "您先打到这个账户", "你汇给我朋友". */
const PASS_TO_ANOTHER = new RegExp(
  `(你|您)[^,，。!?\\n]{0,4}(转|打|汇)[^,，。!?\\n]{0,6}(给|到)(他|她|对方|他们|我朋友|我同学|客户|${ACCOUNT_GIVEN})`
)
/**
 * Passed on to an account the message gives: "你先帮我把3万转给这个账户" right after "我已经转账给你了" needs no
 * screenshot to be the 冒充领导、熟人 trick (round 49's open miss). Not to a party the reader knows: a colleague's "打给客户
 * 的样品费也从里面出" (round 50's review).
 */
const PASS_TO_ACCOUNT = new RegExp(
  `(你|您)[^,，。!?\\n]{0,10}(转|打|汇)[^,，。!?\\n]{0,6}(给|到)(${ACCOUNT_GIVEN})`
)
/** Shipping asked before the money is seen: "你先发货吧", "先把货发给我". */
const SHIP_FIRST = /(你|您)?先(发货|把货发|寄出|寄过来|发过来)/
/**
 * The reader's own payment code asked for, for the writer to pay with: "你把收款码发我，我扫给你" (round 48's trial). Not
 * with a rebate, a refund, a task or a platform, as 刷单 and fake refunds open ("收款码发我，我给你返佣金", round 48's
 * review).
 */
const READER_CODE_ASKED = /收款(码|二维码)(发给?|给)(我|一下)|收款码发过来/
const WRITER_PAYS_READER = /我(直接|马上|来|好)?(扫|转|付|打)(给)?(你|您)|我(直接|马上|来|好)?(扫|付款|付钱)/
const PAID_BACK_LURE =
  /返|佣金|体验金|退|保证金|任务|垫付|充值|会员|平台|解冻|配合|刷单|点赞|关注|奖励|红包|激活|客服|流水|先给你/

/** Passing money on only once it has arrived: "到了你帮我一起交给班长吧" (round 49's review). */
const AFTER_ARRIVAL = /(到了|到账后|到账以后|到账了|收到后|收到以后|收到了)(再|你|您|就)/
/** Paying for the writer while "the money is on its way": "你先帮我付一下…跨境到账慢" (not a child's "先帮我交电费"). */
const PAY_FOR_ME = new RegExp(
  `(你|您)先?[^,，。!?\\n]{0,6}帮我[^,，。!?\\n]{0,4}(付|垫|交|转|汇|打${NOT_A_CALL})`
)
const ARRIVES_LATE =
  /到账慢|延迟到账|(晚点|晚些|明天|明早)才?能?到账|[0-9一二三四五六七八九十两几]{1,3}个?(小时|工作日|天)(内|后|以后|才能?)?到账|还没到账|没到账|跨境|晚点到账|明天到账|次日到账/

/**
 * A deal sent to a trading site the other side names: "走这个交易平台 jyhao-sc.top，有担保", "我直接发你官方入口 jy-mao.net",
 * "你去 www.yxjy-pt.com 注册一下把号挂上去", "我发你个网址“牌鸿淘.top”，你在上面挂售" (round 57's third blind set) (police
 * warnings on 游戏账号、装备交易诈骗: the buyer or seller sends a link to a fake 交易平台; trade only in an app you found).
 */
const TRADE_SITE =
  /(走|用|去|上|在|到)(这个|这家|那个|我们?的?|我常用的?|我发的|我给的|我说的|专门的|专用的|指定的|第三方|正规的?|官方的?|安全的?)[^,，。!?\n]{0,4}(交易平台|交易网站|交易网|担保平台|担保网站|交易app)|(发你|给你|发给你)[^,，。!?\n]{0,4}(官方入口|官网|入口)|(注册|链接|网址)[^。!?\n]{0,8}把(号|账号|装备)[^,，。!?\n]{0,2}(挂上去|挂上|上架|挂出来)|(网址|链接|网站|连结)[^。!?\n]{0,20}在上面(挂售|挂单|上架|挂|卖|注册)/

/**
 * A trade named: a trading app, goods or an order ("闲鱼上那台相机", "拍下", "发货"), or one taken off a platform ("私下
 * 交易"). A relative's "你直接转我支付宝就行，跟以前一样" names a payment app and no trade, which off-platform-deal needs
 * (round 63's review).
 */
const TRADE_NAMED =
  /私下|(不走|绕开|绕过|脱离|别走|不用)平台|平台(手续费|抽成|扣|收)|不卖|便宜|闲鱼|咸鱼|转转|淘宝|拼多多|京东|抖音|快手|小红书|多抓鱼|商品|发货|拍下|下单|宝贝|订单|卖家|买家|二手|货款|包邮|成色|出闲置|闲置/

/** The reader sent there: "你先去注册一下", "你去 www.… 注册", "咱们走第三方交易平台". */
const TRADE_SITE_ASKED =
  /(你|您)[^,，。!?\n]{0,2}(去|到|上|在)[^,，。!?\n]{0,24}(注册|登记|登录|上架|挂)|(咱们|我们)就?走/

/** Money the state pays out, which is claimed only in its own apps: "个税退税", "医保补助", "养老金补发", "补贴". */
const STATE_MONEY = /(退税|个税|个人所得税|医保|社保|养老金|公积金|补贴)/

/**
 * State or company money for everyone, first come first served or without conditions: "补助总金额仅剩2806万，数量有限，
 * 先到先得", "无条件每个家庭将会提供援助", "全民派发购物津贴" (police warnings on 疫情补贴 and 购物津贴 phishing: a subsidy is
 * paid to those who qualify, through official channels, never to whoever is quickest). A trade-in 国补 or 消费券 ad
 * says 先到先得 too (TRADE_IN_AD).
 */
const HANDOUT_RUSH =
  /(补贴|补助|津贴|援助金|救助金|慰问金|补偿金)[^。!?\n]{0,24}(先到先得|数量有限|名额有限|仅剩|抢完即止|领完即止|额满即止|发完即止)|(先到先得|数量有限|名额有限|抢完即止|领完即止)[^。!?\n]{0,24}(补贴|补助|津贴|援助金|救助金|慰问金)|(全民|无条件|每个家庭|所有居民|全体居民|全体国民)[^。!?\n]{0,10}(派发|发放|提供|可领|领取|享受)[^。!?\n]{0,12}(补贴|补助|津贴|援助金|救助金|慰问金)/
/**
 * What a customer service or a payment app reports as already done for the reader: "已为您关闭自动续费", "本单餐费已为您
 * 全额退款，款项将原路退回", "已成功扣款", "奖金已自动派奖至您的福彩账户". With no number, link or ask it is read like a
 * registered notice (judge()).
 */
const DONE_FOR_YOU =
  /(已|已经)(为您|给您|帮您|替您|为你|给你|帮你|替你)[^,.!?;\n]{0,8}(关闭|取消|退款|退回|补发|免除|补偿|解除)|原路退回|原路返回|已成功扣款|扣款成功|扣费凭证|退款成功|已(自动)?派奖(至|到)/
/**
 * A catch after what was done ("已为您关闭，但检测到您的账户存在风险…", "由于您的账户被冻结，退款需要…", "后续还需要关闭…，否则
 * 每月扣款"): no mere report. A genuine report asks nothing more ("后续不会再扣费", "如需帮助…").
 */
const DONE_BUT =
  /(但|但是|不过|然而|可是)[^。!?\n]{0,30}(需|要|请|检测|发现|存在|无法|不能|因)|由于|否则|不然|系统显示|检测到|还需|还要|需要|须|请配合|配合操作|注销|冻结/
/** A report that says nothing needs doing: "无需任何操作", "您无需进行任何操作", "不用做任何操作". */
const NOTHING_TO_DO = /(无需|不需要|不用)(您|你)?(再)?(进行|做)?任何操作|无需(您|你)?(再)?操作/
const TRADE_IN_AD = /以旧换新|国补|国家补贴|家电|换新|消费券|购车/

/**
 * A traffic offence of yours to deal with ("您有2起交通违规记录未处理", "你的车辆于市区闯红灯，拟扣6分"): with a mobile
 * number or a link it is the fake 违章 SMS of public warnings (公安部交通管理局: offences are looked up and dealt with
 * only in the 交管12123 app or at a traffic police office). A driving school's exam rules ("压线扣10分") name no car of yours.
 */
const TRAFFIC_OFFENCE =
  /(交通违[规法章]|违章|交通违法)[^。!?\n]{0,6}(记录|行为|信息|未处理|待处理|提醒|通知)|(您|你)的?[^,.!?;\n]{0,4}(车|车辆|机动车)[^。!?\n]{0,40}(闯红灯|超速|违停|违章|违法|(扣|记)[0-9一二三四五六九十]{1,2}分)/
/**
 * A Hong Kong mobile (5xxx to 9xxx) or a Macau one (6xxx xxxx), with or without +852 / +853: no office's, bank's or
 * airline's line there (they answer on 2xxx and 3xxx lines). Read by MOBILE_CALLBACK and LOCAL_CALLBACK.
 */
const HK_MACAU_MOBILE = '(\\+?852[- ]?)?[5-9][0-9]{3}[- ]?[0-9]{4}|(\\+?853[- ]?)?6[0-9]{3}[- ]?[0-9]{4}'
/**
 * A mobile number to call back ("查询电话:1318463××××", Hong Kong's "致電 5302 8876", round 57's review): no traffic
 * police office or bank gives one (Hong Kong's offices and banks answer on 2xxx and 3xxx lines).
 */
const MOBILE_CALLBACK = new RegExp(
  `(致电|拨打|拨|联系|咨询|电话|详询|回电|回拨)[^,，。\\n0-9]{0,8}(1[3-9][0-9](?:[- ]?[0-9*x×]){8}|${HK_MACAU_MOBILE})(?![0-9])`
)

/**
 * A lonely-hearts lure that asks for a text to a service number (9xxxx, 106xxxx) or a reply ("发短信“露露”到9xxxx进入
 * 私密聊天室", "回复2直接开始追寻你的网络情缘"): public warnings on 吸费短信 say such replies subscribe to a paid service
 * and confirm the number is in use. A mobile number to send one's name to is a club's sign-up.
 */
const LONELY_LURE =
  /寂寞|陪聊|陪你聊|陪我聊|和我聊|想聊天|视频聊天|聊天室|美女|美少妇|少妇|女大学生|单身|离异|找伴|异性|交友|网络情缘|一夜情|激情|私密|想认识|配对|匹配/
/**
 * Collectibles offered for sale, in either order: "限量发售…纯金纪念币", "纪念邮册每册880元", "给您留两套" (养老诈骗's
 * 收藏品). A sale offered, not a price told ("市场价12000元", a court's 起拍价) nor one refused ("不对外出售"); not an
 * exchange at a bank (纪念币预约兑换), which is how 人民银行 issues them.
 */
const COLLECTIBLE_FOR_SALE = '纪念币|纪念章|纪念钞|纪念金|金币|银币|金条|金砖|邮票|邮册|字画|收藏品|藏品'
const SALE_OFFERED =
  '(限量|限时|开始|正在|现已|火热|特价|内部|面向[^,，。!?\\n]{0,6})(发售|出售|销售|认购|订购|预订|抢购)|给(您|你)留(了)?[一二两三几0-9]|每(套|枚|册|根|块|张)[^,，。!?\\n]{0,4}[0-9]{2,6}元'
const COLLECTIBLE_SALE = new RegExp(
  `(${COLLECTIBLE_FOR_SALE})[^。!?\\n]{0,24}(${SALE_OFFERED})|(${SALE_OFFERED})[^。!?\\n]{0,24}(${COLLECTIBLE_FOR_SALE})`
)
/**
 * A notice signed by something like an office: "【中央军委纪念办】", "【某某局】"; also a 医院 or a 购物中心, which the
 * rule's claim-authority leaves out.
 */
const OFFICE_SIGNED = /【[^】\n]{0,16}(局|部|委|办|院|政府|公安|部队|军|中心)】/
/**
 * The reader's contacts asked for: "授权通讯录", "开启通讯录权限", "同意获取通讯录", "上传紧急联系人通讯录"; not a refusal
 * taught (CONTACTS_REFUSED: "你点“不允许”就行", "别授权通讯录"), which a scam's own threat is not ("不授权进不了", its
 * review).
 */
const CONTACTS_ASKED =
  /(授权|开放|允许|读取|上传|开启|打开|同意|获取)[^,，。!?\n]{0,8}通讯录|通讯录[^,，。!?\n]{0,4}(权限|授权)/
const CONTACTS_REFUSED =
  /(点|选|按)[“"「]?(不允许|拒绝|禁止)|(别|不要|千万别)(给它?)?(授权|允许|同意|开启|打开|给)[^,，。!?\n]{0,6}通讯录/
/**
 * The doctor or expert the reader came for said to be elsewhere today, or someone cured elsewhere: "王主任今天不在本院出诊，
 * 被请到我们合作的门诊部坐诊了", "刘大夫今天不在医院出诊，在保健路一家中药房免费义诊", "我舅舅的胃病就是他看好的" (public
 * warnings on 医托: 在医院门口、候诊区搭讪，说专家在外面坐诊或亲戚在小诊所治好了，把病人带到私人诊所、药房高价卖药);
 * "那个专家今天去外面的诊所坐诊", and Cantonese "今日唔喺醫院睇症" (read as 不在…看症: round 66's code review).
 * Bounded, so linear.
 */
const DOCTOR_ELSEWHERE =
  /(医生|主任|专家|大夫|教授|老中医|师傅)[^。!?\n]{0,10}(今天|这几天|现在|最近)?(不在|没在)[^。!?\n]{0,10}(坐诊|出诊|看病|看症|上班|这边)|(医生|主任|专家|大夫|教授)[^。!?\n]{0,8}(去|到|在)(外面|外边|别处|旁边|对面|附近)[^。!?\n]{0,8}(坐诊|出诊)|(就是|都是|也是|係)[^。!?\n]{0,12}(看好|治好|整好|医好)(的|嘅)|(以前|原来)[^。!?\n]{0,4}(是|係)?大医院[^。!?\n]{0,4}退休/
/**
 * The reader led away from the hospital by a stranger: "我带您过去", "你跟我们一起走吧", "打车五分钟", "那边不用排队",
 * "我而家帶你過去". Bounded, so linear.
 */
const LED_AWAY =
  /(我|我们)(现在|正好|这就|而家)?(带|领|陪|帶)(你|您)(过去|去|一起去|過去)|(跟|和)(我|我们)一起(走|去|过去)|打(个)?车[^。!?\n]{0,4}(分钟|过去|就到)|(那边|那里)[^。!?\n]{0,4}(不用|唔使|不需要)排队|(不用|唔使)排(队|隊)/
/**
 * The hospital's own way to the doctor: another of its campuses ("在分院坐诊", "调到东院区"), a hospital named as where
 * to go ("明天我陪你去省医院"; not the tout's own "不在医院坐诊"), or the doctor's number booked ("你明天挂他的号"). A 医托
 * leads to a clinic, a 中医馆 or a pharmacy, never to a ticket at the hospital (round 66's code review: a daughter's and a
 * nurse's directions read 高风险). Bounded, so linear.
 */
const HOSPITAL_OWN =
  /(?:^|[^不没])(去|到|在|回)[^。!?\n，,]{0,6}(分院|院区|总院|医院)|挂(他|她|这位|那位)的?号(?!单)/
/** The reader addressed as the writer's own parent ("妈，", "阿爸，"): a tout calls strangers 阿姨, 大姐 or 伯伯. */
const OWN_PARENT_ADDRESSED = /^\s{0,4}(阿妈|老妈|妈妈|妈|阿爸|老爸|爸爸|爸)[,，!！]/
/** The writer kept out of what the reader says: "别提我", "不要说是我让你转的" (with coaching for the teller). */
const LEAVE_ME_OUT = /(别|不要|千万别|不能)(提到?|说出|说起)我(?![们的])|(别|不要|千万别)说是我(让|叫|要)/
/**
 * A produce farm or a cellar of the writer's own family ("我外公家有个茶园", "我爷爷的酒庄"), the story of 茶托 and 酒托:
 * public police warnings on 网恋卖茶 (卖茶女) and 酒托 describe a new online friend who sells a relative's tea or wine.
 */
const KIN_PRODUCE =
  /(外公|外婆|爷爷|奶奶|姥爷|姥姥|舅舅|叔叔|伯伯|大伯|姑姑|姑父|姨妈|表哥|表姐|我爸|我妈|我哥|我家|自己家|老家|家里)[^。!?\n]{0,10}(茶园|茶山|茶庄|茶厂|茶场|酒庄|酒厂|酒窖|酿[^。!?\n]{0,4}酒|白酒|葡萄园|果园|咖啡园|新茶|茶叶|普洱|白茶|岩茶|红茶|大红袍|铁观音|红酒|葡萄酒|枸杞|蜂蜜|种[^。!?\n]{0,6}茶)/
/** The sale asked of a friend: "你帮我买一斤", "我给你留了两斤", "照顾一下生意", "给你算成本价", "在这下单". */
const PRODUCE_SALE_ASK =
  /(帮我|帮帮我|支持|照顾|捧场|冲|完成)[^。!?\n]{0,10}(买|订|业绩|任务|销量|生意)|业绩[^。!?\n]{0,10}(帮我|冲)|(买|订|要|来|留了?)[^。!?\n]{0,4}(一斤|两斤|几斤|一箱|两箱|几箱|一盒|几盒|一饼|一点|一些)|(成本|内部|朋友|批发|出厂|员工|内购|亲情)价|吉利的?(价|数字)|下单|下个单|拍下/
/**
 * A friend met online: "加错人了", "网上认识", "在抖音上认识". Not the names family and friends call each other (大哥, 老公,
 * 亲爱的) nor 早安: an attacking review found them on relatives' and a tea shop's own messages.
 */
const MET_ONLINE_FRIEND =
  /加错|不认识|网上认识|刚认识|认识不久|网友|抖音|快手|微博|探探|陌陌|soul|交友软件|交友平台|婚恋|小哥哥/
/**
 * What 茶托 say in place of how they met: "你要是能帮我外公买两斤，我会记你一辈子的好", "我真的不想让外公的茶庄落到后妈手里",
 * "帮我冲业绩" (round 51's trial; public warnings on 卖茶女: 编造家境、冲业绩). Not an unsold harvest, an illness or a price
 * under the market's alone: relatives who sell their own produce say them too (round 51's review and code review).
 */
const PRODUCE_PLEA = /记你一辈子|后妈|冲业绩|完成(任务|业绩)|求求你/

/**
 * Paid gifts on a live stream or a dating platform asked for the writer, with something promised for them: "你再帮我
 * 刷两个“嘉年华”…月底全部还你…打赏金额到了可以线下见面", "你再给我刷几个“永恒之心”…亲密度到了就能互换联系方式", "先充值2000块到
 * 平台，等下我私下转还给你" (round 51's trial; public police warnings on 直播打赏 and 交友平台 刷礼物 scams: the host or the
 * "match" works for the platform, and the money, the meeting and the contact never come).
 */
const GIFTS_ASKED =
  /(帮我|给我|替我|你再|您再|再帮|再给|多帮|多给)[^,，。!?\n]{0,4}(刷|送|打赏|投)(?![的了过])[^,，。!?\n]{0,6}(礼物|嘉年华|火箭|游艇|跑车|穿云箭|之心|小心心|皇冠|守护|荧光棒|马车|玫瑰|告白气球|钻石)|(打赏|刷礼物|送礼物)[^,，。!?\n]{0,8}(到了|够了|达到|满)|充值[^,，。!?\n]{0,10}(到|进)(平台|直播间)/
/** Where such gifts are bought: a live stream or a dating platform. Not a cake or a flight ("帮我买个皇冠蛋糕"). */
const GIFTS_PLATFORM = /直播|主播|(^|[^.a-z])pk|榜|平台|亲密度|亲密值|打赏|公会|房间|粉丝/
/** What the gifts are to buy: money back, a meeting, a contact ("月底全部还你", "打赏到了可以线下见面", "解锁联系方式"). */
const GIFTS_REPAID =
  /还你|还给你|还您|转还|返给你|私下转|见面|线下|约会|亲密度|亲密值|解锁|联系方式|加(你|我)的?微信|提成|分你一半/
/**
 * Gifts declined: "别给我刷礼物了", "不用给我刷", "你再给我刷个火箭试试，我把你拉黑！" is a refusal too only with 别/不用. Not
 * 特别送. A thanks is no refusal (a host thanks before asking again); a past gift is no ask (刷的, 刷了: GIFTS_ASKED).
 */
const GIFTS_DECLINED =
  /(^|[^特分区识性级类差个辨派鉴判])(别|不用|不要|千万别)再?(给我|帮我|替我)?(刷|送|打赏)/

/** Words of harm foretold by a fortune-teller or a "master" (CURSE_FORETOLD). */
const CURSE =
  '血光之灾|印堂发黑|犯太岁|冲太岁|撞邪|邪气|阴气太重|大祸临头|驱邪|阴债|冤亲债主|业障|小人缠身|有大劫|劫难|孽缘|必有大(事|难|祸|灾)'
/**
 * Harm foretold to the reader unless paid for (public police warnings on 封建迷信 scams: 自称大师、高僧 说家人有血光之灾，要钱做法事、消灾):
 * "你面相印堂发黑，近期家中恐有血光之灾", "你儿子今年犯太岁", "不做的话三个月内必有大事", or as the reader retells it
 * ("大师说我家最近有血光之灾"). Not a relative's 出事 or 逃过一劫: only a fortune-teller's words (round 51's code review).
 */
const CURSE_FORETOLD = new RegExp(
  `(你|您)[^。!?\\n]{0,10}(${CURSE})|(大师|师傅|师父|道长|道士|和尚|算命|高人|风水先生|神婆)[^。!?\\n]{0,4}(说|讲|看)[^。!?\\n]{0,12}(${CURSE})|不[^。!?\\n]{0,10}的话[^。!?\\n]{0,12}(${CURSE})`
)
/**
 * The reader's phone taken to get a text or a code for them ("手机借我用一下，等下会收到几条短信，我帮您填好", "用您手机收个
 * 验证码确认是本人", "配合收个验证码"), with a text or a code named (CODE_COMING): read with an office, a job or a benefit
 * claimed (phone-taken-for-codes; round 52's trial: a door-to-door "补贴登记"). A grandchild's "手机给我，我帮你看看那个
 * 短信" claims none (round 52's review).
 */
const PHONE_TAKEN =
  /手机[^,，。!?\n]{0,3}(借|给|交给|让)(我|给我)|用(您|你)的?手机[^,，。!?\n]{0,2}(收|接)|配合[^,，。!?\n]{0,2}(收|接)[^,，。!?\n]{0,3}码/
const CODE_COMING = /短信|简讯|验证码|动态码|(?:^|[^号维密条编件])码/
/**
 * A deal kept from colleagues and the bank ("此事高度机密", "暂时不要同其他同事或银行经理讨论", "唔好同其他同事讲", "秘密收购"):
 * read with a superior who wants money moved (superior-secret-transfer; round 52's trial). An offer letter's "请不要与
 * 其他同事讨论" or an exam's "不得与任何人讨论" asks for no money (round 52's review).
 */
const CONFIDENTIAL_DEAL =
  /高度机密|绝对机密|此事机密|秘密(收购|并购|项目|交易)|(不要|别|不得|千万别|请勿)(同|跟|和|与|对|向)[^,，。!?\n]{0,4}(同事|其他人|任何人|银行|经理|财务)[^,，。!?\n]{0,8}(讨论|提起|透露|商量|沟通|讲|说)|(不要|别|请勿)告诉[^,，。!?\n]{0,4}(同事|其他人|任何人|银行|财务)/
/**
 * A superior's name as the speaker of a pasted chat ("陈总：…", "老闆：…": round 54's review): alone no claim (a boss's "李总：小王，明天来我办公室",
 * blind set S), but the superior of a secret transfer (superior-secret-transfer).
 */
const BOSS_SPEAKS = /(^|\n)([\u4e00-\u9fff]{1,2}(总|董)|[\u4e00-\u9fff]{0,2}(老板|老细|事头))[:：]/
/**
 * A sum that is a company's, not a per-head collection: "500万", "二十万", "30万", "150000"; not a phone number's eleven
 * digits (round 52's code review).
 */
const LARGE_SUM = /[0-9一二三四五六七八九十两几百]{1,4} ?万|(?:^|[^0-9])[0-9]{5,9}(?![0-9])/
/**
 * A driver or runner sent to fetch something from a person and hand it on (courier-mule): "去…找一位姓赵的阿姨，她会给你
 * 一个用胶带缠好的纸袋", "上门拿一个信封" (PICKUP_FROM_PERSON), "送到高铁站南广场，我这边有人接", "带回来交给我们的人"
 * (HANDED_ON), with the package kept shut or the giver kept from asking (COURIER_COVER: "不要拆开", "就说是她儿子单位派
 * 来的", "全程不要打她电话", "拿到就走") and paid far beyond a run (COURIER_PAY: "跑腿费我多加你500", "日结1000", "車馬費
 * 給你3000"; a family errand's "跑腿费加你100" is a tip), two kinds of cover at least (a surprise gift's "别打开" alone
 * hides nothing). Round 53's trial and two reviews; 公安机关致跑腿、网约车从业者的提醒: the 取现 leg of 冒充公检法 and AI-voice
 * scams, the victim's cash or gold, taken from an elder (COURIER_GIVER) in a bag, an envelope or a box (COURIER_PARCEL).
 */
const COURIER_GIVER =
  '阿姨|大爷|大妈|大娘|老人家|老人|老先生|老太太|老太|奶奶|爷爷|阿嬷|阿公|阿伯|老伯伯|老伯|伯伯|婆婆|老大爷'
const COURIER_PARCEL = '袋|信封|盒|箱|包|东西|package'
const PICKUP_FROM_PERSON = new RegExp(
  `(${COURIER_GIVER})[^。!?\\n]{0,30}(${COURIER_PARCEL})|上门(拿|取|收)[^。!?\\n]{0,6}(${COURIER_PARCEL})`
)
const HANDED_ON =
  /(送到|带到|拿到|带回来|送去|转交|交给|交俾|drop)[^。!?\n]{0,24}(有人|我的人|我们的人|给我朋友|同事|专员|穿|戴|男子|男仔|接)/
const COURIER_COVER: readonly RegExp[] = [
  /(不要|别|不能|千万别|不许)(拆开|打开|拆|看里面|看|问里面)|不要open/,
  /(问你|问起|问)[^。!?\n]{0,8}(就说|就话|你就说)|(你|就)说[“"]?我是/,
  /(不要|别|不用)(给|打)(她|他|老人|对方)[^。!?\n]{0,2}电话|只(跟|和|与|同)我[^。!?\n]{0,6}(联系|联络)|别让(她|他)看到你手机/,
  /不用说话|(别|不要)[^。!?\n]{0,2}搭话|(别|不要)(跟|和)[^。!?\n]{0,4}(多说话|说话|聊|多聊)|(不用|不要)同[^。!?\n]{0,2}讲嘢|不好答/,
  /(拿|收)(到|了|完)?(就走|即走|立刻离开)|不要停留/,
  /(穿|戴)[^。!?\n]{0,6}(的)(人|男|女)|暗号|我的人会|指定地点/
]
const COURIER_COVERS_NEEDED = 2
const COURIER_PAY =
  /(跑腿费|路费|车费|车资|车马费|辛苦费|日结|结算|报酬|酬劳|工钱|运费|一单|一次过|rm|结你|现结|给你结|加你|多加|另加)[^。!?\n0-9]{0,6}\$?([3-9][0-9]{2}|[1-9],?[0-9]{3,4}|[三四五六七八九]百|[一二三四五六七八九两几]千)(?![0-9])/
/**
 * Someone at the door who says they are from the power, water or gas company or a fire inspection (UTILITY_VISITOR),
 * paid on the spot (SPOT_PAID: "现在交给我就行", "扫我这个码", "付现金或者扫码都行"; SPOT_SALE: "我们车上有新的") for a
 * part or a fee (DOOR_FEE: "材料费每户280", "两个一共五百"), under a threat (DOOR_THREAT: "不换的话要罚款五千并且停业整改",
 * "不换下周停气", "按最高阶梯算电费"); or a "gas users' notice" of a door-to-door fitting ("燃气用户通知…统一上门为住户加装
 * 燃气泄漏报警器，每台480元，现场收款。未安装的住户将暂停供气": round 54's trial). Round 53's trial; 中国消防网 and 各地供电、水务、燃气公司的提醒: they never collect
 * fees at the door or through a worker's own code. A sum is named, so "检查不收费…换一根280" and "免费更换报警器…安装
 * 调试费每户150元" are the trick itself (round 53's review and code review).
 */
const UTILITY_OFFICE =
  '供电所|供电局|供电公司|电力公司|电力局|电业局|国家电网|国网|自来水公司|自来水厂|供水公司|水务公司|水务局|燃气公司|燃气集团|煤气公司|天然气公司|消防大队|消防支队|消防中队|消防救援|中电|港灯|澳电|中华煤气'
/**
 * The visitor speaks as the office ("我们是供电所的", "消防大队的，", "我哋係煤氣公司派嚟嘅", "燃气公司来检查"), or calls
 * it a check, or signs a notice of a visit ("【供电所】…换智能表…师傅明天上门收取", round 57's blind set); a handyman who
 * "以前在供电所上班" speaks for none, and "我们小区的消防通道" is no visitor (round 53's second
 * review and code review).
 */
const UTILITY_VISITOR = new RegExp(
  `(我们|我)(是|系|係)[^。!?\\n]{0,6}(${UTILITY_OFFICE}|消防)|(^|[，,。\\s])消防(的)[，,]|说(他|她|他们)?是[^。!?\\n]{0,4}(${UTILITY_OFFICE})|(${UTILITY_OFFICE})[^。!?\\n]{0,6}(的)(人|工作人员|师傅)?[，,。!?\\s]|(${UTILITY_OFFICE})(工作人员|员工|师傅)|(${UTILITY_OFFICE})[^。!?\\n]{0,4}(派|来|上门|检查|安检|更换|换|安装|检测|入户)|消防检查|防火检查|(燃气|煤气|天然气|用电|供电|用水|供水)(公司|用户|住户)?】?(通知|通告|统一安排|安排)[^。!?\\n]{0,40}(上门|逐户|入户|派员)|【(${UTILITY_OFFICE})】[^!?\\n]{0,60}(上门|入户|师傅)`
)
const SPOT_PAID =
  /(交给|付给|给)我(现金)?就行|付现|(给|俾)现金|现金或者?(转数快|微信|支付宝)|微信支付宝都行|(微信|支付宝)转(给)?我|转(我|给我)[^。!?\n]{0,4}(微信|支付宝)|扫(他|她)[^。!?\n]{0,6}码|(交给|付给)我[。，,！!]|扫(我|我的|我这个|这个|一下这个|下这个|一下)[^。!?\n，,]{0,2}码|付现金|现金或者?扫码|扫码或者?(付)?现金|(现场|即场)(收取|收费|收款|缴|交|付)|上门时直接收|当场(收|交|付|缴)|上门(来)?(收取|收费|收钱)/
const SPOT_SALE = /车上(有|带)|现场(配|换|装)|当场(换|配|装)/
const DOOR_FEE =
  /(材料费|安装费|调试费|人工费|成本费|工本费|检测费|费用|一共|共计|总共|每户|一户|每台|每个|每套|每条|每根|每只|收费|连工带料|连工包料|一瓶|一个表|安装一个)[^。!?\n]{0,6}\$?([0-9]{2,5}|[一二三四五六七八九两几][百千])|共[0-9]{2,5}|[0-9]{2,4}一(个|根|只|套|组|瓶)|一(个|根|只|套|组|瓶)[0-9]{2,4}/
const DOOR_THREAT =
  /(不换|不配|没配|不装|不改|不整改|不交|不更换|未安装|未加装|未更换|没装|不安装|拒绝更换|拒绝安装)[^。!?\n]{0,20}(罚款|处罚|停气|停电|停水|断电|断水|断气|截气|拉闸|停业|整改|多收|最高|阶梯|三倍|双倍|截气|(暂停|停止)供(气|电|水))|罚款[^。!?\n]{0,4}([0-9]|[一二三四五六七八九两几])|停业整改|要(罚款|处罚)|(不然|否则)罚|拒不[^。!?\n]{0,6}(处理|处罚|罚款)|要罚[0-9一二三四五六七八九两几]|(断水|断电|停气|停电|停水|暂停供气)/
/**
 * Money a government hands out (HANDOUT): "全民普發現金1萬元", "現金分享計劃", "消费补贴", "退税". Claimed through an
 * address on a cheap top-level domain (handout-abused-link): 刑事局's 普發一萬 phishing SMS (round 53's trial); every
 * government names its own site (.gov.tw, .gov.mo, .gov.cn) or its own app.
 */
const HANDOUT = /普发|现金分享|派钱|消费补贴|补贴|补助|津贴|退税|消费券/
/** A handout already paid ("高温津贴已随工资发放"): nothing to claim (round 53's second review). */
const HANDOUT_PAID = /(已|已经)(随[^。!?\n]{0,4})?(发放|到账|发到|打到|存入)/
/**
 * The handout to be claimed: "申請連結", "待领取", "申领", "完成认证后提现". A blog's "育儿补贴申请流程的总结" claims nothing
 * (round 53's review).
 */
const HANDOUT_CLAIMED =
  /(申请|申领|登记|领取|认领)(连结|链接|地址|入口|网址)|待(领取|申领)|(点击|登录|登入|访问)[^。!?\n]{0,4}(申请|申领|领取)|(认证|验证|登记)后[^。!?\n]{0,2}(提现|领取)/
/**
 * Money to "prove" the reader can pay, promised back once checked (VERIFY_DEPOSIT with REFUND_PROMISED): "转一笔验证金
 * 4600元，验证完成后…连同票款退回", "转入5000元验证金，验证后…一起退回" (round 53's trial: 特价机票 and 学生票; 公安机关关于
 * 机票改签、贷款验资诈骗的提醒: no airline or lender asks for money to check the payer). The deposit paid, not named: a
 * driving school's "不是什么验证金，放心交" pays none (round 53's review). A payment "stuck" and paid again to check it
 * ("你要再过$3,500做核实，系统会连同头先嗰笔一齐退返": round 54's trial, a concert ticket's seller) is the same trick.
 */
const VERIFY_DEPOSIT =
  /(再|重新|补)(转|过|付|汇|入|打)[^。!?\n]{0,10}(做|作|进行)?(核实|验证|认证|解冻|校验)|(再|重新|补)(转|过|付|汇|入|打)[^!?\n]{0,24}(之前|前面|头先|上一|第一)[^。!?\n]{0,6}(退返|退回|退还)|(转|交|付|存|汇|打|入)[^。!?\n]{0,12}(验证金|认证金|验资|解冻金|激活金|验证资金|资金能力|还款能力)|(验证|证明)(资金|还款)能力[^。!?\n]{0,8}(汇款|转账|打款|存入|转入|汇入)|(验证金|认证金|解冻金|激活金)[^。!?\n]{0,6}([0-9]{3,}|[一二三四五六七八九两][千万])/
const REFUND_PROMISED = /退回|退还|退返|原路退|返还|退给(你|您)|全额退/
/**
 * The reader told to pay a named relative and then phone that same relative: "帮我转给你舅妈…转完给你舅妈打个电话说一声"
 * (round 53's trial: a father's real request to pay an uncle's hospital deposit to the aunt). A scam keeps the reader off
 * the phone: "转到医生的账户上，转完给他打个电话" names no relative, "转完给你姐姐打个电话" pays someone else, and "别再给爸爸
 * 打电话了" is no call at all (round 53's review and code review).
 */
const CALL_TO_CONFIRM =
  /(转给|转到|打给|汇给)(你|您)?的?(舅妈|舅舅|姑姑|姑父|姨妈|姨父|叔叔|婶婶|伯伯|大伯|奶奶|爷爷|外婆|外公|姐姐|哥哥|妈妈|爸爸)[^。!?\n]{0,30}(转完|打完|汇完|付完)[^。!?\n]{0,4}(给|跟)(你|您)?的?\3[^。!?\n，,]{0,2}打个?电话/
/**
 * A talk that sells to elders (health-pitch with children kept away): "保健品讲座", "专家义诊", "体验店" (round 52's second
 * review: a wedding's, a vaccination's or a pool's "请勿携带子女" is none).
 */
const SALES_TALK = /讲座|听课|课堂|义诊|专家|养生|保健|体验店|产品|把脉|号脉|会销/
/**
 * Children told to stay away, in a notice's words too ("请勿携带子女", "千万别让您儿子跟着"): read only beside a sales talk
 * (SALES_TALK), since a wedding's or a vaccination's notice says the same. The signal want-secrecy-from-children reads
 * only a person's own "别带子女来/一起", anywhere; this wider list is its sales-talk counterpart, not a copy of it.
 */
const CHILDREN_KEPT_OUT =
  /(请勿|勿|不要|别|不许|不能|千万别)(携带|带|叫|让)上?(你|您)?家?的?(子女|儿女|儿子|女儿|年轻人|仔女)/
/**
 * A click on something in the message itself ("点击下方「问题回报」", "点击以下链接"), not on a named place in an app ("点击
 * 订单页面的“取消订单”按钮", "登录教务系统点击“撤销”": round 52's review).
 */
const CLICK_IN_MESSAGE =
  /(点击|点开|点选|点一下|点|打开|戳)[^,，。!?\n]{0,2}(下方|下面|以下|此处|这里|本短信|本信息)|按下(方|面)/

/** A paid ritual to avert it (paid-ritual): "做一场法事就能化解", "功德钱8800元", "请一道符", "点一盏长明灯". */
const RITUAL_PAID =
  /法事|作法|做法|开光|化解|消灾|破解|转运|改运|超度|长明灯|点灯|[请求][^,，。!?\n]{0,2}符|符咒|功德钱|香火钱|供奉/

/**
 * A lure to a video or a private chat with a stranger: "美女一对一视频，私密聊天", "裸聊", "同城约" (public warnings on 裸聊敲诈:
 * the chat is recorded and an app takes the contacts). Not a shop's "一对一视频课" or a doctor's 一对一视频问诊.
 */
const SEX_CHAT_LURE =
  /裸聊|(美女|少妇|女大学生|嫩模)[^,.!?;\n]{0,6}(一对一|1对1|视频|陪聊|聊天|直播)|一对一(视频|语音)?(私聊|私密|陪聊|裸)|私密(视频|聊天|直播|照片|相册)|同城(约|交友)|约炮/
/**
 * The reader's own report to the police: "您上午报的电动车被盗已经立案", "您于3月5日报警的案件已受理", "你报的案有进展了"
 * (a station's follow-up, which speaks of a case without accusing anyone).
 */
const OWN_REPORT =
  /(您|你)[^,，。!?\n]{0,10}报(的|案的|警的|了的)[^,，。!?\n]{0,12}(案|立案|受理|进展|结果|找到|追回|一事|情况|被盗|丢失)/
/**
 * A court's notice to a party of a civil case, by its number ("您作为当事人的案件已立案，案号（2024）沪0115民初4562号": 民,
 * 商, 执 and 行 cases accuse no one of a crime).
 */
const CIVIL_CASE =
  /(当事人|原告|被告|申请人)[^,，。!?\n]{0,8}案件[^,，。!?\n]{0,4}(已立案|已受理)|[（(][0-9]{4}[）)][^,，。!?\n（(]{0,10}(民|商|执|行|知)(初|终|申|特|保|恢|异|监)?[0-9]{1,6}号/

/**
 * Someone close shows how to use an app: "你下载个抖音，我教你看视频", "装个拼多多，我帮你买" (a child teaching a parent).
 * Not a screen shared, a meeting or a remote tool, which the 征信 and 客服 scripts ask for (手册「虚假征信诈骗」).
 */
const APP_TAUGHT =
  /(我|我们)(来)?(教你|教您|帮你|帮您|给你|给您)(弄|装|设置|买|看|用|注册)|(教你|教您)(怎么)?(用|玩|看|买)/
const REMOTE_TOOL = /共享|屏幕|会议|远程|向日葵|zoom|视频会|控件|安全|防护|贷|理财|投资|客服|退款|理赔|征信/
/**
 * Someone the sender sends for the cash: "我们会安排人", "派个同事", "我们同事", "让他们", "交给来人". Not the writer or a
 * relative who comes for it ("周末我回来拿", "下午我哥开车过来拿", review39c).
 */
const CASH_COLLECTOR =
  '(安排|派)[^。!?\\n，,]{0,4}(人|同事|工作人员|专人|民警)|我们的?(同事|工作人员|专人)|让(他们|来人)|交给(他们|来人)'
/**
 * Cash taken out and handed to someone the sender sends for it: "你先去银行把钱取出来，明天我们会安排人上门收取", "把定期
 * 取出来，明天上午我们同事上门给你做资金登记，现金当面清点", "你把钱取出来装好，让他们上门来拿" (review38b), "等阵有个朋友上门
 * 搵你，你将屋企啲现金俾佢" (round 59's blind set: a grandson in trouble in Cantonese sends a friend for the cash). Read a
 * sentence at a time, one that speaks to the reader (你, 您) and is not about a delivery, a removal or a recycler's visit
 * (NOT_CASH_PICKUP), with a denied visit taken out first (DENIED_VISIT).
 */
const CASH_PICKUP = new RegExp(
  `(钱|现金|存款|定期|积蓄)[^。!?\\n]{0,6}取(出来|出|好|成现金)[^。!?\\n]{0,30}(${CASH_COLLECTOR})|(${CASH_COLLECTOR})[^。!?\\n，,]{0,6}上门[^。!?\\n，,]{0,8}(收取|取钱|拿钱|收钱|清点|资金登记)|(朋友|同学|同事|人|师傅|司机)[^。!?\\n，,]{0,4}上门[^。!?\\n]{0,16}(把|将)[^。!?\\n，,]{0,8}(现金|钱)[^。!?\\n，,]{0,4}(给|交给)(他|她|来人)`
)
/** A visit denied: "热力公司不会上门收取现金", "工作人员不会上门收取现金或要求转账" (G38, blind set S). */
const DENIED_VISIT = /(不会|不|从不|绝不|不得|严禁)[^。!?\n，,]{0,4}上门[^。!?\n，,]{0,8}/g
/** A visit about goods or a service, where cash changes hands for what it brings or takes (review39c). */
const NOT_CASH_PICKUP = /到付|派送|快递|闪送|回收|搬家|旧|衣物|拆|称重/

/** Whether a sentence of `text` asks the reader to hand cash to someone the sender sends (CASH_PICKUP). */
function asksCashPickup(text: string): boolean {
  return text
    .replace(DENIED_VISIT, '')
    .split(/[。！？!?\n]/)
    .some(
      (sentence) => /[你您]/.test(sentence) && CASH_PICKUP.test(sentence) && !NOT_CASH_PICKUP.test(sentence)
    )
}
/** A cash machine, by the names people give it ("ATM机", "自助柜员机", "取款机"). */
const CASH_MACHINE = '(atm|自助柜员机|柜员机|取款机|自助机|提款机|存取款一体机|一体机|存取款机)'
/**
 * An ATM worked by someone else's guidance: "前往附近银行网点的自助柜员机，按工作人员电话指导完成领取", "到ATM机上按客服
 * 的提示操作". Not a bank's own "可在自助柜员机办理", nor a son who guides his father by phone ("去ATM机我电话指导你取出
 * 来", review39c; one who guides an operation and not a withdrawal, with a promise beside it: "您去附近ATM机，我电话里教您一步一步操作领取", round
 * 40's trial). Also a transfer at the machine to an account number the caller reads out ("收款账号您按我念的输",
 * blind set Z40). Taiwan's "請依照銀行專員指示操作ATM解除分期設定" (165's best-known script; round 57's second review).
 */
const ATM_GUIDED = new RegExp(
  `(工作人员|客服|专员|经理)[^。!?\\n]{0,4}(指示|指导|提示)[^。!?\\n]{0,4}${CASH_MACHINE}|${CASH_MACHINE}[^。!?\\n]{0,8}解除(分期|设定)|${CASH_MACHINE}[^。!?\\n]{0,24}(工作人员|客服|专员|我们|经理)[^。!?\\n]{0,4}(电话|远程|视频)?[^。!?\\n]{0,4}(指导|提示)|${CASH_MACHINE}[^。!?\\n]{0,24}我[^。!?\\n]{0,2}(电话|远程|视频)[^。!?\\n]{0,6}(指导|提示|教|跟(您|你)说|告诉(您|你))(?![^。!?\\n]{0,6}取(出|钱|现|款))|${CASH_MACHINE}[^\\n]{0,30}(我说一步|按哪个键|按我说的按)|(工作人员|客服|专员|我们)[^。!?\\n]{0,6}(电话|远程|视频)[^。!?\\n]{0,6}(指导|提示)[^。!?\\n]{0,16}${CASH_MACHINE}|${CASH_MACHINE}[^\\n]{0,80}(账号|账户|卡号|收款)[^。!?\\n]{0,8}(按我|照我|我)(念|报|读|说)`
)
/**
 * A caller who walks the reader through a payment app: "他让我现在打开支付宝，他教我在里面点几下", "让我打开微信里的一个东西
 * 跟着他一步一步弄" (round 60's review: an elder's own account of a fake shop's refund and a fake 抖音 membership, the call
 * still going on). Not a child's or a clerk's help the writer asked for: the guide is he, she or the other side.
 */
const CALLER_GUIDES_APP =
  /(他|她|对方|那人|那边|客服|工作人员|的人)(一直)?(在?电话[里上])?(说)?(教|带|让|叫|指导)我[^。!?\n]{0,12}(支付宝|微信|手机银行|云闪付|银行app|京东|美团)[^。!?\n]{0,12}(点|按|操作|弄|输)|(打开|在)(支付宝|微信|手机银行|云闪付)[^。!?\n]{0,12}(跟着|按)(他|她|对方)[^。!?\n]{0,6}(一步一步|操作|弄|点)|跟着(他|她|对方)[^。!?\n]{0,4}一步一步/
/** A call, told: "打电话", "电话里", "开着免提". */
const ON_A_CALL = /打电话|来电|电话里|电话上|开着免提|打来|电话(还)?没挂|还在电话|通话中/
/**
 * Why a stranger says they are calling: a shop's refund, a membership to stop, a claim, an account to fix. A grandchild
 * who calls to teach WeChat, or a daughter who shows how to pay the water bill in 支付宝, gives none.
 */
const CALLER_PRETEXT =
  /客服|店家|商家|卖家|退款|退钱|退保|保险退|理赔|赔偿|赔(你|您|我)|会员|扣费|扣钱|扣[0-9一二三四五六七八九十两百千]|注销|征信|自称|说是|说他是|工作人员|专员|解除|关闭|风险|冻结|中奖/
/**
 * Savings taken out and handed to a person, a company or a "bank" visitor for a return or a slip later: "把那十万定期取
 * 出来放他们那，每个月给我一千二的利息", "您把要存的现金准备好，我带回行里给您办，单子第二天给您送来", "我陪您去银行取出
 * 来，先放我这儿…存单下礼拜给您送过来" (round 60's review). 非法集资 and fake bank staff: a bank takes deposits at its
 * counter, never at the door (public guidance of 中国人民银行 and police on 养老诈骗).
 */
const SAVINGS_HANDED =
  /(存折|定期|存款|现金|积蓄|养老钱|[0-9一二三四五六七八九十两百千]{1,9}万)[^。!?\n]{0,16}(取出来?|拿出来|取了|准备好)[^。!?\n]{0,16}(放|交给?|给|带回|投)(他们|她们|他|她|我们?|公司|行里|单位|合作社)/
/**
 * What a holder of the savings promises back: interest ("一年给四个点多"), a slip brought later ("单子第二天给您送来"), a
 * share. Not a clock time ("下午两点装修队来") or a receipt handed over on the spot (a house's 首付, a builder's 收据).
 */
const RETURN_PROMISED =
  /利息|[息利]率|存单|(单子|收据|回执)[^。!?\n]{0,8}送|分红|[0-9一二三四五六七八九十两]{1,3}个点|返(给|还|利|息|你|您)|每个?月返/
/** No hurry said of an ask: "你方便的时候转我就行，不急" (blind set Z40). */
const NOT_URGENT = /不急|不着急|不用急|不用着急|方便的时候|有空的时候|有空再|慢慢来/
/** A bill already paid and shared, with its proof: "我先垫上了，单子拍照发群里了…多退少补" (a fake relative's 不急
 * shows none, review40c). */
const SHARED_BILL = /垫上了|垫了|先垫|分摊|一人一半|多退少补|单子|发票|收据|小票/
/**
 * A family's bill split among them, with its receipt shown: "大家先各出五千，多退少补，缴费单和押金收据我拍照发群里了",
 * "看护费用大家平分吧…收據我拍照傳上來" (round 57's second blind set). A fake relative asks one person, and shows nothing.
 */
const BILL_SPLIT = /平分|均摊|分摊|一人一半|各出|每人出|多退少补|轮流/
/** The writer paid first ("我先刷", "押金我先交了2万"), and nobody is asked to pay into the writer's own WeChat or card. */
const WRITER_PAID_FIRST =
  /我先(刷|交|垫|付)|(我|押金|钱)[^,，。!?\n]{0,4}(先|已经)?(交了|垫了|付了|刷了)|垫上了/
const TO_WRITERS_OWN = /(转|打|汇)(到|进)我(的)?(微信|支付宝|卡|账户)/
const BILL_PROOF =
  /(收据|缴费单|单子|发票|小票)[^,，。!?\n]{0,6}(拍照|拍了|发群|传上来|发给你|发你)|(拍照|拍了)[^,，。!?\n]{0,6}(收据|缴费单|单子|发票)/
/** What hurries it all the same: "急需", "马上", "赶紧", "救命". */
const HURRIED = /马上|立刻|立即|赶紧|赶快|尽快|急需|急用|急着|救命|快点|快转|来不及/
/** A cash machine worked from afar: "找那台存取款一体机 手机别挂 我远程帮您操作" (review40). No relative does that. */
const ATM_REMOTE = new RegExp(`${CASH_MACHINE}[^。!?\\n]{0,30}远程|远程[^。!?\\n]{0,30}${CASH_MACHINE}`)
/**
 * A favour done in person ("帮我搬下家，完事我请你喝酒", "周六我儿子结婚，能不能来帮忙开个车接亲", "明天帮我去幼儿园接一
 * 下朵朵", "你周末有空过来帮我看看", review39c): no one asks it to take money (FAVOUR_MONEY).
 */
const FAVOUR_IN_PERSON =
  /(帮我?|来)[^。!?\n]{0,4}(搬家|搬东西|搬下家|搬一下家)|(接亲|开个?车|接一下|接(孩子|人)|帮我看看|过来帮|来帮忙|放你那|请[^。!?\n]{0,3}假|照看|浇花)/
/** Money or an account in a favour: then it is no favour done in person ("有点事想麻烦你，帮我转两千"). */
const FAVOUR_MONEY = /转|钱|借|付|汇|卡|微信|支付宝|qq|验证码/
/**
 * A favour asked without saying what: "找你帮个小忙", "有件事要麻烦你", "有点事想麻烦你一下", "想请你帮一个忙", "有个事想请
 * 你帮帮忙" (blind set Z40), Cantonese "有啲急事想你幫手" (round 57's review), "有事交代你" (round 57's second blind set).
 */
const FAVOUR_ASKED =
  /帮(我)?(个|一个)小?忙|有(点|件|个)?事(情)?(找你|找您|求你|求您|(想|要)?(麻烦|拜托)(你|您)|(想|要|需要)(让|请)?(你|您)帮帮?忙)|(急事|有事|有些事)(想|要)(你|您)帮(手|忙)|有事(交代|交待|吩咐)(你|您)/
/**
 * A thing to tell kept for later ("聽日同你講件事", round 57's second blind set): a hook from a new number, though a real
 * child may say it too ("周末回家跟你说个事", round 57's code review), so it counts for new-number-request alone (which
 * the wording may raise). Also "有个政策上的事要单独跟你说" (round 58's review: in private or in person only).
 */
const TELL_LATER = /(跟|同|和)(你|您)(讲|说)(件|个|一件)事|(单独|当面)(跟|同|和)(你|您)(讲|说|谈|商量)/
const TEXT_TO_NUMBER =
  /(发送?|回复|回)(短信)?[^,.!?;\n]{0,8}(到|至)[ ]?(10|9)[0-9x*×]{3,}|(回复|回|回覆)["“”「]?[0-9a-z]{1,4}["“”」]?[^,.!?;\n]{0,6}(开始|进入|聊|约|认识|匹配|配对|看|解锁|获取)|(资费|信息费)[0-9一二三四五]/

/**
 * An account or money "frozen" because the card number or details were entered wrong ("卡号输入错误，资金已被冻结",
 * "您填写的银行卡号有误，账户已冻结"): the 虚假贷款 and 刷单 platforms' reason to charge an unfreeze fee (公安机关关于虚假
 * 网贷的提醒). A password typed wrong, which does lock a bank card, is not among the details.
 */
const WRONG_DETAILS_FROZEN =
  /(卡号|账号|帐号|账户|帐户|银行卡|资料|信息|姓名|身份证号)((?!密码)[^,.!?;\n]){0,4}((输入|填写|填|输|写|绑定|录入)?(错误|有误|错了|不符|不一致)|填成|写成|输成|填错|写错|输错)[^。!?\n]{0,24}(冻结|锁定|被锁|封控|放款失败|无法放款)|(冻结|锁定)[^。!?\n]{0,12}(因为|由于|因)[^。!?\n]{0,12}(卡号|账号|帐号|账户|帐户|银行卡|资料|信息)((?!密码)[^,.!?;\n]){0,4}(输入|填写|填|输|写|录入)?(错误|有误|错了|不符)/

/**
 * A promise to erase true credit records for a fee: "逾期记录、查询次数都能做消除，先付30%服务费" (中国人民银行征信中心:
 * 不存在“征信修复”，真实的不良记录任何机构都不能删除; round 57's second blind set), or to make them unseen: "帮您“大数据下架”，
 * 银行那边直接查不到" (round 59's blind set). Read with money asked.
 */
const CREDIT_ERASE =
  /(消除|删除|修复|洗白|清除|抹掉|撤销)[^。!?\n]{0,6}(逾期|征信|不良|违约|查询)(记录|次数)?|(逾期|不良|违约)(记录)?[^。!?\n]{0,12}(能|可以|可)[^。!?\n]{0,2}(消除|删除|修复|洗白|清除)|(信用|征信)修复|大数据下架|(逾期|征信|不良)(记录)?[^。!?\n]{0,24}(下架|查不到|看不到)/
/**
 * A medical insurance card's balance, or the medicines bought with it, bought for cash: "医保卡闲置余额 可换现金",
 * "高价收药 降压降糖药 按药价五到六成" (《医疗保障基金使用监督管理条例》: 套现 and 倒卖医保药品 are 骗保; round 59's blind set).
 */
/** A text that calls what it names unlawful or says to ignore it: a child's warning, which no buyer's ad says. */
const CALLED_UNLAWFUL = /违法|骗保|犯法|别理|不要理|别信/
/**
 * A stake sold for a share of profit: "认购5万元享每年8%康养分红", "入股合作社年年分红". With a promise of a fixed
 * return it is 非法集资 even in a signed ad with 回T退订 (《防范和处置非法集资条例》第十九条: advertising 还本付息 or
 * 给付回报 for funds raised from the public is unlawful; round 59's blind set: a 旅居 year card with 康养分红).
 */
const SHARES_PITCH = /分红|入股|认购|股权|原始股/
const MEDICAL_CASHOUT =
  /医保(卡|个账|个人账户)[^。!?\n]{0,16}(换现金|换成现金|换钱|套现|兑现|变现|取现)|(高价|上门|长期)(回收|收购|收)[^,，。!?\n]{0,4}药|(^|[^期弃旧])药品回收(?![箱点站])/

/**
 * A fee owed to an office, a school or an estate (医保, 社保, 物业费, 考试费…) and, within a sentence, the writer as the
 * one paid: "直接微信转给我（村委会小张）", "交800元考试费给我", "扫这个个人收款码" (round 58's attacking review). Not a
 * landlord's water and power bills, which a tenant does pay to the landlord.
 */
const PUBLIC_FEE = '(医保|社保|养老保险|物业费|考试费|报名费|资料费|教材费|书本费|学费|保险费)'
const TO_THE_WRITER =
  '((微信|支付宝)?(直接)?(转|交|打|付)(给)?我(?!们)|给我(?!们)|个人收款码|私人(账户|账号|收款码|微信)|我的(收款码|二维码))'
/** The writer paid it first and asks it back ("你的社保我帮你交了", "书本费我先垫了"), or a landlord's or a tutor's own. */
const FEE_FRONTED = /(帮|替)(你|您)[^,，。!?\n]{0,4}(交|缴|垫)|我先?垫|垫交|房东|房租|钢琴课|补课|家教/
/**
 * The fee in one sentence and "transfer it to me" in the next: "今年的城乡医保开始交了，每人380元。为了方便大家，统一交给我，
 * …微信转我就行" (round 60's review: a fake 社区 worker collecting in a group).
 */
const FEE_THEN_TO_ME = new RegExp(`${PUBLIC_FEE}[^!?\\n]{0,44}(转|交)给?我(?!们)`)
/** FEE_THEN_TO_ME's own ask, read first: a long paste of fee words with no 转我 is not scanned again (a 20,000-character paste). */
const TO_ME = /(转|交)给?我(?!们)/
const PUBLIC_FEE_TO_PERSON = new RegExp(
  `${PUBLIC_FEE}[^。!?\\n]{0,30}${TO_THE_WRITER}|${TO_THE_WRITER}[^。!?\\n]{0,12}${PUBLIC_FEE}`
)

/** A bank by its name: "中国银行", "建行", "招商银行信用卡". */
const BANK_NAMED =
  /(工商|建设|农业|中国|交通|招商|邮储|邮政储蓄|浦发|兴业|民生|光大|中信|平安|华夏|广发|北京|上海|宁波|江苏|农商|农村商业)银行|信用卡中心|(^|[^员施公提社])[工建农交招]行(?!业|动|李|人|走|程|前|政|为|驶|使)/
/**
 * A 400 number: many banks' card centres answer on one (浦发, 中信, 光大, 招商 信用卡中心), so it is no sign of
 * somewhere else (round 58's code review).
 */
const CARD_CENTRE_LINE = /400[- ]?[0-9]/
/** A bank's credit offered: a higher limit, a cash line, a loan approved. */
const CREDIT_OFFER =
  /提额|提升[^,，。!?\n]{0,8}额度|额度[^,，。!?\n]{0,6}提到|额度[^,，。!?\n]{0,4}(提升|提高|上调)|(临时|专属)额度|备用金|预借现金|(已|成功)?(为您|给您)?(批准|审批通过|核准)[^,，。!?\n]{0,8}(贷款|额度|借款)/

/**
 * Money for a disaster or a sick child sent to a person: "直接轉帳到志工隊長帳戶", "扫码捐款…（收款人：格桑卓玛）", "捐款账户：
 * 王建华 建设银行…", "求各位好心人幫幫手，轉數快 FPS…" (民政部:
 * 公开募捐只能由登记的慈善组织进行; 公安机关 on 虚假募捐 after disasters; round 57's second blind set and review).
 */
const DONATION = /捐款|捐助|善款|爱心款|捐赠|募捐|援助|好心人|献爱心/
const PERSON_PAYEE =
  /收款人[:：(（]?\s?(?![^,，。!?\n]{0,12}(慈善|红十字|基金会|总会|协会|福利会|民政))|(队长|个人|私人|志愿者|我|我爱人|家属)[\u4e00-\u9fa5]{0,3}的?(帐户|账户|账号|帐号|户口|银行卡|卡号|收款码|支付宝|微信)|转数快|fps|(捐款|收款|汇款)(账户|帐户|账号|帐号)[:：]\s?[\u4e00-\u9fa5]{2,3}([\s,，0-9]|(中国|工商|建设|农业|招商|交通|邮储|邮政|兴业|民生|光大|中信|浦发|平安|华夏|广发)银行)/

/**
 * A parcel to be paid on delivery that the person never ordered, said to come from a relative, with a sum of hundreds:
 * "您有一个到付的包裹，是您儿子给您买的保健酒，到付费用1680" (公安机关提醒 on 到付件诈骗: parcels "bought by your son" for
 * older people, paid on the doorstep; ask the relative, refuse a parcel you did not order). A freight charge paid on
 * delivery ("运费23元到付") is no such sum.
 */
const COD_PARCEL = /到付|货到付款|代收货款/
/**
 * The family writing: "爸，儿子给你网购的血压计今天到，是货到付款" (round 57's code review), "我给你买的", "我先帮你付了".
 */
const WRITER_IS_KIN =
  /^[\s【\[]*(爸|妈|老爸|老妈|爸爸|妈妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|老伴|老公|老婆)[,，!！\s]|我[^,，。!?\n]{0,2}(给|帮|替)(您|你)[^,，。!?\n]{0,2}(买|订|网购|付|垫)/
const BOUGHT_BY_KIN =
  /(儿子|女儿|孩子|子女|家人|孙子|孙女|外孙|老伴|亲戚|仔)[^,，。!?\n]{0,4}(给|帮|替)(您|你)[^,，。!?\n]{0,2}(买|订|下单|网购|挑)|寄件人[^,，。!?\n]{0,4}(是|写的是|写着)[^,，。!?\n]{0,2}(您|你)的?(儿子|女儿|孩子|孙子|孙女|外孙)/
const COD_SUM =
  /(到付|货到付款|代收货款|费用|一共|总共|共计|需付|要付)[^。!?\n]{0,6}([1-9][0-9]{2,5}|[一二三四五六七八九两][百千])(?![0-9])/

/**
 * Money to pay before the goods, the car or the flat is seen or sent: "你先付2000定金", "先把押一付三转我", "先交1000
 * 定金我帮你留着", "你先付全款我顺丰包邮", Cantonese "今晚轉$20,000訂金我即刻幫你留", "預繳一年租金" (手册「虚假购物、服务诈骗」: 缴纳定金…待受害人付款后，就将受害人拉黑). Read only
 * with a seller who cannot meet or a deal off the platform: a car dealer's "先付定金" at the shop is ordinary.
 */
const PAY_FIRST =
  /先(付|交|转|打|把)[^。!?\n]{0,10}(定金|订金|押金|全款|一半|诚意金|看房费|押一付[一二三]|房租|租金|票钱|[票货车房尾]款|购买款)|先把钱[^,，。!?\n]{0,6}(转|打|付|汇)|(定金|订金|押金|全款|诚意金)[^,，。!?\n]{0,4}先(付|交|转|打)|先款后(票|货)|(微信|支付宝)直接转(我|给我)|(今晚|今天|马上|现在|即刻)(转|付|交|过)[^,，。!?\n]{0,10}(定金|订金)[^,，。!?\n]{0,6}(帮你|给你|为你)?留|预缴[^,，。!?\n]{0,4}(一年|半年|[0-9一二三四五六]个月)的?(租金|房租)|(运费|航空箱|笼子|保险费|押金|定金)[^。!?\n]{0,12}先(转|付|交|打)|先转到[^,，。!?\n]{0,6}(钱包|地址)/
/**
 * That money paid first goes straight to the writer: "先把票款转给我", "你先把定金和尾款打给我" (手册「虚假购物、服务诈骗」
 * 反诈提示: 不要将钱款直接转给对方), or to the writer by the way it is paid ("先交500定金锁位…微信转账", "你先交2000定金我给你
 * 留着", "运费600和航空箱钱300先转一下": round 56's review). Not the writer's phone ("打我电话").
 */
const PAID_TO_WRITER =
  /(我|我给)的(钱包地址|钱包|地址)|(转|打|汇|付)(给|到)?我(?!的?(们|方|电话|手机|座机|这边来))|(微信|支付宝)转我|转我(微信|支付宝)|(定金|订金|票款|货款|押金)[^。!?\n]{0,20}(微信|支付宝)(转账|转)|(交|付|转)[0-9一二三四五六七八九十两百千]{2,6}(元|块)?的?(定金|订金|押金)?我(就)?(给你|帮你)留|先(转|付|打)(一下|下|过来)(?![^,，。!?\n]{0,2}我)/
/**
 * The goods or the ticket sent from afar, or held for the reader against other buyers: "我今天就发顺丰", "我在平台上给你
 * 转票", "给你留着了，好多人要". Not a colleague's "票我明天上班带给你", a landlord's rent, nor a photographer's booking;
 * nor an invoice ("发票给你", "发票开…": round 57's review, a tradesman's).
 */
const SENT_FROM_AFAR =
  /发货|寄(给|过去|出|过来)|顺丰|快递|托运|包邮|(出|转|发)票(?!给|开|据|抬头|税|号|报销)|电子票|给你留着|给您留着|好多人要|别人也在|有人在问|就剩/
/**
 * The goods, the car or the flat seen before paying: "周末来看车", "看完房再说", "面交" (how a genuine deposit reads).
 */
const SEEN_FIRST =
  /(来|过来|上门|到店|到家)[^,，。!?\n]{0,4}(看|试|验|取|提)|看(过|完|好)[^,，。!?\n]{0,2}(车|房|货)|面交|当面|见面/
/**
 * A "unit" buying from a shop that asks the shop to buy for it elsewhere, or to call its supplier, and to settle it all
 * later: "麻烦你顺带帮我们买一批牛肉罐头，钱到时候一起结给你", "代理商微信推给你了，麻烦你代为联系采购…到时候一并结账"
 * (公安机关提醒, 冒充军警、单位采购诈骗: the shop pays the "supplier" and the buyer is gone). Only with a purchase or a
 * supplier named: a neighbour's "顺便帮我买包烟，钱回头一起给你" is no order.
 */
/** The shop asked to buy for the buyer: "顺带帮我们买", "代为联系采购", "帮忙一起采购", "代购". */
const BUY_FOR_US =
  /(代为|代我们|帮(我们|我|忙)|顺带|顺便)[^,，。!?\n]{0,8}(采购|买|购买|进货|订|联系)|代购|代采/
/** Paid for later, all at once: "钱到时候一起结给你", "到时候一并结账", "学校财务周五一起打给你" (round 56's blind set). */
const SETTLE_LATER =
  /(到时候?|回头|最后|事后|之后|周[一二三四五六日末]|下周|月底|过几天)[^,，。!?\n]{0,4}(一并|一起|统一)?(结账|结算|结给|付给|转给|打给)|一并(结账|结算|付款)/
/** A purchase or a supplier named: what makes the favour an order. */
const BULK_ORDER = /采购|一批|代理商|供应商|供货商|厂家/
/**
 * Work abroad with the fare, the visa or the passport taken care of: "公司在马来西亚，签证机票公司全权负责", "包机票包
 * 吃住" (公安部 warnings on 境外高薪招聘: the job is a scam compound's, and the passport is taken on arrival).
 */
const ABROAD =
  /柬埔寨|缅甸|老挝|菲律宾|马来西亚|泰国|迪拜|越南|印尼|阿联酋|妙瓦底|西港|金三角|境外|国外|海外|出国/
/** The reader's own employer sending them: "公司派你去迪拜出差，…请把护照首页发给行政部" (round 49's review). */
const BUSINESS_TRIP = /出差|派(你|您)去|行政(部|会)/
const TRAVEL_COVERED =
  /(机票|签证|路费|护照)[^,，。!?\n]{0,8}(全权负责|负责|报销|全包|包了|公司出|我们出|代办|帮办|帮你办|给你办)|包(机票|路费|签证)|报销(机票|路费)|免费出国/
/**
 * A child told to pay or scan with a parent's account for a game's skin or gift: "未成年人想获得皮肤激活码，要使用家长或
 * 监护人的微信扫码" (公安机关提醒, 冒充游戏客服诈骗未成年人).
 */
const PARENT_ACCOUNT_USED =
  /(家长|父母|爸爸|妈妈|爸妈|监护人)的?(微信|支付宝|手机|银行卡|付款码|账号)[^。!?\n]{0,8}(扫|付款|支付|验证|登录|认证|转账)/
/** What a child is offered or is: a game's skin, an activation code, a gift pack. */
const CHILD_LURE = /未成年|小朋友|学生|皮肤|激活码|游戏|礼包|免费领|装备|点券/
/**
 * A payment through the company's own process: "按OA审批单…", "钉钉上已经批了". Not 对公, 按合同 or 发票, which a fake boss
 * names too ("打到对方公司的对公账户", "金额按合同来，回头我签字").
 */
const COMPANY_PROCESS = /(^|[^a-z])oa([^a-z]|$)|审批|走流程|钉钉上[^,，。!?\n]{0,4}批/
/**
 * A fee asked in the name of fighting fraud: "请下载反诈APP，缴纳100元保证金激活保护" (round 49's trial). The 国家反诈中心
 * App and 96110 are free (公安部's public guidance); read outside warnings, so "反诈APP不收费" is none.
 */
const ANTI_FRAUD_NAMED = /反诈|防骗|防诈/
/** A fee or a sum asked: "缴纳100元保证金", "交199元年费". */
const FEE_ASKED =
  /(缴纳|交纳|交|付|支付|充值)[^,，。!?\n]{0,8}(保证金|会员费|激活费|服务费|手续费|开通费|年费|[0-9一二三四五六七八九十百]+元)/
/** A web address of any kind, an official one included ("http://dx.10086.cn/…"). */
const WEB_ADDRESS = /https?:|www\.|[a-z0-9](\.|点)(cn|com|top|vip|xyz|net|cc)(?![a-z])/

/**
 * A seller or landlord who cannot meet: "我人在新疆工作没法回去", "这房子我在国外工作没空回来", "我人在深圳出差 没法带你
 * 看", "我调到新疆工作了", "没法面交", Cantonese "業主而家喺加拿大，唔方便親身睇樓" (public warnings on 二手车, 租房 and 宠物 deposits: the seller is always away, and a
 * friend or a courier brings the keys).
 */
const SELLER_AWAY =
  /在[^,，。!?\n]{0,6}(出差|工作|上班|当兵)?[^,，。!?\n]{0,4}(没法|没空|不能|回不来|不方便|没时间|走不开)|(人在|我在)(外地|国外|海外|外省)|(板车|物流|托运|货运)[^,，。!?\n]{0,6}(送到|送过去|运到|运过去)|调到[^,，。!?\n]{0,6}(工作|上班)|(没法|不能|没空|没时间|不方便|无法)(亲身|亲自|本人)?(带你|带您|陪你|陪您)?(看房|看楼|睇楼|睇房|看车|看货|面交|当面|见面|回来|回去)/
/**
 * A deal kept on the trading platform in its own order: "我直接在闲鱼拍下…你付款后我发，收到验完货再确认收货" (闲鱼、转转 and
 * the police: pay through the platform's order, confirm only after the goods arrive). Both the platform's order and
 * a receipt confirmed after delivery; "先确认收货再发货" (CONFIRM_BEFORE_DELIVERY) is the scam that turns this round.
 */
const PLATFORM_ORDER =
  /(在|去|上|用)(闲鱼|转转|淘宝|京东|拼多多|得物|咸鱼)[^,，。!?\n]{0,4}(拍下|下单|拍|付款|购买)[\s\S]{0,80}(收到|验完|验货)[^。!?\n]{0,8}(再|后|就)?确认收货/
/**
 * A deposit to a company's own account against papers handed over in person: "到店里签三方合同，定金打公司对公账户，给您开
 * 收据", "收据和合同原件一起带到你家". A remote "company" that takes a fee to its 对公账户 meets no one, so it is not spared.
 */
const COMPANY_ACCOUNT_IN_PERSON =
  /(到店|店里|门店|当面)[^。!?\n]{0,16}(签|刷卡)[^。!?\n]{0,24}对公账户[^。!?\n]{0,16}(收据|发票)|对公账户[^。!?\n]{0,24}(收据|合同)[^。!?\n]{0,16}(带到你家|带到您家|当面给)/
/** Receipt confirmed before the goods are sent: "你先点确认收货，后台显示交易完成才能安排发货" (闲鱼's safety tips). */
const CONFIRM_BEFORE_DELIVERY =
  /确认收货[^。!?\n]{0,30}(才能|才可以|再|然后|后)[^,，。!?\n]{0,6}(发货|发出|安排发货|安排仓库)/

/**
 * An offer to pay together at the counter: "不方便明天来医院咱俩一起去收费处补交也行", "你带着存折来一趟二楼收费处，我在那等你",
 * or the reader asked to come to the hospital with cards or papers: "你赶紧带上医保卡和银行卡过来，先交5000押金" (round 63's
 * review; never cash, which a pickup scam asks brought) (public guidance on 冒充亲友: a real relative can be met or called; the impostor can be neither).
 */
const MEET_OFFERED =
  /(咱俩|咱们|我们|一起)[^。!?\n]{0,6}(去|到)[^。!?\n]{0,8}(医院|收费处|柜台|营业厅)[^。!?\n]{0,8}(交|缴|付)|(你|您)[^。!?\n]{0,8}(来|到)(一趟)?[^。!?\n]{0,8}(收费处|住院部|住院处)|我在(收费处|住院部|住院处)[^。!?\n]{0,2}等(你|您)|(你|您)(赶紧|快|现在|马上)?带上?[^。!?\n]{0,4}(医保卡|社保卡|身份证|存折|病历|户口本)[^。!?\n]{0,12}(过来|来一趟|来医院)|(你|您)(赶紧|快|现在|马上)?(过来|来|到)(一趟)?[^。!?\n]{0,6}(医院|急诊|住院部|病房)/
/**
 * Money to be sent before the meeting: "路上先转5000押金到我微信" (round 63's code review). A meeting offered beside it
 * pays nothing at the counter.
 */
const SENT_AHEAD = /转[^,，。!?\n]{0,10}(到|给|进)(我|这个|微信|支付宝)|转我/
/**
 * A boss's call to the office with the work to bring ("把上季度报表带上"): the scammer's opener names none, so that the
 * reader comes asking (public warnings on 冒充领导).
 */
/** A writer who introduces himself by a title ("我是李局", "我是你们王校长"): a boss in his own chat has no need to. */
const SELF_TITLED = /我是(你们?的?)?[^,，。!?\n]{0,3}(局长?|校长|总|主任|书记|处长|科长|领导|老板|经理)/
const WORK_TO_BRING = /(把|带上|带着)[^。!?\n]{0,10}(报表|材料|文件|合同|资料|方案|电脑|u盘|账本|发票|样品)/

/**
 * The reader told not to pay: "钱不用你出，家里有", "不用你掏钱" (what the message asks is something else, e.g. a card to
 * bring), someone else paying instead: "老师说要交三十块资料费，爸爸说他来交，您不用管" (round 65's fresh tester: a
 * grandchild's note read 高风险).
 */
const NOT_YOUR_MONEY =
  /钱不用你(出|给|转|掏)(?![^。!?\n]{0,6}(的话|就|先))|(来|去)(交|付|出|缴)[^。!?\n]{0,8}(你|您)不用(管|操心|出|交|付|掏)|不用你(出钱|转钱|掏钱|垫钱)|(你|您)不用(出钱|转钱|掏钱|垫钱|给钱)(?![^。!?\n]{0,6}(的话|就|先))/
/**
 * A regular payment made as always ("房租还是2800，老规矩5号前转我微信就行", "房租还是月底转我微信，不变": round 61's
 * blind set): a landlord's routine, with what it is for or its
 * day of the month; a changed account, a new number or an emergency breaks it (judge checks).
 */
const AS_ALWAYS =
  /(房租|租金|物业费|水电费|生活费|学费)[^。!?\n]{0,12}(老规矩|照旧|跟以前一样|和以前一样)|(房租|租金|物业费)还是[^。!?\n]{0,12}(不变|照旧|老样子)|(老规矩|照旧)[^。!?\n]{0,4}[0-9一二三四五六七八九十]{1,2}号前/
/**
 * A property deal's deposit into the official escrow: "定金按规定打到资金监管账户" (住建部门's 存量房交易资金监管: the
 * account is the state's, not a safe account of the fake police, which names no house). Not an "escrow" in a person's
 * name ("户名是我同事张伟").
 */
/**
 * The state's own app, installed from the phone's own app store: "请通过手机应用商店下载官方“数字人民币”App" (round 59's
 * blind set: a bank's notice that also says it sends no download link). Public guidance sends people there
 * (通过官方应用商店下载国家反诈中心App). Not with a meeting app or a shared screen (SCREEN_SHARE).
 */
const OFFICIAL_APP_INSTALL =
  /(应用商店|应用市场|app ?store)[^。!?\n]{0,12}(下载|搜索|安装)[^。!?\n]{0,4}(官方)?[“"「]?(数字人民币|国家反诈中心|个人所得税|交管12123|国家医保服务平台|掌上12333|铁路12306|国家政务服务平台)/
/** A meeting app or a shared screen: how a scammer watches the reader's phone. */
const SCREEN_SHARE = /会议|共享屏幕|屏幕共享|远程|云视讯|zoom|teams|向日葵|todesk/

const PROPERTY_ESCROW =
  /^(?![\s\S]*(户名是|户名为|户名：|户名:|同事的|朋友的|亲戚的))(?=[\s\S]*(定金|首付|房款|购房款)[^。!?\n]{0,12}(资金)?监管账户)(?=[\s\S]*(业主|房东|房源|两居|三居|一居|房子|链家|贝壳|中介|经纪|买家|过户|房产证|网签))/

/**
 * One side keeps the deal on the platform: "还是在闲鱼上拍吧", "走平台有保障", or a refused 私下交易 ("不私下交易哈",
 * "别私下交易": isKeptOnPlatform), unless a "but" follows.
 */
/** A "but" right after, which takes it back: "不私下交易，但是…". */
const BUT = `[^。!?\\n]{0,4}(但|可是|不过|只是)`
const KEPT_ON_PLATFORM = new RegExp(`(还是(在|走|上)(闲鱼|转转|平台)|走平台有保障)(?!${BUT})`)
const BUT_FOLLOWS = new RegExp(`^${BUT}`)

/**
 * A deal met in person ("同城面交", "当面验货付款"), which a trade off the platform can be and still be safe; not one only
 * wished for ("本来想面交但我在外地", "没法面交").
 */
const FACE_TO_FACE =
  /(^|[^想能法])(面交|当面(交易|验货|付款|付|给|交)|见面(交易|再付|付款|交)|上门(看货|验货))/

/**
 * A deal taken off the trading platform: "不走平台是因为平台扣手续费", "不支持平台交易", "平台老是限制，你加我微信直接转账",
 * "平台要抽5个点，咱们微信上直接转", "直接私下下单", "别在闲鱼上聊，会被系统限流", "验机的链接我微信发你" (round 53's
 * trial) (闲鱼、转转 and the police: money paid outside the platform has no guarantee). Not a refusal ("不走平台的话我不卖").
 */
const OFF_PLATFORM_OTHER =
  /(不走|绕过|绕开|脱离|不支持|别走)平台(?![^,，。!?\n]{0,4}(不卖|不买|不交易|不发))|走平台[^,，。!?\n]{0,4}(扣|收|要)[^,，。!?\n]{0,2}手续费[^。!?\n]{0,4}(不划算|划不来|太亏|不值)|微信上?直接(转|付)|私下下单|平台(扣|收)(手续费|服务费)|平台(要)?抽(成|[0-9一二三四五六七八九十]{1,2}个点)|平台(老是|总是)?(限制|限流)|微信(直接)?(转账|付款|交易)吧|直接转我(微信|支付宝)|(别|不要|不能)在(闲鱼|咸鱼|转转|平台|淘宝|拼多多|虾皮)上?(聊|沟通|谈|交易)|(闲鱼|咸鱼|平台)上?聊天?[^,，。!?\n]{0,4}(会|要)?被?(系统)?(限流|封号|屏蔽)(?![?？吗])|链接我?(微信|qq)(上|里)?发(你|您)/

/** 私下交易 or 私下转账, offered or refused (round 48's review). */
const PRIVATE_DEAL = /私下(交易|转账)/g
/**
 * Refused just before: "别私下交易", "禁止私下交易", "谨防私下交易诈骗", "我们不私下交易", "不要接受任何私下转账" (round 54's
 * trial: a boss's rule for his finance staff); not "要不私下交易吧".
 */
const PRIVATE_DEAL_REFUSED =
  /(别|不要|勿|莫|拒绝|禁止|避免|谨防|不建议|不能|不可|严禁|(^|[^要])不)(接受|同意|进行|做|搞)?(任何|一切)?$/
/** A refusal that is the offer's condition: "不私下交易的话我就不卖了". */
const REFUSAL_AS_CONDITION = /^(的话|我就)/
/**
 * A past deal told as a lesson: "我上次私下交易被找回了", "之前私下转账吃过亏" (round 48's review); not a past one told
 * to reassure ("我上次也是这样私下交易的，没问题的").
 */
const PRIVATE_DEAL_WENT_WRONG = /^(后?被|吃过亏|吃了亏|上过当|上了当|出过事)/

/**
 * How one 私下交易 is meant: told as a lesson that went wrong (PRIVATE_DEAL_WENT_WRONG), refused (PRIVATE_DEAL_REFUSED,
 * unless the refusal is the offer's condition: REFUSAL_AS_CONDITION), or else offered.
 */
function privateDealSaid(text: string, at: number, length: number): 'refused' | 'offered' | 'regretted' {
  const before = text.slice(Math.max(0, at - 8), at)
  const after = text.slice(at + length, at + length + 3)
  if (PRIVATE_DEAL_WENT_WRONG.test(after)) return 'regretted'
  return PRIVATE_DEAL_REFUSED.test(before) && !REFUSAL_AS_CONDITION.test(after) ? 'refused' : 'offered'
}

/** Whether a text keeps the deal on the platform (KEPT_ON_PLATFORM, or a refused 私下交易 with no "but" after it). */
function isKeptOnPlatform(text: string): boolean {
  if (KEPT_ON_PLATFORM.test(text)) return true
  for (const m of text.matchAll(PRIVATE_DEAL))
    if (
      privateDealSaid(text, m.index, m[0].length) === 'refused' &&
      !BUT_FOLLOWS.test(text.slice(m.index + m[0].length))
    )
      return true
  return false
}

/** Whether a text takes a deal off the platform (OFF_PLATFORM_OTHER, or 私下交易 neither refused nor regretted). */
function isOffPlatform(text: string): boolean {
  if (OFF_PLATFORM_OTHER.test(text)) return true
  for (const m of text.matchAll(PRIVATE_DEAL))
    if (privateDealSaid(text, m.index, m[0].length) === 'offered') return true
  return false
}

/**
 * Free eggs, rice or oil, or a free check-up, to bring elders to a seller's talk: "免费领十个鸡蛋，听完健康讲座还送一袋米",
 * "来就送10斤大米，还有专家免费给测骨密度", "名医施小墨…明天会在现场给予免费诊疗" (round 63's blind set) (公安部 warnings on 养老诈骗: 以免费体检、赠送礼品为诱饵推销保健品). Only with a
 * shop, a product or a sales meeting (SALES_VENUE), or a TV health show's name ("我们是中央电视台养生堂的", round 39's
 * trial: 冒充电视台健康栏目 in the police's 养老诈骗 warnings): a community health centre's free check-up is no sale.
 */
const GIFT_TO_SALES_TALK =
  /((健康|养生|保健)[^,，。!?\n]{0,4}(讲座|讲课)|健康讲座|养生讲座|产品说明会|产品推介会|说明会|推介会|专家讲课|教授讲课|专家义诊|免费体检|免费测)[^。!?\n]{0,30}(送|领)[^,，。!?\n]{0,6}(鸡蛋|大米|米|油|面|挂面|礼品|礼物)|(免费领|免费送|来就送|到场就送|到场送|都送|还送)[^,，。!?\n]{0,8}(鸡蛋|大米|米|油|面|挂面|礼品)[^。!?\n]{0,30}(讲座|说明会|推介会|讲课|体检|测骨密度|测血压|体验|签到)|([0-9一二三四五六七八九十]{1,3}元|免费)[^。!?\n]{0,12}(一日游|旅游|游玩)[^。!?\n]{0,30}(讲座|说明会|推介会|讲课)|(连续|连着|每天|每日|天天)[^。!?\n]{0,10}(来|签到|领|听课|听讲)[^\n]{0,24}(送|领|返利|奖励)|(专家|教授)[^。!?\n]{0,4}(坐诊|义诊|讲课|讲座)[^\n]{0,40}(来了?就送|还送|都送|免费送|白送)[^,，。!?\n]{0,6}(鸡蛋|大米|米|油|面|礼品)|(名医|专家|教授|国医大师|老中医|神医)[^。!?\n]{0,16}免费(诊疗|看病|义诊|诊断|把脉|问诊)/
const SALES_VENUE =
  /体验店|店里|门店|产品|说明会|推介会|酒店|饭店|公司|药企|药业|生物科技|量子|磁疗|理疗|保健品|灵芝|孢子粉|按摩仪|药酒|买了一套|一套[0-9]|(先|只需要?|只要)买一(盒|套|瓶|台)|健康馆|养生馆|生活馆|电视台|栏目组|节目组|养生堂/
/**
 * A tour of several days priced below what it can cost (under CHEAP_TOUR_YUAN_PER_DAY a day), with a gift or a promise
 * of no shopping: "深圳珠海三天游贵宾团138元/人！…送精美礼品", "云南6日游,仅需999元,全程无购物!还附赠精美礼品" (round 63's
 * blind set). 《旅游法》第三十五条 forbids 以不合理的低价组织旅游活动; the 文化和旅游部's and the police's 养老诈骗
 * warnings: 低价游 takes elders to shops and health-product talks where they are pressed to buy.
 */
const TOUR_PRICE =
  /(^|[^月0-9])([2-9]|[二三四五六七八九十两])(日|天)([0-9一二三四五六七八九两]晚)?[^,，。!?\n]{0,6}游(?![客泳戏完了回览])[^。!?\n]{0,24}?(?:^|[^值0-9])([0-9]{2,4}) ?(元|块)/
/**
 * What a below-cost tour adds to draw elders in: a gift, or "无购物" (which such tours promise and break). Not 接送 or
 * 送机, nor a souvenir sent to a friend ("礼物送过去").
 */
const TOUR_BAIT = /(送|赠)[^,，。!?\n]{0,6}(礼|品|鸡蛋|大米|米|油|杯|衣|特产|纪念)|无购物|不购物|零购物|纯玩/
/** Yuan a day below which a tour with TOUR_BAIT is read as 不合理低价游: under the cost of a bed and two meals. */
const CHEAP_TOUR_YUAN_PER_DAY = 200
const CHINESE_DAY_COUNT = '一二三四五六七八九十'

/** True when `text` offers a tour below CHEAP_TOUR_YUAN_PER_DAY a day with TOUR_BAIT (a gift, 无购物). */
function cheapTour(text: string): boolean {
  const tour = TOUR_PRICE.exec(text)
  if (!tour || !TOUR_BAIT.test(text)) return false
  const [, , dayWord = '', , , price = ''] = tour
  const days = dayWord === '两' ? 2 : CHINESE_DAY_COUNT.indexOf(dayWord) + 1 || Number(dayWord)
  return Number(price) < CHEAP_TOUR_YUAN_PER_DAY * days
}

/**
 * Money asked to be screenshotted, shown or posted, and "sent straight back": "你给我转个520，我截个图发完就退给你", "转1314，
 * 我截个图发朋友圈，发完马上原路退给你" (public warnings on 冒充子女、网友 "晒转账截图": the money is never sent back). Not a
 * screenshot kept and a loan repaid later ("你转我的钱我截个图存着，下月工资发了就还给你", round 65's code review). Bounded,
 * so linear.
 */
const SCREENSHOT_REFUND =
  /截(个|一个|张|一张)?(图|屏)[^。!?\n]{0,4}(发|晒|给)[^。!?\n]{0,16}(就|马上|立马|立刻|然后|再)?(原路)?(退|还)(给|回)?(你|您)/
/**
 * Something of yours held by a stranger: a phone left in a car, a parcel taken by mistake ("你手机落我车后座上了", "您的
 * 快递被我家人拿错了"). Read with RETURN_FEE.
 */
const YOURS_HELD =
  /(你|您)的?(手机|钱包|快递|包裹|东西|证件|身份证|行李|包|卡)[^。!?\n]{0,12}(落|丢|掉|忘)(在)?(我|了我)|拿错了?|(捡到|拾到)(你|您)的/
/**
 * A small fee to be paid first for its return: "你先微信转我38块运费", "跑腿费15块您先微信转我一下" (round 65's review:
 * 网约车 "司机" and 拿错快递 scripts; public guidance: lost items go back through the platform's own 失物 process).
 */
const RETURN_FEE =
  /(运费|跑腿费|快递费|邮费|打车费|路费)[^。!?\n]{0,12}(你|您)?先[^。!?\n]{0,6}(转|付|给|发)|(你|您)?先[^。!?\n]{0,6}(转|付|给|发)[^。!?\n]{0,8}(运费|跑腿费|快递费|邮费|打车费|路费)/

/**
 * A video call said to prove who is writing: "刚才视频里是我", "視頻裡就係我", "刚刚跟你视频的就是我" (公安部's warnings on
 * AI换脸: a call of seconds, then text). Read with NO_TALKING: a real friend who just called can talk.
 */
const VIDEO_VOUCHED =
  /(刚才|刚刚|之前)[^,，。!?\n]{0,6}视频[^,，。!?\n]{0,4}(是|就是)我|视频里(面)?(的)?(是|就是)我/
/** The caller cannot talk now: "不方便说话", "微信和电话都不能说", "不能接电话". */
const NO_TALKING =
  /不方便(说话|讲话|接听?电话|通话|语音|视频)|(电话|语音|微信)[^,，。!?\n]{0,4}(不能|不方便|没法)(说|讲|接|打)|不能(说话|讲话|接电话|通话)/

/**
 * A home pledged or signed over for a pension or an investment that is said to pay well: "以房养老,房子抵押出去每月领高额
 * 养老金,稳赚不赔" (round 63's blind set). 公安部's 养老诈骗 warnings and 银保监会's 风险提示 on "以房养老" scams: the house
 * is mortgaged to a lender and the loan put into a "理财" that collapses. A licensed 住房反向抵押养老保险 promises no
 * high return (HIGH_RETURN).
 */
const HOUSE_PLEDGE =
  /(房子|房产|住房|房本|房产证)[^。!?\n]{0,8}(抵押|过户|做抵押|押出去)[^。!?\n]{0,24}(领|拿|发|返|给您|给你|享|得)[^。!?\n]{0,6}(养老金|收益|利息|回报|分红)|以房养老[^。!?\n]{0,30}(领|拿|发|返|给您|给你|享|得)[^。!?\n]{0,6}(养老金|收益|利息|回报|分红)/
const HIGH_RETURN = /稳赚|保本|高额|高息|高收益|高回报|不赔|翻倍|月息|年化/

/**
 * Words of a report or a warning about such talks ("以免费体检、送鸡蛋为诱饵", "以…为名接近老年人", "讲解保健品的使用误区",
 * "别乱买"): no invitation says them.
 */
const TALK_WARNED =
  /不推销|不销售|诱饵|为名|骗|曝光|提醒|警惕|当心|小心|误区|别乱买|不要乱买|别买|不能代替|能不能/
/**
 * A public clinic's own talk ("社区卫生服务中心…健康讲座，到场免费测骨密度，送鸡蛋"), with nothing priced or sold in it: no
 * seller's venue (round 47's review).
 */
const PUBLIC_CLINIC = /卫生服务中心|卫生服务站|卫生院|社区医院|县医院|人民医院|家庭医生/
/** What a public clinic gives: a check-up, a vaccine, a screening. */
const CLINIC_SERVICE = /体检|测血压|测血糖|义诊|疫苗|接种|筛查|随访/
const PRICED = /买|购|[0-9一二三四五六七八九十百千万](元|块)|优惠价|订购|下单|交钱|付款/

/**
 * A seller's gift that asks the reader to bring an ID card and a bank card or passbook: "每天上午签到就送一板土鸡蛋…来的时候
 * 记得带上身份证和一张常用的银行卡", "免费给您做个全身检查 记得把身份证跟工资卡拿上 我们帮您办个终身会员卡" (blind set Z40,
 * review40; 公安部「打击整治养老诈骗」 warnings: 以免费领礼品、免费体检为名收集老人的身份证、银行卡). The two cards within a
 * few sentences (ID_CARD, BANK_CARD), something to carry them with (CARRIED), a gift or a seller's event (SELLER_GIFT),
 * read outside warnings; not an office's, a bank's or a clinic's own service (PUBLIC_SERVICE: 免费换发社保卡, 高龄津贴,
 * 老年优待卡, a charity's free operation), whose free services also ask for a bank card to pay a subsidy into.
 */
const ID_CARD = '(身份证|二代证|身份证件)'
const BANK_CARD =
  '(银行卡|存折|折子|工资卡|储蓄卡|存钱的(那张)?卡|领钱的(那张)?卡|(发|领)(养老金|退休金)的?(那个|那张)?(卡|折子))'
const ID_AND_CARD_ASKED = new RegExp(
  `${ID_CARD}[^\\n]{0,40}${BANK_CARD}|${BANK_CARD}[^\\n]{0,40}${ID_CARD}`,
  'g'
)
const CARRIED = /带|拿上|拿着|揣上|携带/
/**
 * An employer's first day, which asks for the ID and a bank card to pay wages into (round 58's blind set: "本人名下工商
 * 银行卡复印件（用于发工资）"): no seller's gift.
 */
const ONBOARDING = /办理入职|入职手续|入职当天|入职报到|新员工报到|(用于|用来)(发放?|发)工资|代发工资/
/**
 * An expert's or a health talk, the bait of the police's 养老诈骗 warnings (see cardToTalk). Not a free check-up alone: a
 * community's own asks for a bank card to pay a subsidy into ("妈明天社区免费体检你记得带身份证和银行卡", review40).
 */
const TALK_FOR_CARD = /(专家|教授|名医)[^,，。!?\n]{0,8}(讲座|讲课|来讲|坐诊|义诊)|(健康|养生|保健)讲座/
/** A bank card or passbook to carry along: "记得带上存折", "把工资卡拿上". */
const CARD_CARRIED = new RegExp(
  `(带上?|带着|携带|拿上|拿着)[^,，。!?\\n]{0,6}${BANK_CARD}|${BANK_CARD}[^,，。!?\\n]{0,4}(带上|带着|带来|带过来|拿上|拿来|拿过来)`
)
const SELLER_GIFT =
  /鸡蛋|大米|米面油|挂面|礼品|礼物|按摩(仪|椅|枕)|小家电|白拿|白给|会员|店里|门店|体验馆|健康馆|养生馆|体验店|理疗|保健|健康管理|公司|回馈老(顾客|客户|会员)|免费(换|送|领|发|体检|检查|做个)/
/**
 * A seller's own goods or venue, which no public service gives away, whatever office it names (review40c); not eggs,
 * which a bank's own 金融知识进社区 gives too.
 */
const SELLER_OWN = /按摩(仪|椅|枕)|会员|体验店|体验馆|健康馆|养生馆|健康管理|理疗|保健/
/**
 * Goods given away to bring elders in ("免费领鸡蛋，请带上身份证和银行卡登记", round 40's trial: 社区 in the name is no
 * excuse), unless at a bank's own counter, whose 金融知识进社区 gives eggs too (review40c).
 */
const GIFT_ITEM = /鸡蛋|大米|米面油|挂面|礼品|礼物|小家电|电饭煲/
const BANK_COUNTER = /我行|本行|营业厅|网点|营业部|支行|银行(?!卡|旁|对面|隔壁|楼上|附近|门口)/
const PUBLIC_SERVICE =
  /人社|社保(局|所|中心)|政府|街道|镇|村委|居委|社区|村里|便民服务|卫生院|卫生室|医院|慈善|营业厅|营业部|网点|老年大学|残联|残疾|民政|银行(?!卡|旁|对面|隔壁|楼上|附近|门口)/

/**
 * An app removed, said right after or before its name ("那个会议软件我帮你卸载了", round 39's trial): no install asked.
 * Not the anti-fraud app removed beside another to open ("那个反诈先卸了 它老拦截 打开腾讯会议", review40b).
 */
const REMOVED_AFTER = /^[^,，。!?\n反]{0,8}(卸载|卸了|卸掉|删了|删掉|删除)/
const REMOVED_BEFORE = /(卸载|卸掉|删掉|删除)了?[^,，。!?\n反]{0,3}$/

/** Whether the install word at `at` names an app said to be removed (REMOVED_AFTER, REMOVED_BEFORE). */
function namesRemovedApp(text: string, at: Occurrence): boolean {
  return (
    REMOVED_AFTER.test(text.slice(at.end, at.end + 12)) ||
    REMOVED_BEFORE.test(text.slice(Math.max(0, at.start - 8), at.start))
  )
}

/** Savings to take out or send at a bank, a 信用社 or a post office: "咱们先去银行把剩下的一万七取了", "到银行柜台汇三万定金过来". */
const CASH_OUT =
  /(去|到|上)(银行|信用社|邮局|农商行)[^。!?\n]{0,12}(取|提|汇|转)|把[^。!?\n]{0,8}(钱|存款|定期|积蓄|存折|[0-9一二三四五六七八九十两][万千])[^。!?\n]{0,6}(取|提)(了|出)/
/**
 * The reader told to keep it from the family: "您别跟您闺女说", "这事就咱俩知道", "先别让家里人知道", "甭跟你家小子说"
 * (review40).
 */
const HIDDEN_FROM_FAMILY =
  /(别|不要|甭|千万别|千万不要|先别)(跟|和|对|告诉|让)(你|您)?(家)?的?(孩子|儿子|女儿|闺女|子女|儿女|小子|家里人|家人|老伴)|就咱(俩|们俩|们两个)知道/
/** What a seller's cash is for: a product, a course, a deposit ("床垫", "磁疗仪", "定金", review40). */
const SALE_CONTEXT = /床垫|磁疗|理疗|量子|保健|产品|仪器|理财|定金|会员|项目|疗程|专家/
/** A seller's product, which outweighs a family's reasons said beside it ("比去医院看病强多了", review40c). */
const SELLER_PRODUCT = /床垫|磁疗|量子|仪器|保健品|疗程|理疗/
/** What a family's own cash is for, kept as a surprise or from a worrier: "给她个惊喜", "压岁钱", "学费" (review40). */
const FAMILY_USE = /惊喜|生日|首付|压岁钱|学费|养老院|红包|过年|看病|住院/

/**
 * A loan said to be granted or pre-approved without an application, with a reply or a link to claim it: "银行政策放宽特批您
 * 328000元资金…速办回1", "您的备用金5万元已审核通过…回T领取", "已获得伍万元专属额度…点击…立即提现" (real SMS in blind set
 * R40, review40; 手册「网络贷款诈骗」: 以低息、快速放款为诱饵). Not a loan the reader applied for and signs at a counter
 * (LOAN_APPLIED; "您申请的…已特批通过…回1立即领取" is claimed by a reply all the same, round 40's trial), nor a
 * bill's 可借额度 with its 回复1 menu.
 */
const LOAN_AMOUNT = '([0-9]{4,7}|[0-9一二三四五六七八九十两伍陆柒捌玖拾壹贰叁肆佰仟]{1,4}万)'
const LOAN_GRANTED = new RegExp(
  `(特批|批给|批下|已审核通过|已审批通过|审批通过|预批|预审通过|借款资格|专属额度|已获得|备用金|已经下来了|已提升为|调至)[^。!?\\n]{0,16}${LOAN_AMOUNT}|${LOAN_AMOUNT}元?的?(资金|综合贷款|信用贷款?|借款|专属额度|备用金)|(贷款|额度|备用金)[^。!?\\n]{0,12}(特批|已经下来了|已审核通过)`
)
/** What claims it: a link to cash out, an activation, 不领自动作废 (read outside warnings and don'ts). */
const LOAN_CLAIM_ASK =
  /速办|不领自动作废|逾期作废|立即提现|点击[^,，。!?\n]{0,20}(提现|领取|激活)|点[^,，。!?\n]{0,4}激活/g
/** A reply to claim it, not the bulk sender's 退订回T or 拒收请回复R: "速办回1", "回T领取", "回复Y确认领取", "回个“好”字". */
const LOAN_REPLY_ASKED =
  /(^|[^订收])回[复覆]?个?["“]?([0-9]|[a-z]|好|是)["”]?字?(?![0-9])[^,，。!?\n]{0,4}(领取|确认|办理|速办|激活|放款|到账)|速办回[0-9]|(你|您)回个?["“]?[0-9好]["”]?(?![0-9])/
/** A loan the reader applied for, or one signed for at the lender's counter: "您申请的…已审批通过…到开户网点签约". */
const LOAN_APPLIED =
  /(到|至|前往)[^,，。!?\n]{0,8}(网点|柜台|营业部|支行)[^,，。!?\n]{0,4}(签约|签字|办理)|陪你去柜台/

/**
 * A 刷单 task that locks the money in: "现在进入联单任务…联单中途不能退出哦，否则…之前的本金无法提取", "要把这一组三单做完
 * 才能提 现在不做的话前面的钱都拿不出来" (blind set Z40, review40; 手册「刷单返利诈骗」: 先小额返利，再以连单、卡单为由让受害人
 * 越投越多). With a task's or a commission's words (TASK_WORDS); not a rider's 卡单, a driver's 连单, a waste 联单 or a
 * deposit's 本金不能提前取.
 */
const TASK_LOCK_IN =
  /(联单|连单|叠加单|组合单|卡单)[^。!?\n]{0,30}(佣金|返|本金|奖励|提现)|(做完|完成)[^。!?\n]{0,6}才能[^。!?\n]{0,4}(提|取|拿|把)[^。!?\n]{0,10}(钱|本金|佣金)|本金[^,，。!?\n]{0,2}(无法|没法|提不|取不)[^,，。!?\n]{0,2}(提取|提现|出来)|(不能|无法)(中途)?退出[^。!?\n]{0,12}本金|不做[^。!?\n]{0,10}(前面|之前)的(钱|本金)[^。!?\n]{0,4}(拿不|取不|提不)/
const TASK_WORDS = /任务|佣金|返利|刷单|做单|垫付|[0-9一二三四五两]单|叠加单|联单|礼品卡/

/**
 * A cure or an end to medicine ("糖尿病直接根治", "降压药可以停了", "再也不用扎针", "治好了上千个癌症患者", "三个疗程能把
 * 斑块软化掉", "吃完保证指标正常": round 54's trial, a fake hospital's 回访医生): 国家市场监督
 * 管理总局 and the police's 养老诈骗 warnings (保健品、仪器、偏方 sold as cures). Read with a price of a course or a box
 * (SALE_PRICE), and not passed on from a doctor or a report (CURE_PASSED_ON), it is a sale.
 */
const CURE_CLAIM =
  /(糖尿病|高血压|三高|癌|肿瘤|痛风|关节炎|骨质增生|肾病|老年痴呆|帕金森|心脏病|脑梗|中风|前列腺|腰椎|颈椎|风湿|痴呆)[^。!?\n]{0,12}(断根|根治|彻底治愈|治愈|治好|全都能好|都能好|统统治好|包治|包好|就好了|能缩小)|(断根|根治|彻底治愈|治好了?|包治|能治)[^。!?\n]{0,8}(糖尿病|高血压|三高|癌|肿瘤|痛风|关节炎|肾病|老年痴呆|帕金森|心脏病|脑梗|中风|患者)|(降压药|降糖药|胰岛素|化疗|药)[^,，。!?\n]{0,2}(可以停|都停了|停了|都不用吃|不用吃了|可以不吃|可以不打)|(不用|不必)(终身)?(服药|吃药了|打胰岛素|扎针)|再也不用(扎针|吃药|打针)|(就能|就可以|可以)停药|(斑块|血栓|结节|囊肿|息肉)[^。!?\n]{0,12}(软化|溶解|化掉|化开|清走|清除|消掉|消除)|(清走|化开|溶解)[^。!?\n]{0,4}(斑块|血栓)|(保证|保你|保您)[^,，。!?\n]{0,8}(指标|血压|血糖|血脂)[^,，。!?\n]{0,4}(正常|降下来)|(血糖|血压|血脂)[^。!?\n]{0,8}不反弹/
const SALE_PRICE =
  /(疗程|周期|一盒|一套|一台|一箱|一瓶|每盒|每套|活动价|原价|团员价|优惠价|现场价|内部价|体验价|特价|下单|订购|货到付款|周期只要|周期只需)[^。!?\n]{0,8}([0-9]{3,6}|[一二三四五六七八九两][万千])|([0-9]{3,6}|[一二三四五六七八九两]万[一二三四五六七八九]?千?|[一二三四五六七八九两]千[一二三四五六七八九]?)[^。!?\n]{0,4}(一个?疗程|一个周期|一盒|一套|一台|一箱)/
/**
 * A cure passed on, not claimed: a doctor's word ("医生说你这个甲亢吃药能治好"; not "医院说治不好", a seller's opening) or
 * a report of a seller fined for the claim ("宣传其保健品“能治百病”，被市场监管部门罚款50万元"). Not in a seller's voice
 * (SELLER_VOICE).
 */
const CURE_PASSED_ON =
  /(医生|大夫|医院|主治)(说|讲|建议|讲了|说了)(?!(治不好|没办法|没用|不行|不能治))|宣传其|被[^，。!?\n]{0,10}(罚款|处罚|查处|立案)|曝光/
/** A seller speaking of its own product ("我们这个", "本店"): then a doctor named is part of the pitch. */
const SELLER_VOICE = /我们|咱们|本店|本公司|我这|我家的/

/**
 * Money to pay at a counter in person: "请到学校教务处现场交费", "到村委会财务室缴纳", "到住院部收费处或通过医院公众号补缴",
 * "请到物业办公室或者用燃气公司APP缴纳" (round 44's trial), "请通过“江苏高速ETC”官方APP或营业网点充值", "可通过“XX税务”小程序、
 * 银行柜台或社区代收点缴费" (an office's own app beside its counters: round 53's trial), "费用按合同在律所前台开票付款" (round 45's; not 我在, 现在, 正在: "我在网点刷卡" is a story), a shop's "储值可在超市收银台办"
 * (public guidance: 到官方窗口当面办理), a school's fee "放入信封交畀班主任" (round 54's review: cash in an envelope, handed over).
 * The money is not sent to anyone by message, unless the text also gives another way to pay (judge checks).
 */
const PAY_AT_COUNTER = new RegExp(
  `((到|来|去|前往|(^|[^转汇付打存])至)|(^|[^我你他她们正现存所实好])在)[^,，。!?\\n]{0,10}(营业厅|网点|门店|户籍窗口|办事窗口|服务窗口|服务大厅|政务服务中心|便民服务中心|村委会|居委会|${CASH_DESKS}|${OFFICE_COUNTERS})([^,，。!?\\n]{0,14}(现场)?((交|缴)(费|纳|款|钱|押金|一下|就行|即可|就可以)|(续|补)(交|缴)|充值|刷卡|支付|付款)|(或|或者)[^,，。!?\\n]{0,20}(补缴|补交|缴纳|缴费|交费))|(储值|充值|会员卡?)[^。!?\\n]{0,10}(在|到|来)[^,，。!?\\n]{0,6}(收银台|服务台|前台)|通过[^。!?\\n]{0,16}(app|小程序|公众号)[^。!?\\n]{0,3}(或|或者|、)[^。!?\\n]{0,10}(营业网点|网点|营业厅|柜台|代收点|服务窗口)[^。!?\\n]{0,4}(缴费|交费|充值|缴纳|办理|补缴)|(放入|放进|装入|入)信封`
)

/**
 * Ways to pay listed together, a QR code beside a card swipe or cash: "可刷卡或扫码", "支持现金、微信、支付宝" (round 46's
 * trial: a property office's notice to pay at its office), "可刷医保卡或现场扫码支付" (round 54's: a hospital's). A card is swiped and cash handed over in person, so in the
 * sentence that sends the reader to a counter (PAY_AT_COUNTER) the QR code named beside them is the counter's own
 * (judge), unless the text also scans, clicks or pays some other way (PAID_FROM_AFAR: round 46's review, "…可刷卡或扫码，
 * 不方便到营业厅的可直接扫描下方二维码缴费").
 */
const COUNTER_PAY_METHODS =
  /(刷(医保|社保|银行|信用)?卡|现金|信用卡|八达通)[^,，。!?\n]{0,2}(或者?|、|和|及|\/)[^,，。!?\n]{0,6}(扫码|微信|支付宝)|(扫码|微信|支付宝)[^,，。!?\n]{0,2}(或者?|、|和|及|\/)[^,，。!?\n]{0,6}(刷(医保|社保|银行|信用)?卡|现金|信用卡|八达通)/
const COUNTER_PAY_METHODS_ALL = new RegExp(COUNTER_PAY_METHODS.source, 'g')
/** A QR code, a link or a scan sent with the text, or a way to pay for those who do not come: not the counter's own. */
const PAID_FROM_AFAR =
  /二维码|扫码|扫一扫|扫描|点击|点开|链接|网址|登录|按钮|附件|不方便(到|来|去)|来不及|在外地|人不在|人没(到|赶到|来)|没时间(去|来)|出差|先转|转给|转到|打到|汇到/

/** Whether a sentence of `text` pays at a counter by the ways listed there, and nothing asks to pay from afar. */
function paysByCounterMethods(text: string): boolean {
  if (!COUNTER_PAY_METHODS.test(text)) return false
  return (
    text.split(SENTENCE_END).some((s) => PAY_AT_COUNTER.test(s) && COUNTER_PAY_METHODS.test(s)) &&
    !PAID_FROM_AFAR.test(text.replace(COUNTER_PAY_METHODS_ALL, ''))
  )
}

/**
 * Money handled at a cash machine or by phone guidance at a bank (ATM转账, 按电话提示操作): no counter in person, whatever
 * the text calls the place (review38b: "到就近银行网点的ATM机…按客服电话指导领取补贴").
 */
const AT_MACHINE = /atm|自助|柜员机|(远程|电话|按)[^。!?\n]{0,6}(指导|提示|操作)/

/**
 * A property office's own counter, "到物业前台刷卡缴纳" (blind set Z38), with no person to pay besides: a 楼栋管家's
 * 微信转账 is one (review38).
 */
const PROPERTY_COUNTER =
  /(到|来|去|前往)[^,，。!?\n]{0,6}(物业前台|物业服务中心|物业中心|物业管理处)[^,，。!?\n]{0,8}((交|缴)(费|纳|款)|刷卡|支付|付款)/

/**
 * The games only a gambling site runs (GAMBLING, GAMBLING_LURE), and the ways its "导师" has players bet: on a plan (跟着导师的
 * 计划下注, 跟着老师的方案下注, 计划员), doubling (倍投), or on big or small (押大小) (round 62's review: "跟着导师的计划下注，
 * 稳赚不亏…首充一千送五百"; public police warnings on 网络赌博 name the 计划员 and 倍投).
 */
const GAMBLING_PLAY =
  '百家乐|真人视讯|真人娱乐|博彩|倍投|押大小|计划员|(跟|按)[^。!?\\n]{0,6}(计划|方案)[^,，。!?\\n]{0,2}(下注|投注)'
/**
 * Names a gambling site shares with an arcade, a hotel, a KTV or a lottery shop (电玩城's 老虎机, 娱乐城, 电子游艺场所 the
 * arcades' legal name, 竞猜): read only with SITE_BAIT ("不卡还能竞猜，新人送88": round 62's blind set).
 */
const GAMBLING_PLACES = '娱乐城|老虎机|电子游艺|竞猜'
const GAMBLING_AMOUNT = '[0-9一二三四五六七八九十两百千]'
/**
 * The bait only a betting site offers: money for signing up, for a first deposit (首存, Taiwan's 首儲), or 彩金; not a
 * voucher, tokens or phone credit (a KTV's "注册即送100元欢唱券", a bank's "首存满1万送50元话费", round 52's review).
 */
const SITE_BAIT = `((注册|开户|新人)(即|就)?|首(存|储)[^,，。!?\\n]{0,6}|(首次存款|存款)[^,，。!?\\n]{0,6})送${GAMBLING_AMOUNT}{1,6}(?!${GAMBLING_AMOUNT}|元?[^,，。!?\\n]{0,4}(券|币|积分|话费|豆|点))|送${GAMBLING_AMOUNT}{0,6} ?(元|块)?(彩金|体验金)`
/**
 * A gambling site's sign-up bait with its amount, beside a game only a gambling site runs: "【金沙娱乐城】新会员注册即送
 * 88元彩金，首充100送100，真人视讯…", "存款送彩金", "線上娛樂城，首儲送百分百"; 娱乐城 or 老虎机 only with SITE_BAIT. Not
 * talk about gambling (a tourist's 澳门赌场, a victim's 百家乐 and 返水, a game's own 首充), nor a park's 买二送一, an
 * arcade's "玩了会老虎机，充值100送50", a hotel's "娱乐城酒店…充值500送100" or a lottery's offer (round 51's review and code
 * review; round 52).
 */
const GAMBLING_BAIT = `${SITE_BAIT}|(首充|储值|充值)[^,，。!?\\n]{0,6}送${GAMBLING_AMOUNT}{1,6}`
const GAMBLING_LURE = new RegExp(
  `(${GAMBLING_PLAY})[^]{0,80}(${GAMBLING_BAIT})|(${GAMBLING_BAIT})[^]{0,80}(${GAMBLING_PLAY})`
)
/** A place's name beside a betting site's bait in one item of a list ("1.…；2.…" is two). */
const GAMBLING_PLACE_LURE = new RegExp(
  `(${GAMBLING_PLACES})[^；;\\n]{0,80}(${SITE_BAIT})|(${SITE_BAIT})[^；;\\n]{0,80}(${GAMBLING_PLACES})`
)
/**
 * What only a betting site online says, which a KTV, a hotel or an arcade called 娱乐城 does not ("注册即送50元，到店消费",
 * round 52's second review; a KTV's own app and 斗地主 are no betting site: its code review): a site's address, a
 * withdrawal, 返水, 彩金, an app's invite code or a short app domain (.app, .top, .vip, .cc).
 */
const GAMBLING_ONLINE =
  /线上|网上|在线|网投|官网|网址|www|http|提款|出款|提现|返水|洗码|打码|救援金|体验金|彩金|邀请码|[a-z0-9]\.(app|top|vip|cc)\b/
/**
 * A gambling site or app: "彩票/体育/真人", "百家乐", "提款秒到", "首存送" (手册「“杀猪盘” 诈骗」: 引入
 * 博彩…诈骗平台进行充值; 公安机关 on 跨境赌博: the site keeps what is paid in). Read with a link, an invitation code
 * or a chat to join (the caller checks).
 */
const GAMBLING = new RegExp(
  `${GAMBLING_PLAY}|赌场|彩票[^。!?\\n]{0,3}体育|体育[^。!?\\n]{0,3}真人|(提款|出款)秒到|首存[^。!?\\n]{0,4}送|(^|[^上去店里来])买球(?![鞋拍衣袜服票包,，。了])|(在线|24小时|秒速)出款`
)
const INVITE_CODE = /邀请码/
/**
 * A meeting called through a meeting app: "异地同事请通过腾讯会议参会，会议号 582-331-907" (round 51's trial). Without a
 * screen shared or a remote tool, and with nothing else asked or claimed, the app's name is no install asked.
 */
const MEETING_CALL =
  /(腾讯会议|钉钉|视频会议|会议软件|飞书|zoom)[^。!?\n]{0,12}(参会|参加|开会|会议号|入会|家长会|班会)|(家长会|班会)[^。!?\n]{0,16}(腾讯会议|钉钉|飞书|zoom|视频会议)|会议号/
/** A screen shared or a remote tool, which a meeting app's name never excuses (MEETING_CALL). */
const SCREEN_OR_REMOTE = /屏幕|共享|投屏|远程|向日葵|控件|按我说的|\.apk/
/** A screen share ruled out ("会议只需听讲，不需要共享屏幕"): no screen shared (SCREEN_OR_REMOTE). */
const NO_SCREEN_SHARED =
  /(不需要|无需|不用|不要|不必|请勿|切勿|别)[^。!?\n，,]{0,4}(共享|投屏|屏幕|远程)[^。!?\n，,]{0,4}/g
/**
 * A class's parents' meeting (家长会, 班会): its teacher who calls it on a meeting app asks nothing a scam needs (round
 * 53's trial: every online 家长会 notice was read as an install asked, most 高风险). A fake teacher's still asks to share a
 * screen, pay or open a link, and those are never excused.
 */
const SCHOOL_MEETING = /家长会|班会|家长课堂/

/** A loan advert's promise no licensed lender may make (不查征信, 黑户可贷): not even a registered sender's ad is spared. */
const NO_CREDIT_CHECK = /不查征信|不看征信|无视征信|黑户|黑白户/
/**
 * A loan advert's lures, 手册「网络贷款诈骗」: 以无抵押、无担保、低利息为噱头; 反诈提示: 切莫听信网上“低利息、无抵押、放款快”的贷款
 * 广告. Two different ones with somewhere to go (a chat, a number, a link) make the ad (the caller counts them).
 */
const LOAN_AD_LURES = new RegExp(
  `无抵押|无担保|免担保|低利息|低息|${NO_CREDIT_CHECK.source}|秒下款|当天下款|秒到账|秒批|当天到账|当天放款|放款快|极速放款|免息|分钟到账|额度待领取|年化利率[0-9]|无需(工作证明|收入证明|流水)|身份证(即可|就能|就可)(下款|贷款|借款|放款)|(年息|利息|日息|月息)低至`,
  'g'
)

/** The 公检法 script's accounts and checks, which claim-authority counts as naming an office: "转到安全账户", "资金核查". */
const SAFE_ACCOUNT_TALK = /安全账户|资金(?:核查|清查)|(?:核查|清查)(?:资金|账户)|监管账户/
/** A TV show, which claim-authority counts as an office with clout: "节目组", "栏目组". */
const SHOW_TALK = /节目组|栏目组/

/**
 * Whether every office claim-authority found in the text is only SAFE_ACCOUNT_TALK, or only SHOW_TALK (`found`: its
 * occurrences, at most a few; all are read again, once, when one of them is such talk). The verdict is the same; the
 * reasons then say what the text said instead of 搬出公检法 (verdict.ts safeAccountOnly, showOnly).
 */
function officesNamedOnly(
  prepared: PreparedText,
  found: readonly Occurrence[],
  signals: readonly RiskSignal[]
): { safeAccountOnly: boolean; showOnly: boolean } {
  const saidAs = (talk: RegExp) => (o: Occurrence) => talk.test(prepared.text.slice(o.start, o.end))
  const talks = [SAFE_ACCOUNT_TALK, SHOW_TALK].filter((talk) => found.some(saidAs(talk)))
  const authority = signals.find((s) => s.id === 'claim-authority')
  const all = talks.length > 0 && authority ? scan(prepared, matcherOf(authority), Infinity) : []
  const only = (talk: RegExp) => talks.includes(talk) && all.every(saidAs(talk))
  return { safeAccountOnly: only(SAFE_ACCOUNT_TALK), showOnly: only(SHOW_TALK) }
}

/**
 * A line the person pasting wrote in a chat: "14:08 我：要我先付运费吗", "[10:08] 我: 要交押金吗", "我 08:20：…". A
 * question about paying or giving details that the other side answers no ("不用的亲") is no ask of the reader; one it
 * answers yes, or leaves, still is ("我：要我先转5万给他吗？" / "对"). Only in a chat with another speaker.
 */
const READER_LINE =
  /^[ \t]*(\[?[0-9]{1,2}[:：][0-9]{2}\]?[ \t]*)?我[ \t]*(\[?[0-9]{1,2}[:：][0-9]{2}\]?[ \t]*)?[:：]/
const OTHER_SPEAKER_LINE = /^[ \t]*(\[?[0-9]{1,2}[:：][0-9]{2}\]?[ \t]*)?[^\n:：我]{1,12}[:：]/m
/** An answer that says no: "不用的亲", "不需要", "没有的". */
const DENIED = /^[ \t]*(亲[ \t,，]*)?(不用|不需要|无需|不必|不要|不收|没有|不是|免费)/
/** The asks that count only when the other side makes them. */
const ASKS_OF_THE_READER: readonly SignalId[] = ['want-money', 'want-fee-first', 'want-info', 'want-code']

/** [start, end) of each line the reader wrote in a pasted chat (READER_LINE) that the next speaker answered no. */
function readerLines(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = []
  let asked: [number, number] | undefined
  let others = false
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = text.slice(start, end)
    if (READER_LINE.test(line)) asked = [start, end]
    else if (OTHER_SPEAKER_LINE.test(line)) {
      others = true
      // The reader's question just before, answered no: "我：要我先付运费吗" / "客服：不用的亲".
      if (asked !== undefined && DENIED.test(line.replace(OTHER_SPEAKER_LINE, ''))) lines.push(asked)
      asked = undefined
    }
    start = end + 1
  }
  return others ? lines : []
}

/**
 * A call to an official short number in a clause: "如需改签退票请联系95539", "请致电客服95022", and a notice's own line
 * given with no verb ("客服电话95598", round 55's blind set: a power company's low-balance notice).
 */
const OFFICIAL_CALL = new RegExp(
  `${OFFICIAL_CALL_SOURCE}|(客服|服务)(热线|电话)[:：]?${OFFICIAL_SHORT_NUMBER}`
)
/** An official short number dialled anywhere in the text ("打12366", "拨了12345"): its menu is the office's own. */
const OFFICIAL_LINE_NAMED = new RegExp(`(打|拨|致电|联系|咨询)[^,，。\\n0-9]{0,8}${OFFICIAL_SHORT_NUMBER}`)
/** A chat to add or move to, beside a number: "或加微信", "进群". */
const CHAT_NAMED = /微信|qq|好友|群|vx|wx|v信|钉钉|(^|[^a-z])line(?![a-z])|whatsapp|telegram/
/** A mention that is a key to press on a phone menu: "按0转人工", "请按1". */
const KEY_PRESSED_AT = /^(请?按)[0-9#＃*]/

/**
 * The asks to call or add someone, without those whose clause sends you only to an official short number and
 * gives no other number or chat: calling 95539 to change a ticket is what public guidance says to do.
 */
function dropOfficialCalls(prepared: PreparedText, occurrences: Occurrence[]): Occurrence[] {
  // A key pressed on the menu of an official line the text names, and no other number: "你打12366税务热线…再按0转人工"
  // (round 47's second trial: a relative's directions to the tax hotline were 可疑).
  const officialMenu =
    OFFICIAL_LINE_NAMED.test(prepared.text) &&
    !CONTACT_NUMBER.test(prepared.text) &&
    !CHAT_NAMED.test(prepared.text)
  return occurrences.filter(({ start }) => {
    if (officialMenu && KEY_PRESSED_AT.test(prepared.text.slice(start, start + 4))) return false
    const clause = clauseAt(prepared, start)
    return (
      !(
        OFFICIAL_CALL.test(clause) ||
        OWN_INQUIRY.test(clause) ||
        (OWN_LINE.test(clause) && !SERVICE_SCRIPT.test(prepared.text))
      ) ||
      CONTACT_NUMBER.test(clause) ||
      CHAT_NAMED.test(clause)
    )
  })
}

/** A clause that names what to avoid, to no one in particular: "以免卷入违法犯罪", "以免被不法分子用于违法犯罪". */
const CONSEQUENCE_ADVISED = /^\s?(以免|以防|免得|防止)[^你您]*$/
/** A prohibition before it in its sentence ("请勿出租…，以免…"): advice, not a demand's threat ("請即增值，以免被檢控"). */
const PROHIBITED_BEFORE = /请勿|切勿|不要|千万别|不得|严禁|禁止/

/** True when the mention at start is in such a clause after a prohibition in the same sentence. */
function consequenceAdvised(prepared: PreparedText, start: number): boolean {
  const clauseFrom = prepared.clauseStart[start]
  if (!CONSEQUENCE_ADVISED.test(clauseAt(prepared, start))) return false
  let from = clauseFrom
  while (from > 0 && !SENTENCE_END.test(prepared.text[from - 1])) from--
  return PROHIBITED_BEFORE.test(prepared.text.slice(from, clauseFrom))
}

/**
 * An office's line for questions or changes, given as a landline or a 400 number: "咨询电话：0731-8452xxxx", "如需改约请致电
 * 0731-8xxx6120" (round 60's review: a 医保局's 缴费 notice was 高风险 for it, a hospital's booking 可疑). A mobile is
 * left out: fake cadres and buyers give theirs.
 */
const QUESTIONS_LINE =
  /((咨询|详询|服务|办公室?)(电话|热线)|(疑问|问题|改约|改期|取消|咨询)[^,，。!?\n]{0,8}(致电|拨打|联系))[:：]?[^,，。!?\n0-9]{0,8}(0(10|2[0-9]|[3-9][0-9]{2})|400)/
/** Every ask to call is a QUESTIONS_LINE clause with no chat named in it. */
function questionsLineOnly(prepared: PreparedText, asks: readonly Occurrence[]): boolean {
  return (
    asks.length > 0 &&
    asks.every(({ start }) => {
      const clause = clauseAt(prepared, start)
      return QUESTIONS_LINE.test(clause) && !CHAT_NAMED.test(clause)
    })
  )
}

/**
 * A notice's line for questions that sends you to people you already know, with no number or chat: "如有疑问请拨打学校
 * 电话", "有问题请联系班主任" (blind set N: a school's fee notice read as an ask to move elsewhere). A landline given
 * there still counts: a review showed fake school notices give one too.
 */
const OWN_INQUIRY =
  /(疑问|问题|疑惑|不清楚)[^,，。!?\n]{0,4}(联系|拨打|致电|咨询|询问)(学校|班主任|老师|辅导员|社区|居委会|村委会|物业|本单位|营业厅|网点|柜台)/

/**
 * The sender's own or official line, named and not numbered: "拨打官方客服热线办理免费改签", "请拨打我公司24小时服务热线
 * 核实" (a number the reader looks up, as public guidance says; a number given in the clause still counts).
 */
const OWN_LINE =
  /(拨打|致电|联系)(官方|我公司|本公司|我行|本行|我司|本司)的?[^,，。!?\n]{0,8}(客服|热线|电话)/
/**
 * The fake customer service's own words, beside which its "请联系官方客服" is the ask itself: a specialist, a charge to
 * stop, 征信, a certification that lapses ("抖音百万保障…次日自动扣费…请联系官方客服电话，我们的专员会指导您操作").
 */
const SERVICE_SCRIPT = /专员|扣费|续费|征信|失效|认证/

/** The clause a position of the text stands in, from its start to its break. */
function clauseAt({ text, clauseStart }: PreparedText, at: number): string {
  const from = clauseStart[at]
  let to = at
  while (to < text.length && clauseStart[to] === from) to++
  return text.slice(from, to)
}

/**
 * A home sale's or a school's escrow ("买方将房款存入监管账户", "首付款要先打到资金监管账户，银行验证资金到账后再过户",
 * "预收学费已存入资金监管账户"): the 资金监管 of 住房和城乡建设部's rules for existing-home sales and of the rules on
 * prepaid training fees, not a "safe account". A car's or a project's price is left out: a fake seller's "车款转入监管
 * 账户（户名：孙某）" reads the same.
 */
const HOME_ESCROW =
  /(房款|首付|首期款|购房款|过户|二手房|新房|预售|卖方|买方|中介|学费|预收)[^。!?\n]{0,20}监管账户|监管账户[^。!?\n]{0,20}(房款|首付|过户|卖方|买方|学费)/

/** The writer as the one who pays: 我, not after 你, 让, 帮 or 替 ("你替我", "让我"). */
const WRITER_SPEAKS = '(^|[^你您让叫要帮替])我'
/**
 * The writer's own payment to someone else, said before the money words in its clause: "我想给他转两千块表示一下",
 * "我打算给你叔打两千" (round 45's trial: a parent telling a child of a gift to a relative in hospital was 高风险). Family
 * talk about the writer's money, no ask of the reader. Not one the reader is to make ("你替我给他转", "让你给他打"):
 * those have the reader before the 给.
 */
const WRITERS_OWN_PAYMENT = new RegExp(
  `${WRITER_SPEAKS}(自己|这边)?(想|要|打算|准备|先|就|也|会)?(给|向)(他|她|他们|你[^,，。!?\\n你您]{1,3}|[^,，。!?\\n你您我]{1,4})$`
)
/**
 * The writer asks how to pay, or says they cannot work the app ("你帮我看看微信转账怎么操作", "教我怎么转账", "我不太会用微信
 * 转账", "我微信转账不熟"): the writer pays, the reader shows how.
 */
const HOW_DO_I_PAY =
  /(帮我看看|帮我看一下|教我|教教我|告诉我)[^,，。!?\n]{0,10}(怎么|如何|咋)|我[^,，。!?\n你您]{0,3}不(太|大)?会(用|弄|操作)|(转账|微信|手机银行|支付宝)[^,，。!?\n]{0,4}不(太|大)?(熟|懂|会)/

/**
 * The writer says they cannot pay themselves: the fake leader's "我想给一个亲戚寄点钱……不方便" asks the reader to pay for
 * them (手册「冒充领导、熟人诈骗」). Not one who cannot go and see someone ("我不方便去医院", round 47's trial).
 */
const WRITER_CANNOT_PAY =
  /(不方便|不便|没法|没办法|不能)(?!去|到|过去|看|回|出门)|走不开|脱不开|在开会|开会中|没空|不好(转|打|汇|付)|来不及|限额|额度|卡被|没带|(转|付|打|汇)不(了|出)/
/**
 * The reader asked to pay, in the same clause (a chat typed without commas is one clause: "我不太会弄你帮我转2万到这个
 * 账户", round 47's review): "你帮我转", "你先替我垫", "你先用公司账户打给他".
 */
const READER_PAYS =
  /(你|您)(先|就|再|直接)?(帮我|替我|帮忙)?(先|直接)?(用[^,，。!?\n]{0,6})?(转|打|汇|付|垫|交)/

/** The writer right before a 把 that moves money: "我明天把货款打到你们对公账户" (round 48's review) pays, asks nothing. */
const WRITER_BEFORE_BA = new RegExp(
  `${WRITER_SPEAKS}(们|这边|自己)?(今天|明天|后天|下午|晚上|晚点|马上|这就|回头|等下|一会儿?|稍后|月底|周末)?(就|会|先|再|也|去)?$`
)

/**
 * The writer's side paying the reader, by its firm's account or in person: "我们这边先走对公付百分之三十定金", "学校财务用对公
 * 账户转30%", "定金的话我到店里当面扫码付" (round 61's blind set: a shop's orders from a canteen, a firm, a bride). A fake
 * buyer's promise reads the same; its own ask, to pay a supplier first, is another clause.
 */
const WRITERS_SIDE_PAYS =
  /(我们?|我们这边|我这边|财务|会计)[^,，。!?\n你您\s]{0,8}(走对公|用对公|对公账户|当面)[^,，。!?\n你您\s]{0,6}(付|转|打|扫码)/

/** The writer's own payment, already made: "货款我已经转账给客户了" (round 48's trial); a fake transfer has its own rules. */
const WRITER_HAS_PAID = new RegExp(`${WRITER_SPEAKS}(已经?|刚刚?|刚才)$`)

/**
 * Money an office pays into the reader's own benefits card or account: "按月打入老人本人社会保障卡（一卡通）银行账户",
 * "补偿款都是打到一卡通上的" (round 60's blind set: village subsidy and compensation notices); a grant, a refund or a
 * card's balance paid out to the student's card: "奖金将发放至这张银行卡上", "退至学生本人银行卡", "余额转入毕业生的建行卡"
 * (round 65's blind set: ten university notices read 高风险); a refund or a grant itself paid in ("退税款会直接汇入纳税义务人
 * 指定帐户", a tax office's notice). Not 转入 to 您: "转入您本人名下的另一张卡" is a fake bank's
 * first step.
 */
const PAID_INTO_OWN_CARD =
  /(打入|打到|打进|存入|发到|发放到|发放至|直接打|钱打)[^,，。!?\n]{0,12}(一卡通|社保卡|社会保障卡|惠农卡|惠民卡|本人[^,，。!?\n]{0,6}(账户|银行卡|存折))|(发放|退|退还|退回|划转|划|返还)(至|到|入)(学生|毕业生|获奖[^,，。!?\n]{0,4}|您|你|本人|个人|这张|该|此)[^,，。!?\n]{0,10}(卡|账户|存折)|(转入|转至|转到)(学生|毕业生)[^,，。!?\n]{0,10}(卡|账户|存折)|(退税款|退税|退款|退费|补贴|补助|补偿款|奖金|奖学金|助学金|养老金|税款|款项|现金分享|给付|工资)[^,，。!?\n]{0,8}(将|会|可|是)?(直接|统一|陆续)?(汇入|汇到|拨入|打入|打到|存入|存到|转入|退回|退至|退到|发放至|发放到|划入)[^,，。!?\n]{0,12}(账户|卡|存折)/

/** True when the ask at start is itself the office's payment into the reader's own card ("钱打一卡通"), not a fee beside it. */
function paidIntoOwnCard(prepared: PreparedText, start: number): boolean {
  const from = Math.max(prepared.clauseStart[start], start - 16)
  const own = PAID_INTO_OWN_CARD.exec(prepared.text.slice(from, start + 40))
  return own !== null && from + own.index <= start + 1 && start < from + own.index + own[0].length
}

/**
 * A fee kept back from a refund, not paid: "收取剩余金额30%的手续费，退款会…原路退回到您付款的卡上" (round 66's review: a
 * gym's refund under its 会籍合同 read 高风险). Bounded, so linear.
 */
const FEE_DEDUCTED = /(收取|扣除|扣掉|扣)[^。!?\n，,]{0,10}[0-9]{1,2}(%|％)的?(手续费|违约金|服务费|折旧费)/
/** The refund itself goes back the way the money came: "原路退回", "退回到您付款的卡上". */
const REFUND_SAME_WAY = /原路(退回|返还|退还|返回)|退回到?(您|你)?(付款|支付|原)的?(卡|账户|银行卡)/

/**
 * The asks for money that are the writer's own payment (WRITERS_OWN_PAYMENT, WRITERS_SIDE_PAYS, HOW_DO_I_PAY), an
 * office's payment into the reader's own card (PAID_INTO_OWN_CARD) or a fee kept back from a refund paid back the way
 * it came (FEE_DEDUCTED, REFUND_SAME_WAY), left out.
 */
function dropWritersOwnPayments(prepared: PreparedText, occurrences: Occurrence[]): Occurrence[] {
  if (WRITER_CANNOT_PAY.test(prepared.text)) return occurrences
  const refundedSameWay = REFUND_SAME_WAY.test(prepared.text)
  return occurrences.filter(({ start }) => {
    const clause = clauseAt(prepared, start)
    if (READER_PAYS.test(clause)) return true
    if (paidIntoOwnCard(prepared, start)) return false
    if (refundedSameWay && FEE_DEDUCTED.test(clause)) return false
    // Read around the ask: a voice typed without commas makes the whole call one clause.
    if (
      WRITERS_SIDE_PAYS.test(
        prepared.text.slice(Math.max(prepared.clauseStart[start], start - 16), start + 12)
      )
    )
      return false
    const before = prepared.text.slice(prepared.clauseStart[start], start)
    if (prepared.text[start] === '把' && WRITER_BEFORE_BA.test(before)) return false
    if (WRITER_HAS_PAID.test(before)) return false
    return !WRITERS_OWN_PAYMENT.test(before) && !HOW_DO_I_PAY.test(clause)
  })
}

/**
 * A shop's stored-value bonus: "充值500送200", "充1000送100". Smaller than what is paid, it is how shops keep members (a
 * barber's, a supermarket's, a petrol station's); as large or larger ("充100送100", "交200返588") it is the bait of
 * gambling sites and rebate scams (round 52).
 */
const STORED_VALUE_BONUS = /充值?([0-9]{2,6})元?送([0-9]{1,6})/

/**
 * What keeps a shop's bonus a lure: somewhere else to pay or answer (a link, a QR code, an account, a reply, a chat);
 * a phone number to call counts too (CONTACT_NUMBER: fake 加油卡 top-ups, round 52's review).
 */
const SHOP_BONUS_UNLESS: readonly SignalId[] = [
  'channel-link',
  'channel-domain',
  'channel-qr',
  'channel-reply',
  'channel-other-account',
  'channel-card-number',
  'want-click',
  'want-move'
]

/**
 * An account the message gives, a card's number or the writer paid in person: "把钱转到下面这个账户：6222 0212 3456 7890",
 * "微信转我就行" (round 52's code review).
 */
const PAID_ELSEWHERE = new RegExp(
  `${ACCOUNT_GIVEN}|[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}|(转|打|汇)给?我|(微信|支付宝)[^,，。!?\\n]{0,3}(转|付)`
)

/** The lures that are a shop's bonus smaller than the top-up (STORED_VALUE_BONUS), left out. */
function dropShopBonuses(prepared: PreparedText, occurrences: Occurrence[]): Occurrence[] {
  return occurrences.filter(({ start, end }) => {
    const bonus = STORED_VALUE_BONUS.exec(prepared.text.slice(start, end))
    return !bonus || Number(bonus[2]) >= Number(bonus[1])
  })
}

/** The clauses of a home sale's escrow no longer claim an office or name a stranger's account (HOME_ESCROW). */
function dropHomeEscrow(prepared: PreparedText, occurrences: Occurrence[]): Occurrence[] {
  return occurrences.filter(({ start }) => {
    const clause = clauseAt(prepared, start)
    return !HOME_ESCROW.test(clause) || !clause.includes('监管账户')
  })
}

/**
 * A bank named as where money goes ("他的账户是：工商银行 6222 0212 …", "收款行：建设银行"), not as who is speaking: the
 * card number or payee word after it says so (round 63's fresh tester, L4: such a payee line stood under 自称银行).
 */
const PAYEE_BANK =
  /(账户|账号|卡号|收款人?|户名|开户行|收款行|转到|打到|汇到|转入|汇入)[是为:：\s]{0,3}[^,，。!?\n0-9]{0,8}(银行|信用社)|(银行|信用社)[^,，。!?\n0-9]{0,6}[0-9][0-9 ]{11,}/

/**
 * The bank speaking in the same clause: its header, notice or greeting, or the reader's own account ("【工商银行】您的账户
 * 6222…已被冻结", "工商银行6222…的客户您好", "农业银行通知：您的账户是…"; round 64's code review: PAYEE_BANK took these for
 * a payee and the row 自称银行 went).
 */
const BANK_SPEAKS =
  /【[^】]{0,12}(银行|信用社)[^】]{0,6}】|(银行|信用社)[^,，。!?\n]{0,4}(通知|提醒|提示|客服|温馨)|(您|你|阁下)的?[^,，。!?\n]{0,4}(账户|账号|卡|户口)|客户您好|尊敬的/

/** The clauses naming a bank only as a payee (PAYEE_BANK) claim no organisation. */
function dropPayeeBanks(prepared: PreparedText, occurrences: Occurrence[]): Occurrence[] {
  return occurrences.filter(({ start, end }) => {
    const said = prepared.text.slice(start, end)
    const clause = clauseAt(prepared, start)
    return !/银行|信用社/.test(said) || !PAYEE_BANK.test(clause) || BANK_SPEAKS.test(clause)
  })
}

/** A bank card or account, and money moved from it or a fee on it: "尾号8821的信用卡…消费12,800.00元", "收年费". */
/**
 * A flight said to be cancelled or delayed, with a rebooking, refund or compensation to arrange (民航局 and 公安机关 on 航班取消
 * 诈骗: airlines rebook and compensate through their own hotline and app; round 57's second blind set: "航班因航空器調配原因取消，
 * 請致電+853 6281 4407辦理改簽及賠償手續"). Read with a mobile or a landline to call (LOCAL_CALLBACK).
 */
const FLIGHT_TROUBLE =
  /航班[^。!?\n]{0,24}(取消|延误|停飞|变更|调整)[^。!?\n]{0,30}(改签|退票|赔偿|补偿|理赔|退款)|(取消|延误)[^。!?\n]{0,8}航班[^。!?\n]{0,30}(改签|退票|赔偿|补偿|理赔|退款)/
const BANK_MONEY =
  /(银行|银联|信用卡|储蓄卡|借记卡|尾号|我行)[^。!?\n]{0,60}(消费|支出|转出|扣除|扣款|扣费|划扣|划出|透支|年费|会员费|(用卡|刷卡)(购买|购物|支付)[^,，。!?\n]{0,8}[0-9][0-9,.]*元|(账|卡)上扣)/

/**
 * An ask for a bank card number, an ID number or a password: "请回复…并提供银行卡号", "回复您的姓名和身份证号". Read
 * outside warnings and negations: "税务机关不会通过短信链接要求您填写银行卡信息" asks nothing.
 */
const SENSITIVE_ASKED =
  /(提供|告诉|回复|发送|填写|输入|报|完善|绑定|登记|上传)[^。!?\n]{0,12}(银行卡号|卡号|银行卡信息|银行卡资料|银行卡照片|身份证号|身份证号码|密码|安全码|cvv|有效期|登入账号|登录账号|网银账号)|绑定[^,，。!?\n]{0,4}银行卡|把[^,，。!?\n]{0,12}(密码|身份证)[^,，。!?\n]{0,10}(告诉|发给|发我|拍照|给我)/g

/**
 * A landline or mobile number to call ("如非本人操作请致电 021-61234567", "请速联系 0755 8829 3641", "马上打 1 3 8…",
 * "0 2 1 - 5 5 6 6…"), up to three spaces or dashes between digits; not 400, which card centres use. Or any number
 * (Hong Kong's two fours too) to call or be charged: "请即致电客服热线 3123 6688 取消，逾时将自动扣款" (a Hong Kong
 * 外卖 phishing SMS, round 53's blind set); a bank's hotline for a payment not made threatens no charge. A Hong Kong
 * mobile (5xxx to 9xxx, "如非本人操作請立即致電 5302 8876", round 57's review) or a Macau one (6xxx xxxx, "請致電+853 6281
 * 4407辦理改簽", round 57's second blind set) is no bank's or airline's line.
 */
const LOCAL_CALLBACK = new RegExp(
  `(致电|拨打|拨|打|联系|咨询|电话|详询|回电|回拨)[^,，。\\n0-9]{0,8}(1[- ]{0,3}[3-9](?:[- ]{0,3}[0-9*x×]){9}|0(?:[- ]{0,3}[0-9]){2,3}(?:[- ]{0,3}[0-9*x×]){7,8}|${HK_MACAU_MOBILE})(?![0-9])|(致电|拨打|回电|回拨)[^,，。\\n0-9]{0,8}([2-9][0-9x*×]{3}[- ][0-9x*×]{4}|400[- ]?[0-9x*×]{3}[- ]?[0-9x*×]{4})[^。!?\\n]{0,8}(取消|退订|关闭)[^。!?\\n]{0,4}(否则|不然|逾期|逾时)[^。!?\\n]{0,6}(扣款|扣费|自动续费|收取)`
)

/**
 * Compensation for a lost or damaged parcel or order ("双倍退赔", "三倍赔偿", "理赔"): no ad offers it, so a signed text
 * with an unsubscribe line that does is read as a notice (public warnings on 快递理赔 phishing copy the bulk-SMS form).
 */
const COMPENSATION = /理赔|退赔|赔偿|赔付|损毁|破损/

/**
 * A shop's word to its own member about a card's balance and a top-up bonus: "【名剪坊】您的会员卡余额还剩86元，本月老会员充500送100".
 * Signed and naming the reader's card, it asks nothing to be sent anywhere but the shop's own counter (judge checks
 * that no link, QR code or account is given).
 */
const MEMBER_TOP_UP =
  /(会员卡|储值卡|会员)[^。!?\n]{0,10}(余额|充[0-9])[^\n]{0,40}充[0-9]{2,5}元?送[0-9]{1,4}|充[0-9]{2,5}元?送[0-9]{1,4}[^\n]{0,40}(会员卡|储值卡)[^。!?\n]{0,6}余额/

/** Money sent from afar ("请转账到微信", "打到这个卡上"): a shop's top-up at its own counter asks for none. */
const PAID_REMOTELY = /转账|转到|打到|汇到|转给|发红包/

/** `signed`: whether the text carries a registered signature (SIGNED), which the caller works out once. */
function isRegisteredAd(text: string, signed: boolean): boolean {
  return signed && UNSUBSCRIBE_AT_END.test(text.trim()) && !COMPENSATION.test(text)
}

const LINK_SIGNALS: ReadonlySet<SignalId> = new Set(['channel-link', 'channel-domain'])
/** Signals whose mentions are filtered after the scan: links (dropOfficialLinks) and asks for money (dropWritersOwnPayments). */
const UNCAPPED_SIGNALS: ReadonlySet<SignalId> = new Set([...LINK_SIGNALS, 'want-money'])
const HOST_CHAR = /[a-z0-9.-]/

/** Longest host name DNS allows: no host is read further than this either way, whatever the text. */
const MAX_HOST = 253

/**
 * The host a link mention sits in or introduces ("https://" → what follows; "登录10086.cn" → 10086.cn), with where
 * it starts and ends in the text; host '' for a word like 链接.
 */
function hostAt(text: string, at: Occurrence): { host: string; from: number; to: number } {
  let from = text.startsWith('//', at.end - 2) ? at.end : at.start
  // A pattern may take in the word before the address ("登录", "访问"): the host starts at its first letter.
  while (from < at.end && !HOST_CHAR.test(text[from])) from++
  let to = Math.max(from, at.end)
  const left = Math.max(0, from - MAX_HOST)
  const right = Math.min(text.length, to + MAX_HOST)
  while (from > left && HOST_CHAR.test(text[from - 1])) from--
  while (to < right && HOST_CHAR.test(text[to])) to++
  // Dots at either end are the sentence's, not the host's: "登录etc-abc.cn." ends a sentence.
  let first = from
  let last = to
  while (first < last && text[first] === '.') first++
  while (last > first && text[last - 1] === '.') last--
  const host = text.slice(first, last)
  return { host: host.includes('.') ? host : '', from, to }
}

/**
 * Top-level domains that public phishing reports find among the most abused (Interisle Consulting Group, Phishing
 * Landscape 2024; Spamhaus, The 10 most abused top-level domains): cheap to register, and used by no bank, carrier,
 * courier or office in China ("wx-pay.vip", "sf-kd.top").
 */
const ABUSED_TLDS: ReadonlySet<string> = new Set(
  'top xyz vip icu club shop site online fun ink wang pw tk link ltd work buzz cyou sbs cfd bond rest'.split(
    ' '
  )
)

function isOfficialHost(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`))
}

/**
 * A host that carries an official name as a whole part without being that domain: "12306-ticket.com",
 * "icbc-cn.top", "etc.gov.cn.abc-xyz.com". The name is each official domain's first label (12306, icbc, gov).
 * An IP address is not a name.
 */
function isLookalikeHost(host: string, domains: readonly string[]): boolean {
  if (/^[0-9.]+$/.test(host)) return false
  const parts = new Set(host.split(/[.-]/))
  return officialNamesOf(domains).some((pieces) => pieces.every((piece) => parts.has(piece)))
}

const officialNames = new WeakMap<readonly string[], string[][]>()

/** Each official domain's first label in its pieces ("ctrip-com" → ctrip, com), worked out once per list. */
function officialNamesOf(domains: readonly string[]): string[][] {
  let names = officialNames.get(domains)
  if (!names) {
    // A two-letter name (春秋航空's ch.com) is too common a label to borrow: every .ch site and "ch-travel" carry it.
    names = domains.map((d) => d.split('.')[0].split('-')).filter((pieces) => pieces.join('').length > 2)
    officialNames.set(domains, names)
  }
  return names
}

/**
 * Drops the link mentions that point to the organisation's own domain (12306.cn, a bank's), where public guidance
 * sends people; when every address in the text is such a link, words like 链接 or 网址 point to it too. Returns the
 * mentions of hosts that borrow an official name (the 'official-lookalike' signal).
 */
function dropOfficialLinks(
  prepared: PreparedText,
  byId: Map<SignalId, Occurrence[]>,
  official: readonly string[]
): { lookalikes: Occurrence[]; abusedDomain: boolean } {
  if (official.length === 0) return { lookalikes: [], abusedDomain: false }
  let addresses = 0
  let unofficial = 0
  let abusedDomain = false
  const lookalikes: Occurrence[] = []
  for (const id of LINK_SIGNALS) {
    // Mentions inside a host already read ("www.a.www.b…") are that host: read it once.
    let last = { host: '', from: -1, to: -1 }
    const kept = (byId.get(id) ?? []).filter((at) => {
      const inLast = at.start >= last.from && at.end <= last.to
      if (!inLast) last = hostAt(prepared.text, at)
      const { host } = last
      if (host === '') return true
      // An e-mail address ("发简历到hr@abc.com") is somewhere to write, not a site to open.
      if (prepared.text[last.from - 1] === '@') return false
      if (inLast) return !isOfficialHost(host, official)
      addresses++
      if (isOfficialHost(host, official)) return false
      unofficial++
      if (ABUSED_TLDS.has(host.slice(host.lastIndexOf('.') + 1))) abusedDomain = true
      if (isLookalikeHost(host, official)) lookalikes.push(at)
      return true
    })
    byId.set(id, kept)
  }
  if (addresses > 0 && unofficial === 0) {
    for (const id of LINK_SIGNALS) byId.set(id, [])
  }
  return { lookalikes: lookalikes.sort((a, b) => a.start - b.start), abusedDomain }
}

/** The rules that count the wording signal: only then is it shown. */
const WORDING_RULES: ReadonlySet<string> = new Set(['scam-wording', 'strong-wording', 'wording-plus'])

/**
 * The reasons a result page shows, at most `max`: the rules that name what the text does first, in COMBINATIONS'
 * order (the rules that name a kind lead it), and those that say only that the wording reads like published scams
 * after them, since "说法很像" tells a worried person less than "交通违法只在交管12123处理". A reason that says nothing a
 * reason already chosen does not is skipped (round 51's page trial: "以机构的名义，给了链接，还说您出了问题，催您赶紧办" and
 * then "以机构的名义说您出了问题，又催您赶紧办，还给了链接"). A rule whose topic is the kind shown (`scheme`) goes first. Pure:
 * the result's own `because`, reordered and cut.
 */
export function shownReasons(
  result: Pick<CheckResult, 'because'> & Partial<Pick<CheckResult, 'scheme'>>,
  max = 2
): FiredCombination[] {
  const kind = result.scheme?.id
  const namesKind = (c: FiredCombination): boolean =>
    kind !== undefined && COMBINATION_BY_ID.get(c.id)?.topic === kind
  // The rule that names the kind the page shows leads (round 63's fresh tester: a lover's 杀猪盘 pitch led with
  // "以机构的名义…", the 平台 of its link read as an organisation, before the romance-investment rule that names it).
  const specific = result.because
    .filter((c) => !WORDING_RULES.has(c.id))
    .sort((a, b) => Number(namesKind(b)) - Number(namesKind(a)))
  const wording = result.because.filter((c) => WORDING_RULES.has(c.id))
  const shown: FiredCombination[] = []
  for (const c of [...specific, ...wording]) {
    if (shown.length === max) break
    if (!shown.some((s) => restates(s.reason, c.reason))) shown.push(c)
  }
  return shown
}

/** The share of a reason's characters that an earlier reason must hold for it to say nothing new. */
const RESTATED = 0.8

/** The punctuation a reason is written with (no \p{P}: the oldest engines the app supports lack it). */
const REASON_PUNCTUATION = /[\s，、：；。（）“”‘’？！…—,.:;()"'?!]/g

/** Whether reason `b` says nothing `a` does not: nearly all its characters (punctuation aside) are in `a`. */
function restates(a: string, b: string): boolean {
  const chars = (text: string): Set<string> => new Set(text.replace(REASON_PUNCTUATION, ''))
  const x = chars(a)
  const y = chars(b)
  return y.size === 0 || [...y].filter((c) => x.has(c)).length / y.size >= RESTATED
}

interface Found {
  hit: SignalHit
  first: number
}

/**
 * The browser version's own forward message, as a relative pastes it, perhaps under a note of their own ("妈，你看看
 * 这个") or a chat's name line: 「反诈守护 · page」 and its words, then the labelled address of one of the app's pages
 * opened from a card, at the end; or as it was written before round 50 (【反诈守护 · page】, EARLIER_SHARE_LINK_LABEL).
 * Group 1 is the words, group 2 where the address line starts, group 3 its host.
 */
const OWN_SHARE_MESSAGE = new RegExp(
  `[「【]${APP_NAME} · [^」】\\n]{1,12}[」】]([^\\n]{0,200})(\\n)(?:${SHARE_LINK_LABEL}|${EARLIER_SHARE_LINK_LABEL})\\s*https?://([^\\s#/]{1,253})/#/pages/[a-z/-]{1,40}/index\\?(?=[^\\s]{0,400}from=${SHARE_ORIGIN})[^\\s]{0,400}\\s*$`
)

/** The pages whose forward message has fixed words (share.ts buildSharePayload); the scores' words are read below. */
const OWN_SHARE_TARGETS: readonly ShareTarget[] = [
  { page: 'index' },
  { page: 'prevention' },
  { page: 'quiz' },
  { page: 'check' },
  { page: 'help' },
  { page: 'search' },
  { page: 'quiz-challenge', seed: 0, check: '' },
  ...brochure.categories.map((c): ShareTarget => ({ page: 'category', id: c.id }))
]
const SCORED_SHARE_TARGETS: readonly ShareTarget[] = [
  { page: 'quiz-result', score: 0 },
  { page: 'quiz-challenge', seed: 0, check: '', score: 0 }
]

/** Whether `words` are the words of one of the app's own forward messages, exactly: a score read as 0. */
function isOwnShareWords(words: string): boolean {
  const scoreless = words.replace(/[0-9]{1,3}/, '0')
  return (
    OWN_SHARE_TARGETS.some((target) => buildSharePayload(target, brochure).title === words) ||
    SCORED_SHARE_TARGETS.some((target) => buildSharePayload(target, brochure).title === scoreless)
  )
}

/**
 * Where the app's own forward message puts its address line in `text`, so that the check reads the text before it;
 * the whole length when there is none. Only the app's own words count (a scam dressed in the app's heading is read in
 * full), and not at a much-abused or look-alike host: the app is served from a host this code cannot know, so a
 * page of someone else's under the app's exact words stays possible, which is why those are read as what they are.
 */
function ownShareCut(text: string, official: readonly string[]): number {
  const own = OWN_SHARE_MESSAGE.exec(text)
  if (!own || !isOwnShareWords(own[1])) return text.length
  const host = own[3].toLowerCase()
  const tld = host.slice(host.lastIndexOf('.') + 1)
  if (ABUSED_TLDS.has(tld) || isLookalikeHost(host, official)) return text.length
  return own.index + own[0].indexOf(own[2], own[1].length)
}

/**
 * The kind of scam with the most distinct words found; ties go to the earlier kind in the data (brochure
 * categories first). Null when no kind has a word.
 */
function bestScheme(
  topics: readonly SchemeTopic[],
  count: (topic: SchemeTopic) => number
): { match: SchemeTopic; words: number } | null {
  let best: { match: SchemeTopic; words: number } | null = null
  for (const topic of topics) {
    const words = count(topic)
    if (words > (best?.words ?? 0)) best = { match: topic, words }
  }
  return best
}

/** The rules by id: what a fired rule names besides its verdict (the brochure rule it breaks, its kind). */
const COMBINATION_BY_ID: ReadonlyMap<string, Combination> = new Map(COMBINATIONS.map((c) => [c.id, c]))

/**
 * The kind that a rule behind the verdict names outright (Combination.topic): one of the rules of the verdict's own
 * level, so that a 可疑 rule beside a 高风险 one does not name the kind. Null when none does.
 */
function topicOfRules(
  because: readonly FiredCombination[],
  verdict: CheckVerdict,
  topics: readonly SchemeTopic[]
): SchemeTopic | null {
  for (const fired of because) {
    if (fired.verdict !== verdict) continue
    const id = COMBINATION_BY_ID.get(fired.id)?.topic
    const topic = id === undefined ? undefined : topics.find((t) => t.id === id)
    if (topic) return topic
  }
  return null
}

/** Words of one brochure category, at least this many distinct ones, make its 套路 a signal of its own. */
const BROCHURE_PATTERN_WORDS = 2

/**
 * The brochure names some 套路 outright (注销校园贷, 刷单, 先交钱才放款). When the text reads like one of them
 * and also wants or pushes something, that counts. 冒充领导、熟人 is left to the signals: its words (妈, 老师)
 * fill every family chat.
 */
function brochurePattern(
  scheme: { match: SchemeTopic; words: number } | null,
  signalCount: number
): SchemeTopic | null {
  if (!scheme || scheme.match.category === null || scheme.match.category === 'impersonating-leaders')
    return null
  return scheme.words >= BROCHURE_PATTERN_WORDS && signalCount > 0 ? scheme.match : null
}

/** The verdicts in order of worry: a window lowers a chat's verdict by this order. */
const VERDICT_RANK: Readonly<Record<CheckResult['verdict'], number>> = {
  'none-found': 0,
  suspicious: 1,
  'high-risk': 2
}

/**
 * Checks one input against the signal data. `text` may be any length: the latest MAX_INPUT_CHARS characters
 * are read and `skippedChars` says how many were not. Ticked situations count as hits of their signals.
 *
 * A pasted chat of many turns (./chat.ts) is also read in windows of neighbouring turns, and its verdict is at most
 * the worst window's, but never more than one step below the whole's: a combination that only words from turns far
 * apart make (a warning here, a transfer between flatmates there) is no one's message. The windows are read only
 * when the whole is flagged, and no further than the first that is as bad as the whole.
 */
export function checkMessage(input: CheckInput, data: RiskSignalData): CheckResult {
  const whole = checkWhole(input, data)
  if (whole.verdict === 'none-found') return whole
  const text = typeof input?.text === 'string' ? input.text : ''
  // The windows that quote most of what the whole found first: in a scam, one of them is usually as bad.
  const quotes = whole.hits.flatMap((hit) => hit.quotes)
  const quoted = (window: string): number => quotes.filter((quote) => window.includes(quote)).length
  const windows = chatWindows(text.slice(whole.skippedChars))
    .map((window) => ({ window, quoted: quoted(window) }))
    .sort((a, b) => b.quoted - a.quoted)
  let worst: CheckResult | undefined
  for (const { window } of windows) {
    const read = checkWhole({ ...input, text: window }, data)
    if (VERDICT_RANK[read.verdict] >= VERDICT_RANK[whole.verdict]) return whole
    if (!worst || VERDICT_RANK[read.verdict] > VERDICT_RANK[worst.verdict]) worst = read
  }
  if (!worst) return whole
  // One step down at most: what the whole text reads as 高风险 stays at least 可疑, however far apart its turns (a
  // new user's trial: a boss's new account, then his ask twelve turns later, had come out 未发现).
  if (VERDICT_RANK[whole.verdict] - VERDICT_RANK[worst.verdict] > 1)
    return { ...whole, verdict: 'suspicious' }
  return { ...worst, skippedChars: whole.skippedChars }
}

/** checkMessage on the text as one message. */
function checkWhole(input: CheckInput, data: RiskSignalData): CheckResult {
  const given = typeof input?.text === 'string' ? input.text : ''
  const ticked = Array.isArray(input?.situations) ? input.situations : []
  const signals = Array.isArray(data?.signals) ? data.signals : []
  const topics = Array.isArray(data?.topics) ? data.topics : []
  const situations = Array.isArray(data?.situations) ? data.situations : []
  const official = Array.isArray(data?.officialDomains?.domains) ? data.officialDomains.domains : []
  // The app's own forward message, pasted back by the relative who got it: its words are read, its address to one
  // of the app's pages is not (a link with a tip would otherwise read like the brochure's phishing pattern).
  const original = given.slice(0, ownShareCut(given, official))

  const prepared = prepareText(original)
  const scamSays = textOutside(prepared.text, prepared.inWarning)
  const found = new Map<SignalId, Found>()
  const wording = prepared.text === '' ? -Infinity : wordingOf(scamSays, data?.wording)
  let abusedDomain = false
  let officesOnly = { safeAccountOnly: false, showOnly: false }
  let questionsOnly = false
  if (prepared.text !== '') {
    const byId = new Map<SignalId, Occurrence[]>()
    for (const signal of signals) {
      if (signal.scoredBy === 'official-lookalike') continue
      byId.set(
        signal.id,
        signal.scoredBy === 'wording'
          ? wordingOccurrences(data.wording, prepared, wording)
          : // Links are filtered below, so each needs all its mentions, not only the quoted ones.
            scan(
              prepared,
              matcherOf(signal),
              UNCAPPED_SIGNALS.has(signal.id) ? Infinity : MAX_QUOTES_PER_SIGNAL
            )
      )
    }
    byId.set('want-move', dropOfficialCalls(prepared, byId.get('want-move') ?? []))
    questionsOnly = questionsLineOnly(prepared, byId.get('want-move') ?? [])
    byId.set('want-money', dropWritersOwnPayments(prepared, byId.get('want-money') ?? []))
    // "请勿出租、出借银行卡，以免卷入违法犯罪": advice on what may follow, said to no one in particular (round 61's fresh
    // tester: a bank's and a carrier's own 温馨提示 were 高风险 as accusations).
    byId.set(
      'pressure-legal',
      (byId.get('pressure-legal') ?? []).filter(({ start }) => !consequenceAdvised(prepared, start))
    )
    byId.set('want-install', dropMeetingTalk(prepared.text, byId.get('want-install') ?? []))
    // Talk of a shop's bonus; with somewhere else to pay or call it stays a lure (fake 加油卡 top-ups: 充1000送300).
    if (
      !SHOP_BONUS_UNLESS.some((id) => (byId.get(id) ?? []).length > 0) &&
      !CONTACT_NUMBER.test(prepared.text) &&
      !PAID_ELSEWHERE.test(prepared.text)
    )
      byId.set('pressure-lure', dropShopBonuses(prepared, byId.get('pressure-lure') ?? []))
    // A public clinic's own free check-up or vaccine, with nothing priced, is its service, not a lure (round 58's last
    // blind set: 【社区卫生服务中心】…免费年度体检…不收取任何费用，不推销保健品).
    if (PUBLIC_CLINIC.test(prepared.text) && !PRICED.test(scamSays))
      byId.set(
        'pressure-lure',
        (byId.get('pressure-lure') ?? []).filter(
          ({ start }) => !CLINIC_SERVICE.test(clauseAt(prepared, start))
        )
      )
    const ownLines = readerLines(prepared.text)
    if (ownLines.length > 0) {
      for (const id of ASKS_OF_THE_READER)
        byId.set(
          id,
          (byId.get(id) ?? []).filter(
            (at) => !ownLines.some(([from, to]) => at.start >= from && at.start < to)
          )
        )
    }
    byId.set(
      'want-install',
      (byId.get('want-install') ?? []).filter((at) => !namesRemovedApp(prepared.text, at))
    )
    byId.set('claim-organisation', dropPayeeBanks(prepared, byId.get('claim-organisation') ?? []))
    if (HOME_ESCROW.test(prepared.text)) {
      for (const id of ['channel-other-account', 'claim-authority'] as const)
        byId.set(id, dropHomeEscrow(prepared, byId.get(id) ?? []))
    }
    const links = dropOfficialLinks(prepared, byId, official)
    abusedDomain = links.abusedDomain
    officesOnly = officesNamedOnly(prepared, byId.get('claim-authority') ?? [], signals)
    for (const signal of signals)
      if (signal.scoredBy === 'official-lookalike') byId.set(signal.id, links.lookalikes)
    for (const signal of signals) {
      const occurrences = byId.get(signal.id) ?? []
      if (occurrences.length === 0) continue
      const { quotes, wordEnds } = quotesOf(prepared, original, occurrences)
      // The wording's quotes are the clauses that read like scams as a whole: no word of their own.
      const ends = signal.scoredBy === 'wording' ? quotes.map(() => null) : wordEnds
      found.set(signal.id, { hit: { signal, quotes, wordEnds: ends }, first: occurrences[0].start })
    }
  }
  const tickedSignals = new Set<SignalId>()
  let tickedTopic: SchemeTopic | null = null
  for (const id of ticked) {
    const situation = situations.find((s) => s.id === id)
    if (!situation) continue
    tickedTopic ??= topics.find((t) => t.id === situation.topic) ?? null
    tickedSignals.add(situation.signalId)
    if (found.has(situation.signalId)) continue
    const signal = signals.find((s) => s.id === situation.signalId)
    if (signal) found.set(signal.id, { hit: { signal, quotes: [], wordEnds: [] }, first: Infinity })
  }

  const scheme = bestScheme(topics, (topic) => {
    const occurrences = scan(prepared, topicMatcherOf(topic), Infinity, true)
    return new Set(occurrences.map((o) => prepared.text.slice(o.start, o.end))).size
  })
  const contactNumber = CONTACT_NUMBER.test(prepared.text)
  const signed = SIGNED.test(prepared.text)
  const curePassedOn = CURE_PASSED_ON.test(scamSays) && !SELLER_VOICE.test(scamSays)
  const localCallback = LOCAL_CALLBACK.test(prepared.text)
  const tradeSite = TRADE_SITE.test(scamSays)
  const exposure =
    EXPOSURE.test(scamSays) ||
    (EXPOSE_UNLESS_PAID.test(scamSays) && EXPOSURE_MEDIA.test(scamSays)) ||
    (WORK_EXPOSURE.test(scamSays) && (EXPOSURE_MEDIA.test(scamSays) || DEADLINE_THREAT.test(scamSays))) ||
    (RECORDED_YOU.test(scamSays) &&
      (CONTACTS_TAKEN.test(scamSays) ||
        (SENT_TO_WORK.test(scamSays) && (EXPOSURE_UNLESS.test(scamSays) || SHAMING.test(scamSays)))))
  const doneWithoutNumber = DONE_FOR_YOU.test(scamSays) && !DONE_BUT.test(scamSays) && !contactNumber
  const ownReport = OWN_REPORT.test(scamSays)
  // Between the raise threshold and the threshold the wording only raises what other rules flag (wording-plus).
  const judged = new Set(found.keys())
  if (data?.wording === undefined || wording <= data.wording.threshold) judged.delete('channel-wording')
  const { verdict, because, setAside, genuineNotice } = judge(judged, {
    pattern: brochurePattern(scheme, judged.size),
    ticked: tickedSignals,
    marketing: isRegisteredAd(prepared.text, signed),
    ownChannelOnly: OWN_CHANNEL.test(prepared.text) && !LOOKALIKE_CHANNEL.test(prepared.text),
    signedWithoutNumber: signed && !contactNumber,
    formalNotice:
      isFormalNotice(prepared.text) &&
      (NOTICE_ISSUER.test(prepared.text) ||
        !(judged.has('want-move') || (judged.has('want-info') && !IN_PERSON.test(scamSays)))),
    doneWithoutNumber,
    doneNothingToDo: doneWithoutNumber && NOTHING_TO_DO.test(scamSays),
    bankCallback: BANK_MONEY.test(prepared.text) && localCallback,
    flightCallback: FLIGHT_TROUBLE.test(scamSays) && localCallback,
    localCallback,
    sensitiveAsked: asksOutsideWarnings(prepared, SENSITIVE_ASKED),
    contactNumber,
    questionsLineOnly: questionsOnly,
    lostOrFound:
      LOST_OR_FOUND.test(prepared.text) && !COLLECT_IN_PERSON.test(prepared.text) && !PET.test(prepared.text),
    pointsExpiring: POINTS_EXPIRING.test(prepared.text),
    ransom:
      RANSOM.test(scamSays) ||
      (HELD_OR_HURT.test(scamSays) && MONEY_DEMANDED.test(scamSays) && !CUSTODY.test(scamSays)),
    harmThreat: HARM_THREAT.test(scamSays),
    moneyUltimatum: MONEY_ULTIMATUM.test(scamSays),
    scandalBait: SCANDAL_BAIT.test(scamSays),
    recoupPush: RECOUP_PUSH.test(scamSays),
    supplierOrder: (MIDDLEMAN.test(scamSays) || OWN_SUPPLIER.test(scamSays)) && SUPPLIER_ORDER.test(scamSays),
    sentAwayAlone: SENT_AWAY_ALONE.test(scamSays) && INQUIRY_TALK.test(scamSays),
    healthPitch:
      (HEALTH_PITCH.test(scamSays) || (HEALTH_SCARE.test(scamSays) && HEALTH_SELLER.test(scamSays))) &&
      HEALTH_SALE.test(scamSays) &&
      !BOUGHT_FOR_YOU.test(scamSays),
    gasPartSold: GAS_VISIT.test(scamSays) && GAS_PART_SOLD.test(scamSays) && !GAS_FREE.test(scamSays),
    collectibleFee: COLLECTIBLE.test(scamSays) && COLLECTIBLE_FEE.test(scamSays),
    placementBought: PLACEMENT.test(scamSays) && PLACEMENT_PRICE.test(scamSays),
    // Split into sentences only when a release is named at all: most texts name none.
    releaseBought:
      RELEASE.test(scamSays) &&
      scamSays.split(SENTENCE_END).some((sentence) => RELEASE.test(sentence) && releasePriceNamed(sentence)),
    recoveryOffered: offersRecovery(prepared.text, prepared.ownWarning),
    adviserChat:
      STOCK_ADVISER.test(scamSays) && PRIVATE_ADD.test(scamSays) && !ADVISER_LICENSED.test(scamSays),
    dateVenue:
      DATE_MET.test(scamSays) &&
      !VENUE_GROUP.test(scamSays) &&
      !VENUE_PAID.test(scamSays) &&
      ((DATE_VENUE.test(scamSays) && (VENUE_TIE.test(scamSays) || VENUE_BILL.test(scamSays))) ||
        (DATE_CAFE.test(scamSays) && VENUE_BILL.test(scamSays))),
    matchmakerFee:
      MATCHMAKER.test(scamSays) && MATCHMAKER_FEE.test(scamSays) && !MATCHMAKER_PAYS.test(scamSays),
    accusedYou: ACCUSED_YOU.test(scamSays),
    inPerson: IN_PERSON.test(scamSays) && !AT_MACHINE.test(scamSays),
    verificationAsked: VERIFICATION_ASKED.test(scamSays),
    pensionCheck: PENSION_CHECK.test(scamSays) && !/[你您]/.test(scamSays),
    payAtCounter:
      PAY_AT_COUNTER.test(scamSays) ||
      (PROPERTY_COUNTER.test(scamSays) && !PAY_A_PERSON.test(scamSays.replace(NOT_DONE, ''))),
    counterPayMethods: paysByCounterMethods(scamSays),
    gambling: GAMBLING.test(scamSays),
    inviteCode: INVITE_CODE.test(scamSays),
    loanAdLures: new Set(scamSays.match(LOAN_AD_LURES) ?? []).size,
    noCreditCheck: NO_CREDIT_CHECK.test(scamSays),
    exposure,
    exposureThreat: exposure && EXPOSURE_UNLESS.test(scamSays),
    paidRemoval: PAID_REMOVAL.test(scamSays),
    reviewExtortion:
      REVIEW_NAMED.test(scamSays) &&
      (REVIEW_PAY_ME.test(scamSays) || (REVIEW_REMOVAL_PRICE.test(scamSays) && REVIEW_THREAT.test(scamSays))),
    // Told by someone who claimed an office or a role, an online partner or an app to install, or for what only a
    // scam asks: a son's or a gas company's bill paid as asked is no loss (an attacking review).
    paidAsTold:
      PAID_AS_TOLD.test(scamSays) &&
      (SELF_STYLED.test(scamSays) ||
        SCAM_PAYMENT.test(scamSays) ||
        found.has('claim-authority') ||
        found.has('claim-online-partner') ||
        found.has('want-install')),
    secretsGiven: SECRETS_GIVEN.test(scamSays) && SECRET_OPENS_MONEY.test(scamSays),
    accountEmptied: ACCOUNT_EMPTIED.test(scamSays),
    wrongAddOpener: WRONG_ADD_OPENER.test(scamSays),
    strangerOpener: STRANGER_ADD.test(scamSays) && BEFRIEND.test(scamSays) && SUITOR_LIFE.test(scamSays),
    guessWho: GUESS_WHO.test(scamSays),
    officeSummons: OFFICE_SUMMONS.test(scamSays),
    payForMe:
      (PAY_APP_PROBE.test(scamSays) ||
        PAID_BACK_SOON.test(scamSays) ||
        LOAN_PAID_BACK_LATER.test(scamSays)) &&
      !SPOUSE_ASKS.test(scamSays) &&
      !CALL_OFFERED.test(scamSays) &&
      !SEEN_SOON.test(scamSays),
    ownPayBlocked:
      OWN_PAY_BROKEN.test(scamSays) && PAY_OTHERS_STRAIGHT.test(scamSays) && !ACCOUNT_KNOWN.test(scamSays),
    riggedDraw: RIGGED_DRAW.test(scamSays) && BET_ON_MY_WORD.test(scamSays),
    goldHandover: GOLD_HANDOVER.test(scamSays) && !tellsHowItEnded(scamSays),
    voteAsked: VOTE_ASKED.test(scamSays) && !CONTEST_HOST.test(prepared.text),
    videoAccountCheck:
      asksOutsideWarnings(prepared, VIDEO_ACCOUNT_CHECK) &&
      POLICE_CONTEXT.test(prepared.text) &&
      !POLICE_WONT.test(prepared.text),
    sameAccountAsBefore:
      (SAME_ACCOUNT_AS_BEFORE.test(scamSays) || ACCOUNT_KNOWN.test(scamSays)) &&
      !ACCOUNT_CHANGED.test(scamSays),
    verifyForOthers:
      (asksOutsideWarnings(prepared, VERIFY_FOR_OTHERS) ||
        (MY_ACCOUNT_BLOCKED.test(scamSays) &&
          asksOutsideWarnings(prepared, VERIFY_NAMED) &&
          !VERIFIED_ALREADY.test(scamSays))) &&
      !HOW_TO_VERIFY.test(scamSays),
    ticketPrize:
      (TICKET_PRIZE.test(scamSays) || (DRAW_ON_SITE.test(scamSays) && !YOU_WON.test(scamSays))) &&
      !NUMBER_DRAWN.test(scamSays),
    groupMoved: GROUP_MOVED.test(scamSays) && !SCAN_IN_PERSON.test(scamSays),
    superiorSelfNamed: SUPERIOR_SELF_NAMED.test(scamSays),
    replyAsked: REPLY_ASKED.test(scamSays),
    talkOnly: TALK_ONLY.test(scamSays.trim()),
    replyToLift: REPLY_TO_LIFT.test(scamSays),
    ownCheckReply: OWN_CHECK_REPLY.test(scamSays),
    collection: COLLECTION.test(scamSays),
    keyPress: asksKeyPress(prepared, scamSays),
    extortion: threatensForMoney(scamSays),
    moneyNamed: AMOUNT.test(scamSays),
    billDiscount: BILL_DISCOUNT.test(scamSays),
    rebate: rebatesMoreThanPaid(scamSays),
    boughtOutcome: BOUGHT_OUTCOME.test(scamSays),
    cardSecurityCode: asksOutsideWarnings(prepared, CARD_SECURITY_CODE),
    cardCodeOnPage: asksOutsideWarnings(prepared, CARD_CODE_ON_PAGE),
    codeByMistake: CODE_BY_MISTAKE.test(scamSays),
    metOnlineAsksMoney: MET_ONLINE.test(scamSays) && ASKED_FOR_MONEY.test(scamSays),
    claimsOffice: CLAIMS_OFFICE.test(scamSays),
    claimsPolice:
      CLAIMS_POLICE.test(scamSays) &&
      CASE_TALK.test(scamSays) &&
      !REAL_POLICE_TOPIC.test(scamSays) &&
      !ownReport &&
      !SUMMONED_IN_PERSON.test(scamSays),
    licencePoints: LICENCE_POINTS_TRADE.test(scamSays),
    jobFee: asksOutsideWarnings(prepared, JOB_FEE_ASK),
    ownPaymentSystem:
      OWN_PAYMENT_SYSTEM.test(scamSays) &&
      !PAY_A_PERSON.test(scamSays.replace(NOT_DONE, '').replace(PROOF_HANDED_IN, '')),
    institutionPaid:
      INSTITUTION_PAYEE.test(scamSays) &&
      !PERSON_PAID.test(scamSays.replace(NOT_DONE, '').replace(PROOF_HANDED_IN, '')),
    buyerPaymentLink: BUYER_PAYMENT_LINK.test(scamSays),
    sellerBlamed: PAYMENT_BLOCKED.test(scamSays) && SELLER_LACKS.test(scamSays),
    shipBeforePaid: SENT_YOU.test(scamSays) && ARRIVES_LATE.test(scamSays) && SHIP_FIRST.test(scamSays),
    readerPaid:
      READER_CODE_ASKED.test(scamSays) && WRITER_PAYS_READER.test(scamSays) && !PAID_BACK_LURE.test(scamSays),
    sentYouPassOn:
      SENT_YOU.test(scamSays) &&
      !AFTER_ARRIVAL.test(scamSays) &&
      (RECEIPT_SHOWN.test(scamSays) || ARRIVES_LATE.test(scamSays) || PASS_TO_ACCOUNT.test(scamSays)) &&
      (PASS_TO_ANOTHER.test(scamSays) || PAY_FOR_ME.test(scamSays)),
    compensationOffered: REFUND_OFFERED.test(scamSays) && PURCHASE_OR_PARCEL.test(scamSays),
    tradeSite,
    tradeNamed: TRADE_NAMED.test(scamSays),
    tradeSiteAsked: tradeSite && TRADE_SITE_ASKED.test(scamSays),
    stateMoney: STATE_MONEY.test(scamSays),
    wordingRaises: found.has('channel-wording'),
    wordingStrong: data?.wording !== undefined && wording > data.wording.strongThreshold,
    middleman: MIDDLEMAN.test(scamSays),
    handoutRush: HANDOUT_RUSH.test(scamSays) && !TRADE_IN_AD.test(scamSays),
    lonelyReply: LONELY_LURE.test(scamSays) && TEXT_TO_NUMBER.test(scamSays),
    sexChatLure: SEX_CHAT_LURE.test(scamSays),
    kinProduceSale:
      KIN_PRODUCE.test(scamSays) &&
      PRODUCE_SALE_ASK.test(scamSays) &&
      (MET_ONLINE_FRIEND.test(scamSays) || PRODUCE_PLEA.test(scamSays)),
    giftsForFavours:
      GIFTS_ASKED.test(scamSays) &&
      GIFTS_PLATFORM.test(scamSays) &&
      GIFTS_REPAID.test(scamSays) &&
      !GIFTS_DECLINED.test(scamSays),
    curseForetold: CURSE_FORETOLD.test(scamSays),
    ritualPaid: RITUAL_PAID.test(scamSays) && !WRITER_PAYS.test(scamSays),
    gamblingLure:
      GAMBLING_LURE.test(scamSays) || (GAMBLING_PLACE_LURE.test(scamSays) && GAMBLING_ONLINE.test(scamSays)),
    phoneTaken: PHONE_TAKEN.test(scamSays) && CODE_COMING.test(scamSays),
    confidentialDeal: CONFIDENTIAL_DEAL.test(scamSays) && LARGE_SUM.test(scamSays),
    bossSpeaks: BOSS_SPEAKS.test(prepared.text),
    salesTalk: SALES_TALK.test(scamSays),
    childrenKeptOut: CHILDREN_KEPT_OUT.test(scamSays),
    creditErase: CREDIT_ERASE.test(scamSays),
    medicalCashout: MEDICAL_CASHOUT.test(scamSays) && !CALLED_UNLAWFUL.test(scamSays),
    sharesPitch: SHARES_PITCH.test(scamSays),
    charityToPerson: DONATION.test(scamSays) && PERSON_PAYEE.test(scamSays),
    publicFeeToPerson:
      (PUBLIC_FEE_TO_PERSON.test(scamSays) || (TO_ME.test(scamSays) && FEE_THEN_TO_ME.test(scamSays))) &&
      !FEE_FRONTED.test(scamSays),
    bankCreditOffer: BANK_NAMED.test(scamSays) && CREDIT_OFFER.test(scamSays),
    cardCentreLine: CARD_CENTRE_LINE.test(scamSays),
    unorderedCod:
      !WRITER_IS_KIN.test(scamSays) &&
      COD_PARCEL.test(scamSays) &&
      BOUGHT_BY_KIN.test(scamSays) &&
      COD_SUM.test(scamSays),
    courierMule:
      PICKUP_FROM_PERSON.test(scamSays) &&
      HANDED_ON.test(scamSays) &&
      COURIER_COVER.filter((cover) => cover.test(scamSays)).length >= COURIER_COVERS_NEEDED &&
      COURIER_PAY.test(scamSays),
    doorFee:
      UTILITY_VISITOR.test(scamSays) &&
      (SPOT_PAID.test(scamSays) || SPOT_SALE.test(scamSays)) &&
      DOOR_FEE.test(scamSays),
    doorThreat: DOOR_THREAT.test(scamSays),
    handout: HANDOUT.test(scamSays),
    handoutPaid: HANDOUT_PAID.test(scamSays),
    verifyDeposit: VERIFY_DEPOSIT.test(scamSays) && REFUND_PROMISED.test(scamSays),
    callToConfirm: CALL_TO_CONFIRM.test(scamSays),
    handoutClaimed: HANDOUT_CLAIMED.test(scamSays),
    clickInMessage: CLICK_IN_MESSAGE.test(scamSays),
    frontedOrder: FRONTED_ORDER.test(scamSays),
    meetingCall:
      MEETING_CALL.test(scamSays) && !SCREEN_OR_REMOTE.test(scamSays.replace(NO_SCREEN_SHARED, '')),
    schoolMeeting: SCHOOL_MEETING.test(scamSays),
    collectibleSale:
      COLLECTIBLE_SALE.test(scamSays) && (CLAIMS_OFFICE.test(scamSays) || OFFICE_SIGNED.test(scamSays)),
    contactsAsked: CONTACTS_ASKED.test(scamSays) && !CONTACTS_REFUSED.test(scamSays),
    ownReport,
    civilCase: CIVIL_CASE.test(scamSays),
    tellLater: TELL_LATER.test(scamSays),
    favourAsked:
      FAVOUR_ASKED.test(scamSays) && !(FAVOUR_IN_PERSON.test(scamSays) && !FAVOUR_MONEY.test(scamSays)),
    appTaught: APP_TAUGHT.test(scamSays) && !REMOTE_TOOL.test(scamSays),
    wrongDetailsFrozen: WRONG_DETAILS_FROZEN.test(scamSays),
    payFirst: PAY_FIRST.test(scamSays),
    paidToWriter:
      PAID_TO_WRITER.test(scamSays) && SENT_FROM_AFAR.test(scamSays) && !SEEN_FIRST.test(scamSays),
    buyForUs: BUY_FOR_US.test(scamSays) && SETTLE_LATER.test(scamSays) && BULK_ORDER.test(scamSays),
    jobAbroad: ABROAD.test(scamSays) && TRAVEL_COVERED.test(scamSays) && !BUSINESS_TRIP.test(scamSays),
    parentAccountUsed: PARENT_ACCOUNT_USED.test(scamSays) && CHILD_LURE.test(scamSays),
    addressGiven: WEB_ADDRESS.test(scamSays),
    antiFraudFee: ANTI_FRAUD_NAMED.test(scamSays) && FEE_ASKED.test(scamSays),
    companyProcess: COMPANY_PROCESS.test(scamSays),
    sellerAway: SELLER_AWAY.test(scamSays),
    cashPickup: asksCashPickup(scamSays),
    atmGuided: ATM_GUIDED.test(scamSays),
    callerGuidesApp:
      CALLER_GUIDES_APP.test(scamSays) && ON_A_CALL.test(scamSays) && CALLER_PRETEXT.test(scamSays),
    savingsHanded: SAVINGS_HANDED.test(scamSays) && RETURN_PROMISED.test(scamSays),
    atmRemote: ATM_REMOTE.test(scamSays),
    notUrgent:
      !HURRIED.test(scamSays) &&
      ((NOT_URGENT.test(scamSays) && SHARED_BILL.test(scamSays)) ||
        (BILL_SPLIT.test(scamSays) &&
          BILL_PROOF.test(scamSays) &&
          WRITER_PAID_FIRST.test(scamSays) &&
          !TO_WRITERS_OWN.test(scamSays))),
    offPlatform: isOffPlatform(scamSays) && !isKeptOnPlatform(scamSays),
    faceToFace: FACE_TO_FACE.test(scamSays),
    meetOffered: MEET_OFFERED.test(scamSays) && !SENT_AHEAD.test(scamSays),
    notYourMoney: NOT_YOUR_MONEY.test(scamSays),
    asAlways: AS_ALWAYS.test(scamSays),
    propertyEscrow: PROPERTY_ESCROW.test(scamSays),
    officialAppInstall: OFFICIAL_APP_INSTALL.test(scamSays) && !SCREEN_SHARE.test(scamSays),
    workToBring: WORK_TO_BRING.test(scamSays) && !SELF_TITLED.test(scamSays),
    platformOrder:
      (PLATFORM_ORDER.test(scamSays) || COMPANY_ACCOUNT_IN_PERSON.test(scamSays)) &&
      !CONFIRM_BEFORE_DELIVERY.test(scamSays),
    confirmBeforeDelivery: CONFIRM_BEFORE_DELIVERY.test(scamSays),
    memberTopUp: signed && MEMBER_TOP_UP.test(scamSays) && !PAID_REMOTELY.test(scamSays),
    idAndCardForGift:
      asksOutsideWarnings(prepared, ID_AND_CARD_ASKED) &&
      CARRIED.test(scamSays) &&
      !ONBOARDING.test(scamSays) &&
      (SELLER_OWN.test(scamSays) ||
        (GIFT_ITEM.test(scamSays) && !BANK_COUNTER.test(scamSays)) ||
        (SELLER_GIFT.test(scamSays) && !PUBLIC_SERVICE.test(scamSays))),
    cashOutHidden:
      CASH_OUT.test(scamSays) &&
      HIDDEN_FROM_FAMILY.test(scamSays) &&
      SALE_CONTEXT.test(scamSays) &&
      (!FAMILY_USE.test(scamSays) || SELLER_PRODUCT.test(scamSays)),
    loanGranted:
      LOAN_GRANTED.test(scamSays) &&
      (asksOutsideWarnings(prepared, LOAN_CLAIM_ASK) || LOAN_REPLY_ASKED.test(scamSays)) &&
      !LOAN_APPLIED.test(scamSays),
    taskLockIn: TASK_LOCK_IN.test(scamSays) && TASK_WORDS.test(scamSays),
    cardToTalk:
      TALK_FOR_CARD.test(scamSays) &&
      CARD_CARRIED.test(scamSays) &&
      !TALK_WARNED.test(scamSays) &&
      !BANK_COUNTER.test(scamSays),
    cheapTour: cheapTour(scamSays) && !TALK_WARNED.test(scamSays),
    videoVouched: VIDEO_VOUCHED.test(scamSays) && NO_TALKING.test(scamSays),
    screenshotRefund: SCREENSHOT_REFUND.test(scamSays),
    returnFee: YOURS_HELD.test(scamSays) && RETURN_FEE.test(scamSays),
    housePledge: HOUSE_PLEDGE.test(scamSays) && HIGH_RETURN.test(scamSays) && !TALK_WARNED.test(scamSays),
    giftToSalesTalk:
      GIFT_TO_SALES_TALK.test(scamSays) &&
      SALES_VENUE.test(scamSays) &&
      !TALK_WARNED.test(scamSays) &&
      !(PUBLIC_CLINIC.test(scamSays) && !PRICED.test(scamSays)),
    cureForSale: CURE_CLAIM.test(scamSays) && SALE_PRICE.test(scamSays) && !curePassedOn,
    curePassedOn,
    mobileCallback: MOBILE_CALLBACK.test(prepared.text),
    trafficOffence: TRAFFIC_OFFENCE.test(scamSays),
    abusedDomain,
    passwordAsked: asksOutsideWarnings(prepared, PASSWORD_ASKED),
    passwordAskedByOthers: asksOutsideWarnings(prepared, PASSWORD_BY_OTHERS) && !tellsHowItEnded(scamSays),
    // Not a relative's story that ends in a refusal ("让她对着手机点点头，她没理就走了": round 61's second review).
    faceForGift:
      (LIVENESS_CAPTURE.test(scamSays) ||
        (ID_PHOTO.test(scamSays) && !HEALTH_SERVICE_SIGNUP.test(scamSays))) &&
      FREE_GIFT.test(scamSays) &&
      !OWN_FACE_CHECK.test(scamSays) &&
      !tellsHowItEnded(scamSays),
    statusFee:
      STATUS_FEE.test(scamSays) &&
      STATUS_TROUBLE.test(scamSays) &&
      STATUS_FEE_ROUTE.test(scamSays) &&
      !INVOICED.test(scamSays) &&
      !ARREARS.test(scamSays),
    coachedAgainstChecks: COACHED_AGAINST_CHECKS.test(scamSays),
    leaveMeOut: LEAVE_ME_OUT.test(scamSays),
    hospitalTout:
      DOCTOR_ELSEWHERE.test(scamSays) &&
      LED_AWAY.test(scamSays) &&
      !HOSPITAL_OWN.test(scamSays) &&
      !OWN_PARENT_ADDRESSED.test(prepared.text),
    ...officesOnly
  })
  // The wording is shown only when it counted: on its own it is no reason to worry.
  const wordingCounted = because.some((c) => WORDING_RULES.has(c.id))
  // Nor is a signal the judgement set aside (a foretold "儿子会出车祸" is no relative speaking; a counter's own QR code),
  // unless the person ticked it: what they said stays on the list.
  const hits = Array.from(found.values())
    .filter(
      (f) =>
        (wordingCounted || f.hit.signal.scoredBy !== 'wording') &&
        (!setAside.has(f.hit.signal.id) || tickedSignals.has(f.hit.signal.id))
    )
    .sort(
      (a, b) =>
        SIGNAL_KINDS.indexOf(a.hit.signal.kind) - SIGNAL_KINDS.indexOf(b.hit.signal.kind) || a.first - b.first
    )
    .map((f) => f.hit)
  const broken = new Set<RuleId>(hits.map((h) => h.signal.rule))
  // A rule that reads the wording itself rather than signals names the brochure rule it breaks.
  for (const fired of because) {
    const breaks = COMBINATION_BY_ID.get(fired.id)?.breaks
    if (breaks) broken.add(breaks)
  }
  const rules = RULE_IDS.filter((r) => broken.has(r))
  const shown =
    verdict === 'none-found' ? null : (topicOfRules(because, verdict, topics) ?? scheme?.match ?? tickedTopic)
  const category: CategoryId | null = shown?.category ?? null
  const aboutScams = verdict === 'none-found' && isAboutScams(prepared)
  const codeNotice =
    verdict === 'none-found' &&
    prepared.text.length <= CODE_SMS_MAX_CHARS &&
    CODE_GIVEN.test(withoutQuoted(prepared.text))
  return {
    verdict,
    hits,
    because,
    scheme: shown,
    category,
    rules,
    skippedChars: prepared.skippedChars,
    aboutScams,
    codeNotice,
    formalNotice: genuineNotice
  }
}

/**
 * A one-time code given to the reader, as a bank's or an app's code SMS gives it: "您的验证码为384912", "验证码：556677",
 * "校验码 8831", "動態密碼 123456" (read in simplified characters). Round 62's fresh tester pasted a real code SMS and read
 * "像是反诈提醒或新闻报道": the page says what such a message is instead (CheckResult.codeNotice).
 */
/**
 * The longest text read as a code SMS (codeNotice): banks' and apps' code messages run to about 100 characters. A news
 * report is longer, or quotes the code in quotation marks, which a code SMS never does (round 63's code review).
 */
const CODE_SMS_MAX_CHARS = 200
const CODE_GIVEN = /(验证码|校验码|动态码|动态密码|确认码|安全码|短信码)(?:是|为|:|：)? ?[0-9]{4,8}(?![0-9])/

/**
 * The share of a text's characters (spaces aside) that its own warning sentences must hold for the text to read as
 * one about scams: a reminder with a heading or a signature is still one; two token warnings in front of a scam are not
 * (review36b: "谨防诈骗！都是骗子！您好，您登记的被骗资金已经全部追回…到…1206室找刘主任当面办理").
 */
const ABOUT_SCAMS_SHARE = 0.75

/**
 * What the rest of a warning (its heading, its signature) never says, and a scam dressed as one must: an ask, an
 * offer, somewhere to go or money to get back ("请回复1登记", "到人民路88号办理退赔", "我们反诈志愿者团队免费检测").
 */
const REST_ASKS =
  /请|可以|即可|需|须|来|到|带|联系|拨打|回拨|致电|关注|搜索|下载|回复|私信|添加|加我|扫|领取|办理|登记|追回|退赔|退赃|追损|返还|退款|转入|转到|汇入|我们|本人|我方|保证金|手续费|工本费/

/**
 * Somewhere to act anywhere in the text, outside quotes (review36b): a number (also in groups, or spelled in Chinese
 * and made ASCII by prepareText) or an address to contact, an account or a chat to move to, an app, a 小程序 or a 公众
 * 号 to open, a code to reply, an officer's "专案组", an offer or a price. A real reminder that names one of these ("对
 * 方让你加微信的都是诈骗") is then only 未发现, without the note: the note must never call a scam a warning. The
 * anti-fraud centre's own app, which reminders ask people to install, is no such place.
 */
const SOMEWHERE_TO_ACT = new RegExp(
  `(^|[^0-9])(1[3-9][0-9](?:[-. ]{0,3}[0-9]){8}|0[0-9]{2,3}[- ]?[0-9]{3,4}[- ]?[0-9]{4}|400[- ]?[0-9]{3}[- ]?[0-9]{4}|95[0-9]{3}转)|${WEB_ADDRESS.source}|微信|威信|薇信|v信|vx|扣扣|qq|钉钉|抖音|快手|视频号|公众号|小程序|app|二维码|扫码|回复[0-9a-z]|私信|专案组|监管账户|保护账户|国库账户|核查人员|我局|只要[0-9]|仅需|原价|名额有限|寄去|货到|交给`
)
/**
 * What a report of a case never tells its reader to do, and a fake one that promises money back does ("受害群众可凭身份证
 * 到市民中心三楼312室领取退款，截止本周五": review36b).
 */
const REPORT_ACTS =
  /(凭|带|携带)[^。!?\n]{0,8}(身份证|银行卡|户口本)|到[^。!?\n]{0,16}(室|楼|号|窗口|网点|服务站|办公室|中心|广场)[^。!?\n]{0,10}(办理|领取|登记|找)|领取退款|退赔|追回损失|截止/
const OWN_APP = /(国家)?反诈中心app/g
/**
 * Whether a text read as nothing flagged is a warning or a report pasted to ask about it (CheckResult.aboutScams):
 * nowhere to act in it outside its warning sentences (SOMEWHERE_TO_ACT), and either a report read as a whole that tells no one to go or bring
 * anything (REPORT_ACTS), or at least ABOUT_SCAMS_SHARE of it in its own warning sentences and nothing else in it that
 * asks (REST_ASKS).
 */
function isAboutScams({ text, ownWarning, readAsReport }: PreparedText): boolean {
  const plain = withoutQuoted(text).replace(OWN_APP, '')
  if (readAsReport) return !SOMEWHERE_TO_ACT.test(plain) && !REPORT_ACTS.test(plain)
  // A warning's own sentences may name a channel ("有人加她微信自称是我", "我查了医保局公众号", blind set Z41): none of
  // them gives somewhere to act, which is read before a sentence may warn (hasActionTarget).
  if (SOMEWHERE_TO_ACT.test(withoutQuoted(textOutside(text, ownWarning)).replace(OWN_APP, ''))) return false
  let read = 0
  let warned = 0
  for (let k = 0; k < text.length; k++) {
    if (isSpaceCode(text.charCodeAt(k))) continue
    read++
    warned += ownWarning[k]
  }
  if (read === 0 || warned < ABOUT_SCAMS_SHARE * read) return false
  return !REST_ASKS.test(withoutQuoted(textOutside(text, ownWarning)))
}
