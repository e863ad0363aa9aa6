/** Chinese messages for the staff policy console: editor, criteria, import. */
export const staffPolicyZhCN = {
  'title.staffPolicies': '政策管理',
  'title.staffPolicyEdit': '编辑政策',
  'title.staffPolicyImport': '批量导入政策',
} satisfies Record<string, string>
