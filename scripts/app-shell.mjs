// node scripts/app-shell.mjs [dist folder] — adds the first-visit app shell to a browser build (default dist-h5/).
//
// A person who opens the browser version for the first time (a forwarded link) sees a blank page until the app's
// scripts have loaded and drawn home: about a second on a slow phone. This step opens the built home once in
// Chromium, as a first visitor sees it, and writes what it drew into index.html: the home page's markup, the
// styles Taro's scripts inject and the page's own stylesheet. The browser then paints home straight from the HTML.
// The shell is only shown when it is exactly what the app will draw (a small inline script decides before the
// first paint): home with no query, nothing saved in this browser (no progress, no 大字模式, no family number) and
// the browser's usual 16 px text. Everyone else sees, after a second, a plain 正在打开反诈守护 note in the browser's own
// text size with 96110 and 110 to call, instead of a white page. The app removes shell and note when its first page
// mounts (src/services/appShell.ts), keeping the scroll position. Until then the shell's 96110 and 110 buttons call
// at once, and any other tap says 正在打开，请稍等… and is made again on home once the app is there (round 49's trial:
// a tap on 风险自测 or 大字模式 was lost). If no page has appeared 8 s after the page loaded, or 12 s after it opened (a
// script that never arrived or never answers), a notice says so, with 96110 and 110 to call and 刷新. Without Chromium
// the build is left as it was, with a warning; a Chromium that is there but does not start fails the build.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

/** The home route and what a first visitor sees on it once the app has drawn it. */
const HOME_ROUTE = 'pages/index/index'
const HOME_READY = '.fs-category-card'
const HOME_READY_COUNT = 10
const SHELL_ID = 'fs-shell'
const SHELL_ON = 'fs-shell-on'
/** The plain "正在打开" note with the two numbers, for everyone the shell is not for (another page, large text). */
const LOADING_ID = 'fs-loading'
const LOADING_ON = 'fs-loading-on'
/**
 * The shell's controls, counted in order: the last one tapped is made again on the app's home once it is there
 * (src/services/appShell.ts reads the same list; tests/unit/appShell.test.ts keeps them equal).
 */
export const TAPPABLE = '[role="button"],[role="switch"],[role="link"],[role="checkbox"]'
/**
 * What Taro's router gives a page (.taro_router > .taro_page), under names no Taro code looks for. Fixed over the
 * whole screen: Taro's first script adds a navigation bar and sizes #app before home's own script arrives, and
 * neither may push the shell down.
 */
const SHELL_LAYOUT = [
  `html:not(.${SHELL_ON}) #${SHELL_ID}{display:none}`,
  `#${SHELL_ID}{position:fixed;left:0;top:0;width:100%;height:100%;z-index:1000}`,
  `#${SHELL_ID}>.fs-shell__page{position:absolute;left:0;top:0;width:100%;height:100%;overflow-x:hidden;` +
    'overflow-y:scroll;background-color:#fff}',
  '#fs-stalled{position:fixed;left:0;right:0;top:0;z-index:1001;padding:12px 16px;background:#b71c1c;color:#fff;' +
    'font-size:1.125rem;line-height:1.5}',
  '#fs-stalled a{display:inline-block;min-height:3rem;line-height:3rem;margin-right:1.5rem;color:#fff;font-weight:bold}',
  '#fs-wait{position:fixed;left:16px;right:16px;bottom:24px;z-index:1001;padding:16px;border-radius:8px;' +
    'background:#212121;color:#fff;font-size:20px;line-height:1.5;text-align:center}',
  '#fs-stalled button{min-height:3rem;min-width:6rem;margin-top:8px;padding:0 16px;border:2px solid #fff;' +
    'border-radius:8px;background:transparent;color:#fff;font-size:inherit;font-weight:bold}',
  // Everyone the shell is not for sees this until the app's first page: after a second, so a quick start shows none.
  // In rem, so a phone's large text makes it large too.
  `html:not(.${LOADING_ON}) #${LOADING_ID}{display:none}`,
  `#${LOADING_ID}{position:fixed;left:0;right:0;top:0;z-index:999;padding:1rem;background:#fff;color:#212121;` +
    'font-size:1.25rem;line-height:1.6;animation:fs-appear 0s 1s both}',
  `#${LOADING_ID} a{display:inline-block;min-height:3rem;line-height:3rem;margin-right:1.5rem;color:#b71c1c;` +
    'font-weight:bold}',
  '@keyframes fs-appear{from{visibility:hidden}to{visibility:visible}}'
].join('')

/**
 * A call button's quiet time (ms), as the app's (src/domain/tapGuard.ts DIAL_QUIET_MS; tests/unit/appShell.test.ts
 * keeps them equal): a tap within it of the last tap on a call button dials nothing, so a double or triple tap on the
 * shell's 96110 dials once (trial 14: once per tap before the app took over).
 */
export const DIAL_QUIET_MS = 1000

/** How long after the page's load event (or a call from the shell) a page that never appeared is called stalled. */
const STALLED_AFTER_MS = 8000
/**
 * …and how long after the page opened: a script that never answers holds the load event back for good (round 49's
 * trial: a white page, still, 15 s on).
 */
const STALLED_FROM_OPEN_MS = 12000

/**
 * A call from the shell is a navigation to tel:, which in Chromium cancels the app's scripts still loading, and the
 * load event then never comes (a fresh reviewer on a slow network: the shell stayed, dead, after the call). So the
 * stalled notice is also timed from the call, and when the person comes back to the page (visibilitychange) without
 * the app, after this many ms, the page loads again.
 */
const REVIVE_AFTER_MS = 300

/**
 * Runs inline in <head>, before the first paint. Decides whether the shell is what the app will draw: home at the
 * site's root with no query, nothing saved and 16 px text; any doubt (storage that throws, another page) leaves it
 * hidden. And when no page of the app has appeared some seconds after everything loaded (a script that failed to
 * arrive), it says so with the two numbers to call, instead of a shell that answers nothing or a blank page. Its
 * call buttons dial at once, holding double taps as the app's do (DIAL_QUIET_MS). Kept
 * in ES5: it runs before any polyfill, on every browser the build targets.
 */
const DECIDE = `(function(){
function stalled(){if(document.querySelector('#app .taro_page')||document.getElementById('fs-stalled'))return;
var note=document.createElement('div');note.id='fs-stalled';note.setAttribute('role','alert');
note.innerHTML='页面没有加载完整，请刷新再试。急事请直接拨打：<br><a href="tel:96110">96110 反诈咨询</a><a href="tel:110">110 报警</a><br><button type="button">刷新</button>';
note.querySelector('button').addEventListener('click',function(){location.reload()});
var loading=document.getElementById('${LOADING_ID}');if(loading)loading.parentNode.removeChild(loading);
document.body.insertBefore(note,document.body.firstChild);}
addEventListener('load',function(){setTimeout(stalled,${STALLED_AFTER_MS})});
setTimeout(stalled,${STALLED_FROM_OPEN_MS});
var root=document.documentElement,shown=false;
try{
var h=location.hash,p=location.pathname;
if((h!==''&&h!=='#/'&&h!=='#/${HOME_ROUTE}')||location.search!==''||(p!=='/'&&p!=='/index.html'))return;
if(localStorage.length!==0)return;
var probe=document.createElement('div');probe.style.cssText='font-size:medium;position:absolute;visibility:hidden';
root.appendChild(probe);var px=parseFloat(getComputedStyle(probe).fontSize);probe.remove();
if(px!==16)return;root.className+=' ${SHELL_ON}';shown=true;
document.addEventListener('scroll',function(e){if(e.target.className==='fs-shell__page')window.fsShellScroll=e.target.scrollTop},true);
var lastCallTap=-Infinity,dialled=false;
document.addEventListener('visibilitychange',function(){setTimeout(function(){
if(dialled&&document.visibilityState==='visible'&&!document.querySelector('#app .taro_page'))location.reload()},${REVIVE_AFTER_MS})});
document.addEventListener('click',function(e){var shell=document.getElementById('${SHELL_ID}');
if(!shell||!shell.contains(e.target))return;var call=e.target.closest('[data-fs-tel]');
if(call){var now=Date.now();if(now-lastCallTap>=${DIAL_QUIET_MS}){location.href='tel:'+call.getAttribute('data-fs-tel');
dialled=true;setTimeout(stalled,${STALLED_AFTER_MS});}lastCallTap=now;return;}
var tapped=e.target.closest('${TAPPABLE}');
if(tapped){var all=shell.querySelectorAll('${TAPPABLE}');for(var i=0;i<all.length;i++)if(all[i]===tapped)
window.fsShellTap={index:i,label:tapped.getAttribute('aria-label')||tapped.textContent};}
if(document.getElementById('fs-wait'))return;var wait=document.createElement('div');wait.id='fs-wait';
wait.setAttribute('role','status');wait.textContent='正在打开，请稍等…';document.body.appendChild(wait);},true);
}catch(e){}finally{if(!shown)root.className+=' ${LOADING_ON}';}})();`

/** Opens home in a fresh phone-sized page and returns its markup and the styles the scripts added. */
async function snapshotHome(dist) {
  const { serveStatic } = await import('../tests/e2e/support/server.mjs')
  const { launchBrowser, newPhonePage } = await import('../tests/e2e/support/browser.mjs')
  const server = await serveStatic(dist)
  const browser = await launchBrowser()
  try {
    const { page, problems } = await newPhonePage(browser, server.url)
    await page.goto(`${server.url}/#/${HOME_ROUTE}`)
    await page.waitForFunction(
      ([selector, count]) => document.querySelectorAll(selector).length === count,
      [HOME_READY, HOME_READY_COUNT]
    )
    await page.evaluate(() => document.fonts.ready)
    const trouble = [...problems.pageErrors, ...problems.consoleErrors, ...problems.offsiteRequests]
    if (trouble.length > 0) throw new Error(`home did not load cleanly: ${trouble[0]}`)
    return await page.evaluate(() => {
      const pages = document.querySelectorAll('#app .taro_page')
      if (pages.length !== 1) throw new Error(`expected one page in #app, found ${pages.length}`)
      const markup = pages[0].cloneNode(true)
      // Ids are the app's to find (Taro's router looks pages up by id): the copy has none. Nor can the Tab key
      // reach it (the shell is also hidden from screen readers): it answers nothing until the app runs.
      for (const element of [markup, ...markup.querySelectorAll('[id]')]) element.removeAttribute('id')
      for (const element of markup.querySelectorAll('[tabindex], [tab-index]')) {
        element.removeAttribute('tabindex')
        element.removeAttribute('tab-index')
      }
      // The call buttons call at once, before the app runs: "96110 点击拨打", "拨打 96110 …", "拨打 110 …".
      for (const button of markup.querySelectorAll('[role="button"]')) {
        const label = button.getAttribute('aria-label') || button.textContent.trim()
        const number = /^(?:拨打\s*)?(96110|110)(?!\d)/.exec(label)?.[1]
        if (number) button.setAttribute('data-fs-tel', number)
      }
      return {
        page: markup.innerHTML,
        styles: [...document.querySelectorAll('style')].map((style) => style.textContent).join('\n'),
        stylesheets: [...document.querySelectorAll('link[rel="stylesheet"]')].map(
          (link) => new URL(link.href).pathname
        )
      }
    })
  } finally {
    await browser.close()
    await server.close()
  }
}

/**
 * Writes the shell into `dist`/index.html: the decision and the styles into <head>, the markup before #app.
 * Returns the bytes added. Throws when the build already has a shell or home does not load cleanly.
 */
export async function addAppShell(dist) {
  const file = join(dist, 'index.html')
  const html = readFileSync(file, 'utf8')
  if (html.includes(`id="${SHELL_ID}"`)) throw new Error(`${file} already has the app shell`)
  if (!html.includes('<div id="app"></div>')) throw new Error(`${file} has no empty <div id="app">`)
  const snapshot = await snapshotHome(dist)
  const links = snapshot.stylesheets
    .filter((href) => !html.includes(href))
    .map((href) => `<link href="${href}" rel="stylesheet">`)
    .join('')
  const head = `<script>${DECIDE}</script><style>${SHELL_LAYOUT}\n${snapshot.styles}</style>${links}`
  const loading =
    `<div id="${LOADING_ID}" role="status">正在打开反诈守护，请稍等…<br>急事请直接拨打：` +
    '<a href="tel:96110">96110 反诈咨询</a><a href="tel:110">110 报警</a></div>'
  const body = `<div id="${SHELL_ID}" aria-hidden="true"><div class="fs-shell__page">${snapshot.page}</div></div>${loading}`
  const shelled = html.replace('</head>', `${head}</head>`).replace('<div id="app">', `${body}<div id="app">`)
  writeFileSync(file, shelled)
  return shelled.length - html.length
}

async function main() {
  const dist = resolve(process.argv[2] ?? 'dist-h5')
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
  if (!existsSync(chromium)) {
    console.warn(`app-shell: no Chromium at ${chromium}; ${dist} keeps a blank first paint`)
    return
  }
  const added = await addAppShell(dist)
  console.log(`app-shell: home's first paint written into ${join(dist, 'index.html')} (+${added} B)`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
