import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
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

		describe('onsite and online, from meetings.csv read on its own', () => {
			const meetings = csvParse(read('meetings.csv'));
			const figure = (m: (typeof meetings)[number], key: string) => (m[key] ? Number(m[key]) : undefined);
			const onsiteShareOf = (year: string) => {
				const mine = rows.filter((r) => r[1] === year);
				return mine.filter((r) => r[6] === 'onsite').length / mine.length;
			};
			/** The meeting's own onsite share: of participants where it publishes them, else of registrations. */
			const published = (m: (typeof meetings)[number]) => {
				const [onsite, online, total, registered] = ['onsite', 'online', 'total', 'registrations'].map((k) => figure(m, k));
				if (onsite !== undefined && online !== undefined) return onsite / (onsite + online);
				if (total !== undefined) return onsite !== undefined ? onsite / total : online !== undefined ? 1 - online / total : undefined;
				if (registered !== undefined)
					return onsite !== undefined ? onsite / registered : online !== undefined ? 1 - online / registered : undefined;
				return undefined;
			};

			it('has no online rows for an in-person meeting', () => {
				const inPerson = meetings.filter((m) => m.format === 'in-person');
				expect(inPerson.length).toBeGreaterThan(5);
				for (const m of inPerson) {
					expect(rows.some((r) => r[1] === m.year), m.year).toBe(true);
					expect(rows.filter((r) => r[1] === m.year && r[6] === 'online'), m.year).toHaveLength(0);
				}
			});

			it('has no onsite rows for an online meeting', () => {
				for (const m of meetings.filter((m) => m.format === 'online')) expect(onsiteShareOf(m.year!), m.year).toBe(0);
			});

			it('splits every other year with published figures as they do, 2021 and 2022 included', () => {
				const checked = meetings.filter((m) => m.format !== 'in-person' && m.format !== 'online' && published(m) !== undefined);
				expect(checked.map((m) => m.year)).toEqual(expect.arrayContaining(['2021', '2022']));
				for (const m of checked) expect(Math.abs(onsiteShareOf(m.year!) - published(m)!), m.year).toBeLessThanOrEqual(0.01);
			});

			it('takes the default split only for years that publish no figures for it, and says so', () => {
				for (const y of sidecar.years) {
					const m = meetings.find((m) => m.year === String(y.year))!;
					const own = m.format === 'in-person' || m.format === 'online' || published(m) !== undefined;
					expect(y.mode.status === 'default', String(y.year)).toBe(!own);
				}
			});

			it('weighs 2021 by its registrations (onsite / onsite share), not by a default', () => {
				const y2021 = sidecar.years.find((y) => y.year === 2021)!;
				expect(y2021.participants_basis).toBeCloseTo(Number(meetings.find((m) => m.year === '2021')!.registrations), 0);
			});
		});

		it('over-weights the host country in its year', () => {
			const from = (year: string, iso3: string) => rows.filter((r) => r[1] === year && r[2] === iso3).length;
			expect(from('2025', 'NOR')).toBeGreaterThan(10 * from('2024', 'NOR'));
		});
	});
});
