/** 洽谈: the conversations list, the room, its entry buttons. */
export const chatZhCN = {
  'title.conversations': '洽谈消息',
  'title.conversation': '洽谈',

  'chat.entry': '洽谈',
  'chat.entryBusy': '正在打开洽谈…',
  'chat.meEntry': '洽谈消息',

  'chat.list.empty': '还没有洽谈。在对接意向或投递详情页点“洽谈”即可开始。',
  'chat.list.noMessage': '还没有消息',
  'chat.list.unread': '{count} 条未读',
  'chat.list.kind.intention': '对接意向',
  'chat.list.kind.application': '职位投递',

  'chat.side.organization': '机构',
  'chat.side.talent': '人才',
  'chat.side.staff': '服务中心',
  'chat.you': '我',
  'chat.with': '对方：{name}',
  'chat.zone': '时间均为北京时间（UTC+8）',
  'chat.readOnly': '该洽谈已结束，只能查看，不能再发送消息。',
  'chat.log': '洽谈消息记录',
  'chat.older': '加载更早的消息',
  'chat.olderLoading': '正在加载…',
  'chat.start': '这是洽谈的开始',
  'chat.empty': '还没有消息，发一条打个招呼吧。',
  'chat.newMarker': '以下为新消息',
  'chat.jumpNew': '{count} 条新消息',
  'chat.sending': '发送中…',
  'chat.failed': '发送失败',
  'chat.retry': '重试',
  'chat.composer': '输入消息',
  'chat.placeholder': '输入消息',
  'chat.send': '发送',
  'chat.attach': '添加附件（图片或 PDF）',
  'chat.attachShort': '附件',
  'chat.removeAttachment': '移除附件 {name}',
  'chat.uploading': '正在上传 {name}…',
  'chat.fileTooLarge': '文件超过 {size}，请压缩后再发送',
  'chat.fileType': '只能发送 JPG、PNG 图片或 PDF 文件',
  'chat.tooLong': '消息最多 {max} 字',
  'chat.openFile': '打开附件 {name}',
  'chat.state.connecting': '正在连接…新消息将稍后送达',
  'chat.state.open': '已连接'
} as const

export type ChatMessageKey = keyof typeof chatZhCN
