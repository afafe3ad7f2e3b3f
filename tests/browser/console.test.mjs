#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// The office console in a real browser: headless Debian Chromium driven by puppeteer-core.
// Scenario (issue 15): log in, see a simulated fleet of 20 boxes, find the box that
// missed yesterday's morning target, send an alert and watch the acknowledgements,
// upload a broken content zip and read its errors, sign a clean one and publish it to a
// box and a site (the boxes report it), ask a box for a screenshot and see it. A screenshot of each page goes to
// $SCREENSHOT_DIR (docs/screenshots/console-*.png are copies of these).
// Exit 0 pass, 1 fail, 77 skip (only when Chromium cannot start).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const SKIP = 77;
let puppeteer;
try {
  puppeteer = (await import('puppeteer-core')).default;
} catch (e) {
  console.error('puppeteer-core missing: run scripts/install-deps (npm ci in tests/browser): ' + e.message);
  process.exit(1);
}

const demoPath = process.env.CONSOLE_DEMO;
const shots = process.env.SCREENSHOT_DIR || 'browser-screenshots';
mkdirSync(shots, { recursive: true });
const chromium = process.env.CHROMIUM || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
if (!chromium) {
  console.error('SKIP: no chromium binary (Debian package `chromium`)');
  process.exit(SKIP);
}

let browser;
try {
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=vi-VN', '--font-render-hinting=none'],
    timeout: 30000,
  });
} catch (e) {
  console.error('SKIP: chromium cannot start: ' + e.message);
  process.exit(SKIP);
}

const demo = spawn(demoPath, [], { stdio: ['pipe', 'pipe', 'inherit'] });
const info = await new Promise((resolve, reject) => {
  const got = {};
  const rl = createInterface({ input: demo.stdout });
  rl.on('line', (line) => {
    const [k, ...rest] = line.split(' ');
    if (k === 'READY') resolve(got);
    else got[k] = rest.join(' ');
  });
  demo.on('exit', (code) => reject(new Error('console_demo exited ' + code)));
  setTimeout(() => reject(new Error('console_demo not ready in 45 s')), 45000);
});
const base = `http://127.0.0.1:${info.PORT}`;
const [user, password] = info.USER.split(' ');

let failures = 0;
function check(ok, what) {
  console.log((ok ? 'ok   ' : 'FAIL ') + what);
  if (!ok) failures++;
}

const page = await browser.newPage();
const viewport = { width: 1366, height: 900 };
await page.setViewport(viewport);
const shot = (name) => page.screenshot({ path: join(shots, `console-${name}.png`), fullPage: true });
const text = (sel) => page.$eval(sel, (e) => e.innerText);
const isoTime = /20\d\d-\d\d-\d\dT\d\d:\d\d/; // the command line's times: never on a page a person reads

try {
  // Log in.
  await page.goto(base + '/boxes');
  check(page.url().includes('/login'), 'an anonymous visit goes to the login page');
  await shot('login');
  await page.type('#user', user);
  await page.type('#password', password);
  await Promise.all([page.waitForNavigation(), page.click('#login')]);
  check(page.url().endsWith('/boxes'), 'login lands on the Boxes page');

  // Boxes: 20, one offline standing out.
  const rows = await page.$$eval('#boxes tr[data-box]', (trs) => trs.map((t) => [t.dataset.box, t.className, t.innerText]));
  check(rows.length === 20, `20 boxes listed (${rows.length})`);
  const silent = rows.filter((r) => r[1] === 'silent').map((r) => r[0]);
  check(silent.length === 1 && silent[0] === 'may-20', `the offline box stands out (${silent})`);
  check((await text('main')).includes('trực tuyến'), 'Vietnamese first');
  const playing = await text('tr[data-box="may-01"] td.playing');
  check(playing.startsWith('Không chuyển khoản cho người lạ') && playing.includes('chinh/khong_chuyen_khoan'),
    `now playing by its title, the ids under it (${playing.replace('\n', ' | ')})`);
  check(!isoTime.test(await text('main')) && /\d\d\/\d\d\/20\d\d \d\d:\d\d/.test(rows[0][2]),
    'times read dd/mm/yyyy HH:MM, no ISO');
  await shot('boxes');

  // Compliance: which box missed yesterday's morning target?
  await page.goto(`${base}/compliance?from=${info.DAY}&to=${info.DAY}`);
  const missed = await page.$$eval('td[data-state=missed]', (tds) => tds.map((td) => td.closest('tr').dataset.box));
  check(missed.length === 1 && missed[0] === 'may-07', `may-07 missed yesterday's morning target (${missed})`);
  const header = await text('#grid');
  check(header.includes('Không chuyển khoản — buổi sáng'), 'targets shown by name');
  await shot('compliance');
  await Promise.all([page.waitForNavigation(), page.click('td[data-state=missed] a')]);
  check((await text('main')).includes('may-07') && (await text('#plays')).includes('09:00'), 'the cell opens the plays behind it (09:00, outside 05:30–07:30)');
  await shot('plays');

  // Alert: preview, send to the box that missed and one more, watch the acks.
  await page.goto(base + '/alerts');
  await page.select('#level', 'emergency');
  await page.type('#message', 'Cảnh giác: công an không gọi điện yêu cầu chuyển tiền. Gọi 113.');
  await page.click('input[name=box][value="may-07"]');
  await page.click('input[name=box][value="may-01"]');
  await Promise.all([page.waitForNavigation(), page.click('#preview')]);
  check((await text('#alert-preview')).includes('công an không gọi điện'), 'the preview shows the message');
  await shot('alert-preview');
  await Promise.all([page.waitForNavigation(), page.click('#send')]);
  check(/\/alerts\/a-/.test(page.url()), 'sending opens the alert page');
  let acked = false;
  for (let i = 0; i < 20 && !acked; i++) {
    const summary = await text('#ack-summary').catch(() => '');
    acked = summary.includes('2 / 2');
    if (!acked) {
      await new Promise((r) => setTimeout(r, 500));
      await page.reload();
    }
  }
  check(acked, 'both boxes acknowledged');
  await new Promise((r) => setTimeout(r, 800));
  await page.reload();
  await shot('alert-acks');
  await page.goto(base + '/alerts');
  const sent = await text('#sent').catch(() => '');
  check(sent.includes('can-bo') && sent.includes('2 máy'), `the alert is listed with who sent it and its acks (${sent.split('\n')[1]})`);
  await shot('alerts');

  // Content: a broken zip, every problem as file:line:col.
  await page.goto(base + '/content');
  await shot('content');
  const input = await page.$('#zip');
  await input.uploadFile(info.ZIP);
  await Promise.all([page.waitForNavigation(), page.click('#upload')]);
  const problems = await text('#problems').catch(() => '');
  check(problems.includes('playlists/main.toml:22:12'), 'the broken zip shows playlists/main.toml:22:12');
  await shot('content-errors');
  await page.goto(base + '/content');
  await (await page.$('#zip')).uploadFile(info.CLEAN);
  await Promise.all([page.waitForNavigation(), page.click('#upload')]);
  check((await text('main')).includes('Nội dung hợp lệ'), 'a valid content zip passes the check');
  await Promise.all([page.waitForNavigation(), page.click('#sign')]);
  check((await text('#signed').catch(() => '')).includes('1.0.0'), 'it is signed with the office key, with a USB stick zip');
  await shot('content-signed');

  // Publish it over the network to one box and one site; watch the boxes get it.
  await Promise.all([page.waitForNavigation(), page.click('#to-publish')]);
  check((await text('#have-summary')).includes('0 / 20'), 'no box runs the new bundle yet');
  await page.click('input[name=box][value="may-03"]');
  await page.click('input[name=site][value="cho-hong-an"]'); // may-01, 05, 09, 13, 17
  await shot('content-publish');
  await Promise.all([page.waitForNavigation(), page.click('#publish')]);
  check((await text('#published').catch(() => '')).includes('6'), 'published to 6 boxes');
  let have = '';
  for (let i = 0; i < 40 && !have.includes('6 / 20'); i++) {
    await new Promise((r) => setTimeout(r, 500));
    await page.reload();
    have = await text('#have-summary').catch(() => '');
  }
  check(have.includes('6 / 20'), `the 6 chosen boxes report the new bundle (${have})`);
  const hasIt = await page.$$eval('#bundle-status tr[data-has="1"]', (trs) => trs.map((t) => t.dataset.box).join(','));
  check(hasIt === 'may-01,may-03,may-05,may-09,may-13,may-17', `exactly the chosen boxes have it (${hasIt})`);
  await shot('content-published');

  // Boxes: ask may-03 for a screenshot, see it appear (served behind the login).
  await page.goto(base + '/boxes');
  await Promise.all([page.waitForNavigation(), page.click('tr[data-box="may-03"] button.ask-shot')]);
  check((await text('#shot-asked').catch(() => '')).includes('may-03'), 'screenshot asked of may-03');
  let shown = false;
  for (let i = 0; i < 30 && !shown; i++) {
    await new Promise((r) => setTimeout(r, 500));
    await page.reload();
    shown = await page
      .$eval('tr[data-box="may-03"] td.shot img', (img) => img.complete && img.naturalWidth > 0)
      .catch(() => false);
  }
  check(shown, 'the screenshot of may-03 shows on the Boxes page');
  await shot('boxes-screenshot');

  // The other pages, for the screenshots (and that they load).
  await page.goto(base + '/logs');
  await shot('logs');
  // Issue 17 on the console: may-05's USB log (the office cosigns its checkpoint), then a
  // new log started with may-05's key. Both merge; the Boxes row of may-05 says why not to trust it.
  for (const f of [info.USB1, info.USB2]) {
    await page.goto(base + '/logs');
    await (await page.$('#files')).uploadFile(f);
    await Promise.all([page.waitForNavigation(), page.click('#upload')]);
  }
  check((await text('#merge').catch(() => '')).includes('Sổ phát') || (await text('main')).includes('mã sổ mới'),
    'the forged log merges with the witness warning');
  await shot('logs-merged');
  await page.goto(base + '/boxes');
  const finding = await text('tr[data-finding-box="may-05"]').catch(() => '');
  check(finding.includes('Sổ phát mới cho một máy đã biết'), `the Boxes row of may-05 says a new log appeared (${finding.split('\n')[0]})`);
  check(!isoTime.test(finding) && /seq \d+, \d\d\/\d\d\/20\d\d \d\d:\d\d\)/.test(finding),
    `the finding's checkpoint time reads dd/mm/yyyy HH:MM (${finding.split('\n')[1]})`);
  await page.$eval('tr[data-finding-box="may-05"]', (e) => e.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: join(shots, 'console-boxes-witness.png') });
  await page.goto(`${base}/compliance?from=${info.DAY}&to=${info.DAY}`);
  const gridWarning = await text('#witness').catch(() => '');
  check(gridWarning.includes('may-05') && !isoTime.test(gridWarning), 'the compliance grid warns about may-05 (local times)');
  await shot('compliance-witness');
  await page.goto(base + '/reports');
  check((await text('main')).includes('Báo cáo'), 'Reports page');
  await shot('reports');
  await page.goto(`${base}/reports/print?from=${info.DAY}&to=${info.DAY}`);
  // As on paper: A4 is 210 mm wide (794 px at 96 dpi); a screenshot does not draw the 15 mm
  // @page margins, so they are added as padding for the picture only.
  await page.setViewport({ width: 794, height: 1123 });
  await page.emulateMediaType('print');
  await page.addStyleTag({ content: 'body{padding:15mm;box-sizing:border-box}' });
  await shot('report-print');
  // One site's page: only its boxes.
  await page.goto(`${base}/reports/print?scope=site&value=truong-thpt-a&from=${info.DAY}&to=${info.DAY}`);
  await page.addStyleTag({ content: 'body{padding:15mm;box-sizing:border-box}' });
  const sitePage = await text('main');
  check(sitePage.includes('may-03') && !sitePage.includes('may-02'), 'the print page of a site has only its boxes');
  const overflow = await page.$eval('table.print', (t) => t.scrollWidth - t.parentElement.clientWidth);
  check(overflow <= 0, `the print table fits the A4 width (${overflow} px over)`);
  await shot('report-print-site');
  await page.emulateMediaType('screen');
  await page.setViewport(viewport);
  await page.goto(base + '/boxes?lang=en');
  check((await text('main')).includes('online'), 'English with ?lang=en');
  check(!isoTime.test(await text('main')) && (await text('tr[data-box="may-01"] td.playing')).includes('Không chuyển khoản cho người lạ'),
    'English: the same times and titles');
  await shot('boxes-en');
} catch (e) {
  console.error('FAIL: ' + (e.stack || e));
  failures++;
} finally {
  await browser.close();
  demo.stdin.end();
  await new Promise((r) => demo.on('exit', r));
}
console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
process.exit(failures ? 1 : 0);
