import type { PrivacyPolicy } from '@ihaigui/shared';

/** Bump the version whenever the text changes in substance: every user is asked to consent again. */
export const PRIVACY_POLICY_VERSION = '2026-11';

export const PRIVACY_POLICY: PrivacyPolicy = {
  version: PRIVACY_POLICY_VERSION,
  effectiveDate: '2026-11-21',
  zh: [
    '<h3>一、我们收集哪些信息</h3>',
    '<p>浏览公告、政策、岗位等公开内容无需登录，也无需提供手机号。只有当您登录并主动使用对应功能时，我们才会收集：',
    '账号信息（微信 openid 或用户名）、您填写的人才档案（姓名、国籍、留学国家或地区、学历、院校、专业、领域、回国年份、意向）、',
    '您上传的简历、您授权或填写的手机号，以及机构认证资料（机构名称、统一社会信用代码、联系人及电话）。</p>',
    '<h3>二、我们如何使用</h3>',
    '<p>仅用于人才与企业、园区、服务中心之间的对接服务：展示您选择公开的信息、向您申请的机构提供您的档案与简历、',
    '通知您对接进展。我们不会出售您的个人信息，也不会将其用于与对接无关的用途。</p>',
    '<h3>三、谁能看到</h3>',
    '<p>手机号仅您本人可见，其他场景一律以 138****1234 形式展示；简历仅您本人及您主动申请的机构可见；',
    '档案按您选择的可见范围展示。服务中心工作人员仅在审核和服务需要时查看，相关操作均记录在审计日志中。</p>',
    '<h3>四、您的权利</h3>',
    '<p>您可以随时在“我的 → 我的数据”中下载我们保存的关于您的全部信息，或注销账号。注销后，您的姓名、手机号、',
    '档案和简历将被删除，您发布的内容将匿名保留。</p>',
    '<h3>五、存储与安全</h3>',
    '<p>信息存储于中华人民共和国境内的服务器，传输加密，密码以不可逆方式保存，日志中不记录手机号等个人信息。</p>',
  ].join(''),
  en: [
    '<h3>1. What we collect</h3>',
    '<p>Browsing announcements, policies, positions and other public content needs no sign-in and no phone number. ',
    'Only when you sign in and use a feature do we collect: your account (WeChat openid or username), the talent profile you ',
    'fill in (name, nationality, country or region of study, degree, school, major, field, return year, intent), the CV you ',
    'upload, the phone number you authorise or type, and organisation verification data (name, unified social credit code, ',
    'contact person and phone).</p>',
    '<h3>2. How we use it</h3>',
    '<p>Only to connect talents with enterprises, parks and the service center: to show what you chose to make visible, to ',
    'give your profile and CV to organisations you apply to, and to tell you how your matches progress. We never sell your ',
    'personal data or use it for anything unrelated.</p>',
    '<h3>3. Who sees it</h3>',
    '<p>Your phone number is shown in full only to you and masked (138****1234) everywhere else; your CV only to you and to ',
    'organisations you apply to; your profile according to the visibility you choose. Service-center staff look at it only ',
    'to review and serve, and every such action is recorded in an audit log.</p>',
    '<h3>4. Your rights</h3>',
    '<p>At any time, under Me → My data, you can download everything we store about you, or delete your account. After ',
    'deletion your name, phone, profile and CV are erased; content you published stays, anonymised.</p>',
    '<h3>5. Storage and security</h3>',
    '<p>Data is stored on servers in the People’s Republic of China and encrypted in transit; passwords are stored only as ',
    'one-way hashes; logs never contain phone numbers or other personal data.</p>',
  ].join(''),
};
