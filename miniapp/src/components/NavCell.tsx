import { Text, View } from '@tarojs/components'
import { Cell } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import './NavCell.scss'

interface Props {
  title: string
  /** Short status on the right (e.g. "Not set"). */
  value?: string
  description?: string
  className?: string
  /** Set by Cell.Group on its last cell (no divider under it). */
  isLast?: boolean
  onClick: () => void
}

/** A list entry that opens another page: title, optional status, and a chevron. */
export function NavCell({ title, value, description, className, isLast, onClick }: Props) {
  return (
    <Cell
      className={`nav-cell${className ? ` ${className}` : ''}`}
      title={title}
      description={description}
      isLast={isLast}
      extra={
        <View className='nav-cell__extra'>
          {value ? <Text className='nav-cell__value'>{value}</Text> : null}
          <Text className='nav-cell__arrow'>›</Text>
        </View>
      }
      onClick={onClick}
    />
  )
}

// Cell.Group recognises its cells by this name to leave the divider off the last one.
NavCell.displayName = 'NutCell'
