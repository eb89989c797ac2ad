// Property-based: whatever text a user or a URL supplies, escaping keeps it data and DuckDB never errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { and, ident, literal } from './sql';
import { inPredicate, rangePredicate, textPredicate } from './predicates';
import { openNodeDatabase } from '../db/duckdb-node';
import type { Database } from '../db/database';

const ROWS = [
	{ year: 2006, region: 'WEOG', donor: 'Google' },
	{ year: 2010, region: 'African', donor: "O'Brien Foundation" },
	{ year: 2015, region: 'GRULAC', donor: '100% of x_y' },
	{ year: 2020, region: 'Asia-Pacific', donor: 'Back\\slash "quoted"' }
];

/** Fragments attackers and odd URLs use, mixed with arbitrary well-formed text. */
const FRAGMENTS = ["'", "''", '"', ';', '--', '/*', '*/', '\\', '%', '_', ' OR 1=1', ') OR TRUE --', 'DROP TABLE t', '$1', '?', '\n', '\t', '<script>'];
const text = fc
	.oneof(
		fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
		fc.string({ unit: 'grapheme', maxLength: 40 }),
		fc.string({ unit: 'binary', maxLength: 40 })
	)
	// DuckDB strings are UTF-8 without NUL; JS lone surrogates cannot be sent as UTF-8 at all.
	.filter((s) => !s.includes('\0') && s.isWellFormed());

const RUNS = { numRuns: 150 };

describe('SQL escaping, property-based, against DuckDB', () => {
	let db: Database;
	beforeAll(async () => {
		db = await openNodeDatabase();
		await db.query(`CREATE TABLE t (year INTEGER, region VARCHAR, donor VARCHAR)`);
		for (const r of ROWS) await db.query(`INSERT INTO t VALUES (${literal(r.year)}, ${literal(r.region)}, ${literal(r.donor)})`);
	});
	afterAll(() => db.close());

	const count = async (where: string) => (await db.query<{ n: number }>(`SELECT count(*) AS n FROM t WHERE ${where}`))[0].n;
	const tableIntact = async () => expect(await count('TRUE')).toBe(ROWS.length);

	it('a string literal comes back from DuckDB exactly as given', async () => {
		await fc.assert(
			fc.asyncProperty(text, async (s) => {
				const [row] = await db.query<{ v: string }>(`SELECT ${literal(s)} AS v`);
				expect(row.v).toBe(s);
			}),
			RUNS
		);
	});

	it('an identifier names exactly the column it spells', async () => {
		await fc.assert(
			fc.asyncProperty(
				text.filter((s) => s.length > 0),
				async (name) => {
					const [row] = await db.query<Record<string, number>>(`SELECT 1 AS ${ident(name)}`);
					expect(Object.keys(row)).toEqual([name]);
				}
			),
			// Names that are special on a plain JS object, always tried (fast-check found "__proto__" once).
			{ ...RUNS, examples: [['__proto__'], ['constructor'], ['toString'], ['hasOwnProperty']] }
		);
	});

	it('a crafted set value matches only a row holding that exact value, and never errors', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 4 }), async (values) => {
				const expected = ROWS.filter((r) => values.includes(r.region)).length;
				expect(await count(inPredicate('region', values)!)).toBe(expected);
			}),
			RUNS
		);
		await tableIntact();
	});

	it('search text is matched literally: wildcards and quotes find only rows that contain them', async () => {
		const ascii = fc.oneof(
			fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 4 }).map((p) => p.join('')),
			fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 })
		);
		await fc.assert(
			fc.asyncProperty(ascii.filter((s) => s.length > 0 && !s.includes('\0')), async (s) => {
				const expected = ROWS.filter((r) => r.donor.toLowerCase().includes(s.toLowerCase())).length;
				expect(await count(textPredicate('donor', s)!)).toBe(expected);
			}),
			RUNS
		);
		// Any Unicode text: never an error, never more rows than exist.
		await fc.assert(
			fc.asyncProperty(text.filter((s) => s.length > 0), async (s) => {
				expect(await count(textPredicate('donor', s)!)).toBeLessThanOrEqual(ROWS.length);
			}),
			RUNS
		);
		await tableIntact();
	});

	it('numeric ranges select the rows a plain comparison would; non-finite bounds are refused with a message', async () => {
		const bound = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { nil: null });
		await fc.assert(
			fc.asyncProperty(bound, bound, async (min, max) => {
				const expected = ROWS.filter((r) => (min == null || r.year >= min) && (max == null || r.year <= max)).length;
				expect(await count(and([rangePredicate('year', min, max)]))).toBe(expected);
			}),
			RUNS
		);
		for (const bad of [NaN, Infinity, -Infinity]) expect(() => rangePredicate('year', bad, null)).toThrow(/Not a finite number/);
	});
});
