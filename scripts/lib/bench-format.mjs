// Small helpers shared by the benchmark: statistics, number formatting and the one plain-text table.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function formatBytes(bytes) {
  return `${bytes.toLocaleString('en-US')} B (${(bytes / 1024).toFixed(1)} KB)`
}

export function formatKb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`
}

export function formatMs(ms, digits = 0) {
  return `${ms.toFixed(digits)} ms`
}

export function formatPercent(ratio) {
  return `${(ratio * 100).toFixed(1)}%`
}

/** Terminal columns of a string: CJK and full-width characters take two. */
function displayWidth(text) {
  let width = 0
  for (const ch of text) {
    const code = ch.codePointAt(0)
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd)
    width += wide ? 2 : 1
  }
  return width
}

function pad(text, width) {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)))
}

/**
 * Rows are { section, metric, value, note }, grouped under a heading line per section, sections in the order
 * they first appear. Returns the table as one string.
 */
export function renderTable(unsorted, headers = ['metric', 'value', 'note']) {
  const sections = Array.from(new Set(unsorted.map((r) => r.section)))
  const rows = sections.flatMap((section) => unsorted.filter((r) => r.section === section))
  const cells = rows.map((r) => [r.metric, r.value, r.note ?? ''])
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...cells.map((c) => displayWidth(c[i]))))
  const line = (c) =>
    c
      .map((text, i) => (i === c.length - 1 ? text : pad(text, widths[i])))
      .join('  ')
      .trimEnd()
  const total = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1)
  const out = [line(headers), widths.map((w) => '-'.repeat(w)).join('  ')]
  let section = null
  rows.forEach((r, i) => {
    if (r.section !== section) {
      section = r.section
      out.push(`${'='.repeat(2)} ${section} ${'='.repeat(Math.max(2, total - displayWidth(section) - 4))}`)
    }
    out.push(line(cells[i]))
  })
  return out.join('\n')
}
