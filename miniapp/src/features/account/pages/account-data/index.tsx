import { useState } from 'react'
import Taro from '@tarojs/taro'
import { ScrollView, Text, View } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import { deleteMyAccount, exportMyData } from '@/features/account/account.api'
import { describeError } from '@/api/errors'
import { FormMessage } from '@/components/form/Form'
import { useSubmit } from '@/forms/useSubmit'
import { SignedIn } from '@/components/SessionGates'
import { usePageChrome } from '@/hooks/usePageChrome'
import { useI18n } from '@/i18n'
import { nav } from '@/navigation'
import '../../account.scss'

const EXPORT_FILE_NAME = 'ihaigui-my-data.json'

/** H5: hands the JSON to the browser as a file download. */
function downloadJson(json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = EXPORT_FILE_NAME
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

function ExportCard() {
  const { t, locale } = useI18n()
  const [json, setJson] = useState<string | null>(null)
  const {
    submit: load,
    pending,
    failure
  } = useSubmit(async () => {
    const text = JSON.stringify(await exportMyData(), null, 2)
    setJson(text)
    if (process.env.TARO_ENV === 'h5') downloadJson(text)
  })

  const copy = () => {
    if (!json) return
    Taro.setClipboardData({ data: json })
      .then(() => Taro.showToast({ title: t('common.copied'), icon: 'success' }))
      .catch(() => undefined)
  }

  return (
    <View className='account__card'>
      <Text className='account__card-title'>{t('data.exportTitle')}</Text>
      <Text className='account__text'>{t('data.exportHint')}</Text>
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      <Button type='primary' block loading={pending} onClick={load}>
        {t('data.export')}
      </Button>
      {json !== null && (
        <View>
          <ScrollView scrollY className='account__json'>
            <Text className='account__json-text' userSelect>
              {json}
            </Text>
          </ScrollView>
          <View className='form-actions'>
            {process.env.TARO_ENV === 'h5' ? (
              <Button type='primary' fill='outline' block onClick={() => downloadJson(json)}>
                {t('data.download')}
              </Button>
            ) : (
              <Button type='primary' fill='outline' block onClick={copy}>
                {t('data.copy')}
              </Button>
            )}
          </View>
        </View>
      )}
    </View>
  )
}

function DeleteCard() {
  const { t, locale } = useI18n()
  const [confirming, setConfirming] = useState(false)
  const {
    submit: remove,
    pending,
    failure
  } = useSubmit(async () => {
    await deleteMyAccount()
    Taro.showToast({ title: t('data.deleted'), icon: 'success' })
    void nav.home()
  })

  return (
    <View className='account__card'>
      <Text className='account__card-title'>{t('data.deleteTitle')}</Text>
      <Text className='account__text'>{t('data.deleteHint')}</Text>
      {failure ? <FormMessage>{describeError(failure, locale).message}</FormMessage> : null}
      <Button type='danger' fill='outline' block loading={pending} onClick={() => setConfirming(true)}>
        {t('data.delete')}
      </Button>
      <Dialog
        visible={confirming}
        title={t('data.deleteConfirmTitle')}
        content={t('data.deleteHint')}
        confirmText={t('data.deleteConfirm')}
        cancelText={t('common.cancel')}
        onConfirm={() => {
          setConfirming(false)
          void remove()
        }}
        onCancel={() => setConfirming(false)}
        onClose={() => setConfirming(false)}
      />
    </View>
  )
}

export default function MyDataPage() {
  usePageChrome('myData')
  return (
    <View className='page account'>
      <SignedIn>
        {() => (
          <>
            <ExportCard />
            <DeleteCard />
          </>
        )}
      </SignedIn>
    </View>
  )
}
