import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { existsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'
import { browserAliases } from './routes'

/**
 * Where a build goes: the mini-program and the browser version into separate folders so neither overwrites the
 * other, and the browser dev server (`npm start`, `npm run dev:h5`) into its own, so it never empties the production
 * build the browser tests serve. FS_OUTPUT_ROOT moves a build elsewhere (the dev-server test). Read when Taro calls
 * the config, after it has set NODE_ENV.
 */
function outputRoot(): string {
  if (process.env.FS_OUTPUT_ROOT) return process.env.FS_OUTPUT_ROOT
  if (process.env.TARO_ENV !== 'h5') return 'dist'
  return process.env.NODE_ENV === 'development' ? 'dist-h5-dev' : 'dist-h5'
}

/**
 * The browser version's Content-Security-Policy (src/index.html): scripts only from this site, nothing fetched
 * from elsewhere. The dev server's bundle evaluates its modules with eval (webpack's dev devtool), so only
 * `npm run dev:h5` adds 'unsafe-eval'; production never does.
 */
export function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'"
  ].join('; ')
}

/** The parts of webpack's compilation that ModuleMapPlugin reads (webpack's own types are not a dependency). */
interface MappedModule {
  resource?: string
  modules?: MappedModule[]
}
interface MappedCompilation {
  chunks: Iterable<{ files: Iterable<string> }>
  chunkGraph: { getChunkModulesIterable(chunk: unknown): Iterable<MappedModule> }
}

/**
 * Only when FS_MODULE_MAP names a file (npm run bench / test:size): writes which source files each emitted
 * JS file contains, concatenated modules included, so the size check can tell a module or data file that is
 * stored in more than one package. It writes outside the build folder, so it does not change what it measures.
 */
class ModuleMapPlugin {
  constructor(private readonly file: string) {}
  apply(compiler: {
    context: string
    hooks: { afterEmit: { tap(name: string, fn: (compilation: MappedCompilation) => void): void } }
  }): void {
    compiler.hooks.afterEmit.tap('fs-module-map', (compilation) => {
      const files: Record<string, string[]> = {}
      for (const chunk of compilation.chunks) {
        const sources = new Set<string>()
        for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
          for (const inner of module.modules ?? [module]) {
            if (inner.resource) sources.add(path.relative(compiler.context, inner.resource.split('?')[0]))
          }
        }
        for (const file of chunk.files) if (file.endsWith('.js')) files[file] = [...sources].sort()
      }
      writeFileSync(this.file, `${JSON.stringify({ files }, null, 1)}\n`)
    })
  }
}

/**
 * Where the share-card drawing lands in the mini-program: inside the help subpackage, so the main package does
 * not carry it. src/services/shareDrawingLoader.weapp.ts fetches it with require.async; keep the paths equal.
 */
const SHARE_DRAWING_FILE = 'pages/help/share-drawing.js'

/**
 * Bundles src/services/shareDrawing.ts (layout + painting, no Taro imports) with esbuild into one CommonJS
 * module at SHARE_DRAWING_FILE. Taro compiles import() to a synchronous require in mini-programs, which would keep
 * the drawing in the main package; a separate file in a subpackage, loaded with WeChat's require.async, does not.
 */
class ShareDrawingPlugin {
  apply(compiler: {
    context: string
    webpack: { sources: { RawSource: new (source: string) => unknown } }
    hooks: {
      thisCompilation: {
        tap(
          name: string,
          fn: (compilation: {
            hooks: { processAssets: { tapPromise(name: string, fn: () => Promise<void>): void } }
            emitAsset(file: string, source: unknown): void
          }) => void
        ): void
      }
    }
  }): void {
    const entry = path.resolve(compiler.context, 'src', 'services', 'shareDrawing.ts')
    compiler.hooks.thisCompilation.tap('fs-share-drawing', (compilation) => {
      compilation.hooks.processAssets.tapPromise('fs-share-drawing', async () => {
        // The blank app the bench builds with this config has no share drawing.
        if (!existsSync(entry)) return
        const esbuild = await import('esbuild')
        const result = await esbuild.build({
          entryPoints: [entry],
          bundle: true,
          format: 'cjs',
          // ES2017 runs on the oldest engines of package.json's browserslist (iOS 12, Chrome 67; README, "Who it
          // runs on"); esbuild's own ios12/chrome67 targets refuse some destructuring it cannot lower.
          target: 'es2017',
          minify: true,
          charset: 'utf8',
          legalComments: 'none',
          write: false,
          logLevel: 'silent'
        })
        const { RawSource } = compiler.webpack.sources
        compilation.emitAsset(SHARE_DRAWING_FILE, new RawSource(result.outputFiles[0].text))
      })
    })
  }
}

/**
 * Modules only subpackages use, each by several of them: Taro's optimizeMainPackage would copy such a module into
 * every subpackage that uses it; these stay in the main package instead, stored once. `npm run test:size` names
 * any module stored twice, to add here (or to give its pages one subpackage).
 */
const SHARED_BY_SUBPACKAGES = [
  'src/services/scroll.ts',
  'src/components/TipBox/index.tsx',
  // Folds full-width text for search (learn) and 风险自测 (check).
  'src/domain/textFold.ts',
  // Characters as a person sees them: 风险自测's quotes and count (check), 先问家人's names (family).
  'src/domain/graphemes.ts'
]

/** Ships 风险自测's data files without the public sources no page shows (config/dropSourcesLoader.js). */
function dropSignalSources(chain: {
  module: {
    rule(name: string): { test(re: RegExp): { use(name: string): { loader(path: string): unknown } } }
  }
}): void {
  chain.module
    .rule('check-data-without-sources')
    .test(/[\\/]src[\\/]data[\\/](risk-signals|scam-wording|traditional-chars)\.json$/)
    .use('drop-sources')
    .loader(path.resolve(__dirname, 'dropSourcesLoader.js'))
}

/** Adds ModuleMapPlugin to a webpack chain when FS_MODULE_MAP is set. */
function mapModules(chain: {
  plugin(name: string): { use(plugin: unknown, args: unknown[]): unknown }
}): void {
  const file = process.env.FS_MODULE_MAP
  if (file) chain.plugin('fs-module-map').use(ModuleMapPlugin, [file])
}

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
    outputRoot: outputRoot(),
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
            Button: { 'aria-label': "''" },
            // The text boxes' names (风险自测, 搜索, 先问家人): nativeProps reach only the browser's <input>.
            Input: { 'aria-label': "''" },
            Textarea: { 'aria-label': "''" }
          }
        }
      ],
      // base.wxml's Button, Input and Textarea with only the attributes the app sets (config/trimTemplates.js).
      path.resolve(__dirname, 'trimTemplates.js')
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
      optimizeMainPackage: {
        enable: true,
        exclude: SHARED_BY_SUBPACKAGES.map((file) => path.resolve(__dirname, '..', file))
      },
      // Every component's styles are scoped by their own fs- class names, so the order in which the common
      // stylesheet lists them does not matter; without this each build warns five times that it differs by page.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        // The mini-program stays upright: the browser version's sideways rules are dead weight here.
        './config/dropSidewaysCss.js': { enable: true },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' }
        }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        chain.plugin('fs-share-drawing').use(ShareDrawingPlugin)
        dropSignalSources(chain)
        mapModules(chain)
        // webpack's hint is the web's 244 KiB per script; a mini-program package may hold 2 MB, and npm run
        // test:size guards each package against its budget (bench-budgets.json), so the hint only warned every build.
        chain.performance.hints(false)
      }
    },
    h5: {
      htmlPluginOption: {
        contentSecurityPolicy: contentSecurityPolicy(process.env.NODE_ENV === 'development')
      },
      publicPath: '/',
      staticDirectory: 'static',
      // A page that moved into a shared subpackage keeps its old address in the browser (src/route-table.json).
      router: { mode: 'hash', customRoutes: browserAliases() },
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
        // Taro sizes the page's root font from the screen's width when it starts (40 px × width / 750, 20–40 px), so
        // a phone held sideways (568 px) drew every text 1.5× and 风险自测's verdict filled the screen (round 40's
        // trial). Capped at the widest phone's upright width (414 px: 22.08 px); 大字模式 is the way to larger text.
        pxtransform: { enable: true, config: { maxRootSize: 22.08 } },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' }
        }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        dropSignalSources(chain)
        mapModules(chain)
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
              // webpack's own production default. At 4096 home fetched 7 scripts and 2 stylesheets after app.js,
              // most of them 2–3 KB (the call buttons, the heading): each one inserted and loaded is main-thread
              // time before home can paint (about 100 ms at 4× CPU throttling for the 5 extra, README "Size").
              // Every page now fetches 1–5 fewer scripts and no more bytes; only the sum of all files grows, as
              // small shared modules are copied into the pages that use them (251 → 276 KB gzip).
              minSize: 20000,
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
