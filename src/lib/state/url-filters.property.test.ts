// Property-based: any URL query string decodes to valid filter values, reports what it ignored with a
// reason, round-trips, and its SQL (built from the decoded values) runs against DuckDB without error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeFilters, encodeFilters, type FilterSpec } from './url-filters';
import { predicateFor } from '$lib/data/sql/predicates';
import { and, literal } from '$lib/data/sql/sql';
import { openNodeDatabase } from '$lib/data/db/duckdb-node';
import type { Database } from '$lib/data/db/database';

const REGIONS = ['African', 'Asia-Pacific', 'WEOG', "O'Quote"];
const SPECS: FilterSpec[] = [
	{ key: 'year', kind: 'range', column: 'year', label: 'year', bounds: [2006, 2025], integer: true },
	{ key: 'region', kind: 'set', column: 'region', label: 'region', options: REGIONS },
	{ key: 'q', kind: 'text', column: 'donor', label: 'search', maxLength: 50 }
];
const ROWS = [
	[2006, 'WEOG', 'Google'],
	[2012, 'African', 'Government of Kenya'],
	[2019, "O'Quote", "O'Brien"],
	[2024, 'Asia-Pacific', '100% x_y']
] as const;

const NASTY = [
	"'",
	'"',
	';--',
	') OR TRUE --',
	'<script>alert(1)</script>',
	'%',
	'_',
	'\\',
	'..',
	'\u0000',
	'\u001b[31m',
	'\u202e',
	'9'.repeat(400),
	'NaN',
	'Infinity',
	'-1e308',
	'1e999'
];
const anyText = fc.oneof(
	fc.constantFrom(...NASTY),
	fc.array(fc.constantFrom(...NASTY), { maxLength: 4 }).map((p) => p.join('')),
	fc.string({ unit: 'binary', maxLength: 60 })
);
const rangeText = fc.oneof(
	fc
		.tuple(fc.oneof(fc.integer(), fc.double(), fc.constant('')), fc.oneof(fc.integer(), fc.double(), fc.constant('')))
		.map(([a, b]) => `${a}..${b}`),
	anyText
);
const key = fc.oneof(fc.constantFrom('year', 'region', 'q'), anyText);
const value = (k: string) =>
	k === 'year' ? rangeText : k === 'region' ? fc.oneof(fc.constantFrom(...REGIONS), anyText) : anyText;
const query = fc
	.array(
		key.chain((k) => value(k).map((v) => [k, v] as [string, string])),
		{ maxLength: 8 }
	)
	.map((pairs) => new URLSearchParams(pairs));

const RUNS = { numRuns: 300 };

describe('URL filters, property-based', () => {
	it('never throws; every value is valid; everything dropped is reported with a reason', () => {
		fc.assert(
			fc.property(query, (params) => {
				const { values, ignored } = decodeFilters(SPECS, params);
				const year = values.year as { kind: 'range'; min: number | null; max: number | null };
				for (const n of [year.min, year.max])
					if (n != null) expect(Number.isInteger(n) && n >= 2006 && n <= 2025).toBe(true);
				if (year.min != null && year.max != null) expect(year.min).toBeLessThanOrEqual(year.max);
				const region = values.region as { kind: 'set'; values: readonly string[] };
				for (const r of region.values) expect(REGIONS).toContain(r);
				const q = values.q as { kind: 'text'; text: string };
				expect(q.text.length).toBeLessThanOrEqual(50);
				// eslint-disable-next-line no-control-regex
				expect(q.text).not.toMatch(/[\u0000-\u001f\u007f]/);
				for (const i of ignored) expect(i.reason.length).toBeGreaterThan(0);
				// Unknown keys are always reported, never silently dropped.
				const unknown = [...params.keys()].filter((k) => !['year', 'region', 'q'].includes(k));
				for (const k of unknown) expect(ignored.some((i) => i.param === k && i.reason === 'unknown_param')).toBe(true);
			}),
			RUNS
		);
	});

	it('decoded values survive encode → decode unchanged, with nothing ignored', () => {
		fc.assert(
			fc.property(query, (params) => {
				const { values } = decodeFilters(SPECS, params);
				const again = decodeFilters(SPECS, encodeFilters(SPECS, values));
				expect(again.ignored).toEqual([]);
				// URLs carry UTF-8: a lone surrogate (from truncating text mid-character) becomes U+FFFD.
				const q = values.q as { kind: 'text'; text: string };
				expect(again.values).toEqual({ ...values, q: { ...q, text: q.text.toWellFormed() } });
			}),
			RUNS
		);
	});

	describe('the SQL built from any URL', () => {
		let db: Database;
		beforeAll(async () => {
			db = await openNodeDatabase();
			await db.query('CREATE TABLE t (year INTEGER, region VARCHAR, donor VARCHAR)');
			for (const r of ROWS) await db.query(`INSERT INTO t VALUES (${r.map(literal).join(', ')})`);
		});
		afterAll(() => db.close());

		it('runs without error and matches exactly the rows the values describe', async () => {
			await fc.assert(
				fc.asyncProperty(query, async (params) => {
					const { values } = decodeFilters(SPECS, params);
					const where = and(SPECS.map((s) => predicateFor(s.column, values[s.key])));
					const [{ n }] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM t WHERE ${where}`);
					const year = values.year as { kind: 'range'; min: number | null; max: number | null };
					const region = values.region as { kind: 'set'; values: readonly string[] };
					const q = (values.q as { kind: 'text'; text: string }).text.toWellFormed().toLowerCase();
					const expected = ROWS.filter(
						([y, r, d]) =>
							(year.min == null || y >= year.min) &&
							(year.max == null || y <= year.max) &&
							(region.values.length === 0 || region.values.includes(r)) &&
							d.toLowerCase().includes(q)
					).length;
					expect(n).toBe(expected);
				}),
				{ numRuns: 150 }
			);
			const [{ n }] = await db.query<{ n: number }>('SELECT count(*) AS n FROM t');
			expect(n).toBe(ROWS.length);
		});
	});
});
