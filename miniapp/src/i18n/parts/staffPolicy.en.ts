import type { staffPolicyZhCN } from './staffPolicy.zh-CN'

/** English messages for the staff policy console: editor, criteria, import; exactly the keys of the Chinese part. */
export const staffPolicyEn: Record<keyof typeof staffPolicyZhCN, string> = {
  'title.staffPolicies': 'Policies',
  'title.staffPolicyEdit': 'Edit policy',
  'title.staffPolicyImport': 'Import policies',
}
