import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENDERS, MODES, REGIONS, STAKEHOLDERS } from './categories';
import { parseCountries } from './country-table';
import { generateParticipants } from './generator';
import { parseBreakdown, parseLabelMap, parseMeetings } from './inputs';
import { buildPlan } from './plan';
import { formatChunk } from './participants-csv';

const read = (file: string) => readFileSync(`data/sources/${file}`, 'utf8');
const countries = parseCountries(read('countries.csv'));
const inputs = {
	meetings: parseMeetings(read('meetings.csv')),
	breakdown: parseBreakdown(read('participation_breakdown.csv')),
	labelMap: parseLabelMap(read('synthetic_targets_map.csv')),
	countries
};

const csvHash = (rows: number, seed: number) => {
	const hash = createHash('sha256');
	for (const chunk of generateParticipants(buildPlan(inputs, rows).plans, countries, seed, 997)) {
		hash.update(formatChunk(chunk, countries));
	}
	return hash.digest('hex');
};

describe('generateParticipants', () => {
	it('gives byte-identical CSV for the same seed and different bytes for another', () => {
		expect(csvHash(3000, 5)).toBe(csvHash(3000, 5));
		expect(csvHash(3000, 5)).not.toBe(csvHash(3000, 6));
	});

	describe('50,000 rows', () => {
		const { plans, sidecar } = buildPlan(inputs, 50_000);
		const lines = [...generateParticipants(plans, countries, 20060)].map((c) => formatChunk(c, countries)).join('');
		const rows = lines.trimEnd().split('\n').map((l) => l.split(','));

		it('numbers rows 1..N, marks every row synthetic and maps all labels', () => {
			expect(rows).toHaveLength(50_000);
			expect(rows.every((r, i) => r[0] === String(i + 1) && r[9] === 'true')).toBe(true);
			expect(sidecar.unmapped_labels).toEqual([]);
		});

		it('keeps each row’s group and development status consistent with countries.csv', () => {
			const byIso = new Map(countries.map((c) => [c.iso3, c]));
			expect(rows.every((r) => byIso.get(r[2])?.group === r[3])).toBe(true);
			expect(rows.every((r) => String(byIso.get(r[2])?.developing) === r[8])).toBe(true);
		});

		it('matches every non-default yearly target within 1 percentage point', () => {
			const columns = [
				['region', 3, REGIONS],
				['stakeholder_group', 4, STAKEHOLDERS],
				['gender', 5, GENDERS],
				['first_time', 7, ['true', 'false']]
			] as const;
			let checked = 0;
			for (const y of sidecar.years) {
				const mine = rows.filter((r) => r[1] === String(y.year));
				expect(mine).toHaveLength(y.rows);
				const share = (col: number, value: string) => mine.filter((r) => r[col] === value).length / mine.length;
				for (const [dim, col, categories] of columns) {
					const target = (y as unknown as Record<string, { status: string; shares: Record<string, number> }>)[dim];
					if (target.status === 'default') continue;
					const shares = target.shares;
					for (const c of categories) expect(Math.abs(share(col, c) - shares[c])).toBeLessThanOrEqual(0.01);
					checked++;
				}
				if (y.mode.status !== 'default') {
					expect(Math.abs(share(6, MODES[0]) - y.mode.onsite_share)).toBeLessThanOrEqual(0.01);
					checked++;
				}
			}
			expect(checked).toBeGreaterThan(15);
		});

		it('over-weights the host country in its year', () => {
			const from = (year: string, iso3: string) => rows.filter((r) => r[1] === year && r[2] === iso3).length;
			expect(from('2025', 'NOR')).toBeGreaterThan(10 * from('2024', 'NOR'));
		});
	});
});
