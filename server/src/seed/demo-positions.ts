import type { PositionInputRaw } from '@ihaigui/shared';

/**
 * Demo positions (fictional) from the demo organisations: the enterprise persona's firm, the park operators and the
 * finance providers the parks/finance seed creates. Salaries are monthly, in yuan.
 */
export interface DemoPosition {
  /** USCC body (first 17 characters) of the posting organisation. */
  orgUsccBody: string;
  /** Approved this many days ago; null = still waiting for review. */
  publishedDaysAgo: number | null;
  /** Last day, counted from today; omitted = 30 days from publication. */
  expiresInDays?: number;
  input: Omit<PositionInputRaw, 'expiresOn'>;
}

/** The enterprise persona's organisation, 厦门海归智造科技有限公司. */
export const PERSONA_ORG_USCC_BODY = '91350200MA2Y7H3K1';
const PIONEER_PARK_SERVICES = '91350206MA2XK4R8B';
const SOFTWARE_PARK_OPERATIONS = '91350203MA31N6T2C';
const BIOPARK_SERVICES = '91350205MA8UE3W5H';
const CITY_BANK = '91350200MA2Y3F6P4';
const LUHAI_VENTURE = '91350211MA33Q8K1N';
const PROVIDER = '91350203MA3PK7L9D';

export const DEMO_POSITIONS: DemoPosition[] = [
  {
    orgUsccBody: PERSONA_ORG_USCC_BODY,
    publishedDaysAgo: 1,
    input: {
      title: '机器视觉算法专家',
      titleEn: 'Machine Vision Algorithm Expert',
      function: 'data',
      industry: 'smart_manufacturing',
      district: 'jimei',
      salaryMin: 35000,
      salaryMax: 55000,
      minDegree: 'phd',
      experienceYears: 3,
      headcount: 2,
      description:
        '负责工业质检产线的缺陷检测与三维测量算法研发，带领小组完成从数据采集、模型训练到边缘端部署的全流程；与工艺工程师一起定义检测标准，持续降低漏检率和误检率。',
      descriptionEn:
        'Lead research on defect detection and 3D measurement for industrial inspection lines, from data collection and model training to deployment on edge devices, and work with process engineers on inspection standards.',
      requirements: '计算机视觉、模式识别或相关专业博士；有工业检测或三维重建项目经验；熟悉 PyTorch 与模型量化部署。',
      requirementsEn:
        'PhD in computer vision, pattern recognition or a related field; industrial inspection or 3D reconstruction experience; PyTorch and model quantisation.',
      benefits: '五险一金、项目奖金、人才公寓优先申请、协助办理高层次人才认定',
      languages: ['英语（流利）'],
    },
  },
  {
    orgUsccBody: PERSONA_ORG_USCC_BODY,
    publishedDaysAgo: 4,
    input: {
      title: '工业机器人控制系统工程师',
      titleEn: 'Industrial Robot Control Engineer',
      function: 'engineering',
      industry: 'smart_manufacturing',
      district: 'jimei',
      salaryMin: 22000,
      salaryMax: 32000,
      minDegree: 'master',
      experienceYears: 2,
      headcount: 3,
      description:
        '参与六轴协作机器人运动控制与力控算法开发，负责控制器软件架构设计、轨迹规划模块实现以及整机联调，支持客户现场的工艺适配。',
      requirements:
        '自动化、机械电子或相关专业硕士及以上；熟悉 C++ 与实时操作系统；有机器人运动学、动力学建模经验者优先。',
      benefits: '五险一金、年度体检、弹性工作',
      languages: [],
    },
  },
  {
    orgUsccBody: PERSONA_ORG_USCC_BODY,
    publishedDaysAgo: 26,
    expiresInDays: 3,
    input: {
      title: '海外市场拓展经理（欧洲）',
      titleEn: 'Overseas Business Development Manager (Europe)',
      function: 'sales',
      industry: 'smart_manufacturing',
      district: 'jimei',
      salaryMin: 20000,
      salaryMax: 30000,
      minDegree: 'master',
      experienceYears: 5,
      headcount: 1,
      description:
        '负责公司智能检测设备在欧洲市场的渠道建设与重点客户开发，制定区域销售策略，参加行业展会，协调售前技术支持与交付团队。',
      descriptionEn:
        'Build channels and win key accounts in Europe for our intelligent inspection equipment, set the regional sales strategy, attend trade fairs and coordinate pre-sales and delivery teams.',
      requirements: '海外留学或工作经历，熟悉欧洲制造业客户；具备工业设备或自动化行业销售经验；能适应出差。',
      requirementsEn:
        'Study or work experience abroad and knowledge of European manufacturers; sales experience in industrial equipment or automation; willing to travel.',
      languages: ['英语（商务）', '德语（加分）'],
    },
  },
  {
    orgUsccBody: BIOPARK_SERVICES,
    publishedDaysAgo: 2,
    input: {
      title: '生物医药公共技术平台主任',
      titleEn: 'Director, Biomedicine Shared Technology Platform',
      function: 'medical',
      industry: 'biomedicine',
      district: 'haicang',
      salaryMin: 40000,
      salaryMax: 60000,
      minDegree: 'phd',
      experienceYears: 8,
      headcount: 1,
      description:
        '统筹园区细胞与基因治疗公共技术平台的建设和运营，负责实验室质量体系、设备共享机制与对外技术服务，为入园企业提供研发与注册申报支持。',
      descriptionEn:
        'Run the park’s shared platform for cell and gene therapy: laboratory quality system, shared equipment and technical services, supporting resident companies in R&D and regulatory filings.',
      requirements: '生物学、药学相关专业博士；有海外药企或科研机构工作经历；熟悉 GMP 与药品注册法规。',
      requirementsEn:
        'PhD in biology, pharmacy or a related field; experience at a pharmaceutical company or research institute abroad; knowledge of GMP and drug registration.',
      benefits: '安家补贴、子女入学协助、科研启动经费',
      languages: ['英语（流利）'],
    },
  },
  {
    orgUsccBody: BIOPARK_SERVICES,
    publishedDaysAgo: 9,
    input: {
      title: '医疗器械注册专员',
      function: 'medical',
      industry: 'biomedicine',
      district: 'haicang',
      salaryMin: 12000,
      salaryMax: 18000,
      minDegree: 'bachelor',
      experienceYears: 2,
      headcount: 2,
      description: '协助园区企业完成二类、三类医疗器械注册申报资料的编写与递交，跟踪审评进度，组织法规培训。',
      requirements: '医学、生物医学工程等相关专业本科及以上；熟悉医疗器械注册流程；有 CE 或 FDA 申报经验者优先。',
      languages: [],
    },
  },
  {
    orgUsccBody: SOFTWARE_PARK_OPERATIONS,
    publishedDaysAgo: 3,
    input: {
      title: '大模型应用研发工程师',
      titleEn: 'LLM Application Engineer',
      function: 'research',
      industry: 'ai',
      district: 'siming',
      salaryMin: 28000,
      salaryMax: 45000,
      minDegree: 'master',
      experienceYears: 2,
      headcount: 4,
      description:
        '为园区智慧运营平台研发基于大语言模型的企业服务助手，负责检索增强生成、知识库构建与评测体系，推动在政策咨询、企业服务场景落地。',
      descriptionEn:
        'Build an assistant for park services on large language models: retrieval-augmented generation, knowledge bases and evaluation, for policy questions and company services.',
      requirements:
        '计算机、人工智能相关专业硕士及以上；熟悉 Transformer 架构与主流开源模型；有 RAG 或智能体项目经验。',
      requirementsEn:
        "Master's or above in computer science or AI; Transformer models and open-source LLMs; RAG or agent projects.",
      benefits: '五险一金、餐补、弹性工作、年度调薪',
      languages: ['英语（读写）'],
    },
  },
  {
    orgUsccBody: SOFTWARE_PARK_OPERATIONS,
    publishedDaysAgo: 12,
    input: {
      title: '物联网平台架构师',
      function: 'engineering',
      industry: 'iot',
      district: 'siming',
      salaryMin: 30000,
      salaryMax: 42000,
      minDegree: 'bachelor',
      experienceYears: 6,
      headcount: 1,
      description:
        '负责园区能耗、安防、停车等物联网子系统的统一接入平台架构设计，制定设备接入协议规范，保障平台高可用与数据安全。',
      requirements: '计算机相关专业本科及以上，六年以上后端或物联网平台经验；熟悉 MQTT、时序数据库与分布式系统设计。',
      languages: [],
    },
  },
  {
    orgUsccBody: PIONEER_PARK_SERVICES,
    publishedDaysAgo: 6,
    input: {
      title: '留学人员创业孵化经理',
      titleEn: 'Incubation Manager for Returnee Start-ups',
      function: 'management',
      industry: 'modern_services',
      district: 'torch',
      salaryMin: 15000,
      salaryMax: 22000,
      minDegree: 'master',
      experienceYears: 3,
      headcount: 2,
      description:
        '负责留学人员创业园入孵项目的筛选、辅导与投融资对接，组织创业训练营和路演活动，协助创业团队申报各级人才与创业扶持政策。',
      descriptionEn:
        'Select and coach start-ups in the returnee pioneer park, connect them with investors, run boot camps and demo days, and help teams apply for talent and start-up support.',
      requirements: '海外留学背景；有孵化器、投资机构或创业经历；沟通协调能力强。',
      requirementsEn:
        'Studied abroad; experience at an incubator, an investor or a start-up; strong communication skills.',
      benefits: '五险一金、绩效奖金、带薪年假',
      languages: ['英语（流利）'],
    },
  },
  {
    orgUsccBody: PIONEER_PARK_SERVICES,
    publishedDaysAgo: 15,
    input: {
      title: '集成电路产业研究员',
      function: 'research',
      industry: 'semiconductor',
      district: 'torch',
      salaryMin: null,
      salaryMax: null,
      negotiable: true,
      minDegree: 'phd',
      experienceYears: 0,
      headcount: 1,
      description:
        '跟踪集成电路设计、制造与封测领域的技术和产业动态，撰写产业研究报告，为园区招商和产业链补链提供决策支持。',
      requirements: '微电子、电子科学与技术等相关专业博士；具备扎实的行业研究和写作能力。',
      languages: [],
    },
  },
  {
    orgUsccBody: CITY_BANK,
    publishedDaysAgo: 5,
    input: {
      title: '科技金融客户经理',
      titleEn: 'Relationship Manager, Technology Finance',
      function: 'finance',
      industry: 'modern_services',
      district: 'siming',
      salaryMin: 18000,
      salaryMax: 30000,
      minDegree: 'master',
      experienceYears: 3,
      headcount: 3,
      description:
        '服务园区科技型中小企业与留学人员创业企业，开展人才贷、知识产权质押融资等产品营销，完成授信调查与贷后管理。',
      descriptionEn:
        'Serve tech SMEs and returnee start-ups with talent loans and IP-backed financing, including credit investigation and post-loan management.',
      requirements: '金融、经济或理工科硕士及以上；有银行对公或投资机构工作经验；持有相关从业资格者优先。',
      benefits: '五险二金、补充医疗、职业发展通道',
      languages: [],
    },
  },
  {
    orgUsccBody: LUHAI_VENTURE,
    publishedDaysAgo: 8,
    input: {
      title: '新能源赛道投资经理',
      titleEn: 'Investment Manager, New Energy',
      function: 'finance',
      industry: 'new_energy_materials',
      district: 'xiangan',
      salaryMin: 25000,
      salaryMax: 40000,
      minDegree: 'master',
      experienceYears: 3,
      headcount: 1,
      description:
        '负责储能、光伏材料与氢能方向的项目挖掘、尽职调查和投后管理，撰写投资建议书，参与基金募投管退全流程。',
      descriptionEn:
        'Source, diligence and manage investments in energy storage, photovoltaic materials and hydrogen; write investment memos; take part in the whole fund cycle.',
      requirements: '材料、能源或金融相关专业硕士及以上；有产业研究、投行或一级市场投资经验；具备海外学习经历者优先。',
      requirementsEn:
        "Master's or above in materials, energy or finance; industry research, investment banking or venture experience; study abroad preferred.",
      languages: ['英语（商务）'],
    },
  },
  {
    orgUsccBody: PROVIDER,
    publishedDaysAgo: 20,
    input: {
      title: '数据风控模型分析师',
      function: 'data',
      industry: 'next_gen_it',
      district: 'huli',
      salaryMin: 16000,
      salaryMax: 26000,
      minDegree: 'master',
      experienceYears: 1,
      headcount: 2,
      description:
        '基于企业经营、知识产权与人才数据建立科创企业信用评估模型，持续监控模型表现，支持融资担保与授信决策。',
      requirements: '统计、数学、计算机等相关专业硕士及以上；熟练使用 Python 与 SQL；了解机器学习模型的可解释性方法。',
      benefits: '五险一金、节日福利、培训补贴',
      languages: [],
    },
  },
  {
    // Waiting in the staff review queue.
    orgUsccBody: PERSONA_ORG_USCC_BODY,
    publishedDaysAgo: null,
    input: {
      title: '嵌入式软件工程师（边缘计算）',
      titleEn: 'Embedded Software Engineer (Edge Computing)',
      function: 'engineering',
      industry: 'smart_manufacturing',
      district: 'jimei',
      salaryMin: 18000,
      salaryMax: 28000,
      minDegree: 'bachelor',
      experienceYears: 3,
      headcount: 2,
      description:
        '负责视觉检测设备边缘计算单元的嵌入式软件开发，包括驱动适配、推理加速与远程运维功能，保障设备在产线长期稳定运行。',
      requirements: '电子、计算机相关专业本科及以上；熟悉嵌入式 Linux 与 C/C++；有 NPU 或 GPU 推理加速经验者优先。',
      languages: [],
    },
  },
];
