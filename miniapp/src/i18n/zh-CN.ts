/**
 * Chinese UI messages — the source dictionary. Its keys define `MessageKey`; en.ts must provide exactly the
 * same keys (a missing or extra key is a type error). Placeholders look like `{name}`.
 */
export const zhCN = {
  'app.name': 'i海归',
  'app.tagline': '海外英才，与城市共成长',

  'tab.home': '首页',
  'tab.policy': '政策',
  'tab.job': '岗位',
  'tab.match': '对接',
  'tab.me': '我的',

  'title.home': 'i海归',
  'title.policy': '人才政策',
  'title.job': '岗位机会',
  'title.match': '项目对接',
  'title.me': '个人中心',
  'title.announcementList': '通知公告',
  'title.announcementDetail': '公告详情',

  'lang.zh-CN': '中文',
  'lang.en': 'English',

  'common.retry': '重试',
  'common.loading': '加载中…',
  'common.loadingMore': '正在加载更多…',
  'common.loadMore': '加载更多',
  'common.noMore': '没有更多了',
  'common.more': '更多',
  'common.empty': '暂无内容',
  'common.requestId': '请求编号：{id}',
  'common.backHome': '返回首页',
  'common.pinned': '置顶',
  'common.comingSoon': '即将上线',

  'home.searchPlaceholder': '搜索你关心的内容',
  'home.searchSoon': '搜索功能即将上线',
  'home.pinned': '置顶公告',
  'home.latest': '最新公告',
  'home.empty': '暂时还没有发布公告',

  'list.all': '全部',
  'list.empty': '这个分类下暂时没有公告',

  'detail.views': '{count} 次浏览',
  'detail.viewsOne': '1 次浏览',
  'detail.englishFallback': '暂无英文版本，以下为中文原文',

  'soon.whatsComing': '上线后你可以',
  'soon.meanwhile': '先看看最新公告',

  'policy.heading': '人才政策，一查就懂',
  'policy.intro': '汇集市、区两级留学人员与海外人才政策，按学历、领域、回国年份等条件帮你判断哪些政策适合自己。',
  'policy.feature1': '按地区、类别和人群浏览政策，查看补贴金额与有效期',
  'policy.feature2': '填写基本情况，自动核对申报条件',
  'policy.feature3': '附原文链接与附件，政策更新及时提醒',

  'job.heading': '高层次岗位，直达用人单位',
  'job.intro': '经过认证的企业、园区、高校和科研机构发布的岗位，均经服务中心审核。',
  'job.feature1': '按行业、地区和学历要求筛选岗位',
  'job.feature2': '在线投递简历，进度实时可查',
  'job.feature3': '个人信息仅对你投递的单位可见',

  'match.heading': '项目与资源，全年在线对接',
  'match.intro': '把线下对接会搬到线上：创业项目登记、路演活动报名、揭榜挂帅，从意向一路跟进到落地签约。',
  'match.feature1': '登记创业项目，获得专家评审与园区、资金对接',
  'match.feature2': '报名对接会与路演，线上线下都能参与',
  'match.feature3': '响应企业技术难题（揭榜挂帅），跟踪意向到签约',

  'me.guest': '访客',
  'me.signInLater': '登录功能即将开放，届时可在这里查看投递和项目的最新进展。',
  'me.language': '语言',
  'me.about': '关于',
  'me.version': '版本',
  'me.operator': '运营方',
  'me.operatorName': '海外人才服务中心'
} satisfies Record<string, string>

export type MessageKey = keyof typeof zhCN
export type Messages = Record<MessageKey, string>
