import type { FinanceKind } from '@ihaigui/shared';
import type { DemoOrganization } from './demo-parks';

/**
 * Demo finance services for the "i海归" portal: funds, talent loans (人才贷), guarantees and insurance.
 *
 * Every provider and product is fictional. The kinds of product mirror what cities offer returnees (talent loans,
 * seed and angel funds, guarantees and science-and-technology insurance); rates and amounts are illustrative and
 * make no promise.
 *
 * Pure data module: no logic besides the arrays.
 */

/** Fictional verified providers; the demo provider persona's own firm is the key 'provider'. */
export const DEMO_FINANCE_PROVIDERS: DemoOrganization[] = [
  {
    key: 'ludao-city-bank',
    name: '厦门鹭城商业银行科技支行',
    usccBody: '91350200MA2Y3F6P4',
    type: 'service',
    industry: '银行',
    district: '思明区',
    contactName: '林行长',
    contactPhone: '13599201234',
  },
  {
    key: 'luhai-venture',
    name: '厦门鹭海创业投资管理有限公司',
    usccBody: '91350211MA33Q8K1N',
    type: 'investor',
    industry: '创业投资',
    district: '集美区',
    contactName: '黄总监',
    contactPhone: '13696902345',
  },
  {
    key: 'luxin-guarantee',
    name: '厦门鹭信融资担保有限公司',
    usccBody: '91350206MA8W2L7R3',
    type: 'service',
    industry: '融资担保',
    district: '湖里区',
    contactName: '周经理',
    contactPhone: '13860403456',
  },
  {
    key: 'luan-insurance',
    name: '厦门鹭安科技保险服务有限公司',
    usccBody: '91350203MA3A9C5T6',
    type: 'service',
    industry: '保险',
    district: '思明区',
    contactName: '陈经理',
    contactPhone: '13779504567',
  },
];

export interface DemoFinanceService {
  key: string;
  name: string;
  nameEn?: string;
  kind: FinanceKind;
  /** 'provider' (the demo provider persona's firm) or a DEMO_FINANCE_PROVIDERS key. */
  provider: string;
  /** Whole yuan. */
  amountMin: number | null;
  amountMax: number | null;
  summary: string;
  summaryEn?: string;
  terms: string;
  termsEn?: string;
  audience: string;
  audienceEn?: string;
}

export const DEMO_FINANCE_SERVICES: DemoFinanceService[] = [
  {
    key: 'returnee-talent-loan',
    name: '海归创业“人才贷”',
    nameEn: 'Returnee Start-up Talent Loan',
    kind: 'loan',
    provider: 'ludao-city-bank',
    amountMin: 100_000,
    amountMax: 3_000_000,
    summary: '面向留学人员创办企业的信用贷款，以创始人人才身份和项目前景为主要依据，无需抵押，审批通过后最快一周放款。',
    summaryEn:
      "A credit loan for returnee-founded companies, granted mainly on the founder's talent status and the project's prospects. No collateral; funds can arrive within a week of approval.",
    terms:
      '额度10万—300万元；期限1—3年，可随借随还；年利率参考同期LPR并给予优惠；以信用方式为主，创始人提供个人连带责任保证；符合条件的可按规定申请贷款贴息。',
    termsEn:
      'RMB 100,000–3,000,000; 1–3 years, draw and repay as needed; interest based on the loan prime rate with a discount; mainly unsecured, with a personal guarantee from the founder; eligible borrowers may apply for interest subsidies under the applicable rules.',
    audience: '在厦注册满6个月、由留学回国人员或外籍人才担任主要创始人的科技型企业。',
    audienceEn:
      'Tech companies registered in Xiamen for at least six months whose principal founder is a returnee or a foreign talent.',
  },
  {
    key: 'high-level-talent-credit',
    name: '高层次人才个人信用贷',
    nameEn: 'Personal Credit Line for High-level Talents',
    kind: 'loan',
    provider: 'ludao-city-bank',
    amountMin: 50_000,
    amountMax: 1_000_000,
    summary: '为经认定的高层次人才提供个人消费和安家信用额度，线上申请，额度循环使用。',
    summaryEn:
      'A revolving personal credit line for recognised high-level talents, for settling in and daily needs; apply online.',
    terms: '额度5万—100万元；授信期3年，单笔借款最长1年；按日计息，提前还款无违约金；需提供人才认定证明及收入证明。',
    termsEn:
      'RMB 50,000–1,000,000; 3-year facility, each drawing up to 1 year; daily interest, no early-repayment fee; proof of talent recognition and income required.',
    audience: '持有厦门市高层次人才认定证书或在厦全职工作的海外博士。',
    audienceEn:
      'Holders of a Xiamen high-level talent certificate, or overseas-educated PhDs working full time in Xiamen.',
  },
  {
    key: 'ludao-venture-debt',
    name: '“科创快贷”投贷联动',
    nameEn: 'Sci-Tech Venture Debt (Equity-linked Loans)',
    kind: 'loan',
    provider: 'provider',
    amountMin: 500_000,
    amountMax: 5_000_000,
    summary: '鹭岛科创金融联合合作银行，为已获股权投资的留学人员企业提供“股权+债权”组合融资，减少早期股权稀释。',
    summaryEn:
      'With partner banks, Ludao Sci-Tech Finance arranges combined equity and debt financing for returnee companies that already have equity investors, so founders give away less equity early on.',
    terms: '额度50万—500万元；期限最长3年；利率按风险定价，可附少量认股权；近12个月内完成股权融资的企业优先。',
    termsEn:
      'RMB 500,000–5,000,000; up to 3 years; risk-based pricing, possibly with a small warrant; companies that raised equity in the last 12 months are preferred.',
    audience: '已完成天使轮或A轮融资、年研发投入占比较高的留学人员科技企业。',
    audienceEn:
      'Returnee tech companies with an angel or Series A round behind them and a high share of spending on R&D.',
  },
  {
    key: 'returnee-seed-fund',
    name: '海归种子基金',
    nameEn: 'Returnee Seed Fund',
    kind: 'fund',
    provider: 'luhai-venture',
    amountMin: 500_000,
    amountMax: 3_000_000,
    summary: '专投留学人员早期科技项目的种子基金，重点关注人工智能、集成电路、生物医药和新能源新材料领域。',
    summaryEn:
      'A seed fund for early-stage returnee tech projects, focused on AI, chips, biomedicine and new energy and materials.',
    terms:
      '单个项目投资50万—300万元，以股权方式投资，一般占股不超过20%；投后提供财务、法务与招聘支持；项目须在厦注册。',
    termsEn:
      'RMB 500,000–3,000,000 per project as equity, usually no more than 20%; post-investment help with finance, legal and hiring; the company must be registered in Xiamen.',
    audience: '拥有核心技术、团队核心成员具有海外留学经历的早期项目。',
    audienceEn: 'Early-stage projects with core technology whose key team members studied abroad.',
  },
  {
    key: 'brics-plus-growth-fund',
    name: '“金砖+”科创成长基金',
    nameEn: 'BRICS+ Sci-Tech Growth Fund',
    kind: 'fund',
    provider: 'luhai-venture',
    amountMin: 3_000_000,
    amountMax: 20_000_000,
    summary: '面向来自或对接金砖及“金砖+”国家的留学人才项目的成长期基金，支持项目在厦落地并拓展国际市场。',
    summaryEn:
      'A growth-stage fund for returnee projects from, or working with, BRICS and BRICS+ countries, helping them settle in Xiamen and grow abroad.',
    terms: '单个项目投资300万—2000万元；可联合其他机构领投或跟投；投资期5—7年。',
    termsEn: 'RMB 3–20 million per project; may lead or join rounds with other investors; 5–7-year holding period.',
    audience: '已有产品收入、计划在厦设立总部或区域中心的成长期企业。',
    audienceEn: 'Growth-stage companies with product revenue that plan a headquarters or regional center in Xiamen.',
  },
  {
    key: 'ludao-angel-coinvest',
    name: '鹭岛天使跟投计划',
    nameEn: 'Ludao Angel Co-investment Programme',
    kind: 'fund',
    provider: 'provider',
    amountMin: 300_000,
    amountMax: 2_000_000,
    summary: '对已获认可天使投资人领投的留学人员项目，按领投金额的一定比例跟投，帮助团队更快完成天使轮。',
    summaryEn:
      'Co-invests alongside a recognised lead angel in returnee projects, in proportion to the lead amount, to help teams close their angel round faster.',
    terms:
      '跟投比例不超过领投金额的50%，单个项目30万—200万元；与领投方同股同权；入驻鹭岛科创金融港孵化基地的团队优先评审。',
    termsEn:
      'Up to 50% of the lead amount, RMB 300,000–2,000,000 per project, on the same terms as the lead; teams in the Ludao Sci-Tech Finance Harbour Incubator are reviewed first.',
    audience: '已有天使投资人确定领投、团队核心成员具有海外留学或工作经历的早期项目。',
    audienceEn: 'Early-stage projects with a committed lead angel whose key members studied or worked abroad.',
  },
  {
    key: 'talent-loan-guarantee',
    name: '人才贷融资担保',
    nameEn: 'Guarantees for Talent Loans',
    kind: 'guarantee',
    provider: 'luxin-guarantee',
    amountMin: 200_000,
    amountMax: 5_000_000,
    summary: '为缺少抵押物的留学人员企业向合作银行申请贷款提供担保，降低融资门槛。',
    summaryEn: 'Guarantees bank loans for returnee companies that lack collateral, making credit easier to get.',
    terms: '担保额度20万—500万元；担保费率不超过1%/年；反担保以股权质押或创始人保证为主；审批周期约10个工作日。',
    termsEn:
      'RMB 200,000–5,000,000; fee no more than 1% a year; counter-guarantee mainly by share pledge or founder guarantee; about 10 working days to approve.',
    audience: '在厦注册的留学人员企业及国家高新技术企业、科技型中小企业。',
    audienceEn:
      'Returnee companies registered in Xiamen, and certified high-tech or tech-based small and medium-sized enterprises.',
  },
  {
    key: 'ip-pledge-guarantee',
    name: '知识产权质押融资担保',
    nameEn: 'IP-backed Financing Guarantee',
    kind: 'guarantee',
    provider: 'luxin-guarantee',
    amountMin: 500_000,
    amountMax: 10_000_000,
    summary: '以发明专利、软件著作权等知识产权作为主要反担保措施，帮助轻资产科技企业获得银行贷款。',
    summaryEn:
      'Uses patents and software copyrights as the main counter-guarantee so that asset-light tech companies can borrow from banks.',
    terms: '额度50万—1000万元；期限1—2年；由合作评估机构对知识产权进行价值评估；担保费率0.8%—1.5%/年。',
    termsEn: 'RMB 0.5–10 million; 1–2 years; IP valued by a partner appraiser; fee 0.8–1.5% a year.',
    audience: '拥有有效发明专利或核心软件著作权的科技型企业。',
    audienceEn: 'Tech companies holding valid invention patents or core software copyrights.',
  },
  {
    key: 'rd-loss-insurance',
    name: '研发费用损失保险',
    nameEn: 'R&D Expense Loss Insurance',
    kind: 'insurance',
    provider: 'luan-insurance',
    amountMin: null,
    amountMax: 2_000_000,
    summary: '研发项目因技术原因失败时，按约定比例补偿已投入的研发费用，降低科技企业的创新风险。',
    summaryEn:
      'Covers an agreed share of R&D spending when a project fails for technical reasons, taking some of the risk out of innovation.',
    terms: '最高保额200万元；保险期间1年；免赔额按项目确定；理赔需提供研发立项及费用归集资料。',
    termsEn:
      'Up to RMB 2 million; 1-year term; deductible set per project; claims need the project approval and cost records.',
    audience: '有明确研发项目和研发费用台账的科技型中小企业。',
    audienceEn: 'Tech-based SMEs with defined R&D projects and proper R&D cost records.',
  },
  {
    key: 'talent-care-insurance',
    name: '海外人才综合保障计划',
    nameEn: 'Overseas Talent Care Plan',
    kind: 'insurance',
    provider: 'provider',
    amountMin: null,
    amountMax: 1_000_000,
    summary: '为来厦工作的外籍人才和留学回国人员提供医疗、意外及重大疾病综合保障，支持国际医院直付。',
    summaryEn:
      'Medical, accident and critical-illness cover for foreign talents and returnees working in Xiamen, with direct billing at international hospitals.',
    terms: '最高保额100万元；可按年投保，支持企业团体投保；等待期30天；中英文理赔服务。',
    termsEn:
      'Up to RMB 1 million; annual cover, also as a company group plan; 30-day waiting period; claims service in Chinese and English.',
    audience: '在厦工作的外籍人才、留学回国人员及其随迁家属。',
    audienceEn: 'Foreign talents and returnees working in Xiamen, and the family members who move with them.',
  },
];
