import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import type { Input } from 'postcss'
import devConfig from './dev'
import prodConfig from './prod'
import { version } from '../package.json'

/** Workspace source of the shared contract; compiled by Taro like our own code. */
const sharedDir = path.resolve(__dirname, '../../shared')

/** Real directory of an installed package (pnpm: inside node_modules/.pnpm), resolved from `from`. */
function packageDir(name: string, from: string = __dirname): string {
  return path.dirname(require.resolve(`${name}/package.json`, { paths: [from] }))
}

/**
 * Libraries shipped as modern ES (private class fields, `??`) that the mini-program engine on older phones
 * cannot parse; Taro only runs Babel over its own packages in node_modules unless told otherwise.
 */
const reactQueryDir = packageDir('@tanstack/react-query')
const queryCoreDir = packageDir('@tanstack/query-core', reactQueryDir)
const modernDeps = [reactQueryDir, queryCoreDir, packageDir('zod')]

/**
 * API origin the client calls (it appends /api/v1/...).
 * - weapp: TARO_APP_API_BASE at build time (.env.development, or the release environment), else the local server.
 * - h5: served by the API server itself, so relative ('') unless TARO_APP_H5_API_BASE says otherwise.
 */
function apiBase(): string {
  if (process.env.TARO_ENV === 'h5') return process.env.TARO_APP_H5_API_BASE ?? ''
  return process.env.TARO_APP_API_BASE || 'http://127.0.0.1:3000'
}

export default defineConfig<'webpack5'>((merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'ihaigui',
    date: '2026-11-21',
    // NutUI is authored for a 375 px design, our own styles for 750.
    designWidth(input?: string | number | Input) {
      const file = typeof input === 'object' ? input?.file : undefined
      return file?.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750
    },
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    alias: {
      '@ihaigui/shared': path.resolve(sharedDir, 'src/index.ts'),
      '@': path.resolve(__dirname, '../src'),
      // TanStack's default build uses `#private` class members: Taro's Babel preset does not lower them for the
      // mini-program, and Taro's H5 minifier (quote_keys) turns them into invalid `#"x"`. The legacy build
      // implements them with WeakMaps.
      '@tanstack/query-core$': path.join(queryCoreDir, 'build/legacy/index.js'),
      '@tanstack/react-query$': path.join(reactQueryDir, 'build/legacy/index.js')
    },
    terser: {
      enable: true,
      // Taro's H5 default quotes every key, which corrupts `#private` names in any dependency that ships them.
      config: { output: { quote_keys: false } }
    },
    defineConstants: {
      API_BASE: JSON.stringify(apiBase()),
      APP_VERSION: JSON.stringify(version),
      WECHAT_TEMPLATE_APPLICATION_STATUS: JSON.stringify(process.env.TARO_APP_WECHAT_TEMPLATE_APPLICATION_STATUS ?? '')
    },
    copy: {
      patterns: process.env.TARO_ENV === 'h5' ? [{ from: 'src/assets/favicon.png', to: 'dist/h5/favicon.png' }] : [],
      options: {}
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: {
      enable: false
    },
    mini: {
      compile: {
        include: [sharedDir, ...modernDeps]
      },
      postcss: {
        pxtransform: {
          enable: true,
          config: {}
        },
        cssModules: {
          enable: false
        }
      },
      miniCssExtractPluginOption: {
        // Component styles do not depend on each other's order (each is scoped by its class prefix).
        ignoreOrder: true
      },
      webpackChain(chain, webpack) {
        // The mini-program JS engine has no AbortController; TanStack Query creates one per fetch.
        chain.plugin('abort-controller').use(webpack.ProvidePlugin, [
          {
            AbortController: [
              path.resolve(__dirname, '../src/polyfills/abort-controller.ts'),
              'AbortControllerPolyfill'
            ]
          }
        ])
        // WeChat limits whole packages (2 MB main, checked by scripts/weapp-size.mjs), not files; webpack's 244 KiB
        // per-file hint does not apply (vendors.js holds React's reconciler, shared with the subpackages' popups).
        chain.performance.hints(false)
      }
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: {
        mode: 'hash'
      },
      compile: {
        include: [sharedDir]
      },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css'
      },
      webpackChain(chain) {
        // Taro splits only initial chunks on H5, so every lazily loaded page carried its own copy of shared
        // components and NutUI styles; share them between page chunks too.
        const splitChunks = chain.optimization.get('splitChunks') as Record<string, unknown> | undefined
        if (splitChunks) chain.optimization.splitChunks({ ...splitChunks, chunks: 'all', minSize: 10_000 })
        // The entry (React, Taro runtime, zod, TanStack Query, home page) is ~380 KB raw / ~120 KB gzipped.
        chain.performance.maxAssetSize(450 * 1024).maxEntrypointSize(600 * 1024)
      },
      postcss: {
        autoprefixer: {
          enable: true,
          config: {}
        },
        cssModules: {
          enable: false
        }
      }
    }
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
