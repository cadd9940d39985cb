/**
 * The verdict comes from combinations of signals, never from one word: a link alone, a new number alone or a
 * bank's own notice with 转账 is nothing; a claimed authority with a link and a deadline is 高风险. Each rule
 * names its reason in plain words, shown under the verdict. The rules follow the brochure's 如何防范 and the
 * patterns public police warnings describe (冒充官方 + 链接 + 限时; 熟人 + 急事 + 要钱; 要验证码).
 */
import type { CheckVerdict, FiredCombination, SignalId } from '#types/check'
import type { RuleId } from '#types/content'

type Has = (...ids: SignalId[]) => boolean

/** A 套路 the brochure names, found in the text: the matching category's words plus what the text wants. */
export interface BrochurePattern {
  name: string
}

/** What a rule may look at besides the signals found in the text. */
export interface JudgeContext {
  /** A 套路 the brochure names, found in the text, or null. */
  pattern: BrochurePattern | null
  /** Whether a rule without the wording signal fired (only rules marked `afterOthers` see it). */
  othersFired: boolean
  /** The signals the person ticked as things that happened, not words found in the text. */
  ticked: Has
  /** How many different signals the person ticked. */
  tickedCount: number
  /** The text ends like a registered bulk sender's ad ("退订回T", "拒收请回复R"). */
  marketing: boolean
  /**
   * The text sends you only to the sender's own channel (its APP, a counter, an official short number such as
   * 95588 or 10000) and to no link, other number or contact.
   */
  ownChannelOnly: boolean
  /**
   * The text names a bank card or account with money moved or a fee, and gives a landline or mobile number to call:
   * a bank's own notice names only its 95 number (or its card centre's 400 line).
   */
  bankCallback: boolean
  /** The text gives a mobile, landline or 400 number to call (not an official short number such as 95588). */
  contactNumber: boolean
  /**
   * Every ask to call is an office's line for questions, a landline or a 400 number ("咨询电话：0731-8452xxxx", "如需改约
   * 请致电0731-…"), beside the channel it sends you to: no chat elsewhere for ownChannelOnly.
   */
  questionsLineOnly: boolean
  /** The text asks you to call a mobile or landline number ("请回电0755-…"); not a 400 line, which card centres use. */
  localCallback: boolean
  /** A cancelled or delayed flight to rebook or be compensated for by calling a mobile or a landline (FLIGHT_TROUBLE, LOCAL_CALLBACK). */
  flightCallback: boolean
  /** The text asks for a bank card number, an ID number or a password ("请提供银行卡号核实"). */
  sensitiveAsked: boolean
  /** The text tells of something lost or found, someone missing, or a reward for news ("捡到", "走失", "酬金"). */
  lostOrFound: boolean
  /** The text says points are about to expire ("您有8620积分将于今晚清零", "累计131580分即将过期"). */
  pointsExpiring: boolean
  /** The text says someone close is held for money ("你女儿在我们手上", "被我绑架了", "准备赎金"). */
  ransom: boolean
  /** The text tells you that you or your card are suspected of a crime and must help an inquiry ("涉嫌洗钱，需要配合调查"). */
  accusedYou: boolean
  /** The text asks you to come to a counter in person: "到户籍窗口领取", "到所内了解情况", "到网点办理". */
  inPerson: boolean
  /** The text asks you to verify who you are: 身份验证, 实名认证, 人脸识别, 完成验证 (not 激活 or 更换, which a genuine new card asks). */
  verificationAsked: boolean
  /** The text threatens to send a video or photos to your family or contacts ("不然把视频发给你通讯录"). */
  exposure: boolean
  /**
   * The text asks money to delete a video, photos or a post it says is online ("你那个视频在网上传开了…删一个视频2000"):
   * 有偿删帖 and 裸聊敲诈's second step.
   */
  paidRemoval: boolean
  /** A shop's bad review held over it for money: "1200删掉，不然每天继续给你打一星" (职业差评师's extortion). */
  reviewExtortion: boolean
  /**
   * The writer says they paid as someone told them to: "让我把钱转到安全账户，我已经转了三万块", "按他说的在支付宝借了两万
   * 转给他了", told by someone who only claimed to be who they said (自称, 冒充), an office, an online partner or an app
   * to install, or for what only a scam asks (解冻, 保证金, 流水): a son's "让我把钱转到他工行卡上，我已经转了两千", a
   * landlord's rent or a gas bill is not.
   */
  paidAsTold: boolean
  /** The writer says they gave away a password or a code: "我把银行卡号和密码都告诉他了", "验证码发给客服了". */
  secretsGiven: boolean
  /** The text says a card's or an account's money is gone ("现在卡里钱没了"); counted with secretsGiven. */
  accountEmptied: boolean
  /** "加错人了" followed by an offer of friendship ("不过看你朋友圈挺有品位的，可以交个朋友吗"): 杀猪盘's opener. */
  wrongAddOpener: boolean
  /**
   * A stranger's friend request with flattery or an offer of friendship, and a life that invites trust or envy ("冒昧
   * 加你…想和你交个朋友，我在做外贸"): the other opener of 杀猪盘.
   */
  strangerOpener: boolean
  /**
   * The writer hides who they are and asks to be guessed ("猜猜我是谁", "还记得我吗", "听不出来了？"): not a friend who
   * gives a name ("我是你老同学刘芳").
   */
  guessWho: boolean
  /** The writer summons the reader to an office: "明天到我办公室来一趟" (issue 10's opener from an unknown number). */
  officeSummons: boolean
  /**
   * The writer asks whether the reader's payment app works, or to pay for him and be paid back at once ("你支付宝能用吗",
   * "先帮我付980，等下给你"): how a stolen account borrows from its owner's friends (rule pay-for-me).
   */
  payForMe: boolean
  /**
   * The writer's own bank, card or payment app said to be broken, and the reader asked to pay someone else's account
   * straight ("我手机网银出问题转不了，你直接转到他们账户"): how a hijacked account of a child or a landlord asks (rule
   * relative-pay-blocked).
   */
  ownPayBlocked: boolean
  /** A video call to "check" the reader's bank account or money (rule video-account-check). */
  videoAccountCheck: boolean
  /** Draw results said to be known before, with a bet placed on the writer's word (rule rigged-draw). */
  riggedDraw: boolean
  /** Gold bought to be shipped or handed to someone the writer names (rule gold-handover). */
  goldHandover: boolean
  /** A vote, a like or a 助力 asked for (rule vote-link, with a web address). */
  voteAsked: boolean
  /**
   * The money asked for goes where it went before or to an account written down in person: "还是转到原来那张农行卡",
   * "号码同上个月一样", "佢寫低咗戶口畀你" (rules money-from-someone and new-number-money).
   */
  sameAccountAsBefore: boolean
  /** The writer names himself by a superior's title: "我是刘总", "我是你们王局", "我是李主任" (rule self-named-superior). */
  superiorSelfNamed: boolean
  /** The text only asks to be answered: "看到回我", "速回", "回个消息" (rule self-named-superior). */
  replyAsked: boolean
  /**
   * The text ends by asking whether the reader can talk, with nothing said after it: "我是王主任，方便说话吗" (rule
   * self-named-superior), not a colleague's "…方便说话吗？想跟您确认一下监考安排".
   */
  talkOnly: boolean
  /**
   * A reply asked to lift or contest what is threatened: "如需申诉请回复1", "回复1解除限制", "如需继续使用请回复一" (rule
   * threat-reply), not a bill's "回复1查询明细" or a card's "如需帮助请回复1".
   */
  replyToLift: boolean
  /**
   * A card's fraud check that asks whether a payment was the reader's own, or the office's own line given beside the
   * reply (OWN_CHECK_REPLY): "如为本人交易，请回复1解除冻结；如非本人交易，请致电95555".
   */
  ownCheckReply: boolean
  /** A collection for someone in trouble (COLLECTION): "部门发起自愿捐款". */
  collection: boolean
  /**
   * A recorded call's ask to press a key for a person or the details (KEY_PRESS): "请按1查询", "详情请按9转人工". Not a
   * survey's "满意请按1".
   */
  keyPress: boolean
  /**
   * One sentence threatens your safety or your name and names money ("有人出钱买你一条腿，给我5万", "不然每天发一篇负面稿",
   * "拿5万块钱，要不然照片发到你单位群").
   */
  extortion: boolean
  /** A threat to hurt you, paid for by someone (HARM_THREAT): "有人出钱买你一条腿", with or without a sum yet. */
  harmThreat: boolean
  /** Money made the condition of a threat (MONEY_ULTIMATUM): "不转钱就等着扣费停机吧". */
  moneyUltimatum: boolean
  /** A private scandal of yours or your spouse's (SCANDAL_BAIT): "你老公在宾馆的开房视频". */
  scandalBait: boolean
  /** Pushed to stake more to win a loss back (RECOUP_PUSH): "你再买个10000元，一定能够把输的赢回来". */
  recoupPush: boolean
  /** Sent away alone for an "inquiry" (SENT_AWAY_ALONE): "去宾馆开个房间，我们要给你远程做笔录". */
  sentAwayAlone: boolean
  /** A supplier of the buyer's own, with the goods settled later (MIDDLEMAN, SUPPLIER_ORDER): "你去拿货…结算". */
  supplierOrder: boolean
  /** A health product sold as a cure or a state benefit (HEALTH_PITCH, HEALTH_SALE): "特效药，买三盒送一盒". */
  healthPitch: boolean
  gasPartSold: boolean
  collectibleFee: boolean
  placementBought: boolean
  /** A detained relative's release bought through connections (RELEASE, RELEASE_PRICE): "先交3万疏通费…办取保候审". */
  releaseBought: boolean
  matchmakerFee: boolean
  /** Money lost to a scam offered back for a chat, a fee or a visit (offersRecovery in index.ts): "被骗资金可追回，请添加vx". */
  recoveryOffered: boolean
  /** A stock firm or a stock "teacher" who asks to be added on a private chat or a group (STOCK_ADVISER in index.ts). */
  adviserChat: boolean
  /**
   * A date's tea shop, bar or KTV, someone's own or with a bill to run up (DATE_VENUE in index.ts): "我表姐开的清吧…开一
   * 瓶她们家的红酒捧个场", "红娘…女方希望在雅韵茶舍见面，请预订包间，包间费由男方承担".
   */
  dateVenue: boolean
  /** The pensioners' yearly 资格认证 (PENSION_CHECK in index.ts). */
  pensionCheck: boolean
  /** Someone offers to pay your bills for you at a discount ("在线代缴电费9折优惠"). */
  billDiscount: boolean
  /** Pay a sum now and get more back ("交200返588", "垫付500元，返还650元"): the 刷单 and 追星返利 bait. */
  rebate: boolean
  /**
   * A guarantee no one can sell: a place or a score bought, a certificate without the exam, the answers before it, a
   * loan whoever applies ("包录取", "内部指标", "改分", "免考拿证", "考前发答案", "包下款").
   */
  boughtOutcome: boolean
  /** A job's fee asked of its applicant: 押金, 培训费, 服装费 (JOB_FEE_ASK), not after a negation. */
  jobFee: boolean
  /** Money is paid only through a school's or an office's own 缴费平台 (OWN_PAYMENT_SYSTEM): no person, link or QR code. */
  ownPaymentSystem: boolean
  /**
   * Fees paid to the institution's own account or by the bank's 代扣 (INSTITUTION_PAYEE in index.ts), no person paid
   * besides: the account number written out is the school's, so it counts as its own payment system.
   */
  institutionPaid: boolean
  /** Asks for a card's security code ("需验证卡号、有效期及安全码", "背面那三个数字报给他"); with want-info, negations read. */
  cardSecurityCode: boolean
  /** Asks to type the code in (填写/输入/验证/核对): counts only when pressed. */
  cardCodeOnPage: boolean
  /** Says a code reached your phone by mistake ("我不小心把验证码发到你手机上了"). */
  codeByMistake: boolean
  /** Says the other side was met online ("网上认识的", "网友") and asks the writer for money ("让我先给他寄钱"). */
  metOnlineAsksMoney: boolean
  /** The speaker says he is from a government office or the police ("说他是民政局的", "我是社保局的"). */
  claimsOffice: boolean
  /**
   * The speaker says he is the police, a prosecutor or a court, or hands the call over to them ("我是检察院的",
   * "这里是…公安分局刑侦部门", "我把电话给你转到公安局"): 手册「冒充公检法诈骗」.
   */
  claimsPolice: boolean
  /** Buys or sells driving-licence points ("驾照扣分可代消，一分200", "高价回收驾照分数"). */
  licencePoints: boolean
  /** Money the state pays out: 退税、个税、医保、社保、养老金、公积金、补贴. */
  stateMoney: boolean
  /** A buyer says he has paid and sends a link to collect the money ("我已经付款，请点击链接…收款"). */
  buyerPaymentLink: boolean
  /** A buyer says the payment fails because the seller's shop lacks a certification, 保障 or deposit. */
  sellerBlamed: boolean
  /**
   * The writer says money was sent to the reader ("我已经转你了"), shows a receipt or says it arrives late, and asks the
   * reader to pass money on ("你先转给他") before it has arrived.
   */
  sentYouPassOn: boolean
  /**
   * The writer says money was sent to the reader but arrives later, and asks the reader to ship first ("我已经转账给你了，
   * 银行显示24小时到账，你先发货吧"): 二手交易诈骗's fake payment (round 48's review).
   */
  shipBeforePaid: boolean
  /**
   * The reader's own payment code asked for so that the writer can pay ("空调装好了，你把收款码发我，我扫给你"), with no
   * rebate, refund, task or platform beside it (READER_CODE_ASKED, WRITER_PAYS_READER, PAID_BACK_LURE; round 48's trial).
   */
  readerPaid: boolean
  /** The text offers a refund or compensation for a purchase or a parcel: 理赔, 赔偿, 退款, "按三倍给您赔". */
  compensationOffered: boolean
  /** Exposure made a condition ("如不想被发到你单位"): EXPOSURE with 不想, 不然, 否则 before the sending. */
  exposureThreat: boolean
  /** The text names an amount of money ("5万", "三千块", "一套1500元"). */
  moneyNamed: boolean
  /**
   * The text reads like published scams above the wording model's raise threshold (WordingModel.raiseThreshold),
   * which is lower than the threshold at which the wording counts towards flagging it.
   */
  wordingRaises: boolean
  /** The text reads like published scams above the wording model's strong threshold (WordingModel.strongThreshold). */
  wordingStrong: boolean
  /** A deal sent to a trading site the other side names (TRADE_SITE): "走这个交易平台 jyhao-sc.top". */
  tradeSite: boolean
  /** A trading app, goods or an order named (TRADE_NAMED): "闲鱼", "拍下", "发货"; not a payment app alone. */
  tradeNamed: boolean
  /**
   * The reader is asked to go there: TRADE_SITE with the reader sent to register or list ("你先去注册一下", "咱们走第三方
   * 交易平台"), not a platform's own rule ("卖家需先在藏宝阁注册后把号挂上去") nor a company's policy.
   */
  tradeSiteAsked: boolean
  /** A buyer sends the shop to a supplier of his own ("我给你个厂家，你从他那进"). */
  middleman: boolean
  /** Money for everyone, first come first served or without conditions (HANDOUT_RUSH): "补助仅剩2806万，先到先得". */
  handoutRush: boolean
  /** A lonely-hearts lure with a text to a number or a reply ("发短信到9xxxx进入私密聊天室"). */
  lonelyReply: boolean
  /** A lure to a video or private chat with a stranger (SEX_CHAT_LURE): "美女一对一视频", "裸聊", "私密直播". */
  sexChatLure: boolean
  /**
   * A friend met online asks the reader to buy tea or wine from a relative's farm or cellar (KIN_PRODUCE,
   * PRODUCE_SALE_ASK, MET_ONLINE_FRIEND): "我们在网上认识也有一阵了，我外公的茶园新茶下来了，帮我买一斤，算你成本价".
   */
  kinProduceSale: boolean
  /**
   * Paid gifts or a top-up on a live stream or dating platform asked for the writer (GIFTS_ASKED, GIFTS_PLATFORM), with
   * money back, a meeting or a contact promised for them (GIFTS_REPAID), not declined (GIFTS_DECLINED): "你再帮我刷两个
   * “嘉年华”…月底全部还你".
   */
  giftsForFavours: boolean
  /** Harm foretold by a fortune-teller (CURSE_FORETOLD): "你儿子今年犯太岁", "大师说我家最近有血光之灾". */
  curseForetold: boolean
  /** A paid ritual named (RITUAL_PAID) that the writer does not pay for (WRITER_PAYS): "做一场法事就能化解", "功德钱". */
  ritualPaid: boolean
  /**
   * A gambling site's bait beside its games (GAMBLING_LURE: "真人视讯…注册即送88元彩金"), or beside a name it shares with
   * arcades (GAMBLING_PLACE_LURE) with an online cue (GAMBLING_ONLINE): "线上娱乐城，首存送百分百".
   */
  gamblingLure: boolean
  /** The reader's phone taken to get a text or a code (PHONE_TAKEN, CODE_COMING): "手机借我用一下，等下会收到几条短信". */
  phoneTaken: boolean
  /**
   * A deal kept from colleagues and the bank (CONFIDENTIAL_DEAL) over a company's sum (LARGE_SUM): "此事高度机密，不要同
   * 其他同事或银行经理讨论…1,500万". A per-head birthday collection kept from the boss is none.
   */
  confidentialDeal: boolean
  /** A click on something in the message itself (CLICK_IN_MESSAGE): "请于24小时内点击下方「问题回报」". */
  clickInMessage: boolean
  /** A superior's name as the speaker of a pasted chat (BOSS_SPEAKS): "陈总：…". */
  bossSpeaks: boolean
  /** A sales talk for elders (SALES_TALK): "保健品讲座", "专家义诊", "体验店". */
  salesTalk: boolean
  /** Children told to stay away (CHILDREN_KEPT_OUT): "请勿携带子女", "千万别让您儿子跟着". */
  childrenKeptOut: boolean
  /** A handout to be claimed (HANDOUT_CLAIMED): "申請連結", "待领取". */
  handoutClaimed: boolean
  /** The reader told to phone the relative who gets the money (CALL_TO_CONFIRM): "转完给你舅妈打个电话说一声". */
  callToConfirm: boolean
  /** Money to prove the reader can pay, promised back (VERIFY_DEPOSIT, REFUND_PROMISED): "转一笔验证金4600元，验证完成后…退回". */
  verifyDeposit: boolean
  /** Money a government hands out (HANDOUT): "全民普發現金1萬元", "現金分享計劃", "消费补贴". */
  handout: boolean
  /** A handout said to be paid already (HANDOUT_PAID): "高温津贴已随工资发放". */
  handoutPaid: boolean
  /** A package fetched from a person and handed on, kept shut or unexplained, for a runner's outsized pay (PICKUP_FROM_PERSON, HANDED_ON, COURIER_COVER, COURIER_PAY): "找一位姓赵的阿姨，她会给你一个纸袋…送到高铁站，我这边有人接…不要拆开". */
  courierMule: boolean
  /** A parcel paid on delivery, for hundreds, said to be a relative's gift (COD_PARCEL, BOUGHT_BY_KIN, COD_SUM): "到付的包裹，是您儿子给您买的保健酒，到付费用1680". */
  unorderedCod: boolean
  /** A promise to erase true credit records (CREDIT_ERASE): "逾期记录、查询次数都能做消除". */
  creditErase: boolean
  /** A medical insurance card's balance or medicines bought with it taken for cash (MEDICAL_CASHOUT): "医保卡闲置余额可换现金", "高价收药". */
  medicalCashout: boolean
  /** A stake sold for a share of profit (SHARES_PITCH): "认购5万元享每年8%康养分红", "入股分红". */
  sharesPitch: boolean
  /** A donation paid to a person (DONATION, PERSON_PAYEE): "善心人士可直接轉帳到志工隊長帳戶". */
  charityToPerson: boolean
  /**
   * A fee owed to an office, a school or an estate paid to the writer in person (PUBLIC_FEE, TO_THE_WRITER): "医保…直接微
   * 信转给我（村委会小张）", "物业费改为扫码缴纳到这个二维码（个人收款码）".
   */
  publicFeeToPerson: boolean
  /**
   * A bank named with a credit offer (BANK_NAMED, CREDIT_OFFER): "【中国银行】…已获提额资格，最高可提至8万元", "现可提升卡片信
   * 用额度50000元…【建设银行】".
   */
  bankCreditOffer: boolean
  /** A 400 number given (CARD_CENTRE_LINE): a card centre's own line as often as not. */
  cardCentreLine: boolean
  /** A power, water, gas or fire "inspector" at the door paid on the spot for a part or a fee (UTILITY_VISITOR, SPOT_PAID or SPOT_SALE, DOOR_FEE): "材料费每户280，现在交给我就行". */
  doorFee: boolean
  /** A fine, a cut-off or a dearer bill if a part is not bought (DOOR_THREAT): "不换的话要罚款五千并且停业整改", "不换下周停气". */
  doorThreat: boolean
  /** The shop asked to order or pay for the buyer, settled later (FRONTED_ORDER): "你先帮忙订20箱，钱到时候一起结给你". */
  frontedOrder: boolean
  /** A meeting called through a meeting app, with no screen shared (MEETING_CALL): "请通过腾讯会议参会，会议号…". */
  meetingCall: boolean
  /** A class's parents' meeting (SCHOOL_MEETING): "本学期期中家长会…线上召开". */
  schoolMeeting: boolean
  /**
   * Collectibles offered for sale (COLLECTIBLE_SALE) by a writer who speaks or signs as an office (CLAIMS_OFFICE,
   * OFFICE_SIGNED): "我是中央军委纪念办的…限量发售…每套1980元", "【中央军委纪念办】…给您留了一套".
   */
  collectibleSale: boolean
  /**
   * The reader's contacts asked for (CONTACTS_ASKED), with no refusal taught (CONTACTS_REFUSED): "授权通讯录才能进直播间",
   * "开启通讯录权限"; not "你点“不允许”就行".
   */
  contactsAsked: boolean
  /** The writer kept out of what the reader tells others (LEAVE_ME_OUT): "别提我", "不要说是我让你转的". */
  leaveMeOut: boolean
  /**
   * A stranger says the doctor the reader came for sits elsewhere today, or that someone was cured elsewhere
   * (DOCTOR_ELSEWHERE), and leads the reader there (LED_AWAY): the 医托's script.
   */
  hospitalTout: boolean
  /**
   * The reader is asked to verify or unblock someone else's chat account (VERIFY_FOR_OTHERS), outside warnings and
   * negations: "我的微信被封了，帮我辅助验证一下", "我的賴被鎖，幫我輔助認證一下可以嗎？".
   */
  verifyForOthers: boolean
  /**
   * A prize collected in person: a lottery station's, with the ticket (TICKET_PRIZE: "请凭原票…到本站兑奖"), or a shop's
   * draw held on the spot that no one is told they have won (DRAW_ON_SITE: "参加现场抽奖…当场兑奖").
   */
  ticketPrize: boolean
  /**
   * The class or parents' group said to be moving ("原群将于明天解散", "因原QQ群人数已满…加入新的班级群"): public warnings on
   * 冒充老师: the "teacher" gathers the parents into a group of his own, then collects fees there.
   */
  groupMoved: boolean
  /** The reader's own report to the police is what the text is about (OWN_REPORT): "您上午报的电动车被盗已经立案". */
  ownReport: boolean
  /** A court's notice to a party of a civil case, by its number (CIVIL_CASE in index.ts). */
  civilCase: boolean
  /** A favour asked without saying what (FAVOUR_ASKED): "找你帮个小忙", "有件事要麻烦你". */
  favourAsked: boolean
  /** A thing to tell kept for later (TELL_LATER): "聽日同你講件事". */
  tellLater: boolean
  /** Someone close shows how to use an everyday app (APP_TAUGHT): "妈，你下载个抖音，我教你看视频". */
  appTaught: boolean
  /** An account or money frozen because a card number or details were entered wrong ("卡号输入错误，资金已被冻结"). */
  wrongDetailsFrozen: boolean
  /** Money to pay before anything is seen or sent (PAY_FIRST): "你先付2000定金", "先把押一付三转我". */
  payFirst: boolean
  /**
   * That money goes straight to the writer for goods sent from afar, nothing seen first (PAID_TO_WRITER, SENT_FROM_AFAR,
   * SEEN_FIRST): "先把票款转给我…我今天就发顺丰".
   */
  paidToWriter: boolean
  /** A buyer asks the shop to buy for it elsewhere and settle later (BUY_FOR_US, SETTLE_LATER, BULK_ORDER). */
  buyForUs: boolean
  /** Work abroad with the fare, the visa or the passport taken care of, not a business trip (ABROAD, TRAVEL_COVERED, BUSINESS_TRIP). */
  jobAbroad: boolean
  /** A child told to scan or pay with a parent's account for a game's gift (PARENT_ACCOUNT_USED, CHILD_LURE). */
  parentAccountUsed: boolean
  /** A web address of any kind, an official one too (WEB_ADDRESS). */
  addressGiven: boolean
  /** A fee asked in the name of fighting fraud (ANTI_FRAUD_NAMED, FEE_ASKED): "下载反诈APP，缴纳100元保证金". */
  antiFraudFee: boolean
  /** A payment through the company's own process (COMPANY_PROCESS): "按OA审批单…", "钉钉上已经批了". */
  companyProcess: boolean
  /** A seller or landlord who cannot meet (SELLER_AWAY): "我人在新疆工作没法回去", "我在国外工作没空回来". */
  sellerAway: boolean
  /**
   * Cash taken out at the bank and handed to someone who comes for it (CASH_PICKUP in index.ts): "你先去银行把钱取出来，
   * 明天我们会安排人上门收取".
   */
  cashPickup: boolean
  /** Money to be "collected" at an ATM by a caller's guidance (ATM_GUIDED in index.ts): "前往自助柜员机，按工作人员电话指导完成领取". */
  atmGuided: boolean
  /** A caller walking the reader through a payment app (CALLER_GUIDES_APP, ON_A_CALL): "他教我在支付宝里点几下". */
  callerGuidesApp: boolean
  /** Savings taken out and handed to a person or a "bank" visitor for a return (SAVINGS_HANDED, RETURN_PROMISED). */
  savingsHanded: boolean
  /**
   * The ask says there is no hurry and nothing hurries it (NOT_URGENT, HURRIED in index.ts): "你方便的时候转我4000就行，
   * 不急". An illness or a stay in hospital it tells of is then no emergency.
   */
  notUrgent: boolean
  /** A cash machine worked from afar by the caller (ATM_REMOTE): "找那台存取款一体机 手机别挂 我远程帮您操作". */
  atmRemote: boolean
  /** A deal taken off the trading platform (isOffPlatform): "不走平台", "不支持平台交易", "平台扣手续费". */
  offPlatform: boolean
  /** An offer to meet where the money is paid (MEET_OFFERED): "咱俩一起去收费处补交". */
  meetOffered: boolean
  /** The reader told not to pay (NOT_YOUR_MONEY): "钱不用你出，家里有". */
  notYourMoney: boolean
  /** A payment made as always (AS_ALWAYS): "老规矩5号前转我微信就行". */
  asAlways: boolean
  /** A property deal's deposit into the official escrow (PROPERTY_ESCROW): "定金按规定打到资金监管账户". */
  propertyEscrow: boolean
  /** The state's own app, installed from the phone's app store (OFFICIAL_APP_INSTALL): "通过应用商店下载官方“数字人民币”App". */
  officialAppInstall: boolean
  /** The work to bring to a boss's office (WORK_TO_BRING): "把上季度报表带上". */
  workToBring: boolean
  /** A deal met in person (FACE_TO_FACE): "同城面交", "当面验货付款". */
  faceToFace: boolean
  /** Asked to confirm receipt before the goods are sent (CONFIRM_BEFORE_DELIVERY): "先确认收货…才能安排发货". */
  confirmBeforeDelivery: boolean
  /** A signed shop's top-up bonus on the reader's own member card (MEMBER_TOP_UP): "会员卡余额…充500送100". */
  memberTopUp: boolean
  /**
   * A deal kept on the trading platform (PLATFORM_ORDER: "在闲鱼拍下…收到验完货再确认收货"), or a deposit to a company's
   * account against papers handed over in person (COMPANY_ACCOUNT_IN_PERSON: "到店签合同，定金打公司对公账户，开收据").
   */
  platformOrder: boolean
  /** Money to pay at a counter in person (PAY_AT_COUNTER): "请到学校教务处现场交费". */
  payAtCounter: boolean
  /**
   * Ways to pay listed together, a QR code beside a card swipe or cash ("可刷卡或扫码"), in the sentence that names the
   * counter, with nothing scanned, clicked or paid from afar elsewhere in the text (COUNTER_PAY_METHODS, PAID_FROM_AFAR).
   */
  counterPayMethods: boolean
  /** A gambling site or app (GAMBLING): "彩票/体育/真人", "提款秒到", "首存送". */
  gambling: boolean
  /** An invitation code to register with ("邀请码 6688"). */
  inviteCode: boolean
  /** How many different loan-advert lures the text uses (LOAN_AD_LURES): "无抵押", "不查征信", "当天下款". */
  loanAdLures: number
  /** A loan that checks no credit (NO_CREDIT_CHECK): "不看征信", "黑户可贷"; no licensed lender may say so. */
  noCreditCheck: boolean
  /**
   * A free gift or check-up that asks the reader to bring an ID card and a bank card (ID_AND_CARD_ASKED in index.ts): "签到
   * 就送鸡蛋…带上身份证和一张常用的银行卡".
   */
  idAndCardForGift: boolean
  /**
   * An expert's or a health talk that asks the reader to bring a bank card or passbook (TALK_FOR_CARD and CARD_CARRIED in
   * index.ts): "明天带您去参加免费体检，现场有专家讲座，记得带上存折".
   */
  cardToTalk: boolean
  /**
   * A seller's cash to take out or send at a bank, kept from the family (CASH_OUT, HIDDEN_FROM_FAMILY, SALE_CONTEXT in
   * index.ts): "咱们先去银行把剩下的一万七取了。您别跟您闺女说", "去信用社把那两万块钱取出来 这事就咱俩知道".
   */
  cashOutHidden: boolean
  /** A loan said to be granted, with a digit to reply or a link to claim it (LOAN_GRANTED): "特批您328000元…速办回1". */
  loanGranted: boolean
  /** A 刷单 task that locks the money in (TASK_LOCK_IN): "进入联单任务…中途不能退出，否则本金无法提取". */
  taskLockIn: boolean
  /** Free eggs, rice or a check-up to bring elders to a seller's talk (GIFT_TO_SALES_TALK): "听完健康讲座还送一袋米". */
  giftToSalesTalk: boolean
  /** A tour of days below 200 yuan a day with a gift or 无购物 (TOUR_PRICE, TOUR_BAIT): "三天游138元/人，送精美礼品". */
  cheapTour: boolean
  /** A home pledged for a pension or an investment said to pay well (HOUSE_PLEDGE, HIGH_RETURN): "以房养老…稳赚不赔". */
  housePledge: boolean
  /**
   * A short video call offered as proof, then no talking and a move to another chat (VIDEO_VOUCHED, NO_TALKING in
   * index.ts): "刚才视频里是我，我在开会不方便说话，微信和电话都不能说，你加一下我QQ".
   */
  videoVouched: boolean
  /** Money to be screenshotted and sent straight back (SCREENSHOT_REFUND in index.ts): "转个520，我截个图就退给你". */
  screenshotRefund: boolean
  /**
   * Something of yours held by a stranger and a small fee first for its return (YOURS_HELD, RETURN_FEE in index.ts):
   * "你手机落我车上了…你先微信转我38块运费".
   */
  returnFee: boolean
  /** A cure or an end to medicine sold at a price (CURE_CLAIM, SALE_PRICE): "糖尿病直接根治…一箱八千八". */
  cureForSale: boolean
  /** A cure passed on from a doctor ("医生说…") or a report of a fine (CURE_PASSED_ON): no seller's claim. */
  curePassedOn: boolean
  /** A traffic offence of yours to deal with (TRAFFIC_OFFENCE): "您有2起交通违规记录", "你的车辆闯红灯，拟扣6分". */
  trafficOffence: boolean
  /** A mobile number to call back (MOBILE_CALLBACK, "查询电话:1318463××××"): no traffic police office gives one. */
  mobileCallback: boolean
  /** A link or address on a top-level domain phishing reports find most abused (ABUSED_TLDS): "wx-pay.vip". */
  abusedDomain: boolean
  /** A bank or payment password to send or say to someone (PASSWORD_ASKED): "回复本短信您的6位交易密码". */
  passwordAsked: boolean
  /**
   * A free gift for a photo of the ID card or a face filmed nodding or blinking (LIVENESS_CAPTURE or ID_PHOTO with FREE_GIFT): "带着身份证去
   * 拍个照，就免费送一袋大米…还要对着手机点点头录个小视频".
   */
  faceForGift: boolean
  /**
   * A fee asked to clear or check a status said to be wrong (STATUS_FEE with STATUS_TROUBLE): "年报信息存在异常，须…缴纳年报
   * 信息核验服务费298元", "认证异常，需交激活费".
   */
  statusFee: boolean
  /**
   * That password asked by someone the writer tells of (PASSWORD_BY_OTHERS: "他们说…还得知道密码才能激活"), not by the
   * relative writing: a family's talk does not make a stranger's ask its own.
   */
  passwordAskedByOthers: boolean
  /** Coaching against the checks that stop a fraud (COACHED_AGAINST_CHECKS): "别听那些反诈宣传", "银行问你就说…". */
  coachedAgainstChecks: boolean
  /**
   * The office the text names is only the 公检法 script's "安全账户" or "资金核查" (SAFE_ACCOUNT_TALK): claim-authority
   * counts it, and the reasons then say 说到“安全账户” rather than 搬出公检法.
   */
  safeAccountOnly: boolean
  /** The office the text names is only a TV show's (SHOW_TALK: 节目组, 栏目组): 说是电视台节目组, not 搬出公检法. */
  showOnly: boolean
  /**
   * Set by judge(): the text sends you to a counter in person and asks nothing an office there never asks by
   * message (money, a code, an app, secrecy, a QR code, a link); money to be paid at that counter itself
   * (PAY_AT_COUNTER, with no other way to pay) is no such ask. Going there is how public guidance says to check.
   */
  atCounter: boolean
}

/** What the caller (checkMessage) works out from the text for the rules, besides its signals; each false if not given. */
type TextFacts = Pick<
  JudgeContext,
  | 'bankCallback'
  | 'contactNumber'
  | 'questionsLineOnly'
  | 'localCallback'
  | 'flightCallback'
  | 'sensitiveAsked'
  | 'lostOrFound'
  | 'pointsExpiring'
  | 'ransom'
  | 'harmThreat'
  | 'moneyUltimatum'
  | 'scandalBait'
  | 'recoupPush'
  | 'sentAwayAlone'
  | 'supplierOrder'
  | 'healthPitch'
  | 'gasPartSold'
  | 'collectibleFee'
  | 'placementBought'
  | 'releaseBought'
  | 'matchmakerFee'
  | 'recoveryOffered'
  | 'adviserChat'
  | 'dateVenue'
  | 'pensionCheck'
  | 'accusedYou'
  | 'inPerson'
  | 'verificationAsked'
  | 'exposure'
  | 'paidRemoval'
  | 'reviewExtortion'
  | 'paidAsTold'
  | 'secretsGiven'
  | 'accountEmptied'
  | 'wrongAddOpener'
  | 'strangerOpener'
  | 'guessWho'
  | 'officeSummons'
  | 'payForMe'
  | 'ownPayBlocked'
  | 'videoAccountCheck'
  | 'riggedDraw'
  | 'goldHandover'
  | 'voteAsked'
  | 'sameAccountAsBefore'
  | 'superiorSelfNamed'
  | 'replyAsked'
  | 'talkOnly'
  | 'replyToLift'
  | 'ownCheckReply'
  | 'collection'
  | 'keyPress'
  | 'extortion'
  | 'billDiscount'
  | 'rebate'
  | 'boughtOutcome'
  | 'jobFee'
  | 'ownPaymentSystem'
  | 'institutionPaid'
  | 'cardSecurityCode'
  | 'cardCodeOnPage'
  | 'codeByMistake'
  | 'metOnlineAsksMoney'
  | 'claimsOffice'
  | 'claimsPolice'
  | 'licencePoints'
  | 'stateMoney'
  | 'buyerPaymentLink'
  | 'sellerBlamed'
  | 'sentYouPassOn'
  | 'shipBeforePaid'
  | 'readerPaid'
  | 'compensationOffered'
  | 'exposureThreat'
  | 'tradeSite'
  | 'tradeSiteAsked'
  | 'tradeNamed'
  | 'moneyNamed'
  | 'wordingRaises'
  | 'wordingStrong'
  | 'middleman'
  | 'handoutRush'
  | 'lonelyReply'
  | 'sexChatLure'
  | 'kinProduceSale'
  | 'giftsForFavours'
  | 'curseForetold'
  | 'ritualPaid'
  | 'gamblingLure'
  | 'phoneTaken'
  | 'confidentialDeal'
  | 'clickInMessage'
  | 'bossSpeaks'
  | 'salesTalk'
  | 'childrenKeptOut'
  | 'handoutClaimed'
  | 'callToConfirm'
  | 'verifyDeposit'
  | 'handout'
  | 'handoutPaid'
  | 'courierMule'
  | 'unorderedCod'
  | 'creditErase'
  | 'medicalCashout'
  | 'sharesPitch'
  | 'charityToPerson'
  | 'publicFeeToPerson'
  | 'bankCreditOffer'
  | 'cardCentreLine'
  | 'doorFee'
  | 'doorThreat'
  | 'frontedOrder'
  | 'meetingCall'
  | 'schoolMeeting'
  | 'collectibleSale'
  | 'contactsAsked'
  | 'leaveMeOut'
  | 'hospitalTout'
  | 'verifyForOthers'
  | 'ticketPrize'
  | 'groupMoved'
  | 'ownReport'
  | 'civilCase'
  | 'favourAsked'
  | 'tellLater'
  | 'appTaught'
  | 'wrongDetailsFrozen'
  | 'payFirst'
  | 'paidToWriter'
  | 'buyForUs'
  | 'jobAbroad'
  | 'parentAccountUsed'
  | 'addressGiven'
  | 'antiFraudFee'
  | 'companyProcess'
  | 'sellerAway'
  | 'cashPickup'
  | 'atmGuided'
  | 'callerGuidesApp'
  | 'savingsHanded'
  | 'atmRemote'
  | 'notUrgent'
  | 'offPlatform'
  | 'giftToSalesTalk'
  | 'cheapTour'
  | 'videoVouched'
  | 'screenshotRefund'
  | 'returnFee'
  | 'housePledge'
  | 'idAndCardForGift'
  | 'cardToTalk'
  | 'cashOutHidden'
  | 'loanGranted'
  | 'taskLockIn'
  | 'payAtCounter'
  | 'counterPayMethods'
  | 'platformOrder'
  | 'memberTopUp'
  | 'confirmBeforeDelivery'
  | 'faceToFace'
  | 'meetOffered'
  | 'notYourMoney'
  | 'asAlways'
  | 'propertyEscrow'
  | 'officialAppInstall'
  | 'workToBring'
  | 'gambling'
  | 'inviteCode'
  | 'loanAdLures'
  | 'noCreditCheck'
  | 'cureForSale'
  | 'curePassedOn'
  | 'trafficOffence'
  | 'mobileCallback'
  | 'abusedDomain'
  | 'passwordAsked'
  | 'passwordAskedByOthers'
  | 'faceForGift'
  | 'statusFee'
  | 'coachedAgainstChecks'
  | 'safeAccountOnly'
  | 'showOnly'
>

const NO_FACTS: TextFacts = {
  bankCallback: false,
  contactNumber: false,
  questionsLineOnly: false,
  localCallback: false,
  flightCallback: false,
  sensitiveAsked: false,
  lostOrFound: false,
  pointsExpiring: false,
  ransom: false,
  harmThreat: false,
  moneyUltimatum: false,
  scandalBait: false,
  recoupPush: false,
  sentAwayAlone: false,
  supplierOrder: false,
  healthPitch: false,
  gasPartSold: false,
  collectibleFee: false,
  placementBought: false,
  releaseBought: false,
  matchmakerFee: false,
  recoveryOffered: false,
  adviserChat: false,
  dateVenue: false,
  pensionCheck: false,
  accusedYou: false,
  inPerson: false,
  verificationAsked: false,
  exposure: false,
  paidRemoval: false,
  reviewExtortion: false,
  paidAsTold: false,
  secretsGiven: false,
  accountEmptied: false,
  wrongAddOpener: false,
  strangerOpener: false,
  guessWho: false,
  officeSummons: false,
  payForMe: false,
  ownPayBlocked: false,
  videoAccountCheck: false,
  riggedDraw: false,
  goldHandover: false,
  voteAsked: false,
  sameAccountAsBefore: false,
  superiorSelfNamed: false,
  replyAsked: false,
  talkOnly: false,
  replyToLift: false,
  ownCheckReply: false,
  collection: false,
  keyPress: false,
  extortion: false,
  billDiscount: false,
  rebate: false,
  boughtOutcome: false,
  jobFee: false,
  ownPaymentSystem: false,
  institutionPaid: false,
  cardSecurityCode: false,
  cardCodeOnPage: false,
  codeByMistake: false,
  metOnlineAsksMoney: false,
  claimsOffice: false,
  claimsPolice: false,
  licencePoints: false,
  stateMoney: false,
  buyerPaymentLink: false,
  sellerBlamed: false,
  sentYouPassOn: false,
  shipBeforePaid: false,
  readerPaid: false,
  compensationOffered: false,
  exposureThreat: false,
  tradeSite: false,
  tradeSiteAsked: false,
  tradeNamed: false,
  moneyNamed: false,
  wordingRaises: false,
  wordingStrong: false,
  middleman: false,
  handoutRush: false,
  lonelyReply: false,
  sexChatLure: false,
  kinProduceSale: false,
  giftsForFavours: false,
  curseForetold: false,
  ritualPaid: false,
  gamblingLure: false,
  phoneTaken: false,
  confidentialDeal: false,
  clickInMessage: false,
  bossSpeaks: false,
  salesTalk: false,
  childrenKeptOut: false,
  handoutClaimed: false,
  callToConfirm: false,
  verifyDeposit: false,
  handout: false,
  handoutPaid: false,
  courierMule: false,
  unorderedCod: false,
  creditErase: false,
  medicalCashout: false,
  sharesPitch: false,
  charityToPerson: false,
  publicFeeToPerson: false,
  bankCreditOffer: false,
  cardCentreLine: false,
  doorFee: false,
  doorThreat: false,
  frontedOrder: false,
  meetingCall: false,
  schoolMeeting: false,
  collectibleSale: false,
  contactsAsked: false,
  leaveMeOut: false,
  hospitalTout: false,
  verifyForOthers: false,
  ticketPrize: false,
  groupMoved: false,
  ownReport: false,
  civilCase: false,
  favourAsked: false,
  tellLater: false,
  appTaught: false,
  wrongDetailsFrozen: false,
  payFirst: false,
  paidToWriter: false,
  buyForUs: false,
  jobAbroad: false,
  parentAccountUsed: false,
  addressGiven: false,
  antiFraudFee: false,
  companyProcess: false,
  sellerAway: false,
  cashPickup: false,
  atmGuided: false,
  callerGuidesApp: false,
  savingsHanded: false,
  atmRemote: false,
  notUrgent: false,
  offPlatform: false,
  giftToSalesTalk: false,
  cheapTour: false,
  videoVouched: false,
  screenshotRefund: false,
  returnFee: false,
  housePledge: false,
  idAndCardForGift: false,
  cardToTalk: false,
  cashOutHidden: false,
  loanGranted: false,
  taskLockIn: false,
  payAtCounter: false,
  counterPayMethods: false,
  platformOrder: false,
  memberTopUp: false,
  confirmBeforeDelivery: false,
  faceToFace: false,
  meetOffered: false,
  notYourMoney: false,
  asAlways: false,
  propertyEscrow: false,
  officialAppInstall: false,
  workToBring: false,
  gambling: false,
  inviteCode: false,
  loanAdLures: 0,
  noCreditCheck: false,
  cureForSale: false,
  curePassedOn: false,
  trafficOffence: false,
  mobileCallback: false,
  abusedDomain: false,
  passwordAsked: false,
  passwordAskedByOthers: false,
  faceForGift: false,
  statusFee: false,
  coachedAgainstChecks: false,
  safeAccountOnly: false,
  showOnly: false
}

/** A text fact a reason may name: the yes-or-no ones of TextFacts. */
type FactName = { [K in keyof TextFacts]: TextFacts[K] extends boolean ? K : never }[keyof TextFacts]

/** A phrase of a reason, said only when one of `when` holds: a signal found in the text or ticked, or a text fact. */
export interface ReasonChoice {
  say: string
  when: readonly (SignalId | FactName)[]
  /** Not said when one of these holds: another choice says it better (a QR code to scan, rather than 点开). */
  unless?: readonly (SignalId | FactName)[]
}

/**
 * Choices said together: those that hold, joined by `join`. A rule fires on any one of several signals; its reason
 * names only the ones found ("还冒充机构、要您转账", not "还冒充机构、施加压力或要您转账" for a text with no
 * pressure in it). When none holds (the rule fired on something its choices do not name), all are said, the last
 * after 或, as a description of the kind.
 */
export interface ReasonRun {
  join: string
  choices: readonly ReasonChoice[]
  /** Said before the choices, and with them: "，还" before what else the text asks. */
  lead?: string
  /** When none holds, say nothing (the run adds to a reason that stands without it). */
  optional?: boolean
}

/** A reason: fixed words and runs of choices, said in order (see sayReason). */
export type Reason = string | readonly (string | ReasonRun)[]

/** The most choices of one run a reason says (see sayReason). */
const MAX_SAID = 2

const ch = (say: string, ...when: (SignalId | FactName)[]): ReasonChoice => ({ say, when })
const anyOf = (join: string, ...choices: ReasonChoice[]): ReasonRun => ({ join, choices })
/** A run said only when one of its choices holds, after `lead`. */
const ifAny = (lead: string, join: string, ...choices: ReasonChoice[]): ReasonRun => ({
  join,
  choices,
  lead,
  optional: true
})

/**
 * A reason in words, naming only the choices that hold (`holds`: a signal or fact id → whether it is in this text).
 * e.g. ['要您装软件，还', anyOf('、', ch('冒充机构', 'claim-authority'), ch('要您转账', 'want-money'))] with only
 * want-money found → "要您装软件，还要您转账".
 */
export function sayReason(reason: Reason, holds: (id: SignalId | FactName) => boolean): string {
  if (typeof reason === 'string') return reason
  return reason
    .map((part) => {
      if (typeof part === 'string') return part
      const said = part.choices.filter((c) => c.when.some(holds) && !c.unless?.some(holds)).map((c) => c.say)
      // Two say what the text does; the signals listed under the reasons show every one.
      if (said.length > 0) return `${part.lead ?? ''}${said.slice(0, MAX_SAID).join(part.join)}`
      if (part.optional) return ''
      const all = part.choices.map((c) => c.say)
      return all.length > 1 ? `${all.slice(0, -1).join(part.join)}或${all[all.length - 1]}` : (all[0] ?? '')
    })
    .join('')
}

export interface Combination {
  id: string
  verdict: Exclude<CheckVerdict, 'none-found'>
  /** Why, in plain words, naming what this text does (see Reason). */
  reason: Reason
  when: (has: Has, context: JudgeContext) => boolean
  /** Judged after every other rule, on whether any of them fired. */
  afterOthers?: boolean
  /**
   * Not a reason on its own, because genuine messages read like this too (a bill's threat and due date); it only
   * lets scam-like wording raise the text ('wording-plus').
   */
  onlyWithWording?: boolean
  /**
   * The brochure rule (不轻信 · 不透露 · 不转账 · 及时报警) the text breaks, for a rule that reads the wording itself
   * (a text fact) rather than signals, which name their own rule, or whose harm is a rule its signals may not name (a
   * sure-profit pitch rushed by a deadline asks for money though no want-money signal fired).
   */
  breaks?: RuleId
  /**
   * The kind of scam this rule names outright (an id of the data's `topics`), shown as the closest kind before the
   * kind whose words the text holds most of: one 领导 in "视频发给你单位领导" makes no fake boss of a 裸聊敲诈.
   */
  topic?: string
}

const official: SignalId[] = ['claim-authority', 'claim-organisation']
const anyClaim: SignalId[] = [
  'claim-authority',
  'claim-organisation',
  'claim-acquaintance',
  'claim-superior',
  'claim-job',
  'claim-trade'
]
const anyPressure: SignalId[] = [
  'pressure-deadline',
  'pressure-threat',
  'pressure-legal',
  'pressure-emergency',
  'pressure-lure',
  'pressure-prize',
  'pressure-sure-profit',
  'pressure-cure'
]
/**
 * Asks that lead the person away from an official channel: never part of a genuine bill or notice. Links are not
 * among them: genuine offers carry links too, and the link rules above ask for more.
 */
const offChannel: SignalId[] = [
  'want-code',
  'want-info',
  'want-install',
  'want-move',
  'want-secrecy',
  'channel-qr'
]
/**
 * What an office that asks you to come in person ("请到户籍窗口领取", "到派出所了解情况") never asks as well: scammers
 * keep people away from counters, so a notice that sends you to one and asks none of these is read as genuine. Money
 * paid at the counter itself ("到物业办公室缴纳") is not money asked by message (judge's atCounter).
 */
const inPersonAsks: SignalId[] = [
  'want-money',
  'want-fee-first',
  'want-code',
  'want-install',
  'want-secrecy',
  'channel-qr',
  'channel-other-account',
  'channel-card-number'
]
/** What a message asks the reader to do: pay, give a code or details, open or install something, go elsewhere. */
const readerAsks: SignalId[] = [
  'want-money',
  'want-fee-first',
  'want-code',
  'want-info',
  'want-click',
  'want-install',
  'want-move'
]
/** How many of `ids` are present, each counted once. */
const countOf = (has: Has, ids: readonly SignalId[]): number => ids.filter((id) => has(id)).length
/** Claims that are not family or a boss: an office, a company, a recruiter, a trader. */
const strangerClaim: SignalId[] = ['claim-authority', 'claim-organisation', 'claim-job', 'claim-trade']
/** A link, a bare domain or a QR code: 登录 or 点击 alone is not one (genuine notices send you to their app). */
const linkish: SignalId[] = ['channel-link', 'channel-domain', 'channel-qr']
/** A busy "boss" or friend ("在开会，不方便接电话") counts with an ask, as an opener does, but is no opener alone. */
const close: SignalId[] = ['claim-acquaintance', 'channel-new-number', 'channel-opener', 'channel-busy']
const linkishOrReply: SignalId[] = [...linkish, 'channel-reply']
/**
 * The requests that make a new number a signal (the issue: "a new number together with a request"): money, another
 * contact, details, secrecy, not calling the old number, an emergency. A favour asked (favourAsked) counts too.
 */
const newNumberAsks: SignalId[] = [
  'want-money',
  'want-move',
  'want-info',
  'want-secrecy',
  'want-skip-old-number',
  'pressure-emergency'
]
/**
 * What no office asks by message, even in a formal notice: a code, secrecy, a card or account lent, a fee first, a
 * new number, money from the company's funds, or a threat of arrest or a case (手册's 反诈提示: 公检法机关不会…;
 * 验证码不告诉任何人); nor an app to install from the message, nor what only a scam promises: a pass paid for, easy
 * money, unclaimed money waiting, a sure profit, a cure, a blessing for money, a prize won, an emergency (round 65's
 * code review: fake 退税, 培训, 刷单 and 补贴 notices in the formal shape read 未发现明显风险; round 66: a fake 中奖须知
 * once 须知 headed a notice).
 */
const NEVER_IN_NOTICES: SignalId[] = [
  'want-code',
  'want-secrecy',
  'want-secrecy-from-children',
  'want-account-lend',
  'want-fee-first',
  'want-company-funds',
  'want-install',
  'channel-new-number',
  'want-skip-old-number',
  'pressure-legal',
  'pressure-guaranteed',
  'pressure-easy-money',
  'pressure-unclaimed',
  'pressure-sure-profit',
  'pressure-cure',
  'pressure-blessing',
  'pressure-prize',
  'pressure-emergency'
]
/** Ways to pay other than at a counter in person: with one of them, "请到教务处现场交费" is not the only ask. */
const otherWaysToPay: SignalId[] = [...linkish, 'want-move', 'channel-other-account', 'channel-card-number']
/** What keeps a lottery station's prize collected with the ticket (ticketPrize) a prize to read: a way to act elsewhere. */
const ticketPrizeAsks: SignalId[] = [
  ...linkish,
  ...offChannel,
  'channel-reply',
  'want-fee-first',
  'want-money'
]

/** What makes an address on a much-abused domain count: something to open or do there ('abused-domain'). */
const abusedDomainAsks: SignalId[] = [
  'want-click',
  'want-info',
  'want-money',
  'want-code',
  'pressure-threat',
  'pressure-deadline',
  'pressure-legal',
  'pressure-unclaimed',
  'pressure-prize',
  'pressure-lure'
]
/**
 * A click, a login or a scan asked (want-click, whose words include 扫码): said as 点开 only when no QR code is
 * given, which the QR choice says instead.
 */
const clickSaid: ReasonChoice = { say: '让您点开、登录', when: ['want-click'], unless: ['channel-qr'] }

/**
 * An office claimed (claim-authority), as reasons say it: 搬出公检法 only when an office is named, not for a "安全账户" or
 * a TV show alone (safeAccountOnly, showOnly).
 */
const authoritySaid: readonly ReasonChoice[] = [
  // Not 公检法 alone: the signal is any office (a 医保局 or the 人民银行 was said to be 公检法: a new user's trial).
  ch('搬出公检法或政府部门', 'claim-authority'),
  ch('说到“安全账户”“资金核查”', 'safeAccountOnly'),
  ch('说是电视台节目组', 'showOnly')
]

/** Who the sender claims to be (anyClaim), as reasons say it. */
const claimSaid: readonly ReasonChoice[] = [
  ch('自称公检法、政府等单位', 'claim-authority'),
  ch('说到“安全账户”“资金核查”', 'safeAccountOnly'),
  ch('说是电视台节目组', 'showOnly'),
  ch('以银行、客服这类机构的名义', 'claim-organisation'),
  ch('用熟人的口吻', 'claim-acquaintance'),
  ch('说到领导、老师', 'claim-superior'),
  ch('说是招聘、兼职', 'claim-job'),
  ch('说要跟您做买卖', 'claim-trade')
]
/** Asks that lead away from an official channel (offChannel), as reasons say them. */
const askSaid: readonly ReasonChoice[] = [
  ch('要验证码', 'want-code'),
  ch('要您的个人信息', 'want-info'),
  ch('让您装软件或共享屏幕', 'want-install'),
  ch('让您找另一个联系方式', 'want-move'),
  ch('叫您保密', 'want-secrecy'),
  ch('让您扫码', 'channel-qr')
]
/** The pressures (anyPressure), as reasons say them. */
const pressureSaid: readonly ReasonChoice[] = [
  ch('催您赶紧办', 'pressure-deadline'),
  ch('说您出了问题', 'pressure-threat'),
  ch('说您涉嫌违法', 'pressure-legal'),
  ch('说出了急事', 'pressure-emergency'),
  ch('拿好处引您', 'pressure-lure'),
  ch('说您中了奖', 'pressure-prize'),
  ch('许诺稳赚', 'pressure-sure-profit'),
  ch('说能治病', 'pressure-cure')
]

/** The rule for a person who says they have paid and the other side vanished: shown as "call 110 now". */
export const PAID_THEN_VANISHED = 'paid-then-vanished'

/**
 * The rules for a threat to the person's family, safety or name for money (虚拟绑架, 敲诈勒索, 裸聊敲诈): shown as "do
 * not pay, call 110", since public warnings say paying never ends it and the police can. A 买凶 SMS (harm-threat) counts
 * before it names a sum: asking money to "call it off" is its next step.
 */
export const THREAT_FOR_MONEY: ReadonlySet<string> = new Set([
  'ransom',
  'extortion-money',
  'exposure-money',
  'paid-removal',
  'harm-threat'
])

/** Every rule that fires is shown, in this order; the verdict is 高风险 when any 高风险 rule fires, else 可疑. */
export const COMBINATIONS: readonly Combination[] = [
  {
    id: PAID_THEN_VANISHED,
    verdict: 'high-risk',
    reason: [
      '您说',
      anyOf(
        '；',
        ch('钱已经被骗走了，或者付钱以后对方拉黑、联系不上、钱提不出来', 'channel-vanished'),
        ch('已经按自称公安、客服这类人说的转了钱', 'paidAsTold'),
        ch('把密码、验证码告诉对方以后，卡里的钱没了', 'accountEmptied')
      ),
      '：这很可能已经被骗了'
    ],
    // Public guidance (公安机关): a seller, 客服 or 网友 who blocks you once paid has defrauded you; report at once
    // to 110 with the chat and the transfer record. The signal itself needs the payment and the vanishing; money
    // paid as someone who only claimed to be police or 客服 told you to is the same loss, told sooner (trial 15:
    // "让我把钱转到安全账户，我已经转了三万块" was 未发现明显风险).
    when: (has, { paidAsTold, secretsGiven, accountEmptied }) =>
      has('channel-vanished') || paidAsTold || (secretsGiven && accountEmptied)
  },
  // Rules that name a kind come before the generic combinations that fire with them, so the two reasons a result
  // shows name it (round 51's page trial: a streamer's gifts and a "master's" ritual were explained only as money asked
  // by a stranger).
  {
    id: 'gifts-for-favours',
    verdict: 'high-risk',
    topic: 'pig-butchering',
    breaks: 'no-transfer',
    reason:
      '要您在直播间、交友平台上给对方刷礼物、充值，还许诺还钱、见面或给联系方式：钱进了平台就回不来，许诺的事不会兑现',
    // Public police warnings on 直播打赏 and 婚恋交友平台 诱导充值: the host or "match" is paid by the platform for the
    // gifts; 手册「“杀猪盘” 诈骗」is the closest category (感情取得信任, then money).
    when: (_has, { giftsForFavours }) => giftsForFavours
  },
  {
    id: 'paid-ritual',
    verdict: 'high-risk',
    topic: 'paid-ritual',
    breaks: 'no-trust',
    reason: '说您或家人要遭灾、出事，要花钱做法事、消灾：这是借迷信吓人骗钱，不要转账，跟家人商量',
    // Public police warnings on 封建迷信 scams (自称“大师”“高僧”，称家人有血光之灾，以做法事、消灾为名骗钱), one of the
    // 养老诈骗 campaign's kinds; no brochure category matches it.
    when: (has, { curseForetold, ritualPaid, moneyNamed }) =>
      curseForetold && ritualPaid && (has('want-money') || moneyNamed)
  },
  {
    id: 'phone-taken-for-codes',
    verdict: 'high-risk',
    breaks: 'no-disclose',
    reason:
      '自称政府、单位派来，或说有补贴、工作，要借您的手机、用您的手机收短信或验证码：验证码到了谁手里，钱就可能被谁转走，手机别离手',
    // 手册「如何防范」不透露: 不透露…验证码; police warnings on door-to-door "补贴登记" and 帮信 jobs that use the victim's
    // phone to receive the codes (round 52's trial).
    when: (has, { phoneTaken }) =>
      phoneTaken &&
      (has('claim-authority', 'claim-job') ||
        ((!has('claim-acquaintance') || has('claim-organisation')) &&
          has('pressure-lure', 'pressure-unclaimed')))
  },
  {
    id: 'courier-mule',
    verdict: 'high-risk',
    topic: 'cash-courier',
    breaks: 'no-trust',
    reason:
      '出高价让您上门找人取一个袋子、信封或盒子，不许打开、不许多问，再送去交给别人：里面多半是被骗的人的现金、黄金，接了就成了诈骗的“取现车手”',
    // 公安机关致跑腿、网约车从业者的提醒 (the 取现 leg of 冒充公检法 and AI-voice scams; round 53's trial).
    when: (_has, { courierMule }) => courierMule
  },
  {
    id: 'credit-repair-fee',
    verdict: 'high-risk',
    topic: 'fake-credit',
    breaks: 'no-transfer',
    reason: '说花钱就能消除逾期、不良记录或“修复征信”：真实的征信记录谁也删不掉，交了钱就没了',
    // 中国人民银行征信中心: 不存在“征信修复”“征信洗白”; 手册「虚假征信诈骗」 (round 57's second blind set).
    when: (has, { creditErase }) => creditErase && has('want-money', 'want-fee-first')
  },
  {
    id: 'insurance-cashout',
    verdict: 'high-risk',
    topic: 'impersonating-officials',
    breaks: 'no-trust',
    reason: '出钱收您医保卡里的余额，或收您用医保买的药：医保卡套现、倒卖药品是骗保，违法，卡还会被停用',
    // 《医疗保障基金使用监督管理条例》第四十一条 and 国家医保局's warnings: 医保卡套现、出租出借、倒卖医保药品 are 骗保;
    // the ads that buy them ("高价收药", "医保余额换现金") are posted to elders (round 59's blind set). With a contact or
    // a lure: a hospital's notice that names the offence to warn gives neither.
    when: (has, { medicalCashout }) =>
      medicalCashout && has('pressure-lure', 'want-move', 'want-money', 'channel-reply', 'want-info')
  },
  {
    id: 'charity-to-person',
    verdict: 'high-risk',
    breaks: 'no-transfer',
    reason: [
      '说是救灾、献爱心募捐，钱却',
      anyOf(
        '，',
        ch('转到个人的账户', 'want-money', 'channel-other-account', 'channel-card-number'),
        ch('扫个人的码', 'channel-qr')
      ),
      '：正规募捐只用登记的慈善组织的公开账户，先在“慈善中国”查一查'
    ],
    // 民政部 (《慈善法》: 公开募捐只能由登记的慈善组织进行) and 公安机关 on 虚假募捐 after disasters (round 57's second
    // blind set and review).
    when: (has, { charityToPerson }) =>
      charityToPerson && has('want-money', 'channel-qr', 'channel-other-account', 'channel-card-number')
  },
  {
    id: 'bank-offer-elsewhere',
    verdict: 'high-risk',
    breaks: 'no-trust',
    reason: [
      '说是银行给您提额、放款，却',
      anyOf(
        '或',
        ch('让您点不是银行官网的链接', ...linkish),
        ch('让您加别的联系方式、打不是银行的号码', 'want-move')
      ),
      '：银行的提额、备用金只在官方App或95开头的客服热线办理'
    ],
    // Banks' and police warnings on 信用卡提额诈骗 (round 58's third blind set): a bank's own links and 95 numbers are
    // left out before this reads (dropOfficialLinks, dropOfficialCalls); a 400 number is many card centres' own line.
    when: (has, { bankCreditOffer, cardCentreLine }) =>
      bankCreditOffer && (has(...linkish) || (has('want-move') && !cardCentreLine))
  },
  {
    id: 'public-fee-to-person',
    verdict: 'suspicious',
    breaks: 'no-transfer',
    reason:
      '要您把医保、物业费、考试费这类该交给单位的钱转给个人：正规收费只进单位的账户或官方渠道，先打单位公开的电话问一问',
    // Public warnings on 冒充村干部、物业、老师收费: an office's fee goes to its own account, its app or its counter,
    // never to a person's WeChat or personal QR code (round 58's attacking review). A relative who pays it for you is
    // family talk, not this.
    when: (has, { publicFeeToPerson }) =>
      publicFeeToPerson && has('want-money', 'channel-qr') && !has('claim-acquaintance')
  },
  {
    id: 'unordered-cod',
    verdict: 'high-risk',
    topic: 'fake-shopping',
    breaks: 'no-transfer',
    reason:
      '说是家人给您买的东西，要您货到付款、付几百上千块：先打电话问问家人买没买，没买过的到付件直接拒收',
    // 公安机关提醒 on 到付件诈骗 (round 57's attacking review): a "gift from your son" paid on the doorstep.
    when: (_has, { unorderedCod }) => unorderedCod
  },
  {
    id: 'door-fee-threat',
    verdict: 'high-risk',
    topic: 'door-sales',
    breaks: 'no-transfer',
    reason:
      '自称供电、自来水、燃气公司或消防检查的人上门，说不换就罚款、停电停水停气，要您当场交钱或扫他的码：这些单位上门不收现金、不用个人收款码，先打单位的官方电话核实',
    // 中国消防网 and 各地供电、水务、燃气公司的提醒 on 冒充工作人员上门收费、推销 (round 53's trial).
    when: (_has, { doorFee, doorThreat }) => doorFee && doorThreat
  },
  {
    id: 'door-fee',
    verdict: 'suspicious',
    topic: 'door-sales',
    reason:
      '自称供电、自来水、燃气公司或消防检查的人上门，要您当场交钱或扫他的码换件、交费：这些单位上门不收现金、不用个人收款码，先打单位的官方电话问清楚',
    // The same warnings as door-fee-threat, with no threat named: a fee at the door is the sign.
    when: (_has, { doorFee, doorThreat, gasPartSold }) => doorFee && !doorThreat && !gasPartSold
  },
  {
    id: 'handout-abused-link',
    verdict: 'high-risk',
    topic: 'fake-notice-link',
    breaks: 'no-disclose',
    reason:
      '说政府发钱、发补贴，要您去一个 .top、.xyz 之类的网址申请、填资料：政府发钱只用自己的官方网站和 App，这种网址是钓鱼网站',
    // 刑事局 and 澳門司警 on the 普發一萬 and 現金分享 phishing SMS (round 53's trial); 手册「如何防范」不透露.
    // A handout said to be paid already asks nothing by a click alone ("高温津贴已随工资发放…登录 OA 查看").
    when: (has, { abusedDomain, handout, handoutClaimed, handoutPaid }) =>
      abusedDomain &&
      handout &&
      (has('want-info', 'want-money', 'claim-authority') ||
        (!handoutPaid && has('want-click')) ||
        (handoutClaimed && has('pressure-lure', 'want-click')))
  },
  {
    id: 'verify-deposit',
    verdict: 'high-risk',
    breaks: 'no-transfer',
    reason:
      '要您先转一笔“验证金”“认证金”证明付得起钱，说验证完就退回：正规航空公司、银行和平台都不会这样验证，转过去就要不回来',
    // 公安机关关于机票改签、贷款“验资”诈骗的提醒; 手册「网络贷款诈骗」反诈提示 (放款前要求先交费的都是诈骗).
    when: (has, { verifyDeposit }) => verifyDeposit && has('want-money')
  },
  {
    id: 'superior-secret-transfer',
    verdict: 'high-risk',
    topic: 'impersonating-leaders',
    breaks: 'no-transfer',
    reason:
      '自称老板、高管，要您把钱转出去，还叫您保密、别跟同事和银行说：这是冒充领导诈骗，转账前当面或打他原来的电话核实',
    // 公安机关关于冒充领导、老板诈骗的提醒 and Hong Kong police on deepfake "CFO" meetings: the secrecy keeps the finance
    // staff from checking (round 52's trial).
    when: (has, { confidentialDeal, bossSpeaks }) =>
      confidentialDeal && (bossSpeaks || has('claim-superior')) && has('want-money', 'want-company-funds')
  },
  {
    id: 'procurement-middleman-pay',
    verdict: 'high-risk',
    topic: 'fake-procurement',
    breaks: 'no-transfer',
    reason:
      '自称单位采购，把一个厂家、供货商推给您，要您先帮他订货、付钱，说钱回头一起结：您付给“供货商”的钱就被骗走了',
    // Public warnings on 冒充部队、学校、监狱采购: the shop is sent to the buyer's own "supplier" and pays it first.
    when: (has, { middleman, frontedOrder }) => middleman && frontedOrder && has('claim-trade')
  },
  {
    id: 'secrets-given',
    verdict: 'high-risk',
    reason: '您说已经把密码、验证码告诉了对方：马上打银行卡背面的客服电话冻结卡、改密码，再打110报警',
    // 手册「如何防范」不透露 (不向任何人透露银行卡密码、短信验证码) and public guidance on what to do once they are given
    // away: freeze the card with the bank at once, then report.
    when: (_has, { secretsGiven }) => secretsGiven
  },
  {
    id: 'official-link-pressure',
    verdict: 'high-risk',
    reason: [
      '以机构的名义，给了链接，还',
      anyOf('，', ch('说您出了问题', 'pressure-threat'), ch('催您赶紧办', 'pressure-deadline'))
    ],
    // A shop's own ad ("优惠券即将到期，点击…使用，拒收请回复R") has a deadline and a link but no threat.
    when: (has, { marketing }) =>
      has(...official) &&
      has(...linkish) &&
      (has('pressure-threat') || (!marketing && has('pressure-deadline') && has('want-click', 'want-money')))
  },
  {
    id: 'official-lookalike',
    verdict: 'high-risk',
    reason: '网址冒用了官方的名字：官方网址只有一个，多几个字母、加横线或换个后缀的都是假网站',
    // Public guidance: 认准官方网址. Phishing for ETC, 医保 and bank accounts uses names like 12306-ticket.com.
    when: (has) => has('channel-lookalike')
  },
  {
    id: 'official-threat-deadline',
    verdict: 'high-risk',
    reason: [
      '以机构的名义说您出了问题，又催您赶紧办，还',
      anyOf(
        '、',
        ch('要验证码', 'want-code'),
        ch('要您的资料', 'want-info'),
        ch('要您装软件', 'want-install'),
        ch('让您找另一个联系方式', 'want-move'),
        ch('给了链接', ...linkish)
      )
    ],
    // A genuine bank's fraud alert also says 冻结 and 立即, and sends you to its own 95 number, which is not
    // counted as an ask; a carrier's 欠费停机 reminder asks for money, through its own app.
    when: (has) =>
      has(...official) &&
      has('pressure-threat') &&
      has('pressure-deadline') &&
      has('want-code', 'want-info', 'want-install', 'want-move', ...linkish)
  },
  {
    id: 'cash-pickup',
    verdict: 'high-risk',
    breaks: 'no-transfer',
    reason: '要您把钱取成现金，再交给上门来拿的人：公检法、银行都不会上门收钱，先打110问清楚',
    // 公安部's warnings on 冒充公检法: once a transfer to a 安全账户 is stopped at the bank, the caller has the savings
    // taken out as cash and sends a "colleague" to the door for them (review38b: three such lines were 未发现).
    when: (_has, { cashPickup }) => cashPickup
  },
  {
    id: 'atm-undo',
    verdict: 'high-risk',
    breaks: 'no-transfer',
    reason:
      '说要帮您取消扣款、解除分期或错误设置，却让您到自助柜员机上按“专员”的指示操作：柜员机取消不了任何扣款，照着做就是把钱转走',
    // 台灣165 on 解除分期付款 (its best-known script) and 公安机关 on 冒充客服取消会员: the ATM steps are a transfer out
    // (round 57's second review: "請依照銀行專員指示操作ATM解除分期設定").
    when: (has, { atmGuided }) => atmGuided && has('pressure-threat')
  },
  {
    id: 'caller-guides-app',
    verdict: 'high-risk',
    topic: 'fake-customer-service',
    breaks: 'no-transfer',
    reason:
      '电话里有人教您打开支付宝、微信或手机银行，跟着他一步一步点：客服、店家从不这样退款、关会员，挂掉电话',
    // 手册「冒充电商物流客服诈骗」: 以退款、理赔为由…诱导受害人…操作; public police warnings: 真正的客服不会在电话里指导您
    // 操作支付软件 (round 60's review: an elder's account of a call still going on).
    when: (_has, { callerGuidesApp }) => callerGuidesApp
  },
  {
    id: 'savings-handed',
    verdict: 'high-risk',
    topic: 'fake-investment',
    breaks: 'no-transfer',
    reason:
      '要您把存款、定期取出来交给他或他的公司，说给利息、回头送存单：银行只在柜台收存款，这是非法集资、冒充银行的套路',
    // 手册「虚假投资理财诈骗」; 中国人民银行 and police warnings on 养老诈骗: 高息揽储 and staff who take cash at the door
    // (round 60's review).
    when: (_has, { savingsHanded }) => savingsHanded
  },
  {
    id: 'atm-guided',
    verdict: 'high-risk',
    breaks: 'no-transfer',
    reason:
      '说有钱给您，却让您到自助柜员机上按电话指导操作：补贴、退税从不用到柜员机上“领”，照着做就是把钱转走',
    // Public guidance (公安机关 on 冒充社保、税务退补贴): an office that pays out never guides anyone at an ATM; the
    // "领取" steps are a transfer out (review38b: a 【人社局】 失业保障金 sent to 自助柜员机 was 未发现).
    // A machine worked remotely by the caller needs no promise (review40: 远程帮您操作解除冻结).
    when: (has, { atmGuided, atmRemote }) =>
      atmRemote || (atmGuided && has('pressure-unclaimed', 'pressure-lure'))
  },
  {
    id: 'bank-callback',
    verdict: 'high-risk',
    reason: '说您的银行卡被消费、扣钱或要收费，却让您打它留的座机或手机号：银行只会让您打官方客服（95开头）',
    // Public warnings (公安部、各银行): a 消费确认 or 扣年费 SMS with its own number to call is a scam. Not any
    // organisation with a number: a courier or a property office gives its own staff's mobile.
    when: (_has, { bankCallback }) => bankCallback
  },
  {
    id: 'flight-callback',
    verdict: 'high-risk',
    topic: 'fake-customer-service',
    breaks: 'no-trust',
    reason:
      '说您的航班取消或延误、能改签赔偿，却让您打它留的手机或座机号码：航空公司只用官方客服热线和App办理，先打机票上的官方电话',
    // 民航局 and 公安机关 on 航班取消诈骗 (round 57's second blind set).
    when: (_has, { flightCallback }) => flightCallback
  },
  {
    id: 'authority-threat',
    verdict: 'high-risk',
    reason: [
      anyOf('', ...authoritySaid),
      '，',
      anyOf('，还', ch('说您涉嫌违法', 'pressure-legal'), ch('说您出了问题', 'pressure-threat'))
    ],
    // A 交管12123 or court notice that sends you only to its own app or .gov.cn site, asking nothing of you, is
    // how the genuine one reads; the scam gives a link, a number or an ask of its own.
    when: (has, { ownChannelOnly, atCounter }) =>
      has('claim-authority') &&
      has('pressure-legal', 'pressure-threat') &&
      !(ownChannelOnly && !has(...offChannel, 'want-money', 'want-fee-first')) &&
      !atCounter
  },
  {
    id: 'code-request',
    verdict: 'high-risk',
    reason:
      '要您的验证码或密码：验证码、密码不告诉任何人，银行、客服、警察都不会要；说是家里人，先打电话问本人',
    // 手册「如何防范」不透露: 不向任何人透露银行卡密码、短信验证码. Alone too: "发了个码，你念一下给我" (round 41's trial)
    // is the whole of the scam's ask, and a second reason ("还有别的诈骗信号") only said the same thing twice.
    when: (has) => has('want-code')
  },
  {
    id: 'card-security-code',
    verdict: 'high-risk',
    reason: '要您银行卡背面的三位安全码或有效期：有了卡号和这几位数字就能盗刷，银行、客服从不向您要',
    // 手册「如何防范」不透露: 不透露…银行卡信息; 银行和中国人民银行的提醒: 不向任何人提供卡片有效期和CVV2安全码.
    when: (has, { cardSecurityCode, cardCodeOnPage }) =>
      has('want-info') &&
      (cardSecurityCode ||
        (cardCodeOnPage &&
          // A bank or a platform that asks to verify them: round 42's trial's "这里是XX银行信用卡中心…需要先验证一下
          // 您的卡号、有效期和背面三位数" was only 可疑.
          has(
            'pressure-threat',
            'pressure-lure',
            'pressure-deadline',
            'claim-organisation',
            'claim-authority'
          )))
  },
  {
    id: 'code-by-mistake',
    verdict: 'high-risk',
    reason: '说验证码“不小心发到您手机上了”，让您转给他：那是您自己账号的验证码，发出去账号就被别人登录了',
    // Public warnings (公安机关、腾讯110) on 验证码发错了: the code logs the scammer into the reader's WeChat or bank.
    when: (has, { codeByMistake }) => codeByMistake && has('want-code')
  },
  {
    id: 'money-threat',
    verdict: 'high-risk',
    reason: [
      '要您转账交钱，同时',
      anyOf(
        '，还',
        ch('搬出公检法、部队等有来头的单位', 'claim-authority'),
        ch('说到“安全账户”“资金核查”', 'safeAccountOnly'),
        ch('说是电视台节目组', 'showOnly'),
        ch('说您涉嫌违法', 'pressure-legal')
      )
    ],
    // A 医保 or tax office's own notice that sends you only to its app or mini-program to pay is how the genuine
    // 缴费 notice reads; an accusation still counts wherever you are sent.
    when: (has, { ownChannelOnly }) =>
      has('want-money') && (has('pressure-legal') || (has('claim-authority') && !ownChannelOnly))
  },
  {
    id: 'fee-first',
    verdict: 'high-risk',
    reason: '要您先交一笔钱，说交了才能拿到钱或办成事：先交钱的都是诈骗',
    // 手册「网络贷款诈骗」: 凡是网络贷款需要先交钱的都是诈骗; the same fee unlocks 刷单 and game-trade money.
    when: (has) => has('want-fee-first')
  },
  {
    id: 'account-lend',
    verdict: 'high-risk',
    topic: 'card-crackdown',
    reason: '要借用、租用或收购您的银行卡、电话卡或账户帮人走账：这是违法的，过的钱多半是诈骗赃款',
    // 《反电信网络诈骗法》第三十一条 and the police's 断卡 reminders: renting out a card or an account is never a job.
    // With what is offered for it (money, a lure, a job, a chat elsewhere) or a friend's ask: a school's or a bank's
    // 断卡 reminder names the same words and offers nothing.
    when: (has, { moneyNamed }) =>
      has('want-account-lend') &&
      (moneyNamed ||
        has(
          'want-money',
          'pressure-lure',
          'pressure-easy-money',
          'want-move',
          'channel-reply',
          'claim-job',
          'claim-acquaintance'
        ))
  },
  {
    id: 'cancel-service-plus',
    verdict: 'high-risk',
    reason: [
      '要帮您注销贷款、消除记录或关闭“百万保障”，还',
      anyOf(
        '、',
        ...authoritySaid,
        ch('要您转钱', 'want-money'),
        ch('要您装软件', 'want-install'),
        ch('让您找另一个联系方式', 'want-move'),
        ch('要验证码', 'want-code'),
        ch('给了链接', ...linkish)
      ),
      '：根本没有这种操作'
    ],
    // 手册「虚假征信诈骗」反诈提示: 个人征信无法人为更改或消除，不存在注销网贷账户的操作. The platform's name alone
    // is not enough: people name it when they talk about their own account.
    when: (has) =>
      has('want-cancel-service') &&
      has('claim-authority', 'want-money', 'want-install', 'want-move', 'want-code', ...linkish)
  },
  {
    id: 'cancel-service-threat',
    verdict: 'high-risk',
    reason: '以机构的名义催您注销贷款或关闭“百万保障”，说不然会出问题：根本没有这种操作',
    // 手册「虚假征信诈骗」: 骗子冒充知名借贷平台客服人员，用专业术语如“影响个人征信”“注销贷款账户”…引起受害人内心恐慌.
    // The threat is the script's first call; the ask (an app, a transfer) comes in the next one.
    when: (has) => has('want-cancel-service') && has('claim-organisation') && has('pressure-threat')
  },
  {
    id: 'accused-cooperate',
    verdict: 'high-risk',
    reason: '说您或您的卡涉嫌洗钱、违法，要您配合调查：公检法不会打电话、发短信办案',
    // 手册「冒充公检法及政府机关诈骗」: 涉嫌洗钱…配合调查 is the script, whoever the text says it is from. The legal
    // signal is required so that a police warning quoting it is not one.
    when: (has, { accusedYou }) => accusedYou && has('pressure-legal')
  },
  {
    id: 'procurement-middleman',
    verdict: 'suspicious',
    topic: 'fake-procurement',
    reason: '自称单位采购，却让您从他介绍的厂家、供货商进货或先垫钱：冒充采购的套路，先打单位的公开电话核实',
    // Public warnings on 冒充部队、学校、监狱采购: the order is real-looking; the supplier he names takes your money.
    when: (has, { middleman, supplierOrder }) => (middleman && has('claim-trade')) || supplierOrder
  },
  {
    id: 'exposure-contact',
    verdict: 'high-risk',
    topic: 'extortion',
    reason:
      '拿视频、照片要挟，说要发给您的家人、单位，还逼您赶紧联系他：这是敲诈，不要联系、不要转账，保留证据，马上报警110',
    // Public warnings on 裸聊敲诈: the first message names no sum yet, only a deadline and where to make contact.
    when: (has, { exposureThreat }) =>
      exposureThreat && !has('want-money') && has('want-move', 'pressure-deadline')
  },
  {
    id: 'exposure-money',
    verdict: 'high-risk',
    topic: 'extortion',
    reason: '拿视频、照片要挟，说不给钱就发给您的家人、通讯录：不要转账，保留证据，马上报警110',
    // Public warnings on 裸聊敲诈: paying never ends it; the police can stop it.
    when: (has, { exposure, moneyUltimatum, moneyNamed }) =>
      exposure && (moneyUltimatum || moneyNamed || has('want-money'))
  },
  {
    id: 'paid-removal',
    verdict: 'high-risk',
    topic: 'extortion',
    reason: '说您的视频、照片或负面消息在网上，要收钱帮您删：这是敲诈的套路，不要转账，保留证据，马上报警110',
    // Public warnings on 裸聊敲诈 and 有偿删帖: whoever offers to delete for money is the one who posted, or no one;
    // paying never ends it.
    when: (_has, { paidRemoval }) => paidRemoval
  },
  {
    id: 'review-extortion',
    verdict: 'high-risk',
    topic: 'extortion',
    breaks: 'no-transfer',
    reason:
      '拿差评、投诉要挟您的店，要钱才删：这是职业差评师的敲诈，不要转账，保留聊天记录，向平台举报，再打110报警',
    // Public warnings on 职业差评师 (公安机关, 市场监管部门): paying once brings the next demand; it is 敲诈勒索.
    when: (_has, { reviewExtortion }) => reviewExtortion
  },
  {
    id: 'extortion-money',
    verdict: 'high-risk',
    topic: 'extortion',
    reason: '拿您或家人的安全、名声要挟，向您要钱：不要转账，保留证据，马上报警110',
    // Public warnings on 敲诈勒索: paying never ends it; the police can stop it.
    when: (_has, { extortion }) => extortion
  },
  {
    id: 'official-money-threat-elsewhere',
    verdict: 'high-risk',
    reason: ['以机构的名义说您出了问题，要您交钱，还', anyOf('，', ...askSaid), '：正规机构不会这样收钱'],
    // A genuine bill or penalty is paid in the office's own app or counter, never through a chat or another number.
    when: (has) =>
      has(...official) && has('want-money') && has('pressure-threat', 'pressure-legal') && has(...offChannel)
  },
  {
    id: 'harm-threat',
    verdict: 'high-risk',
    topic: 'extortion',
    reason: '说有人出钱要伤害您：这是吓人要钱的套路，不要回复、不要转账，保留短信，马上报警110',
    // Public warnings on 买凶 SMS ("有人出钱买你一条腿"): the price to "call it off" comes in the next message.
    when: (_has, { harmThreat }) => harmThreat
  },
  {
    id: 'scandal-link',
    verdict: 'suspicious',
    reason: '拿您或家人的“开房视频”“出轨照片”之类引您点开或联系：多半是木马链接或敲诈，不要点，不要转账',
    // Public warnings on 木马链接 and 敲诈: the link installs a trojan, or the sender asks money to delete the "video".
    // A link, a chat or money: a friend's "我把截图发你，点开看看" of gossip has none of them.
    when: (has, { scandalBait }) => scandalBait && has(...linkish, 'want-move', 'want-money')
  },
  {
    id: 'sent-away-alone',
    verdict: 'high-risk',
    reason: '让您一个人去宾馆、没人的地方接受“调查”、做“笔录”：公检法从不这样办案，这是为了不让人拦住您转账',
    // Public warnings on 冒充公检法: the caller isolates the person (宾馆开房, 没人的地方) so no one can stop the transfer.
    when: (_has, { sentAwayAlone }) => sentAwayAlone
  },
  {
    id: 'group-moved',
    verdict: 'suspicious',
    topic: 'impersonating-leaders',
    reason:
      '自称老师、领导，说原来的群不用了，叫您扫码、点链接进新群：冒充老师的套路，先打老师原来的电话或当面问清楚',
    // Public warnings on 冒充老师: the scammer joins the class group under the teacher's name, moves the parents into a
    // group of his own and collects 资料费 there. A new pupil's first group, with no old one left, is no move; nor is a
    // new group's code scanned with the teacher in person (SCAN_IN_PERSON), or a group number given without a code.
    when: (has, { groupMoved }) => groupMoved && has('claim-superior') && has(...linkish)
  },
  {
    id: 'health-pitch',
    verdict: 'suspicious',
    topic: 'fake-shopping',
    reason:
      '用健康讲座、送鸡蛋招揽老人，或把保健品、“特效药”说成能治病、国家给老人的福利来卖：药品看病请去正规医院，别听推销',
    // 国家市场监督管理总局 and the police's 养老诈骗 warnings: 免费体检、专家讲座、送鸡蛋 lead to a "cure" at a price; the
    // children kept away from a talk's free gifts ("保健品讲座，免费领鸡蛋，别带子女来") is the same pitch (round 52), not
    // a wedding's, a vaccination's or the family's own plans (round 52's second review).
    when: (has, { healthPitch, salesTalk, childrenKeptOut }) =>
      healthPitch ||
      (salesTalk && has('pressure-lure') && (childrenKeptOut || has('want-secrecy-from-children')))
  },
  {
    id: 'gas-part-sold',
    verdict: 'suspicious',
    topic: 'door-sales',
    reason:
      '上门做“燃气安检”，说管子老化、要当场换软管或装报警器、切断阀收钱：燃气公司安检不推销，先打燃气公司的客服电话问清楚，别当场交钱',
    // 各地燃气公司 and 市场监管部门's warnings on 冒充燃气公司上门推销 (GAS_VISIT, GAS_PART_SOLD); a check that charged
    // nothing is none (GAS_FREE).
    when: (_has, { gasPartSold }) => gasPartSold
  },
  {
    id: 'collectible-fee',
    verdict: 'suspicious',
    reason:
      '说能帮您拍卖、高价回购藏品，先要鉴定费、服务费或保证金：收藏品诈骗就是这样收钱的，真拍卖行成交后才收佣金',
    // 公安机关关于收藏品诈骗的提醒: 高价回购、海外拍卖 are the bait; the fees first are the scam (COLLECTIBLE_FEE).
    when: (_has, { collectibleFee }) => collectibleFee
  },
  {
    id: 'placement-bought',
    verdict: 'high-risk',
    topic: 'bought-pass',
    reason: '说有内部名额、能花钱办编制或入学，要一口价或“打点费”：编制和录取没有花钱买的，这是诈骗',
    // 各地纪委监委 and 公安机关's warnings: 花钱买编制、买入学名额 are scams (PLACEMENT with PLACEMENT_PRICE).
    when: (_has, { placementBought }) => placementBought
  },
  {
    id: 'release-bought',
    verdict: 'high-risk',
    topic: 'impersonating-officials',
    reason:
      '说认识公安、看守所、法院的人，花钱打点就能把人“捞”出来、办取保或减刑：案子没有花钱买的门路，这是诈骗',
    // 公安机关's warnings: 声称能花钱“捞人”、办取保候审、减刑的都是诈骗 (RELEASE with RELEASE_PRICE).
    when: (_has, { releaseBought }) => releaseBought
  },
  {
    id: 'matchmaker-fee',
    verdict: 'suspicious',
    topic: 'pig-butchering',
    reason:
      '红娘、婚介一次次要“保障金”“诚意金”“见面费”：婚托就是这样收钱的，先别交，当面去婚介所问清楚、要合同和发票',
    // 公安机关关于婚恋交友诈骗和婚托的提醒 (MATCHMAKER with MATCHMAKER_FEE).
    when: (_has, { matchmakerFee }) => matchmakerFee
  },
  {
    id: 'recovery-offer',
    verdict: 'high-risk',
    topic: 'fund-recovery',
    reason:
      '说能帮被骗的人追回钱、退赔，要您加微信、关注公众号、打手机号、交手续费或带卡去登记：这是“二次诈骗”，追回的钱只由办案的公安机关返还，不收任何费用',
    // 公安机关关于“追损”“退赔”二次诈骗的提醒 (RECOVERY_OF_LOSS with RECOVERY_ASK or RECOVERY_VISIT).
    when: (_has, { recoveryOffered }) => recoveryOffered
  },
  {
    id: 'adviser-chat',
    verdict: 'suspicious',
    topic: 'fake-investment',
    reason:
      '自称证券公司、投资顾问或“炒股老师”，要加您的微信、LINE或拉您进群：正规券商不会私下拉群荐股，这是投资诈骗的第一步',
    // 证监会和公安机关关于冒充券商、投资顾问拉群荐股的提醒 (STOCK_ADVISER with PRIVATE_ADD).
    when: (_has, { adviserChat }) => adviserChat
  },
  {
    id: 'date-venue',
    verdict: 'suspicious',
    topic: 'date-venue',
    reason:
      '网上认识的人约您去茶楼、酒吧、KTV见面，地方是她朋友或亲戚开的，还让您点酒、点茶、订包间：这是“酒托”“茶托”，一壶茶、一瓶酒能要几千元',
    // 公安机关关于“茶托”“酒托”婚恋交友诈骗的提醒 (DATE_VENUE with VENUE_TIE or VENUE_BILL, said by a date: DATE_MET).
    when: (_has, { dateVenue }) => dateVenue
  },
  {
    id: 'recoup-push',
    verdict: 'suspicious',
    reason: '劝您再投、再充钱，说能把亏的赢回来：赌博和投资骗局就是这样让人越陷越深',
    // Public warnings on 网络赌博 and 投资理财诈骗: the "teacher" or 客服 always says one more stake wins it back.
    when: (_has, { recoupPush }) => recoupPush
  },
  {
    id: 'ransom',
    verdict: 'high-risk',
    reason: '说您的家人被扣住、绑架，要您拿钱：先打电话给家人本人，并马上报警110',
    // Public warnings on 虚拟绑架: the "kidnapper" has no one; a call to the child settles it. The caller reads the
    // text outside warnings, so a warning that lists 绑架 among the tricks is not one.
    when: (_has, { ransom }) => ransom
  },
  {
    id: 'acquaintance-emergency-money',
    verdict: 'high-risk',
    reason: [
      anyOf(
        '、',
        ch('熟人口吻', 'claim-acquaintance', 'channel-opener', 'channel-busy'),
        ch('新号码', 'channel-new-number')
      ),
      '，',
      anyOf('，', ch('说出了急事', 'pressure-emergency'), ch('叫您保密', 'want-secrecy')),
      '，要您打钱'
    ],
    // Public warnings (冒充亲友): the emergency and the money are the whole script; rush words are often left out.
    // A real parent asking about a hospital bill reads the same, and calling back settles both.
    when: (has) => has('want-money') && has(...close) && has('pressure-emergency', 'want-secrecy')
  },
  {
    id: 'emergency-money-account',
    verdict: 'high-risk',
    reason:
      '说家里人出了急事，要您马上把钱打到一个卡号或别人的账户：先挂断，打给家人本人或他的老师、单位问清楚',
    // Public warnings (冒充医生、老师: "您的孩子出车祸住院，急需手术费，请转到…"): the emergency, the money and an account
    // to pay into are the whole script, said by someone who names no tie to you (round 46: "您的家属出车祸住院了，急需押金
    // 3000元，请马上转到这个账户" was 可疑). A hospital's own deposit is paid at its counter (paidThere). Not a relative's,
    // a friend's or a colleague's own ask (acquaintance-emergency-money reads those), nor a collection for someone
    // (round 46's review).
    when: (has, { collection }) =>
      has('want-money') &&
      has('pressure-emergency') &&
      has('channel-card-number', 'channel-other-account') &&
      !has(...close) &&
      !collection
  },
  {
    id: 'office-key-press',
    verdict: 'high-risk',
    topic: 'impersonating-officials',
    reason:
      '自称公检法、海关、领事馆这类单位，用语音电话让您按键转人工：真的单位不这样通知，挂断后自己查官方电话问',
    // 公安机关提醒 ("按9转人工" 语音诈骗): a recorded voice says a court's 传票, a customs' parcel or a consulate's
    // 重要公文 waits, press a key for the details, and the "officer" who answers runs the 冒充公检法 script (手册「冒充
    // 公检法及政府机关诈骗」). An office never notifies a case by a recorded call with a key to press. Blind set R47:
    // "這是中國領事館,你有一個重要公文,請按‘1’字查詢" was 未发现.
    when: (has, { keyPress }) => keyPress && has('claim-authority')
  },
  {
    id: 'money-secrecy',
    verdict: 'high-risk',
    reason: '要您转账交钱，还叫您保密、别告诉家人或别打电话核实',
    // Public warnings (冒充亲友、领导、公检法): secrecy is what keeps you from checking before you pay.
    when: (has) => has('want-money') && has('want-secrecy')
  },
  {
    id: 'superior-money-pressure',
    verdict: 'high-risk',
    reason: [
      '说到领导、老板或老师，又要钱，还',
      anyOf(
        '，',
        ch('催您', 'pressure-deadline', 'pressure-emergency'),
        ch('让您扫码', 'channel-qr'),
        ch('让您私下联系', 'want-move'),
        ch('叫您保密', 'want-secrecy')
      )
    ],
    // A school's fee notice with a deadline that sends parents only to its own payment system is how it should read.
    when: (has, { ownPaymentSystem }) =>
      !ownPaymentSystem &&
      has('want-money') &&
      has('claim-superior') &&
      has('channel-qr', 'want-move', 'pressure-deadline', 'want-secrecy', 'pressure-emergency')
  },
  {
    id: 'install-plus',
    verdict: 'high-risk',
    reason: [
      ifAny('', '', ch('以机构的名义', ...strangerClaim)),
      '要您装软件或共享屏幕',
      ifAny('，还', '，', ch('要您转账', 'want-money'), ...pressureSaid)
    ],
    // 手册「虚假征信诈骗」案例: 开启腾讯会议并共享屏幕…将贷款转到陌生账户 — a shared screen and a transfer are the whole
    // script, also when the person only ticked both.
    when: (has) =>
      has('want-install') &&
      (has(...strangerClaim, 'want-money') ||
        has('pressure-threat', 'pressure-legal', 'pressure-lure', 'pressure-prize', 'pressure-deadline'))
  },
  {
    id: 'secrecy-sure-profit',
    verdict: 'high-risk',
    reason: '许诺稳赚、固定返钱，还叫您别告诉家人：正规的理财不怕家人知道',
    // 手册「虚假投资理财诈骗」反诈提示 and the police's 养老诈骗 warnings: the promise and the secrecy come together.
    when: (has, { marketing }) =>
      !marketing && has('want-secrecy', 'want-secrecy-from-children') && has('pressure-sure-profit')
  },
  {
    id: 'children-secrecy-sale',
    verdict: 'high-risk',
    reason: [
      anyOf(
        '，',
        ch('自称公司、机构或商家', 'claim-organisation', 'claim-authority', 'claim-trade'),
        ch('许诺回报', 'pressure-sure-profit'),
        ch('说能治病', 'pressure-cure'),
        ch('要您去银行取钱', 'cashOutHidden')
      ),
      '，还叫您瞒着子女：这是养老诈骗的老套路'
    ],
    // Secrecy from one's children alone is family talk ("先别跟孩子说，想给他个惊喜"); with a seller's or an office's
    // promise it is how 养老 and 保健品 scams keep the children out (公安机关防范养老诈骗的提醒).
    // A seller's cash to take out, kept from the family in any words (cashOutHidden), is the same (blind set Z40's
    // 量子床垫, review40: 就咱俩知道, 甭跟你家小子说).
    when: (has, { cashOutHidden }) =>
      cashOutHidden ||
      (has('want-secrecy-from-children') &&
        has('claim-organisation', 'claim-authority', 'claim-trade', 'pressure-sure-profit', 'pressure-cure'))
  },
  {
    id: 'secrecy-plus',
    verdict: 'high-risk',
    reason: [
      '叫您保密、别核实，还',
      anyOf(
        '、',
        ch('提到单位、机构', ...strangerClaim),
        ch('说到领导、老师', 'claim-superior'),
        ch('要钱', 'want-money'),
        ch('要您的资料', 'want-info')
      )
    ],
    when: (has) =>
      has('want-secrecy') && (has(...strangerClaim, 'claim-superior') || has('want-money', 'want-info'))
  },
  {
    id: 'lure-pay-or-deadline',
    verdict: 'high-risk',
    reason: [
      '陌生人许您好处，',
      anyOf('，', ch('却要先交钱', 'want-money'), ch('限时让您点链接领取', 'pressure-deadline'))
    ],
    // Not a registered sender's own ad ("充值返现…退订回T"): a carrier's top-up offer is a lure with money too.
    when: (has, { marketing }) =>
      !marketing &&
      has('pressure-lure', 'pressure-prize') &&
      ((has('want-money') &&
        has(...strangerClaim, 'want-move', 'channel-qr', 'channel-link', 'channel-domain')) ||
        (has('pressure-deadline') && has(...linkish)))
  },
  {
    id: 'lure-deadline-verify',
    verdict: 'suspicious',
    reason:
      '说有一笔好处等您领，不验证、不领取就作废：这是骗您去点链接、回电话的开头，别照做，自己打开官方APP或到柜台查',
    // 公安机关提醒 on 冒充医保、保险 SMS ("您的账户重疾保障已到达，不验证自动作废"): a forwarded copy often loses its link,
    // and the lure with its deadline is still the script. Not a registered sender's own ad, nor a text with a web
    // address, which the link rules read (a carrier's own "请登录…APP领兑，过期则失效 http://dx.10086.cn/…").
    // Nor one that sends you to its own app, counter or number ("【招商银行信用卡】…可登录掌上生活App兑换").
    when: (has, { marketing, addressGiven, ownChannelOnly }) =>
      !marketing &&
      !addressGiven &&
      !ownChannelOnly &&
      has('pressure-lure', 'pressure-prize') &&
      has('pressure-deadline') &&
      has('want-click') &&
      !has(...linkish)
  },
  {
    id: 'anti-fraud-fee',
    verdict: 'high-risk',
    breaks: 'no-transfer',
    reason: '以“反诈”“防骗”的名义要您交钱：国家反诈中心APP和96110都是免费的，谁以反诈名义收钱都是诈骗',
    // 公安部's public guidance: the 国家反诈中心 App is free and asks no fee; fake "反诈" apps and "保护金" are a scam of
    // their own (round 49's trial: "请下载反诈APP，缴纳100元保证金激活保护" was 未发现).
    when: (has, { antiFraudFee }) => antiFraudFee && has('want-money')
  },
  {
    id: 'buy-for-us',
    verdict: 'high-risk',
    breaks: 'no-transfer',
    reason:
      '来采购的人要您替他们去别处买货、联系他们指定的供货商，说到时候一起结账：这是冒充部队、单位采购的骗局，先打对方单位的公开电话核实',
    // 公安机关提醒 (冒充军警、单位采购诈骗): the shop pays the named "supplier", and buyer and supplier are gone.
    when: (_has, { buyForUs }) => buyForUs
  },
  {
    id: 'job-abroad',
    verdict: 'high-risk',
    reason:
      '许您去国外高薪工作，机票、签证公司全包：这是把人骗到境外诈骗园区的常见说法。出国务工只找有对外劳务合作资质的公司，先问当地公安或人社部门',
    // 公安部 warnings on 境外高薪招聘 (东南亚 "高薪" jobs that end in scam compounds, passports taken on arrival).
    when: (has, { jobAbroad }) => jobAbroad && has('claim-job', 'pressure-lure', 'want-info')
  },
  {
    id: 'parent-account-used',
    verdict: 'high-risk',
    breaks: 'no-disclose',
    reason:
      '哄孩子用家长的微信、支付宝扫码或付款，说能领游戏皮肤、礼包：这是冒充游戏客服骗未成年人的骗局，家长的手机和付款码别给孩子拿去操作',
    // 公安机关提醒 (冒充游戏客服诈骗未成年人: free skins, then the parent's account to "verify", then a 冻结 threat).
    when: (_has, { parentAccountUsed }) => parentAccountUsed
  },
  {
    id: 'pay-then-rebate',
    verdict: 'high-risk',
    reason: '要您先交、先垫一笔钱，说会返还更多：刷单、追星返利都这样开头，小钱返了，大钱就拿不回来',
    // 手册「网络刷单诈骗」: 开始会在约定时间连本带利返还，待网友刷的金额越来越大…拒绝返款; 要先交纳定金或先行支付的工作，
    // 务必要谨慎对待. Not a registered sender's ad: a shop's own "充值返现" is its business.
    when: (_has, { rebate, marketing }) => rebate && !marketing
  },
  {
    id: 'guaranteed-pay',
    verdict: 'high-risk',
    reason: '许诺交钱就能录取、改分、拿证或包下款，或让您交钱后私下联系：考试、升学、贷款没有花钱买的保证',
    // 教育部、教育考试院的考前提醒 (包过、内部指标、低分高录都是诈骗); 手册「网络贷款诈骗」: 需要先交钱的都是诈骗. A
    // training school's "包过" with its fee is an unlawful ad, not always a scam: it counts here only when it also sends
    // you to a chat, a fee before anything or another account.
    when: (has, { moneyNamed, boughtOutcome, contactNumber, marketing }) =>
      !marketing &&
      has('pressure-guaranteed') &&
      ((boughtOutcome && (moneyNamed || contactNumber || has('want-money', 'want-fee-first', 'want-move'))) ||
        ((moneyNamed || has('want-money')) &&
          has('want-move', 'want-fee-first', 'channel-other-account', 'channel-card-number')))
  },
  {
    id: 'brochure-pattern-money',
    verdict: 'high-risk',
    reason: [
      '是手册点名的骗局套路，又',
      anyOf('、', ch('要您转账', 'want-money'), ch('要您装软件', 'want-install'), ch('要验证码', 'want-code'))
    ],
    when: (has, { pattern }) =>
      pattern !== null &&
      has('want-money', 'want-install', 'want-code') &&
      has(
        ...strangerClaim,
        'want-move',
        'pressure-threat',
        'pressure-legal',
        'pressure-lure',
        'pressure-deadline'
      )
  },
  {
    id: 'threat-deadline-action',
    verdict: 'high-risk',
    reason: [
      '说您出了问题，催您赶紧办，还',
      anyOf('、', ch('给了链接', ...linkish), ch('要您的资料', 'want-info'))
    ],
    // A genuine bill also says 欠费 and 及时缴费; what it does not do is send a link or ask for documents.
    when: (has) => has('pressure-threat') && has('pressure-deadline') && has(...linkish, 'want-info')
  },
  {
    id: 'official-action-pressure',
    verdict: 'high-risk',
    reason: [
      '以机构的名义说您出了问题，',
      anyOf('、', ch('要您交钱', 'want-money'), ch('要您交出资料', 'want-info')),
      '，还',
      anyOf('、', ch('给了链接', 'channel-link', 'channel-domain'), ch('让您扫码', 'channel-qr'))
    ],
    // Not a hotline: a genuine bank's 自动扣款 notice also says 如有疑问请联系客服.
    when: (has) =>
      has(...official) &&
      has('want-money', 'want-info') &&
      has('pressure-threat', 'pressure-legal') &&
      has(...linkish)
  },
  {
    id: 'lure-money-deadline',
    verdict: 'high-risk',
    reason: [
      '许您大奖、返利或补贴，却要您先交钱，还限时催您，',
      anyOf('、', ch('让您找另一个联系方式', 'want-move'), ch('让您回复', 'channel-reply'))
    ],
    // A shop's 充值送 offer is also a lure with money and a deadline; it does not send you elsewhere.
    when: (has) =>
      has('pressure-lure', 'pressure-prize') &&
      has('want-money') &&
      has('pressure-deadline') &&
      has('want-move', 'channel-reply')
  },
  {
    id: 'organisation-accuses',
    verdict: 'high-risk',
    reason: '以银行、客服这类机构的名义说您涉嫌违法、要配合调查',
    // Public warnings: a bank or an insurer never accuses you; only a court or the police could, in person. A
    // text that names the police or a court is judged by authority-threat.
    // Sent only to its own counter in person (到开户网点核实), it is how a bank's own freeze notice reads.
    when: (has, { atCounter }) =>
      has('claim-organisation') &&
      !has('claim-authority') &&
      has('pressure-legal') &&
      !(atCounter && !has(...offChannel, 'channel-reply'))
  },
  {
    id: 'refund-elsewhere',
    verdict: 'high-risk',
    reason: '以机构的名义说出了问题，又许您退款赔偿，却让您找另一个联系方式',
    // A genuine airline or shop refunds in its own app or its 95 hotline, which is not counted here.
    when: (has) => has(...official) && has('pressure-threat') && has('pressure-lure') && has('want-move')
  },
  {
    id: 'face-for-gift',
    verdict: 'high-risk',
    breaks: 'no-disclose',
    reason:
      '用免费的大米、鸡蛋换您拍身份证、对着手机点头眨眼录视频：这是在收集您的身份证和人脸，会被拿去冒名开户、注册、贷款',
    // 手册「如何防范」不透露; 公安机关's warnings on 免费领礼品 that collect ID photos and 人脸识别 videos for accounts in
    // the victim's name (round 61's blind set: a neighbour passing on a shop's free rice for a nod on camera).
    when: (_has, { faceForGift }) => faceForGift
  },
  {
    id: 'status-fee',
    verdict: 'high-risk',
    breaks: 'no-transfer',
    reason:
      '说您的执照、账户或资格出了问题，要交“核验费”“认证费”之类才能解除：年报、认证、核验这些手续官方不收费，收费的就是诈骗',
    // 国家市场监督管理总局: 企业年报免费，不收取任何费用; 人社部门: 养老金资格认证不收费. Round 61's blind set: a letter
    // that says a shop's 年报 is 异常 and asks a 核验服务费 before it is listed.
    when: (_has, { statusFee }) => statusFee
  },
  {
    id: 'password-asked',
    verdict: 'high-risk',
    breaks: 'no-disclose',
    reason: '要您把银行卡、支付的密码回复或告诉对方：银行、平台和任何单位都不会向您要密码',
    // 手册「如何防范」不透露. Not a relative's ask (family talk has it too), which the other rules read, unless the
    // relative tells of strangers who asked it (round 61's blind set: "上午社区来了两个人…他们说…还得知道密码才能激活").
    when: (has, { passwordAsked, passwordAskedByOthers }) =>
      passwordAsked && (!has('claim-acquaintance') || passwordAskedByOthers)
  },
  {
    id: 'coached-money',
    verdict: 'high-risk',
    breaks: 'no-trust',
    reason: '教您别信反诈宣传、别听银行和民警的劝，又要您转账交钱：这是骗子在堵住能拦下您的人',
    // 公安机关's accounts of 劝阻: the scammer coaches the victim against the bank's and the police's questions.
    when: (has, { coachedAgainstChecks }) => coachedAgainstChecks && has('want-money', 'want-fee-first')
  },
  {
    id: 'official-asks-card',
    verdict: 'high-risk',
    reason: '以机构的名义催您交出银行卡号、身份证号或密码：真正的银行、快递、平台不会发消息要这些',
    // 手册「如何防范」不透露: 不透露个人身份信息、银行卡信息和验证码. Not for a sender's own app ("请在App内完善信息").
    when: (has, { sensitiveAsked, ownChannelOnly }) =>
      sensitiveAsked &&
      !ownChannelOnly &&
      has(...official) &&
      has('want-info') &&
      has('pressure-threat', 'pressure-deadline', 'pressure-legal', 'pressure-not-you')
  },
  {
    id: 'link-asks-card',
    verdict: 'high-risk',
    reason:
      '以机构的名义说有钱可领、可提现，却给一个链接让您填银行卡号、身份证号：退税、补贴、医保只在官方APP里办',
    // Public guidance (税务、医保、人社部门): 个税退税只在个人所得税App办理，补贴不会发短信链接让您填银行卡. The
    // sender's own sites are not counted as links (the official-domain list).
    // Only the state's money (退税、补贴、医保), a government body or an ask for a password: an insurer, a utility or a
    // school that pays a refund or a claim to a bank card number on its own site is not this.
    // The state's money needs no lure word: "补贴已到账，请在…填写银行卡信息领取" is its own bait.
    when: (has, { sensitiveAsked, stateMoney }) =>
      sensitiveAsked &&
      has(...official) &&
      (stateMoney || has('claim-authority', 'want-code')) &&
      has('channel-link', 'channel-domain') &&
      (stateMoney || has('pressure-lure', 'pressure-unclaimed', 'pressure-prize', 'pressure-deadline'))
  },
  {
    id: 'buyer-payment-link',
    verdict: 'high-risk',
    reason: '买家说已经付款，发来链接让您“收款”：二手平台的钱只在APP里确认收货后到账，这种链接是钓鱼网站',
    // 闲鱼、转转的安全提示 and police warnings on 二手交易诈骗.
    when: (has, { buyerPaymentLink }) => buyerPaymentLink && has('channel-link', 'channel-domain')
  },
  {
    id: 'compensation-elsewhere',
    verdict: 'high-risk',
    reason: [
      '说要给您理赔、赔偿或退款，却',
      anyOf(
        '，还',
        ch('让您加微信、找另一个联系方式', 'want-move'),
        ch('让您扫码', 'channel-qr'),
        ch('发来链接', 'channel-link', 'channel-domain'),
        ch('要您填收款信息', 'want-info')
      ),
      '：正规的理赔、退款只在原平台、原路退回'
    ],
    // Public warnings on 冒充客服退款 and 快递理赔诈骗: a refund never needs a private chat, a code or a form of your
    // card details; one of them alone can be a courier's own number, so it takes two.
    when: (has, { compensationOffered }) =>
      compensationOffered &&
      has('claim-organisation', 'claim-trade') &&
      [has('want-move'), has('channel-qr'), has('channel-link', 'channel-domain'), has('want-info')].filter(
        Boolean
      ).length >= 2
  },
  {
    id: 'seller-blamed',
    verdict: 'high-risk',
    reason: [
      '买家说付不了款，是因为您的店铺、账户没认证或没开通保障，又',
      anyOf(
        '、',
        ch('让您扫码', 'channel-qr'),
        ch('给了链接', 'channel-link', 'channel-domain'),
        ch('让您找“客服”', 'want-move'),
        ch('要您先交钱', 'want-fee-first')
      )
    ],
    // 闲鱼、转转的安全提示 and police warnings on 二手交易诈骗: a platform never asks a seller to certify or pay through a
    // buyer's code, link or "客服".
    when: (has, { sellerBlamed }) =>
      sellerBlamed && has('channel-qr', 'channel-link', 'channel-domain', 'want-move', 'want-fee-first')
  },
  {
    id: 'sent-you-pass-on',
    verdict: 'high-risk',
    reason:
      '说已经给您转了钱（发来截图，或说晚点到账），又要您先把钱转给别人：截图可以伪造，先在银行APP里查到钱再说',
    // Public warnings on 冒充领导、熟人 (假转账截图): the money never arrives; what the reader sends on is gone.
    when: (_has, { sentYouPassOn }) => sentYouPassOn
  },
  {
    id: 'paid-ship-first',
    verdict: 'high-risk',
    breaks: 'no-trust',
    reason: '说钱已经转给您、只是晚些到账，要您先发货：先在自己的银行或平台APP里查到钱到账，再发货',
    // 闲鱼、转转的安全提示 and police warnings on 二手交易诈骗 (假转账、延迟到账截图): the money never arrives.
    when: (_has, { shipBeforePaid }) => shipBeforePaid
  },
  {
    id: 'trade-site-link',
    verdict: 'high-risk',
    reason: '买家或卖家发来一个“交易平台”的网址让您去那里交易：这种平台多是假的，只在自己找到的正规APP里交易',
    // Police warnings on 游戏账号、装备交易诈骗 and 二手交易诈骗: the fake 交易平台 link is the trap.
    when: (has, { tradeSite }) => tradeSite && has('channel-link', 'channel-domain')
  },
  {
    id: 'trade-site',
    verdict: 'suspicious',
    reason: '买家或卖家要您去他说的“交易平台”注册、上架交易：这种平台多是假的，只在自己找到的正规APP里交易',
    // The same warnings before the link is sent ("走第三方交易平台，你先去注册一下，把号挂上去"), or with a link
    // whose sender names no deal but the listing itself ("你去 www.… 注册后把装备挂出来").
    when: (has, { tradeSiteAsked }) =>
      tradeSiteAsked && (has('claim-trade') || has('channel-link', 'channel-domain'))
  },
  {
    id: 'not-you-link',
    verdict: 'high-risk',
    reason: [
      '说有一笔不是您做的支付或申请，让您',
      anyOf(
        '、',
        ch('点链接', ...linkish, 'want-click'),
        ch('打一个手机、座机号码', 'localCallback'),
        ch('加客服的聊天账号', 'want-move')
      ),
      '去取消：这是钓鱼短信的套路'
    ],
    // A 400 line alone is not enough: a bank's card centre gives one for an annual fee ('not-you-cancel' still asks
    // for care there), and an official short number is not "another number" at all. A click on the message itself asked
    // against the clock ("若非本人订购，请于24小时内点击下方「问题回报」", round 52's trial) is the link's errand; a named
    // button in an app ("点击订单页面的“取消订单”") is not (round 52's review).
    // A chat account to cancel with, which then asks for money ("聯繫官方客服LINE辦理取消…取消要付違約金", round 55's
    // blind set) is the same errand.
    when: (has, { localCallback, ownChannelOnly, clickInMessage }) =>
      has('pressure-not-you') &&
      (has(...linkish) ||
        localCallback ||
        (!ownChannelOnly && clickInMessage && has('pressure-deadline')) ||
        (has('want-move') && has('want-money', 'want-code')))
  },
  {
    id: 'opener-superior',
    verdict: 'high-risk',
    topic: 'impersonating-leaders',
    reason: '不说清自己是谁，却用领导、老师的口吻叫您办事：冒充领导的开场',
    // Not for relatives: a real nephew also writes 还记得我吗; a real boss names himself, or the work to bring ("明天上午
    // 来我办公室一趟…把去年的合同带上", round 58's review: a chat's screenshot with the boss's name at its top).
    when: (has, { workToBring }) =>
      has('claim-superior') &&
      ((has('channel-opener') && !workToBring) || (has('channel-busy') && has(...offChannel, 'want-money')))
  },
  {
    id: 'pay-for-me',
    verdict: 'suspicious',
    reason:
      '先问您支付宝、微信能不能用，或要您先借他钱、替他付钱，说过后就还：熟人的账号常是被盗了，先打电话问他本人',
    // Public guidance on QQ、微信被盗 (冒充好友借钱、代付): the stolen account asks its owner's friends to pay first.
    when: (has, { payForMe }) => payForMe && has('want-money')
  },
  {
    id: 'video-account-check',
    verdict: 'high-risk',
    topic: 'impersonating-officials',
    reason: '要和您视频通话“核实”银行账户、资金：公安、银行从不这样查账户，这是冒充公检法的套路',
    // 手册「冒充公检法及政府机关诈骗」反诈提示; public police warnings: no office checks accounts by video call.
    when: (_has, { videoAccountCheck }) => videoAccountCheck
  },
  {
    id: 'relative-pay-blocked',
    verdict: 'high-risk',
    topic: 'impersonating-family',
    reason:
      '用家人、熟人的口吻，说自己的银行卡、手机银行出了问题，要您直接把钱转到别人的账户：账号常是被盗了，先打他原来的电话问清楚',
    // 手册「冒充领导、熟人诈骗」反诈提示 (先核实); public police warnings on WhatsApp 騎劫 and 冒充子女: "我网银出问题，
    // 你直接过数去学校／业主的户口" is the hijacked account's usual ask.
    when: (has, { ownPayBlocked }) => ownPayBlocked && has('claim-acquaintance') && has('want-money')
  },
  {
    id: 'verify-for-account',
    verdict: 'suspicious',
    breaks: 'no-disclose',
    reason:
      '要您帮他的微信、QQ等账号“辅助验证”或解封：骗子用盗来的号或新注册的号骗人，也会借您的身份注册账号；先打电话问他本人',
    // Public guidance (公安机关、微信安全中心): 好友辅助验证/解封 is how stolen and fraud-registered accounts come back;
    // verify with the person by phone first. 手册「如何防范」不透露: an account verified in your name is your identity lent.
    when: (_has, { verifyForOthers }) => verifyForOthers
  },
  {
    id: 'self-named-superior',
    verdict: 'suspicious',
    topic: 'impersonating-leaders',
    reason: [
      '自称领导，又',
      anyOf(
        '、',
        ch('说在开会、不方便接电话，只叫您回话', 'channel-busy'),
        ch('只问您方不方便说话', 'talkOnly'),
        ch('叫您加新的联系方式或进群', 'want-move'),
        ch('叫您先替他出钱', 'want-money'),
        ch('找您帮忙', 'favourAsked')
      ),
      '：冒充领导的开场，先打他原来的电话核实'
    ],
    // 手册「冒充领导、熟人诈骗」: 冒充领导…; a boss already in the phone does not name himself ("在吗？我是刘总，在开会，
    // 看到回我", "我是王总 你加下我这个微信 我拉你进个群", "你帮我订两张高铁票，钱我晚点转你"). Busy only with a bare ask
    // to reply: a boss who gives the news itself ("会议改到三点") opens nothing.
    when: (has, { superiorSelfNamed, replyAsked, talkOnly, favourAsked }) =>
      superiorSelfNamed &&
      has('claim-superior') &&
      ((has('channel-busy') && replyAsked) || talkOnly || favourAsked || has('want-move', 'want-money'))
  },
  {
    id: 'claim-want-pressures',
    verdict: 'high-risk',
    reason: [anyOf('，', ...claimSaid), '，', anyOf('，', ...askSaid), '，还', anyOf('，', ...pressureSaid)],
    // Public warnings describe the shape, not the words: who they say they are, what they want, and pressure
    // that leaves no time to check. A genuine bill also names a payee, money and a due date, so paying alone
    // and 登录 (its own app) are not counted here: only asks that lead away from the official channel.
    when: (has) => has(...anyClaim) && has(...offChannel) && countOf(has, anyPressure) >= 2
  },
  {
    id: 'money-other-account',
    verdict: 'high-risk',
    reason: [
      anyOf(
        '，',
        ...claimSaid,
        ch('说换了新号码', 'channel-new-number'),
        ch('发来银行卡号', 'channel-card-number'),
        ch('催您赶紧转', 'pressure-deadline')
      ),
      '，要您把钱打到另一个人的账户上'
    ],
    // Public warnings: a real relative, landlord or boss does not switch to someone else's account by message, nor
    // rushes you to pay a "client" for him (冒充领导: 「你帮我转两万给客户，账号我发你，要快」). A payment through the
    // company's own approval is not this (round 49's review), though it may be rushed; nor the account paid before
    // ("房租还是打我老婆的卡，跟以前一样", round 55).
    when: (has, { companyProcess, sameAccountAsBefore }) =>
      has('want-money') &&
      has('channel-other-account') &&
      !companyProcess &&
      !sameAccountAsBefore &&
      has(
        ...anyClaim,
        'channel-new-number',
        'channel-opener',
        'channel-busy',
        'channel-card-number',
        'pressure-deadline'
      )
  },
  {
    id: 'job-lure-ask',
    verdict: 'high-risk',
    reason: [
      '陌生人许您轻松高薪的兼职、刷单，还',
      anyOf('、', ch('让您找另一个联系方式', 'want-move'), ch('要您先交钱', 'want-money'))
    ],
    // 手册「网络刷单诈骗」: 所有刷单都是诈骗; an unsolicited job with easy pay that moves you elsewhere is its lure.
    when: (has) =>
      has('claim-job') && has('pressure-lure', 'pressure-easy-money') && has('want-move', 'want-money')
  },
  {
    id: 'romance-investment',
    verdict: 'high-risk',
    topic: 'pig-butchering',
    reason: '网上认识的恋人、网友带您投资、押注赚钱，让您注册、充值或上某个网站：“杀猪盘”的套路',
    // 手册「“杀猪盘” 诈骗」: 通过婚恋平台、社交软件…发展感情取得信任，然后将受害人引入博彩、理财等诈骗平台进行充值.
    when: (has) =>
      has('claim-online-partner') &&
      (has('pressure-sure-profit') ||
        (has('pressure-lure') && has('want-money', 'want-click', 'want-install', ...linkish)))
  },
  {
    id: 'wrong-add-opener',
    verdict: 'suspicious',
    breaks: 'no-trust',
    reason: '说“加错人了”，又想和您交朋友：网上交友诈骗（杀猪盘）常这样开头，聊熟了就带您投资、充值',
    // 手册「“杀猪盘” 诈骗」: 通过婚恋平台、社交软件等方式寻找潜在受害人; police warnings name the "wrong" friend request
    // that turns into a chat as its usual opener. A plain "不好意思加错人了" offers nothing and is not one.
    when: (_has, { wrongAddOpener }) => wrongAddOpener
  },
  {
    id: 'stranger-opener',
    verdict: 'suspicious',
    breaks: 'no-trust',
    reason:
      '不认识的人主动加您、夸您、想交朋友，又说自己做外贸、投资或在国外：网上交友诈骗（杀猪盘）常这样开头，聊熟了就带您投资、充值',
    // 手册「“杀猪盘” 诈骗」: 通过婚恋平台、社交软件等方式寻找潜在受害人，通过聊天发展感情取得信任; police warnings describe
    // the stranger who adds you, flatters you and presents a successful life abroad or in trade before the investment.
    when: (_has, { strangerOpener }) => strangerOpener
  },
  {
    id: 'met-online-money',
    verdict: 'high-risk',
    topic: 'pig-butchering',
    reason: [
      '网上认识、没见过面的人',
      anyOf('，', ch('向您要钱、借钱', 'want-money'), ch('让您先交费、寄钱', 'want-fee-first')),
      '：网恋、交友里要钱的，先当骗局'
    ],
    // 手册「“杀猪盘” 诈骗」: 通过婚恋平台、社交软件…发展感情取得信任…骗取受害人钱财; public warnings on 网恋诈骗 (a
    // "军人", "维和", "海外医生" who needs money for leave, customs or a ticket).
    when: (has, { metOnlineAsksMoney }) =>
      metOnlineAsksMoney && has('claim-online-partner') && has('want-money', 'want-fee-first')
  },
  {
    id: 'authority-investment',
    verdict: 'high-risk',
    reason: '自称政府、公安等国家机关，带您投资、许诺稳赚翻倍：国家机关不会找个人投资理财',
    // 手册「虚假投资理财诈骗」; public warnings on 养老投资 and fake 国家项目 (惠民生国债, 养老币) in an office's name.
    when: (has, { claimsOffice }) => claimsOffice && has('claim-authority') && has('pressure-sure-profit')
  },
  {
    id: 'sure-profit-group',
    verdict: 'high-risk',
    reason: '许诺稳赚、内幕消息，又拉您进群、加好友：荐股群、投资群的套路',
    // 手册「“杀猪盘” 诈骗」「虚假投资理财诈骗」: the sure profit is the bait, the group or the 老师 is the trap.
    when: (has, { marketing }) => !marketing && has('pressure-sure-profit') && has('want-move')
  },
  {
    id: 'sure-profit-pay',
    verdict: 'high-risk',
    reason: [
      '许诺稳赚、固定高回报或加倍回购，又',
      anyOf('、', ch('催您掏钱', 'want-money', 'want-fee-first'), ch('限时抢购', 'pressure-deadline')),
      '：投资、收藏没有稳赚的'
    ],
    // 手册「虚假投资理财诈骗」; public warnings on 养老投资 and 收藏品回购: the promise and the rush are the trap.
    // What it rushes is an investment: 不转账 (round 63's fresh tester, L5: "投资10万元…明天截止" showed only 不轻信, 不透露).
    breaks: 'no-transfer',
    // A signed ad is no exception when it sells a stake for a fixed return: that ad is itself unlawful (SHARES_PITCH).
    when: (has, { marketing, sharesPitch }) =>
      (!marketing || sharesPitch) &&
      has('pressure-sure-profit') &&
      has('want-money', 'want-fee-first', 'pressure-deadline')
  },
  {
    id: 'cure-sale',
    verdict: 'high-risk',
    topic: 'fake-shopping',
    reason: [
      '说保健品、偏方能治病、防癌，又',
      anyOf(
        '、',
        ch('开了价', 'moneyNamed', 'cureForSale'),
        ch('要您掏钱', 'want-money'),
        ch('催您抢购', 'pressure-deadline'),
        ch('拿赠品引您去', 'pressure-lure'),
        ch('让您找另一个联系方式', 'want-move')
      ),
      '：保健品不能治病'
    ],
    // 国家市场监督管理总局: 保健食品不能代替药物治疗疾病; the free gift and the 限量 are how elders are brought in, and a
    // price ("四万八一个疗程") is the sale itself, unless it passes on a doctor's word: then it is the medicine's.
    when: (has, { moneyNamed, cureForSale, curePassedOn }) =>
      cureForSale ||
      (has('pressure-cure') &&
        ((moneyNamed && !curePassedOn) ||
          has('want-money', 'pressure-lure', 'pressure-deadline', 'want-move')))
  },
  {
    id: 'blessing-for-money',
    verdict: 'high-risk',
    topic: 'paid-ritual',
    breaks: 'no-transfer',
    reason: [
      '说花钱、捐钱能保平安、消灾、转运，又',
      anyOf('、', ch('开了价', 'moneyNamed'), ch('要您掏钱', 'want-money', 'want-fee-first')),
      '：真正的寺庙和僧人不会上门、在街头或网上拿平安、运势向人要钱'
    ],
    // Police warnings on 假僧人化缘: a monk who reads your face, says you 和佛有缘 or have a 血光之灾, hands over a
    // 护身符 and then asks 香火钱 is no monk; 《宗教事务条例》: donations are never forced, and only at a place of worship.
    // Not a relative's own 香火钱 for the family ("妈去寺里上香…我捐个香火钱保佑你"): a fake relative's ask is read by
    // the rules on relatives (round 66's code review).
    when: (has, { moneyNamed }) =>
      has('pressure-blessing') &&
      !has('claim-acquaintance') &&
      (moneyNamed || has('want-money', 'want-fee-first'))
  },
  {
    id: 'prize-contact',
    verdict: 'high-risk',
    reason: ['说您中了奖，又', anyOf('，', ch('要您交钱', 'want-money'), clickSaid, ...askSaid)],
    // Public guidance: a prize you never entered for is never real; claiming it is where the fees begin.
    when: (has) => has('pressure-prize') && has(...offChannel, 'want-money', 'want-click')
  },
  {
    id: 'authority-lure-elsewhere',
    verdict: 'high-risk',
    reason: [
      anyOf(
        '',
        ch('搬出有来头的单位', 'claim-authority'),
        ch('说到“安全账户”', 'safeAccountOnly'),
        ch('说是电视台节目组', 'showOnly')
      ),
      '，',
      anyOf(
        '，',
        ch('说有补贴、退税可领', 'pressure-unclaimed'),
        ch('拿好处引您', 'pressure-lure'),
        ch('说您中了奖', 'pressure-prize')
      ),
      '，却',
      anyOf('，', ...askSaid, ch('让您回复', 'channel-reply'))
    ],
    // Public guidance: 社保、税务、教育部门发补贴退费不会让您拨陌生号码或点短信链接。 Details checked in the office's own
    // app ("请通过个人所得税APP办理，如需退税请核对本人银行卡信息") are where guidance sends people.
    when: (has, { ownChannelOnly }) =>
      has('claim-authority') &&
      has('pressure-lure', 'pressure-prize', 'pressure-unclaimed') &&
      has(...offChannel.filter((id) => id !== 'want-info' || !ownChannelOnly), 'channel-reply')
  },
  {
    id: 'wording-plus',
    verdict: 'high-risk',
    reason: '说法和公布过的诈骗信息很像，又有下面列出的诈骗信号',
    afterOthers: true,
    when: (has, { othersFired, wordingRaises }) => (has('channel-wording') || wordingRaises) && othersFired
  },
  {
    id: 'new-number-money',
    verdict: 'high-risk',
    reason: '说换了新号码、新微信，又要您转账借钱',
    // Public guidance (冒充熟人、领导): a new number that asks for money is checked by calling the old one first. Money
    // to the account paid before or written down in person is no new payee (round 54's review: a wife's broken phone).
    when: (has, { sameAccountAsBefore }) =>
      has('want-money') && has('channel-new-number') && !sameAccountAsBefore
  },
  {
    id: 'install-request',
    verdict: 'suspicious',
    reason: '要您下载软件或共享屏幕',
    when: (has) => has('want-install')
  },
  {
    id: 'secrecy',
    verdict: 'suspicious',
    reason: '叫您保密、别告诉别人，或别打电话核实',
    // Not a family's surprise that says no money is needed and asks nothing ("这事您先保密，别告诉奶奶…您不用转钱",
    // round 59's blind set: a grandchild planning a birthday).
    when: (has, { notYourMoney }) => has('want-secrecy') && !(notYourMoney && !has(...readerAsks))
  },
  {
    id: 'money-from-someone',
    verdict: 'suspicious',
    reason: [
      '要您转钱，',
      anyOf(
        '，',
        ch('说到领导、老板或老师', 'claim-superior'),
        ch('说换了新号码', 'channel-new-number'),
        ch('用熟人的口吻', 'channel-opener', 'channel-busy'),
        ch('说是招聘、兼职', 'claim-job'),
        ch('说是买卖', 'claim-trade'),
        ch('说出了急事', 'pressure-emergency'),
        ch('拿好处引您', 'pressure-lure'),
        ch('让您扫码付款', 'channel-qr'),
        ch('让您找另一个联系方式', 'want-move')
      )
    ],
    // "还是转到原来那张卡", "号码同上个月一样", an account written down in person name the one paid before; a boss's
    // "付款还是按流程走OA审批" the company's own approval (round 54's trial and review).
    when: (has, { marketing, ownPaymentSystem, sameAccountAsBefore, companyProcess }) =>
      has('want-money') &&
      !(sameAccountAsBefore && !has('channel-other-account', 'channel-new-number')) &&
      ((has('claim-superior') && !ownPaymentSystem && !companyProcess) ||
        (has('claim-trade') && !companyProcess) ||
        has(
          'channel-new-number',
          'channel-opener',
          'channel-busy',
          'channel-qr',
          'want-move',
          'claim-job',
          'pressure-emergency'
        ) ||
        (!marketing && has('pressure-lure')))
  },
  {
    id: 'money-and-threat',
    verdict: 'suspicious',
    reason: [
      '要您交钱，又',
      anyOf(
        '，',
        ch('说您涉嫌违法', 'pressure-legal'),
        ch('拿停机、冻结之类逼您：不交就……', 'moneyUltimatum'),
        {
          say: '说您出了问题，却让您找另一个联系方式',
          when: ['pressure-threat'],
          unless: ['moneyUltimatum']
        }
      )
    ],
    // A genuine bill also says 欠费 and 缴费; it sends you to its own app or counter, not elsewhere.
    when: (has, { moneyUltimatum, ownChannelOnly }) =>
      has('want-money') &&
      (has('pressure-legal') ||
        (has('pressure-threat') && ((moneyUltimatum && !ownChannelOnly) || has(...offChannel, ...linkish))))
  },
  {
    id: 'lure-and-problem',
    verdict: 'suspicious',
    reason: '先说出了问题，又许您退款、赔偿之类的好处',
    // Not for a notice whose only ask is to come to its counter (a subsidy 年审 "逾期将暂停发放"): see judge().
    when: (has, { atCounter }) =>
      !atCounter && has('pressure-lure', 'pressure-prize') && has('pressure-threat', 'pressure-legal')
  },
  {
    id: 'authority-trade',
    verdict: 'suspicious',
    reason: [
      '自称',
      anyOf('、', ch('部队、政府、学校', 'claim-authority'), ch('领导', 'claim-superior')),
      '来跟您做买卖：冒充单位采购的开场'
    ],
    // A leader or teacher buying is the same opening once they send you to a supplier or ask for money; a shop's
    // own "老板，货款已收到" is not.
    when: (has) =>
      has('claim-trade') &&
      (has('claim-authority') || (has('claim-superior') && has('want-move', 'want-money')))
  },
  {
    id: 'official-problem',
    verdict: 'suspicious',
    reason: [
      '以机构的名义，',
      anyOf('，', ch('说您出了问题', 'pressure-threat'), ch('催您赶紧办', 'pressure-deadline'))
    ],
    when: (has, { marketing }) =>
      has(...official) &&
      ((has('pressure-threat') && has(...linkish, 'want-move')) ||
        (!marketing && has('pressure-deadline') && has('want-click') && has(...linkish)))
  },
  {
    id: 'threat-and-deadline',
    verdict: 'suspicious',
    reason: [
      anyOf('，还', ch('说您出了问题', 'pressure-threat'), ch('说要追究您', 'pressure-legal')),
      '，又催您赶紧办'
    ],
    // Every genuine bill, property-fee and water-cut notice says this too ("以免影响您的正常使用"): on the tuning
    // part it flagged three ordinary messages and no scam that nothing else flagged. With a scam's wording it still
    // counts. Never for a bill that sends you only to the sender's own app, counter or short number.
    onlyWithWording: true,
    when: (has, { ownChannelOnly }) =>
      has('pressure-threat', 'pressure-legal') && has('pressure-deadline') && !ownChannelOnly
  },
  {
    id: 'threat-deadline-click',
    verdict: 'suspicious',
    reason: '说您出了问题，又催您赶紧验证身份',
    // Phishing SMS and e-mail that lost their link in the paste ("请在24小时内完成身份验证，否则账户将被永久停用"):
    // 公安部 and the banks' warnings name the threat, the deadline and the verification together. A bill that sends
    // you only to its own app, counter or short number or asks you to come in person, and a shop's ad, do not count;
    // nor does a new card to activate or an ID card to renew, which ask no verification, nor the pensioners' yearly
    // 资格认证 that a 社保 notice asks for by a date (blind set X36), which a scam still sends somewhere.
    when: (has, { marketing, ownChannelOnly, inPerson, verificationAsked, pensionCheck }) =>
      !marketing &&
      !ownChannelOnly &&
      !inPerson &&
      !pensionCheck &&
      verificationAsked &&
      has('pressure-threat') &&
      has('pressure-deadline')
  },
  {
    id: 'verify-by-link',
    verdict: 'suspicious',
    breaks: 'no-trust',
    reason: '以银行、社保、医保这类机构的名义，让您点链接、扫码去认证身份：这类认证只在官方APP里办',
    // Public warnings (人社部门 on 养老金资格认证, banks and 医保 on 电子医保认证): a verification the office needs is
    // done in its own app or at its counter, never by a link sent to you to click. Without a threat or a deadline
    // (threat-deadline-click) the ask alone is the signal; a notice that sends you only to its own app, an ad, one
    // that asks you to come in person, and a QR code put up by a community, a clinic or a locker are left alone.
    when: (has, { marketing, ownChannelOnly, inPerson, verificationAsked }) =>
      !marketing &&
      !ownChannelOnly &&
      !inPerson &&
      verificationAsked &&
      has(...official) &&
      has('want-click') &&
      has('channel-link', 'channel-domain')
  },
  {
    id: 'threat-reply',
    verdict: 'suspicious',
    reason: [
      '以平台、机构的名义说您的账户出了问题，',
      ifAny('', '', ch('限时催您，', 'pressure-deadline')),
      '还让您回复数字解除：正规平台的申诉、解除在它自己的APP里办'
    ],
    // "【抖音】您的账户存在违规行为，将于24小时后被永久封禁，如需申诉请回复1" (blind set Z42), "【ETC】您的ETC已被禁用，
    // 回复1办理解除" with no deadline (round 46's trial): 回复1 starts the scammer's
    // script, as in loan-granted-reply. Public guidance (公安部刑侦局): 陌生短信让回复数字的，不要回复. Only a reply that lifts
    // or contests the threat (replyToLift): a bill's "回复1查询明细" and a carrier's "续费请回复1" are their own menus. A
    // shop's 拒收请回复R does not make it an ad (review42). Without a deadline, not a card's fraud check that asks whether
    // a payment was yours or gives its own line or counter (round 46's review), nor such a notice's counter in person.
    when: (has, { replyToLift, ownCheckReply, inPerson }) =>
      replyToLift &&
      has(...official) &&
      has('pressure-threat') &&
      has('channel-reply') &&
      (has('pressure-deadline') || !(ownCheckReply || inPerson))
  },
  {
    id: 'lure-and-deadline',
    verdict: 'suspicious',
    reason: [
      '许您积分、补贴之类的好处，又催您赶紧办，还',
      anyOf(
        '、',
        ch('让您点开链接', ...linkish, 'want-click'),
        ch('让您找另一个联系方式', 'want-move'),
        ch('让您回复', 'channel-reply')
      )
    ],
    // A carrier's own 积分到期 reminder sends you to its app, not to a link or another number.
    // A shop's own ad ("满79返30，限今天 → 链接，拒收请回复R") has a link too; it does not send you to a person.
    // "积分即将清零，点击兑换" asks for a click even when the paste lost its link, from a claimed organisation or in
    // a scam's words; a bill's own app does not count.
    when: (has, { marketing, ownChannelOnly }) =>
      has('pressure-lure', 'pressure-prize') &&
      has('pressure-deadline') &&
      (has(...(marketing ? [] : linkish), 'want-move', 'channel-reply') ||
        (!marketing && !ownChannelOnly && has('want-click') && has(...official, 'channel-wording')))
  },
  {
    id: 'lure-and-link',
    verdict: 'suspicious',
    reason: [
      '许您好处，',
      anyOf(
        '、',
        ch('让您点链接', 'channel-link', 'channel-domain'),
        ch('让您扫码', 'channel-qr'),
        ch('让您找另一个联系方式', 'want-move'),
        ch('让您回复', 'channel-reply')
      )
    ],
    // A registered sender's ad ("额度最高8万…咨询办理回复Y，退订回N") invites a reply or a tap as every ad does; a
    // refund to be had only at the sender's own site, app or window ("在12306网站、铁路12306App或车站窗口办理全额退票")
    // gives no address of its own to go to.
    when: (has, { marketing, ownChannelOnly }) =>
      has('pressure-lure', 'pressure-prize') &&
      has(...(marketing ? [] : linkishOrReply), 'want-move') &&
      !(ownChannelOnly && !has('channel-domain', 'channel-qr', 'channel-reply', 'want-move'))
  },
  {
    id: 'threat-and-link',
    verdict: 'suspicious',
    reason: [
      anyOf('，', ch('说您出了问题', 'pressure-threat'), ch('说您涉嫌违法', 'pressure-legal')),
      '，又',
      anyOf('、', ch('给了链接', ...linkish), ch('让您找另一个联系方式', 'want-move'))
    ],
    when: (has) => has('pressure-threat', 'pressure-legal') && has(...linkish, 'want-move')
  },
  {
    id: 'claims-police',
    verdict: 'suspicious',
    breaks: 'no-trust',
    reason: '自称公安、检察院、法院的人找上您：他们不会在电话、短信里办案，先挂断，再自己打110核实',
    // 手册「冒充公检法诈骗」 and the public warning 公检法机关不会通过电话办案: the scam's first line names the office
    // and asks nothing yet ("我是检察院的，你的案子已经立案了"). A notice that asks you to come in person is how a
    // real station writes, and a warning's own sentences are left out before this is read.
    when: (_has, { claimsPolice, inPerson }) => claimsPolice && !inPerson
  },
  {
    id: 'authority-contact',
    verdict: 'suspicious',
    reason: [
      anyOf('', ...authoritySaid),
      '，',
      anyOf('、', ch('让您点链接', ...linkish), ch('让您找另一个联系方式', 'want-move'))
    ],
    // A police station's or office's own notice gives a number for questions ("咨询电话0755-…") and presses for
    // nothing: such a number counts only with a pressure or another ask. A recorded call's "请按9" gives none.
    when: (has, { contactNumber }) =>
      has('claim-authority') &&
      (has(...linkish) ||
        (has('want-move') &&
          (!contactNumber ||
            has(...anyPressure, 'want-money', 'want-code', 'want-info', 'want-install', 'want-secrecy'))))
  },
  {
    id: 'info-request',
    verdict: 'suspicious',
    reason: [
      anyOf(
        '，',
        ...claimSaid,
        ch('说您出了问题', 'pressure-threat'),
        ch('说您涉嫌违法', 'pressure-legal'),
        ch('拿好处引您', 'pressure-lure'),
        ch('说您中了奖', 'pressure-prize')
      ),
      '，要您的个人信息'
    ],
    // Not a registered sender's ad: a bank's card offer asks you to fill in an application. Nor a notice that sends
    // you to the sender's own app to fill in an address ("请在顺丰官方App补充地址").
    when: (has, { marketing, ownChannelOnly }) =>
      !marketing &&
      !ownChannelOnly &&
      has('want-info') &&
      has(...anyClaim, 'pressure-threat', 'pressure-legal', 'pressure-lure', 'pressure-prize')
  },
  {
    id: 'claim-want-pressure',
    verdict: 'suspicious',
    reason: [anyOf('，', ...claimSaid), '，', anyOf('，', ...askSaid), '，还', anyOf('，', ...pressureSaid)],
    // Details asked for in the sender's own app ("请在顺丰官方App补充地址") do not leave the official channel.
    when: (has, { ownChannelOnly }) =>
      has(...anyClaim) &&
      has(...offChannel.filter((id) => id !== 'want-info' || !ownChannelOnly)) &&
      has(...anyPressure)
  },
  {
    id: 'two-pressures',
    verdict: 'suspicious',
    reason: [
      '同时用两种手段逼您：',
      anyOf(
        '，又',
        ch('说您出了问题', 'pressure-threat'),
        ch('说您涉嫌违法', 'pressure-legal'),
        ch('说出了急事', 'pressure-emergency'),
        ch('拿好处引您', 'pressure-lure'),
        ch('说您中了奖', 'pressure-prize')
      )
    ],
    // Not a due date with a threat or with an offer: genuine bills and shop offers say those (see the rules
    // threat-and-deadline and lure-and-deadline, which ask for more). Nor a notice that only asks you to its counter.
    when: (has, { atCounter }) =>
      !atCounter &&
      countOf(has, [
        'pressure-threat',
        'pressure-legal',
        'pressure-emergency',
        'pressure-lure',
        'pressure-prize'
      ]) >= 2
  },
  {
    id: 'other-account',
    verdict: 'suspicious',
    reason: '要您把钱打到另一个人的账户上',
    // Not the account paid before ("房租还是打到我爱人那张工行卡上", round 55's review): no new payee.
    when: (has, { sameAccountAsBefore }) =>
      has('channel-other-account') && has('want-money') && !sameAccountAsBefore
  },
  {
    id: 'card-number-money',
    verdict: 'suspicious',
    reason: '发来一个银行卡号，让您往上打钱：转账前先打电话向本人核实',
    // Public warnings: the bulk "直接把钱打到这个账户上：工商银行6222…" SMS. Never high-risk alone: a genuine
    // landlord or relative also sends a card number; a call to the person they claim to be settles it.
    when: (has) => has('channel-card-number') && has('want-money')
  },
  {
    id: 'job-lure',
    verdict: 'suspicious',
    reason: '主动找您做兼职、刷单，许您轻松赚钱',
    when: (has) => has('claim-job') && has('pressure-lure')
  },
  {
    id: 'handout-by-contact',
    verdict: 'high-risk',
    topic: 'fake-notice-link',
    breaks: 'no-disclose',
    reason:
      '说有补贴、退税或别的钱等您领，却要您加微信、QQ或打某个电话去领：政府和单位发钱直接打到您的卡上，或在官方App、窗口办理，不用私下联系',
    // 公安机关 on 冒充政府发补贴 (round 57's attacking review and blind set: "老年人专属补贴５００元！！添加ｖｘ…领取",
    // "种粮一次性补贴1280元待领取，请本人致电0371-…登记"). An office's own short line is no contact of this kind (want-move
    // leaves it out).
    when: (has, { inPerson }) => has('pressure-unclaimed') && has('want-move') && !inPerson
  },
  {
    id: 'unclaimed-money',
    verdict: 'suspicious',
    reason: '以机构的名义说有补贴、退税等您领：这些钱不会发短信让您领',
    // A registered sender's notice with nothing to act on is spared by the gate in judge(); this catches the
    // unsigned lines ("您有一笔医保补贴未领取") that lead to a link or a call.
    // Not money the office pays out at its own window ("请本人持身份证到镇民政办窗口办理", review38).
    when: (has, { inPerson }) => has('pressure-unclaimed') && has(...official) && !inPerson
  },
  {
    id: 'unclaimed-deadline',
    verdict: 'suspicious',
    reason: '说有补贴、退税等您去领，又催您赶紧办：这些钱不会发短信催您领',
    // The issue's 「扫码/点链接申领，逾期视为放弃」 (社保补贴, 个税退税, 五险一金补贴), signed or not, with somewhere to
    // act; a school's or an employer's notice that sends you to its own app or counter, or nowhere, is left alone.
    when: (has, { marketing, ownChannelOnly, contactNumber }) =>
      !marketing &&
      !ownChannelOnly &&
      has('pressure-unclaimed') &&
      has('pressure-deadline') &&
      (contactNumber || has(...linkishOrReply, 'want-click', 'want-move', 'want-install'))
  },
  {
    id: 'points-expiring',
    verdict: 'suspicious',
    breaks: 'no-trust',
    reason: '说您的积分快要清零、过期，催您兑换：积分只在官方APP里查、里兑换',
    // Public warnings (运营商、银行): 积分兑换 SMS with a link or a number are phishing; a carrier's own reminder
    // sends you to its app, which leaves this rule out.
    when: (_has, { marketing, ownChannelOnly, pointsExpiring }) =>
      pointsExpiring && !marketing && !ownChannelOnly
  },
  {
    id: 'easy-money',
    verdict: 'suspicious',
    reason: '许诺动动手指、在家用手机就能赚钱：这是刷单返利的招人话术',
    // 手册「网络刷单诈骗」: 网上兼职刷单、刷信誉的都是诈骗. Not in a registered sender's ad.
    when: (has, { marketing }) => !marketing && has('pressure-easy-money')
  },
  {
    id: 'guaranteed',
    verdict: 'suspicious',
    reason: '许诺花钱就能包过、包录取、包下款：没有人能卖这种保证，先打考试院、学校或银行的公开电话核实',
    // Same sources as guaranteed-pay. With a fee, a contact or a bought outcome: a friend's "四级我感觉包过" is none.
    when: (has, { marketing, moneyNamed, contactNumber, boughtOutcome }) =>
      !marketing &&
      has('pressure-guaranteed') &&
      (boughtOutcome || moneyNamed || contactNumber || has('want-money', 'want-move'))
  },
  {
    id: 'licence-points',
    verdict: 'suspicious',
    topic: 'licence-points',
    breaks: 'no-transfer',
    reason: '花钱买卖驾照分数、代消扣分：这是违法的，交了钱也常被骗。扣分只能在交管12123或车管所本人处理',
    // 公安部交通管理局关于打击驾驶证“买分卖分”的通告. 可疑, not 高风险: the person asking may be the one buying.
    when: (_has, { licencePoints }) => licencePoints
  },
  {
    id: 'handout-rush',
    verdict: 'suspicious',
    breaks: 'no-trust',
    reason:
      '说有补贴、津贴人人能领，先到先得或不设条件：补贴按条件审核发放，不靠抢。先打当地人社、民政的公开电话核实',
    // Police warnings on 疫情补贴 and 购物津贴 SMS. Not a registered sender's ad, nor a trade-in 国补 ad (TRADE_IN_AD),
    // nor a community's or village's handout to collect at its counter (社区服务站, 村委会).
    when: (_has, { handoutRush, marketing, atCounter }) => handoutRush && !marketing && !atCounter
  },
  {
    id: 'lonely-reply',
    verdict: 'suspicious',
    breaks: 'no-trust',
    reason: '拿美女、交友、陪聊引您发短信或回复数字：回复会订上收费服务，也让骗子知道这个号码有人用',
    // 工信部 and police warnings on 吸费短信: never reply to an unknown number's lure.
    when: (_has, { lonelyReply, marketing }) => lonelyReply && !marketing
  },
  {
    id: 'sex-chat-lure',
    verdict: 'suspicious',
    breaks: 'no-trust',
    reason: [
      '拿美女视频、裸聊、私密聊天引您',
      anyOf(
        '、',
        ch('加好友', 'want-move'),
        ch('回复', 'channel-reply'),
        ch('点链接', ...linkish),
        ch('装软件', 'want-install')
      ),
      '：这是裸聊敲诈的第一步，录下视频、拿到通讯录就来要钱'
    ],
    // Public warnings on 裸聊敲诈: the lure leads to a chat elsewhere and an app that reads the contacts.
    when: (has, { sexChatLure }) =>
      sexChatLure && has('want-move', 'channel-reply', 'want-install', ...linkish)
  },
  {
    id: 'kin-produce-sale',
    verdict: 'suspicious',
    breaks: 'no-transfer',
    reason:
      '网上认识的人说家里有茶园、酒庄，要您帮忙买茶叶、红酒：这是“茶托”“酒托”的说法，借交友卖高价劣质货',
    // 手册「“杀猪盘” 诈骗」: 通过婚恋平台、社交软件…发展感情取得信任; public police warnings on 网恋卖茶 (卖茶女) and 酒托.
    when: (_has, { kinProduceSale, marketing }) => kinProduceSale && !marketing
  },
  {
    id: 'office-sells-collectibles',
    verdict: 'high-risk',
    breaks: 'no-trust',
    reason:
      '自称部队、政府等国家机关，向您推销纪念币、邮册、金条这类收藏品：国家机关不会打电话、发消息卖东西，这是养老诈骗的套路',
    // 全国打击整治养老诈骗专项行动的提醒: 以销售“纪念币”“收藏品”为名, 冒充国家机关、部队 sell fakes to older people
    // (手册「虚假购物、服务诈骗」is the closest category). 人民银行 issues 纪念币 only through banks, at face value.
    when: (has, { collectibleSale }) => collectibleSale && has('claim-authority')
  },
  {
    id: 'contacts-app',
    verdict: 'high-risk',
    breaks: 'no-disclose',
    reason: '要您装软件，还要授权读取通讯录：通讯录一交出去，就会被拿来敲诈您、骚扰您的亲友',
    // Public police warnings on 裸聊敲诈 and 虚假网贷 apps: the app exists to upload the contact list, which the
    // extortion or the "debt collection" then uses.
    when: (has, { contactsAsked }) => contactsAsked && has('want-install')
  },
  {
    id: 'no-credit-loan-ad',
    verdict: 'suspicious',
    breaks: 'no-transfer',
    reason:
      '贷款广告说“不看征信”“秒批、当天到账”：正规贷款都要查征信，这样说的多是假贷款，放款前会找理由收费',
    // 手册「网络贷款诈骗」反诈提示: 切莫听信网上“低利息、无抵押、放款快”的贷款广告; no licensed lender may say it checks
    // no credit, so the ad is read even when its contact was cut off (loan-ad needs one to be 高风险).
    when: (_has, { loanAdLures, noCreditCheck }) => noCreditCheck && loanAdLures >= 2
  },
  {
    id: 'wrong-details-frozen',
    verdict: 'suspicious',
    breaks: 'no-transfer',
    reason: '说因为您填错了卡号或资料，账户、资金被冻结：这是假贷款、刷单平台收“解冻费”的借口，一分钱也别交',
    // 公安机关关于虚假网贷的提醒: 以银行卡号填写错误、账户冻结为由要求缴纳解冻金. Not with a counter to come to in person.
    when: (_has, { wrongDetailsFrozen, atCounter }) => wrongDetailsFrozen && !atCounter
  },
  {
    id: 'pay-first-unseen',
    verdict: 'high-risk',
    breaks: 'no-transfer',
    reason: [
      '要您先付定金、押金或全款，',
      anyOf(
        '，',
        ch('人却说在外地没法见面', 'sellerAway'),
        ch('又不走平台交易', 'offPlatform'),
        ch('直接转给他本人', 'paidToWriter')
      ),
      '：付了钱，人和货多半就没了'
    ],
    // 手册「虚假购物、服务诈骗」: 以…缴纳定金…为由…待受害人付款后，就将受害人拉黑或者失联; 反诈提示: 不要将钱款直接转给
    // 对方. A seller met in person, or a deal kept on the platform, is how a genuine one reads.
    when: (_has, { payFirst, sellerAway, offPlatform, paidToWriter, marketing }) =>
      payFirst && (sellerAway || offPlatform || paidToWriter) && !marketing
  },
  {
    id: 'threat-link-info',
    verdict: 'high-risk',
    breaks: 'no-disclose',
    reason: [
      anyOf(
        '，',
        ch('说您出了问题', 'pressure-threat'),
        ch('催您赶紧办', 'pressure-deadline'),
        ch('说您涉嫌违法', 'pressure-legal')
      ),
      '，',
      anyOf('、', ch('给一个链接', 'channel-link', 'channel-domain'), clickSaid),
      '，让您填',
      anyOf('、', ch('身份证、银行卡这类资料', 'want-info'), ch('验证码', 'want-code')),
      '：这是钓鱼网站'
    ],
    // Public warnings on 电费、ETC、医保 phishing SMS: a bill or a threat with a link that asks your card or code. The
    // sender's own sites are not counted as links (the official-domain list).
    when: (has) =>
      has('channel-link', 'channel-domain', 'want-click') &&
      has('want-info', 'want-code') &&
      has('pressure-threat', 'pressure-deadline', 'pressure-legal')
  },
  {
    id: 'lure-asks-card',
    verdict: 'high-risk',
    breaks: 'no-disclose',
    reason: [
      '以理赔、退款、补偿或奖品为由，让您',
      anyOf(
        '、',
        ch('另找联系方式', 'want-move'),
        ch('扫码', 'channel-qr'),
        ch('点链接', 'channel-link', 'channel-domain')
      ),
      '，填',
      anyOf('、', ch('银行卡、身份证', 'want-info'), ch('验证码', 'want-code')),
      '：这是骗您的卡和钱'
    ],
    // Public warnings on 快递理赔 and 客服退款: "添加理赔专员微信，扫码进入理赔通道填写银行卡信息". A company's own
    // claim is settled in its app, which is not counted as a link.
    when: (has) =>
      has(...anyClaim) &&
      has('pressure-lure', 'pressure-prize') &&
      has('want-info', 'want-code') &&
      has(...linkish, 'want-move')
  },
  {
    id: 'off-platform-deal',
    verdict: 'high-risk',
    breaks: 'no-transfer',
    reason: '买卖说好在平台上，对方却要绕开平台私下转账或下单：出了问题平台不管，钱多半追不回',
    // 闲鱼、转转的安全提示 and police warnings on 二手交易诈骗: 不脱离平台交易. A trade met in person is spared.
    // A payment app named alone is no trade: "爸…你直接转我支付宝就行" is a son's tuition (round 63's review).
    when: (has, { offPlatform, faceToFace, tradeNamed }) =>
      offPlatform && !faceToFace && (has('claim-trade') || (has('claim-organisation') && tradeNamed))
  },
  {
    id: 'confirm-before-delivery',
    verdict: 'high-risk',
    breaks: 'no-transfer',
    reason: '让您还没收到货就先点“确认收货”：钱会直接到对方手里，货多半就不来了',
    // 闲鱼、转转的安全提示 and police warnings on 二手交易诈骗: 未收到货前不要确认收货.
    when: (_has, { confirmBeforeDelivery }) => confirmBeforeDelivery
  },
  {
    id: 'gambling-site',
    verdict: 'high-risk',
    breaks: 'no-transfer',
    reason: '拉您上赌博、博彩网站或APP注册、充值：网络赌博违法，钱充进去就提不出来',
    // 手册「“杀猪盘” 诈骗」: 将受害人引入博彩…诈骗平台进行充值; 公安机关's warnings on 跨境网络赌博.
    // A registered sender's opt-out footer (回T退订) spares no gambling ad, nor does a missing link: no licensed sender
    // may send one (round 51's trial).
    when: (has, { gambling, gamblingLure, inviteCode }) =>
      gamblingLure ||
      (gambling && (inviteCode || has(...linkish, 'want-move', 'channel-reply', 'want-install')))
  },
  {
    id: 'rigged-draw',
    verdict: 'high-risk',
    topic: 'pig-butchering',
    breaks: 'no-transfer',
    reason:
      '说开奖结果是内部定好的、能提前拿到，让您照他说的号下注：这是赌博诈骗平台的诱饵，钱充进去就提不出来',
    // 手册「“杀猪盘” 诈骗」: 将受害人引入博彩…诈骗平台进行充值; police warnings on 网络赌博 and 杀猪盘 name the "内部人员"
    // who knows the results before the draw as the bait. Round 62's blind set: two online partners' "gifts" of a rigged draw.
    when: (_has, { riggedDraw }) => riggedDraw
  },
  {
    id: 'gold-handover',
    verdict: 'high-risk',
    breaks: 'no-transfer',
    reason:
      '让您买黄金、金条，再寄走或交给别人、拿去“入金”：正规的投资和办案都不会这样收钱，这是骗子换个法子拿走您的钱',
    // Public police warnings (2024–2025) on scams that have victims buy gold and post it or hand it to a "courier" or
    // "工作人员": 冒充公检法 and 杀猪盘's 黄金入金. Round 62's blind set: a widow mailing 120 g of gold to an online friend's
    // "表弟".
    when: (_has, { goldHandover }) => goldHandover
  },
  {
    id: 'vote-link',
    verdict: 'high-risk',
    breaks: 'no-trust',
    reason:
      '请您帮忙投票、点赞、助力，给的却是一个陌生网址：这种链接常是木马或骗验证码的页面，真投票去官方公众号、APP里找',
    // Public police warnings (e.g. 厦门市反诈中心): "有空吗？帮我投个票" with a link installs a trojan that sends itself to
    // the contacts, or asks for a phone number and its code. Round 62's blind set: an SMS from a number with a short link.
    // A real contest's page inside WeChat or a shopping app gives no address of its own.
    when: (has, { voteAsked }) => voteAsked && has('channel-domain')
  },
  {
    id: 'loan-ad',
    verdict: 'high-risk',
    breaks: 'no-transfer',
    reason: [
      '“无抵押、不查征信、当天下款”的贷款广告，让您',
      anyOf(
        '、',
        ch('加微信', 'want-move'),
        ch('打电话', 'contactNumber'),
        ch('点链接', ...linkish),
        ch('回复', 'channel-reply')
      ),
      '：贷款请到银行等正规机构办'
    ],
    // 手册「网络贷款诈骗」反诈提示: 贷款请到银行等正规机构申办，切莫听信网上“低利息、无抵押、放款快”的贷款广告. Not a
    // registered bank's own ad, unless it says it checks no credit (不看征信), which no licensed lender may.
    when: (has, { loanAdLures, noCreditCheck, contactNumber, marketing }) =>
      (!marketing || noCreditCheck) &&
      loanAdLures >= 2 &&
      (contactNumber || has(...linkish, 'want-move', 'channel-reply'))
  },
  {
    id: 'id-card-for-gift',
    verdict: 'high-risk',
    breaks: 'no-disclose',
    reason:
      '说免费送东西、免费体检，却要您带上身份证和银行卡：正规的免费活动不要银行卡，这是要拿您的证件和卡去办卡、贷款或转走钱',
    // 公安部「打击整治养老诈骗」 warnings: 以免费领礼品、免费体检为名，收集老年人的身份证、银行卡信息. Not business at a
    // bank's or an office's own counter (the fact leaves those out).
    when: (_has, { idAndCardForGift }) => idAndCardForGift
  },
  {
    id: 'card-to-talk',
    verdict: 'high-risk',
    breaks: 'no-disclose',
    topic: 'fake-shopping',
    reason:
      '请您去听专家讲座、健康讲座，却要您带上存折或银行卡：听讲座用不着存折，这是向老人推销、骗老人钱的套路，别带卡去',
    // 公安部「打击整治养老诈骗专项行动」 warnings: 以免费体检、健康讲座为名接近老年人，骗取钱财、推销保健品. Whatever office the
    // sender names (round 44's new-user trial: "社区养老服务站…免费体检…专家讲座，记得带上存折"); not a bank's own counter.
    when: (_has, { cardToTalk }) => cardToTalk
  },
  {
    id: 'loan-granted-reply',
    verdict: 'suspicious',
    breaks: 'no-transfer',
    topic: 'online-loan',
    reason:
      '说已经给您批了一笔贷款或额度，让您回复数字或点开领取：银行不会用短信“特批”贷款，回复后对方会找理由收费',
    // 手册「网络贷款诈骗」: 以低息、快速放款为诱饵; real SMS of this shape (R40) end with the bulk sender's 拒收请回复R, so
    // the marketing ending does not excuse it. A bank's own offer in its app or at its counter is left out.
    when: (_has, { loanGranted, ownChannelOnly }) => loanGranted && !ownChannelOnly
  },
  {
    id: 'task-lock-in',
    verdict: 'high-risk',
    breaks: 'no-transfer',
    topic: 'order-brushing',
    reason:
      '刷单、做任务说进入“联单”“卡单”，不做完本金就取不出来：这是让您越投越多的刷单骗局，马上停手，别再转钱',
    // 手册「刷单返利诈骗」: 先小额返利取得信任，再以连单、卡单、操作失误为由要求继续转账.
    when: (_has, { taskLockIn }) => taskLockIn
  },
  {
    id: 'gift-sales-talk',
    verdict: 'suspicious',
    breaks: 'no-trust',
    reason:
      '用免费鸡蛋、大米、体检请您去店里听讲座、说明会：这是向老人推销保健品、理疗床的老套路，去了不交钱、不买',
    // 公安部「打击整治养老诈骗专项行动」 warnings: 以免费体检、赠送礼品为诱饵，通过健康讲座推销保健品. A community's own
    // free check-up names no shop or product (the fact requires one).
    when: (_has, { giftToSalesTalk, marketing }) => giftToSalesTalk && !marketing
  },
  {
    id: 'cheap-tour',
    verdict: 'suspicious',
    breaks: 'no-trust',
    reason:
      '几天的旅游只要几十、几百元，还送礼品或说无购物：这是不合理低价游，常被带进购物店、保健品讲座强买。报团找正规旅行社，签合同',
    // 《旅游法》第三十五条: 旅行社不得以不合理的低价组织旅游活动; 文化和旅游部 and 公安部 养老诈骗 warnings on 低价游.
    when: (_has, { cheapTour }) => cheapTour
  },
  {
    id: 'house-pledge',
    verdict: 'high-risk',
    topic: 'fake-investment',
    breaks: 'no-transfer',
    reason:
      '让您把房子抵押、过户出去，换每月高额养老金或理财收益：这是“以房养老”骗局，房子会被拿走。签字前先跟子女商量，打96110问一问',
    // 公安部 养老诈骗 warnings and 银保监会's 风险提示 on "以房养老": the house is mortgaged, the loan put into a
    // "理财" that collapses. Even in a registered sender's ad: no lawful offer promises a high return on a pledged home.
    when: (_has, { housePledge }) => housePledge
  },
  {
    id: 'video-vouched',
    verdict: 'high-risk',
    topic: 'impersonating-leaders',
    reason: '说“刚才视频里是我”，却不能说话、要您换个软件聊：几秒钟的视频可以是AI换脸，先打他原来的电话核实',
    // 公安部 and 国家金融监督管理总局 warnings on AI换脸 (round 64's attacking review, r64-s07: 安庆 case): a video call of
    // seconds "proves" who it is, then the caller cannot talk and moves you to QQ or another chat to ask for money.
    when: (has, { videoVouched }) => videoVouched && has('want-move', 'want-money')
  },
  {
    id: 'screenshot-refund',
    verdict: 'high-risk',
    topic: 'impersonating-family',
    reason:
      '要您先转一笔钱“截个图就退给你”：这是冒充子女、网友的骗局，钱转过去就不会退，先打他原来的电话问一问',
    // Public warnings on 冒充子女 and 网友 asking for "晒转账截图" money (round 65's attacking review: 520 and 1314
    // "sent straight back"): the money asked is the scam.
    when: (has, { screenshotRefund }) => screenshotRefund && has('want-money')
  },
  {
    id: 'return-fee',
    verdict: 'suspicious',
    topic: 'fake-customer-service',
    reason: '说捡到、拿错了您的东西，要您先转运费、跑腿费才寄回：丢的东西请通过平台或警方找回，别先转钱',
    // Round 65's attacking review: a 网约车 "driver" with your phone and a stranger with your parcel ask a small fee
    // first; public guidance sends lost items through the platform's own 失物 process or the police.
    when: (has, { returnFee }) => returnFee && has('want-money')
  },
  {
    id: 'pay-by-link',
    verdict: 'high-risk',
    topic: 'fake-notice-link',
    reason: '要您在期限内点链接交钱：罚款、税费、账单都在官方App、网站或窗口缴纳，不点短信、邮件里的链接付款',
    // Round 65's blind set: a fake 監理站 email, "應繳規費900元（請於今日內完成繳納）立即處理 → https://…" was 未发现;
    // public guidance (公安部交通管理局, 税务 and 运营商 warnings): 不点短信链接缴费. A link to an official domain is no
    // channel-link; the sender's own payment system or a registered ad is spared.
    when: (has, { marketing, ownPaymentSystem, ownChannelOnly }) =>
      !marketing &&
      !ownPaymentSystem &&
      !ownChannelOnly &&
      has('want-money') &&
      has('pressure-deadline') &&
      has('channel-link', 'channel-domain')
  },
  {
    id: 'abused-domain',
    verdict: 'suspicious',
    breaks: 'no-trust',
    reason: [
      '给的网址用的是 .top、.vip、.xyz 这类骗子常用的后缀，还',
      anyOf('，', ch('以机构的名义', ...official), ch('让您点开、办事', ...abusedDomainAsks)),
      '：银行、快递、运营商和政府部门都不用这种网址'
    ],
    // Phishing reports (ABUSED_TLDS) and police warnings: 不点陌生链接, 认准官方网址. With a claim, an ask or a
    // pressure; a bare address in a chat about a site is nothing.
    when: (has, { abusedDomain }) => abusedDomain && has(...official, ...abusedDomainAsks)
  },
  {
    id: 'traffic-deadline-mobile',
    verdict: 'high-risk',
    breaks: 'no-trust',
    reason:
      '说您有交通违法，限期要您打一个手机号处理：交通违法只在“交管12123”APP或交警队处理，不会让您找个人的手机',
    // 公安部交通管理局's warnings on fake 违章 SMS: the deadline and a person's mobile number are the scam's whole ask.
    when: (has, { trafficOffence, mobileCallback, marketing }) =>
      !marketing &&
      !has('claim-acquaintance') &&
      trafficOffence &&
      mobileCallback &&
      has('pressure-deadline', 'pressure-threat', 'pressure-legal')
  },
  {
    id: 'traffic-elsewhere',
    verdict: 'suspicious',
    breaks: 'no-trust',
    reason: [
      '说您有交通违法要处理，却给了',
      anyOf('、', ch('手机号', 'mobileCallback'), ch('链接', ...linkish)),
      '：交通违法只在“交管12123”APP或交警队查、处理'
    ],
    // 公安部交通管理局's warnings on fake 违章 SMS. A registered notice that sends you to 12123 gives neither (an
    // official link is not counted as one); a son's "你的车闯红灯被拍了，有事打我电话" is family talk.
    when: (has, { trafficOffence, mobileCallback, marketing }) =>
      !marketing && !has('claim-acquaintance') && trafficOffence && (mobileCallback || has(...linkish))
  },
  {
    id: 'traffic-link',
    verdict: 'high-risk',
    breaks: 'no-trust',
    reason:
      '说您有交通违法，给一个链接让您查看、缴罚款：交管部门不发链接，违法只在“交管12123”APP或交警队处理',
    // 公安部交通管理局's warnings on fake 违章 SMS with links (jg-12123.vip and the like); official links are not
    // counted as links.
    when: (has, { trafficOffence, marketing }) =>
      !marketing && !has('claim-acquaintance') && trafficOffence && has('channel-link', 'channel-domain')
  },
  {
    id: 'hospital-tout',
    verdict: 'high-risk',
    topic: 'hospital-tout',
    breaks: 'no-trust',
    reason: [
      '在医院里搭话，说您要找的医生今天在别处坐诊，或说亲戚在别处治好了，要带您过去',
      anyOf('，还', ch('开了价', 'moneyNamed'), ch('让您瞒着医院', 'want-secrecy')),
      '：这是医托，会把您带到私人诊所、药店高价卖药。看病只认医院自己的挂号窗口和导诊台'
    ],
    // Public warnings on 医托 (卫健委 and police): touts wait at hospital doors and queues, say the expert sits at a
    // clinic outside today or a relative was cured there, and walk the patient over; round 66's review.
    when: (_, { hospitalTout }) => hospitalTout
  },
  {
    id: 'coached-plus',
    verdict: 'high-risk',
    breaks: 'no-trust',
    reason: [
      '教您躲开反诈软件、银行或民警的询问，还',
      anyOf(
        '、',
        ch('要您装软件或共享屏幕', 'want-install'),
        ch('要您转钱', 'want-money', 'channel-other-account'),
        ch('要验证码', 'want-code'),
        ch('让您换个地方联系', 'want-move'),
        ch('不让您提到他', 'leaveMeOut')
      ),
      '：这是骗子在绕开拦截，马上停下，打96110'
    ],
    // 公安部's warnings: scammers coach victims to uninstall 国家反诈中心 and to lie to the bank teller before the
    // transfer (review40b: "反诈先卸了…打开腾讯会议点共享屏幕", "别跟柜员说是我让转的"; round 50's trial: "柜员问你就说
    // 是做公益…别提我").
    when: (has, { coachedAgainstChecks, leaveMeOut }) =>
      coachedAgainstChecks &&
      (leaveMeOut || has('want-install', 'want-money', 'channel-other-account', 'want-code', 'want-move'))
  },
  {
    id: 'coached-against-checks',
    verdict: 'suspicious',
    breaks: 'no-trust',
    reason: '教您别信反诈宣传、别听银行和民警的劝，或教您怎么应付银行的询问：真心帮您的人不会这样说',
    when: (_has, { coachedAgainstChecks }) => coachedAgainstChecks
  },
  {
    id: 'bill-discount',
    verdict: 'suspicious',
    breaks: 'no-transfer',
    reason: '说能打折代缴电费、话费：钱交给了对方，账单却没交上。电费话费只在官方APP、营业厅交',
    // Not a registered sender's own ad: a bank's "代缴电费享立减" is its own service.
    when: (_has, { billDiscount, marketing }) => billDiscount && !marketing
  },
  {
    id: 'busy-company-transfer',
    verdict: 'high-risk',
    topic: 'impersonating-leaders',
    breaks: 'no-transfer',
    reason:
      '说在开会、不方便接电话，又让您从公司账上给一个新账户转钱：冒充领导的典型骗局，先当面或打电话跟领导本人核实',
    // Public warnings on 冒充领导 (the fake boss is always busy, and the account is one he sends): round 56's third
    // review's "我这边在开会不方便接电话…你先从公司账户走一下，账号我发你" was only 可疑.
    when: (has) =>
      has('want-company-funds') && has('channel-busy') && has('channel-other-account', 'channel-card-number')
  },
  {
    id: 'company-funds',
    verdict: 'suspicious',
    reason: '问公司账上还有多少钱，或让您安排付款转账：冒充老板的常见套路，先当面或打电话跟领导本人核实',
    // Public warnings on 冒充领导: the fake boss pulls the accountant into a group, asks the balance, then the payment.
    when: (has) => has('want-company-funds')
  },
  {
    id: 'cancel-service',
    verdict: 'suspicious',
    reason: '说要注销贷款账户、消除贷款记录或关闭“百万保障”，不然扣钱、影响征信：根本没有这种操作',
    when: (has) => has('want-cancel-service')
  },
  {
    id: 'sure-profit-official',
    verdict: 'high-risk',
    topic: 'fake-investment',
    reason: '许诺保本、高收益，又搬出政府、国家背景：这是非法集资的老说法，投资没有稳赚的',
    // 手册「“杀猪盘” 诈骗」: 不要轻易相信“稳赚不赔”“低成本、高回报”; 处置非法集资部门的提醒: 打着“政府背景”“国家项目”的
    // 旗号、承诺保本保息高回报的，是非法集资 (round 42's trial: 老年人专属理财，年化收益18%，政府背景项目，保本保息 → 可疑).
    // Not in a registered sender's ad.
    when: (has, { marketing }) => !marketing && has('pressure-sure-profit') && has('claim-authority')
  },
  {
    id: 'sure-profit',
    verdict: 'suspicious',
    reason: '许诺稳赚不赔、高收益或内幕消息：投资没有稳赚的',
    // 手册「“杀猪盘” 诈骗」: 不要轻易相信“稳赚不赔”“低成本、高回报”之类的投资赚钱的谎言.
    // Not in a registered sender's ad: a bank's 大额存单 offer says 保本保息 too.
    when: (has, { marketing }) => !marketing && has('pressure-sure-profit')
  },
  {
    id: 'cure-claim',
    verdict: 'suspicious',
    topic: 'fake-shopping',
    reason: '说保健品、偏方或仪器能治病、防癌：保健食品不能代替药物治疗疾病',
    // Not a relative passing on what the doctor said ("医生说你这个甲亢吃药能治好").
    when: (has, { curePassedOn }) => has('pressure-cure') && !curePassedOn
  },
  {
    id: 'prize',
    verdict: 'suspicious',
    reason: '说您中了奖：没参加过的抽奖不会中奖',
    // Not a shop's own draw collected at its counter ("凭小票到一楼服务台领取"); a lottery station's prize collected with
    // the ticket is dropped before (ticketPrize).
    when: (has, { atCounter }) => has('pressure-prize') && !atCounter
  },
  {
    id: 'close-link',
    verdict: 'suspicious',
    reason: '用亲友、老师、领导的口吻发来链接，让您点开看',
    // Public warnings: 「照片」「成绩单」 links from a familiar-sounding sender install trojans.
    when: (has) => has(...close, 'claim-superior') && has('channel-link', 'channel-domain')
  },
  {
    id: 'unbranded-link',
    verdict: 'suspicious',
    reason: '没说自己是哪家机构，却发来链接让您点开看（照片、资料、成绩单）',
    // Public warnings on trojan links: genuine services name themselves; a bare link with "看看照片" does not.
    when: (has, { marketing }) =>
      !marketing &&
      has('want-click') &&
      has('channel-link', 'channel-domain') &&
      !has('claim-organisation', 'claim-authority')
  },
  {
    id: 'scam-wording',
    verdict: 'suspicious',
    reason: [
      '说法和警方、媒体公布过的诈骗信息很像，还',
      anyOf(
        '、',
        ch('向您要钱', 'want-money'),
        ch('要验证码', 'want-code'),
        ch('要您的资料', 'want-info'),
        ch('让您装软件', 'want-install'),
        ch('让您找别人', 'want-move'),
        ch('叫您保密', 'want-secrecy'),
        ch('威胁您', 'pressure-threat', 'pressure-legal'),
        ch('说出了急事', 'pressure-emergency'),
        ch('说您中了奖', 'pressure-prize'),
        ch('让您回复', 'channel-reply'),
        ch('让您把钱打到别人的账户', 'channel-other-account')
      )
    ],
    // Wording alone is not enough: formal notices read alike. Nor with 登录, a link or an offer: a genuine
    // airline or carrier notice has those too. Chosen by cross-validation on the tuning part.
    when: (has, { atCounter }) =>
      !atCounter &&
      has('channel-wording') &&
      has(
        'want-money',
        'want-code',
        'want-info',
        'want-install',
        'want-move',
        'want-secrecy',
        'pressure-threat',
        'pressure-legal',
        'pressure-emergency',
        'pressure-prize',
        'channel-reply',
        'channel-other-account'
      )
  },
  {
    id: 'strong-wording',
    verdict: 'suspicious',
    reason: [
      '说法和警方、媒体公布过的诈骗信息非常像，还',
      anyOf(
        '，',
        ch('提到单位、机构', 'claim-organisation', 'claim-authority'),
        clickSaid,
        ch('拿好处引您', 'pressure-lure')
      )
    ],
    // A claimed organisation or office, a click or a lure is in genuine notices too, and so is wording a little like
    // scams; only wording this close to published scams (WordingModel.strongThreshold) tells them apart. Chosen by
    // cross-validation on the tuning part (1,292 messages, 2026-12-01): 67.5% of scams flagged instead of 66.4%, 2.9%
    // of ordinary messages instead of 2.5%; +3 of the 31,465 NUS SMS. Not with a relative, a friend or an online
    // partner (NUS chat reads alike), nor a teacher or a recruiter alone (their genuine notices read like their
    // published fakes), nor a counter to come to in person.
    // has('channel-wording') keeps it out of othersFired, so the wording does not raise its own rule to 高风险.
    when: (has, { marketing, atCounter, wordingStrong }) =>
      !marketing &&
      !atCounter &&
      wordingStrong &&
      has('channel-wording') &&
      has('claim-organisation', 'claim-authority', 'want-click', 'pressure-lure')
  },
  {
    id: 'ticked-transfer',
    verdict: 'suspicious',
    reason: '您说对方要您转账：不管对方是谁，转账前都先打电话核实',
    // 如何防范 · 不转账. A text's 转账 may be a receipt or family talk; a ticked box says someone asked.
    when: (_has, { ticked }) => ticked('want-money')
  },
  // What the person ticked happened, whatever words a text holds: each box is one of 通话中速查's "hang up now" lines
  // or a brochure tip, so none of them alone may come out 未发现明显风险 (round 42's new-user trial: 自称公检法 alone
  // did, while 通话中速查 said 现在挂断).
  {
    id: 'ticked-several',
    verdict: 'high-risk',
    reason: '您勾的几种情况同时出现了，这正是诈骗的做法：先挂断，别转账，有疑问打96110',
    // 如何防范: 不轻信 · 不透露 · 不转账; each box is a brochure fraud type's own move (see the situations' signals).
    when: (_has, { tickedCount }) => tickedCount >= 2
  },
  {
    id: 'ticked-officials',
    verdict: 'suspicious',
    reason: '您说对方自称公检法：公检法不会通过电话做笔录办案。先挂断，再自己拨打110核实',
    // 手册「冒充公检法及政府机关诈骗」反诈提示.
    when: (_has, { ticked }) => ticked('claim-authority')
  },
  {
    id: 'ticked-threat',
    verdict: 'suspicious',
    reason:
      '您说对方说您的账户、卡要停用冻结，或说您涉嫌犯罪：这是骗子吓人的话。先挂断，自己打官方电话或110核实',
    // 手册「冒充公检法及政府机关诈骗」诈骗方式 (涉嫌犯罪) and「假冒客服退款诈骗」反诈提示 (先通过官方渠道核实).
    when: (_has, { ticked }) => ticked('pressure-threat')
  },
  {
    id: 'ticked-new-number',
    verdict: 'suspicious',
    reason: '您说对方自称领导、熟人或亲戚，换了新号：先打他原来的号码，或当面问清楚',
    // 手册「冒充领导、熟人诈骗」反诈提示：凡遇到“领导”要求转账的，请务必电话联系，确认身份.
    when: (_has, { ticked }) => ticked('channel-new-number')
  },
  {
    id: 'ticked-gain',
    verdict: 'suspicious',
    reason: '您说对方许您退款、补贴、中奖或稳赚：退款、补贴要自己通过官方渠道核实，“稳赚不赔”都是谎言',
    // 手册「假冒客服退款诈骗」反诈提示 (通过官方渠道核实) and「“杀猪盘” 诈骗」反诈提示 (“稳赚不赔”…的谎言).
    when: (_has, { ticked }) => ticked('pressure-lure')
  },
  {
    id: 'not-you-cancel',
    verdict: 'suspicious',
    reason: '说有一笔不是您做的支付、扣费或申请，让您自己去“取消”：真通知只让您忽略，或打官方客服电话',
    // Public guidance on fake transaction alerts: the "cancel" leads to a phishing site or a fake agent. A genuine
    // code SMS says 如非本人操作请忽略; a carrier's own "回复0取消" is left out by the signal's pattern.
    when: (has, { marketing, ownChannelOnly }) => !marketing && !ownChannelOnly && has('pressure-not-you')
  },
  {
    id: 'chain-forward',
    verdict: 'suspicious',
    topic: 'chain-forward',
    reason: [
      '让您帮忙转发扩散，还',
      anyOf('、', ch('留了电话', 'contactNumber'), ch('许了好处', 'pressure-prize')),
      '：“捡到证件”“孩子走失”“转发送话费”这类消息，多是旧谣言或骗您回拨高价电话'
    ],
    // Public guidance (公安机关, 中国互联网联合辟谣平台): such appeals circulate for years with a number that costs the
    // caller; check with the police or official media before forwarding. A number counts only in an appeal about
    // something lost or found or someone missing: a school's 招生简章 or a clinic's notice with its number is not one.
    when: (has, { contactNumber, lostOrFound }) =>
      has('want-forward') && ((contactNumber && lostOrFound) || has('pressure-prize'))
  },
  {
    id: 'opener-new-number',
    verdict: 'high-risk',
    breaks: 'no-trust',
    reason: '不说清是谁、也不说什么事，又说换了新号码：冒充熟人、领导的老开场，先打原来的号码问清楚',
    // 手册「冒充领导、熟人诈骗」: 冒充熟人…; public guidance: check a new number by calling the old one. A friend who
    // gives a name with a new number and asks nothing ("我是你老同学刘芳，这是我的新微信") is new-number news (issue:
    // a new number is a signal with a request): the opener rule still says to check.
    when: (has, { guessWho, officeSummons, favourAsked }) =>
      has('channel-opener') &&
      has('channel-new-number') &&
      (guessWho || officeSummons || favourAsked || has(...newNumberAsks, 'want-code', 'want-click'))
  },
  {
    id: 'opener',
    verdict: 'suspicious',
    reason: '不说清自己是谁，先拉近关系：冒充熟人、领导的开场',
    // A boss who names the work to bring ("把上季度报表带上") is calling a meeting, not opening a script.
    when: (has, { workToBring }) => has('channel-opener') && !workToBring
  },
  {
    id: 'new-number-urgent',
    verdict: 'high-risk',
    topic: 'impersonating-family',
    breaks: 'no-trust',
    reason: [
      '说是家人、熟人或领导换了新号码，又',
      anyOf(
        '、',
        ch('说出了急事', 'pressure-emergency'),
        ch('叫您别打原来的号码', 'want-skip-old-number'),
        ch('让您加新微信', 'want-move'),
        ch('叫您别打电话、别声张', 'want-secrecy'),
        ch('找您帮忙', 'favourAsked')
      ),
      '：冒充亲友的开场，先打原来的号码问清楚'
    ],
    // 手册「冒充领导、熟人诈骗」 and public guidance (check a new number by calling the old one): the script's first
    // message names two of these at once (round 57's review: "妈 我换号了 这个是新号 加我威信 有急事跟你说 别打我以前的号",
    // "呢個係我新號碼…有啲急事想你幫手"); a child's real new number mostly comes with one ("旧号别打了，周末回家吃饭"), and
    // when it comes with two the call to the old number is still the check to make.
    // Three of them need no name claimed ("我係陳生，呢個係我新WhatsApp…有啲急事要你幫手處理，唔好打電話我", round 57's
    // second review).
    when: (has, { favourAsked }) => {
      const asks = [
        has('pressure-emergency'),
        has('want-skip-old-number'),
        has('want-move'),
        has('want-secrecy'),
        favourAsked
      ].filter(Boolean).length
      return (
        has('channel-new-number') && (asks >= 3 || (asks >= 2 && has('claim-acquaintance', 'claim-superior')))
      )
    }
  },
  {
    id: 'new-number-request',
    verdict: 'suspicious',
    reason: [
      '说换了新号码，又',
      anyOf(
        '、',
        ch('要钱', 'want-money'),
        ch('让您找另一个联系方式', 'want-move'),
        ch('要您的资料', 'want-info'),
        ch('叫您保密', 'want-secrecy'),
        ch('叫您别打原来的号码', 'want-skip-old-number'),
        ch('说出了急事', 'pressure-emergency'),
        ch('找您帮忙', 'favourAsked'),
        ch('说有件事要跟您说', 'tellLater')
      )
    ],
    // Public guidance (冒充熟人): check a new number by calling the old one; "旧号别打了" takes that check away. A
    // favour asked from a new number ("换了个新微信，找你帮个小忙") is the script's first message; the ask comes next.
    when: (has, { favourAsked, tellLater }) =>
      has('channel-new-number') && (favourAsked || tellLater || has(...newNumberAsks))
  },
  {
    id: 'new-number-superior',
    verdict: 'suspicious',
    topic: 'impersonating-leaders',
    reason: '自称领导、老师，说换了新号码、新微信：先打他原来的电话核实',
    // 手册「冒充领导、熟人诈骗」: the "leader" adds you from a new account first; the ask comes later. Not a parent
    // who writes to "刘老师" from a new number ("我是张小明的妈妈"): a relative's claim is judged by its ask.
    when: (has) => has('claim-superior') && has('channel-new-number') && !has('claim-acquaintance')
  },
  {
    id: 'brochure-pattern',
    verdict: 'suspicious',
    reason: '和手册里点名的骗局套路说法一样',
    // A number of its own to call counts too, outside a registered sender's ad: 手册「网络贷款诈骗」 warns of
    // "低利息、无抵押、放款快" loan ads, which end with a mobile number.
    when: (has, { pattern, contactNumber, marketing }) =>
      pattern !== null &&
      ((contactNumber && !marketing) ||
        has(
          'want-money',
          'want-move',
          'want-info',
          'pressure-threat',
          'pressure-legal',
          'pressure-deadline',
          'channel-link'
        ))
  },
  {
    id: 'job-fee',
    verdict: 'high-risk',
    reason: '招聘、兼职要您先交押金、培训费、服装费：正规招聘不收钱，要先交钱的工作都是骗局',
    // 劳动合同法第九条 (no money or guarantee taken from a person hired); 手册「网络刷单诈骗」反诈提示: 要先交纳定金或先行支付的工作，
    // 务必要谨慎对待.
    // Paid inside the platform's own app or an office's .gov.cn site (an exam's fee, a rider's refundable deposit) is
    // not this.
    when: (has, { jobFee, ownChannelOnly }) =>
      jobFee && !ownChannelOnly && has('claim-job') && has('want-money', 'want-fee-first')
  },
  {
    id: 'job-ask',
    verdict: 'suspicious',
    reason: [
      '招聘、兼职或刷单，',
      anyOf(
        '、',
        ch('要您交钱', 'want-money'),
        ch('让您找另一个联系方式', 'want-move'),
        ch('要您留邮箱、资料', 'want-info')
      )
    ],
    when: (has) => has('claim-job') && has('want-money', 'want-move', 'want-info')
  }
]

/**
 * Rules the wording cannot raise to 高风险: a greeting ("你好，还记得我吗？", "来我办公室一趟") is the whole text,
 * so its words reading like a published opener add nothing to the opener itself; a training school's "包过" ad with
 * its fee reads like a published scam and is an unlawful ad, not a scam, until it asks for more (guaranteed-pay). A
 * friend's ask to 辅助验证 is how the feature is used, genuine or not: 可疑 and a call to the friend, whatever its words.
 */
const NOT_RAISED_BY_WORDING: ReadonlySet<string> = new Set([
  'opener',
  'guaranteed',
  'claims-police',
  'kin-produce-sale',
  'verify-for-account',
  // A licensed agency's fee reads like a 婚托's: the wording does not tell them apart.
  'matchmaker-fee'
])

/**
 * The rules that still fire for a registered sender's notice that sends you nowhere ("【交通银行】…将从您的借记卡自动
 * 扣款", "【京东】…逾期将影响征信"): a notice with nothing to click, call, add or give cannot be acted on. An accusation
 * or a fee before release still is one.
 */
const SIGNED_NO_EXIT_RULES: ReadonlySet<string> = new Set([
  PAID_THEN_VANISHED,
  // A signed SMS whose link the paste lost still asks the verification its threat and deadline press for.
  'threat-deadline-click',
  'authority-threat',
  'organisation-accuses',
  'money-threat',
  'fee-first',
  // 征信 cannot be repaired or cancelled for a fee (手册「虚假征信诈骗」): no genuine notice offers it; nor may a
  // licensed lender's signed ad say it checks no credit.
  'cancel-service',
  'no-credit-loan-ad',
  'official-lookalike',
  'ticked-transfer',
  'ticked-several',
  'ticked-officials',
  'ticked-threat',
  'ticked-new-number',
  'ticked-gain',
  // A job that charges its applicant, a sum paid back with more, a bought outcome: no registered notice offers these.
  'job-lure-ask',
  'job-fee',
  'pay-then-rebate',
  'guaranteed-pay',
  'card-security-code',
  'code-by-mistake',
  // A lecture's eggs and a "特效" product: a signed invitation sells them all the same.
  'health-pitch',
  // A seller's shop inviting elders to a talk with free eggs (round 57's third blind set: 【幸福健康生活馆】…健康养生公益
  // 讲座，到场即送…): signed, it is the same lure.
  'gift-sales-talk',
  // A home pledged for a high pension and a tour below cost (round 63's blind set: 【…养老服务大厅】…房子抵押出去每月领高额
  // 养老金): no lawful signed offer makes either.
  'house-pledge',
  'cheap-tour',
  // A gas check that sells a part at the door: a signed notice on the stairs charges all the same (round 56's review).
  'gas-part-sold',
  'placement-bought',
  'release-bought',
  'recovery-offer',
  // A gambling site's signed ad (回T退订), with or without a way to pay given (round 51's trial and review).
  'gambling-site',
  // No bank, platform or office asks for a password, whatever it says was refunded ("把你的卡号和六位密码发过来…钱原路
  // 退回", round 50's review).
  'password-asked',
  'face-for-gift',
  'status-fee',
  // No office sells collectibles, signed or not ("【中央军委纪念办】…限量发售，每套3980元", round 50's review).
  'office-sells-collectibles',
  // A fee taken at the door is somewhere to act of its own: a signed "【燃气公司】通知" of a paid door-to-door fitting
  // still takes the money there (round 54's review).
  'door-fee-threat',
  'door-fee',
  // No office checks an account by video call, signed or not ("【司警局】…本局人员会以视像通话协助你核实银行账户", round 54's
  // trial).
  'video-account-check',
  // Points about to expire, sent to a mini-program or an account named for the exchange ("微信搜索“建行积分兑换中心”小程序":
  // round 60's review), not to the sender's own app: no signature makes a look-alike the bank's.
  'points-expiring',
  // An ATM worked by a caller's guidance, or cash handed over at the door, is somewhere to act of its own.
  'atm-guided',
  'cash-pickup',
  // A gift that wants an ID card and a bank card, or a task that keeps the principal: no signed notice asks these.
  'id-card-for-gift',
  'card-to-talk',
  'task-lock-in',
  // A loan granted by a reply digit: real SMS of this shape carry a bank's name in brackets (blind set R40).
  'loan-granted-reply'
])
/**
 * Rules that fire for such a notice only when it asks for money and does not send you to the sender's own app or
 * counter: a carrier's "充值100元即赠20元…登录中国移动APP参与" and a bank's 理财到期 notice are its own business; a
 * "【XX理财】稳赚不赔，投1万一个月返1万3" is not.
 */
const SIGNED_NO_EXIT_IF_PAYING: ReadonlySet<string> = new Set([
  'sure-profit-pay',
  'lure-pay-or-deadline',
  // 征信 cannot be repaired for a fee (手册「虚假征信诈骗」); a 人民银行 notice that names 征信修复 to warn asks nothing.
  'cancel-service-plus',
  // A 婚恋 "assistant" signing as its platform (【婚恋速配】) and asking a 诚意金 before a meeting (round 51's trial); not a
  // platform's own warning that names the fee (round 51's review).
  'matchmaker-fee'
])

/**
 * The rules that fire for a set of signals, in COMBINATIONS' order, the verdict they give, and the signals the facts
 * set aside (a counter's own QR code, a foretold "儿子会出车祸"): they count for no rule, and the result does not list
 * them unless the person ticked them.
 */
export function judge(
  found: ReadonlySet<SignalId>,
  options: {
    pattern?: BrochurePattern | null
    ticked?: ReadonlySet<SignalId>
    marketing?: boolean
    ownChannelOnly?: boolean
    /** The text is signed by a registered sender (【…】) and gives no phone number to call or add. */
    signedWithoutNumber?: boolean
    /**
     * The text reports something already done for the reader ("已为您关闭自动续费", "款项将原路退回", "已成功扣款") and gives
     * no phone number to call or add: read like a registered notice that sends you nowhere.
     */
    doneWithoutNumber?: boolean
    /**
     * The text reports money already returned or a service already stopped and says nothing needs doing ("已原路退回
     * 尾号8812账户，无需任何操作"), with no number to call or add.
     */
    doneNothingToDo?: boolean
    /**
     * The text is a formal notice: numbered sections and its issuer on a line of its own (isFormalNotice in index.ts).
     * A gate on the whole judgement, like `signedWithoutNumber`, not a fact a rule reads (TextFacts).
     */
    formalNotice?: boolean
  } & Partial<TextFacts> = {}
): {
  verdict: CheckVerdict
  because: FiredCombination[]
  setAside: ReadonlySet<SignalId>
  /** Cleared as an office's formal notice (`formalNotice` and nothing no office asks by message): no rule weighed. */
  genuineNotice: boolean
} {
  // A notice that sends you to a counter in person ("请到社区服务站办理") asks for no click, and the number it gives
  // for questions ("咨询电话0755-…") is no chat elsewhere, unless the text also asks for what an office at a counter
  // never asks by message. A recorded call's "请按9" gives no number and still counts.
  const {
    pattern,
    ticked,
    marketing,
    ownChannelOnly,
    signedWithoutNumber,
    doneWithoutNumber,
    doneNothingToDo,
    ...given
  } = options
  const facts: TextFacts = { ...NO_FACTS, ...given }
  // Money paid at the counter itself ("请到学校教务处现场交费") is sent to no one, unless the text also gives another way
  // to pay (a link, a QR code, a chat elsewhere, someone else's account or a card number). So is money paid through
  // a school's own payment system, the trading platform's own order (unless the deal is also taken off it), a shop's
  // top-up on its own member card, a relative's offer to pay together at the counter ("咱俩一起去收费处补交也行"),
  // money the reader is told not to pay ("钱不用你出") and a rent paid as always ("老规矩…转我微信"), unless the
  // number is new.
  // A QR code named beside a card swipe or cash as a way to pay at that counter ("到物业办公室现场缴纳，可刷卡或扫码",
  // round 46's trial) is the counter's own: no other way to pay, and no scan asked by message.
  const counterQr = facts.payAtCounter && facts.counterPayMethods
  const elsewhere = (id: SignalId): boolean =>
    found.has(id) && !(counterQr && (id === 'channel-qr' || id === 'want-click'))
  // An institution's own account written out is no other way to pay, even as a card number (round 64's blind set:
  // school fee notices): it counts as paid there and as the sender's own payment system.
  const institutionAccount =
    facts.institutionPaid && !otherWaysToPay.some((id) => id !== 'channel-card-number' && elsewhere(id))
  const paidThere =
    ((facts.payAtCounter ||
      facts.ownPaymentSystem ||
      facts.memberTopUp ||
      facts.meetOffered ||
      facts.notYourMoney ||
      (facts.asAlways && !found.has('channel-new-number')) ||
      (facts.platformOrder && !facts.offPlatform)) &&
      !otherWaysToPay.some(elsewhere)) ||
    institutionAccount
  // A counter to come to, with nothing asked by message: money paid at that counter, with no other way to pay, counts
  // as nothing asked ("请到物业办公室或者用燃气公司APP缴纳", round 44's trial).
  const atCounter =
    facts.inPerson &&
    !inPersonAsks.some((id) => elsewhere(id) && !(id === 'want-money' && facts.payAtCounter && paidThere)) &&
    !linkish.some(elsewhere)
  const dropped = new Set<SignalId>()
  // A property deal's deposit into the state's escrow is no one else's account and no ask to pay elsewhere; an
  // "escrow" given as a card number or a chat is a person's.
  if (facts.propertyEscrow && !found.has('channel-card-number') && !found.has('want-move')) {
    dropped.add('channel-other-account')
    dropped.add('want-money')
    // A deposit already in that escrow is no money sent to a fake officer's 监管账户, and its 监管 no office's claim
    // (round 59's blind set: an agent's 买家的定金已经打到我们公司的资金监管账户了).
    dropped.add('channel-vanished')
    dropped.add('claim-authority')
  }
  // The state's own app from the phone's app store is where public guidance sends people (通过官方应用商店下载), no
  // install a scammer asks: theirs is a link, a meeting app or a shared screen, which OFFICIAL_APP_INSTALL leaves out.
  if (facts.officialAppInstall && !found.has('want-move')) dropped.add('want-install')
  // A station's follow-up on the reader's own report ("您报的案已经立案") threatens no one, unless money is asked.
  if (facts.ownReport && !found.has('want-money') && !found.has('want-fee-first')) {
    dropped.add('pressure-threat')
    dropped.add('pressure-legal')
  }
  // A court's notice to a party of a civil case ("案号（2024）沪0115民初4562号…已立案") accuses no one: its 立案 is no
  // legal threat when it threatens nothing else, gives no number, chat or link, and asks money only through the
  // court's own platform (人民法院在线服务). A fake one threatens 冻结, 拘留 or 失信 and gives somewhere to call.
  if (
    facts.civilCase &&
    !found.has('pressure-threat') &&
    !facts.contactNumber &&
    !['want-move', 'want-fee-first', ...linkish].some((id) => found.has(id as SignalId)) &&
    (!found.has('want-money') || paidThere)
  )
    dropped.add('pressure-legal')
  // A child who shows a parent an everyday app ("妈，你下载个抖音，我教你看视频") asks nothing else: the app's name is
  // no office claimed. A screen shared or a remote tool is never that (APP_TAUGHT leaves them out).
  if (
    facts.appTaught &&
    found.has('claim-acquaintance') &&
    !['want-money', 'want-fee-first', 'want-code', 'want-info', 'want-secrecy', ...linkish].some((id) =>
      found.has(id as SignalId)
    ) &&
    // Every pressure signal (pressure-*), not only anyPressure: a lure, a threat or easy money is no lesson.
    ![...found].some((id) => id.startsWith('pressure-'))
  ) {
    dropped.add('want-install')
    dropped.add('claim-organisation')
  }
  // A lottery station's prize collected with the ticket at the station sends no one anywhere: its prize and the
  // larger prizes it sends to the 福彩中心 are no lure, unless a number, a link, a fee or a payment comes with them.
  if (facts.ticketPrize && !facts.contactNumber && !ticketPrizeAsks.some((id) => found.has(id))) {
    dropped.add('pressure-prize')
    dropped.add('pressure-lure')
  }
  // "你方便的时候转我4000就行，不急": a sibling's share of a bill, with no hurry in it (blind set Z40).
  if (facts.notUrgent) dropped.add('pressure-emergency')
  // "转完给你舅妈打个电话说一声": a relative's real request sends the reader to the phone, which a scam never does.
  if (facts.callToConfirm) {
    dropped.add('pressure-emergency')
    dropped.add('channel-other-account')
  }
  // Harm foretold ("你儿子会出车祸") is no relative speaking and no emergency under way (round 51's page trial: a
  // "master's" text read as a son's emergency, with advice to call his old number).
  if (facts.curseForetold && facts.ritualPaid) {
    dropped.add('claim-acquaintance')
    dropped.add('pressure-emergency')
  }
  // A meeting called through a meeting app ("请通过腾讯会议参会，会议号…") installs nothing a scam needs, when nothing
  // else is found or ticked, but a class teacher who calls a 家长会 (round 51's trial, review and code review: "我是京东金融
  // 客服…请用腾讯会议参会" and "加我微信，进去后点共享" stay an install asked; round 53's trial).
  if (
    facts.meetingCall &&
    (ticked?.size ?? 0) === 0 &&
    [...found].every(
      (id) =>
        id === 'want-install' || id === 'channel-wording' || (facts.schoolMeeting && id === 'claim-superior')
    )
  )
    dropped.add('want-install')
  if (atCounter) dropped.add('want-click')
  // What a counter checks in person ("请机主本人携带身份证原件到营业厅办理实名核验") is given there, not by message.
  if (atCounter) dropped.add('want-info')
  if (atCounter && facts.contactNumber) dropped.add('want-move')
  if (paidThere) dropped.add('want-money')
  // The reader's own code asked for, for the writer to pay with: money comes to the reader, nothing is scanned.
  if (facts.readerPaid) {
    dropped.add('want-money')
    dropped.add('channel-qr')
  }
  if (counterQr && paidThere) dropped.add('channel-qr')
  // An office's notice that sends you to its own app or account and gives a landline for questions ("咨询电话：0731-…")
  // asks you to call no one: the call is where public guidance sends a doubter, and the notice's own channel is where
  // it is done (round 60's review: a 医保局's 缴费 notice was 高风险 and a hospital's booking 可疑 for that line).
  // A problem it says you have now (冻结, 异常, 停用) still sends you to that number, unless it is the pensioners'
  // yearly 资格认证 by a date to all (PENSION_CHECK: one that speaks to 您 is read as any).
  if (
    ownChannelOnly &&
    facts.questionsLineOnly &&
    (facts.pensionCheck || !found.has('pressure-threat')) &&
    !found.has('pressure-legal') &&
    ![...linkish, 'channel-other-account', 'channel-card-number'].some((id) => elsewhere(id as SignalId))
  )
    dropped.add('want-move')
  const present = dropped.size > 0 ? new Set([...found].filter((id) => !dropped.has(id))) : found
  const has: Has = (...ids) => ids.some((id) => present.has(id))
  // A formal notice that asks for nothing an office never asks by message and sends you nowhere else (no link, code
  // to scan or account, no number to call about a problem but its 咨询电话 line) is genuine: its deadlines, refunds
  // and 老师 are how offices write (public guidance: 通过官方渠道核实, which is where such a notice sends you). No rule
  // is weighed for it. No office pays back more than it is paid (rebate: a fake 接单规则 that returns the 保证金 with
  // 佣金 read 未发现明显风险 once 规则 headed a notice; round 66's code review).
  if (
    (options.formalNotice ?? false) &&
    !has(...NEVER_IN_NOTICES, ...linkish, 'channel-other-account', 'channel-card-number') &&
    !(has('want-move') && has('pressure-threat') && !facts.questionsLineOnly) &&
    !facts.rebate
  )
    return { verdict: 'none-found', because: [], setAside: dropped, genuineNotice: true }
  // The sender's own app, counter or payment system counts only when no link, chat elsewhere, QR code or other
  // account is given too.
  const noOtherWay = !has(
    ...linkish,
    'want-move',
    'channel-qr',
    'channel-other-account',
    'channel-card-number'
  )
  const tickedSignals = ticked ?? new Set<SignalId>()
  // A reason says 搬出公检法 only when an office is named, not for a "安全账户" or a TV show alone.
  const holds = (id: SignalId | FactName): boolean =>
    id in facts
      ? facts[id as FactName]
      : (id !== 'claim-authority' || !(facts.safeAccountOnly || facts.showOnly)) &&
        (present.has(id as SignalId) || tickedSignals.has(id as SignalId))
  const context: JudgeContext = {
    ...facts,
    pattern: pattern ?? null,
    othersFired: false,
    ticked: (...ids) => ids.some((id) => tickedSignals.has(id)),
    tickedCount: tickedSignals.size,
    marketing: marketing ?? false,
    atCounter,
    ownChannelOnly: (ownChannelOnly ?? false) && noOtherWay,
    ownPaymentSystem: (facts.ownPaymentSystem && noOtherWay) || institutionAccount
  }
  const noExit = !has(
    ...linkish,
    ...offChannel,
    'channel-reply',
    'channel-other-account',
    'channel-card-number',
    'want-fee-first'
  )
  // A registered notice that sends you nowhere: no number (checked by the caller), link, contact or ask. So is a
  // customer service's or a payment app's report of what it has done, when it asks for no money either.
  const signedNoExit =
    noExit && ((signedWithoutNumber ?? false) || ((doneWithoutNumber ?? false) && !has('want-money')))
  const hasWithoutWording: Has = (...ids) => ids.some((id) => id !== 'channel-wording' && present.has(id))
  // A rule that is no reason on its own (onlyWithWording) counts only with the wording above its threshold, so
  // wording between the raise threshold and the threshold raises what is flagged and flags nothing.
  context.othersFired = COMBINATIONS.some(
    (c) =>
      !c.afterOthers &&
      !NOT_RAISED_BY_WORDING.has(c.id) &&
      (!c.onlyWithWording || present.has('channel-wording')) &&
      c.when(hasWithoutWording, context)
  )
  const paysElsewhere = has('want-money', 'want-fee-first') && !context.ownChannelOnly
  // A report of money returned that says nothing needs doing ("经警方协查已追回，已原路退回…，无需任何操作") and sends you
  // nowhere: even the words of a threat in it (被盗刷) are what happened.
  const nothingToDo = signedNoExit && (doneNothingToDo ?? false) && !paysElsewhere
  const firesWhenSigned = (id: string): boolean =>
    !nothingToDo && (SIGNED_NO_EXIT_RULES.has(id) || (paysElsewhere && SIGNED_NO_EXIT_IF_PAYING.has(id)))
  const because = COMBINATIONS.filter(
    (c) => !c.onlyWithWording && c.when(has, context) && (!signedNoExit || firesWhenSigned(c.id))
  ).map(({ id, verdict, reason }) => ({
    id,
    verdict,
    reason: sayReason(reason, holds)
  }))
  const verdict = because.some((c) => c.verdict === 'high-risk')
    ? 'high-risk'
    : because.length > 0
      ? 'suspicious'
      : 'none-found'
  return { verdict, because, setAside: dropped, genuineNotice: false }
}
