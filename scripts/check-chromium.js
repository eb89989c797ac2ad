// Run before the browser tests: a clear message instead of a stack trace when no Chromium is installed.
import { findChromium } from './chromium-path.js';

const path = findChromium();
if (path) {
	console.log(`Browser tests use Chromium at ${path}`);
} else {
	console.error(`No Chromium found for the browser tests.
Looked at: $CHROMIUM_PATH, /usr/bin/chromium, Playwright's browser cache.
Get one with either:
  - the system package (Debian/Ubuntu):  sudo apt-get install -y chromium
  - on a machine with internet access:   npx playwright install chromium
or point CHROMIUM_PATH at an existing Chromium or Chrome binary.`);
	process.exit(1);
}
