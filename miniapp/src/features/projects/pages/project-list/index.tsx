import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import {
  INDUSTRIES,
  INDUSTRY_LABELS,
  ORIGIN_REGIONS,
  ORIGIN_REGION_LABELS,
  PROJECT_SEEKS,
  PROJECT_SEEK_LABELS,
  PROJECT_STAGES,
  PROJECT_STAGE_LABELS,
  type Bilingual
} from '@ihaigui/shared'
import type { ProjectFilters } from '@/features/projects/projects.api'
import { useProjectList } from '@/features/projects/projects.hooks'
import { InfiniteList } from '@/components/InfiniteList'
import { ProjectCard } from '@/features/projects/components/ProjectCard'
import { useInfiniteListControls } from '@/hooks/useInfiniteListControls'
import { usePageChrome } from '@/hooks/usePageChrome'
import { formatCount, useI18n } from '@/i18n'
import { SearchBox } from '@/components/SearchBox'
import { FilterBar, type Filter } from '@/features/projects/project/FilterBar'
import '../../project/project.scss'

const QUERY_MAX = 40

export default function ProjectListPage() {
  const { t, label, locale } = useI18n()
  const [filters, setFilters] = useState<ProjectFilters>({})
  usePageChrome('projectList')
  const query = useProjectList(filters)
  useInfiniteListControls(query)
  const total = query.data?.pages[0]?.total

  const change = useCallback((next: ProjectFilters) => {
    setFilters(next)
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }, [])
  const search = useCallback((q: string | undefined) => setFilters((prev) => ({ ...prev, q })), [])

  function filter<K extends 'field' | 'originRegion' | 'stage' | 'seeks', V extends string>(
    name: K,
    title: string,
    any: string,
    values: readonly V[],
    labels: Record<V, Bilingual>
  ): Filter {
    return {
      name,
      title,
      value: filters[name],
      options: [{ value: undefined, label: any }, ...values.map((v) => ({ value: v, label: label(labels[v]) }))],
      onChange: (value) => change({ ...filters, [name]: value } as ProjectFilters)
    }
  }

  const bar = [
    filter('field', t('pj.list.field'), t('pj.list.anyField'), INDUSTRIES, INDUSTRY_LABELS),
    filter('originRegion', t('pj.list.region'), t('pj.list.anyRegion'), ORIGIN_REGIONS, ORIGIN_REGION_LABELS),
    filter('stage', t('pj.list.stage'), t('pj.list.anyStage'), PROJECT_STAGES, PROJECT_STAGE_LABELS),
    filter('seeks', t('pj.list.seeks'), t('pj.list.anySeeks'), PROJECT_SEEKS, PROJECT_SEEK_LABELS)
  ]
  const filtered = Boolean(filters.q || filters.field || filters.originRegion || filters.stage || filters.seeks)

  return (
    <View className='pj-list'>
      <View className='pj-list__header'>
        <SearchBox
          value={filters.q}
          onSearch={search}
          placeholder={t('pj.list.searchPlaceholder')}
          maxLength={QUERY_MAX}
        />
        <FilterBar filters={bar} />
      </View>
      <View className='pj-list__body'>
        <View className='pj-list__summary'>
          <Text className='pj-list__count'>
            {total === undefined ? ' ' : t('pj.list.count', { count: formatCount(total, locale) })}
          </Text>
          {filtered && (
            <Text className='pj-list__clear' onClick={() => change({})}>
              {t('pj.list.clear')}
            </Text>
          )}
        </View>
        <InfiniteList
          query={query}
          emptyMessage={filtered ? t('pj.list.emptyFiltered') : t('pj.list.empty')}
          renderItem={(project) => <ProjectCard project={project} />}
        />
      </View>
    </View>
  )
}
