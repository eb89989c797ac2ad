// Every route in the pseudo-locale en-XA (scripts/pseudo-locale.ts): a word of plain English letters on the page
// did not come from messages. Runs against the pseudo build (npm run build:pseudo), which playwright.config.ts
// serves beside the site's as the project `pseudo-locale`; `npm run test:e2e` builds both.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { DATASETS } from '../../src/lib/data/catalog/datasets/index';
import { AGGREGATES } from '../../src/lib/data/queries/explore';
import { isReleaseId } from '../../src/lib/data/release/release-ref';

// Every embed: each is a funding chart of its own, with its own title, summary and table.
const EMBEDS = [
	'contributions-over-time',
	'disclosure-coverage',
	'donors-ranked',
	'funding-concentration',
	'host-support',
	'money-flows',
	'recipients-earmarking'
];
const ROUTES = ['', 'funding', 'participation', 'explore', 'data', ...EMBEDS.map((id) => `embed/${id}`)];

/** Every value of the data's sources: a message's parameter may be one (a donor, a country, a source's note). */
const DATA_TEXT = readdirSync('data/sources')
	.map((f) => readFileSync(join('data/sources', f), 'utf8'))
	.join('\n')
	.replace(/""/g, '"');
/** Names a program reads: datasets, their columns and files, /explore's aggregates. */
const MACHINE_NAMES = new Set<string>([
	...DATASETS.flatMap((d) => [d.name, `${d.name}.parquet`, ...d.columns.map((c) => c.name)]),
	...AGGREGATES
]);
/** The citation's author, the same in every language (CITATION.cff). */
const AUTHOR = /^ {2}- name: (.+)$/m.exec(readFileSync('CITATION.cff', 'utf8'))![1];
/** A word of a parameter that names, not says: a snake_case name, a file, an address, a release, a recommendation. */
const NAME_WORD = /^([a-z0-9]+([_.][a-z0-9]+)+|https?:\/\/\S+|[IVX]+\.\d+)$/;
/** Intl has no en-XA: it writes the pseudo-locale's dates in English, every real language's in its own words. */
const INTL_DATE =
	/^(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$/;

/** Whether a parameter in plain Latin letters is a value or a name, which stays as written in every language. */
function verbatimParameter(parameter: string): boolean {
	const text = parameter.replace(/[\u2066-\u2069]/g, '').trim();
	if (DATA_TEXT.includes(text) || text === AUTHOR || INTL_DATE.test(text)) return true;
	return text
		.split(/[\s,;()]+/)
		.filter((word) => /[A-Za-z]{2,}/.test(word))
		.every((word) => MACHINE_NAMES.has(word) || NAME_WORD.test(word) || isReleaseId(word));
}

/**
 * Visible text with a word in plain Latin letters, outside what legitimately stays as published: an element
 * marked `translate="no"` or `data-verbatim` (data values, names, codes), one in another language than the
 * page's (`lang`, e.g. an English original), code, a link that shows its own address, and an amount's
 * currency code. A message's parameters (marked ‹…› in en-XA) are checked too: one in plain Latin letters
 * must be a value of the data or a name (verbatimParameter), not words the code wrote in English.
 */
async function untranslatedText(page: Page, within = 'body'): Promise<string[]> {
	const found = await page.evaluate((within) => {
		const pageLang = document.documentElement.lang;
		const verbatim = (el: Element) => {
			if (el.closest('[translate="no"], [data-verbatim], code, pre, kbd, samp, script, style, noscript')) return true;
			const lang = el.closest('[lang]')?.getAttribute('lang');
			if (lang && lang !== pageLang) return true;
			const link = el.closest('a');
			return link !== null && link.textContent!.trim() === link.getAttribute('href');
		};
		// An amount's ISO currency code is Intl's, in every language (docs/i18n.md, Numbers).
		const withoutCurrency = (text: string) => text.replace(/\b[A-Z]{3}\s?(?=[\d.,-])|(?<=\d)\s?[A-Z]{3}\b/g, '');
		// A word of two or more plain letters: pseudo-localized text has none (every letter is accented).
		const plain = (text: string) => /[A-Za-z]{2,}/.test(withoutCurrency(text));
		const texts = new Set<string>();
		const parameters: { text: string; parameter: string }[] = [];
		const walker = document.createTreeWalker(document.querySelector(within)!, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const el = node.parentElement!;
			if (verbatim(el) || !el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
			const whole = node.textContent!.replace(/\s+/g, ' ').trim();
			// A message's own text is bracketed ⟦…⟧ and each parameter marked ‹…›, messages nested in parameters:
			// take the innermost parameters, then the messages they leave whole, until none is left.
			let text = whole;
			for (let depth = 0; depth < 6; depth++) {
				text = text.replace(/‹([^‹›]*)›/g, (_, inner: string) => {
					if (plain(inner)) parameters.push({ text: whole, parameter: inner.trim() });
					return '';
				});
				text = text.replace(/⟦[^⟦⟧‹›]*⟧/g, '');
			}
			// A message split around an element (a library's detail in <code>) ends or starts in this node.
			text = text.replace(/⟦[^⟦⟧]*$|^[^⟦⟧]*⟧/g, '');
			if (plain(text)) texts.add(whole);
		}
		return { texts: [...texts], parameters };
	}, within);
	const english = found.parameters.filter(({ parameter }) => !verbatimParameter(parameter));
	return [...found.texts, ...english.map(({ text, parameter }) => `parameter "${parameter}" in: ${text}`)];
}

test.describe('pseudo-locale', () => {
	for (const path of ROUTES) {
		test(`/${path}: each visible text comes from messages`, async ({ page }) => {
			const report: string[] = [];
			await page.goto(path ? `en-XA/${path}` : 'en-XA');
			await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
			// The pseudo-locale is in force: the heading (an embed's chart title) is a message, so it is bracketed.
			const heading = path.startsWith('embed/')
				? page.locator('figure[data-chart] .title')
				: page.getByRole('heading', { level: 1 });
			await expect(heading).toContainText('⟦');
			// Table views and closed details hold text too.
			await page
				.locator('details:not([open]) > summary')
				.evaluateAll((s) => s.forEach((x) => (x as HTMLElement).click()));
			const tables = page.locator('figure[data-chart] .actions button[aria-expanded="false"]');
			for (let i = 0; i < 50 && (await tables.count()) > 0; i++) await tables.first().click();
			for (const text of await untranslatedText(page)) report.push(`/${path} → ${text}`);
			expect(report, `text not from messages:\n${report.join('\n')}`).toEqual([]);
		});
	}

	test("an aggregate view: the result chart's title, summary, table, and the result's grid", async ({ page }) => {
		test.setTimeout(120_000);
		const report: string[] = [];
		// Lines (a numeric first group, series by a second), bars of a category filtered, summed and sorted (more
		// than the chart draws), then counted.
		for (const view of [
			'group=year&group=donor_type&agg=sum:amount_usd',
			'f.year=2010..2020&group=donor&agg=sum:amount_usd&sort=-sum_amount_usd',
			'group=donor_type'
		]) {
			await page.goto(`en-XA/explore?dataset=contributions&${view}`);
			const figure = page.locator('figure[data-chart="explore-result"]');
			await expect(figure.locator('.title')).toContainText('⟦', { timeout: 45_000 });
			await expect(figure.locator('svg text').first()).toBeVisible();
			await figure
				.locator('.actions button[aria-expanded="false"]')
				.evaluateAll((b) => b.forEach((x) => (x as HTMLElement).click()));
			await expect(figure.locator('table')).toBeVisible();
			for (const text of await untranslatedText(page)) report.push(`/explore?${view} → ${text}`);
		}
		expect(report, `text not from messages:\n${report.join('\n')}`).toEqual([]);
	});

	test('messages a reader triggers: ignored link parameters, refused uploads', async ({ page }) => {
		test.setTimeout(120_000);
		const report: string[] = [];
		await page.goto('en-XA/explore?dataset=contributions&agg=median:year&page=-2&group=ghost&utm=1');
		await expect(page.locator('[data-ignored] li')).toHaveCount(4);
		// The rest of the page is the first test's.
		for (const text of await untranslatedText(page, '[data-ignored]')) report.push(`/explore (ignored) → ${text}`);

		const ledger = readFileSync('data/sources/contributions.csv', 'utf8');
		const [header, ...rows] = ledger.trimEnd().split('\n');
		const refused = [
			// A malformed CSV: a stray quote inside a field.
			['broken.csv', `${header}\n${rows[0].replace(',', ',x"y,')}\n`],
			// A near-miss header: meant for the contributions ledger, one column misspelt.
			['ledger.csv', [header.replace('amount_usd', 'amout_usd'), ...rows].join('\n')],
			// Not Parquet inside: the decoder's own English detail is quoted, marked as English code.
			['broken.parquet', 'PAR1 this is not a Parquet file PAR1']
		];
		await page.goto('en-XA/data');
		for (const [name, content] of refused) {
			await page
				.locator('input[type="file"]')
				.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
			await expect(page.locator('[data-upload-error]')).toContainText('⟦');
			if (name.endsWith('.parquet')) await expect(page.locator('[data-upload-error] code[lang="en"]')).not.toBeEmpty();
			for (const text of await untranslatedText(page, '[data-upload-error]')) report.push(`/data (${name}) → ${text}`);
		}
		expect(report, `text not from messages:\n${report.join('\n')}`).toEqual([]);
	});
});
