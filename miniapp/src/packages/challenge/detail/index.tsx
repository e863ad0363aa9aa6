import { View } from '@tarojs/components'
import { usePageChrome } from '../../../hooks/usePageChrome'

/** Placeholder until the page is built. */
export default function ChallengeDetailPage() {
  usePageChrome('challengeDetail')
  return <View />
}
