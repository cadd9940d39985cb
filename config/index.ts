import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import path from 'node:path'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

// The mini-program and the browser version build into separate folders so neither overwrites the other.
const outputRoot = process.env.TARO_ENV === 'h5' ? 'dist-h5' : 'dist'

// types/ holds the id lists next to the types they define; compile it like src/.
const compile = { include: [path.resolve(__dirname, '..', 'types')] }

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'fraud-shield',
    date: '2026-11-25',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    outputRoot,
    plugins: [
      // Taro's mini-program templates drop aria-* attributes; WeChat's screen readers need them (aria-role is
      // WeChat's spelling of role).
      [
        '@tarojs/plugin-inject',
        {
          components: {
            View: {
              'aria-role': "''",
              'aria-label': "''",
              'aria-checked': "''",
              'aria-level': "''",
              'aria-hidden': "''"
            },
            Text: { 'aria-role': "''", 'aria-label': "''", 'aria-hidden': "''" },
            Button: { 'aria-label': "''" }
          }
        }
      ]
    ],
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // Keep Chinese text as UTF-8 in the bundles: escaping it as \uXXXX doubles the size of every content string.
    // Our deepest page nests 7 elements; 12 template levels keep a margin (deeper trees fall back to Taro's
    // recursive component) and save ~3 KB of base.wxml per level dropped from the default 16.
    baseLevel: 12,
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      compile,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' }
        }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      }
    },
    h5: {
      compile,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css'
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' }
        }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // Every page is an async chunk, and Taro's cache groups only split initial chunks: without this group each
        // page chunk carries its own copy of the brochure, the components, the store and the domain code. Modules
        // used by two or more pages go into shared chunks instead (the quiz bank into one only its pages load).
        const splitChunks = chain.optimization.get('splitChunks')
        chain.optimization.splitChunks({
          ...splitChunks,
          cacheGroups: {
            ...splitChunks.cacheGroups,
            sharedByPages: {
              chunks: 'async',
              minChunks: 2,
              minSize: 4096,
              priority: 5,
              reuseExistingChunk: true
            }
          }
        })
      }
    }
  }
  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
