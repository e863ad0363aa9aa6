// The page as Taro registers it; the page itself lives with its feature.
export { default } from '@/features/desk/pages/staff-desk-queue'
