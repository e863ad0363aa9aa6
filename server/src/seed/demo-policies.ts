import type { PolicyInputRaw } from '@ihaigui/shared';

/**
 * Demo talent policies for the "i海归" portal.
 *
 * The programmes follow Xiamen's public talent policy landscape (the 2002 special-economic-zone regulation on
 * returnees, the revised startup-support measures that also cover foreign graduates of Chinese universities, the
 * national returnee startup launch plan, the foreign-talent service station, high-level talent recognition and the
 * services that come with it, district top-ups). Amounts, dates, phone numbers and procedural details are
 * illustrative demo values, not official figures; the wording is original.
 *
 * Eligibility is data: each published policy carries 1–6 criteria, chosen so that the seeded demo talent (PhD from
 * Germany, back in 2024, 37 years old, smart manufacturing, Jimei district) sees a mix of "eligible", "maybe" and
 * "not eligible" in the matcher.
 *
 * Pure data module: no logic besides the array.
 */
export interface DemoPolicy {
  /** Stable kebab-case key so the seed can tell whether this item already exists. */
  key: string;
  status: 'published' | 'draft';
  /** Days before "now" the policy was published; ignored for drafts. */
  publishedDaysAgo: number;
  /**
   * For the "expiring soon" and "expired" examples: validTo becomes this many days after the day the demo is seeded
   * (negative = already past), so they stay examples of their kind whenever a newcomer starts the portal. The literal
   * validTo in `input` is the same date seen from 2026-11-21.
   */
  validToDaysFromSeed?: number;
  input: PolicyInputRaw;
}

const CENTER = '厦门市留学人员服务中心';

export const DEMO_POLICIES: DemoPolicy[] = [
  // ───────────────────────────── citywide foundations ─────────────────────────────
  {
    key: 'returnee-startup-regulation',
    status: 'published',
    publishedDaysAgo: 420,
    input: {
      title: '厦门经济特区鼓励留学人员来厦创业工作规定',
      titleEn: 'Xiamen SEZ Regulations on Encouraging Overseas-Educated Talent to Start Businesses and Work in Xiamen',
      issuer: '厦门市人民代表大会常务委员会',
      issuerEn: 'Standing Committee of the Xiamen Municipal People’s Congress',
      region: 'citywide',
      category: 'startup_funding',
      targetGroups: ['returnee', 'high_level'],
      amountMin: null,
      amountMax: null,
      amountPeriod: 'once',
      validFrom: '2002-07-01',
      validTo: null,
      sourceUrl: 'https://www.xm.gov.cn/',
      summary:
        '2002年施行，是全国唯一一部专门鼓励留学人员回国创业工作的地方性法规，对留学人员来厦创办企业、受聘工作、落户安家、子女入学和配偶就业作出全方位保障。',
      summaryEn:
        'In force since 2002 and still the only local regulation in China dedicated to returnees, it underpins support for overseas-educated talent who start a company or take a job in Xiamen, from funding and premises to residence, schooling and spouse employment.',
      body: `<p>《厦门经济特区鼓励留学人员来厦创业工作规定》于2002年出台，是全国唯一一部专门鼓励留学人员回国创业工作的地方性法规。二十多年来，我市累计引进留学人才超过3.4万人，约占全市国际化人才的七成。</p>
<h3>适用对象</h3>
<ul>
<li>在国外（境外）取得学士及以上学位的留学人员；</li>
<li>在国内取得学士及以上学位后，赴国外高校或科研机构进修、访学一年以上的人员；</li>
<li>符合上述条件、已取得外国国籍来厦创业或工作的人员。</li>
</ul>
<h3>主要保障</h3>
<ul>
<li><strong>创业</strong>：入驻留学人员创业园可享受场地租金减免，并可申请创业资助、贷款贴息和融资担保；</li>
<li><strong>工作</strong>：用人单位可按能力和业绩确定薪酬，专业技术职务评审不受资历和任职年限限制；</li>
<li><strong>生活</strong>：本人、配偶及未成年子女可办理落户，子女入学和配偶就业由有关部门协助安排。</li>
</ul>`,
      bodyEn: `<p>Adopted in 2002, these Regulations remain the only local law in China written specifically to bring overseas-educated talent home. Since then Xiamen has attracted more than 34,000 returnees, about seven in ten of the city’s international talent.</p>
<h3>Who is covered</h3>
<ul>
<li>People who earned a bachelor’s degree or higher abroad;</li>
<li>People who, after a bachelor’s degree or higher in China, studied or worked as visiting scholars at a university or research institute abroad for at least one year;</li>
<li>People meeting either condition who now hold a foreign nationality and start a business or work in Xiamen.</li>
</ul>
<h3>What it guarantees</h3>
<ul>
<li><strong>Starting up</strong>: reduced rent in the returnee startup parks, plus access to startup grants, loan interest subsidies and guarantees;</li>
<li><strong>Working</strong>: employers may set pay by ability and results; professional title reviews are not bound by seniority rules;</li>
<li><strong>Settling in</strong>: household registration for the talent, spouse and minor children, with help for school places and spouse employment.</li>
</ul>`,
      howToApply:
        '本规定为综合保障性法规，具体事项按配套政策办理：1. 在“i海归”或厦门人才服务平台完成留学人员身份登记；2. 准备护照、教育部留学服务中心出具的国外学历学位认证书及回国（来华）证明；3. 按需在线申报创业资助、落户、子女入学等具体事项；4. 有疑问可到厦门市留学人员服务中心窗口咨询，一般事项5个工作日内答复。',
      howToApplyEn:
        'The Regulations are an umbrella law; each benefit is claimed under its own measure: 1. Register as an overseas-educated returnee on i海归 or the Xiamen talent service platform; 2. Have your passport, the overseas degree verification issued by the Chinese Service Center for Scholarly Exchange and proof of your return ready; 3. Apply online for the specific benefit (startup grant, residence, school place…); 4. For questions visit the Xiamen Overseas Returnee Service Center; most enquiries are answered within 5 working days.',
      contact: `${CENTER} 0592-5550101`,
      criteria: [
        { kind: 'degreeAtLeast', degree: 'bachelor' },
        {
          kind: 'overseasBackground',
          accepts: ['studied_abroad'],
          noteZh: '含在国内取得学位后赴国外进修、访学一年以上的人员，以及已取得外国国籍的留学人员',
          noteEn: 'Includes visiting scholars abroad for a year or more after a degree in China, and returnees who have since taken a foreign nationality',
        },
      ],
    },
  },
  {
    key: 'returnee-startup-support',
    status: 'published',
    publishedDaysAgo: 300,
    input: {
      title: '厦门市留学人员创业扶持办法（留学回国人员创业资助）',
      titleEn: 'Xiamen Startup Support Measures for Overseas-Educated Talent: Grants for Returnee Founders',
      issuer: '厦门市科学技术局',
      issuerEn: 'Xiamen Municipal Science and Technology Bureau',
      region: 'citywide',
      category: 'startup_funding',
      targetGroups: ['returnee'],
      amountMin: 200_000,
      amountMax: 500_000,
      amountPeriod: 'once',
      validFrom: '2022-05-20',
      validTo: '2027-05-19',
      sourceUrl: 'https://kjj.xm.gov.cn/',
      summary:
        '对回国创业的留学人员，按项目评审结果给予20万元至50万元创业资助，分两期拨付；入驻留学人员创业园的还可享受场租优惠。',
      summaryEn:
        'Returnee founders can receive a startup grant of 200,000 to 500,000 yuan, depending on the project review, paid in two instalments; companies in a returnee startup park also get reduced rent.',
      body: `<p>为支持留学人员在厦创办科技型企业，市科技局修订出台《厦门市留学人员创业扶持办法》，对符合条件的留学人员创业项目给予分期资助。</p>
<h3>资助标准</h3>
<ul>
<li>经专家评审，按项目技术水平和市场前景给予20万元、30万元或50万元资助；</li>
<li>首期拨付资助额的50%，企业运营满一年并通过绩效评估后拨付其余部分；</li>
<li>入驻市级留学人员创业园的，前两年办公用房租金可按规定减免。</li>
</ul>
<h3>申报条件</h3>
<ul>
<li>申报人具有海外学士及以上学位，回国不超过5年，为企业法定代表人或第一大股东（持股不低于30%）；</li>
<li>企业在厦注册成立不超过2年，实缴注册资本不低于10万元，主营业务具有自主知识产权。</li>
</ul>`,
      bodyEn: `<p>To help returnees build technology companies in Xiamen, the Science and Technology Bureau revised its Startup Support Measures for Overseas-Educated Talent. Qualifying projects are funded in instalments.</p>
<h3>Grant levels</h3>
<ul>
<li>After an expert review, 200,000, 300,000 or 500,000 yuan depending on the technology and market prospects;</li>
<li>Half is paid first; the rest follows after a year of operation and a performance review;</li>
<li>Companies in a city-level returnee startup park get reduced office rent for the first two years.</li>
</ul>
<h3>Who can apply</h3>
<ul>
<li>Applicants hold a bachelor’s degree or higher from abroad, returned within the last 5 years, and are the legal representative or largest shareholder (at least 30%);</li>
<li>The company was registered in Xiamen within the last 2 years, has at least 100,000 yuan of paid-in capital and owns the rights to its core technology.</li>
</ul>`,
      howToApply:
        '1. 在“i海归”或厦门人才服务平台“创业扶持”栏目在线填报；2. 上传护照、国外学历学位认证书、营业执照、股权结构说明和商业计划书；3. 市科技局组织形式审查和专家评审（约30个工作日）；4. 评审结果公示5个工作日后签订资助协议，拨付首期资金。',
      howToApplyEn:
        '1. Apply online in the “Startup support” section of i海归 or the Xiamen talent service platform; 2. Upload your passport, overseas degree verification, business licence, shareholding and business plan; 3. The bureau checks the file and convenes an expert review (about 30 working days); 4. After 5 working days of public notice, sign the grant agreement and receive the first instalment.',
      contact: '厦门市科学技术局人才与合作处 0592-5550112',
      criteria: [
        { kind: 'degreeAtLeast', degree: 'bachelor' },
        { kind: 'overseasBackground', accepts: ['studied_abroad'] },
        { kind: 'returnedWithinYears', years: 5 },
        { kind: 'intent', intent: 'startup' },
      ],
    },
  },
  {
    key: 'intl-graduate-startup',
    status: 'published',
    publishedDaysAgo: 298,
    input: {
      title: '厦门市留学人员创业扶持办法（在华高校外籍毕业生创业资助）',
      titleEn: 'Xiamen Startup Support Measures: Grants for Foreign Graduates of Chinese Universities',
      issuer: '厦门市科学技术局',
      issuerEn: 'Xiamen Municipal Science and Technology Bureau',
      region: 'citywide',
      category: 'startup_funding',
      targetGroups: ['intl_graduate', 'foreign_talent'],
      amountMin: 200_000,
      amountMax: 500_000,
      amountPeriod: 'once',
      validFrom: '2022-05-20',
      validTo: '2027-05-19',
      sourceUrl: 'https://kjj.xm.gov.cn/',
      summary:
        '修订后的扶持办法将资助对象扩展到在我国境内高校取得本科及以上学历的外籍人才，来厦创业可获20万元至50万元分期创业资助。',
      summaryEn:
        'The revised measures extend startup grants of 200,000 to 500,000 yuan, paid in instalments, to foreign nationals who earned a bachelor’s degree or higher at a university in China and start a company in Xiamen.',
      body: `<p>为吸引更多国际留学人才扎根厦门，修订后的《厦门市留学人员创业扶持办法》首次将扶持对象拓展到在我国境内高校取得本科及以上学历的外籍人才。</p>
<h3>支持内容</h3>
<ul>
<li>按项目评审结果给予20万元至50万元创业资助，分期拨付；</li>
<li>可入驻软件园一期“国际留学人员创业就业基地”，享受创业导师辅导、政策对接和孵化服务；</li>
<li>依托外国人才服务站，工作许可和居留许可可一窗办理。</li>
</ul>
<h3>申报条件</h3>
<ul>
<li>外国国籍，在我国境内高校取得本科及以上学历；</li>
<li>为在厦新注册企业的法定代表人或主要股东，项目属于我市重点发展产业领域。</li>
</ul>`,
      bodyEn: `<p>To keep international graduates in Xiamen, the revised Startup Support Measures for the first time cover foreign nationals who earned a bachelor’s degree or higher at a university in China.</p>
<h3>What you get</h3>
<ul>
<li>A startup grant of 200,000 to 500,000 yuan depending on the project review, paid in instalments;</li>
<li>A place at the International Returnee Entrepreneurship and Employment Base in Software Park Phase I, with mentoring, policy guidance and incubation;</li>
<li>Work and residence permits handled at one window through the foreign talent service station.</li>
</ul>
<h3>Who can apply</h3>
<ul>
<li>Foreign nationals with a bachelor’s degree or higher from a university in China;</li>
<li>The legal representative or a main shareholder of a newly registered Xiamen company in one of the city’s priority industries.</li>
</ul>`,
      howToApply:
        '1. 在“i海归”平台选择“外籍毕业生创业资助”在线填报（支持英文）；2. 上传护照、在华高校毕业证书和学位证书、营业执照及商业计划书；3. 市科技局组织评审，约30个工作日出结果；4. 公示无异议后签订协议并拨付首期资助。',
      howToApplyEn:
        '1. Choose “Startup grant for foreign graduates” on i海归 and fill in the form (English is accepted); 2. Upload your passport, Chinese graduation and degree certificates, business licence and business plan; 3. The bureau reviews the project, with a result in about 30 working days; 4. After public notice, sign the agreement and receive the first instalment.',
      contact: '厦门市外国人才服务站 0592-5550136',
      criteria: [
        { kind: 'overseasBackground', accepts: ['foreign_national'] },
        { kind: 'chineseUniversityDegree' },
        { kind: 'degreeAtLeast', degree: 'bachelor' },
        { kind: 'intent', intent: 'startup' },
      ],
    },
  },
  {
    key: 'mohrss-startup-launch-plan',
    status: 'published',
    publishedDaysAgo: 80,
    validToDaysFromSeed: 24,
    input: {
      title: '2026年度中国留学人员回国创业启动支持计划（厦门推荐申报）',
      titleEn: '2026 National Startup Launch Support Plan for Returnees: Xiamen Nominations',
      issuer: '厦门市人力资源和社会保障局',
      issuerEn: 'Xiamen Municipal Human Resources and Social Security Bureau',
      region: 'citywide',
      category: 'startup_funding',
      targetGroups: ['returnee', 'high_level'],
      amountMin: 200_000,
      amountMax: 500_000,
      amountPeriod: 'once',
      validFrom: '2026-09-01',
      validTo: '2026-12-15',
      sourceUrl: 'https://hrss.xm.gov.cn/',
      summary:
        '人力资源社会保障部组织实施的国家级留学人员创业资助项目，重点类项目资助50万元、优秀类项目资助20万元，由市人社局择优推荐。',
      summaryEn:
        'A national programme of the Ministry of Human Resources and Social Security: 500,000 yuan for key projects and 200,000 yuan for outstanding projects. The Xiamen bureau nominates the strongest local applicants.',
      body: `<p>中国留学人员回国创业启动支持计划由人力资源社会保障部组织实施，用于支持留学人员回国创办企业、转化科技成果。截至2021年，我市已有87位留学人员获得该计划资助，资助金额共计1010万元。</p>
<h3>资助类别</h3>
<ul>
<li>重点类：资助50万元，面向技术水平领先、市场前景广阔的创业项目；</li>
<li>优秀类：资助20万元，面向具有较好成长性的创业项目。</li>
</ul>
<h3>推荐条件</h3>
<ul>
<li>申报人具有海外留学经历，在国外学习或工作一年以上，回国创业不超过5年；</li>
<li>申报人为企业主要创办人，企业在厦注册、运营正常，项目拥有自主知识产权。</li>
</ul>`,
      bodyEn: `<p>The Startup Launch Support Plan for Returnees is run by the Ministry of Human Resources and Social Security to help overseas-educated talent found companies and commercialise research. By 2021, 87 returnees in Xiamen had received a total of 10.1 million yuan from it.</p>
<h3>Categories</h3>
<ul>
<li>Key projects: 500,000 yuan, for leading technology with strong market prospects;</li>
<li>Outstanding projects: 200,000 yuan, for startups with good growth potential.</li>
</ul>
<h3>Who can be nominated</h3>
<ul>
<li>Applicants studied abroad, spent at least one year abroad studying or working, and came back to start a business within the last 5 years;</li>
<li>The applicant is a main founder of a company registered and operating in Xiamen that owns its core technology.</li>
</ul>`,
      howToApply:
        '1. 2026年12月15日前在“i海归”平台“国家级项目推荐”栏目提交申报书；2. 上传护照、国外学历学位认证书、营业执照、近一年财务报表和知识产权证明；3. 市人社局组织专家评审并择优向人力资源社会保障部推荐；4. 最终入选名单以人力资源社会保障部公布为准。',
      howToApplyEn:
        '1. Submit the application in the “National programme nominations” section of i海归 by 15 December 2026; 2. Upload your passport, overseas degree verification, business licence, last year’s accounts and IP certificates; 3. The bureau’s expert panel selects the nominees for the Ministry; 4. The Ministry publishes the final list.',
      contact: '厦门市人力资源和社会保障局人才开发处 0592-5550125',
      criteria: [
        { kind: 'degreeAtLeast', degree: 'bachelor' },
        { kind: 'overseasBackground', accepts: ['studied_abroad'] },
        { kind: 'yearsAbroadAtLeast', years: 1 },
        { kind: 'returnedWithinYears', years: 5 },
        { kind: 'intent', intent: 'startup' },
      ],
    },
  },
  {
    key: 'high-level-talent-recognition',
    status: 'published',
    publishedDaysAgo: 365,
    input: {
      title: '厦门市高层次人才认定（A–E类）',
      titleEn: 'Xiamen High-Level Talent Recognition (Tiers A–E)',
      issuer: '中共厦门市委人才工作领导小组办公室',
      issuerEn: 'Talent Work Office of the CPC Xiamen Municipal Committee',
      region: 'citywide',
      category: 'talent_recognition',
      targetGroups: ['high_level', 'returnee', 'foreign_talent'],
      amountMin: null,
      amountMax: null,
      amountPeriod: 'once',
      validFrom: '2023-01-01',
      validTo: null,
      sourceUrl: 'https://www.xm.gov.cn/',
      summary:
        '按A类至E类五个层次认定高层次人才，认定后发放厦门人才卡，可享受安居、子女入学、医疗保健、个税奖励等配套服务。',
      summaryEn:
        'High-level talent is recognised in five tiers, A to E. Recognised talent receives a Xiamen Talent Card that opens housing, schooling, healthcare and tax-reward benefits.',
      body: `<p>高层次人才认定是享受我市各类人才待遇的基础。认定实行目录管理，按人才的学术成就、专业水平和创新创业业绩分为五个层次。</p>
<h3>认定层次</h3>
<ul>
<li>A类：国内外顶尖人才；</li>
<li>B类、C类：国家级、省级领军人才；</li>
<li>D类：市级领军人才及重点产业急需紧缺高端人才；</li>
<li>E类：具有博士学位或海外知名高校硕士学位、在厦全职工作的优秀青年人才等。</li>
</ul>
<p>认定结果有效期5年，期满可按届时标准重新申请。</p>`,
      bodyEn: `<p>Recognition as high-level talent is the key to most of Xiamen’s talent benefits. It follows a published catalogue with five tiers based on academic standing, professional level and results in innovation or business.</p>
<h3>Tiers</h3>
<ul>
<li>Tier A: top talent of national or international standing;</li>
<li>Tiers B and C: national and provincial leading talent;</li>
<li>Tier D: city-level leading talent and senior specialists in short supply in key industries;</li>
<li>Tier E: promising young talent working full-time in Xiamen, such as PhD holders or holders of a master’s from a well-known university abroad.</li>
</ul>
<p>A recognition is valid for 5 years and can then be renewed under the standards in force at that time.</p>`,
      howToApply:
        '1. 由用人单位在厦门人才服务平台为本人提交认定申请（创业人才可由本人企业申报）；2. 上传学历学位证书、劳动合同或营业执照、社保缴纳记录及业绩证明；3. 行业主管部门初审、市委人才办复审，约20个工作日；4. 公示无异议后发放认定证明及厦门人才卡，可在“i海归”查看进度。',
      howToApplyEn:
        '1. Your employer (or your own company, for founders) submits the application on the Xiamen talent service platform; 2. Upload degree certificates, the employment contract or business licence, social insurance records and evidence of achievements; 3. First review by the industry authority and final review by the Talent Work Office, about 20 working days; 4. After public notice you receive the certificate and the Xiamen Talent Card. Track progress on i海归.',
      contact: '厦门市人才服务中心 0592-5550148',
      criteria: [
        {
          kind: 'degreeAtLeast',
          degree: 'master',
          noteZh: '并须符合认定目录中A–E类任一层次的具体条件',
          noteEn: 'You must also meet the specific conditions of one tier (A–E) in the catalogue',
        },
      ],
    },
  },
  {
    key: 'high-level-talent-housing',
    status: 'published',
    publishedDaysAgo: 210,
    input: {
      title: '高层次人才安居补贴',
      titleEn: 'Housing Allowance for High-Level Talent',
      issuer: '厦门市住房保障和房屋管理局',
      issuerEn: 'Xiamen Municipal Housing Security and Management Bureau',
      region: 'citywide',
      category: 'housing',
      targetGroups: ['high_level'],
      amountMin: 30_000,
      amountMax: 200_000,
      amountPeriod: 'yearly',
      validFrom: '2024-01-01',
      validTo: '2028-12-31',
      sourceUrl: null,
      summary:
        '经认定的高层次人才在厦无自有住房的，按人才层次每年发放3万元至20万元安居补贴，连续发放5年；也可选择申请人才公寓。',
      summaryEn:
        'Recognised high-level talent without a home of their own in Xiamen receive 30,000 to 200,000 yuan a year, by tier, for five years, or may choose a talent apartment instead.',
      body: `<p>为帮助高层次人才安居厦门，对经认定、在厦全职工作或创业的高层次人才发放安居补贴。</p>
<h3>补贴标准</h3>
<ul>
<li>A类、B类人才：每年15万元至20万元；</li>
<li>C类、D类人才：每年6万元至10万元；</li>
<li>E类人才：每年3万元。</li>
</ul>
<h3>说明</h3>
<ul>
<li>补贴按年发放，最长5年；申请人及配偶在厦无自有住房；</li>
<li>选择入住人才公寓的，入住期间不重复享受安居补贴。</li>
</ul>`,
      bodyEn: `<p>To help high-level talent settle in Xiamen, recognised talent who work full-time or run a company in the city receive a housing allowance.</p>
<h3>Amounts</h3>
<ul>
<li>Tiers A and B: 150,000 to 200,000 yuan a year;</li>
<li>Tiers C and D: 60,000 to 100,000 yuan a year;</li>
<li>Tier E: 30,000 yuan a year.</li>
</ul>
<h3>Notes</h3>
<ul>
<li>Paid yearly for up to 5 years; neither you nor your spouse may own a home in Xiamen;</li>
<li>If you live in a talent apartment, the allowance is not paid for that period.</li>
</ul>`,
      howToApply:
        '1. 取得高层次人才认定后，在厦门人才服务平台“安居保障”栏目申请；2. 上传认定证明、身份证件、婚姻状况证明及不动产登记查询结果；3. 住房保障部门审核约15个工作日；4. 审核通过后按年发放至本人银行账户，每年需在线确认一次在厦工作情况。',
      howToApplyEn:
        '1. Once recognised, apply in the “Housing” section of the Xiamen talent service platform; 2. Upload your recognition certificate, ID, marital status and a property ownership search; 3. Review takes about 15 working days; 4. The allowance is paid yearly to your bank account; confirm online once a year that you still work in Xiamen.',
      contact: '厦门市人才服务中心 0592-5550148',
      criteria: [
        {
          kind: 'degreeAtLeast',
          degree: 'master',
          noteZh: '须已取得我市高层次人才认定，本人及配偶在厦无自有住房',
          noteEn: 'You must hold a Xiamen high-level talent recognition and neither you nor your spouse may own a home in Xiamen',
        },
      ],
    },
  },
  {
    key: 'talent-children-schooling',
    status: 'published',
    publishedDaysAgo: 150,
    input: {
      title: '高层次人才及留学人员子女入学保障',
      titleEn: 'School Places for Children of High-Level Talent and Returnees',
      issuer: '厦门市教育局',
      issuerEn: 'Xiamen Municipal Education Bureau',
      region: 'citywide',
      category: 'education',
      targetGroups: ['high_level', 'returnee', 'foreign_talent'],
      amountMin: null,
      amountMax: null,
      amountPeriod: 'once',
      validFrom: '2023-08-01',
      validTo: null,
      sourceUrl: null,
      summary:
        '高层次人才和来厦工作的留学人员，其子女就读幼儿园、义务教育阶段学校可由教育部门统筹安排；外籍人才子女可选择外籍人员子女学校或国际课程。',
      summaryEn:
        'The education bureau helps children of high-level talent and returnees who work in Xiamen find kindergarten and compulsory-school places; children of foreign talent may choose schools for foreign nationals or international programmes.',
      body: `<p>为解决人才的后顾之忧，我市对高层次人才和留学人员子女入学实行专项保障。</p>
<ul>
<li>A类至C类人才子女可在全市范围内按意愿统筹安排学校；D类、E类人才及留学人员子女在居住地或工作地所在区统筹安排；</li>
<li>随迁子女转学、插班不受学期时间限制；</li>
<li>外籍人才子女可就读外籍人员子女学校，或进入开设国际课程的公办学校；</li>
<li>中考时按规定享受相应照顾政策。</li>
</ul>`,
      bodyEn: `<p>To let talent focus on their work, Xiamen guarantees school places for the children of high-level talent and returnees.</p>
<ul>
<li>Children of Tier A–C talent can be placed in a school of the family’s choice anywhere in the city; children of Tier D–E talent and returnees are placed in the district where the family lives or works;</li>
<li>Transfers can be made at any time of the school year;</li>
<li>Children of foreign talent may attend schools for children of foreign nationals or public schools with international programmes;</li>
<li>Applicable considerations apply at the senior-high entrance examination.</li>
</ul>`,
      howToApply:
        '1. 每年4月至6月（转学可随时）在“i海归”平台“子女入学”栏目提交申请；2. 上传人才认定证明或留学回国证明、户口簿或护照、出生证明及在厦工作证明；3. 教育部门在20个工作日内确定安置学校并短信通知；4. 按通知时间到学校办理入学手续。',
      howToApplyEn:
        '1. Apply in the “School places” section of i海归 between April and June (transfers any time); 2. Upload your talent recognition or returnee certificate, household register or passport, the child’s birth certificate and proof of work in Xiamen; 3. The education bureau assigns a school within 20 working days and notifies you by SMS; 4. Enrol at the school on the date given.',
      contact: '厦门市教育局基础教育处 0592-5550163',
      criteria: [
        { kind: 'degreeAtLeast', degree: 'master' },
        {
          kind: 'overseasBackground',
          accepts: ['studied_abroad', 'foreign_national'],
          noteZh: '已取得高层次人才认定的，不受海外背景限制',
          noteEn: 'Recognised high-level talent qualify regardless of overseas background',
        },
      ],
    },
  },
  {
    key: 'talent-healthcare-green-channel',
    status: 'published',
    publishedDaysAgo: 120,
    input: {
      title: '高层次人才医疗保健绿色通道',
      titleEn: 'Healthcare Green Channel for High-Level Talent',
      issuer: '厦门市卫生健康委员会',
      issuerEn: 'Xiamen Municipal Health Commission',
      region: 'citywide',
      category: 'healthcare',
      targetGroups: ['high_level', 'foreign_talent'],
      amountMin: null,
      amountMax: null,
      amountPeriod: 'once',
      validFrom: '2024-03-01',
      validTo: null,
      sourceUrl: null,
      summary:
        '持厦门人才卡的高层次人才可在全市三级医院享受预约挂号、专人陪诊和年度健康体检等服务，外籍人才可使用国际医疗部英语服务。',
      summaryEn:
        'High-level talent holding a Xiamen Talent Card get priority appointments, an escort service and a yearly health check at the city’s tertiary hospitals; foreign talent can use English-speaking international clinics.',
      body: `<p>全市各三级医院设立高层次人才服务窗口，为持厦门人才卡的人才提供便捷的医疗保健服务。</p>
<ul>
<li>门诊预约挂号优先安排，住院床位优先调配；</li>
<li>由专人陪同就诊，检查检验结果可在线查询；</li>
<li>每年安排一次免费健康体检，A类至C类人才的配偶可同时参加；</li>
<li>外籍人才可在国际医疗部就诊，提供英语接诊和商业保险直付服务。</li>
</ul>`,
      bodyEn: `<p>Every tertiary hospital in Xiamen has a service desk for high-level talent holding a Xiamen Talent Card.</p>
<ul>
<li>Priority outpatient appointments and priority for hospital beds;</li>
<li>A staff member accompanies you through the visit; test results are available online;</li>
<li>A free health check every year; spouses of Tier A–C talent may join;</li>
<li>Foreign talent can use the international clinics, with English-speaking doctors and direct billing of commercial insurance.</li>
</ul>`,
      howToApply:
        '1. 取得高层次人才认定并领取厦门人才卡；2. 就诊前通过“i海归”或医院公众号的人才专区预约，或拨打人才服务热线；3. 就诊时出示厦门人才卡和身份证件；4. 年度体检在每年3月至11月间通过平台预约。',
      howToApplyEn:
        '1. Be recognised as high-level talent and collect your Xiamen Talent Card; 2. Book through the talent section of i海归 or the hospital’s WeChat account, or call the talent hotline; 3. Show your Talent Card and ID at the hospital; 4. Book the yearly health check on the platform between March and November.',
      contact: '厦门市人才服务热线 0592-5550170',
      criteria: [
        {
          kind: 'degreeAtLeast',
          degree: 'phd',
          noteZh: '须持有有效的高层次人才认定证明或厦门人才卡',
          noteEn: 'You need a valid high-level talent recognition or a Xiamen Talent Card',
        },
      ],
    },
  },
  {
    key: 'high-level-income-tax-reward',
    status: 'published',
    publishedDaysAgo: 190,
    input: {
      title: '高层次人才和急需紧缺人才个人所得税贡献奖励',
      titleEn: 'Income-Tax Contribution Reward for High-Level and Scarce Talent',
      issuer: '厦门市财政局',
      issuerEn: 'Xiamen Municipal Finance Bureau',
      region: 'citywide',
      category: 'tax',
      targetGroups: ['high_level', 'foreign_talent', 'returnee'],
      amountMin: 10_000,
      amountMax: 500_000,
      amountPeriod: 'yearly',
      validFrom: '2025-01-01',
      validTo: '2027-12-31',
      sourceUrl: null,
      summary:
        '在厦全职工作的高层次人才和重点产业急需紧缺人才，按其上一年度在厦缴纳工资薪金个人所得税地方留成部分给予奖励，每人每年最高50万元。',
      summaryEn:
        'High-level and scarce talent working full-time in Xiamen are rewarded each year with the local share of the income tax paid on their salary in the previous year, up to 500,000 yuan per person.',
      body: `<p>为提升人才薪酬竞争力，我市对在厦全职工作的高层次人才和重点产业急需紧缺人才实施个人所得税贡献奖励。</p>
<h3>奖励标准</h3>
<ul>
<li>按上一年度工资薪金所得个人所得税地方留成部分的80%给予奖励；</li>
<li>每人每年奖励不低于1万元、最高不超过50万元。</li>
</ul>
<h3>申报条件</h3>
<ul>
<li>具有硕士及以上学位，有3年以上海外学习或工作经历，或已取得高层次人才认定；</li>
<li>与在厦单位签订一年以上劳动合同，上一年度工资薪金收入不低于30万元。</li>
</ul>`,
      bodyEn: `<p>To keep Xiamen’s salaries competitive, high-level talent and scarce specialists in key industries who work full-time in the city receive an income-tax contribution reward.</p>
<h3>Amount</h3>
<ul>
<li>80% of the local share of last year’s income tax on salary;</li>
<li>At least 10,000 and at most 500,000 yuan per person per year.</li>
</ul>
<h3>Who can apply</h3>
<ul>
<li>A master’s degree or higher with at least 3 years of study or work abroad, or a high-level talent recognition;</li>
<li>A contract of at least one year with a Xiamen employer and a salary of at least 300,000 yuan last year.</li>
</ul>`,
      howToApply:
        '1. 每年4月1日至5月31日由用人单位在厦门人才服务平台集中申报；2. 上传劳动合同、上一年度个人所得税完税证明和学历学位证明；3. 财政、税务部门联合核定约30个工作日；4. 奖励资金于当年8月底前发放至个人账户。',
      howToApplyEn:
        '1. Your employer files the claim on the Xiamen talent service platform between 1 April and 31 May each year; 2. Upload your contract, last year’s income-tax certificate and degree certificates; 3. Finance and tax authorities verify the amount within about 30 working days; 4. The reward is paid to your account by the end of August.',
      contact: '厦门市人才服务中心 0592-5550148',
      criteria: [
        { kind: 'degreeAtLeast', degree: 'master' },
        { kind: 'yearsAbroadAtLeast', years: 3 },
        {
          kind: 'intent',
          intent: 'job',
          noteZh: '与在厦单位签订一年以上劳动合同，上年度工资薪金不低于30万元',
          noteEn: 'A contract of at least one year with a Xiamen employer and a salary of at least 300,000 yuan last year',
        },
      ],
    },
  },
  {
    key: 'returnee-research-merit-grant',
    status: 'published',
    publishedDaysAgo: 44,
    validToDaysFromSeed: 19,
    input: {
      title: '2026年度留学人员科技活动项目择优资助',
      titleEn: '2026 Merit-Based Grants for Returnees’ Research Projects',
      issuer: '厦门市人力资源和社会保障局',
      issuerEn: 'Xiamen Municipal Human Resources and Social Security Bureau',
      region: 'citywide',
      category: 'research_funding',
      targetGroups: ['returnee', 'high_level'],
      amountMin: 50_000,
      amountMax: 200_000,
      amountPeriod: 'once',
      validFrom: '2026-10-08',
      validTo: '2026-12-10',
      sourceUrl: 'https://hrss.xm.gov.cn/',
      summary:
        '面向回国工作不超过5年的留学人员，对其主持的科研和技术开发项目择优给予5万元至20万元资助，本年度申报截止2026年12月10日。',
      summaryEn:
        'Research and development projects led by returnees who came back within the last 5 years can receive 50,000 to 200,000 yuan. This year’s call closes on 10 December 2026.',
      body: `<p>为支持留学人员回国后尽快开展科研工作，市人社局组织开展2026年度留学人员科技活动项目择优资助申报。</p>
<h3>资助标准</h3>
<ul>
<li>重点项目资助20万元，一般项目资助5万元至10万元；</li>
<li>资助资金用于项目研发，须专款专用，项目周期一般为2年。</li>
</ul>
<h3>申报条件</h3>
<ul>
<li>具有海外硕士及以上学位，回国工作不超过5年，在厦企事业单位全职工作；</li>
<li>作为项目负责人主持科研或技术开发项目，项目具有创新性和应用前景。</li>
</ul>`,
      bodyEn: `<p>To help returnees get their research going quickly, the Human Resources and Social Security Bureau invites applications for the 2026 merit-based research grants.</p>
<h3>Grants</h3>
<ul>
<li>200,000 yuan for key projects, 50,000 to 100,000 yuan for general projects;</li>
<li>Funds must be spent on the project, which normally runs for 2 years.</li>
</ul>
<h3>Who can apply</h3>
<ul>
<li>Returnees with a master’s degree or higher from abroad who came back within the last 5 years and work full-time for a Xiamen employer;</li>
<li>The applicant leads an innovative research or development project with clear applications.</li>
</ul>`,
      howToApply:
        '1. 2026年12月10日前在“i海归”平台“科研资助”栏目提交项目申报书；2. 上传国外学历学位认证书、劳动合同、项目预算表及单位推荐意见；3. 市人社局组织专家评审，约40个工作日；4. 评审结果公示后签订项目任务书，资助资金一次性拨付至所在单位。',
      howToApplyEn:
        '1. Submit the project proposal in the “Research funding” section of i海归 by 10 December 2026; 2. Upload your overseas degree verification, employment contract, budget and your employer’s recommendation; 3. Expert review takes about 40 working days; 4. After public notice, sign the project agreement; the grant is paid in one sum to your employer.',
      contact: '厦门市人力资源和社会保障局人才开发处 0592-5550125',
      criteria: [
        { kind: 'overseasBackground', accepts: ['studied_abroad'] },
        { kind: 'degreeAtLeast', degree: 'master' },
        { kind: 'returnedWithinYears', years: 5 },
      ],
    },
  },
  {
    key: 'leading-talent-startup-programme',
    status: 'published',
    publishedDaysAgo: 240,
    input: {
      title: '厦门市“双百计划”领军型创业人才项目',
      titleEn: 'Xiamen “Double Hundred” Programme for Leading Entrepreneurial Talent',
      issuer: '中共厦门市委人才工作领导小组办公室',
      issuerEn: 'Talent Work Office of the CPC Xiamen Municipal Committee',
      region: 'citywide',
      category: 'startup_funding',
      targetGroups: ['high_level', 'returnee', 'foreign_talent'],
      amountMin: 1_000_000,
      amountMax: 5_000_000,
      amountPeriod: 'once',
      validFrom: '2025-04-01',
      validTo: '2027-12-31',
      sourceUrl: 'https://www.xm.gov.cn/',
      summary:
        '面向携带高新技术项目来厦创业的海外高层次人才，入选者可获100万元至500万元项目资助，并配套办公场地、股权投资和安居等支持。',
      summaryEn:
        'Overseas high-level talent who bring a high-tech project to Xiamen can receive project funding of 1 to 5 million yuan, plus premises, equity investment and housing support.',
      body: `<p>“双百计划”是我市引进海外高层次创业人才的重点项目，每年集中评审一次，重点支持我市战略性新兴产业领域的领军型创业团队。</p>
<h3>支持内容</h3>
<ul>
<li>按评审等次给予100万元、300万元或500万元项目资助；</li>
<li>提供最高300平方米办公或研发场地，三年内租金全免；</li>
<li>市级人才基金可按一定比例跟进股权投资，并协助对接银行人才贷产品；</li>
<li>入选者可直接认定为相应层次的高层次人才，享受安居、子女入学等待遇。</li>
</ul>
<h3>申报条件</h3>
<ul>
<li>具有硕士及以上学位，海外学习或工作3年以上，年龄一般不超过55周岁；</li>
<li>为企业创始人或第一大股东，项目属于我市重点发展的战略性新兴产业。</li>
</ul>`,
      bodyEn: `<p>The “Double Hundred” programme is Xiamen’s flagship scheme for overseas high-level entrepreneurs. It is reviewed once a year and backs leading founding teams in the city’s strategic emerging industries.</p>
<h3>What you get</h3>
<ul>
<li>Project funding of 1, 3 or 5 million yuan according to the review result;</li>
<li>Up to 300 square metres of office or lab space, rent-free for three years;</li>
<li>Follow-on equity investment from the city talent fund and introductions to banks’ talent loans;</li>
<li>Direct recognition as high-level talent of the matching tier, with housing and schooling benefits.</li>
</ul>
<h3>Who can apply</h3>
<ul>
<li>A master’s degree or higher, at least 3 years of study or work abroad, normally aged 55 or under;</li>
<li>The founder or largest shareholder of a company in one of the city’s strategic emerging industries.</li>
</ul>`,
      howToApply:
        '1. 每年5月至7月在“i海归”平台“双百计划”专栏提交申报书和商业计划书；2. 上传学历学位证明、海外工作证明、知识产权和融资情况材料；3. 经形式审查、行业初评、现场答辩和实地考察，全程约3个月；4. 入选名单公示后签订资助协议，资金按进度分三期拨付。',
      howToApplyEn:
        '1. Submit your application and business plan in the “Double Hundred” section of i海归 between May and July; 2. Upload degree certificates, proof of work abroad, IP and funding documents; 3. The process (eligibility check, industry review, pitch and site visit) takes about 3 months; 4. After public notice, sign the agreement; funding is paid in three instalments.',
      contact: '厦门市人才服务中心 0592-5550148',
      criteria: [
        { kind: 'degreeAtLeast', degree: 'master' },
        { kind: 'overseasBackground', accepts: ['studied_abroad', 'foreign_national'] },
        { kind: 'yearsAbroadAtLeast', years: 3 },
        { kind: 'ageAtMost', years: 55 },
        { kind: 'intent', intent: 'startup' },
        {
          kind: 'industryIn',
          industries: ['next_gen_it', 'ai', 'biomedicine', 'new_energy_materials', 'smart_manufacturing', 'semiconductor'],
        },
      ],
    },
  },
  {
    key: 'returnee-hukou-settlement',
    status: 'published',
    publishedDaysAgo: 500,
    input: {
      title: '留学回国人员落户便利办理',
      titleEn: 'Simplified Household Registration for Returnees',
      issuer: '厦门市公安局',
      issuerEn: 'Xiamen Municipal Public Security Bureau',
      region: 'citywide',
      category: 'visa_residence',
      targetGroups: ['returnee'],
      amountMin: null,
      amountMax: null,
      amountPeriod: 'once',
      validFrom: '2021-01-01',
      validTo: null,
      sourceUrl: null,
      summary:
        '具有国外学士及以上学位的留学回国人员来厦工作或创业，可凭学历学位认证直接申请落户，配偶和未成年子女可随迁。',
      summaryEn:
        'Returnees with a bachelor’s degree or higher from abroad who work or start a business in Xiamen can register as residents directly on the strength of their degree verification; spouse and minor children can register with them.',
      body: `<p>为便利留学人员来厦发展，我市对留学回国人员实行落户“零门槛”办理。</p>
<ul>
<li>凭教育部留学服务中心出具的国外学历学位认证书即可申请落户，不设社保缴纳年限要求；</li>
<li>可落户至工作单位集体户、人才集体户或本人合法产权住房；</li>
<li>配偶及未成年子女可同时申请随迁；</li>
<li>全程网上办理，材料齐全的5个工作日内办结。</li>
</ul>`,
      bodyEn: `<p>Xiamen has no threshold for returnees who want to register as residents.</p>
<ul>
<li>The overseas degree verification from the Chinese Service Center for Scholarly Exchange is enough; no minimum period of social insurance is required;</li>
<li>You can register under your employer’s collective household, the talent collective household or a home you own;</li>
<li>Your spouse and minor children can apply at the same time;</li>
<li>Everything is done online; complete applications are processed within 5 working days.</li>
</ul>`,
      howToApply:
        '1. 在“i海归”平台或公安“一网通办”提交落户申请；2. 上传身份证、户口簿、国外学历学位认证书及劳动合同或营业执照；3. 户籍部门5个工作日内审核；4. 审核通过后凭准迁证明到落户地派出所办理入户。',
      howToApplyEn:
        '1. Apply on i海归 or the police online service; 2. Upload your ID card, household register, overseas degree verification and employment contract or business licence; 3. The registration office reviews within 5 working days; 4. Take the transfer permit to the local police station to complete registration.',
      contact: '厦门市公安局户政服务热线 0592-5550181',
      criteria: [
        { kind: 'overseasBackground', accepts: ['studied_abroad'] },
        { kind: 'degreeAtLeast', degree: 'bachelor' },
      ],
    },
  },
  {
    key: 'brics-talent-programme',
    status: 'published',
    publishedDaysAgo: 160,
    input: {
      title: '厦门金砖创新基地国际化人才合作项目资助',
      titleEn: 'Xiamen BRICS Innovation Base: Grants for International Talent Cooperation Projects',
      issuer: '厦门市金砖创新基地建设领导小组办公室',
      issuerEn: 'Office of the Leading Group for the Xiamen BRICS Innovation Base',
      region: 'citywide',
      category: 'research_funding',
      targetGroups: ['returnee', 'foreign_talent', 'high_level'],
      amountMin: 100_000,
      amountMax: 300_000,
      amountPeriod: 'once',
      validFrom: '2025-06-01',
      validTo: '2027-12-31',
      sourceUrl: null,
      summary:
        '支持留学人才和外籍人才围绕金砖及“金砖+”国家开展技术合作、联合研发和人才交流，入选项目给予10万元至30万元资助。',
      summaryEn:
        'Returnees and foreign talent running technology, joint research or exchange projects with BRICS and “BRICS+” countries can receive 100,000 to 300,000 yuan.',
      body: `<p>为推进厦门金砖创新基地建设，深化与金砖及“金砖+”国家的人才交流合作，设立国际化人才合作项目资助。</p>
<h3>支持方向</h3>
<ul>
<li>与金砖国家高校、科研机构或企业开展联合研发、技术转移的项目；</li>
<li>通过“金砖人才赛道”等活动引进落地的留学人才项目；</li>
<li>面向金砖国家市场的新工业革命领域应用项目。</li>
</ul>
<h3>资助标准</h3>
<p>经评审给予10万元至30万元一次性资助，优先支持新一代信息技术、人工智能、新能源新材料、智能制造等领域。</p>`,
      bodyEn: `<p>To build the Xiamen BRICS Innovation Base and deepen talent cooperation with BRICS and “BRICS+” countries, the city funds international talent cooperation projects.</p>
<h3>What is funded</h3>
<ul>
<li>Joint research or technology transfer with universities, institutes or companies in BRICS countries;</li>
<li>Returnee projects brought to Xiamen through the BRICS talent track and similar events;</li>
<li>Applications of new industrial technologies aimed at BRICS markets.</li>
</ul>
<h3>Amount</h3>
<p>A one-off grant of 100,000 to 300,000 yuan after review, with priority for next-generation IT, AI, new energy and materials and smart manufacturing.</p>`,
      howToApply:
        '1. 在“i海归”平台“金砖人才合作”栏目提交项目申报书（中英文均可）；2. 上传合作协议或意向书、学历学位证明和项目预算；3. 领导小组办公室组织专家评审，约30个工作日；4. 公示后签订协议，资助资金一次性拨付。',
      howToApplyEn:
        '1. Submit the proposal (Chinese or English) in the “BRICS talent cooperation” section of i海归; 2. Upload the cooperation agreement or letter of intent, degree certificates and budget; 3. Expert review takes about 30 working days; 4. After public notice, sign the agreement; the grant is paid in one sum.',
      contact: `${CENTER} 0592-5550101`,
      criteria: [
        {
          kind: 'overseasBackground',
          accepts: ['studied_abroad', 'foreign_national'],
          noteZh: '项目须与金砖或“金砖+”国家开展技术、人才或市场合作',
          noteEn: 'The project must involve technology, talent or market cooperation with BRICS or “BRICS+” countries',
        },
        { kind: 'degreeAtLeast', degree: 'master' },
        {
          kind: 'industryIn',
          industries: ['next_gen_it', 'ai', 'new_energy_materials', 'smart_manufacturing', 'biomedicine', 'iot'],
        },
      ],
    },
  },
  {
    key: 'returnee-loan-interest-subsidy',
    status: 'published',
    publishedDaysAgo: 270,
    input: {
      title: '留学人员创业企业贷款贴息',
      titleEn: 'Loan Interest Subsidy for Returnee-Founded Companies',
      issuer: '厦门市科学技术局',
      issuerEn: 'Xiamen Municipal Science and Technology Bureau',
      region: 'citywide',
      category: 'startup_funding',
      targetGroups: ['returnee'],
      amountMin: null,
      amountMax: 300_000,
      amountPeriod: 'yearly',
      validFrom: '2024-07-01',
      validTo: '2028-06-30',
      sourceUrl: 'https://kjj.xm.gov.cn/',
      summary:
        '留学人员创办的企业使用银行“人才贷”“科技贷”等贷款的，按实际支付利息的50%给予贴息，每家企业每年最高30万元。',
      summaryEn:
        'Returnee-founded companies with bank talent or technology loans get half of the interest paid reimbursed, up to 300,000 yuan per company per year.',
      body: `<p>为缓解留学人员企业创业初期融资难、融资贵的问题，对其使用银行贷款给予贴息支持。</p>
<ul>
<li>按上一年度实际支付贷款利息的50%给予贴息，每家企业每年最高30万元，最长支持3年；</li>
<li>适用于合作银行发放的“人才贷”“科技贷”“知识产权质押贷”等产品；</li>
<li>留学人员须为企业法定代表人或第一大股东；</li>
<li>已享受其他同类财政贴息的贷款，不重复支持。</li>
</ul>`,
      bodyEn: `<p>To make early-stage financing cheaper for returnee founders, Xiamen subsidises the interest on their bank loans.</p>
<ul>
<li>Half of the interest paid last year is reimbursed, up to 300,000 yuan per company per year, for at most 3 years;</li>
<li>Covers talent loans, technology loans and IP-backed loans from partner banks;</li>
<li>The returnee must be the legal representative or largest shareholder;</li>
<li>Loans already receiving another public interest subsidy are excluded.</li>
</ul>`,
      howToApply:
        '1. 每年3月在“i海归”平台“贷款贴息”栏目在线申报；2. 上传借款合同、银行付息凭证、营业执照和股东信息；3. 市科技局会同合作银行核实，约20个工作日；4. 贴息资金于6月底前拨付至企业账户。',
      howToApplyEn:
        '1. Apply in the “Loan interest subsidy” section of i海归 each March; 2. Upload the loan contract, interest receipts, business licence and shareholder details; 3. The bureau checks with the bank, about 20 working days; 4. The subsidy is paid to the company by the end of June.',
      contact: '厦门市科学技术局人才与合作处 0592-5550112',
      criteria: [
        { kind: 'overseasBackground', accepts: ['studied_abroad'] },
        { kind: 'intent', intent: 'startup' },
      ],
    },
  },

  // ───────────────────────────── graduates and young talent ─────────────────────────────
  {
    key: 'graduate-employment-allowance',
    status: 'published',
    publishedDaysAgo: 100,
    input: {
      title: '高校毕业生留厦就业生活补贴',
      titleEn: 'Living Allowance for Graduates Who Take a Job in Xiamen',
      issuer: '厦门市人力资源和社会保障局',
      issuerEn: 'Xiamen Municipal Human Resources and Social Security Bureau',
      region: 'citywide',
      category: 'employment',
      targetGroups: ['young_talent', 'returnee', 'intl_graduate'],
      amountMin: 1_000,
      amountMax: 2_500,
      amountPeriod: 'monthly',
      validFrom: '2024-06-01',
      validTo: '2027-12-31',
      sourceUrl: 'https://hrss.xm.gov.cn/',
      summary:
        '毕业2年内来厦就业的本科及以上毕业生（含留学回国毕业生），按学历每月发放1000元至2500元生活补贴，最长36个月。',
      summaryEn:
        'Graduates with a bachelor’s degree or higher (including those from universities abroad) who take a job in Xiamen within 2 years of graduating get 1,000 to 2,500 yuan a month, by degree, for up to 36 months.',
      body: `<p>为吸引高校毕业生留厦来厦就业，我市在“留厦六条”等措施基础上，对新就业的高校毕业生发放生活补贴。</p>
<h3>补贴标准</h3>
<ul>
<li>本科每月1000元，硕士每月1500元，博士每月2500元；</li>
<li>按月发放，最长36个月，留学回国毕业生同等享受。</li>
</ul>
<h3>申领条件</h3>
<ul>
<li>毕业不超过2年，与在厦用人单位签订一年以上劳动合同并连续缴纳社保；</li>
<li>在我国境内高校毕业的外籍毕业生在厦就业的，按规定纳入支持范围。</li>
</ul>`,
      bodyEn: `<p>Building on the “Six Measures” for keeping graduates in Xiamen, new graduates who start work in the city receive a monthly living allowance.</p>
<h3>Amounts</h3>
<ul>
<li>1,000 yuan a month with a bachelor’s, 1,500 with a master’s, 2,500 with a PhD;</li>
<li>Paid monthly for up to 36 months; graduates of universities abroad are treated the same.</li>
</ul>
<h3>Who can apply</h3>
<ul>
<li>Graduated within the last 2 years, with a contract of at least one year with a Xiamen employer and continuous social insurance;</li>
<li>Foreign graduates of Chinese universities working in Xiamen are included under the applicable rules.</li>
</ul>`,
      howToApply:
        '1. 入职并缴纳社保满3个月后，在“i海归”或厦门人才服务平台“毕业生补贴”栏目申请；2. 上传毕业证书、学位证书（留学生需学历学位认证）和劳动合同；3. 人社部门每季度集中审核，约15个工作日；4. 审核通过后按月发放至本人社保卡银行账户。',
      howToApplyEn:
        '1. After 3 months of work and social insurance, apply in the “Graduate allowance” section of i海归 or the Xiamen talent service platform; 2. Upload graduation and degree certificates (degree verification for overseas degrees) and your contract; 3. Applications are reviewed quarterly, in about 15 working days; 4. The allowance is paid monthly to the bank account linked to your social security card.',
      contact: '厦门市人才服务中心 0592-5550148',
      criteria: [
        { kind: 'degreeAtLeast', degree: 'bachelor' },
        { kind: 'graduatedWithinYears', years: 2 },
        { kind: 'intent', intent: 'job' },
      ],
    },
  },
  {
    key: 'phd-research-startup-grant',
    status: 'published',
    publishedDaysAgo: 230,
    input: {
      title: '新引进博士科研启动经费资助',
      titleEn: 'Research Start-Up Grants for Newly Recruited PhDs',
      issuer: '厦门市科学技术局',
      issuerEn: 'Xiamen Municipal Science and Technology Bureau',
      region: 'citywide',
      category: 'research_funding',
      targetGroups: ['high_level', 'young_talent', 'returnee'],
      amountMin: 50_000,
      amountMax: 200_000,
      amountPeriod: 'once',
      validFrom: '2025-01-01',
      validTo: '2027-12-31',
      sourceUrl: 'https://kjj.xm.gov.cn/',
      summary:
        '毕业5年内、新到厦门企事业单位全职工作的博士，可申请5万元至20万元科研启动经费，海外博士优先支持。',
      summaryEn:
        'PhDs who graduated within the last 5 years and newly join a Xiamen employer full-time can apply for 50,000 to 200,000 yuan of research start-up funding; PhDs from abroad have priority.',
      body: `<p>为帮助新引进博士尽快开展科研工作，对其在厦开展的首个科研项目给予启动经费资助。</p>
<ul>
<li>在企业全职工作的博士，资助10万元至20万元，企业按不低于1:1比例配套；</li>
<li>在高校、科研院所和医疗机构工作的博士，资助5万元至10万元；</li>
<li>取得海外博士学位的，同等条件下优先支持；</li>
<li>项目周期2年，结题验收合格后可申请市级科技计划项目滚动支持。</li>
</ul>`,
      bodyEn: `<p>To help newly recruited PhDs start research quickly, Xiamen funds their first research project in the city.</p>
<ul>
<li>PhDs working full-time in a company: 100,000 to 200,000 yuan, matched at least 1:1 by the company;</li>
<li>PhDs at universities, institutes and hospitals: 50,000 to 100,000 yuan;</li>
<li>PhDs from universities abroad have priority when applications are equal;</li>
<li>Projects run for 2 years; after acceptance you can apply for follow-on city science funding.</li>
</ul>`,
      howToApply:
        '1. 入职后1年内在“i海归”平台“科研资助”栏目申报；2. 上传博士学位证书（海外学位需认证）、劳动合同、项目申报书和单位配套承诺；3. 市科技局每半年集中评审一次；4. 立项后经费一次性拨付至用人单位，按项目管理办法使用。',
      howToApplyEn:
        '1. Apply within a year of starting work, in the “Research funding” section of i海归; 2. Upload your PhD certificate (verified if from abroad), contract, project proposal and your employer’s matching commitment; 3. Reviews are held twice a year; 4. Funding is paid to your employer in one sum and managed under the project rules.',
      contact: '厦门市科学技术局人才与合作处 0592-5550112',
      criteria: [
        { kind: 'degreeAtLeast', degree: 'phd' },
        { kind: 'graduatedWithinYears', years: 5 },
        {
          kind: 'intent',
          intent: 'job',
          noteZh: '须在厦企事业单位全职工作',
          noteEn: 'You must work full-time for an employer in Xiamen',
        },
      ],
    },
  },
  {
    key: 'postdoc-station-funding',
    status: 'published',
    publishedDaysAgo: 330,
    input: {
      title: '博士后进站生活补贴与科研资助',
      titleEn: 'Living Allowance and Research Funding for Postdoctoral Researchers',
      issuer: '厦门市人力资源和社会保障局',
      issuerEn: 'Xiamen Municipal Human Resources and Social Security Bureau',
      region: 'citywide',
      category: 'research_funding',
      targetGroups: ['young_talent', 'high_level', 'returnee'],
      amountMin: null,
      amountMax: 100_000,
      amountPeriod: 'yearly',
      validFrom: '2024-01-01',
      validTo: null,
      sourceUrl: 'https://hrss.xm.gov.cn/',
      summary:
        '进入我市博士后科研工作站、创新实践基地或高校流动站的博士后，在站期间每人每年给予10万元生活补贴，出站留厦另有安家支持。',
      summaryEn:
        'Postdocs at a Xiamen postdoctoral workstation, innovation practice base or university station receive a living allowance of 100,000 yuan a year while in post, with further settling-in support if they stay in Xiamen afterwards.',
      body: `<p>博士后是我市青年科研人才的重要来源。为吸引优秀博士来厦从事博士后研究，实施以下支持措施。</p>
<ul>
<li>在站期间每人每年发放生活补贴10万元，最长2年；</li>
<li>设站单位每招收一名博士后，给予日常经费资助；</li>
<li>出站后留厦工作满3年的，可按规定申请安家补贴并认定相应层次人才；</li>
<li>具有海外博士学位的博士后，可优先推荐申报国家和省级博士后资助项目。</li>
</ul>`,
      bodyEn: `<p>Postdocs are a key source of young researchers for Xiamen. To attract strong PhDs, the city offers the following.</p>
<ul>
<li>A living allowance of 100,000 yuan a year while in post, for up to 2 years;</li>
<li>Running-cost support for host institutions for each postdoc recruited;</li>
<li>Postdocs who stay in Xiamen for 3 years after completion can apply for a settling-in allowance and talent recognition;</li>
<li>Postdocs with a PhD from abroad are nominated first for national and provincial postdoc grants.</li>
</ul>`,
      howToApply:
        '1. 与设站单位确定进站意向后，由单位通过博士后管理系统办理进站；2. 进站后在“i海归”平台“博士后资助”栏目申请生活补贴，上传进站通知书、博士学位证书和身份证明；3. 人社部门每季度审核一次；4. 补贴按季度发放至本人账户。',
      howToApplyEn:
        '1. Agree on a position with a host institution, which registers you in the postdoc management system; 2. Once in post, apply for the allowance in the “Postdoc funding” section of i海归 with your admission notice, PhD certificate and ID; 3. Applications are reviewed quarterly; 4. The allowance is paid to your account every quarter.',
      contact: '厦门市博士后管理办公室 0592-5550192',
      criteria: [
        { kind: 'degreeAtLeast', degree: 'phd' },
        { kind: 'graduatedWithinYears', years: 3 },
        {
          kind: 'ageAtMost',
          years: 40,
          noteZh: '一般不超过35周岁，具有海外博士学位或特别优秀的可放宽至40周岁',
          noteEn: 'Normally 35 or under; up to 40 for PhDs from abroad or exceptional candidates',
        },
      ],
    },
  },
  {
    key: 'graduate-startup-grant',
    status: 'published',
    publishedDaysAgo: 140,
    input: {
      title: '在厦高校毕业生自主创业补贴',
      titleEn: 'Startup Subsidy for Graduates of Universities in Xiamen',
      issuer: '厦门市人力资源和社会保障局',
      issuerEn: 'Xiamen Municipal Human Resources and Social Security Bureau',
      region: 'citywide',
      category: 'employment',
      targetGroups: ['young_talent', 'intl_graduate'],
      amountMin: 10_000,
      amountMax: 30_000,
      amountPeriod: 'once',
      validFrom: '2025-01-01',
      validTo: '2027-12-31',
      sourceUrl: 'https://hrss.xm.gov.cn/',
      summary:
        '毕业5年内的国内高校毕业生（含外籍毕业生）在厦首次创办企业，给予1万元一次性创业补贴，吸纳就业的另给予最高2万元带动就业补贴。',
      summaryEn:
        'Graduates of Chinese universities (foreign graduates included) who found their first company in Xiamen within 5 years of graduating get a one-off 10,000 yuan subsidy, plus up to 20,000 yuan more if they hire staff.',
      body: `<p>为鼓励高校毕业生以创业带动就业，对在厦首次创业的高校毕业生给予创业补贴。</p>
<ul>
<li>一次性创业补贴1万元；</li>
<li>创办企业吸纳就业并缴纳社保满6个月的，每吸纳1人补贴2000元，最高2万元；</li>
<li>可入驻市、区创业孵化基地，享受免费工位和创业导师服务；</li>
<li>在我国境内高校取得学历的外籍毕业生在厦创业的，同等享受。</li>
</ul>`,
      bodyEn: `<p>To encourage graduates to create jobs by starting companies, Xiamen supports first-time graduate founders.</p>
<ul>
<li>A one-off startup subsidy of 10,000 yuan;</li>
<li>2,000 yuan for each employee with 6 months of social insurance, up to 20,000 yuan;</li>
<li>Free desks and mentoring in city and district incubators;</li>
<li>Foreign graduates of Chinese universities who start up in Xiamen are treated the same.</li>
</ul>`,
      howToApply:
        '1. 企业正常经营满6个月后，在“i海归”或厦门人才服务平台“创业补贴”栏目申请；2. 上传毕业证书、营业执照、经营场所证明及员工社保缴纳记录；3. 区人社部门审核，约15个工作日；4. 补贴拨付至企业对公账户。',
      howToApplyEn:
        '1. After 6 months of operation, apply in the “Startup subsidy” section of i海归 or the Xiamen talent service platform; 2. Upload your graduation certificate, business licence, proof of premises and staff social insurance records; 3. The district bureau reviews within about 15 working days; 4. The subsidy is paid to the company account.',
      contact: '厦门市创业指导服务中心 0592-5550157',
      criteria: [
        { kind: 'chineseUniversityDegree' },
        { kind: 'graduatedWithinYears', years: 5 },
        { kind: 'intent', intent: 'startup' },
      ],
    },
  },
  {
    key: 'returnee-traineeship-subsidy',
    status: 'published',
    publishedDaysAgo: 60,
    input: {
      title: '留学人员就业见习补贴',
      titleEn: 'Traineeship Allowance for Overseas-Educated Graduates',
      issuer: '厦门市人力资源和社会保障局',
      issuerEn: 'Xiamen Municipal Human Resources and Social Security Bureau',
      region: 'citywide',
      category: 'employment',
      targetGroups: ['returnee', 'intl_graduate', 'young_talent'],
      amountMin: 2_000,
      amountMax: 2_600,
      amountPeriod: 'monthly',
      validFrom: '2025-03-01',
      validTo: '2027-12-31',
      sourceUrl: null,
      summary:
        '毕业2年内的留学回国人员和国际留学生到我市见习基地参加3至12个月就业见习，每月可获2000元至2600元见习补贴。',
      summaryEn:
        'Returnees and international students who graduated within the last 2 years can join a 3–12 month traineeship at a Xiamen traineeship base and receive 2,000 to 2,600 yuan a month.',
      body: `<p>依托“留学生创新创业实习基地”及各级就业见习基地，为留学人员提供岗位见习机会，帮助其熟悉国内职场、尽快实现就业。</p>
<ul>
<li>见习期3至12个月，见习期间每月发放2000元至2600元见习补贴；</li>
<li>见习单位为见习人员购买意外伤害保险；</li>
<li>见习期满被见习单位留用的，单位可获得一次性留用奖励；</li>
<li>外籍留学生参加见习的，出入境部门提供实习居留便利。</li>
</ul>`,
      bodyEn: `<p>Through the international students’ internship base and other traineeship bases, overseas-educated graduates get work placements to learn the Chinese workplace and find a job sooner.</p>
<ul>
<li>Traineeships last 3 to 12 months, with an allowance of 2,000 to 2,600 yuan a month;</li>
<li>The host company provides accident insurance;</li>
<li>Hosts that keep the trainee on receive a one-off retention bonus;</li>
<li>Foreign students get help with residence arrangements for their internship.</li>
</ul>`,
      howToApply:
        '1. 在“i海归”平台“见习岗位”栏目浏览岗位并投递；2. 与见习单位签订见习协议后，由单位在平台提交备案；3. 上传毕业证书或在读证明、学历认证及身份证件；4. 见习补贴由人社部门按月拨付给见习单位，再由单位发放给本人。',
      howToApplyEn:
        '1. Browse and apply for placements in the “Traineeships” section of i海归; 2. After you sign a traineeship agreement, the host registers it on the platform; 3. Upload your graduation certificate or student status, degree verification and ID; 4. The allowance is paid monthly to the host, which passes it on to you.',
      contact: `${CENTER} 0592-5550101`,
      criteria: [
        { kind: 'overseasBackground', accepts: ['studied_abroad', 'foreign_national'] },
        { kind: 'graduatedWithinYears', years: 2 },
        { kind: 'intent', intent: 'job' },
      ],
    },
  },
  {
    key: 'young-talent-housing',
    status: 'published',
    publishedDaysAgo: 180,
    input: {
      title: '青年人才租房补贴',
      titleEn: 'Rent Subsidy for Young Talent',
      issuer: '厦门市住房保障和房屋管理局',
      issuerEn: 'Xiamen Municipal Housing Security and Management Bureau',
      region: 'citywide',
      category: 'housing',
      targetGroups: ['young_talent'],
      amountMin: 500,
      amountMax: 1_500,
      amountPeriod: 'monthly',
      validFrom: '2024-01-01',
      validTo: '2027-12-31',
      sourceUrl: null,
      summary:
        '35周岁以下、本科及以上学历、在厦无自有住房的青年人才，按学历每月发放500元至1500元租房补贴，最长3年，也可申请保障性租赁住房。',
      summaryEn:
        'Young talent aged 35 or under with a bachelor’s degree or higher and no home in Xiamen get 500 to 1,500 yuan a month in rent subsidy, by degree, for up to 3 years, or may apply for affordable rental housing.',
      body: `<p>为减轻青年人才在厦住房负担，对新就业、新创业的青年人才发放租房补贴。</p>
<h3>补贴标准</h3>
<ul>
<li>本科每月500元，硕士每月1000元，博士每月1500元；</li>
<li>按季度发放，最长3年。</li>
</ul>
<h3>申请条件</h3>
<ul>
<li>年龄不超过35周岁，具有本科及以上学历；</li>
<li>在厦就业或创业并缴纳社保，本人及配偶在厦无自有住房。</li>
</ul>`,
      bodyEn: `<p>To ease housing costs for young people who start work or a business in Xiamen, the city pays a rent subsidy.</p>
<h3>Amounts</h3>
<ul>
<li>500 yuan a month with a bachelor’s, 1,000 with a master’s, 1,500 with a PhD;</li>
<li>Paid quarterly for up to 3 years.</li>
</ul>
<h3>Who can apply</h3>
<ul>
<li>Aged 35 or under, with a bachelor’s degree or higher;</li>
<li>Working or running a business in Xiamen with social insurance, and neither you nor your spouse owns a home in Xiamen.</li>
</ul>`,
      howToApply:
        '1. 在“i海归”或厦门人才服务平台“租房补贴”栏目提交申请；2. 上传身份证、学历学位证书、劳动合同或营业执照及不动产查询结果；3. 住房保障部门每月集中审核，约15个工作日；4. 审核通过后按季度发放至本人银行账户。',
      howToApplyEn:
        '1. Apply in the “Rent subsidy” section of i海归 or the Xiamen talent service platform; 2. Upload your ID, degree certificates, contract or business licence and a property search; 3. Applications are reviewed monthly, in about 15 working days; 4. The subsidy is paid quarterly to your bank account.',
      contact: '厦门市住房保障服务中心 0592-5550176',
      criteria: [
        { kind: 'ageAtMost', years: 35 },
        { kind: 'degreeAtLeast', degree: 'bachelor' },
      ],
    },
  },
  {
    key: 'new-returnee-settling-grant',
    status: 'published',
    publishedDaysAgo: 90,
    input: {
      title: '新回国留学人员来厦一次性生活补助',
      titleEn: 'One-Off Settling-In Grant for Newly Returned Graduates',
      issuer: '厦门市人力资源和社会保障局',
      issuerEn: 'Xiamen Municipal Human Resources and Social Security Bureau',
      region: 'citywide',
      category: 'housing',
      targetGroups: ['returnee', 'young_talent'],
      amountMin: 10_000,
      amountMax: 30_000,
      amountPeriod: 'once',
      validFrom: '2025-01-01',
      validTo: '2027-12-31',
      sourceUrl: null,
      summary:
        '回国1年内来厦全职工作或创业的海外硕士、博士，给予1万元至3万元一次性生活补助，帮助其度过初到厦门的安家阶段。',
      summaryEn:
        'Returnees with a master’s or PhD from abroad who come to work or start a business in Xiamen within a year of returning receive a one-off grant of 10,000 to 30,000 yuan to help them settle in.',
      body: `<p>为帮助刚回国的留学人员尽快在厦安家，对新来厦的海外硕士、博士发放一次性生活补助。</p>
<ul>
<li>海外硕士1万元，海外博士3万元；</li>
<li>须在回国后1年内与在厦单位签订劳动合同或在厦注册企业；</li>
<li>每人限享受一次，与青年人才租房补贴可同时申请；</li>
<li>补助免予缴纳个人所得税的情形按税务部门规定执行。</li>
</ul>`,
      bodyEn: `<p>To help newly returned graduates set up home in Xiamen, the city pays a one-off grant to holders of a master’s or PhD from abroad.</p>
<ul>
<li>10,000 yuan for a master’s, 30,000 yuan for a PhD;</li>
<li>You must sign a contract with a Xiamen employer or register a company in Xiamen within a year of returning;</li>
<li>Once per person; it can be combined with the young talent rent subsidy;</li>
<li>Tax treatment follows the rules of the tax authority.</li>
</ul>`,
      howToApply:
        '1. 在“i海归”平台“新回国人员补助”栏目在线申请；2. 上传护照出入境记录、国外学历学位认证书、劳动合同或营业执照；3. 人社部门审核，约10个工作日；4. 补助一次性发放至本人银行账户。',
      howToApplyEn:
        '1. Apply in the “New returnee grant” section of i海归; 2. Upload your passport entry records, overseas degree verification and contract or business licence; 3. Review takes about 10 working days; 4. The grant is paid in one sum to your bank account.',
      contact: `${CENTER} 0592-5550101`,
      criteria: [
        { kind: 'overseasBackground', accepts: ['studied_abroad'] },
        { kind: 'returnedWithinYears', years: 1 },
        { kind: 'degreeAtLeast', degree: 'master' },
      ],
    },
  },

  // ───────────────────────────── foreign talent ─────────────────────────────
  {
    key: 'foreign-talent-permit-one-window',
    status: 'published',
    publishedDaysAgo: 400,
    input: {
      title: '外籍人才工作许可与居留许可“一窗办理”',
      titleEn: 'One-Window Service for Foreign Talent Work and Residence Permits',
      issuer: '厦门市公安局出入境管理局',
      issuerEn: 'Exit-Entry Administration of the Xiamen Public Security Bureau',
      region: 'citywide',
      category: 'visa_residence',
      targetGroups: ['foreign_talent', 'intl_graduate'],
      amountMin: null,
      amountMax: null,
      amountPeriod: 'once',
      validFrom: '2020-01-01',
      validTo: null,
      sourceUrl: null,
      summary:
        '依托软件园一期的厦门市外国人才服务站和移民事务服务站，外籍人才的外国人工作许可和工作类居留许可可一窗受理、并联办理。',
      summaryEn:
        'At the Xiamen Foreign Talent Service Station and the immigration service station in Software Park Phase I, foreign talent can apply for the work permit and the work-type residence permit at one window, processed in parallel.',
      body: `<p>厦门市外国人才服务站自2019年底在软件园一期设立，与移民事务服务站联动，为外籍人才提供“一站式”出入境和工作许可服务。</p>
<ul>
<li>外国人工作许可和工作类居留许可“一窗受理、并联审批”，材料只交一次；</li>
<li>外国高端人才（A类）可申请最长5年的工作许可和居留许可；</li>
<li>在我国境内高校毕业的优秀外籍毕业生可按规定直接申请工作许可；</li>
<li>服务站提供线上咨询、就业辅导和文化沙龙等服务。</li>
</ul>`,
      bodyEn: `<p>The Xiamen Foreign Talent Service Station opened in Software Park Phase I at the end of 2019 and works with the immigration service station to offer foreign talent one-stop permit services.</p>
<ul>
<li>Work permits and work-type residence permits are accepted at one window and processed in parallel; documents are submitted once;</li>
<li>Top foreign talent (category A) can obtain work and residence permits for up to 5 years;</li>
<li>Outstanding foreign graduates of Chinese universities can apply for a work permit directly under the applicable rules;</li>
<li>The station also offers online advice, career guidance and cultural events.</li>
</ul>`,
      howToApply:
        '1. 由用人单位在外国人来华工作管理服务系统提交工作许可申请，同时在“i海归”预约服务站窗口；2. 携带护照、最高学位证书、无犯罪记录证明、体检证明及劳动合同到窗口一并提交；3. 工作许可一般10个工作日内办结，居留许可同步受理；4. 证件可选择窗口领取或邮寄。',
      howToApplyEn:
        '1. Your employer files the work permit in the national foreign-worker system while you book a window appointment on i海归; 2. Bring your passport, highest degree, criminal record certificate, medical report and contract to the window; 3. The work permit is usually issued within 10 working days and the residence permit is processed in parallel; 4. Collect the documents at the window or have them posted.',
      contact: '厦门市外国人才服务站 0592-5550136',
      criteria: [{ kind: 'overseasBackground', accepts: ['foreign_national'] }],
    },
  },

  // ───────────────────────────── district programmes ─────────────────────────────
  {
    key: 'jimei-talent-topup',
    status: 'published',
    publishedDaysAgo: 130,
    input: {
      title: '集美区高层次人才创新创业叠加扶持',
      titleEn: 'Jimei District Top-Up Support for High-Level Talent',
      issuer: '厦门市集美区人民政府',
      issuerEn: 'Jimei District People’s Government, Xiamen',
      region: 'jimei',
      category: 'talent_recognition',
      targetGroups: ['high_level', 'returnee'],
      amountMin: 100_000,
      amountMax: 300_000,
      amountPeriod: 'once',
      validFrom: '2025-03-01',
      validTo: '2027-12-31',
      sourceUrl: null,
      summary:
        '在集美区工作或创业、属于区重点产业领域的高层次人才，在市级待遇基础上再给予10万元至30万元区级叠加奖励。',
      summaryEn:
        'High-level talent working or running a company in Jimei in one of the district’s key industries receive a district top-up of 100,000 to 300,000 yuan on top of city benefits.',
      body: `<p>为打造集美区智能制造和新材料人才集聚区，区政府对落户集美的高层次人才给予叠加扶持。</p>
<ul>
<li>经市级认定的A类至C类人才，区级一次性奖励30万元；D类、E类人才奖励10万元至20万元；</li>
<li>人才创办的企业入驻区内园区的，三年内给予办公用房租金补贴；</li>
<li>支持领域为智能制造、新能源新材料、新一代信息技术和现代服务业；</li>
<li>区人才服务专员提供“一对一”政策兑现服务。</li>
</ul>`,
      bodyEn: `<p>To make Jimei a hub for smart manufacturing and new-materials talent, the district adds its own support for high-level talent who settle there.</p>
<ul>
<li>A one-off district award of 300,000 yuan for Tier A–C talent and 100,000 to 200,000 yuan for Tier D–E talent;</li>
<li>Office rent support for three years for companies they found in the district’s parks;</li>
<li>Covered industries: smart manufacturing, new energy and materials, next-generation IT and modern services;</li>
<li>A dedicated district officer helps each talent claim the benefits.</li>
</ul>`,
      howToApply:
        '1. 取得市级高层次人才认定后，在“i海归”平台选择“集美区叠加扶持”提交申请；2. 上传认定证明、劳动合同或营业执照及在集美区缴纳社保记录；3. 区委人才办审核，约20个工作日；4. 奖励资金拨付至本人账户。',
      howToApplyEn:
        '1. After your city-level recognition, choose “Jimei top-up” on i海归 and apply; 2. Upload the recognition certificate, contract or business licence and your Jimei social insurance record; 3. The district talent office reviews within about 20 working days; 4. The award is paid to your account.',
      contact: '集美区人才服务中心 0592-5550203',
      criteria: [
        { kind: 'districtIn', districts: ['jimei'] },
        { kind: 'industryIn', industries: ['smart_manufacturing', 'new_energy_materials', 'next_gen_it', 'modern_services'] },
        { kind: 'degreeAtLeast', degree: 'master' },
      ],
    },
  },
  {
    key: 'jimei-graduate-rental-subsidy',
    status: 'published',
    publishedDaysAgo: 70,
    input: {
      title: '集美区新引进硕博人才租房补贴',
      titleEn: 'Jimei District Rent Subsidy for New Master’s and PhD Graduates',
      issuer: '厦门市集美区人民政府',
      issuerEn: 'Jimei District People’s Government, Xiamen',
      region: 'jimei',
      category: 'housing',
      targetGroups: ['young_talent', 'returnee'],
      amountMin: 1_000,
      amountMax: 2_000,
      amountPeriod: 'monthly',
      validFrom: '2025-07-01',
      validTo: '2028-06-30',
      sourceUrl: null,
      summary:
        '毕业5年内、新到集美区企业全职工作的硕士和博士，每月分别给予1000元和2000元租房补贴，最长3年。',
      summaryEn:
        'Master’s and PhD graduates of the last 5 years who join a company in Jimei full-time get a rent subsidy of 1,000 or 2,000 yuan a month for up to 3 years.',
      body: `<p>为吸引青年人才到集美区企业就业，对新引进的硕士、博士发放租房补贴。</p>
<ul>
<li>硕士每月1000元，博士每月2000元，最长3年；</li>
<li>可与市级青年人才租房补贴叠加享受；</li>
<li>入住区人才公寓的，租金按市场价的五折收取，不再发放补贴。</li>
</ul>`,
      bodyEn: `<p>To bring young graduates to companies in Jimei, the district pays a rent subsidy to new master’s and PhD recruits.</p>
<ul>
<li>1,000 yuan a month for a master’s, 2,000 yuan for a PhD, for up to 3 years;</li>
<li>Can be combined with the city’s young talent rent subsidy;</li>
<li>Residents of district talent apartments pay half the market rent instead of receiving the subsidy.</li>
</ul>`,
      howToApply:
        '1. 入职集美区企业满3个月后，在“i海归”平台“集美区租房补贴”栏目申请；2. 上传学位证书、劳动合同、租房合同及社保记录；3. 区人社局每季度审核一次；4. 补贴按季度发放。',
      howToApplyEn:
        '1. After 3 months with a company in Jimei, apply in the “Jimei rent subsidy” section of i海归; 2. Upload your degree certificate, contract, tenancy agreement and social insurance record; 3. Applications are reviewed quarterly; 4. The subsidy is paid every quarter.',
      contact: '集美区人才服务中心 0592-5550203',
      criteria: [
        { kind: 'districtIn', districts: ['jimei'] },
        { kind: 'degreeAtLeast', degree: 'master' },
        { kind: 'graduatedWithinYears', years: 5 },
      ],
    },
  },
  {
    key: 'torch-leading-talent',
    status: 'published',
    publishedDaysAgo: 220,
    input: {
      title: '火炬高新区高层次人才创新创业扶持',
      titleEn: 'Torch Hi-tech Zone Support for High-Level Innovators and Founders',
      issuer: '厦门火炬高新区管委会',
      issuerEn: 'Administrative Committee of the Xiamen Torch Hi-tech Zone',
      region: 'torch',
      category: 'startup_funding',
      targetGroups: ['high_level', 'returnee'],
      amountMin: 500_000,
      amountMax: 2_000_000,
      amountPeriod: 'once',
      validFrom: '2025-01-01',
      validTo: '2027-12-31',
      sourceUrl: null,
      summary:
        '在火炬高新区创办人工智能、软件信息、集成电路和物联网企业的高层次人才，可获50万元至200万元创业扶持及孵化器场地支持。',
      summaryEn:
        'High-level talent who found an AI, software, semiconductor or IoT company in the Torch Hi-tech Zone can receive 500,000 to 2 million yuan plus incubator space.',
      body: `<p>火炬高新区是我市软件和信息技术产业的发源地，软件园一期孵化出了全市九成以上的软件上市企业。为吸引高层次人才来区创业，实施以下扶持。</p>
<ul>
<li>经评审给予50万元至200万元创业扶持资金，分三年拨付；</li>
<li>入驻火炬人工智能专业孵化器等载体的，前两年免收场地租金；</li>
<li>区内产业基金优先跟投，并提供知识产权和上市辅导服务；</li>
<li>支持领域为人工智能、新一代信息技术、集成电路和物联网。</li>
</ul>`,
      bodyEn: `<p>The Torch Hi-tech Zone is where Xiamen’s software industry began: Software Park Phase I incubated more than nine in ten of the city’s listed software companies. To attract high-level founders, the zone offers:</p>
<ul>
<li>500,000 to 2 million yuan of startup funding after review, paid over three years;</li>
<li>Two years rent-free in the zone’s incubators, including the Torch AI incubator;</li>
<li>Priority co-investment from zone funds, plus IP and listing guidance;</li>
<li>Covered industries: AI, next-generation IT, semiconductors and IoT.</li>
</ul>`,
      howToApply:
        '1. 在“i海归”平台“火炬高新区人才项目”栏目提交申报书；2. 上传学历证明、人才认定证明（如有）、商业计划书和企业注册材料；3. 管委会组织专家评审和答辩，约45个工作日；4. 公示后签订扶持协议。',
      howToApplyEn:
        '1. Submit your application in the “Torch zone talent projects” section of i海归; 2. Upload degree certificates, any talent recognition, your business plan and company registration; 3. Expert review and pitch take about 45 working days; 4. After public notice, sign the support agreement.',
      contact: '火炬高新区人才服务中心 0592-5550215',
      criteria: [
        { kind: 'districtIn', districts: ['torch'] },
        { kind: 'intent', intent: 'startup' },
        { kind: 'industryIn', industries: ['ai', 'next_gen_it', 'semiconductor', 'iot'] },
        { kind: 'degreeAtLeast', degree: 'master' },
      ],
    },
  },
  {
    key: 'huli-returnee-office-rent',
    status: 'published',
    publishedDaysAgo: 110,
    input: {
      title: '湖里区留学人员创业企业办公用房租金补贴',
      titleEn: 'Huli District Office Rent Subsidy for Returnee Startups',
      issuer: '厦门市湖里区人民政府',
      issuerEn: 'Huli District People’s Government, Xiamen',
      region: 'huli',
      category: 'startup_funding',
      targetGroups: ['returnee'],
      amountMin: null,
      amountMax: 100_000,
      amountPeriod: 'yearly',
      validFrom: '2025-01-01',
      validTo: '2027-12-31',
      sourceUrl: null,
      summary:
        '留学人员在湖里区创办的企业租用办公用房的，按实际租金的50%给予补贴，每家企业每年最高10万元，最长3年。',
      summaryEn:
        'Returnee-founded companies in Huli get half their office rent reimbursed, up to 100,000 yuan a year for up to 3 years.',
      body: `<p>为打造湖里区留学人员创业集聚区，对在区内创业的留学人员企业给予办公用房租金补贴。</p>
<ul>
<li>按实际租金的50%给予补贴，每家企业每年最高10万元，最长3年；</li>
<li>补贴面积不超过300平方米；</li>
<li>留学人员须为企业法定代表人或第一大股东，企业在湖里区注册并纳税。</li>
</ul>`,
      bodyEn: `<p>To grow a cluster of returnee startups in Huli, the district subsidises office rent for companies founded there by returnees.</p>
<ul>
<li>Half of the actual rent, up to 100,000 yuan per company per year, for up to 3 years;</li>
<li>For at most 300 square metres;</li>
<li>The returnee must be the legal representative or largest shareholder, and the company must be registered and pay tax in Huli.</li>
</ul>`,
      howToApply:
        '1. 每年1月和7月在“i海归”平台“湖里区租金补贴”栏目申报；2. 上传租赁合同、租金发票、营业执照及留学人员身份证明；3. 区科技部门审核，约20个工作日；4. 补贴拨付至企业账户。',
      howToApplyEn:
        '1. Apply in January or July in the “Huli rent subsidy” section of i海归; 2. Upload the lease, rent invoices, business licence and proof of returnee status; 3. The district reviews within about 20 working days; 4. The subsidy is paid to the company account.',
      contact: '湖里区科技和人才服务中心 0592-5550227',
      criteria: [
        { kind: 'districtIn', districts: ['huli'] },
        { kind: 'overseasBackground', accepts: ['studied_abroad'] },
        { kind: 'intent', intent: 'startup' },
      ],
    },
  },
  {
    key: 'haicang-biomed-talent',
    status: 'published',
    publishedDaysAgo: 200,
    input: {
      title: '海沧区生物医药人才创新创业支持',
      issuer: '厦门市海沧区人民政府',
      region: 'haicang',
      category: 'research_funding',
      targetGroups: ['high_level', 'returnee'],
      amountMin: 200_000,
      amountMax: 1_000_000,
      amountPeriod: 'once',
      validFrom: '2025-05-01',
      validTo: '2028-04-30',
      sourceUrl: null,
      summary:
        '依托生物医药港，对在海沧区从事生物医药与医疗器械研发和产业化的人才团队，给予20万元至100万元研发资助和载体支持。',
      body: `<p>海沧区依托生物医药港，重点引进生物医药与医疗器械领域的创新创业人才团队。</p>
<ul>
<li>按项目评审结果给予20万元至100万元研发资助；</li>
<li>提供符合GMP标准的中试厂房和公共实验平台，前三年租金减半；</li>
<li>取得临床试验批件或医疗器械注册证的，另给予阶段性奖励；</li>
<li>区内产业基金对优质项目进行股权投资。</li>
</ul>`,
      howToApply:
        '1. 在“i海归”平台“海沧区生物医药人才项目”栏目提交申报书；2. 上传学历学位证明、项目技术资料和企业注册材料；3. 区科技部门组织专家评审，约30个工作日；4. 公示后签订资助协议。',
      contact: '海沧区人才服务中心 0592-5550239',
      criteria: [
        { kind: 'districtIn', districts: ['haicang'] },
        { kind: 'industryIn', industries: ['biomedicine'] },
        { kind: 'degreeAtLeast', degree: 'master' },
      ],
    },
  },
  {
    key: 'xiangan-new-industry-talent',
    status: 'published',
    publishedDaysAgo: 75,
    input: {
      title: '翔安区集成电路与新能源产业人才安家补贴',
      issuer: '厦门市翔安区人民政府',
      region: 'xiangan',
      category: 'housing',
      targetGroups: ['high_level', 'young_talent'],
      amountMin: 50_000,
      amountMax: 300_000,
      amountPeriod: 'once',
      validFrom: '2025-09-01',
      validTo: '2028-08-31',
      sourceUrl: null,
      summary:
        '在翔安区集成电路和新能源新材料企业全职工作的本科及以上人才，按学历和层次给予5万元至30万元一次性安家补贴。',
      body: `<p>为支持翔安区集成电路和新能源产业集群建设，对区内重点企业引进的人才发放一次性安家补贴。</p>
<ul>
<li>本科5万元，硕士10万元，博士20万元，经认定的高层次人才最高30万元；</li>
<li>补贴分三年发放，每年发放三分之一；</li>
<li>须与区内集成电路或新能源新材料企业签订三年以上劳动合同。</li>
</ul>`,
      howToApply:
        '1. 入职满6个月后，由用人单位在“i海归”平台“翔安区安家补贴”栏目集中申报；2. 上传学历学位证书、劳动合同及社保记录；3. 区人社局审核，约20个工作日；4. 补贴分年度拨付至本人账户。',
      contact: '翔安区人才服务中心 0592-5550241',
      criteria: [
        { kind: 'districtIn', districts: ['xiangan'] },
        { kind: 'industryIn', industries: ['semiconductor', 'new_energy_materials'] },
        { kind: 'degreeAtLeast', degree: 'bachelor' },
      ],
    },
  },

  // ───────────────────────────── expired (kept for the staff "expired" view) ─────────────────────────────
  {
    key: 'overseas-talent-fair-travel-subsidy',
    status: 'published',
    publishedDaysAgo: 260,
    validToDaysFromSeed: -144,
    input: {
      title: '2026年春季海外人才来厦对接洽谈交通食宿补助',
      titleEn: 'Spring 2026 Travel and Accommodation Support for Overseas Talent Visiting Xiamen',
      issuer: '厦门市人力资源和社会保障局',
      issuerEn: 'Xiamen Municipal Human Resources and Social Security Bureau',
      region: 'citywide',
      category: 'employment',
      targetGroups: ['returnee', 'foreign_talent', 'intl_graduate'],
      amountMin: 3_000,
      amountMax: 8_000,
      amountPeriod: 'once',
      validFrom: '2026-03-01',
      validTo: '2026-06-30',
      sourceUrl: null,
      summary:
        '应邀来厦参加人才项目对接洽谈、面试或考察的海外硕士、博士，按出发地给予3000元至8000元交通食宿补助。',
      summaryEn:
        'Overseas master’s and PhD holders invited to Xiamen for a matchmaking fair, interview or visit get 3,000 to 8,000 yuan towards travel and accommodation, depending on where they travel from.',
      body: `<p>为方便海外人才来厦实地了解创新创业环境，对应邀来厦参加对接活动的海外人才给予交通食宿补助。</p>
<ul>
<li>从亚洲地区出发的补助3000元，从欧洲、北美、大洋洲等地区出发的补助8000元；</li>
<li>须参加市、区组织的人才项目对接洽谈会、用人单位面试或园区考察；</li>
<li>每人每年限享受一次。</li>
</ul>`,
      bodyEn: `<p>To help overseas talent see Xiamen for themselves, the city contributes to travel and accommodation for invited visitors.</p>
<ul>
<li>3,000 yuan when travelling from Asia, 8,000 yuan from Europe, North America, Oceania and further afield;</li>
<li>You must attend a city or district matchmaking fair, an employer interview or a park visit;</li>
<li>Once per person per year.</li>
</ul>`,
      howToApply:
        '1. 活动结束后30日内在“i海归”平台提交补助申请；2. 上传邀请函、往返机票或车票、住宿发票及学历证明；3. 市留学人员服务中心审核，约10个工作日；4. 补助发放至本人境内银行账户。',
      howToApplyEn:
        '1. Apply on i海归 within 30 days after the event; 2. Upload the invitation, tickets, hotel invoices and degree certificate; 3. The returnee service center reviews within about 10 working days; 4. The support is paid to your bank account in China.',
      contact: `${CENTER} 0592-5550101`,
      criteria: [
        { kind: 'overseasBackground', accepts: ['studied_abroad', 'foreign_national'] },
        { kind: 'degreeAtLeast', degree: 'master' },
      ],
    },
  },
  {
    key: 'brics-talent-track-landing-award',
    status: 'published',
    publishedDaysAgo: 380,
    validToDaysFromSeed: -52,
    input: {
      title: '“金砖人才赛道”获奖项目落地奖励（2025–2026年度）',
      titleEn: 'Landing Award for Winning Projects of the BRICS Talent Track (2025–2026)',
      issuer: '厦门市科学技术局',
      issuerEn: 'Xiamen Municipal Science and Technology Bureau',
      region: 'citywide',
      category: 'startup_funding',
      targetGroups: ['returnee', 'foreign_talent'],
      amountMin: 100_000,
      amountMax: 500_000,
      amountPeriod: 'once',
      validFrom: '2025-10-01',
      validTo: '2026-09-30',
      sourceUrl: 'https://kjj.xm.gov.cn/',
      summary:
        '在“金砖人才赛道”获奖并于规定期限内在厦注册落地的留学人才和外籍人才项目，按获奖等次给予10万元至50万元落地奖励。',
      summaryEn:
        'Returnee and foreign-talent projects that won a prize in the BRICS talent track and registered in Xiamen within the deadline receive a landing award of 100,000 to 500,000 yuan, by prize level.',
      body: `<p>为发挥“金砖人才赛道”以赛聚才的作用，对获奖后在厦落地的项目给予奖励。</p>
<ul>
<li>一等奖项目50万元，二等奖30万元，三等奖及优秀奖10万元；</li>
<li>须在获奖后12个月内在厦注册企业，获奖人为企业主要创办人；</li>
<li>与已获得的其他市级创业资助按就高原则执行，不重复享受。</li>
</ul>`,
      bodyEn: `<p>To make the BRICS talent track bring projects to the city, winning projects that land in Xiamen receive an award.</p>
<ul>
<li>500,000 yuan for a first prize, 300,000 for a second prize and 100,000 for third prizes and honourable mentions;</li>
<li>The company must be registered in Xiamen within 12 months of the award, with the winner as a main founder;</li>
<li>Not combined with other city startup grants; the higher amount applies.</li>
</ul>`,
      howToApply:
        '1. 企业注册后在“i海归”平台“金砖人才赛道落地奖励”栏目申请；2. 上传获奖证书、营业执照和股权结构证明；3. 市科技局审核，约20个工作日；4. 奖励拨付至企业账户。',
      howToApplyEn:
        '1. Once the company is registered, apply in the “BRICS talent track award” section of i海归; 2. Upload the prize certificate, business licence and shareholding; 3. The bureau reviews within about 20 working days; 4. The award is paid to the company account.',
      contact: '厦门市科学技术局人才与合作处 0592-5550112',
      criteria: [
        { kind: 'overseasBackground', accepts: ['studied_abroad', 'foreign_national'] },
        { kind: 'intent', intent: 'startup' },
      ],
    },
  },

  // ───────────────────────────── drafts (staff console) ─────────────────────────────
  {
    key: 'siming-talent-service-voucher',
    status: 'draft',
    publishedDaysAgo: 0,
    input: {
      title: '思明区现代服务业人才服务券（征求意见稿）',
      issuer: '厦门市思明区人民政府',
      region: 'siming',
      category: 'employment',
      targetGroups: ['returnee', 'young_talent'],
      amountMin: 5_000,
      amountMax: 20_000,
      amountPeriod: 'yearly',
      validFrom: '2027-01-01',
      validTo: '2028-12-31',
      sourceUrl: null,
      summary:
        '拟向在思明区金融、商务、文化创意等现代服务业企业工作的留学人才和青年人才发放人才服务券，可用于培训、共享办公和人才公寓租金抵扣。',
      body: `<p>本办法为征求意见稿，具体内容以正式发布为准。</p>
<ul>
<li>按人才层次每年发放5000元至20000元人才服务券；</li>
<li>服务券可在区内合作机构用于职业培训、共享办公工位和人才公寓租金抵扣；</li>
<li>适用于在思明区现代服务业企业全职工作的人才。</li>
</ul>`,
      howToApply: '正式发布后可在“i海归”平台“思明区人才服务券”栏目在线申领，具体材料清单另行公布。',
      contact: '思明区人才服务中心 0592-5550252',
      criteria: [
        { kind: 'districtIn', districts: ['siming'] },
        { kind: 'industryIn', industries: ['modern_services'] },
      ],
    },
  },
  {
    key: 'tongan-manufacturing-talent',
    status: 'draft',
    publishedDaysAgo: 0,
    input: {
      title: '同安区先进制造业人才引进奖励（草案）',
      issuer: '厦门市同安区人民政府',
      region: 'tongan',
      category: 'talent_recognition',
      targetGroups: ['high_level', 'young_talent'],
      amountMin: 50_000,
      amountMax: 200_000,
      amountPeriod: 'once',
      validFrom: '2027-01-01',
      validTo: null,
      sourceUrl: null,
      summary:
        '拟对同安区智能制造企业新引进的本科及以上人才和高层次人才给予5万元至20万元引进奖励，草案正在内部审核中。',
      body: `<p>本草案正在内部审核，尚未对外发布。</p>
<ul>
<li>本科及硕士人才一次性奖励5万元，博士及高层次人才最高20万元；</li>
<li>须与同安区智能硬件和制造企业签订三年以上劳动合同；</li>
<li>奖励分两年发放。</li>
</ul>`,
      howToApply: '发布后由用人单位在“i海归”平台集中申报，人才本人无需单独提交。',
      contact: '同安区人才服务中心 0592-5550264',
      criteria: [
        { kind: 'districtIn', districts: ['tongan'] },
        { kind: 'industryIn', industries: ['smart_manufacturing'] },
        { kind: 'degreeAtLeast', degree: 'bachelor' },
      ],
    },
  },
];
