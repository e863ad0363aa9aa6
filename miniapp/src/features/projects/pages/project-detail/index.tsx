import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ProjectDetail } from '@ihaigui/shared'
import { useProject } from '@/features/projects/projects.hooks'
import { useMe, useSession } from '@/features/account/session.hooks'
import { DetailQuery } from '@/components/DetailQuery'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { goToLogin, navigateTo } from '@/navigation'
import { PrivateSection, ProjectHead, Section, SummarySection } from '@/features/projects/project/ProjectParts'
import '../../project/project.scss'

/**
 * The bottom of the page: a verified organisation proposes cooperation; anyone else learns who can, or that an
 * intention is already open.
 */
function ProposeBar({ project }: { project: ProjectDetail }) {
  const { t, localized } = useI18n()
  const session = useSession()
  const { data: me } = useMe()
  const user = me ?? session?.user
  if (project.canPropose) {
    return (
      <View className='pj-bar'>
        <Button
          type='primary'
          block
          onClick={() =>
            navigateTo('intentionPropose', { projectId: project.id, name: localized(project.name, project.nameEn) })
          }
        >
          {t('pj.detail.propose')}
        </Button>
      </View>
    )
  }
  if (!user) {
    return (
      <View className='pj-bar'>
        <Button type='primary' fill='outline' block onClick={() => goToLogin()}>
          {t('pj.detail.signInToPropose')}
        </Button>
      </View>
    )
  }
  if (user.role !== 'enterprise') return null
  if (user.organization?.status !== 'verified') {
    return (
      <View className='pj-bar pj-bar--note'>
        <Text className='pj-bar__note'>{t('pj.detail.verifiedOnly')}</Text>
      </View>
    )
  }
  return (
    <View className='pj-bar pj-bar--note'>
      <Text className='pj-bar__note'>{t('pj.detail.alreadyProposed')}</Text>
      <Text className='pj-link' onClick={() => navigateTo('myIntentions')}>
        {t('pj.detail.openIntentions')} ›
      </Text>
    </View>
  )
}

function Article({ project }: { project: ProjectDetail }) {
  const { t } = useI18n()
  return (
    <View>
      <ProjectHead project={project} />
      <SummarySection project={project} />
      {project.private ? (
        <PrivateSection projectId={project.id} details={project.private} />
      ) : (
        <Section title={t('pj.detail.private')}>
          <Text className='pj-muted'>{t('pj.detail.privateHidden')}</Text>
        </Section>
      )}
    </View>
  )
}

export default function ProjectDetailPage() {
  const { params } = useRouter()
  const query = useProject(params.id)
  usePageChrome('projectDetail')
  return (
    <DetailQuery query={query} className='page pj'>
      {(project, homeLink) => (
        <View className='page pj pj--with-bar'>
          <Article project={project} />
          {homeLink}
          <ProposeBar project={project} />
        </View>
      )}
    </DetailQuery>
  )
}
