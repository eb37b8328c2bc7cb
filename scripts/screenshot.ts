import { parseArgs } from 'node:util';
import { launchChromium, serveBuiltApp } from '../tests/browser/harness.ts';

/** npm run screenshot -- --query "?m=gallium&stage=refining" --out shot.png (after vite build) */
const { values } = parseArgs({
  options: {
    query: { type: 'string', default: '' },
    out: { type: 'string', default: 'screenshot.png' },
    width: { type: 'string', default: '1280' },
  },
});
const { url, server } = await serveBuiltApp();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(values.width), height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(new URL(values.query, url).href);
  await page.locator('.panel').first().waitFor();
  await page.screenshot({ path: values.out, fullPage: true });
  console.log(`Wrote ${values.out} (${page.url()})`);
} finally {
  await browser.close();
  await server.close();
}
