import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageCounts, targetCoverage, type TargetsSidecar } from './target-coverage';

const sidecar = JSON.parse(readFileSync('data/sources/participants.targets.json', 'utf8')) as TargetsSidecar;

describe('targetCoverage', () => {
	const years = targetCoverage(sidecar);

	it('has one row per year of the sidecar, each marginal as its status says, with its sources', () => {
		expect(years.map((y) => y.year)).toEqual(sidecar.years.map((y) => y.year));
		for (const [i, y] of sidecar.years.entries()) {
			const cell = years[i].cells.region;
			expect(cell.kind === 'default', String(y.year)).toBe(y.region.status === 'default');
			expect(cell.sources).toEqual(y.region.sources);
		}
	});

	it('splits the onsite share’s status into its kind and what it rests on', () => {
		const mode = (year: number) => years.find((y) => y.year === year)!.cells.mode;
		const status = (year: number) => sidecar.years.find((y) => y.year === year)!.mode.status;
		for (const y of sidecar.years) {
			const { kind, detail } = mode(y.year);
			expect(detail ? `${kind}: ${detail}` : kind).toBe(status(y.year));
		}
	});

	it('counts the years of each kind, adding up to every year', () => {
		const counts = coverageCounts(years);
		expect(counts.years).toBe(sidecar.years.length);
		for (const key of ['region', 'stakeholder_group', 'gender', 'first_time', 'mode'] as const) {
			expect(Object.values(counts[key]).reduce((a, b) => a + b, 0)).toBe(sidecar.years.length);
		}
		expect(counts.region.published).toBe(sidecar.years.filter((y) => y.region.status === 'published').length);
	});
});
