import { RichText, View } from '@tarojs/components'
import { prepareRichText } from './rich-text'
import './RichContent.scss'

/** Server-sanitised HTML (announcement bodies, the privacy policy) as an article body. */
export function RichContent({ html, className }: { html: string; className?: string }) {
  return (
    <View className={`rich-content${className ? ` ${className}` : ''}`}>
      <RichText nodes={prepareRichText(html)} />
    </View>
  )
}
