import type { UserConfigExport } from '@tarojs/cli'

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  // `npm run dev:h5` serves the browser version on this machine only; FS_DEV_PORT lets a test pick a free port.
  h5: { devServer: { host: '127.0.0.1', port: Number(process.env.FS_DEV_PORT) || 10086 } }
} satisfies UserConfigExport<'webpack5'>
