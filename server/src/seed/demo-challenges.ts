import type { ChallengeInputRaw, District, IntentionSide, IntentionStatus } from '@ihaigui/shared';
import { PERSONA_ORG_USCC_BODY } from './demo-positions';

/**
 * Demo 揭榜挂帅 challenges (fictional) from the demo organisations, in the fields the fairs in the seed reports brought
 * projects in (new-generation IT, biomedicine and medical devices, AI, new energy and materials, IoT). Budgets in yuan.
 */
export interface DemoChallenge {
  /** USCC body (first 17 characters) of the posting organisation. */
  orgUsccBody: string;
  publishedDaysAgo: number;
  /** Last day to respond, counted from today. */
  deadlineInDays: number;
  input: Omit<ChallengeInputRaw, 'deadline'>;
}

const PIONEER_PARK_SERVICES = '91350206MA2XK4R8B';
const SOFTWARE_PARK_OPERATIONS = '91350203MA31N6T2C';
const BIOPARK_SERVICES = '91350205MA8UE3W5H';
const PROVIDER = '91350203MA3PK7L9D';

export const DEMO_CHALLENGES: DemoChallenge[] = [
  {
    orgUsccBody: PERSONA_ORG_USCC_BODY,
    publishedDaysAgo: 3,
    deadlineInDays: 45,
    input: {
      title: '精密结构件表面缺陷小样本视觉检测',
      titleEn: 'Few-shot visual inspection of surface defects on precision parts',
      field: 'smart_manufacturing',
      problem:
        '我司为消费电子代工精密金属结构件，产线现有的规则算法对划伤、压痕、异色等缺陷漏检率约 3%，新品导入时缺陷样本通常不足 50 张，重新调参周期长达两周。希望在现有工业相机与光源条件下，实现小样本条件下的缺陷识别。',
      problemEn:
        'We make precision metal parts for consumer electronics. Our rule-based inspection misses about 3% of scratches, dents and discolouration, and a new product usually comes with fewer than 50 defect images, so retuning takes two weeks. We want defect recognition that works from few samples with our current cameras and lighting.',
      expectedOutcome:
        '漏检率降至 0.5% 以下、过检率不高于 2%；新品导入 3 天内完成模型适配；可在产线工控机上实时运行（单件 200 毫秒以内）。',
      expectedOutcomeEn:
        'Miss rate below 0.5% and false rejects at most 2%; a new product adapted within 3 days; real time on the line PC (under 200 ms per part).',
      budgetMin: 300_000,
      budgetMax: 800_000,
    },
  },
  {
    orgUsccBody: BIOPARK_SERVICES,
    publishedDaysAgo: 6,
    deadlineInDays: 60,
    input: {
      title: '一次性电子内窥镜图像模组国产化',
      titleEn: 'Domestic imaging module for single-use electronic endoscopes',
      field: 'biomedicine',
      problem:
        '园区内多家医疗器械企业在研发一次性电子内窥镜，核心的微型 CMOS 图像模组依赖进口，单价高、交期长。园区希望联合企业征集模组设计与封装方案，满足直径 4 毫米以内、可耐受环氧乙烷灭菌的要求。',
      problemEn:
        'Several medical device makers in the park are developing single-use electronic endoscopes; the miniature CMOS imaging module at their core is imported, expensive and slow to deliver. The park seeks module design and packaging under 4 mm in diameter that withstands ethylene oxide sterilisation.',
      expectedOutcome:
        '提交样品并通过第三方检测（分辨率、视场角、生物相容性），形成可量产的工艺方案，单件成本较进口降低 40% 以上。',
      expectedOutcomeEn:
        'Samples passing third-party tests (resolution, field of view, biocompatibility) and a process ready for volume production at 40% below the imported cost.',
      budgetMin: 500_000,
      budgetMax: 1_500_000,
    },
  },
  {
    orgUsccBody: SOFTWARE_PARK_OPERATIONS,
    publishedDaysAgo: 9,
    deadlineInDays: 30,
    input: {
      title: '园区楼宇能耗低功耗物联网监测',
      titleEn: 'Low-power IoT metering of building energy use in the park',
      field: 'iot',
      problem:
        '软件园二期共 40 余栋楼宇，水电气计量表计品牌杂、布线难，目前依靠人工抄表，无法按楼层和企业细分能耗。希望以低功耗广域物联网方式加装采集终端，电池供电、免布线，并接入园区现有管理平台。',
      problemEn:
        'Phase II of the software park has more than 40 buildings with meters of many brands that are hard to wire; readings are taken by hand and energy use cannot be split by floor or tenant. We want battery-powered, wireless low-power WAN collectors feeding the park’s existing platform.',
      expectedOutcome: '终端电池寿命不少于 5 年，数据上报成功率 99% 以上；在 2 栋楼完成试点并提供开放接口文档。',
      expectedOutcomeEn:
        'Collectors lasting at least 5 years on a battery, 99% of readings delivered; a pilot in 2 buildings with open interface documentation.',
      budgetMin: 200_000,
      budgetMax: 500_000,
    },
  },
  {
    orgUsccBody: PIONEER_PARK_SERVICES,
    publishedDaysAgo: 14,
    deadlineInDays: 75,
    input: {
      title: '储能电池包热失控早期预警',
      titleEn: 'Early warning of thermal runaway in energy storage battery packs',
      field: 'new_energy_materials',
      problem:
        '创业园入驻的储能企业在工商业储能项目中使用磷酸铁锂电池包，现有电池管理系统仅依据温度阈值报警，预警时间不足。希望引入气体、压力或电化学阻抗等多源信号，提前发现热失控征兆。',
      problemEn:
        'Energy storage companies in the park use LFP battery packs in commercial projects; their battery management raises alarms on temperature thresholds only, too late. We seek multi-signal detection (gas, pressure, electrochemical impedance) that spots thermal runaway early.',
      expectedOutcome: '在模拟滥用试验中提前 10 分钟以上预警，误报率低于每千小时 1 次；方案可集成进现有电池管理系统。',
      expectedOutcomeEn:
        'Warnings at least 10 minutes ahead in abuse tests with fewer than one false alarm per 1,000 hours, integrated into the existing battery management system.',
      budgetMin: 800_000,
      budgetMax: 2_000_000,
    },
  },
  {
    orgUsccBody: PROVIDER,
    publishedDaysAgo: 20,
    deadlineInDays: 40,
    input: {
      title: '中英双语科技企业融资材料智能审阅',
      titleEn: 'AI review of bilingual financing documents from tech companies',
      field: 'ai',
      problem:
        '我司每年审阅数百份海归创业企业的中英文商业计划书和尽调材料，人工提取团队背景、知识产权、财务数据耗时较多。希望借助大模型完成关键信息抽取、风险点提示和中英对照摘要，数据须本地化部署。',
      problemEn:
        'We read hundreds of Chinese and English business plans and due-diligence files from returnee start-ups every year, and extracting team background, IP and financials by hand is slow. We want a locally deployed large language model that extracts key facts, flags risks and writes bilingual summaries.',
      expectedOutcome:
        '关键字段抽取准确率 90% 以上，单份材料处理时间少于 5 分钟；支持本地私有化部署并通过信息安全评估。',
      expectedOutcomeEn:
        'At least 90% accuracy on key fields, under 5 minutes per file, deployable on premises and passing a security assessment.',
      budgetMin: 300_000,
      budgetMax: 600_000,
    },
  },
];

/**
 * Demo intentions between park operators and demo projects, in three states of the funnel: one landed (with its
 * landing facts), one with a letter of intent, and one waiting for the talent persona's answer.
 */
export interface DemoIntention {
  orgUsccBody: string;
  /** The demo project's name (the projects seed creates it). */
  projectName: string;
  proposedBy: IntentionSide;
  steps: Array<{ status: IntentionStatus; daysAgo: number; note: string | null }>;
  landing?: { registeredCapital: number | null; investmentAmount: number | null; district: District };
}

export const DEMO_INTENTIONS: DemoIntention[] = [
  {
    orgUsccBody: PIONEER_PARK_SERVICES,
    projectName: '低功耗广域物联网通信模组',
    proposedBy: 'organization',
    steps: [
      { status: 'proposed', daysAgo: 40, note: '创业园可提供 600 平方米研发办公空间，欢迎来访。' },
      { status: 'accepted', daysAgo: 38, note: '感谢邀请，下周安排团队实地考察。' },
      { status: 'meeting', daysAgo: 30, note: '已实地考察并与园区招商部面谈。' },
      { status: 'agreement', daysAgo: 21, note: '双方签订入驻意向协议。' },
      { status: 'signed', daysAgo: 7, note: '落地签约，注册新公司。' },
    ],
    landing: { registeredCapital: 5_000_000, investmentAmount: 20_000_000, district: 'huli' },
  },
  {
    orgUsccBody: SOFTWARE_PARK_OPERATIONS,
    projectName: '工业视觉质检多模态大模型',
    proposedBy: 'talent',
    steps: [
      { status: 'proposed', daysAgo: 18, note: '希望入驻软件园三期，并对接园区内制造企业的应用场景。' },
      { status: 'accepted', daysAgo: 16, note: '欢迎，园区可协助对接 3 家制造企业。' },
      { status: 'meeting', daysAgo: 10, note: '完成路演与场景对接会。' },
      { status: 'agreement', daysAgo: 4, note: '签订意向协议，计划下月注册。' },
    ],
  },
  {
    orgUsccBody: PIONEER_PARK_SERVICES,
    projectName: '半导体晶圆微纳三维测量系统',
    proposedBy: 'organization',
    steps: [{ status: 'proposed', daysAgo: 2, note: '园区正在引进半导体检测项目，希望约您面谈落地事宜。' }],
  },
];
