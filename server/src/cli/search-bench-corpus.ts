import type { SearchType } from '@ihaigui/shared';
import type { SearchEntry } from '../search/search.indexer';

/**
 * A synthetic but plausible corpus for the search benchmark: policies, parks, finance services and announcements
 * written from the service center's vocabulary. Words are drawn with Zipf-like frequencies (rank r has weight
 * 1/(r+1)), so the first words of each list occur in most documents and the last ones in very few.
 * Deterministic for a given seed.
 */

/** Small, fast, seedable PRNG (mulberry32). */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws items with weight 1/(rank + 1). */
class Zipf<T> {
  private readonly cumulative: number[] = [];
  constructor(private readonly items: readonly T[]) {
    let sum = 0;
    for (let r = 0; r < items.length; r++) this.cumulative.push((sum += 1 / (r + 1)));
  }
  pick(random: () => number): T {
    const x = random() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo]!;
  }
}

const pickOne = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/** Shared service-center language, most frequent first. */
const COMMON_ZH = [
  '人才',
  '服务',
  '企业',
  '创业',
  '支持',
  '申请',
  '留学人员',
  '项目',
  '政策',
  '补贴',
  '发展',
  '给予',
  '创新',
  '厦门',
  '符合条件',
  '平台',
  '科技',
  '产业',
  '海归',
  '办理',
  '提供',
  '资金',
  '奖励',
  '引进',
  '最高',
  '万元',
  '投资',
  '团队',
  '资助',
  '就业',
  '博士',
  '融资',
  '园区',
  '贷款',
  '住房',
  '高层次',
  '对接',
  '合作',
  '申报',
  '审核',
  '材料',
  '年度',
  '认定',
  '评审',
  '专家',
  '高校',
  '研发',
  '专利',
  '成果转化',
  '孵化',
  '载体',
  '办公',
  '租金',
  '减免',
  '税收',
  '优惠',
  '外籍',
  '签证',
  '工作许可',
  '居留许可',
  '硕士',
  '留学生',
  '毕业生',
  '实验室',
  '院所',
  '一站式',
  '窗口',
  '线上',
  '咨询',
  '预约',
  '绿色通道',
  '安家费',
  '生活补助',
  '人才公寓',
  '子女入学',
  '医疗保障',
  '配偶就业',
  '落户',
  '社保',
  '个税',
  '分期拨付',
  '公示',
  '跟踪服务',
  '知识产权',
  '数字经济',
  '信息技术',
  '人工智能',
  '生物医药',
  '集成电路',
  '新能源',
  '新材料',
  '智能制造',
  '海洋经济',
  '现代服务业',
  '文化创意',
  '跨境电商',
  '供应链',
  '物联网',
  '大数据',
];

/** The long tail: specialist words most documents never use. */
const RARE_ZH = [
  '钠离子电池',
  '脑机接口',
  '合成生物',
  '量子计算',
  '低空经济',
  '氢能',
  '海洋牧场',
  '基因编辑',
  '碳化硅',
  '柔性显示',
  '细胞治疗',
  '光伏组件',
  '储能电站',
  '工业互联网',
  '区块链',
  '卫星互联网',
  '微电子',
  '类脑芯片',
  '智慧港口',
  '航空维修',
  '无人机',
  '新型显示',
  '精准医疗',
  '化合物半导体',
  '海洋药物',
  '稀土材料',
  '石墨烯',
  '智能网联汽车',
  '邮轮经济',
  '冷链物流',
];

const COMMON_EN = [
  'talent',
  'support',
  'service',
  'startup',
  'company',
  'application',
  'returnee',
  'project',
  'policy',
  'subsidy',
  'Xiamen',
  'innovation',
  'funding',
  'grant',
  'platform',
  'research',
  'investment',
  'team',
  'park',
  'loan',
  'housing',
  'PhD',
  'doctoral',
  'graduate',
  'employment',
  'financing',
  'enterprise',
  'office',
  'rent',
  'tax',
  'relief',
  'patent',
  'laboratory',
  'university',
  'visa',
  'permit',
  'residence',
  'incubator',
  'venture',
  'capital',
  'guarantee',
  'interest',
  'equity',
  'insurance',
  'credit',
  'bank',
  'roadshow',
  'matchmaking',
  'fair',
  'forum',
  'competition',
  'award',
  'registration',
  'deadline',
  'biomedicine',
  'semiconductor',
  'software',
  'manufacturing',
  'energy',
  'materials',
];

const RARE_EN = [
  'quantum',
  'hydrogen',
  'battery',
  'genome',
  'satellite',
  'blockchain',
  'drone',
  'graphene',
  'photovoltaic',
  'neuromorphic',
];

const CONNECTORS = ['的', '和', '与', '及', '为', '对', '在', '可', '将', '并', '按', '向'];

const TYPE_WORDS: Record<SearchType, string[]> = {
  policy: ['补贴', '资助', '奖励', '申报', '认定', '实施办法', '扶持', '条件', '标准', '兑现'],
  park: ['园区', '载体', '厂房', '办公', '入驻', '配套', '面积', '平方米', '区位', '孵化器'],
  finance: ['贷款', '融资', '担保', '贴息', '额度', '利率', '基金', '股权', '银行', '授信'],
  announcement: ['通知', '公告', '活动', '报名', '举办', '会议', '路演', '论坛', '大赛', '洽谈会'],
  faq: ['咨询', '办理', '材料', '签证', '许可', '居留', '入学', '住房', '流程', '时限'],
};

const TYPE_WORDS_EN: Record<SearchType, string[]> = {
  policy: ['subsidy', 'grant', 'eligibility', 'measures', 'award'],
  park: ['park', 'space', 'tenant', 'facilities', 'incubator'],
  finance: ['loan', 'credit', 'guarantee', 'fund', 'equity'],
  announcement: ['notice', 'event', 'registration', 'roadshow', 'forum'],
  faq: ['question', 'permit', 'visa', 'residence', 'school'],
};

const DISTRICTS = [
  ['思明区', 'Siming'],
  ['湖里区', 'Huli'],
  ['集美区', 'Jimei'],
  ['海沧区', 'Haicang'],
  ['同安区', 'Tong’an'],
  ['翔安区', 'Xiang’an'],
  ['火炬高新区', 'Torch Hi-tech Zone'],
  ['自贸片区', 'Free Trade Zone'],
  ['厦门市', 'Xiamen'],
] as const;
const INDUSTRIES = [
  ['生物医药', 'Biomedicine'],
  ['人工智能', 'AI'],
  ['集成电路', 'Semiconductor'],
  ['新能源', 'New Energy'],
  ['软件', 'Software'],
  ['新材料', 'New Materials'],
  ['智能制造', 'Smart Manufacturing'],
  ['海洋经济', 'Marine Economy'],
  ['文化创意', 'Creative'],
] as const;
const POLICY_TOPICS = [
  ['高层次人才', 'High-level Talent'],
  ['留学人员创业', 'Returnee Startup'],
  ['青年人才住房', 'Young Talent Housing'],
  ['外籍人才签证', 'Foreign Talent Visa'],
  ['博士后科研', 'Postdoctoral Research'],
  ['人才安家', 'Talent Settlement'],
  ['企业研发', 'Corporate R&D'],
  ['创业担保贷款', 'Startup Loan Guarantee'],
  ['人才公寓租赁', 'Talent Apartment'],
] as const;
const POLICY_SUFFIXES = [
  ['补贴实施办法', 'Subsidy Measures'],
  ['扶持办法', 'Support Measures'],
  ['申报指南', 'Application Guide'],
  ['若干措施', 'Measures'],
  ['资助办法', 'Grant Rules'],
  ['实施细则', 'Implementing Rules'],
] as const;
const PARK_SUFFIXES = [
  ['产业园', 'Industrial Park'],
  ['孵化器', 'Incubator'],
  ['科创园', 'Innovation Park'],
  ['加速器', 'Accelerator'],
] as const;
const FINANCE_PRODUCTS = [
  ['人才贷', 'Talent Loan'],
  ['科技担保贷', 'Tech Guarantee Loan'],
  ['知识产权质押融资', 'IP-backed Financing'],
  ['天使投资基金', 'Angel Fund'],
  ['创业担保贷款', 'Startup Guaranteed Loan'],
  ['科技保险', 'Tech Insurance'],
  ['信用贷', 'Credit Loan'],
] as const;
const BANKS = ['厦门银行', '建设银行', '工商银行', '兴业银行', '农商银行', '招商银行', '市担保公司', '产业引导基金'];
const EVENTS = [
  ['留学人才项目对接洽谈会', 'Returnee Project Matchmaking Fair'],
  ['云路演', 'Cloud Roadshow'],
  ['人才政策解读会', 'Talent Policy Briefing'],
  ['创新创业大赛', 'Innovation and Startup Competition'],
  ['园区开放日', 'Park Open Day'],
  ['外籍人才座谈会', 'Foreign Talent Forum'],
] as const;

export interface BenchDocument extends SearchEntry {
  /** For the bench's own bookkeeping: which documents are hidden now. */
  hidden: boolean;
}

export class CorpusGenerator {
  private readonly random: () => number;
  private readonly common = new Zipf(COMMON_ZH);
  private readonly rare = new Zipf(RARE_ZH);
  private readonly english = new Zipf(COMMON_EN);
  private readonly typeWords = Object.fromEntries(
    Object.entries(TYPE_WORDS).map(([k, v]) => [k, new Zipf(v)]),
  ) as Record<SearchType, Zipf<string>>;

  constructor(
    seed: number,
    private readonly now: Date,
  ) {
    this.random = randomSource(seed);
  }

  private chance(p: number) {
    return this.random() < p;
  }

  /** A Chinese clause of 3–6 words, mostly shared vocabulary, some of the type's own, rarely a specialist word. */
  private clause(type: SearchType): string {
    const n = 3 + Math.floor(this.random() * 4);
    let out = '';
    for (let i = 0; i < n; i++) {
      const word = this.chance(0.3)
        ? this.typeWords[type].pick(this.random)
        : this.chance(0.02)
          ? this.rare.pick(this.random)
          : this.common.pick(this.random);
      out += word;
      if (i < n - 1 && this.chance(0.5)) out += pickOne(CONNECTORS, this.random);
    }
    return out;
  }

  private sentence(type: SearchType, clauses: number): string {
    return Array.from({ length: clauses }, () => this.clause(type)).join('，') + '。';
  }

  private englishSentence(type: SearchType): string {
    const n = 5 + Math.floor(this.random() * 6);
    const words = Array.from({ length: n }, () =>
      this.chance(0.3)
        ? pickOne(TYPE_WORDS_EN[type], this.random)
        : this.chance(0.02)
          ? pickOne(RARE_EN, this.random)
          : this.english.pick(this.random),
    );
    if (this.chance(0.5)) words.push(this.chance(0.5) ? 'subsidies' : 'loans');
    const s = words.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  }

  private title(type: SearchType): [string, string] {
    const [district, districtEn] = pickOne(DISTRICTS, this.random);
    if (type === 'policy') {
      const [topic, topicEn] = pickOne(POLICY_TOPICS, this.random);
      const [suffix, suffixEn] = pickOne(POLICY_SUFFIXES, this.random);
      return [`${district}${topic}${suffix}`, `${districtEn} ${topicEn} ${suffixEn}`];
    }
    if (type === 'park') {
      const [industry, industryEn] = pickOne(INDUSTRIES, this.random);
      const [suffix, suffixEn] = pickOne(PARK_SUFFIXES, this.random);
      return [`${district.replace(/区$|市$/, '')}${industry}${suffix}`, `${districtEn} ${industryEn} ${suffixEn}`];
    }
    if (type === 'finance') {
      const [product, productEn] = pickOne(FINANCE_PRODUCTS, this.random);
      return [`${pickOne(BANKS, this.random)}${product}`, productEn];
    }
    const [event, eventEn] = pickOne(EVENTS, this.random);
    return this.chance(0.5)
      ? [`关于举办${event}的通知`, `Notice: ${eventEn}`]
      : [`${event}报名通知`, `Registration Open: ${eventEn}`];
  }

  /** Document `i` of the corpus: the four types in turn, with a policy's validity and an announcement's schedule. */
  document(i: number): BenchDocument {
    const type = (['policy', 'park', 'finance', 'announcement'] as const)[i % 4]!;
    const [title, titleEn] = this.title(type);
    const summary = this.sentence(type, 1 + Math.floor(this.random() * 2));
    const body = Array.from({ length: 1 + Math.floor(this.random() * 2) }, () =>
      this.sentence(type, 1 + Math.floor(this.random() * 2)),
    ).join('');
    const hasEnglish = this.chance(0.6);
    const summaryEn = hasEnglish ? this.englishSentence(type) : null;
    const bodyEn = hasEnglish && this.chance(0.5) ? this.englishSentence(type) : null;
    const day = 24 * 3600 * 1000;
    let visibleFrom: Date | null = null;
    let visibleTo: Date | null = null;
    if (type === 'policy' && this.chance(0.6)) {
      // Most policies run for a while yet; about one in ten has ended (kept, but hidden from search).
      visibleTo = new Date(
        this.now.getTime() + (this.chance(0.15) ? -1 : 1) * (1 + Math.floor(this.random() * 700)) * day,
      );
    }
    if (type === 'announcement') {
      // Published at some past time; about one in fifty is scheduled for later.
      const offset = this.chance(0.02) ? 1 + Math.floor(this.random() * 30) : -Math.floor(this.random() * 900);
      visibleFrom = new Date(this.now.getTime() + offset * day);
    }
    const now = this.now.getTime();
    return {
      type,
      refId: i + 1,
      title,
      titleEn: hasEnglish ? titleEn : null,
      fields: [
        { text: title, weight: 10 },
        { text: hasEnglish ? titleEn : null, weight: 10 },
        { text: summary, weight: 3 },
        { text: summaryEn, weight: 3 },
        { text: body, weight: 1 },
        { text: bodyEn, weight: 1 },
      ],
      content: [summary, summaryEn, body, bodyEn].filter(Boolean).join(' '),
      visibleFrom,
      visibleTo,
      hidden:
        (visibleFrom !== null && visibleFrom.getTime() > now) || (visibleTo !== null && visibleTo.getTime() <= now),
    };
  }
}
