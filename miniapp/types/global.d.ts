/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

/** API origin, injected at build time by config/index.ts ('' = same origin as the H5 page). */
declare const API_BASE: string
/** miniapp/package.json version, injected at build time. */
declare const APP_VERSION: string
/** WeChat subscribe-message template id for application status changes ('' = do not ask), injected at build time. */
declare const WECHAT_TEMPLATE_APPLICATION_STATUS: string

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production'
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    /** Mini-program appid override per environment file. */
    TARO_APP_ID?: string
    /** API origin for the weapp build, e.g. https://api.example.com (no trailing slash). */
    TARO_APP_API_BASE?: string
    /** Optional API origin for the H5 build when it is not served by the API server itself. */
    TARO_APP_H5_API_BASE?: string
    /** Subscribe-message template id for application status changes (weapp). */
    TARO_APP_WECHAT_TEMPLATE_APPLICATION_STATUS?: string
  }
}
