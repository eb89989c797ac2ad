import { chromium } from 'playwright-core';
const [, , url, out, scheme = 'light', width = '1280'] = process.argv;
const b = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
});
const p = await b.newPage({ colorScheme: scheme, viewport: { width: Number(width), height: 900 } });
p.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
await p.goto(url);
await p
	.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.engine), null, { timeout: 30000 })
	.catch(() => {});
await p.screenshot({ path: out, fullPage: true });
await b.close();
