import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceRows } from '../../../../tests/unit/source-csv';
import type { Manifest } from './manifest';

type Csv = Record<string, string | null>;
const manifest = JSON.parse(readFileSync('data/manifest.json', 'utf8')) as Manifest;
const profileOf = (name: string) => manifest.datasets.find((d) => d.name === name)!.confidence_profile;
const tally = (words: (string | null)[]) => {
	const out: Record<string, number> = {};
	for (const w of words) if (w) out[w] = (out[w] ?? 0) + 1;
	return out;
};

describe('confidence profile in the manifest, against the source CSVs', () => {
	it('counts one figure per contribution, expenditure and funding-total row', async () => {
		for (const [name, file] of [
			['contributions', 'contributions.csv'],
			['expenditures', 'expenditures.csv'],
			['funding_totals', 'funding_totals.csv']
		]) {
			const rows = await sourceRows<Csv>(file);
			expect(profileOf(name), name).toEqual(tally(rows.map((r) => r.confidence)));
		}
	});

	it('counts a host-cost allocation once, however many rows restate it', async () => {
		const rows = await sourceRows<Csv>('host_costs.csv');
		expect(profileOf('host_costs')).toEqual(tally(rows.filter((r) => !r.same_allocation_as).map((r) => r.confidence)));
	});

	it('counts every published meeting figure with its own qualifier', async () => {
		const rows = await sourceRows<Csv>('meetings.csv');
		const figures = ['onsite', 'online', 'total', 'registrations', 'countries', 'sessions'];
		const profile = profileOf('meetings')!;
		expect(profile).toEqual(tally(rows.flatMap((r) => figures.map((f) => (r[f] ? r[`${f}_qualifier`] : null)))));
		expect(profile.secondary).toBeGreaterThan(0);
		// The vocabulary's order, so readers see exact first.
		expect(Object.keys(profile)[0]).toBe('exact');
	});

	it('has no profile for datasets without confidence words', () => {
		expect(profileOf('countries')).toBeNull();
		expect(profileOf('participants')).toBeNull();
	});
});
