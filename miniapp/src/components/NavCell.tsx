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
  onClick: () => void
}

/** A list entry that opens another page: title, optional status, and a chevron. */
export function NavCell({ title, value, description, className, onClick }: Props) {
  return (
    <Cell
      className={`nav-cell${className ? ` ${className}` : ''}`}
      title={title}
      description={description}
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
