import { zhCN } from '../../../i18n/zh-CN'
import { PAGE_TITLE_KEYS } from '../../../routes'

export default definePageConfig({
  navigationBarTitleText: zhCN[PAGE_TITLE_KEYS.myConsultations],
  enablePullDownRefresh: true
})
