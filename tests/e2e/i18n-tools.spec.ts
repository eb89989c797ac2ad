// The tool pages in other languages: /explore's table and console, /data's upload errors, exports' README.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { ledgerText } from '../fixtures/ledger';
import { test, expect, engineReady } from './fixtures';

test.describe.configure({ timeout: 120_000 });

async function download(page: Page, format: string) {
	const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${format}"]`).click()]);
	return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test('/fr/explore pages and exports in French', async ({ page, watch }) => {
	await page.goto('fr/explore');
	const count = page.locator('.vtable .count').first();
	await expect(count).toHaveText(/^Lignes 1–\d+ sur \d+$/);
	const pager = page.getByRole('navigation', { name: 'Pages du tableau' }).first();
	for (const name of ['Première', 'Précédente', 'Suivante', 'Dernière'])
		await expect(pager.getByRole('button', { name })).toBeVisible();
	await expect(pager).toContainText(/Page 1 sur \d+/);
	const exports = page.getByRole('group', { name: 'Exporter ce résultat' });
	await expect(exports).toContainText('Exporter :');
	await expect(exports.getByLabel('avec les sources (ZIP)')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Regrouper et agréger' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Console SQL' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Exécuter la requête' })).toBeVisible();
	expect(watch.consoleErrors).toEqual([]);
});

test('/es/data refuses a Latin-1 file in Spanish, naming the line and byte', async ({ page, watch }) => {
	await page.goto('es/data');
	await expect(page.getByRole('heading', { name: 'Cargue sus propios datos' })).toBeVisible();
	// The first accented letter of the ledger, saved as Latin-1, is on line 4.
	const latin1 = ledgerText().replace('Civic Org', 'Cívic Org');
	await page.getByLabel('Cargar un archivo CSV, Excel o Parquet').setInputFiles({
		name: 'ledger.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(Uint8Array.from(latin1, (c) => c.charCodeAt(0)))
	});
	const error = page.locator('[data-upload-error]');
	await expect(error).toContainText(`ledger.csv no es texto UTF-8 (línea 4, byte ${latin1.indexOf('í') + 1})`);
	await expect(error).toContainText('guárdelo desde la hoja de cálculo como «CSV UTF-8»');
	await expect(error).toContainText('No se ha cambiado nada');
	expect(watch.consoleErrors).toEqual([]);
});

test('/ar/explore says in Arabic why parts of its link were ignored, and names datasets in Arabic', async ({
	page,
	watch
}) => {
	await page.goto('ar/explore?dataset=contributions&agg=median:year&page=-2&utm=1');
	const ignored = page.locator('[data-ignored]');
	await expect(ignored.locator('li')).toHaveCount(3);
	await expect(ignored).toContainText('utm=1: معلَمة غير معروفة');
	await expect(ignored).toContainText('agg=median:year: ليست واحدة من: count, sum, mean, min, max, share');
	await expect(ignored).toContainText('page=-2: المتوقع رقم صفحة');
	await expect(page.locator('.picker select option[value="contributions"]')).toHaveText(
		'المساهمات المالية (contributions)'
	);
	expect(watch.consoleErrors).toEqual([]);
});

test('/ar/data names a near-miss column and a malformed CSV in Arabic', async ({ page, watch }) => {
	await page.goto('ar/data');
	await expect(page.locator('[data-dataset="meetings"] h3')).toContainText('الاجتماعات السنوية لمنتدى إدارة الإنترنت');
	const [header, ...rows] = ledgerText().trimEnd().split('\n');
	const input = page.locator('input[type="file"]');
	const error = page.locator('[data-upload-error]');
	await input.setInputFiles({
		name: 'ledger.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from([header.replace('amount_usd', 'amout_usd'), ...rows].join('\n'))
	});
	await expect(error).toContainText('المساهمات المالية');
	await expect(error).toContainText('عمود غير متوقع «amout_usd» (هل تقصد «amount_usd»؟)');
	await input.setInputFiles({
		name: 'broken.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(`${header}\n${rows[0].replace(',', ',x"y,')}\n`)
	});
	await expect(error).toContainText('علامة اقتباس شاردة داخل حقل');
	expect(watch.consoleErrors).toEqual([]);
});

test('/ar/explore: the SQL console refuses a write statement in Arabic', async ({ page, watch }) => {
	await page.goto('ar/explore');
	const console_ = page.locator('section.console');
	await expect(console_.getByRole('heading', { name: 'وحدة تحكم SQL' })).toBeVisible();
	await console_.getByLabel('استعلام SQL').fill('DROP TABLE meetings');
	await console_.getByRole('button', { name: 'تشغيل الاستعلام' }).click();
	await expect(console_.getByRole('alert')).toHaveText(
		'مرفوض: DROP غير مسموح به. وحدة التحكم للقراءة فقط (SELECT وWITH وDESCRIBE وSHOW وSUMMARIZE)؛ ضع اسم العمود "DROP" بين علامتي اقتباس لاستخدامه.'
	);
	// The query is code: it reads left to right on a right-to-left page.
	await expect(console_.getByLabel('استعلام SQL')).toHaveAttribute('dir', 'ltr');
	expect(watch.consoleErrors).toEqual([]);
});

test('a ZIP export of the funding ledger from /ru has a Russian README and the English column names', async ({
	page,
	watch
}) => {
	// /funding's charts download CSV, SVG and PNG; its ledger is exported with sources from /explore.
	const view = 'explore?dataset=contributions&f.year=2008..2015&f.donor_type=government';
	await page.goto(view);
	await engineReady(page);
	const english = strFromU8((await download(page, 'csv')).bytes).split('\r\n')[0];

	await page.goto(`ru/${view}`);
	await engineReady(page);
	await page.getByLabel('с источниками (ZIP)').check();
	const zip = await download(page, 'csv');
	const files = unzipSync(zip.bytes);
	const csv = Object.keys(files).find((f) => f.endsWith('.csv'))!;
	expect(strFromU8(files[csv]).split('\r\n')[0]).toBe(english);
	const readme = strFromU8(files['README.txt']);
	expect(readme).toMatch(new RegExp(`^Файл: ${csv.replaceAll('.', '\\.')} — \\d+ строк`, 'm'));
	expect(readme).toContain('Содержимое: отфильтрованные строки.');
	expect(readme).toMatch(/Источники:\n- https?:\/\//);
	expect(JSON.parse(strFromU8(files['metadata.json'])).dataset).toBe('contributions');
	expect(watch.consoleErrors).toEqual([]);
});
