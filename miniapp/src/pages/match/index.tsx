import { ComingSoon } from '../../components/ComingSoon'
import { usePageChrome } from '../../hooks/usePageChrome'

const FEATURES = ['match.feature1', 'match.feature2', 'match.feature3'] as const

export default function MatchPage() {
  usePageChrome('match')
  return <ComingSoon heading='match.heading' intro='match.intro' features={FEATURES} tone='teal' />
}
