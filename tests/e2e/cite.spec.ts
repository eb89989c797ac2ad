// Citable releases (issue 23): every chart's Cite control names the current data release, copies, and
// carries the filters; the footer names the release on every page; /data lists the release history.
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { test, expect, engineReady } from './fixtures';

interface ReleaseEntry {
	id: string;
	date: string;
	sha256: Record<string, string>;
	changelog: string;
}

/** The releases the build published, newest first: what the pages must name. */
async function publishedReleases(request: APIRequestContext): Promise<ReleaseEntry[]> {
	const response = await request.get('api/releases.json');
	expect(response.ok()).toBe(true);
	const { releases } = (await response.json()) as { releases: ReleaseEntry[] };
	expect(releases.length).toBeGreaterThan(0);
	return releases;
}

/** Opens a chart's citation as a reader does (the click also hydrates a panel that waited) and returns it. */
async function openCitation(figure: Locator, name = 'Cite') {
	await figure.scrollIntoViewIfNeeded();
	const toggle = figure.getByRole('button', { name, exact: true });
	// A click before the page is hydrated opens nothing: click until it opens.
	await expect(async () => {
		if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
	}).toPass();
	const panel = figure.locator('[data-cite]');
	await expect(panel.locator('[data-cite-bibtex]')).toBeVisible();
	return panel;
}

/** A text as read, without the invisible marks that keep ids and addresses in order in Arabic. */
const readText = async (locator: Locator) => (await locator.innerText()).replace(/[\u2066-\u2069]/g, '');

const chartIds = (page: Page) =>
	page.locator('figure[data-chart]').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-chart')!));

for (const path of ['funding', 'participation']) {
	test(`/${path}: every chart has a Cite control naming the current release`, async ({ page, request }) => {
		test.setTimeout(120_000);
		const [current] = await publishedReleases(request);
		const released = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
			new Date(current.date)
		);
		await page.goto(path);
		const ids = await chartIds(page);
		expect(ids.length).toBeGreaterThanOrEqual(path === 'funding' ? 7 : 8);
		for (const id of ids) {
			const figure = page.locator(`figure[data-chart="${id}"]`);
			const title = (await figure.locator('figcaption .title').innerText()).trim();
			const recommendation = (await figure.getAttribute('data-recommendation'))!;
			const panel = await openCitation(figure);
			const plain = panel.locator('[data-cite-plain]');
			for (const part of [title, recommendation, current.id, released])
				await expect(plain, `${id}: plain text`).toContainText(part);
			await expect(plain, `${id}: the address points at the chart`).toContainText(`/${path}#${id}`);
			const bibtex = (await panel.locator('[data-cite-bibtex]').innerText()).replace(/\s+/g, ' ');
			expect(bibtex, id).toContain(`@misc{igf-metrics:${id}:${current.id},`);
			expect(bibtex, id).toContain(`version = {${current.id}}`);
			expect(bibtex, id).toContain(`date = {${current.date}}`);
			expect(bibtex, id).toMatch(new RegExp(`url = \\{[^}]*/${path}#${id}\\}`));
			expect(bibtex, id).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}/);
		}
	});
}

test('the citation names the release date and the day read, in the page language', async ({ page, request }) => {
	const [current] = await publishedReleases(request);
	await page.clock.setFixedTime(new Date('2027-03-04T12:00:00Z'));
	await page.goto('fr/participation');
	const panel = await openCitation(page.locator('figure[data-chart]').first(), 'Citer');
	const released = new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(current.date));
	const plain = await readText(panel.locator('[data-cite-plain]'));
	expect(plain).toContain(`version des données ${current.id} (${released})`);
	expect(plain).toContain('(consulté le 4 mars 2027)');
	await expect(panel.locator('[data-cite-bibtex]')).toContainText('urldate = {2027-03-04}');
});

test('the citation carries the filters the address has when it is opened', async ({ page }) => {
	await page.goto('funding?years=2013..2019');
	const figure = page.locator('figure[data-chart="donors-ranked"]');
	const plain = (await openCitation(figure)).locator('[data-cite-plain]');
	await expect(plain).toContainText('/funding?years=2013..2019#donors-ranked');

	// A filter chosen after the page loaded reaches the address bar; the next opening cites it.
	await page.getByRole('checkbox', { name: 'Government', exact: true }).check();
	await expect(page).toHaveURL(/donor=government/);
	const toggle = figure.getByRole('button', { name: 'Cite', exact: true });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await toggle.click();
	await expect(plain).toContainText('donor=government');
	await expect(figure.locator('[data-cite-bibtex]')).toContainText('donor=government');
	await expect(plain).toContainText('#donors-ranked');
});

test('copying: each form reaches the clipboard and the outcome is announced', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('funding');
	const panel = await openCitation(page.locator('figure[data-chart="contributions-over-time"]'));
	const status = panel.locator('[data-cite-status]');
	await expect(status).toHaveAttribute('aria-live', 'polite');
	const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

	await panel.getByRole('button', { name: 'Copy text' }).click();
	await expect(status).toHaveText('Citation copied as plain text.');
	// The text shown, without the marks that order it on screen: nothing invisible reaches a reader's document.
	const copied = await clipboard();
	expect(copied).toBe(await readText(panel.locator('[data-cite-plain]')));
	expect(copied).not.toMatch(/[\u2066-\u2069]/);

	await panel.getByRole('button', { name: 'Copy BibTeX' }).click();
	await expect(status).toHaveText('Citation copied as BibTeX.');
	expect((await clipboard()).trim()).toBe((await panel.locator('[data-cite-bibtex]').innerText()).trim());
});

test('without clipboard access the citation is selected and the reader told how to copy it', async ({ page }) => {
	await page.addInitScript(() =>
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new Error('Write permission denied.')) }
		})
	);
	await page.goto('funding');
	const panel = await openCitation(page.locator('figure[data-chart="contributions-over-time"]'));
	await panel.getByRole('button', { name: 'Copy BibTeX' }).click();
	await expect(panel.locator('[data-cite-status]')).toContainText('Could not copy (Write permission denied.)');
	await expect(panel.locator('[data-cite-status]')).toContainText('Ctrl+C');
	const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
	expect(selected.trim()).toBe((await panel.locator('[data-cite-bibtex]').innerText()).trim());

	// The plain text likewise; copied by hand, it reaches the clipboard without its invisible ordering marks.
	await panel.getByRole('button', { name: 'Copy text' }).click();
	const plain = panel.locator('[data-cite-plain]');
	expect(await page.evaluate(() => getSelection()?.toString())).toBe(await plain.innerText());
	const copied = await plain.evaluate((el) => {
		const data = new DataTransfer();
		el.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
		return data.getData('text/plain');
	});
	expect(await plain.innerText()).toMatch(/\u2068/);
	expect(copied).toBe(await readText(plain));
});

test('the Cite control works from the keyboard and its panel is axe clean', async ({ page }) => {
	await page.goto('participation');
	const figure = page.locator('figure[data-chart]').first();
	// The first panel is on screen: it hydrates after the page does.
	await expect(page.locator('.hydrate-later:has(figure[data-chart])').first()).toHaveAttribute('data-hydrated');
	const toggle = figure.getByRole('button', { name: 'Cite', exact: true });
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	const panel = figure.locator('[data-cite]');
	await expect(panel.getByRole('button', { name: 'Copy text' })).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(panel.getByRole('button', { name: 'Copy text' })).toBeFocused();
	const { violations } = await new AxeBuilder({ page })
		.include('figure[data-chart] [data-cite]')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Space');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(panel).toBeHidden();
});

test.describe('360 px wide, right to left', () => {
	test.use({ viewport: { width: 360, height: 740 } });
	test('/ar/participation: an open citation wraps inside its figure and stays axe clean', async ({ page }) => {
		await page.goto('ar/participation');
		const figure = page.locator('figure[data-chart]').first();
		const panel = await openCitation(figure, 'استشهاد');
		await expect(panel.locator('[data-cite-plain]')).toContainText('إصدار البيانات');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
		const [outer, inner] = [(await figure.boundingBox())!, (await panel.boundingBox())!];
		expect(inner.x).toBeGreaterThanOrEqual(outer.x);
		expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
		const { violations } = await new AxeBuilder({ page })
			.include('figure[data-chart] [data-cite]')
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});
});

test('an embed cites its chart with the release too', async ({ page, request }) => {
	const [current] = await publishedReleases(request);
	await page.goto('embed/money-flows?years=2015..2016');
	const panel = await openCitation(page.locator('figure[data-chart="money-flows"]'));
	await expect(panel.locator('[data-cite-plain]')).toContainText(current.id);
	await expect(panel.locator('[data-cite-plain]')).toContainText('years=2015..2016#money-flows');
});

test('the footer names the current release on every route and links to its entry on /data', async ({
	page,
	request
}) => {
	const [current] = await publishedReleases(request);
	for (const path of ['', 'funding', 'participation', 'explore', 'data', 'fr/funding', 'ar/data', 'zh']) {
		await page.goto(path);
		const footer = page.locator('footer.site-footer [data-release]');
		await expect(footer, `/${path}`).toHaveAttribute('data-release', current.id);
		await expect(footer, `/${path}`).toContainText(current.id);
		const link = footer.getByRole('link');
		expect(await link.getAttribute('href'), `/${path}`).toMatch(new RegExp(`data#release-${current.id}$`));
	}
	// Followed, the link lands on the release's entry.
	await page.goto('funding');
	await page.locator('footer.site-footer [data-release] a').click();
	await expect(page).toHaveURL(new RegExp(`/data#release-${current.id}$`));
	await expect(page.locator(`#release-${current.id}`)).toBeInViewport();
});

test('/data lists the release history, newest first, with digests and the newest changelog', async ({
	page,
	request
}) => {
	const releases = await publishedReleases(request);
	await page.goto('data');
	const entries = page.locator('[data-release-entry]');
	await expect(entries).toHaveCount(releases.length);
	expect(await entries.evaluateAll((es) => es.map((e) => e.getAttribute('data-release-entry')))).toEqual(
		releases.map((r) => r.id)
	);
	for (const release of releases) {
		const entry = page.locator(`#release-${release.id}`);
		await expect(entry.locator('time')).toHaveAttribute('datetime', release.date);
		for (const [name, sha256] of Object.entries(release.sha256)) {
			const digest = entry.locator(`[data-digest="${name}"] .hash`);
			await expect(digest).toHaveText(sha256);
			await expect(digest).toHaveAttribute('translate', 'no');
		}
		const record = entry.getByRole('link', { name: `api/releases/${release.id}.json` });
		const href = new URL((await record.getAttribute('href'))!, page.url()).href;
		expect((await request.get(href)).ok()).toBe(true);
	}
	await expect(entries.first()).toContainText('current');

	// The newest release's changelog, as recorded.
	const [newest] = releases;
	const recorded = await (await request.get(newest.changelog)).json();
	const entry = page.locator(`#release-${newest.id}`);
	if (recorded.previous === null) {
		await expect(entry.locator('[data-changelog="first"]')).toHaveText(
			'The first release recorded: there is no earlier one to compare with.'
		);
	} else {
		expect(await readText(entry)).toContain(`Changes since ${recorded.previous}`);
		for (const [name, log] of Object.entries(recorded.changelog) as [string, Record<string, unknown[]>][]) {
			const changes = entry.locator(`[data-changelog="${name}"]`);
			if (log.added.length)
				await expect(changes).toContainText(`Rows added (${log.added.length.toLocaleString('en-US')})`);
			if (log.removed.length)
				await expect(changes).toContainText(`Rows removed (${log.removed.length.toLocaleString('en-US')})`);
			if (log.changed.length)
				await expect(changes).toContainText(`Rows changed (${log.changed.length.toLocaleString('en-US')})`);
		}
	}
});

test('/explore: a view of the release is citable without a recommendation; a view of an upload is not', async ({
	page,
	request
}) => {
	test.setTimeout(120_000);
	const [current] = await publishedReleases(request);
	await page.goto('explore?dataset=contributions&group=donor_type&agg=count');
	await engineReady(page);
	const result = page.locator('figure[data-chart="explore-result"]');
	await expect(result.locator('svg rect').first()).toBeVisible();
	const plain = await readText((await openCitation(result)).locator('[data-cite-plain]'));
	expect(plain).toContain(`data release ${current.id}`);
	expect(plain).toContain('dataset=contributions&group=donor_type&agg=count#explore-result');
	expect(plain).not.toContain('recommendation');

	// A table uploaded in this session is only in this browser: a citation of it could not be followed.
	await page.goto('data');
	await engineReady(page);
	await page.getByLabel('Upload a CSV, Excel or Parquet file').setInputFiles({
		name: 'survey.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('country,respondents\nKenya,12\nChile,7\n')
	});
	await expect(page.locator('[data-upload-message]')).toContainText('upload_survey');
	await page.locator('[data-uploaded="upload_survey"]').getByRole('link', { name: 'Explore' }).click();
	await expect(page.locator('[data-explore-ready="true"]')).toBeVisible();
	await page.getByLabel('Group by').selectOption('country');
	await expect(result.locator('svg rect').first()).toBeVisible();
	await expect(result.getByRole('button', { name: 'Cite', exact: true })).toHaveCount(0);
});
