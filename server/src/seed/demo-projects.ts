import type { ProjectInputRaw, ReviewScores, TalentProfileInput } from '@ihaigui/shared';

/**
 * Demo talent projects (fictional teams and people), modelled on what the fairs in the seed reports drew: returnee
 * teams from North America, Europe, Australia and Asia in new-generation IT, biomedicine, AI, new energy, smart
 * manufacturing, IoT and modern services, from idea to revenue.
 */
export interface DemoFounder {
  /** Login name of the (password-less) demo account. */
  username: string;
  displayName: string;
  profile: Omit<TalentProfileInput, 'birthYear' | 'yearsAbroad' | 'district'> &
    Partial<Pick<TalentProfileInput, 'birthYear' | 'yearsAbroad' | 'district'>>;
}

export interface DemoReview {
  by: 'expert' | 'staff';
  /** Omitted: assigned, not scored yet. */
  scores?: ReviewScores;
  comment?: string;
}

export interface DemoProject {
  /** A founder's username, or `persona` for the talent persona (demo_talent). */
  owner: string;
  input: Omit<ProjectInputRaw, 'eventId'>;
  status: 'accepted' | 'submitted' | 'returned';
  submittedDaysAgo: number;
  acceptedDaysAgo?: number;
  returnReason?: string;
  shortlistedDaysAgo?: number;
  reviews?: DemoReview[];
}

export const DEMO_FOUNDERS: DemoFounder[] = [
  {
    username: 'demo_founder_chen',
    displayName: '陈雨桐',
    profile: {
      name: '陈雨桐',
      nationality: '中国',
      studyCountry: '加拿大',
      degree: 'phd',
      school: '多伦多大学',
      major: '测绘与遥感',
      field: '物联网',
      returnYear: 2023,
      intent: 'startup',
      visibility: 'public',
      industry: 'iot',
    },
  },
  {
    username: 'demo_founder_wu',
    displayName: '吴泽宇',
    profile: {
      name: '吴泽宇',
      nationality: '中国',
      studyCountry: '美国',
      degree: 'postdoc',
      school: '加州大学圣地亚哥分校',
      major: '生物医学工程',
      field: '生物医药',
      returnYear: 2024,
      intent: 'startup',
      visibility: 'verified_orgs',
      industry: 'biomedicine',
    },
  },
  {
    username: 'demo_founder_zheng',
    displayName: '郑可欣',
    profile: {
      name: '郑可欣',
      nationality: '中国',
      studyCountry: '澳大利亚',
      degree: 'phd',
      school: '新南威尔士大学',
      major: '材料科学与工程',
      field: '新能源新材料',
      returnYear: 2025,
      intent: 'both',
      visibility: 'private',
      industry: 'new_energy_materials',
    },
  },
  {
    username: 'demo_founder_xu',
    displayName: '许嘉航',
    profile: {
      name: '许嘉航',
      nationality: '中国',
      studyCountry: '新加坡',
      degree: 'master',
      school: '新加坡国立大学',
      major: '计算机科学',
      field: '人工智能',
      returnYear: 2022,
      intent: 'startup',
      visibility: 'public',
      industry: 'ai',
    },
  },
];

export const DEMO_PROJECTS: DemoProject[] = [
  {
    owner: 'demo_founder_chen',
    status: 'accepted',
    submittedDaysAgo: 40,
    acceptedDaysAgo: 36,
    shortlistedDaysAgo: 20,
    input: {
      name: '城市生命线北斗安全监测平台',
      nameEn: 'BeiDou monitoring for city lifelines',
      field: 'iot',
      originRegion: 'canada',
      teamSize: 14,
      leaderDegree: 'phd',
      stage: 'revenue',
      financingNeed: 15_000_000,
      seeks: ['investment', 'customers'],
      summary:
        '基于北斗高精度定位与低功耗传感网络，对桥梁、边坡、燃气管网进行毫米级形变监测与预警，已在两座城市试点运营。',
      summaryEn:
        'Millimetre-level deformation monitoring of bridges, slopes and gas networks with BeiDou positioning and low-power sensors; piloted in two cities.',
      details:
        '团队在加拿大从事卫星导航与结构健康监测研究十余年，拥有6项发明专利。平台由自研北斗监测终端、边缘计算网关和运营云平台组成，按监测点位收取年度服务费。计划在本市设立运营中心，三年内覆盖主要跨海桥梁与地铁沿线。',
      detailsEn:
        'Ten years of GNSS and structural health monitoring research in Canada, six invention patents. In-house BeiDou terminals, edge gateways and an operations cloud, charged per monitoring point per year. Plans an operations centre here covering the main sea bridges and metro lines within three years.',
      contact: '陈博士 · 项目邮箱 beidou-demo@example.com',
      visibility: 'public',
    },
    reviews: [
      {
        by: 'expert',
        scores: { innovation: 9, team: 8, market: 8, localFit: 9 },
        comment: '技术成熟度高，已有付费试点，与城市安全运营需求契合，建议入围路演。',
      },
      {
        by: 'staff',
        scores: { innovation: 8, team: 8, market: 9, localFit: 9 },
        comment: '团队完整，落地路径清晰，可对接市政与交通运营单位。',
      },
    ],
  },
  {
    owner: 'demo_founder_xu',
    status: 'accepted',
    submittedDaysAgo: 38,
    acceptedDaysAgo: 34,
    shortlistedDaysAgo: 20,
    input: {
      name: '循环快盒：可追溯智能共享包装',
      nameEn: 'Traceable reusable smart packaging',
      field: 'modern_services',
      originRegion: 'singapore',
      teamSize: 9,
      leaderDegree: 'master',
      stage: 'revenue',
      financingNeed: 8_000_000,
      seeks: ['investment', 'site', 'customers'],
      summary:
        '为电商与生鲜配送提供可循环使用的智能包装箱，内置芯片追踪流转次数与位置，替代一次性纸箱，降低物流包装成本。',
      summaryEn:
        'Reusable smart boxes for e-commerce and fresh-food delivery, chipped to track trips and location, replacing single-use cartons.',
      details:
        '已与两家区域生鲜平台合作，累计周转超过30万次；单箱循环60次以上，综合成本较纸箱下降约35%。本轮融资用于建设本市清洗分拣中心，并拓展跨境电商仓配客户。',
      detailsEn:
        'Partners with two regional fresh-food platforms, over 300,000 trips so far; each box lasts 60+ trips at about 35% lower cost than cartons. The round funds a local washing and sorting centre and cross-border e-commerce customers.',
      contact: '许先生 · xu-demo@example.com',
      visibility: 'public',
    },
    reviews: [
      {
        by: 'expert',
        scores: { innovation: 7, team: 8, market: 9, localFit: 8 },
        comment: '商业模式已验证，环保价值明显；技术壁垒一般，需关注回收网络的规模效应。',
      },
      {
        by: 'staff',
        scores: { innovation: 8, team: 7, market: 8, localFit: 8 },
        comment: '可结合本市跨境电商综试区资源落地。',
      },
    ],
  },
  {
    owner: 'demo_founder_wu',
    status: 'accepted',
    submittedDaysAgo: 30,
    acceptedDaysAgo: 27,
    shortlistedDaysAgo: 12,
    input: {
      name: '细胞智能识别分选微流控芯片',
      nameEn: 'AI cell recognition and sorting chip',
      field: 'biomedicine',
      originRegion: 'us',
      teamSize: 7,
      leaderDegree: 'postdoc',
      stage: 'prototype',
      financingNeed: 20_000_000,
      seeks: ['investment', 'site', 'partner'],
      summary: '将深度学习图像识别与微流控芯片结合，实现无标记的细胞实时识别与分选，用于肿瘤液体活检与细胞治疗质控。',
      summaryEn:
        'Label-free, real-time cell recognition and sorting on a microfluidic chip with deep learning, for liquid biopsy and cell-therapy quality control.',
      details:
        '核心团队来自美国高校生物医学工程实验室，样机分选纯度达到95%以上，正在与两家三甲医院开展临床前验证。需要GMP洁净车间与医疗器械注册方面的合作伙伴。',
      detailsEn:
        'Core team from a US biomedical engineering lab; the prototype sorts at over 95% purity and is in pre-clinical validation with two top-tier hospitals. Looking for a GMP clean room and a partner for device registration.',
      contact: '吴博士 · cellchip-demo@example.com',
      visibility: 'public',
    },
    reviews: [
      {
        by: 'expert',
        scores: { innovation: 9, team: 9, market: 7, localFit: 8 },
        comment: '技术原创性强，团队学术背景扎实；注册周期较长，需关注资金规划。',
      },
      { by: 'staff' },
    ],
  },
  {
    owner: 'persona',
    status: 'accepted',
    submittedDaysAgo: 16,
    acceptedDaysAgo: 10,
    input: {
      name: '半导体晶圆微纳三维测量系统',
      nameEn: 'Nanoscale 3D metrology for semiconductor wafers',
      field: 'semiconductor',
      originRegion: 'germany',
      teamSize: 6,
      leaderDegree: 'phd',
      stage: 'prototype',
      financingNeed: 12_000_000,
      seeks: ['investment', 'partner'],
      summary: '基于白光干涉与结构光的晶圆表面三维形貌测量设备，测量重复性优于1纳米，面向先进封装与功率半导体产线。',
      summaryEn:
        'White-light interferometry and structured-light 3D surface metrology for wafers, repeatability better than 1 nm, for advanced packaging and power semiconductor lines.',
      details:
        '项目负责人在德国从事精密测量研究七年，团队已完成第二代样机，在合作晶圆厂完成对比测试。计划两年内实现国产替代机型量产，寻求产业资本与封测企业合作。',
      detailsEn:
        'The leader spent seven years on precision metrology in Germany; the second-generation prototype has been benchmarked at a partner fab. Aims at a domestic production model within two years, seeking industrial investors and packaging partners.',
      contact: '林博士 · metrology-demo@example.com',
      visibility: 'public',
    },
    reviews: [{ by: 'expert' }],
  },
  {
    owner: 'demo_founder_wu',
    status: 'accepted',
    submittedDaysAgo: 22,
    acceptedDaysAgo: 18,
    input: {
      name: '低功耗广域物联网通信模组',
      nameEn: 'Low-power wide-area IoT modules',
      field: 'iot',
      originRegion: 'us',
      teamSize: 11,
      leaderDegree: 'phd',
      stage: 'prototype',
      financingNeed: 10_000_000,
      seeks: ['investment', 'customers'],
      summary: '自研低功耗广域网通信协议与芯片模组，电池寿命可达十年，适用于智慧城市、工业物联网与农业物联网场景。',
      summaryEn:
        'An in-house low-power wide-area protocol and modules with ten-year battery life, for smart cities, industrial and agricultural IoT.',
      details:
        '模组已通过第三方可靠性测试，与两家表计厂商完成联合测试。团队在美国通信芯片企业有多年研发经历，计划在本市设立研发与测试中心。',
      detailsEn:
        'Modules passed third-party reliability tests and joint tests with two meter makers. The team has years of R&D at US communications chip firms and plans an R&D and test centre here.',
      contact: '吴博士 · lpwan-demo@example.com',
      visibility: 'verified_orgs',
    },
  },
  {
    owner: 'demo_founder_zheng',
    status: 'submitted',
    submittedDaysAgo: 2,
    input: {
      name: '固态电池复合电解质材料',
      nameEn: 'Composite electrolytes for solid-state batteries',
      field: 'new_energy_materials',
      originRegion: 'australia',
      teamSize: 4,
      leaderDegree: 'phd',
      stage: 'idea',
      financingNeed: 5_000_000,
      seeks: ['investment', 'site', 'partner'],
      summary:
        '研发高离子电导率、高稳定性的聚合物—陶瓷复合固态电解质，提升动力电池安全性与能量密度，目前处于实验室验证阶段。',
      summaryEn:
        'Polymer–ceramic composite solid electrolytes with high ionic conductivity and stability, for safer and denser batteries; in lab validation.',
      details:
        '负责人在澳大利亚完成博士与博士后研究，已发表相关论文十余篇并申请两项专利。希望对接本市新能源产业链企业，共建中试线。',
      detailsEn:
        'The leader did her PhD and postdoc in Australia, with over ten papers and two patent applications. Looking for local new-energy firms to build a pilot line together.',
      contact: '郑博士 · sse-demo@example.com',
      visibility: 'public',
    },
  },
  {
    owner: 'demo_founder_xu',
    status: 'accepted',
    submittedDaysAgo: 8,
    acceptedDaysAgo: 5,
    input: {
      name: '工业视觉质检多模态大模型',
      nameEn: 'Multimodal foundation model for visual inspection',
      field: 'ai',
      originRegion: 'singapore',
      teamSize: 12,
      leaderDegree: 'master',
      stage: 'revenue',
      financingNeed: 25_000_000,
      seeks: ['investment', 'customers'],
      summary: '面向电子制造与新能源产线的视觉质检大模型，小样本即可适配新缺陷类型，已在多条产线部署。',
      summaryEn:
        'A visual-inspection foundation model for electronics and new-energy lines that adapts to new defect types from few samples; deployed on several lines.',
      details:
        '团队来自新加坡科研机构与头部AI企业，已签约客户8家，年度合同额超过千万元。计划在本市设立华南交付中心，招聘算法与交付工程师30人。',
      detailsEn:
        'The team comes from Singapore research institutes and leading AI firms; eight customers signed, over ten million yuan in annual contracts. Plans a South China delivery centre here hiring 30 engineers.',
      contact: '许先生 · inspect-demo@example.com',
      visibility: 'public',
    },
  },
  {
    owner: 'persona',
    status: 'returned',
    submittedDaysAgo: 6,
    returnReason: '请补充核心团队成员的分工与全职投入情况，以及样机在客户现场的测试数据。',
    input: {
      name: '柔性装配协作机器人工作站',
      nameEn: 'Flexible assembly cobot workstation',
      field: 'smart_manufacturing',
      originRegion: 'germany',
      teamSize: 5,
      leaderDegree: 'phd',
      stage: 'prototype',
      financingNeed: 6_000_000,
      seeks: ['investment', 'site'],
      summary: '基于力控与视觉引导的协作机器人装配工作站，快速换型，适合多品种小批量的电子与汽车零部件装配。',
      summaryEn:
        'A force-controlled, vision-guided cobot assembly station with quick changeover for high-mix, low-volume electronics and auto parts.',
      details:
        '团队核心成员曾在德国工业机器人企业从事装配工艺研发，样机已完成实验室节拍测试，计划在集美区建设示范产线。',
      detailsEn:
        'Core members developed assembly processes at a German industrial robot maker; the prototype passed lab cycle-time tests. Plans a demonstration line in Jimei.',
      contact: '林博士 · cobot-demo@example.com',
      visibility: 'public',
    },
  },
];
