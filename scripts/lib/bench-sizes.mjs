// Sizes of the two production builds: the mini-program package split as WeChat counts it, and the H5 JavaScript.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Every file under `root`, as { path (relative, with "/"), bytes }. */
export function listFiles(root) {
  const files = []
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) {
        files.push({ path: relative(root, full).split(sep).join('/'), bytes: statSync(full).size })
      }
    }
  }
  walk(root)
  return files
}

const sum = (files) => files.reduce((total, f) => total + f.bytes, 0)

/** "packageA", "packageA/", "/packageA/" → "packageA/" */
function normalizeRoot(root) {
  return `${String(root).replace(/^\/+|\/+$/g, '')}/`
}

/**
 * dist/ after `taro build --type weapp`: total, main package (everything not under a subpackage root listed in
 * app.json), each subpackage, the five largest files.
 */
export function measureWeapp(distDir) {
  const appJsonPath = join(distDir, 'app.json')
  if (!existsSync(appJsonPath)) throw new Error(`${appJsonPath} is missing: build the mini-program first`)
  const appJson = JSON.parse(readFileSync(appJsonPath, 'utf8'))
  const declared = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])]
  const roots = Array.from(new Set(declared.map((p) => normalizeRoot(p.root))))
  const files = listFiles(distDir)
  const subPackages = roots.map((root) => ({
    root,
    bytes: sum(files.filter((f) => f.path.startsWith(root)))
  }))
  const inSubPackage = (f) => roots.some((root) => f.path.startsWith(root))
  const largest = [...files].sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path)).slice(0, 5)
  return {
    totalBytes: sum(files),
    mainPackageBytes: sum(files.filter((f) => !inSubPackage(f))),
    fileCount: files.length,
    subPackages,
    largest
  }
}

/** dist-h5/: every .js file, raw and gzipped one by one at level 9, summed. */
export function measureH5(distDir) {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir}/index.html is missing: build the H5 version first`)
  }
  const scripts = listFiles(distDir).filter((f) => f.path.endsWith('.js'))
  let gzipBytes = 0
  for (const f of scripts) gzipBytes += gzipSync(readFileSync(join(distDir, f.path)), { level: 9 }).length
  return { jsFiles: scripts.length, jsBytes: sum(scripts), jsGzipBytes: gzipBytes }
}

/** The text of every built H5 script, to look up which routes the build contains. */
export function h5ScriptText(distDir) {
  return listFiles(distDir)
    .filter((f) => f.path.endsWith('.js'))
    .map((f) => readFileSync(join(distDir, f.path), 'utf8'))
    .join('\n')
}
