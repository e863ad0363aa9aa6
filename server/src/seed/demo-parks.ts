import type { District, Industry, OrganizationType } from '@ihaigui/shared';

/**
 * Demo industrial parks for the "i海归" portal.
 *
 * The parks are real places in Xiamen (the returnee startup park, the three phases of the software park, the
 * biomedical park in Haicang, Tongxiang high-tech city, Xinglin Bay in Jimei) described from public reports in our
 * own words; one incubator is fictional. Floor areas, space figures and contacts are illustrative, the phone
 * numbers are fictional, and so are the operating companies. Coordinates are approximate (GCJ-02, as the map uses).
 *
 * Pure data module: no logic besides the arrays.
 */

/** Keys of the demo policies a park links to (see demo-policies.ts); the policy seed maps each key to its id. */
export type DemoPolicyKey =
  | 'returnee-startup-regulation'
  | 'returnee-startup-support'
  | 'intl-graduate-startup'
  | 'mohrss-startup-launch-plan'
  | 'high-level-talent-recognition'
  | 'young-talent-housing'
  | 'foreign-talent-permit-one-window'
  | 'returnee-loan-interest-subsidy'
  | 'torch-leading-talent'
  | 'huli-returnee-office-rent'
  | 'siming-talent-service-voucher'
  | 'jimei-talent-topup'
  | 'jimei-graduate-rental-subsidy'
  | 'haicang-biomed-talent'
  | 'xiangan-new-industry-talent'
  | 'tongan-manufacturing-talent';

/** Fictional verified organisations that run visits at some parks (the provider persona's firm is 'provider'). */
export interface DemoOrganization {
  key: string;
  name: string;
  /** First 17 characters of the credit code; the check character is computed. */
  usccBody: string;
  type: OrganizationType;
  industry: string;
  district: string;
  contactName: string;
  contactPhone: string;
}

export const DEMO_PARK_OPERATORS: DemoOrganization[] = [
  {
    key: 'pioneer-park-services',
    name: '厦门海创园区服务有限公司',
    usccBody: '91350206MA2XK4R8B',
    type: 'park',
    industry: '园区运营',
    district: '湖里区',
    contactName: '许主任',
    contactPhone: '13606051234',
  },
  {
    key: 'software-park-operations',
    name: '厦门鹭软园区运营有限公司',
    usccBody: '91350203MA31N6T2C',
    type: 'park',
    industry: '园区运营',
    district: '思明区',
    contactName: '吴经理',
    contactPhone: '13806062345',
  },
  {
    key: 'biopark-services',
    name: '厦门海沧生物医药园区服务有限公司',
    usccBody: '91350205MA8UE3W5H',
    type: 'park',
    industry: '生物医药',
    district: '海沧区',
    contactName: '蔡经理',
    contactPhone: '13950083456',
  },
];

/** A visit slot as an offset from the seed time: the n-th weekday after today (1 = the next one), Xiamen time. */
export interface DemoSlot {
  weekday: number;
  hour: 10 | 15;
  capacity: number;
  note?: string;
}

export interface DemoPark {
  key: string;
  name: string;
  nameEn?: string;
  district: District;
  address: string;
  addressEn?: string;
  latitude: number;
  longitude: number;
  areaSqm: number;
  spaceAvailableSqm: number;
  industries: Industry[];
  facilities: string[];
  facilitiesEn: string[];
  intro: string;
  introEn?: string;
  contactName: string;
  contactPhone: string;
  /** Who confirms visits: 'provider' (the demo provider's firm), a DEMO_PARK_OPERATORS key, or null for staff. */
  operator: string | null;
  policies: DemoPolicyKey[];
  slots: DemoSlot[];
}

export const DEMO_PARKS: DemoPark[] = [
  {
    key: 'returnee-pioneer-park',
    name: '厦门留学人员创业园',
    nameEn: 'Xiamen Pioneer Park for Overseas Returnees',
    district: 'torch',
    address: '厦门市湖里区火炬高新区火炬园创业大厦',
    addressEn: 'Pioneer Building, Torch Park, Torch Hi-tech Zone, Huli District, Xiamen',
    latitude: 24.5012,
    longitude: 118.1786,
    areaSqm: 86_000,
    spaceAvailableSqm: 4_200,
    industries: ['next_gen_it', 'ai', 'biomedicine', 'smart_manufacturing'],
    facilities: ['园区展览馆', '共享会议室', '路演厅', '人才公寓', '政策服务窗口'],
    facilitiesEn: [
      'Park exhibition hall',
      'Shared meeting rooms',
      'Pitch hall',
      'Talent apartments',
      'Policy service desk',
    ],
    intro:
      '厦门留学人员创业园是我市专门服务留学回国人员创新创业的载体，依托《厦门经济特区鼓励留学人员来厦创业工作规定》，为入驻团队提供场地、政策申报、投融资对接和企业培育等一站式服务。“金砖+”留学人才项目对接洽谈会结束后，参会留学人才曾专程考察园区，参观园区展览馆和优秀企业。新入驻的留学人员企业可按规定申请场租优惠。',
    introEn:
      "The Pioneer Park is Xiamen's dedicated home for returnee start-ups. Backed by the city's regulation encouraging returnees to start businesses here, it offers space, help with policy applications, investor matchmaking and company coaching in one place. After the BRICS+ matchmaking fair, visiting returnees toured its exhibition hall and resident companies. New returnee-founded companies may apply for reduced rent.",
    contactName: '许主任',
    contactPhone: '0592-5710801',
    operator: 'pioneer-park-services',
    policies: [
      'returnee-startup-regulation',
      'returnee-startup-support',
      'mohrss-startup-launch-plan',
      'torch-leading-talent',
      'huli-returnee-office-rent',
    ],
    slots: [
      { weekday: 1, hour: 10, capacity: 20, note: '含园区展览馆讲解' },
      { weekday: 2, hour: 15, capacity: 15 },
      { weekday: 4, hour: 10, capacity: 20, note: '含园区展览馆讲解' },
      { weekday: 6, hour: 15, capacity: 10 },
    ],
  },
  {
    key: 'software-park-1',
    name: '厦门软件园一期',
    nameEn: 'Xiamen Software Park Phase I',
    district: 'siming',
    address: '厦门市思明区吕岭路软件园一期',
    addressEn: 'Software Park Phase I, Lüling Road, Siming District, Xiamen',
    latitude: 24.4906,
    longitude: 118.1824,
    areaSqm: 150_000,
    spaceAvailableSqm: 6_800,
    industries: ['next_gen_it', 'ai', 'modern_services'],
    facilities: ['外国人才服务站', '国际留学人员创业就业基地', '人工智能专业孵化器', '移民事务服务站', '员工食堂'],
    facilitiesEn: [
      'Foreign Talent Service Station',
      'International Returnee Entrepreneurship and Employment Base',
      'AI incubator',
      'Immigration service station',
      'Staff canteen',
    ],
    intro:
      '软件园一期是厦门软件产业的发源地和孵化基地，孵化出全市九成以上的软件上市企业。园区内设有厦门市外国人才服务站（2019年底成立，提供工作许可、居留许可“一窗办理”）以及“国际留学人员创业就业基地”“留学生创新创业实习基地”，人工智能专业孵化器拥有近1万平方米载体空间，适合国际留学人才和外籍青年人才实习、就业和创业。',
    introEn:
      "Phase I is where Xiamen's software industry began: more than nine in ten of the city's listed software companies grew up here. It houses the Xiamen Foreign Talent Service Station (open since late 2019, with single-window work and residence permits) and the bases for international returnee entrepreneurship and for international student internships. Its AI incubator offers nearly 10,000 m² of space for international graduates and young foreign talents who want to intern, work or start a company.",
    contactName: '服务站值班老师',
    contactPhone: '0592-5710802',
    operator: null,
    policies: [
      'intl-graduate-startup',
      'foreign-talent-permit-one-window',
      'returnee-startup-support',
      'siming-talent-service-voucher',
    ],
    slots: [
      { weekday: 1, hour: 15, capacity: 25, note: '参观外国人才服务站与孵化器' },
      { weekday: 2, hour: 10, capacity: 30 },
      { weekday: 3, hour: 15, capacity: 25, note: '参观外国人才服务站与孵化器' },
      { weekday: 5, hour: 10, capacity: 30 },
      { weekday: 7, hour: 15, capacity: 20 },
    ],
  },
  {
    key: 'software-park-2',
    name: '厦门软件园二期',
    nameEn: 'Xiamen Software Park Phase II',
    district: 'siming',
    address: '厦门市思明区观日路软件园二期',
    addressEn: 'Software Park Phase II, Guanri Road, Siming District, Xiamen',
    latitude: 24.4931,
    longitude: 118.1905,
    areaSqm: 1_000_000,
    spaceAvailableSqm: 12_500,
    industries: ['next_gen_it', 'ai', 'iot', 'modern_services'],
    facilities: ['创新创业服务中心', '人才驿站', '共享实验室', '会议中心', '健身中心'],
    facilitiesEn: ['Innovation service center', 'Talent hub', 'Shared labs', 'Conference center', 'Gym'],
    intro:
      '软件园二期聚集了大批软件信息、动漫游戏、数字内容和物联网企业，是岛内数字经济企业最集中的片区之一。园区配套成熟，交通便利，适合已有产品、需要贴近客户和人才的留学人员企业入驻或设立研发中心。',
    introEn:
      'Phase II is home to a large cluster of software, gaming, digital-content and IoT companies, one of the densest digital-economy districts on Xiamen Island. With mature amenities and good transport, it suits returnee companies that already have a product and want to be close to customers and talent, or to set up an R&D center.',
    contactName: '吴经理',
    contactPhone: '0592-5710803',
    operator: 'software-park-operations',
    policies: ['high-level-talent-recognition', 'young-talent-housing', 'siming-talent-service-voucher'],
    slots: [
      { weekday: 1, hour: 10, capacity: 15 },
      { weekday: 3, hour: 10, capacity: 15 },
      { weekday: 5, hour: 15, capacity: 12 },
    ],
  },
  {
    key: 'software-park-3',
    name: '厦门软件园三期',
    nameEn: 'Xiamen Software Park Phase III',
    district: 'jimei',
    address: '厦门市集美区诚毅大街软件园三期',
    addressEn: 'Software Park Phase III, Chengyi Avenue, Jimei District, Xiamen',
    latitude: 24.6173,
    longitude: 118.0489,
    areaSqm: 2_800_000,
    spaceAvailableSqm: 36_000,
    industries: ['next_gen_it', 'ai', 'semiconductor', 'iot'],
    facilities: ['人才公寓', '孵化器', '中试平台', '产业基金服务站', '社区商业'],
    facilitiesEn: [
      'Talent apartments',
      'Incubators',
      'Pilot production platform',
      'Industry fund desk',
      'Community shops',
    ],
    intro:
      '软件园三期位于集美新城，规划面积大、载体空间充裕，重点发展大数据、人工智能、集成电路设计和物联网等产业，园区内人才公寓与办公楼宇配套，适合需要较大研发场地的成长型团队。',
    introEn:
      'Phase III, in Jimei New Town, offers the most room of the three phases. It focuses on big data, AI, chip design and IoT, with talent apartments next to the office buildings, and suits growing teams that need larger R&D space.',
    contactName: '吴经理',
    contactPhone: '0592-5710804',
    operator: 'software-park-operations',
    policies: ['high-level-talent-recognition', 'jimei-talent-topup', 'jimei-graduate-rental-subsidy'],
    slots: [
      { weekday: 2, hour: 10, capacity: 20 },
      { weekday: 4, hour: 15, capacity: 20 },
      { weekday: 6, hour: 10, capacity: 15, note: '可顺访人才公寓样板间' },
      { weekday: 8, hour: 15, capacity: 15 },
    ],
  },
  {
    key: 'biomedical-park',
    name: '厦门生物医药港',
    nameEn: 'Xiamen Biomedical Park',
    district: 'haicang',
    address: '厦门市海沧区新阳街道生物医药港',
    addressEn: 'Biomedical Park, Xinyang Subdistrict, Haicang District, Xiamen',
    latitude: 24.5051,
    longitude: 118.0427,
    areaSqm: 1_200_000,
    spaceAvailableSqm: 18_000,
    industries: ['biomedicine', 'new_energy_materials'],
    facilities: ['GMP标准厂房', '公共检测平台', '动物实验中心', '孵化器', '人才公寓'],
    facilitiesEn: [
      'GMP-standard workshops',
      'Public testing platform',
      'Animal research center',
      'Incubator',
      'Talent apartments',
    ],
    intro:
      '生物医药港位于海沧，是厦门生物医药与医疗器械产业的主要集聚区，提供从孵化器、加速器到GMP标准厂房的全链条载体，以及公共检测、动物实验等技术平台。曾在“金砖+”留学人才项目对接洽谈会上现场推介园区政策。',
    introEn:
      "The Biomedical Park in Haicang is the hub of Xiamen's biomedicine and medical-device industry, offering the whole chain from incubator and accelerator to GMP-standard workshops, plus shared testing and animal-research platforms. It presented its policies in person at the BRICS+ returnee matchmaking fair.",
    contactName: '蔡经理',
    contactPhone: '0592-5710805',
    operator: 'biopark-services',
    policies: ['haicang-biomed-talent', 'high-level-talent-recognition'],
    slots: [
      { weekday: 1, hour: 15, capacity: 10, note: '实验区参观需穿戴防护用品' },
      { weekday: 3, hour: 10, capacity: 12 },
      { weekday: 5, hour: 10, capacity: 12 },
      { weekday: 7, hour: 15, capacity: 8, note: '实验区参观需穿戴防护用品' },
    ],
  },
  {
    key: 'tongxiang-hightech-city',
    name: '同翔高新城',
    nameEn: 'Tongxiang High-tech City',
    district: 'xiangan',
    address: '厦门市翔安区同翔高新城启动区',
    addressEn: 'Start-up Zone, Tongxiang High-tech City, Xiang’an District, Xiamen',
    latitude: 24.6688,
    longitude: 118.2271,
    areaSqm: 3_500_000,
    spaceAvailableSqm: 60_000,
    industries: ['smart_manufacturing', 'semiconductor', 'new_energy_materials'],
    facilities: ['标准厂房', '定制厂房', '人才公寓', '产业服务中心'],
    facilitiesEn: [
      'Standard factory buildings',
      'Build-to-suit factories',
      'Talent apartments',
      'Industry service center',
    ],
    intro:
      '同翔高新城地处同安、翔安交界，是厦门发展先进制造业的重要新空间，重点承接智能制造、集成电路和新能源新材料项目，可提供标准厂房和定制厂房，适合需要生产场地的留学人员产业化项目。',
    introEn:
      "On the border of Tong'an and Xiang'an, Tongxiang High-tech City is one of Xiamen's main new areas for advanced manufacturing. It takes in smart manufacturing, semiconductor and new energy and materials projects, with standard and build-to-suit factories for returnee projects ready to scale up production.",
    contactName: '招商服务中心',
    contactPhone: '0592-5710806',
    operator: null,
    policies: ['xiangan-new-industry-talent', 'tongan-manufacturing-talent', 'returnee-startup-regulation'],
    slots: [
      { weekday: 2, hour: 10, capacity: 15, note: '乘园区接驳车，集合点另行通知' },
      { weekday: 4, hour: 10, capacity: 15, note: '乘园区接驳车，集合点另行通知' },
      { weekday: 9, hour: 10, capacity: 15 },
    ],
  },
  {
    key: 'xinglin-bay-center',
    name: '杏林湾商务营运中心',
    nameEn: 'Xinglin Bay Business Center',
    district: 'jimei',
    address: '厦门市集美区杏林湾路商务营运中心',
    addressEn: 'Business Center, Xinglinwan Road, Jimei District, Xiamen',
    latitude: 24.5867,
    longitude: 118.0652,
    areaSqm: 420_000,
    spaceAvailableSqm: 9_500,
    industries: ['modern_services', 'next_gen_it', 'ai'],
    facilities: ['众创空间', '企业服务大厅', '共享会议室', '湖景办公'],
    facilitiesEn: ['Co-working space', 'Business service hall', 'Shared meeting rooms', 'Lakeside offices'],
    intro:
      '杏林湾商务营运中心临近集美学村和大学城，楼宇集中、配套完善，设有众创空间和企业服务大厅，适合现代服务业、软件信息和文化创意类初创团队，也方便与周边高校开展校企合作。',
    introEn:
      "Close to Jimei's historic school village and university town, the Xinglin Bay Business Center offers clustered office towers, a co-working space and a business service hall. It suits early-stage teams in modern services, software and creative industries, and makes partnerships with nearby universities easy.",
    contactName: '企业服务大厅',
    contactPhone: '0592-5710807',
    operator: null,
    policies: ['jimei-graduate-rental-subsidy', 'young-talent-housing', 'intl-graduate-startup'],
    slots: [
      { weekday: 1, hour: 10, capacity: 12 },
      { weekday: 3, hour: 15, capacity: 12 },
      { weekday: 6, hour: 10, capacity: 12 },
    ],
  },
  {
    key: 'ludao-fintech-harbour',
    name: '鹭岛科创金融港孵化基地',
    nameEn: 'Ludao Sci-Tech Finance Harbour Incubator',
    district: 'huli',
    address: '厦门市湖里区五缘湾科创金融港3号楼',
    addressEn: 'Building 3, Sci-Tech Finance Harbour, Wuyuan Bay, Huli District, Xiamen',
    latitude: 24.5208,
    longitude: 118.1752,
    areaSqm: 18_000,
    spaceAvailableSqm: 1_600,
    industries: ['next_gen_it', 'ai', 'modern_services'],
    facilities: ['投资人路演厅', '开放工位', '财税法务服务', '投融资对接室'],
    facilitiesEn: ['Investor pitch hall', 'Open desks', 'Tax and legal services', 'Investor meeting rooms'],
    intro:
      '鹭岛科创金融港孵化基地由鹭岛科创金融服务有限公司运营，面向早期留学人员科技项目提供开放工位、路演和投融资对接服务，入驻团队可优先参加机构的天使跟投和“投贷联动”评审。（演示用虚构园区）',
    introEn:
      'Run by Ludao Sci-Tech Finance Services, this incubator offers open desks, pitch events and investor matchmaking to early-stage returnee tech projects. Resident teams get priority in the firm’s angel co-investment and venture-debt reviews. (A fictional park for the demo.)',
    contactName: '郑经理',
    contactPhone: '0592-5710808',
    operator: 'provider',
    policies: ['returnee-loan-interest-subsidy', 'returnee-startup-support', 'mohrss-startup-launch-plan'],
    slots: [
      { weekday: 1, hour: 15, capacity: 8, note: '可预约与投资经理面谈' },
      { weekday: 2, hour: 15, capacity: 8 },
      { weekday: 4, hour: 15, capacity: 6, note: '可预约与投资经理面谈' },
      { weekday: 5, hour: 10, capacity: 5 },
    ],
  },
];
