import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, engineReady } from './fixtures';
import { navRoutes } from './nav-routes';
import { m } from '../../src/lib/paraglide/messages.js';

/** Every language but English, which the other specs cover at today's addresses. */
const LOCALES = ['ar', 'zh', 'fr', 'ru', 'es'] as const;
const messages = (locale: string): Record<string, string> =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
const ROUTES = ['', 'funding', 'participation', 'explore', 'data', 'embed/donors-ranked'];
const NAV_KEYS = ['nav_overview', 'nav_funding', 'nav_participation', 'nav_explore', 'nav_data'];

const localized = (locale: string, path: string) => (path ? `${locale}/${path}` : locale);
const chartIds = (page: Page) =>
	page.locator('figure[data-chart]').evaluateAll((figs) => figs.map((f) => f.getAttribute('data-chart')));
const chartTitles = (page: Page) => page.locator('figure[data-chart] .title').allTextContents();

test('every page in the navigation is covered', async ({ page }) => {
	expect(ROUTES).toEqual(expect.arrayContaining(await navRoutes(page)));
});

for (const path of ROUTES) {
	test(`/${path} in every language: lang, dir, navigation, the same charts, titles translated`, async ({
		page,
		watch
	}) => {
		test.setTimeout(120_000);
		await page.goto(path);
		const english = await chartIds(page);
		const englishTitles = await chartTitles(page);
		for (const locale of LOCALES) {
			await page.goto(localized(locale, path));
			const html = page.locator('html');
			await expect(html).toHaveAttribute('lang', locale);
			await expect(html).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
			const m = messages(locale);
			if (!path.startsWith('embed/')) {
				// The embed hides the site's header: its navigation is checked on the pages themselves.
				const nav = page.getByRole('navigation', { name: m.nav_main });
				await expect(nav.getByRole('link')).toHaveText(NAV_KEYS.map((k) => m[k]));
			}
			const alternates = page.locator('link[rel="alternate"][hreflang]');
			await expect(alternates).toHaveCount(7);
			// The pseudo-locale is a check's build of its own (docs/i18n.md, Checks): never in the site.
			await expect(page.locator('link[hreflang="en-XA"]')).toHaveCount(0);
			expect(await chartIds(page), `${locale}/${path}`).toEqual(english);
			const titles = await chartTitles(page);
			const untranslated = titles.filter((title, i) => title === englishTitles[i]);
			expect(untranslated, `${locale}/${path}: chart titles left in English`).toEqual([]);
			if (!path.startsWith('embed/'))
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(path ? m[`nav_${path}`] : m.site_name);
		}
		expect(watch.consoleErrors).toEqual([]);
	});
}

test('internal links stay in the reader’s language', async ({ page }) => {
	for (const path of ROUTES) {
		await page.goto(localized('fr', path));
		const base = new URL(page.url()).pathname.slice(0, -localized('fr', path).length);
		// Same-site pages, not files (datasets, manifest) and not the switcher's links to other languages.
		const pages = await page.locator('a[href]:not([hreflang])').evaluateAll((links) =>
			links
				.map((a) => new URL((a as HTMLAnchorElement).href))
				.filter((u) => u.origin === location.origin && !/\.\w+$/.test(u.pathname))
				.map((u) => u.pathname)
		);
		const elsewhere = pages.filter((p) => !p.startsWith(`${base}fr`));
		expect(elsewhere, `/${localized('fr', path)}`).toEqual([]);
	}
});

test('recommendation texts stay the English original, marked and spoken as English', async ({ page }) => {
	await page.goto('ar');
	const heading = page.locator('.rec-card h3').first();
	await expect(heading.locator('[lang="en"]')).not.toBeEmpty();
	await expect(heading).toContainText(messages('ar').rec_english_original);
	await page.goto('');
	await expect(page.locator('.rec-card .original')).toHaveCount(0);
});

test('a summary built from data is written in the page’s language', async ({ page }) => {
	await page.goto('ar/participation');
	const label = await page
		.locator('figure[data-chart="participants-per-year"] svg[aria-label]')
		.getAttribute('aria-label');
	expect(label).toMatch(/^المشاركون في كل دورة سنوية للمنتدى، 2006–2025: نُشرت أرقام الحضور عن \d+ من \d+ اجتماع/);
});

/** A figure's summary (its SVG's accessible name) and, once its Table view is open, the table's headers and rows. */
async function figureTexts(page: Page, chart: string, tableButton: string) {
	const figure = page.locator(`figure[data-chart="${chart}"]`);
	const summary = (await figure.locator('svg[aria-label]').first().getAttribute('aria-label')) ?? '';
	const button = figure.getByRole('button', { name: tableButton, exact: true });
	// The panels hydrate after the page: a click before that opens nothing, so click until the table shows.
	await expect(async () => {
		if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
		await expect(figure.locator('table th').first()).toBeVisible({ timeout: 1000 });
	}).toPass();
	const headers = await figure.locator('table th').allTextContents();
	const firstColumn = await figure.locator('table tbody tr td:first-child').allTextContents();
	return { summary, headers: headers.map((h) => h.trim()), firstColumn };
}

test('/fr/funding: a summary and its table in French, with the English page’s numbers', async ({ page }) => {
	await page.goto('funding');
	const en = await figureTexts(page, 'funding-concentration', m.figure_table({}, { locale: 'en' }));
	const [, published, years, half] = en.summary.match(/^Concentration in (\d+) of (\d+) years .*; (\d+) years where/)!;
	await page.goto('fr/funding');
	const fr = await figureTexts(page, 'funding-concentration', m.figure_table({}, { locale: 'fr' }));
	expect(fr.summary).toBe(m.sum_conc({ count: Number(years), published, years, half }, { locale: 'fr' }));
	expect(fr.summary).not.toContain('Concentration in');
	expect(fr.headers.slice(0, 4)).toEqual(
		[m.tbl_year, m.tbl_donors, m.tbl_total, m.tbl_largest_donor].map((f) => f({}, { locale: 'fr' }))
	);
	expect(fr.headers).not.toContain('Year');
	expect(fr.firstColumn).toEqual(en.firstColumn);
	// The printed report's header says the filters in French too.
	const filters = `${m.print_years({ from: '2006', to: '2025' }, { locale: 'fr' })}${m.lbl_list_semicolon({}, { locale: 'fr' })}${m.print_basis_usd({}, { locale: 'fr' })}`;
	await expect(page.locator('[data-filters]')).toContainText(m.print_filters({ filters }, { locale: 'fr' }));
	// Host countries are named in French, from the build's table of the countries the data uses.
	const hosts = await figureTexts(page, 'host-support', m.figure_table({}, { locale: 'fr' }));
	expect(hosts.headers[1]).toBe(m.tbl_host({}, { locale: 'fr' }));
	await expect(page.locator('figure[data-chart="host-support"] table')).toContainText('Berlin, Allemagne');
});

test('/ar/participation: a summary and its table in Arabic, with the English page’s numbers', async ({ page }) => {
	await page.goto('participation');
	const en = await figureTexts(page, 'stakeholder-composition', m.figure_table({}, { locale: 'en' }));
	const [, count, list] = en.summary.match(/published for (\d+) years \(([^)]*)\)/)!;
	await page.goto('ar/participation');
	const ar = await figureTexts(page, 'stakeholder-composition', m.figure_table({}, { locale: 'ar' }));
	const what = m.chart_stakeholder_composition({}, { locale: 'ar' });
	const years = list.split(', ');
	expect(ar.summary).toBe(
		m.sum_composition(
			{
				what,
				count: Number(count),
				years: count,
				list: years.join(m.lbl_list_separator({}, { locale: 'ar' })),
				host: ''
			},
			{ locale: 'ar' }
		)
	);
	expect(ar.summary).not.toContain('published for');
	expect(ar.headers).toEqual(
		[m.tbl_year, m.tbl_as_published, m.tbl_charted_as, m.tbl_figure, m.tbl_basis, m.tbl_note].map((f) =>
			f({}, { locale: 'ar' })
		)
	);
	expect(ar.firstColumn).toEqual(en.firstColumn);
});

test('the map names countries in the page’s language', async ({ page }) => {
	await page.goto('participation');
	const path = (iso3: string) => page.locator(`g.countries path[data-iso3="${iso3}"]`);
	await expect(path('DEU')).toHaveAttribute('data-name', 'Germany');
	await page.goto('fr/participation');
	await expect(path('DEU')).toHaveAttribute('data-name', 'Allemagne');
	await page.goto('zh/participation');
	await expect(path('JPN')).toHaveAttribute('data-name', '日本');
});

test('a filter set in English survives a switch of language', async ({ page, watch }) => {
	await page.goto('funding');
	await engineReady(page);
	await page.getByRole('checkbox', { name: 'Government', exact: true }).check();
	await page.locator('select[name="from"]').selectOption('2012');
	await expect(page).toHaveURL(/donor=government/);
	await expect(page).toHaveURL(/years=2012\.\./);
	await page.getByRole('link', { name: 'العربية' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page).toHaveURL(/\/ar\/funding\?.*donor=government/);
	await expect(page).toHaveURL(/years=2012\.\./);
	await expect(page.locator('input[name="donor"][value="government"]')).toBeChecked();
	await expect(page.locator('select[name="from"]')).toHaveValue('2012');
	expect(watch.consoleErrors).toEqual([]);
});

test('a page reached by a link inside the site is rendered in the browser in the same language', async ({
	page,
	watch
}) => {
	const m = messages('ar');
	await page.goto('ar');
	await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
	await page.getByRole('navigation', { name: m.nav_main }).getByRole('link', { name: m.nav_funding }).click();
	await expect(page).toHaveURL(/\/ar\/funding$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.nav_funding);
	// The browser drew the page (no full load), so its own idea of the language was Arabic.
	expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
	await expect(page.locator('figure[data-chart="contributions-over-time"] .title')).toHaveText(
		m.chart_contributions_over_time
	);
	expect(watch.consoleErrors).toEqual([]);
});

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
test.describe('360 px wide', () => {
	test.use({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
	for (const locale of ['ar', 'zh']) {
		for (const path of ROUTES) {
			for (const colorScheme of ['light', 'dark'] as const) {
				test(`/${localized(locale, path)} (${colorScheme}): axe finds no WCAG 2.2 AA violation`, async ({
					page,
					watch
				}) => {
					test.setTimeout(120_000);
					await page.emulateMedia({ colorScheme });
					await page.goto(localized(locale, path));
					const overflow = await page.evaluate(
						() => document.documentElement.scrollWidth - document.documentElement.clientWidth
					);
					expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
					// Table views open too, so their markup is checked as well.
					const closed = page.getByRole('button', { name: messages(locale).figure_table, exact: true });
					for (let i = 0; i < 50 && (await closed.count()) > 0; i++) await closed.first().click();
					const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
					const failures = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
					expect(failures, failures.join('\n')).toEqual([]);
					expect(watch.consoleErrors).toEqual([]);
				});
			}
		}
	}
});
