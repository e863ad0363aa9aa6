import { ComingSoon } from '../../components/ComingSoon'
import { usePageChrome } from '../../hooks/usePageChrome'

const FEATURES = ['policy.feature1', 'policy.feature2', 'policy.feature3'] as const

export default function PolicyPage() {
  usePageChrome('policy')
  return <ComingSoon heading='policy.heading' intro='policy.intro' features={FEATURES} tone='blue' />
}
