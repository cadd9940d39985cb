import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8'
}

/** Serves a built folder on 127.0.0.1 at a free port. Resolves to { url, close }. */
export function serveStatic(folder) {
  const root = resolve(folder)
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run "npm run build:h5" first`)
  }
  const server = createServer((request, response) => {
    const pathname = safeDecode(new URL(request.url, 'http://127.0.0.1').pathname)
    let file = normalize(join(root, pathname))
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory())
      file = join(root, 'index.html')
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    // A file removed mid-run (a rebuild) ends that response instead of crashing the whole test process.
    createReadStream(file)
      .on('error', () => response.end())
      .pipe(response)
  })
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done()))
      })
    })
  })
}

/** A hostile link's path (`/%E0%A4%A`) must not crash the server: it is served index.html like any unknown path. */
function safeDecode(path) {
  try {
    return decodeURIComponent(path)
  } catch {
    return '/'
  }
}
