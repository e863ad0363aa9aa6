import Taro from '@tarojs/taro'
import { reportSubscription } from './notifications.api'

/**
 * weapp: asks the user, right after a tap (the platform requires one), whether WeChat may message them when an
 * application changes, and tells the server the answer. Skipped on H5 and when the build has no template id.
 * Never fails: a refusal or an error only means no WeChat messages; the in-app inbox works regardless.
 */
export async function askApplicationStatusSubscription(): Promise<void> {
  const templateId = WECHAT_TEMPLATE_APPLICATION_STATUS
  if (process.env.TARO_ENV !== 'weapp' || !templateId) return
  let accepted: boolean
  try {
    // entityIds is Alipay's; WeChat reads tmplIds.
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] })) as unknown as Record<
      string,
      unknown
    >
    accepted = answer[templateId] === 'accept'
  } catch {
    accepted = false
  }
  await reportSubscription('application_status', accepted).catch(() => undefined)
}
