import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { LEDGER_COLUMNS, LEDGER_THOUSANDS, ledgerText, receivedByDonor, utf16le } from '../fixtures/ledger';
import { csvToCells, makeXlsx } from '../fixtures/make-xlsx';
import { test, expect, engineReady, expectLive } from './fixtures';
import { usd } from './source-figures';

test.describe.configure({ timeout: 120_000 });

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ledgerCells = () => csvToCells(ledgerText().replaceAll('\r\n', '\n'));

/** The built chunk holding the workbook reader, found by a message only it contains. */
const chunksDir = join(process.env.BUILD_DIR ?? 'build', '_app/immutable/chunks');
const xlsxChunks = readdirSync(chunksDir).filter((f) =>
	readFileSync(join(chunksDir, f), 'utf8').includes('sharedStrings.xml')
);

async function upload(page: Page, name: string, content: string | Uint8Array, mimeType = 'text/csv') {
	await page
		.getByLabel('Upload a CSV, Excel or Parquet file')
		.setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
}

/** The donor table on /funding, reached by client-side navigation so the session's upload stays. */
async function donorTable(page: Page) {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Funding' }).click();
	const figure = page.locator('figure[data-chart="donors-ranked"]');
	await expectLive(figure);
	await figure.getByRole('button', { name: 'Table' }).click();
	return figure.getByRole('table').getByRole('row');
}

/** The figures /funding shows after the upload are those computed from the fixture's rows. */
async function expectLedgerOnFunding(page: Page, ledger?: Parameters<typeof receivedByDonor>[0]) {
	const expected = receivedByDonor(ledger);
	const rows = await donorTable(page);
	await expect(rows).toHaveCount(expected.size + 1);
	for (const [donor, received] of expected) {
		const row = rows.filter({ has: page.getByRole('cell', { name: donor, exact: true }) });
		await expect(row.locator('td[data-column="received"]'), donor).toHaveText(
			received === null ? 'no USD figure' : usd(received)
		);
	}
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
}

test('semicolon, tab, UTF-16 and loose-header ledgers replace the contributions, with the right numbers on /funding', async ({
	page,
	watch
}) => {
	const requested: string[] = [];
	page.on('request', (r) => requested.push(r.url()));
	await page.goto('data');
	await engineReady(page);
	const message = page.locator('[data-upload-message]');
	const readAs = page.locator('[data-upload-read-as]');

	await upload(page, 'grand-livre.csv', ledgerText({ delimiter: ';', decimalComma: true }));
	await expect(message).toContainText('replaces "Financial contributions" (contributions) for this session: 3 rows');
	await expect(readAs).toContainText('read as semicolon-separated, decimal comma, UTF-8');
	await expectLedgerOnFunding(page);

	await upload(page, 'ledger.tsv', ledgerText({ delimiter: '\t' }));
	await expect(readAs).toContainText('read as tab-separated, decimal point, UTF-8');
	await expect(message).toContainText('replaces "Financial contributions"');

	await upload(page, 'ledger.txt', utf16le(ledgerText({ delimiter: '\t' })), 'text/plain');
	await expect(readAs).toContainText('read as tab-separated, decimal point, UTF-16.');
	await expect(message).toContainText('replaces "Financial contributions"');

	await upload(page, 'export.txt', utf16le(ledgerText({ delimiter: '\t' }), { bom: false }), 'text/plain');
	await expect(readAs).toContainText('read as tab-separated, decimal point, UTF-16LE (no BOM)');
	await expect(message).toContainText('export.txt replaces "Financial contributions"');
	await expectLedgerOnFunding(page);

	const header = LEDGER_COLUMNS.map((c) => ` ${c.toUpperCase()} `);
	await upload(page, 'export.csv', ledgerText({ header, delimiter: ';', decimalComma: true }));
	await expect(message).toContainText('replaces "Financial contributions"');
	await expectLedgerOnFunding(page);

	// No workbook was chosen, so no workbook code was fetched.
	expect(xlsxChunks.length).toBeGreaterThan(0);
	expect(requested.filter((u) => xlsxChunks.some((c) => u.endsWith(c)))).toEqual([]);
	expect(watch.consoleErrors).toEqual([]);
});

test('an unsure decimal mark is said, and the reader’s choice re-reads the file', async ({ page, watch }) => {
	await page.goto('data');
	await engineReady(page);
	const message = page.locator('[data-upload-message]');
	const readAs = page.locator('[data-upload-read-as]');
	const decimal = readAs.getByLabel('Decimal mark');

	// A decimal-comma ledger read with a point, by the reader's choice, is refused at its first such number.
	await upload(page, 'grand-livre.csv', ledgerText({ delimiter: ';', decimalComma: true }));
	await expect(readAs).toContainText('decimal comma, UTF-8');
	await expect(decimal).toHaveValue('auto');
	await decimal.selectOption({ label: 'point (1234.5)' });
	await expect(readAs).toContainText('read as semicolon-separated, decimal point (as chosen), UTF-8');
	const error = page.locator('[data-upload-error]');
	await expect(error).toContainText(
		'wrong type in row 1 (amount: expected a number (DOUBLE), got "2000,25") at line 2'
	);
	await expect(error).toContainText('Nothing was changed');

	// `2.200` is 2200 in German settings or 2.2: the page says it guessed, and reads the reader's choice.
	await upload(page, 'spenden.csv', ledgerText({ delimiter: ';', germanNumbers: true, rows: LEDGER_THOUSANDS }));
	await expect(readAs).toContainText('decimal point, UTF-8; a guess for the decimal mark (1.500 may be 1.5 or 1500)');
	await expect(decimal).toHaveValue('auto');
	await decimal.selectOption({ label: 'comma (1234,5)' });
	await expect(readAs).toContainText('read as semicolon-separated, decimal comma (as chosen), UTF-8.');
	await expect(message).toContainText('spenden.csv replaces "Financial contributions"');
	await expect(decimal).toHaveValue(',');
	await expectLedgerOnFunding(page, LEDGER_THOUSANDS);
	expect(watch.consoleErrors).toEqual([]);
});

test('a workbook is read from the sheet the reader picks; its code loads only then', async ({ page, watch }) => {
	const requested: string[] = [];
	page.on('request', (r) => requested.push(r.url()));
	await page.goto('data');
	await engineReady(page);
	expect(requested.filter((u) => xlsxChunks.some((c) => u.endsWith(c)))).toEqual([]);
	const book = makeXlsx([
		{ name: 'notes', rows: [['about this ledger'], ['kept by the Secretariat']] },
		{ name: 'ledger', rows: ledgerCells() }
	]);
	await upload(page, 'trust-fund.xlsx', book, XLSX_TYPE);
	await expect(page.locator('[data-upload-message]')).toContainText('loaded as the new table upload_trust_fund');
	expect(requested.filter((u) => xlsxChunks.some((c) => u.endsWith(c))).length).toBeGreaterThan(0);
	await page.locator('[data-upload-read-as]').getByLabel('Sheet').selectOption('ledger');
	await expect(page.locator('[data-upload-message]')).toContainText(
		'replaces "Financial contributions" (contributions) for this session: 3 rows'
	);
	await expect(page.locator('[data-upload-read-as]')).toContainText('read sheet "ledger" of 2');
	await expectLedgerOnFunding(page);
	expect(watch.consoleErrors).toEqual([]);
});

test('a near-miss header, Latin-1 text and a formula error are refused with their position; the bundled data stays', async ({
	page,
	watch
}) => {
	await page.goto('data');
	await engineReady(page);
	const error = page.locator('[data-upload-error]');
	await upload(
		page,
		'ledger.csv',
		ledgerText({ header: LEDGER_COLUMNS.map((c) => (c === 'amount_usd' ? 'amout_usd' : c)) })
	);
	await expect(error).toContainText('unexpected column "amout_usd" (did you mean "amount_usd"?)');
	await expect(error).toContainText('missing column "amount_usd"');
	await expect(error).toContainText('Nothing was changed');

	// Saved as Latin-1 ("CSV" in older Excel on Windows): the first accented letter is on line 4.
	const latin1 = ledgerText().replace('Civic Org', 'Cívic Org');
	await upload(
		page,
		'ledger.csv',
		Uint8Array.from(latin1, (c) => c.charCodeAt(0))
	);
	await expect(error).toContainText(`ledger.csv is not UTF-8 text (line 4, byte ${latin1.indexOf('í') + 1})`);
	await expect(error).toContainText('Nothing was changed');

	const rows = ledgerCells();
	rows[2][5] = { formula: 'D3/0', error: '#DIV/0!' };
	await upload(page, 'ledger.xlsx', makeXlsx([{ name: 'ledger', rows }]), XLSX_TYPE);
	await expect(error).toContainText('is the error #DIV/0! (ledger!F3)');
	await expect(error).toContainText('Nothing was changed');

	const table = await donorTable(page);
	await expect(
		table.filter({ has: page.getByRole('cell', { name: 'Testland (Government)', exact: true }) })
	).toHaveCount(0);
	await expect(
		table.filter({ has: page.getByRole('cell', { name: 'Switzerland (Government)', exact: true }) })
	).toHaveCount(1);
	expect(watch.consoleErrors).toEqual([]);
});
