import type { discoveryZhCN } from './discovery.zh-CN'

/** English messages for policies, matcher, search and favourites (talent side); exactly the keys of the Chinese part. */
export const discoveryEn: Record<keyof typeof discoveryZhCN, string> = {
  'title.policyDetail': 'Policy',
  'title.policyMatch': 'Policy matcher',
  'title.policyFavorites': 'Saved policies',
  'title.search': 'Search',
}
