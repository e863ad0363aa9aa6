/** Chinese messages for policies, matcher, search and favourites (talent side). */
export const discoveryZhCN = {
  'title.policyDetail': '政策详情',
  'title.policyMatch': '政策匹配',
  'title.policyFavorites': '我的收藏',
  'title.search': '搜索',
} satisfies Record<string, string>
