import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { CRITERIA_TEXT_HELP, type ImportMode, type ImportReport } from '@ihaigui/shared'
import { describeError, localizeErrorCode } from '@/api/errors'
import { downloadImportTemplate, importReportOf, type ChosenFile } from '@/features/staff-policies/staff-policies.api'
import { useImportPolicies } from '@/features/staff-policies/staff-policies.hooks'
import { FormMessage } from '@/components/form/Form'
import { useSubmit } from '@/forms/useSubmit'
import { deliverDownload } from '@/components/save-download'
import { SignedIn } from '@/components/SessionGates'
import { usePageChrome } from '@/hooks/usePageChrome'
import { formatFileSize, useI18n, type MessageKey } from '@/i18n'
import { navigateTo } from '@/navigation'
import { hasExtension, pickFile } from '@/features/staff/pick-file'
import { ImportReportView } from './ImportReportView'
import '../../staff.scss'
import '../../staff-policy.scss'

const TEMPLATE_FILE_NAME = 'policy-import-template.xlsx'

const STEPS: readonly MessageKey[] = ['sp.imp.step1', 'sp.imp.step2', 'sp.imp.step3', 'sp.imp.step4']

/** What the last request said about the chosen file. */
type Outcome =
  | { stage: 'checked'; report: ImportReport }
  | { stage: 'refused'; report: ImportReport }
  | { stage: 'imported'; report: ImportReport }

type Running = 'check' | ImportMode

const OUTCOME_TITLE: Record<Outcome['stage'], MessageKey> = {
  checked: 'sp.imp.reportTitle',
  refused: 'sp.imp.refusedTitle',
  imported: 'sp.imp.resultTitle'
}

function TemplateCard() {
  const { t, locale } = useI18n()
  const {
    submit: download,
    pending,
    failure
  } = useSubmit(async () => {
    const file = await downloadImportTemplate()
    await deliverDownload(file, 'xlsx', TEMPLATE_FILE_NAME)
  })
  const [showHelp, setShowHelp] = useState(false)

  return (
    <View className='sp-card'>
      <Text className='sp-card__title'>{t('sp.imp.templateTitle')}</Text>
      <Text className='sp-card__text'>{t('sp.imp.templateText')}</Text>
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      <Button type='primary' fill='outline' block loading={pending} onClick={download}>
        {t('sp.imp.downloadTemplate')}
      </Button>
      <Text className='sp-link sp-card__toggle' onClick={() => setShowHelp(!showHelp)}>
        {showHelp ? t('sp.imp.hideCriteriaHelp') : t('sp.imp.showCriteriaHelp')}
      </Text>
      {showHelp && (
        <View className='sp-help'>
          <Text className='sp-card__text'>{t('sp.imp.criteriaHelp')}</Text>
          {CRITERIA_TEXT_HELP.map((line) => (
            <Text key={line} className='staff__code'>
              {line}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}

function ImportedLinks({ ids }: { ids: readonly number[] }) {
  const { t } = useI18n()
  return (
    <View className='sp-imported'>
      {ids.map((id) => (
        <Text key={id} className='sp-imported__link' onClick={() => navigateTo('staffPolicyEdit', { id })}>
          {t('sp.imp.draftLink', { id })}
        </Text>
      ))}
    </View>
  )
}

function Importer() {
  const { t, locale } = useI18n()
  const importer = useImportPolicies()
  const [file, setFile] = useState<ChosenFile | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const {
    submit: send,
    pendingKey: running,
    failure,
    clearFailure
  } = useSubmit(
    (kind: Running) => {
      if (!file) return
      const dryRun = kind === 'check'
      return (async () => {
        // A check reports every row; its mode does not matter as nothing is written.
        const report = await importer.mutateAsync({ file, mode: dryRun ? 'valid_rows' : kind, dryRun })
        setOutcome({ stage: dryRun ? 'checked' : 'imported', report })
        if (!dryRun) {
          // Written: the same file must not go in twice by accident.
          setFile(null)
          Taro.showToast({ title: t('sp.imp.importedToast', { count: report.imported }), icon: 'success' })
        }
      })()
    },
    {
      key: (kind) => kind,
      onError: (error, kind) => {
        const dryRun = kind === 'check'
        const report = importReportOf(error)
        if (!report) {
          setOutcome(null)
          return false
        }
        setOutcome({ stage: dryRun ? 'checked' : 'refused', report })
        return dryRun
      }
    }
  )

  const choose = async () => {
    const picked = await pickFile('xlsx')
    if (!picked) return
    setOutcome(null)
    clearFailure()
    if (!hasExtension(picked, 'xlsx')) {
      setFile(null)
      setProblem(localizeErrorCode('IMPORT_FILE_INVALID', locale))
      return
    }
    setProblem(null)
    setFile(picked)
  }

  const report = outcome?.report
  const invalid = report ? report.invalidRows.length : 0
  const knownInvalid = outcome !== null && outcome.stage !== 'imported' && invalid > 0
  const canImportValid = file !== null && knownInvalid && report !== undefined && report.validRows > 0

  return (
    <>
      <View className='sp-card'>
        <Text className='sp-card__title'>{t('sp.imp.fileTitle')}</Text>
        {file ? (
          <View className='sp-attachment'>
            <View className='sp-attachment__badge sp-attachment__badge--xlsx'>
              <Text>XLSX</Text>
            </View>
            <View className='sp-attachment__text'>
              <Text className='sp-attachment__name'>{file.name}</Text>
              <Text className='sp-attachment__meta'>{formatFileSize(file.size)}</Text>
            </View>
          </View>
        ) : (
          <Text className='sp-card__text'>{t('sp.imp.noFile')}</Text>
        )}
        {problem ? <FormMessage>{problem}</FormMessage> : null}
        <Button type='default' block disabled={running !== undefined} onClick={choose}>
          {file ? t('sp.imp.chooseAnother') : t('sp.imp.chooseFile')}
        </Button>
        {file && (
          <View className='sp-import-actions'>
            <Button
              type='primary'
              fill='outline'
              block
              loading={running === 'check'}
              disabled={running !== undefined}
              onClick={() => send('check')}
            >
              {t('sp.imp.check')}
            </Button>
            <Button
              type='primary'
              block
              loading={running === 'all_or_nothing'}
              disabled={running !== undefined || knownInvalid}
              onClick={() => send('all_or_nothing')}
            >
              {t('sp.imp.importAll')}
            </Button>
            {knownInvalid ? (
              <Text className='form-field__hint'>{t('sp.imp.importAllBlocked')}</Text>
            ) : (
              <Text className='form-field__hint'>{t('sp.imp.importAllHint')}</Text>
            )}
          </View>
        )}
      </View>

      {failure && outcome?.stage !== 'refused' ? (
        <FormMessage>{describeError(failure, locale).message}</FormMessage>
      ) : null}

      {outcome && report && (
        <View className='sp-card'>
          <Text className='sp-card__title'>{t(OUTCOME_TITLE[outcome.stage])}</Text>
          {outcome.stage === 'refused' && <FormMessage>{localizeErrorCode('IMPORT_ROWS_INVALID', locale)}</FormMessage>}
          {outcome.stage === 'checked' &&
            (invalid === 0 ? (
              <FormMessage tone='success'>{t('sp.imp.allValid', { count: report.validRows })}</FormMessage>
            ) : (
              <FormMessage tone='info'>{t('sp.imp.someInvalid', { count: invalid })}</FormMessage>
            ))}
          {outcome.stage === 'imported' && (
            <FormMessage tone='success'>
              {invalid > 0
                ? t('sp.imp.importedSkipped', { count: report.imported, skipped: invalid })
                : t('sp.imp.imported', { count: report.imported })}
            </FormMessage>
          )}
          <ImportReportView report={report} />
          {canImportValid && (
            <View className='sp-import-actions'>
              <Button
                type='primary'
                block
                loading={running === 'valid_rows'}
                disabled={running !== undefined}
                onClick={() => send('valid_rows')}
              >
                {t('sp.imp.importValid', { count: report.validRows })}
              </Button>
              <Text className='form-field__hint'>{t('sp.imp.importValidHint')}</Text>
            </View>
          )}
          {outcome.stage === 'imported' && report.importedIds.length > 0 && (
            <>
              <ImportedLinks ids={report.importedIds} />
              <Button
                type='primary'
                fill='outline'
                block
                onClick={() => navigateTo('staffPolicies', { view: 'draft' })}
              >
                {t('sp.imp.openDrafts')}
              </Button>
            </>
          )}
        </View>
      )}
    </>
  )
}

export default function StaffPolicyImportPage() {
  const { t } = useI18n()
  usePageChrome('staffPolicyImport')
  return (
    <View className='page staff'>
      <SignedIn roles={['staff', 'admin']}>
        {() => (
          <>
            <View className='sp-card'>
              <Text className='sp-card__title'>{t('sp.imp.howTitle')}</Text>
              {STEPS.map((step, index) => (
                <View key={step} className='sp-step'>
                  <Text className='sp-step__badge'>{index + 1}</Text>
                  <Text className='sp-step__text'>{t(step)}</Text>
                </View>
              ))}
            </View>
            <TemplateCard />
            <Importer />
          </>
        )}
      </SignedIn>
    </View>
  )
}
