// Opens the rendered API reference in headless Chromium (Playwright), screenshots it, and prints
// the operation links Redoc rendered (they live in shadow DOM, which --dump-dom does not show).
// Usage: node tools/docs_check.mjs <page.html> <screenshot.png>
import { chromium } from 'playwright-core';

const [, , page_file, screenshot] = process.argv;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto('file://' + page_file);
  await page.waitForFunction(() => document.body.innerText.length > 0 || document.querySelector('*:not(html):not(head)'));
  await page.waitForTimeout(2500);
  const collect = () => page.evaluate(() => {
    const found = new Set();
    const walk = (root) => {
      root.querySelectorAll('a[href]').forEach((a) => found.add(a.getAttribute('href')));
      root.querySelectorAll('*').forEach((el) => { if (el.shadowRoot) walk(el.shadowRoot); });
    };
    walk(document);
    return [...found];
  });
  await page.screenshot({ path: screenshot });  // the first screen, as a person sees it
  // Redoc renders sections as they scroll into view: scroll down until nothing new appears.
  const links = new Set(await collect());
  await page.mouse.move(700, 500);
  for (let step = 0, quiet = 0; step < 400 && quiet < 8; step++) {
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(150);
    const before = links.size;
    (await collect()).forEach((link) => links.add(link));
    quiet = links.size === before ? quiet + 1 : 0;
  }
  console.log(JSON.stringify({ links: [...links], errors }));
} finally {
  await browser.close();
}
