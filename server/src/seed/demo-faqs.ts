import type { ConsultationCategory } from '@ihaigui/shared';

/** Demo FAQ entries: what the service station is asked most, answered in both languages. */
export interface DemoFaq {
  category: ConsultationCategory;
  question: string;
  questionEn: string;
  answer: string;
  answerEn: string;
}

export const DEMO_FAQS: DemoFaq[] = [
  {
    category: 'work_permit',
    question: '外籍人才来厦工作，办理工作许可的流程是什么？',
    questionEn: 'How does a foreign professional get a work permit to work in Xiamen?',
    answer:
      '在中国境内工作的外国人须取得《外国人工作许可证》和工作类居留证件。一般流程：1. 用人单位通过“外国人来华工作管理服务系统”在线申请《外国人工作许可通知》；2. 本人持通知到中国驻外使领馆申请Z字签证；3. 入境后由用人单位申请《外国人工作许可证》；4. 本人在入境后30日内向公安机关出入境管理部门申请工作类居留许可。外国人才按A、B、C三类管理，A类高端人才可享受“绿色通道”和容缺受理。',
    answerEn:
      'Foreigners working in China need a Foreigner’s Work Permit and a work-type residence permit. The usual steps: 1. the employer applies online for the Notification of Work Permit through the Service System for Foreigners Working in China; 2. you apply for a Z visa at a Chinese embassy or consulate with that notification; 3. after entry the employer applies for the Work Permit itself; 4. within 30 days of entry you apply for a work-type residence permit at the exit-entry office of the public security bureau. Foreign professionals are graded A, B or C; category A talents get a fast track and may complete missing documents later.',
  },
  {
    category: 'visa',
    question: '居留许可快到期了，应该什么时候申请延期？',
    questionEn: 'My residence permit expires soon. When should I apply to extend it?',
    answer:
      '根据《出境入境管理法》，需要延长居留期限的，应当在居留证件有效期届满30日前，向居住地公安机关出入境管理机构提出申请，并按要求提交护照、照片、工作许可等材料。逾期未申请可能影响合法居留，请尽早办理。',
    answerEn:
      'Under the Exit and Entry Administration Law you apply to extend your stay at least 30 days before the residence permit expires, at the exit-entry office of the public security bureau where you live, with your passport, photos, work permit and the other documents asked for. Applying late can affect your legal stay, so start early.',
  },
  {
    category: 'housing',
    question: '新引进的海归人才可以申请住房补贴吗？',
    questionEn: 'Can newly arrived returnee talents apply for a housing subsidy?',
    answer:
      '符合条件的新引进人才可按本市人才政策申请租房补贴或生活补贴，具体对象、标准和申报时间以当年发布的政策文件为准。请在“政策”栏目查看相关政策的申报条件；对自身是否符合条件有疑问的，可在政策页点击“咨询”向服务站提问。',
    answerEn:
      'Newly arrived talents who meet the conditions can apply for a rental or living subsidy under the city’s talent policies; who qualifies, how much and when to apply are set by each year’s policy documents. See the conditions under Policies; if you are unsure whether you qualify, press “Ask about this” on the policy page to ask the service station.',
  },
  {
    category: 'schooling',
    question: '人才子女如何申请义务教育阶段入学？',
    questionEn: 'How do talents’ children apply for a place at a primary or middle school?',
    answer:
      '经认定的高层次人才，其子女可按规定申请义务教育阶段的入学安排，由人才服务机构会同教育部门协调。通常需要提供：人才认定证明、户籍或居留证件、住址证明、子女出生证明及学籍材料。外籍人才子女也可选择本市的国际学校。具体时间以每年春季发布的招生通知为准。',
    answerEn:
      'Children of recognised high-level talents can apply for a school place in compulsory education, arranged by the talent service together with the education bureau. You usually provide the talent certificate, household registration or residence permit, proof of address, the child’s birth certificate and school records. Children of foreign talents may also attend the city’s international schools. Dates follow the enrolment notice published each spring.',
  },
];
