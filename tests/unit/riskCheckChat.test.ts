import type { CheckResult } from '#types/check'
import { checkMessage, MAX_INPUT_CHARS } from '../../src/domain/riskCheck'
import { chatTurns, chatWindows } from '../../src/domain/riskCheck/chat'
import { riskSignalData } from '../../src/domain/riskCheck/data'

const check = (text: string): CheckResult => checkMessage({ text, situations: [] }, riskSignalData)
const speakersOf = (text: string): string[] | undefined => chatTurns(text)?.turns.map((t) => t.speaker)

// From blind set T (pasted chats written by a helper who never read the matcher), round 32.
const FLATMATES =
  '合租群 302室小周:这个月水电燃气一共 487.6 [图片] 三个人 一人162.5阿杰:收到 [转账]162.50我:[转账]162.50小周:ok 都齐了阿杰:空调是不是该清洗了 开起来有味道小周:我问一下房东 小周:房东说找人来洗 费用他出我:好耶阿杰:对了网费下个月到期了 续一年是1080小周:我先续 然后一人360我:没问题 续完发我截图小周:[图片] 续好了阿杰:[转账]360.00我:[转账]360.00 小周:谢谢二位 今晚我做饭阿强:对了 你上次说你表弟也想来喝喜酒 一起来吧我:他那天要考试 来不了 他托我带个红包阿强:太客气了 替我谢谢他我:哈哈 应该的 婚礼几点开始阿强:中午十二点 十一点到就行 酒店地址我发你 [位置]'
const CLASSMATE =
  '老同学 阿强 \n阿强:兄弟 周末婚礼你来吗\n我:必须来 \n阿强:好 我给你订了一桌 跟咱们班几个坐一块\n我:行 份子我到时候带现金\n阿强:不用不用 人来就行\n我:那哪行 \n阿强:对了 上次你帮我垫的那个伴郎服的钱 我还没给你\n我:800 不急\n阿强:[转账]800.00\n阿强:谢谢啊 这几个月忙晕了\n我:没事 你婚礼那天要不要我帮你接亲\n阿强:求之不得 早上六点集合 哈哈\n我:……行吧 我定三个闹钟\n小周:下个月房东说要涨租 每月涨两百 我们三个人分摊 一人多67\n阿杰:涨了啊 行吧 这附近也不好找房\n我:可以 合同续签的时候我们一起去看一下条款'
const REFUND_AGENT =
  '孩子去年玩游戏充了一万多 今天有人打电话说可以退 后来加了QQ\n对方:您好 我们是腾讯未成年人退款专员 您孩子的充值记录我们这边已经查到了 可以申请全额退款\n我:真的能退吗\n对方:可以的 国家有规定 未成年人充值可以退 您先下载一个"腾讯会议" 我们屏幕共享帮您操作\n我:好 下好了\n对方:您打开手机银行 我这边核实您的退款账户\n对方:退款需要验证您的账户流水 系统会先向您转入一笔 您再按我说的转出一笔作为验证\n对方:您看一下收到短信验证码了吗 念给我听一下\n我:验证码不是不能给别人吗\n对方:我是官方人员 没问题的 这是为了给您退款'
const TASK_JOB =
  '小周:你好 你在闲鱼挂的那个书架还在吗 我:在的 小周:我朋友要 他同城 明天来拿 我:好的 小周:对了你主页写着找兼职 我们公司正好在招人 昨天 14:22 小周:在吗 我在闲鱼上看到你说在找兼职 我们这边招网络店铺助理  我:做什么的  小周:就是给商家的商品点赞收藏 提高权重 一单2-5元 日结 我:可以  小周:[图片] 这是今天的链接 点赞后截图发我 我:[图片] 小周:[转账]5.00  小周:你做得很快 给你推荐个进阶任务 佣金15% 小周:先在这个页面拍下,拍完截图,我们这边审核后本金+佣金一起退你 我:第一单388 小周:对 后面还有两单是连单 要一起做完才能结算 中途断了系统会判定违规 本金退不回来'
// Round 32's attacking review: the claim in the first turn, the ask and the pay code ten turns later.
const MATCHMAKER =
  '婚介顾问：您好，我是佳缘婚恋的红娘小雅，看到您在我们平台注册了资料\n我：对，注册了一段时间了\n婚介顾问：我们这边有一位女士对您很感兴趣，她是小学老师，32岁，离异没孩子\n我：可以认识一下\n婚介顾问：好的，我先跟您说一下她的情况，她比较注重安全感，希望对方是真心想结婚的\n我：我是真心的\n婚介顾问：那太好了，我安排你们先聊一聊\n我：好的\n婚介顾问：不过我们平台有规定，要安排见面的话需要您升级为VIP会员\n我：升级多少钱\n婚介顾问：VIP是一年6800，包括三次线下见面安排和情感顾问全程服务\n我：有点贵\n婚介顾问：今天有活动打八折，5440，而且这位女士很抢手，好几个男士在排队\n我：那我考虑一下\n婚介顾问：您尽快决定，我把付款码发您，付完我马上安排'
// Round 32's new-user trial: a boss's new account in turn 15 and his ask in turn 28; a father's new number in turn 1
// and the mother's 报名费周五前要交 in turn 10.
// Speaks as 老王: (round 63: a speaker named 王总: is a boss in every window, which is the test's other half).
const BOSS_FAR_APART =
  '老王:在吗\n我:在\n老王:小刘，我是王总\n我:你好\n我:嗯，你说吧\n老王:最近怎么样，身体还好吧\n我:还行，老样子\n老王:那就好，天冷注意保暖\n我:知道了\n老王:家里都好吧\n我:都挺好的\n老王:那我就放心了\n我:你那边呢\n老王:我也挺好的\n老王:我换了个新微信，旧的不用了\n我:哦\n我:嗯，你说吧\n老王:最近怎么样，身体还好吧\n我:还行，老样子\n老王:那就好，天冷注意保暖\n我:知道了\n老王:家里都好吧\n我:都挺好的\n老王:那我就放心了\n我:你那边呢\n老王:我也挺好的\n老王:有个客户的款你先帮我垫付一下，转20万到这个账户，下午我报销给你\n我:好'
const FATHERS_NEW_NUMBER =
  '爸爸:儿子，我换号了，这是我的新手机号，旧号不用了，存一下\n我:好的爸，存了\n妈妈:你爸手机摔坏了，换了个新卡\n我:知道了\n爸爸:周末回家吃饭吗\n我:回，周六中午到\n妈妈:今天社区民警来讲反诈，说冒充公检法让转账到安全账户的都是骗子\n爸爸:还说验证码谁要都别给\n我:对，记住了就好，有事先打我电话\n妈妈:你妹下个月考试，报名费周五前要交\n我:我来交吧\n爸爸:不用，我来\n爸爸:[转账]300.00 给你买点水果\n我:收到了，谢谢爸\n妈妈:天冷了多穿点\n我:嗯嗯\n爸爸:你表舅问你那个保险要不要买，我说不要\n我:不要，让他别推销了\n妈妈:好\n爸爸:早点睡\n我:晚安'
// Blind set R: the guess-who, the new number and the favour, eleven turns on one screen.
const GUESS_WHO =
  '对方：在吗 还记得我不\n我：你是？\n对方：你把我都忘了啊 伤心\n我：真想不起来了\n对方：我是你大学室友啊 老四\n我：老四啊 怎么换号了\n对方：别提了 你现在方便吗 帮我个忙'

describe('a pasted chat, turn by turn (chat.ts)', () => {
  it('finds the speakers of a chat pasted one turn per line, on one line, or glued by a screenshot reader', () => {
    expect(speakersOf('阿杰：收到\n小周：好的\n我：行\n小周：ok\n阿杰：嗯')).toEqual([
      '阿杰',
      '小周',
      '我',
      '小周',
      '阿杰'
    ])
    expect(speakersOf('阿杰:收到 小周:好的 我:行 小周:ok 阿杰:嗯')).toEqual([
      '阿杰',
      '小周',
      '我',
      '小周',
      '阿杰'
    ])
    // No break between turns: the name is the ending of the run before the colon that starts two turns or more.
    expect(speakersOf('王经理:付一下 小陈:好的王经理 已付 回单已上传王经理:👍小陈:收到')).toEqual([
      '王经理',
      '小陈',
      '王经理',
      '小陈'
    ])
  })

  it('finds the turns of a chat copied with a line of name and time over each turn', () => {
    const text =
      '同事小赵 21:26\n哥 能借我 500 吗\n\n我 21:26\n可以\n\n同事小赵 21:34\n谢谢哥\n\n我 昨天 21:34\n没事'
    expect(speakersOf(text)).toEqual(['同事小赵', '我', '同事小赵', '我'])
    // A masked number as the name of an SMS thread's other side.
    expect(speakersOf('12366****：您有一笔退税\n我：真的吗\n12366****：请登录\n我：好')).toHaveLength(4)
  })

  it('finds the speakers of exported chats, a space before the colon, emoji in a nickname and names glued on', () => {
    expect(speakersOf('21:00 王经理\n开会\n21:01 小赵\n收到\n21:02 王经理\n带电脑\n21:03 小赵\n好')).toEqual([
      '王经理',
      '小赵',
      '王经理',
      '小赵'
    ])
    expect(
      speakersOf(
        '2026-03-05 21:00:33 王经理(12345670)\n开会\n2026-03-05 21:01:02 小赵(7654321)\n收到\n2026-03-05 21:02:10 王经理(12345670)\n带电脑\n2026-03-05 21:03:00 小赵(7654321)\n好'
      )
    ).toEqual(['王经理', '小赵', '王经理', '小赵'])
    expect(speakersOf('爸爸 :吃了吗\n我 :吃了\n爸爸 :好\n我 :嗯')).toEqual(['爸爸', '我', '爸爸', '我'])
    expect(speakersOf('老爸👍:吃了吗\n我:吃了\n老爸👍:好\n我:嗯')).toEqual(['老爸👍', '我', '老爸👍', '我'])
    // "了爸爸" twice beside "爸爸" four times: the name is 爸爸, and 我 glued to a question is 我.
    expect(speakersOf('爸爸:回来吗我:回爸爸:好的了爸爸:几点吗我:六点了爸爸:行')).toEqual([
      '爸爸',
      '我',
      '爸爸',
      '爸爸',
      '我',
      '爸爸'
    ])
  })

  it('keeps the preface and says where each turn starts and ends', () => {
    const text = '群里的 是真的吗\n管理员:领补贴\n我:怎么领\n管理员:加助理\n我:好'
    const chat = chatTurns(text)
    expect(chat?.prefaceEnd).toBe(text.indexOf('管理员'))
    expect(chat?.turns.map((t) => text.slice(t.start, t.end).trim())).toEqual([
      '管理员:领补贴',
      '我:怎么领',
      '管理员:加助理',
      '我:好'
    ])
  })

  it('reads no chat in a notice, its labels, times or links', () => {
    expect(chatTurns('【某银行】您尾号1234的账户交易金额:100.00元，余额:200.00元，时间:12:30。')).toBeNull()
    expect(chatTurns('21:07 已读 https://a.cn 10:08 http://b.cn 11:30 ftp://c.cn')).toBeNull()
    // A form's labels, each said once, and labels that end alike (原告, 被告: no speaker "告").
    expect(
      chatTurns('会议通知\n时间：周五下午\n地点：三楼会议室\n主持：李主任\n内容：年终总结\n联系：王老师')
    ).toBeNull()
    expect(speakersOf('案由：合同纠纷 原告：张某 被告：李某 原告：王某 被告：赵某 案号：123')).not.toContain(
      '告'
    )
    // One speaker only, however often: a monologue or a list.
    expect(chatTurns('我:一 我:二 我:三 我:四 我:五')).toBeNull()
    // Labels that part a run of notices into long pieces are not turns (average turn over 80 characters).
    const notice = (n: number) =>
      `验证码:${n}，${'您正在登录账户，请勿告诉他人，如非本人操作请忽略本短信。'.repeat(3)}`
    const sender = (n: number) =>
      `金额:${n}元，${'您尾号的账户完成一笔交易，详情请查看手机银行的交易明细。'.repeat(3)}`
    expect(chatTurns([notice(1), sender(2), notice(3), sender(4)].join('\n'))).toBeNull()
  })

  it('reads nothing from odd input', () => {
    for (const text of ['', ':', '：：：：', 'a:'.repeat(50), '我:'.repeat(50)])
      expect(() => chatWindows(text)).not.toThrow()
    expect(chatWindows('')).toEqual([])
  })

  it('reads a short chat only as a whole: it fits on one screen', () => {
    expect(chatWindows(GUESS_WHO)).toEqual([])
    expect(check(GUESS_WHO).verdict).toBe('high-risk')
  })

  it('holds every two neighbouring turns in one window, each window after the preface', () => {
    const windows = chatWindows(CLASSMATE)
    const chat = chatTurns(CLASSMATE)!
    const turnText = chat.turns.map((t) => CLASSMATE.slice(t.start, t.end))
    for (let k = 0; k + 1 < turnText.length; k++)
      expect(windows.some((w) => w.includes(turnText[k] + turnText[k + 1]))).toBe(true)
    for (const w of windows) expect(w.startsWith('老同学 阿强')).toBe(true)
  })

  it('reads a paste of thousands of turns in at most 24 windows, every turn in one', () => {
    const text = Array.from({ length: 3000 }, (_, k) => `${k % 2 ? '我' : '客服'}:第${k}句`).join('\n')
    const windows = chatWindows(text)
    expect(windows.length).toBeLessThanOrEqual(24)
    expect(windows.join('\n').length).toBeGreaterThanOrEqual(text.length)
    for (const k of [0, 1, 1499, 2999]) expect(windows.some((w) => w.includes(`第${k}句`))).toBe(true)
  })
})

describe('a long chat is judged on turns that belong together (checkMessage)', () => {
  it('does not join words from turns far apart into a scam no one in the chat made', () => {
    // A bill split with [转账] in one turn, a deadline in another, a wedding's 红包 in a third: one flag as a whole.
    expect(check(FLATMATES).verdict).toBe('none-found')
    expect(check(CLASSMATE).verdict).toBe('none-found')
  })

  it('still flags a scam whose claim and ask are neighbours, quoting the turns that made it', () => {
    const refund = check(REFUND_AGENT)
    expect(refund.verdict).toBe('high-risk')
    expect(refund.hits.map((h) => h.signal.id)).toEqual(expect.arrayContaining(['want-code', 'want-install']))
    const job = check(TASK_JOB)
    expect(job.verdict).toBe('high-risk')
    expect(job.category).toBe('order-brushing')
  })

  it("reads every window with the chat's opening turns, where the other side said who they are", () => {
    const windows = chatWindows(MATCHMAKER)
    expect(windows.length).toBeGreaterThan(2)
    for (const w of windows) expect(w).toContain('我是佳缘婚恋的红娘小雅')
    expect(check(MATCHMAKER).verdict).toBe('high-risk')
  })

  it('lowers a verdict one step at most, and joins an opening turn only to windows its speaker speaks in', () => {
    // As a whole 高风险; no window holds the new account and the ask: 可疑, never 未发现.
    expect(check(BOSS_FAR_APART).verdict).toBe('suspicious')
    const fee = chatWindows(FATHERS_NEW_NUMBER).filter((w) => w.includes('报名费周五前要交'))
    expect(fee).not.toEqual([])
    for (const w of fee) expect(w.includes('我换号了')).toBe(/(^|\n)爸爸:/.test(w.slice(w.indexOf('\n', 1))))
    expect(check(FATHERS_NEW_NUMBER).verdict).not.toBe('high-risk')
  })

  it('reads a long first turn once, not again with every window', () => {
    let text = `对方:${'http://a.cn/x '.repeat(640)}\n我:${'http://a.cn/x '.repeat(640)}\n`
    for (let k = 0; k < 250; k++) text += `${k % 2 ? '我' : '对方'}:好\n`
    const windows = chatWindows(text)
    expect(windows.length).toBeGreaterThan(10)
    expect(windows.join('').length).toBeLessThan(2 * text.length)
  })

  it('says what was left unread of a chat longer than it reads, and still reads its windows', () => {
    const result = check(`${'我:好的\n阿杰:嗯\n'.repeat(MAX_INPUT_CHARS / 10)}${REFUND_AGENT}`)
    expect(result.skippedChars).toBeGreaterThan(0)
    expect(result.verdict).toBe('high-risk')
  })
})

describe("a chat's record of money moved is what happened, not an ask", () => {
  const wantsMoney = (text: string): boolean => check(text).hits.some((h) => h.signal.id === 'want-money')

  it('reads WeChat\'s transfer and red-packet records and a marketplace\'s "已付款" as records', () => {
    for (const text of [
      '大鹏:[转账]173.00',
      '小林：[红包]',
      '买家：已付款 在闲鱼上付的',
      '买家:已拍下',
      '阿姨：已经转账了',
      '爸爸:已缴费',
      '爸爸:【转账】300.00',
      '爸爸:[微信转账]500.00',
      '爸爸:￥500.00 微信转账',
      '爸爸:转账¥200.00 已被接收',
      '小赵:财务说付款已提交，回单已上传'
    ])
      expect([text, wantsMoney(text)]).toEqual([text, false])
  })

  it('still reads an ask for money beside a record, and money said to be sent by mistake', () => {
    for (const text of ['对方：[转账]5.00 这是佣金 下一单先转388', '客服：请先付款 再确认收货'])
      expect([text, wantsMoney(text)]).toEqual([text, true])
    // The 退回来 scam's hook is no record (round 32's attacking review).
    for (const text of [
      '有个不认识的人加我微信，发了这个：\n[转账]5000.00 不好意思转错了，麻烦你退回来一下，我这边急用',
      '网店客服：已经转账给你了，你去银行卡查一下，系统多转了8000，麻烦你退回来'
    ])
      expect([text, check(text).verdict === 'none-found']).toEqual([text, false])
  })
})
