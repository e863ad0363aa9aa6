import type { DevPersona, EventInputRaw } from '@ihaigui/shared';

/**
 * Demo events (fictional), after what the reports in the seeds describe: a matchmaking fair where returnee projects
 * meet the city's parks, investors and firms, a roadshow of the projects the experts picked, a cloud roadshow that
 * connects founders abroad over a live link, a visit to the software park's base for international students, and a
 * briefing on the start-up policies. Dates are placed relative to the day the seed runs.
 */
export interface DemoEvent {
  key: string;
  /** Everything but the dates. */
  input: Omit<EventInputRaw, 'startsAt' | 'endsAt' | 'registrationDeadline'>;
  /** Local day of the event, counted from the seed day (negative: in the past). */
  startsInDays: number;
  /** Local start time, "HH:MM" (UTC+8). */
  startsAtLocal: string;
  durationMinutes: number;
  /** Registration closes this many days before the start, at 18:00 local. */
  deadlineDaysBefore: number;
  /** Published this many days before the seed day; null = still a draft. */
  publishedDaysAgo: number | null;
  /** Put shortlisted demo projects on the running order (roadshows only): every other one, from this index. */
  slotsFrom?: 0 | 1;
  /** Demo personas already registered; `checkedIn` for a past event they attended. */
  registered?: Array<{ persona: DevPersona; checkedIn?: boolean }>;
}

export const DEMO_EVENTS: DemoEvent[] = [
  {
    key: 'spring-fair',
    input: {
      title: '海外留学人才项目对接会（春季场）',
      titleEn: 'Overseas Returnee Project Matchmaking Fair (Spring)',
      kind: 'fair',
      place: '市人才服务中心一楼多功能厅',
      placeEn: 'Multi-purpose hall, ground floor, City Talent Service Center',
      onlineUrl: null,
      capacity: 150,
      agenda:
        '09:00 签到\n09:30 主办方致辞、重点产业与人才政策介绍\n10:00 项目分组对接洽谈（新一代信息技术、生物医药、新能源新材料）\n11:45 意向签约与合影',
      agendaEn:
        '09:00 Check-in\n09:30 Welcome; key industries and talent policies\n10:00 Matchmaking by track (new-generation IT, biomedicine, new energy and materials)\n11:45 Letters of intent and group photo',
      organisers: '市人力资源和社会保障局、市人才服务中心',
      organisersEn: 'City Human Resources and Social Security Bureau; City Talent Service Center',
      description:
        '面向留学回国人员和外籍人才的项目对接会。报名项目经初筛后与园区、创投机构、高校院所和高新技术企业现场洽谈，现场可签订意向落地协议。',
      descriptionEn:
        'A matchmaking fair for returnees and international talents. Screened projects meet parks, venture investors, universities and high-tech firms on the spot; letters of intent can be signed at the fair.',
    },
    startsInDays: -35,
    startsAtLocal: '09:00',
    durationMinutes: 180,
    deadlineDaysBefore: 2,
    publishedDaysAgo: 60,
    registered: [{ persona: 'talent', checkedIn: true }],
  },
  {
    key: 'briefing',
    input: {
      title: '留学人员来厦创业扶持政策宣讲会',
      titleEn: 'Briefing: Start-up Support for Returnees',
      kind: 'briefing',
      place: '市人才服务中心三楼报告厅',
      placeEn: 'Lecture hall, 3rd floor, City Talent Service Center',
      onlineUrl: null,
      capacity: 120,
      agenda: '14:30 创业启动资金与场地补贴政策解读\n15:15 高层次人才认定与人才贷\n15:45 现场答疑',
      agendaEn:
        '14:30 Start-up grants and rent subsidies explained\n15:15 High-level talent recognition and talent loans\n15:45 Questions and answers',
      organisers: '市人才服务中心',
      organisersEn: 'City Talent Service Center',
      description: '政策专员逐条讲解留学人员创业启动支持、场地租金补贴和人才贷等政策，并现场解答申报材料和流程问题。',
      descriptionEn:
        'Policy officers go through the start-up support for returnees, rent subsidies and talent loans one by one, and answer questions about the application papers and steps.',
    },
    startsInDays: 3,
    startsAtLocal: '14:30',
    durationMinutes: 90,
    deadlineDaysBefore: 1,
    publishedDaysAgo: 10,
    registered: [{ persona: 'talent' }],
  },
  {
    key: 'park-visit',
    input: {
      title: '软件园国际留学生创新创业基地参观日',
      titleEn: 'Open Day at the Software Park Base for International Students',
      kind: 'park_visit',
      place: '软件园国际留学人员创业就业基地（集合点：园区服务中心）',
      placeEn: 'International Student Start-up and Employment Base, Software Park (meet at the park service center)',
      onlineUrl: null,
      capacity: 30,
      agenda: '09:30 集合\n09:45 参观孵化空间与共享实验室\n10:45 实习基地分站企业交流\n11:30 结束',
      agendaEn:
        '09:30 Meet\n09:45 Tour of the incubator and shared labs\n10:45 Talks with the internship host firms\n11:30 End',
      organisers: '市科技局、火炬高新区管委会',
      organisersEn: 'City Science and Technology Bureau; Torch Hi-tech Zone Administration',
      description:
        '走进软件园国际留学人员创业就业基地，了解实习、孵化与落户服务，与基地分站企业面对面交流。名额有限，额满后进入候补。',
      descriptionEn:
        'Visit the international start-up and employment base in the software park, learn about internships, incubation and settling-in services, and meet the host firms. Places are limited; once full, you join the waitlist.',
    },
    startsInDays: 5,
    startsAtLocal: '09:30',
    durationMinutes: 120,
    deadlineDaysBefore: 1,
    publishedDaysAgo: 7,
  },
  {
    key: 'cloud-roadshow',
    input: {
      title: '海外英才云路演（第三期）',
      titleEn: 'Overseas Talent Cloud Roadshow, No. 3',
      kind: 'cloud_roadshow',
      place: null,
      onlineUrl: 'https://live.example.com/ihaigui/cloud-roadshow-3',
      capacity: 300,
      agenda: '19:30 开场与规则说明\n19:40 海外项目连线路演（每个项目8分钟陈述、4分钟问答）\n21:00 线上对接恳谈',
      agendaEn:
        '19:30 Opening and rules\n19:40 Live pitches from abroad (8 minutes each, 4 minutes of questions)\n21:00 Online matchmaking talks',
      organisers: '市人才服务中心、市创业投资协会',
      organisersEn: 'City Talent Service Center; City Venture Capital Association',
      description:
        '以网为媒、以屏相约：身在海外的项目团队通过网络连线实时路演，各区人才办、园区招商负责人和投资机构在线提问与对接。报名成功后可在活动页面看到直播链接。',
      descriptionEn:
        'Teams abroad pitch live over the internet while district talent offices, park investment managers and investors ask questions and follow up online. Once registered, you will find the live link on the event page.',
    },
    startsInDays: 8,
    startsAtLocal: '19:30',
    durationMinutes: 150,
    deadlineDaysBefore: 1,
    publishedDaysAgo: 9,
    slotsFrom: 1,
  },
  {
    key: 'fair',
    input: {
      title: '“金砖+”留学人才项目对接洽谈会',
      titleEn: 'BRICS+ Returnee Talent Project Matchmaking Fair',
      kind: 'fair',
      place: '会展中心B馆二层洽谈区',
      placeEn: 'Meeting area, 2nd floor, Hall B, Convention Center',
      onlineUrl: null,
      capacity: 200,
      agenda:
        '09:00 签到\n09:30 开幕、“金砖+”国家人才交流合作介绍\n10:00 “线上+线下”分组对接洽谈\n14:00 精品项目路演\n16:00 意向协议签约',
      agendaEn:
        '09:00 Check-in\n09:30 Opening; talent exchange with BRICS+ countries\n10:00 Matchmaking on site and online, by track\n14:00 Pitches of selected projects\n16:00 Signing of letters of intent',
      organisers: '市人力资源和社会保障局、市委组织部、火炬高新区管委会',
      organisersEn:
        'City Human Resources and Social Security Bureau; Organisation Department; Torch Hi-tech Zone Administration',
      description:
        '来自“金砖+”国家的留学人才携新一代信息技术、生物医药与医疗器械、人工智能、新能源新材料、智能硬件和物联网等领域项目参会，与园区、风投、高校科研院所和高新技术企业开展“线上+线下”对接洽谈。',
      descriptionEn:
        'Returnees from BRICS+ countries bring projects in new-generation IT, biomedicine and medical devices, AI, new energy and materials, smart hardware and IoT, and meet parks, venture investors, research institutes and high-tech firms on site and online.',
    },
    startsInDays: 12,
    startsAtLocal: '09:00',
    durationMinutes: 480,
    deadlineDaysBefore: 3,
    publishedDaysAgo: 14,
    registered: [{ persona: 'talent' }],
  },
  {
    key: 'roadshow',
    input: {
      title: '海归创业项目精品路演',
      titleEn: 'Returnee Start-up Showcase Roadshow',
      kind: 'roadshow',
      place: '火炬高新区创业园路演厅',
      placeEn: 'Roadshow hall, Torch Hi-tech Zone Start-up Park',
      onlineUrl: null,
      capacity: 80,
      agenda: '14:00 开场\n14:10 入围项目路演（每个项目10分钟陈述、5分钟专家点评）\n16:00 投资机构与园区自由对接',
      agendaEn:
        '14:00 Opening\n14:10 Shortlisted projects pitch (10 minutes each, 5 minutes of expert comments)\n16:00 Open matchmaking with investors and parks',
      organisers: '市人才服务中心、火炬高新区管委会',
      organisersEn: 'City Talent Service Center; Torch Hi-tech Zone Administration',
      description:
        '经专家评审入围的留学人才项目现场路演，投资机构、产业园区和企业代表现场点评并对接；对项目感兴趣的机构可在活动页面直接发起对接意向。',
      descriptionEn:
        'Projects shortlisted by the expert panel pitch on stage; investors, parks and firms comment and follow up. Organisations interested in a project can start an intention right from the event page.',
    },
    startsInDays: 20,
    startsAtLocal: '14:00',
    durationMinutes: 180,
    deadlineDaysBefore: 2,
    publishedDaysAgo: 5,
    slotsFrom: 0,
    registered: [{ persona: 'enterprise' }],
  },
  {
    key: 'mentor-draft',
    input: {
      title: '侨智人才“青蓝接力”师带徒对接会',
      titleEn: 'Mentor and Apprentice Matchmaking for Overseas Talents',
      kind: 'fair',
      place: '海峡会展中心3号会议室',
      placeEn: 'Meeting room 3, Straits Convention Center',
      onlineUrl: null,
      capacity: 100,
      agenda: '09:30 师傅与徒弟项目介绍\n10:30 分组结对\n11:30 结对签约',
      agendaEn:
        '09:30 Mentors and apprentice projects introduce themselves\n10:30 Pairing by field\n11:30 Pairs sign up',
      organisers: '市人才服务中心',
      organisersEn: 'City Talent Service Center',
      description: '邀请行业领军人才担任“师傅”，与初创海归团队结对，携手推动项目落地与产业化。（筹备中）',
      descriptionEn:
        'Leading experts mentor young returnee teams and help their projects land and grow. (In preparation.)',
    },
    startsInDays: 45,
    startsAtLocal: '09:30',
    durationMinutes: 150,
    deadlineDaysBefore: 5,
    publishedDaysAgo: null,
  },
];
