import type { Page } from '@playwright/test';

/** Every page the main navigation links to, as paths relative to the base URL (so new pages are covered). */
export async function navRoutes(page: Page): Promise<string[]> {
	await page.goto('./');
	const hrefs = await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
	const base = new URL(page.url()).pathname.replace(/[^/]*$/, '');
	return [...new Set(hrefs.map((h) => new URL(h).pathname.slice(base.length)))];
}
