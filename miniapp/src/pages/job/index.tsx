import { ComingSoon } from '../../components/ComingSoon'
import { usePageChrome } from '../../hooks/usePageChrome'

const FEATURES = ['job.feature1', 'job.feature2', 'job.feature3'] as const

export default function JobPage() {
  usePageChrome('job')
  return <ComingSoon heading='job.heading' intro='job.intro' features={FEATURES} tone='warm' />
}
