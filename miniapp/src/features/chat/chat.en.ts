import type { chatZhCN } from './chat.zh-CN'

/** English messages for 洽谈 conversations; exactly the keys of the Chinese part. */
export const chatEn: Record<keyof typeof chatZhCN, string> = {
  'title.conversations': 'Conversations',
  'title.conversation': 'Conversation',

  'chat.entry': 'Message',
  'chat.entryBusy': 'Opening the conversation…',
  'chat.meEntry': 'Conversations',

  'chat.list.empty': 'No conversations yet. Tap “Message” on an intention or an application to start one.',
  'chat.list.noMessage': 'No messages yet',
  'chat.list.unread': '{count} unread',
  'chat.list.kind.intention': 'Intention',
  'chat.list.kind.application': 'Application',

  'chat.side.organization': 'Organisation',
  'chat.side.talent': 'Talent',
  'chat.side.staff': 'Service centre',
  'chat.you': 'You',
  'chat.with': 'With {name}',
  'chat.zone': 'Times are Beijing time (UTC+8)',
  'chat.readOnly': 'This conversation has ended: you can read it but not send messages.',
  'chat.log': 'Conversation messages',
  'chat.older': 'Load earlier messages',
  'chat.olderLoading': 'Loading…',
  'chat.start': 'This is the start of the conversation',
  'chat.empty': 'No messages yet. Say hello.',
  'chat.newMarker': 'New messages',
  'chat.jumpNew': '{count} new messages',
  'chat.sending': 'Sending…',
  'chat.failed': 'Not sent',
  'chat.retry': 'Retry',
  'chat.composer': 'Message',
  'chat.placeholder': 'Write a message',
  'chat.send': 'Send',
  'chat.attach': 'Attach a file (image or PDF)',
  'chat.attachShort': 'Attach',
  'chat.removeAttachment': 'Remove attachment {name}',
  'chat.uploading': 'Uploading {name}…',
  'chat.fileTooLarge': 'The file is larger than {size}; make it smaller and try again',
  'chat.fileType': 'Only JPG or PNG images and PDF files can be sent',
  'chat.tooLong': 'A message holds at most {max} characters',
  'chat.openFile': 'Open attachment {name}',
  'chat.state.connecting': 'Connecting… new messages may take a moment',
  'chat.state.open': 'Connected'
}
