import type { UserConfigExport } from '@tarojs/cli'

export default {
  logger: {
    quiet: false,
    stats: true
  },
  mini: {},
  h5: {
    devServer: {
      // `pnpm dev:h5` talks to a local API server through the dev server, like the real same-origin deployment.
      proxy: [
        {
          context: ['/api'],
          target: process.env.TARO_APP_API_BASE || 'http://127.0.0.1:3000',
          changeOrigin: true
        }
      ]
    }
  }
} satisfies UserConfigExport<'webpack5'>
