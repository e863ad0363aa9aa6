import type { AnnouncementCategory } from '@ihaigui/shared';

/**
 * Demo announcements for the "i海归" portal.
 *
 * Facts and figures about Xiamen (the "金砖+" returnee project matchmaking fair, the two
 * international-student bases at 软件园一期, the foreign-talent service station, the revised
 * startup-support measures, etc.) are taken from public news reports; the wording is original.
 * Items about future events deliberately avoid fixed calendar dates, because the seed publishes
 * every item relative to "now".
 *
 * Pure data module: no logic besides the array.
 */
export interface DemoAnnouncement {
  /** stable key so the seed can tell whether this item already exists */
  key: string;
  /** Chinese, <= 120 chars */
  title: string;
  /** English, <= 120 chars */
  titleEn?: string;
  /** Chinese, 1-2 sentences, <= 300 chars */
  summary: string;
  summaryEn?: string;
  /** Chinese rich text as simple HTML: <p>, <h3>, <ul><li>, <strong>, <a href="https://...">; 3-8 paragraphs */
  body: string;
  /** English HTML version */
  bodyEn?: string;
  category: AnnouncementCategory;
  pinned?: boolean;
  /** days before "now" the item was published; 0 = today */
  publishedDaysAgo: number;
}

export const DEMO_ANNOUNCEMENTS: DemoAnnouncement[] = [
  // ───────────────────────────── notices ─────────────────────────────
  {
    key: 'brics-plus-fair-project-call',
    title: '关于征集新一届“金砖+”留学人才项目对接洽谈会参会项目的通知',
    titleEn: 'Call for Projects: the Next "BRICS+" Returnee Talent Project Matchmaking Fair',
    summary:
      '新一届“金砖+”留学人才项目对接洽谈会即日起面向全球征集留学人才创新创业项目，金砖及“金砖+”国家留学人才优先，报名请通过“i海归”平台在线提交。',
    summaryEn:
      'Entries are now open for the next "BRICS+" Returnee Talent Project Matchmaking Fair. Projects from returnees connected with BRICS and "BRICS+" countries are especially welcome; please apply online through i海归.',
    body: `<p>为持续推进厦门金砖创新基地建设、深化与金砖及“金砖+”国家的人才交流合作，厦门市留学人员服务中心将会同有关部门举办新一届“金砖+”留学人才项目对接洽谈会，现面向海内外公开征集参会项目。</p>
<h3>一、征集对象</h3>
<ul>
<li>具有海外留学经历、携带创新创业项目的留学人才及其团队；</li>
<li>在我国境内高校取得本科及以上学历、有意来厦创业的外籍毕业生；</li>
<li>来自金砖及“金砖+”国家，或与上述国家有合作基础的项目优先。</li>
</ul>
<h3>二、重点领域</h3>
<p>新一代信息技术、人工智能、生物医药与医疗器械、新能源新材料、智能硬件与制造、物联网、现代服务业等我市重点发展及急需紧缺领域。</p>
<h3>三、报名与遴选</h3>
<p>请登录“i海归”平台，在“项目对接”栏目填写项目信息并上传商业计划书（中文或英文均可）。主办方将邀请投资及行业专家进行初筛，入围项目可参加现场路演或一对一洽谈，并由园区、投资机构、高校院所及企业开展“线上+线下”对接。</p>
<h3>四、注意事项</h3>
<p>报名及参会<strong>不收取任何费用</strong>。项目材料仅用于本次对接活动，未经申报人同意不对外公开。报名截止时间及活动日程以平台后续发布为准，如有疑问，可通过平台“在线咨询”留言或前往服务站窗口咨询。</p>`,
    bodyEn: `<p>To support the Xiamen BRICS Innovation Base and deepen talent exchange with BRICS and "BRICS+" countries, the Xiamen Overseas Returnee Service Center and its partner departments will hold the next "BRICS+" Returnee Talent Project Matchmaking Fair. Project entries are now open to applicants in China and abroad.</p>
<h3>1. Who can apply</h3>
<ul>
<li>Returnees who studied abroad and bring an innovation or startup project, individually or as a team;</li>
<li>International graduates holding a bachelor's degree or higher from a university in China who plan to start a business in Xiamen;</li>
<li>Priority is given to projects from, or with cooperation ties to, BRICS and "BRICS+" countries.</li>
</ul>
<h3>2. Priority sectors</h3>
<p>Next-generation information technology, artificial intelligence, biomedicine and medical devices, new energy and new materials, smart hardware and manufacturing, the Internet of Things, modern services and other sectors the city is prioritising.</p>
<h3>3. How to apply</h3>
<p>Log in to i海归, open "Project Matchmaking", fill in your project details and upload a business plan (Chinese or English). Investment and industry experts will shortlist entries; shortlisted teams may pitch on stage or meet parks, investors, universities and companies one-to-one, online or in person.</p>
<h3>4. Please note</h3>
<p>Applying and attending are <strong>free of charge</strong>. Project materials are used only for this matchmaking event and are not published without the applicant's consent. The closing date and schedule will be announced on the platform. Questions can be left via "Online Enquiry" or raised at the service station counter.</p>`,
    category: 'notice',
    pinned: true,
    publishedDaysAgo: 3,
  },
  {
    key: 'cloud-roadshow-registration',
    title: '“云路演”海外留学人才项目专场报名通知',
    titleEn: 'Registration Open: Cloud Roadshow for Overseas Returnee Projects',
    summary:
      '为方便暂未来厦的海外留学人才展示项目，服务中心将举办“云路演”专场，项目方通过视频连线向园区、投资机构和企业现场推介，报名通过“i海归”平台提交。',
    summaryEn:
      'Talents still abroad can pitch their projects by live video to Xiamen parks, investors and companies at our Cloud Roadshow. Sign up on i海归.',
    body: `<p>为打破时空限制、让海外留学人才“不出国门”即可对接厦门产业资源，厦门市留学人员服务中心将举办“云路演”海外留学人才项目专场，邀请我市重点园区、投资机构和相关企业在线参与评议与洽谈。</p>
<h3>活动形式</h3>
<ul>
<li>项目方通过视频连线进行路演，每个项目陈述约8分钟、问答约7分钟；</li>
<li>路演语言可选中文或英文，主办方提供必要的现场翻译协助；</li>
<li>路演结束后，可通过“i海归”平台预约园区或投资机构一对一线上洽谈。</li>
</ul>
<p>报名时请在“i海归”平台“项目对接”栏目选择“云路演”，提交项目简介、团队情况及路演材料。主办方将综合考虑项目所在时区安排场次，入选项目将通过平台消息收到场次及设备调试通知。</p>
<p>请入选项目提前完成网络与音视频调试，并确保路演材料不涉及未公开的商业秘密。活动全程免费，场次安排以平台通知为准。</p>`,
    bodyEn: `<p>To let talents abroad reach Xiamen's industries without travelling, the Xiamen Overseas Returnee Service Center will host a Cloud Roadshow for overseas returnee projects. Key industrial parks, investors and companies will join online to review and discuss the projects.</p>
<h3>Format</h3>
<ul>
<li>Teams pitch via live video: about 8 minutes of presentation and 7 minutes of Q&amp;A per project;</li>
<li>Pitches may be given in Chinese or English; the organiser can help with interpretation;</li>
<li>After the roadshow, one-to-one online meetings with parks or investors can be booked on i海归.</li>
</ul>
<p>To register, choose "Cloud Roadshow" under "Project Matchmaking" on i海归 and submit a project summary, team profile and pitch deck. Sessions are scheduled with applicants' time zones in mind; selected teams will receive their slot and a technical check appointment through platform messages.</p>
<p>Please test your network, camera and microphone in advance, and keep confidential business information out of your slides. Participation is free; the schedule published on the platform prevails.</p>`,
    category: 'notice',
    pinned: true,
    publishedDaysAgo: 6,
  },
  {
    key: 'startup-support-application-window',
    title: '关于开展留学人员创业扶持资金申报工作的通知（含国际留学人才20万—50万元创业资助）',
    titleEn: 'Applications Open: Startup Funding for Returnees and International Graduates (RMB 200,000–500,000)',
    summary:
      '根据修订后的《厦门市留学人员创业扶持办法》，本期申报面向在厦创业的留学人员及在我国境内高校取得本科及以上学历的外籍人才，符合条件的可获20万—50万元分期创业资助。',
    summaryEn:
      "Under Xiamen's revised startup-support measures, returnees and international graduates of Chinese universities who start a business in Xiamen may apply for staged funding of RMB 200,000–500,000.",
    body: `<p>为鼓励留学人员及国际留学人才来厦创新创业，根据修订后的《厦门市留学人员创业扶持办法》，现启动本期创业扶持资金申报工作，有关事项通知如下。</p>
<h3>一、申报对象</h3>
<ul>
<li>在我市创办企业的留学回国人员；</li>
<li>在我国境内高校取得本科及以上学历、在我市创办企业的外籍人才；</li>
<li>申报人应为企业主要创办人，具体资格条件以正式文件为准。</li>
</ul>
<h3>二、资助方式</h3>
<p>经评审认定的项目，给予<strong>20万元至50万元</strong>创业资助，采取分期拨付方式，后续拨付与项目进展情况挂钩。</p>
<h3>三、申报方式</h3>
<p>申报人可登录“i海归”平台“政策申报”栏目在线填报并上传学历学位证明、企业登记材料、项目计划书等材料，也可携带材料前往服务站窗口咨询办理。申报受理期为本通知发布之日起30个工作日。</p>
<p>政策原文可在<a href="https://www.xm.gov.cn/">厦门市人民政府门户网站</a>查阅。申报全程不收取任何费用，请申报人对所提交材料的真实性负责。</p>`,
    bodyEn: `<p>To encourage returnees and international graduates to start businesses in Xiamen, applications are now open for startup funding under the revised Xiamen Measures for Supporting Startups by Overseas Returnees.</p>
<h3>1. Who can apply</h3>
<ul>
<li>Returnees who have founded a company in Xiamen;</li>
<li>Foreign nationals holding a bachelor's degree or higher from a university in China who have founded a company in Xiamen;</li>
<li>The applicant must be the company's principal founder; the official policy text sets out the full eligibility rules.</li>
</ul>
<h3>2. Funding</h3>
<p>Approved projects receive <strong>RMB 200,000 to 500,000</strong>, paid in instalments linked to project progress.</p>
<h3>3. How to apply</h3>
<p>Apply online under "Policy Applications" on i海归, uploading your degree certificates, company registration documents and business plan, or bring the documents to the service station counter. Applications are accepted for 30 working days from the date of this notice.</p>
<p>The policy text is available on the <a href="https://www.xm.gov.cn/">Xiamen Municipal Government portal</a>. No fees are charged at any stage; applicants are responsible for the accuracy of the materials they submit.</p>`,
    category: 'notice',
    pinned: true,
    publishedDaysAgo: 1,
  },
  {
    key: 'talent-policy-briefing-session',
    title: '留学人才政策解读会报名通知（现场+线上直播）',
    titleEn: 'Talent Policy Briefing for Returnees: Registration Open (On-site and Live Stream)',
    summary:
      '服务中心将在厦门市外国人才服务站举办留学人才政策解读会，集中讲解创业扶持、回国创业启动支持计划申报及外籍人才证件办理等内容，并同步在“i海归”平台直播。',
    summaryEn:
      'A briefing at the Xiamen Foreign Talent Service Station will walk through startup support, the national returnee startup programme and permit procedures for foreign talents, with a live stream on i海归.',
    body: `<p>为帮助留学人才和用人单位准确了解我市人才政策、少走弯路，厦门市留学人员服务中心将举办留学人才政策解读会，由相关部门业务人员现场讲解并答疑。</p>
<h3>解读内容</h3>
<ul>
<li>《厦门市留学人员创业扶持办法》修订要点及申报流程；</li>
<li>中国留学人员回国创业启动支持计划推荐申报要求；</li>
<li>外籍人才工作许可、居留许可办理流程及常见问题；</li>
<li>园区入驻、融资对接等配套服务介绍。</li>
</ul>
<p><strong>现场地点：</strong>厦门市外国人才服务站（软件园一期），座位有限，请提前通过“i海归”平台“活动报名”栏目预约。无法到场的朋友可在平台观看同步直播，并通过弹幕或留言提问。</p>
<p>会后，课件及常见问题解答将整理发布在“i海归”平台“政策解读”栏目，供随时查阅。</p>`,
    bodyEn: `<p>To help returnees and employers understand Xiamen's talent policies correctly and avoid unnecessary detours, the Xiamen Overseas Returnee Service Center will hold a policy briefing, with officers from the relevant departments presenting and answering questions.</p>
<h3>Topics</h3>
<ul>
<li>Key changes and application steps under the revised startup-support measures for returnees;</li>
<li>Recommendation requirements for the national Startup Support Programme for Returnees;</li>
<li>Work permits and residence permits for foreign talents: procedures and common questions;</li>
<li>Supporting services such as park admission and investor matchmaking.</li>
</ul>
<p><strong>Venue:</strong> Xiamen Foreign Talent Service Station (Software Park Phase I). Seats are limited; please book under "Events" on i海归. If you cannot attend in person, you can watch the live stream on the platform and ask questions in the comments.</p>
<p>Slides and an FAQ will be posted afterwards under "Policy Explained" on i海归.</p>`,
    category: 'notice',
    publishedDaysAgo: 12,
  },
  {
    key: 'foreign-talent-service-station-hours',
    title: '厦门市外国人才服务站窗口服务时间及办理事项公告',
    titleEn: 'Xiamen Foreign Talent Service Station: Counter Hours and Services',
    summary:
      '外国人才服务站窗口提供外籍人才工作许可、居留许可“一窗办理”及政策咨询服务，现将窗口服务时间、可办事项及预约方式公告如下。',
    summaryEn:
      'The service station counter handles work permits and residence permits for foreign talents in a single window, plus policy advice. Opening hours, services and booking details are below.',
    body: `<p>为方便外籍人才和国际留学人才办事，厦门市外国人才服务站（软件园一期）与移民事务服务站联动，提供工作许可、居留许可“一窗办理”服务。现将有关事项公告如下。</p>
<h3>窗口服务时间</h3>
<p>周一至周五 上午9:00—12:00，下午14:00—17:30（法定节假日除外，调休安排另行通知）。</p>
<h3>可办理及咨询事项</h3>
<ul>
<li>外国人来华工作许可的申请指导、延期、变更及注销；</li>
<li>外国人居留许可申请的政策指导及材料预审；</li>
<li>国际留学生实习、在厦就业创业相关政策咨询；</li>
<li>人才政策申报、园区入驻等综合咨询。</li>
</ul>
<p>建议提前通过“i海归”平台“服务预约”栏目预约时段，并携带护照及相关证明材料原件。出入境政策可参阅<a href="https://www.nia.gov.cn/">国家移民管理局网站</a>。非工作时间可通过平台“在线咨询”留言，工作人员将在工作日内回复。</p>`,
    bodyEn: `<p>The Xiamen Foreign Talent Service Station at Software Park Phase I works together with the Immigration Service Station to offer single-window handling of work permits and residence permits for foreign talents and international students.</p>
<h3>Counter hours</h3>
<p>Monday to Friday, 9:00–12:00 and 14:00–17:30 (closed on public holidays; adjusted working days will be announced separately).</p>
<h3>Services and advice</h3>
<ul>
<li>Guidance on applying for, extending, changing and cancelling the Foreigner's Work Permit;</li>
<li>Guidance and document pre-checks for residence permit applications;</li>
<li>Advice on internships, employment and entrepreneurship in Xiamen for international students;</li>
<li>General advice on talent-policy applications and joining industrial parks.</li>
</ul>
<p>Please book a time slot under "Appointments" on i海归 and bring your passport and original supporting documents. Entry-exit policies are published on the <a href="https://www.nia.gov.cn/">National Immigration Administration website</a>. Outside counter hours, leave a message via "Online Enquiry" and staff will reply on the next working day.</p>`,
    category: 'notice',
    publishedDaysAgo: 0,
  },
  {
    key: 'spring-festival-service-arrangement',
    title: '春节假期期间服务安排的公告',
    summary:
      '春节法定假期期间，服务站窗口暂停现场办理，“i海归”平台线上服务照常开放，节后首个工作日恢复窗口服务。',
    body: `<p>根据国家法定节假日安排，现将厦门市留学人员服务中心及外国人才服务站春节假期期间服务安排公告如下。</p>
<ul>
<li><strong>窗口服务：</strong>法定假期期间暂停现场办理，节后首个工作日起恢复正常；</li>
<li><strong>线上服务：</strong>“i海归”平台政策查询、项目报名、岗位浏览等功能照常开放，假期留言将在节后按顺序回复；</li>
<li><strong>出入境事务：</strong>如遇紧急出入境证件事宜，请按公安机关出入境管理部门公布的假期安排办理。</li>
</ul>
<p>特别提醒：工作许可、居留许可即将到期的外籍人才，请合理安排时间，尽量在节前或节后尽早办理延期，避免因假期影响正常工作和居留。</p>
<p>祝广大留学人才、外籍朋友和各用人单位新春愉快、万事顺意！</p>`,
    category: 'notice',
    publishedDaysAgo: 45,
  },
  {
    key: 'internship-base-branch-recruitment',
    title: '关于征集“留学生创新创业实习基地”分站企业的通知',
    summary:
      '为扩大外籍留学生在厦实习岗位供给，现面向我市企业征集“留学生创新创业实习基地”分站，欢迎具备相应条件、有国际化用人需求的企业申报。',
    body: `<p>“留学生创新创业实习基地”设于软件园一期，按照“基地+分站+高校+留学生”的模式运行：由基地统筹政策指导与服务，分站企业提供实习岗位，高校选派留学生到分站实习，搭建政府、高校、企业协同育才的桥梁。</p>
<h3>申报条件</h3>
<ul>
<li>在我市依法登记注册、经营状况良好的企业；</li>
<li>有国际化业务或用人需求，能够提供适合外籍留学生的实习岗位；</li>
<li>能够为实习生安排业务导师，并提供必要的工作条件和保障。</li>
</ul>
<p>有意向的企业可通过“i海归”平台“企业服务”栏目提交申请及岗位需求，经审核认定后授予分站牌匾，并在平台“实习岗位”栏目集中展示岗位信息。</p>
<p>基地将协助分站企业对接高校、办理留学生实习相关手续，并定期组织岗前培训与交流活动。</p>`,
    category: 'notice',
    publishedDaysAgo: 30,
  },
  {
    key: 'returnee-startup-launch-program-recommendation',
    title: '关于推荐申报中国留学人员回国创业启动支持计划的通知',
    summary:
      '人力资源社会保障部中国留学人员回国创业启动支持计划推荐工作启动，在厦创业的留学人员可通过服务中心申报，经审核后择优推荐。',
    body: `<p>中国留学人员回国创业启动支持计划是人力资源社会保障部面向留学回国创业人员设立的扶持项目，旨在帮助留学人员企业缓解创业初期资金压力。厦门市留学人员服务中心现开展本年度推荐申报工作。</p>
<h3>申报要求</h3>
<ul>
<li>申报人应为留学回国人员，且为在厦所创办企业的主要负责人；</li>
<li>项目具有较好的创新性和市场前景；</li>
<li>具体条件、名额及时间节点以人力资源社会保障部当年度通知为准。</li>
</ul>
<p>申报人请登录“i海归”平台“政策申报”栏目下载申报表，按要求准备材料后在线提交。服务中心将组织初审，并择优向上级部门推荐。</p>
<p>截至2021年，全市共有87位留学人员入选该计划，获得资助合计1010万元。欢迎符合条件的留学人员积极申报。</p>`,
    category: 'notice',
    publishedDaysAgo: 60,
  },

  // ───────────────────────────── news ─────────────────────────────
  {
    key: 'startup-support-measures-revised',
    title: '厦门修订留学人员创业扶持办法 外籍毕业生最高可获50万元资助',
    titleEn: 'Xiamen Revises Startup Support: International Graduates Eligible for up to RMB 500,000',
    summary:
      '市科技局修订出台《厦门市留学人员创业扶持办法》，首次将在我国境内高校取得本科及以上学历的外籍人才纳入扶持范围，分期给予20万—50万元创业资助。',
    summaryEn:
      "Xiamen's Science and Technology Bureau has revised its returnee startup-support measures, extending them for the first time to foreign graduates of Chinese universities, with staged grants of RMB 200,000–500,000.",
    body: `<p>厦门市科学技术局近日修订出台新的《厦门市留学人员创业扶持办法》。与此前相比，新办法最大的变化是扩大了扶持对象：在我国境内高校取得本科及以上学历的外籍人才，在厦创业同样可以申请扶持。</p>
<h3>资助方式有调整</h3>
<p>新办法采用分期资助方式，对符合条件的国际留学人才给予<strong>20万元至50万元</strong>创业资助，资金拨付与项目实际进展挂钩，引导资金用在刀刃上。</p>
<h3>更多政策正在争取</h3>
<p>据了解，市科技局还在积极向有关主管部门争取，为“985”“211”“双一流”高校以及我市其他高校的优秀外籍毕业生直接留厦就业创业创造条件，推动其纳入“留厦六条”等人才政策的支持范围。</p>
<p>本期申报工作已经启动，详情请查看“i海归”平台通知公告栏目中的申报通知。</p>`,
    bodyEn: `<p>The Xiamen Municipal Science and Technology Bureau has issued revised Measures for Supporting Startups by Overseas Returnees. The key change is a wider scope: foreign nationals who have earned a bachelor's degree or higher at a university in China can now apply for support when they start a business in Xiamen.</p>
<h3>Staged funding</h3>
<p>Eligible international graduates can receive <strong>RMB 200,000 to 500,000</strong>, paid in instalments tied to the project's progress so that the money goes where it is needed most.</p>
<h3>More policies in the pipeline</h3>
<p>The bureau is also working with the competent authorities so that outstanding foreign graduates of "985", "211" and "Double First-Class" universities, as well as of other universities in Xiamen, can stay on to work or start businesses directly, and may be covered by talent policies such as the "Six Measures for Staying in Xiamen".</p>
<p>Applications for the current round are now open; see the notice in the Notices section of i海归.</p>`,
    category: 'news',
    publishedDaysAgo: 95,
  },
  {
    key: 'foreign-talent-service-station-honours',
    title: '厦门市外国人才服务站入选首批市级人才服务驿站',
    titleEn: 'Xiamen Foreign Talent Service Station Named One of the First City-Level Talent Service Hubs',
    summary:
      '在今年人才服务月启动仪式上，厦门市外国人才服务站入选首批市级人才服务驿站。该站此前已获评科技部2021年度机制创新典型案例。',
    summaryEn:
      'At the launch of this year\'s Talent Service Month, the Xiamen Foreign Talent Service Station was listed among the first city-level talent service hubs. It had earlier been recognised by the Ministry of Science and Technology for mechanism innovation.',
    body: `<p>在今年人才服务月启动仪式上，位于软件园一期的厦门市外国人才服务站入选首批市级人才服务驿站。</p>
<p>服务站自2019年底成立以来，围绕外籍人才“在厦安心工作、放心生活”开展服务：提供实时线上咨询，定期举办就业辅导和文化沙龙，推动成立全国首支外籍科技特派员志愿服务队，并在全国率先开展外籍人才专业技术、技能水平评价试点。</p>
<p>相关做法获得科技部肯定，入选科技部2021年度机制创新典型案例，并在国家“十三五”科技创新成就展上展出。</p>
<p>下一步，服务站将与“国际留学人员创业就业基地”“留学生创新创业实习基地”联动，为国际留学人才提供从证件办理到创业孵化的全流程服务。</p>`,
    bodyEn: `<p>At the launch ceremony of this year's Talent Service Month, the Xiamen Foreign Talent Service Station at Software Park Phase I was named one of the first city-level talent service hubs.</p>
<p>Since opening at the end of 2019, the station has focused on helping foreign talents work and live in Xiamen with peace of mind. It offers real-time online advice, runs regular career coaching and cultural salons, helped set up China's first volunteer team of foreign science and technology commissioners, and pioneered a pilot scheme for assessing foreign talents' professional and vocational skills.</p>
<p>This work was recognised by the Ministry of Science and Technology as one of its 2021 typical cases of mechanism innovation, and was featured in the national exhibition of achievements in science and technology innovation during the 13th Five-Year Plan period.</p>
<p>Going forward, the station will work hand in hand with the International Returnee Entrepreneurship and Employment Base and the International Student Innovation and Internship Base, offering international talents end-to-end support from permits to business incubation.</p>`,
    category: 'news',
    publishedDaysAgo: 150,
  },
  {
    key: 'ihaigui-platform-year-round-matchmaking',
    title: '“i海归”掌上通平台全面升级 打造永不落幕的线上对接平台',
    titleEn: 'i海归 Upgraded: A Year-Round Online Matchmaking Platform for Returnees',
    summary:
      '“i海归”平台完成升级，小程序与网页端同步上线，集中提供人才政策、高层次岗位、园区载体、投融资服务等信息，让留学人才与企业园区随时在线对接。',
    summaryEn:
      'i海归 now runs as both a WeChat mini-app and a web app, bringing together talent policies, senior vacancies, park space and investment services so that returnees and employers can connect at any time.',
    body: `<p>“i海归”掌上通平台最早在“金砖+”留学人才项目对接洽谈会上投入使用，用于线上推介人才政策、高层次岗位需求以及园区、风投、金融服务等资讯。经过持续完善，平台现已完成升级，微信小程序与网页端（H5）同步提供服务。</p>
<h3>主要功能</h3>
<ul>
<li><strong>政策查询与申报：</strong>汇集我市留学人才相关政策，支持在线申报与进度查询；</li>
<li><strong>项目对接：</strong>留学人才发布项目，园区、投资机构和企业在线浏览、预约洽谈；</li>
<li><strong>岗位与实习：</strong>集中展示高层次岗位及外籍留学生实习岗位；</li>
<li><strong>活动报名：</strong>对接洽谈会、“云路演”、政策解读会等活动一站报名。</li>
</ul>
<p>使用方式：关注“厦门市留学人员服务中心”微信公众号，点击“英才登鹭”即可进入平台。平台支持中英文界面切换。</p>
<p>服务中心将持续丰富平台内容，使其成为留学人才与我市企事业单位全年不间断的线上对接渠道。</p>`,
    bodyEn: `<p>i海归 was first used at the "BRICS+" Returnee Talent Project Matchmaking Fair to present talent policies, senior job openings, and information on parks, venture capital and financial services. After continued improvement, the platform has been upgraded and now runs as both a WeChat mini-app and a web (H5) app.</p>
<h3>Main features</h3>
<ul>
<li><strong>Policies:</strong> Xiamen's policies for returnees in one place, with online applications and progress tracking;</li>
<li><strong>Project matchmaking:</strong> returnees post projects; parks, investors and companies browse them and book meetings;</li>
<li><strong>Jobs and internships:</strong> senior positions and internships for international students;</li>
<li><strong>Events:</strong> one-stop registration for matchmaking fairs, Cloud Roadshows and policy briefings.</li>
</ul>
<p>To get started, follow the "厦门市留学人员服务中心" (Xiamen Overseas Returnee Service Center) WeChat official account and tap "英才登鹭". The interface is available in Chinese and English.</p>
<p>The center will keep adding content so that the platform becomes a year-round channel linking returnees with employers across the city.</p>`,
    category: 'news',
    publishedDaysAgo: 20,
  },
  {
    key: 'xiamen-returnee-talent-overview',
    title: '厦门留学人才引进总量超3.4万人 占国际化人才近七成',
    summary:
      '自2002年出台全国唯一鼓励留学人员回国创业工作的地方性法规以来，厦门累计引进留学人才超过3.4万人，已有12家留学人员创办的企业成功上市。',
    body: `<p>厦门是较早以立法形式支持留学人员创业的城市。2002年出台的《厦门经济特区鼓励留学人员来厦创业工作规定》，是全国唯一一部专门鼓励留学人员回国创业工作的地方性法规，为留学人员来厦创业、工作和生活提供了全方位保障。</p>
<h3>一组数据</h3>
<ul>
<li>全市引进留学人才总量超过<strong>3.4万人</strong>，约占全市国际化人才的七成；</li>
<li>截至2021年，共有87位留学人员获得人社部回国创业启动支持计划资助，累计1010万元；</li>
<li>已有<strong>12家</strong>留学人员创办的企业成功上市；</li>
<li>厦门入选“2021海创人才吸引力城市榜单”。</li>
</ul>
<p>近年来，我市持续优化国际化人才生态，从政策扶持、资金支持、园区载体到生活服务，多措并举助力留学人才企业成长。</p>
<p>服务中心将继续依托“i海归”平台和各类对接活动，为留学人才来厦发展提供精准服务。</p>`,
    category: 'news',
    publishedDaysAgo: 210,
  },
  {
    key: 'immigration-service-station-linkage',
    title: '“服务站+基地”联动 外籍人才和留学生出入境办证更便利',
    summary:
      '市公安局出入境管理部门依托留学生创新创业实习基地开展政策指导，并结合移民事务服务站打造“服务站+基地”联动服务平台，为外籍人才和留学生提供一站式办证便利。',
    body: `<p>为进一步便利外籍人才和国际留学生在厦实习、就业和创业，市公安局出入境管理部门将依托软件园一期的“留学生创新创业实习基地”开展政策指导等活动，并与移民事务服务站相结合，打造“服务站+基地”二合一的联动服务平台。</p>
<p>按照这一模式，外籍人才和留学生在基地即可获得出入境政策咨询，并在外国人才服务站办理工作许可、居留许可“一窗”业务，减少多头跑、重复跑。</p>
<p>建设留学生创新创业实习基地是市公安局2022年“我为群众办实事”十大重点项目之一。相关部门表示，将持续完善服务内容，助推我市建设高质量发展引领示范区。</p>
<p>具体办理事项和窗口时间，请查看“i海归”平台发布的服务站公告。</p>`,
    category: 'news',
    publishedDaysAgo: 180,
  },
  {
    key: 'fujian-qiaozhi-conference-mentor-relay',
    title: '省内动态：第二届中国侨智发展大会“青蓝接力”主题会在福州举行',
    summary:
      '第二届中国侨智发展大会新质生产力“青蓝接力”主题会在福州举行，40位行业领军人才担任“师傅”，征集的53个项目中有34个通过路演对接了28家企业。',
    body: `<p>第二届中国侨智发展大会新质生产力“青蓝接力”主题会日前在福州海峡会展中心举行。活动由福建省人社厅指导、福州市人民政府主办，海内外专家、侨界代表、青年代表和企业家代表约300人参加。</p>
<h3>“师带徒”模式升级</h3>
<p>“青蓝接力”是福建省“师带徒”引凤计划的升级版，由省内外成熟人才带动初创、青创群体，把引才育才、招商引资与创业就业结合起来。本次主题会邀请40位领军人才担任“师傅”，其中包括6位院士专家；共征集53个项目，其中34个路演项目与28家企业开展“揭榜挂帅”对接。</p>
<h3>过往成效</h3>
<ul>
<li>“师带徒”引凤计划累计征集人才项目3063项；</li>
<li>吸引594名创新创业领军人才、125家创投机构来闽对接；</li>
<li>促成187个项目落地，意向投资35亿元。</li>
</ul>
<p>有意参与省级引才活动的在厦留学人才，可关注“i海归”平台转发的相关报名信息。</p>`,
    category: 'news',
    publishedDaysAgo: 120,
  },
  {
    key: 'brics-talent-cooperation-deepening',
    title: '深化与“金砖+”国家人才交流合作 助力厦门金砖创新基地建设',
    summary:
      '市人社局联合市委组织部、火炬高新区管委会等部门，依托“金砖人才赛道”和国家级引才平台，持续深化与金砖及“金砖+”国家的人才交流合作。',
    body: `<p>围绕建设厦门金砖创新基地这一重大任务，市人社局会同市委组织部、火炬高新区管委会等部门，持续推进与金砖及“金砖+”国家的人才交流合作，加快国际化人才引进。</p>
<h3>多渠道面向全球引才</h3>
<ul>
<li>发挥“金砖人才赛道”以赛聚才作用；</li>
<li>借助“春晖杯”“海交会”“海创赛”等国家级引才汇智平台；</li>
<li>通过驻英国、比利时、泰国、马来西亚等国使领馆及海外学联广泛宣传。</li>
</ul>
<p>在此基础上，我市举办“金砖+”留学人才项目对接洽谈会，邀请教育部留学服务中心、中国留学人员回国服务联盟、中国技术创业协会留学人员创业园工作委员会及厦门市金砖创新基地建设领导小组办公室担任指导单位，吸引了一批来自金砖国家的留学人才项目。</p>
<p>有关部门表示，将继续发挥厦门产业集聚和人才生态“双驱”优势，构筑有吸引力的国际化人才高地。</p>`,
    category: 'news',
    publishedDaysAgo: 270,
  },

  // ───────────────────────────── event recaps ─────────────────────────────
  {
    key: 'brics-plus-fair-recap',
    title: '“金砖+”留学人才项目对接洽谈会落幕：72个项目参会，达成初步意向23项',
    titleEn: '"BRICS+" Returnee Project Matchmaking Fair Closes: 72 Projects, 23 Preliminary Agreements',
    summary:
      '厦门“金砖+”留学人才项目对接洽谈会在金雁酒店闭幕，来自13个国家和地区的72个留学人才项目与40多家企事业单位对接，达成初步意向23项，其中4个项目签订意向落地协议。',
    summaryEn:
      'The Xiamen "BRICS+" Returnee Talent Project Matchmaking Fair closed at the Jinyan Hotel: 72 projects from 13 countries and regions met more than 40 organisations, reaching 23 preliminary agreements, 4 of them signed landing agreements.',
    body: `<p>以“鹭聚海外英才，携手共创未来”为主题的厦门“金砖+”留学人才项目对接洽谈会在金雁酒店圆满落幕。活动由市人社局联合市委组织部、火炬高新区管委会等部门举办。</p>
<h3>数说本次洽谈会</h3>
<ul>
<li><strong>72个</strong>留学人才项目报名，来自美国、英国、加拿大、日本等<strong>13个</strong>国家和地区，其中俄罗斯、印度、南非等7个金砖国家的项目备受关注；</li>
<li>参会人才大多拥有硕士及以上学位，其中<strong>40%</strong>拥有博士学位；</li>
<li>园区、风投、高校科研院所、“三高”企业等<strong>40多家</strong>企事业单位参与对接；</li>
<li><strong>5个</strong>精品项目登台路演，达成初步意向<strong>23项</strong>，<strong>4个</strong>项目签订意向落地协议。</li>
</ul>
<p>参会项目集中在新一代信息技术、生物医药与医疗器械、人工智能、新能源新材料、智能硬件与制造、物联网、现代服务业等领域，普遍具备清晰的商业模式和良好的市场前景。</p>
<p>洽谈会采用“线上+线下”相结合的方式，会后对接工作将依托“i海归”平台持续开展，推动更多意向项目加快落地。</p>`,
    bodyEn: `<p>The Xiamen "BRICS+" Returnee Talent Project Matchmaking Fair, themed "Gathering Overseas Talent in Xiamen, Building the Future Together", has concluded at the Jinyan Hotel. It was organised by the Municipal Human Resources and Social Security Bureau together with the Organisation Department of the CPC Xiamen Committee, the Torch High-tech Zone Administrative Committee and other departments.</p>
<h3>The fair in numbers</h3>
<ul>
<li><strong>72</strong> returnee projects from <strong>13</strong> countries and regions, including the US, the UK, Canada and Japan, with projects from 7 BRICS countries such as Russia, India and South Africa drawing particular interest;</li>
<li>Most participants hold a master's degree or higher, and <strong>40%</strong> hold a PhD;</li>
<li><strong>More than 40</strong> parks, venture capital firms, universities, research institutes and high-tech companies took part;</li>
<li><strong>5</strong> selected projects pitched on stage; <strong>23</strong> preliminary agreements were reached, and <strong>4</strong> projects signed agreements to set up in Xiamen.</li>
</ul>
<p>The projects span next-generation IT, biomedicine and medical devices, artificial intelligence, new energy and new materials, smart hardware and manufacturing, the Internet of Things and modern services, and most have clear business models and promising markets.</p>
<p>The fair combined online and on-site matchmaking. Follow-up will continue on i海归 to help more of the agreed projects get started in Xiamen.</p>`,
    category: 'event_recap',
    publishedDaysAgo: 398,
  },
  {
    key: 'brics-plus-fair-roadshows-and-signings',
    title: '“金砖+”洽谈会路演现场：5个“专精特新”项目登台 4个项目签约落地意向',
    summary:
      '投资专家从报名项目中遴选出5个“专精特新”项目进行现场路演，智能循环包装、北斗城市安全监测、AI细胞分选芯片、半导体微纳测量等4个项目签订意向落地协议。',
    body: `<p>路演环节是本次“金砖+”留学人才项目对接洽谈会的重头戏。主办方邀请投资专家对报名项目进行评审，最终遴选出5个具有“专精特新”特点的项目登台展示。</p>
<h3>现场签订意向落地协议的项目</h3>
<ul>
<li>共享快盆智能循环包装；</li>
<li>基于GNSS北斗的城市安全监测运营平台研发及应用；</li>
<li>Cell4D人工智能细胞辨识分选芯片；</li>
<li>半导体高精密加工微纳测量系统。</li>
</ul>
<p>这些项目覆盖绿色物流、城市安全、生命科学和高端制造等方向，与我市产业发展需求契合度较高。签约后，服务中心将协同相关园区跟进项目注册、载体选择和政策申报等事项。</p>
<p>活动现场，厦门市政府有关领导还为入选人社部中国留学人员回国创业启动支持计划的项目颁发了入选证书。</p>`,
    category: 'event_recap',
    publishedDaysAgo: 397,
  },
  {
    key: 'brics-plus-fair-policy-promotion-and-park-tour',
    title: '政策推介+园区考察：留学人才近距离感受厦门创新创业环境',
    titleEn: 'Policy Showcase and Park Tour: Returnees Experience Xiamen\'s Startup Ecosystem First-Hand',
    summary:
      '洽谈会期间，创业园、软件园、生物医药港等园区现场推介政策并提供咨询，发放宣传材料200多份；会后留学人才实地考察了留学人员创业园。',
    summaryEn:
      'During the fair, the Returnee Entrepreneurship Park, the Software Park and the Biomedical Industry Port presented their policies and handed out over 200 information packs; participants then toured the Returnee Entrepreneurship Park.',
    body: `<p>“金砖+”留学人才项目对接洽谈会开幕式上，主办方开展了厦门市人才政策推介，向与会留学人才系统介绍我市创新创业环境和人才政策。</p>
<p>对接现场，创业园、软件园、生物医药港等园区设立咨询台，逐一讲解入驻条件和扶持政策，累计分发政策资料<strong>200多份</strong>。</p>
<p>活动结束后，留学人才们走进留学人员创业园，参观园区展览馆和优秀企业，实地了解园区的孵化服务和产业配套。</p>
<p>不少参会人才表示，通过这次活动对厦门留学生创业相关政策有了较为全面的了解，也对厦门的营商环境和创业生态留下了深刻印象。</p>`,
    bodyEn: `<p>At the opening of the "BRICS+" Returnee Talent Project Matchmaking Fair, the organisers gave a presentation on Xiamen's talent policies and its environment for innovation and entrepreneurship.</p>
<p>In the matchmaking hall, the Returnee Entrepreneurship Park, the Software Park and the Biomedical Industry Port each ran an information desk explaining admission requirements and support measures, handing out <strong>more than 200</strong> policy information packs.</p>
<p>After the fair, participants visited the Returnee Entrepreneurship Park, touring its exhibition hall and leading companies to see its incubation services and industry support for themselves.</p>
<p>Many participants said the event gave them a fuller picture of Xiamen's startup policies for returnees, and that the city's business environment and startup ecosystem left a strong impression.</p>`,
    category: 'event_recap',
    publishedDaysAgo: 396,
  },
  {
    key: 'international-student-bases-unveiled',
    title: '“国际留学人员创业就业基地”“留学生创新创业实习基地”在软件园一期揭牌',
    titleEn: 'Two Bases for International Students and Returnees Open at Software Park Phase I',
    summary:
      '由市科技局、市公安局和火炬高新区共同打造的两个基地在软件园一期揭牌，20多名外籍人才和留学生代表见证，首批分站企业授牌，2名留学生现场签订实习协议。',
    summaryEn:
      'Two bases built jointly by the Science and Technology Bureau, the Public Security Bureau and the Torch High-tech Zone opened at Software Park Phase I, witnessed by over 20 foreign talents and students; two students signed internship agreements on the spot.',
    body: `<p>“国际留学人员创业就业基地”和“留学生创新创业实习基地”在软件园一期正式揭牌，20多名外籍人才和留学生代表见证了这一时刻。两个基地由市科技局、市公安局、火炬高新区协力打造，是我市国际化人才服务工作的一项新突破。</p>
<h3>基地将做什么</h3>
<ul>
<li>开展文化体验、岗位实习、创业导师培训、政策指导、创新创业实训营、技能大赛等活动；</li>
<li>按照“基地+分站+高校+留学生”模式，由高校选派留学生到分站企业实习；</li>
<li>依托外国人才服务站，提供工作许可、居留许可一窗办理等服务。</li>
</ul>
<p>揭牌仪式上，美亚柏科、泡游网络两家企业被授予“留学生创新创业实习基地”分站，两名外籍留学生现场与企业签订实习协议；来自厦门大学、集美大学、华侨大学华文学院的10多名留学生也与相关企业达成初步实习意向。</p>
<p>今后，两个基地将由厦门软投公司负责运营，为国际留学人员提供政策对接、创业孵化等全生命周期服务。</p>`,
    bodyEn: `<p>The International Returnee Entrepreneurship and Employment Base and the International Student Innovation and Internship Base officially opened at Software Park Phase I, with more than 20 foreign talents and international students attending. Jointly built by the Municipal Science and Technology Bureau, the Municipal Public Security Bureau and the Torch High-tech Zone, the two bases mark a new step in Xiamen's services for international talent.</p>
<h3>What the bases will do</h3>
<ul>
<li>Run cultural activities, internships, startup mentor training, policy guidance, innovation boot camps and skills competitions;</li>
<li>Follow a "base + branch companies + universities + students" model, with universities placing international students as interns at branch companies;</li>
<li>Offer single-window work permit and residence permit services through the Foreign Talent Service Station.</li>
</ul>
<p>At the opening, Meiya Pico and Paoyou Network were named the first branch companies of the internship base, and two international students signed internship agreements with them on the spot. More than ten students from Xiamen University, Jimei University and the College of Chinese Language and Culture of Huaqiao University also reached preliminary internship agreements with local companies.</p>
<p>Xiamen Software Investment Co. will operate both bases, offering international talents full-lifecycle support from policy matchmaking to business incubation.</p>`,
    category: 'event_recap',
    publishedDaysAgo: 382,
  },
  {
    key: 'software-park-phase-one-innovation-tour',
    title: '留学生走进软件园一期 探访数字供应链中心与人工智能孵化器',
    summary:
      '基地揭牌当天，留学生们参观了SAP（厦门）数字供应链创新赋能中心和厦门火炬人工智能专业孵化器，近距离体验“数字人”等前沿技术。',
    body: `<p>两个国际留学人才基地揭牌当天，参加活动的外籍留学生走进软件园一期，实地了解我市科技产业发展情况。</p>
<p>在SAP（厦门）数字供应链创新赋能中心，同学们了解了这一我市重点引进的数字化项目。在厦门火炬人工智能专业孵化器，入驻企业展示了“数字人”技术：仅凭一张照片即可生成个性化的3D虚拟形象，并能实时互动，吸引不少同学上前体验。</p>
<h3>孵化载体</h3>
<ul>
<li>人工智能专业孵化器拥有近<strong>1万平方米</strong>载体空间，已吸引一批优质企业入驻；</li>
<li>软件园一期是我市软件产业的发源地，全市九成以上的软件上市企业从这里孵化成长。</li>
</ul>
<p>有意在软件园一期实习或创业的留学生，可通过“i海归”平台了解实习岗位和载体信息。</p>`,
    category: 'event_recap',
    publishedDaysAgo: 381,
  },
  {
    key: 'cloud-roadshow-online-session-recap',
    title: '“云路演”线上专场顺利举办 海外留学人才跨时区连线推介项目',
    titleEn: 'Cloud Roadshow Wraps Up: Overseas Returnees Pitch Across Time Zones',
    summary:
      '“云路演”线上专场顺利举办，身在海外的留学人才通过视频连线向我市园区和投资机构推介项目，会后一对一洽谈通过“i海归”平台持续跟进。',
    summaryEn:
      'Returnees still overseas pitched their projects by video link to Xiamen parks and investors at our Cloud Roadshow; one-to-one follow-up meetings continue on i海归.',
    body: `<p>为让暂未回国的留学人才也能及时对接厦门产业资源，厦门市留学人员服务中心举办“云路演”线上专场。项目方在各自所在地通过视频连线登台，我市重点园区、投资机构和企业代表在线聆听并提问。</p>
<p>本场路演项目涵盖人工智能、生物医药、新材料、物联网等方向。主办方根据项目方所在时区分段安排场次，并提前组织设备调试，确保连线顺畅。</p>
<p>路演结束后，园区和投资机构通过“i海归”平台向感兴趣的项目发出洽谈邀请，双方可在线预约一对一会谈；有来厦考察意向的项目，服务中心将协助安排园区实地走访。</p>
<p>下一期“云路演”已开放报名，欢迎海外留学人才关注平台通知公告。</p>`,
    bodyEn: `<p>So that returnees who have not yet come back can still connect with Xiamen's industries, the Xiamen Overseas Returnee Service Center held an online Cloud Roadshow. Teams pitched by video link from wherever they were, while representatives of key parks, investors and companies watched and asked questions online.</p>
<p>Projects covered artificial intelligence, biomedicine, new materials and the Internet of Things. Sessions were grouped by the teams' time zones, and technical checks were run beforehand to keep the connections smooth.</p>
<p>After the pitches, parks and investors sent meeting invitations to the projects they were interested in through i海归, where both sides can book one-to-one talks. For teams that wish to visit Xiamen, the center will help arrange on-site park visits.</p>
<p>Registration for the next Cloud Roadshow is open; please watch the Notices section on the platform.</p>`,
    category: 'event_recap',
    publishedDaysAgo: 75,
  },
  {
    key: 'policy-briefing-recap',
    title: '留学人才政策解读会回顾：创业扶持与证件办理成为关注焦点',
    summary:
      '上一场留学人才政策解读会在外国人才服务站举行，现场及线上参与者围绕创业资助申报、外籍毕业生留厦创业、工作许可办理等问题踊跃提问。',
    body: `<p>由厦门市留学人员服务中心举办的留学人才政策解读会在软件园一期外国人才服务站举行，留学人才、外籍毕业生及企业人力资源负责人参加，活动同步在“i海归”平台直播。</p>
<h3>大家最关心的问题</h3>
<ul>
<li>修订后的创业扶持办法中，外籍毕业生如何申报、资金如何分期拨付；</li>
<li>在华高校毕业的外籍学生留厦就业创业需要办理哪些证件；</li>
<li>人社部回国创业启动支持计划的推荐流程和时间安排。</li>
</ul>
<p>工作人员结合常见案例逐一解答，并提醒申报人提前准备学历学位认证等耗时较长的材料。</p>
<p>本场课件和问答汇总已发布在“i海归”平台“政策解读”栏目，下一场解读会正在报名中。</p>`,
    category: 'event_recap',
    publishedDaysAgo: 40,
  },
  {
    key: 'biomedical-port-returnee-visit',
    title: '留学人才走进厦门生物医药港 实地了解产业载体与配套服务',
    summary:
      '服务中心组织生物医药与医疗器械领域的留学人才走进厦门生物医药港，了解园区载体、公共服务平台和入驻政策，现场与园区招商人员交流项目落地需求。',
    body: `<p>为推动“金砖+”对接活动成果落地，厦门市留学人员服务中心组织生物医药与医疗器械方向的留学人才及项目团队走进厦门生物医药港开展实地考察。</p>
<p>考察中，园区工作人员介绍了产业布局、研发及生产载体、公共技术服务平台以及入驻扶持政策。留学人才们结合各自项目，就实验室条件、注册申报、中试生产等具体问题与园区深入交流。</p>
<p>服务中心工作人员现场讲解了留学人员创业扶持政策和申报渠道，并为有意向的项目建立跟踪服务台账。</p>
<p>后续，服务中心将继续组织软件园、留学人员创业园等园区走访活动，相关报名信息将在“i海归”平台发布。</p>`,
    category: 'event_recap',
    publishedDaysAgo: 160,
  },
];
