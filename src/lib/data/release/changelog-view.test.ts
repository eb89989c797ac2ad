import { describe, expect, it } from 'vitest';
import { diffDataset } from './changelog';
import { changelogView, releaseView, valueText } from './changelog-view';

describe('changelogView', () => {
	const before = [
		{ year: 2010, donor: 'A', amount: 100, confidence: 'exact' },
		{ year: 2011, donor: 'B', amount: 50, confidence: 'pledge' },
		{ year: 2012, donor: 'C', amount: null, confidence: 'exact' }
	];
	const after = [
		{ year: 2010, donor: 'A', amount: 120, confidence: 'exact' },
		{ year: 2011, donor: 'B', amount: 50, confidence: 'exact' },
		{ year: 2013, donor: 'D', amount: 1, confidence: 'exact' },
		{ year: 2014, donor: 'E', amount: 2, confidence: 'exact' }
	];
	const log = diffDataset(before, after, { key: ['year', 'donor'], confidenceColumns: ['confidence'] });

	it('lists each kind of change with old and new values as text', () => {
		const view = changelogView(log, 10);
		expect(view.added).toEqual({ count: 2, shown: ['year=2013|donor=D', 'year=2014|donor=E'], more: 0 });
		expect(view.removed.shown).toEqual(['year=2012|donor=C']);
		expect(view.changed.shown).toEqual([
			{ key: 'year=2010|donor=A', fields: [{ field: 'amount', old: '100', new: '120' }] },
			{ key: 'year=2011|donor=B', fields: [{ field: 'confidence', old: 'pledge', new: 'exact' }] }
		]);
		expect(view.confidenceChanged.shown).toEqual(['year=2011|donor=B']);
	});

	it('shows at most max entries a list and counts the rest', () => {
		const view = changelogView(log, 1);
		expect(view.added).toEqual({ count: 2, shown: ['year=2013|donor=D'], more: 1 });
		expect(view.changed.more).toBe(1);
	});

	it('writes strings as they are and other values as JSON', () => {
		expect([valueText(null), valueText(undefined), valueText(3), valueText('3'), valueText(true)]).toEqual([
			'null',
			'null',
			'3',
			'3',
			'true'
		]);
	});
});

it('releaseView keeps the digests and cuts each changelog', () => {
	const log = diffDataset([], [{ id: 1 }, { id: 2 }, { id: 3 }], { key: ['id'] });
	const release = {
		id: '2026-12-06-abcdef0',
		date: '2026-12-06',
		previous: '2026-12-05-b1e53c8',
		datasets: { t: { file: 't.parquet', sha256: 'ab'.repeat(32), rows: 3 } },
		changelog: { t: log }
	};
	const view = releaseView(release, 2);
	expect(view.datasets).toEqual(release.datasets);
	expect(view.changes.t.added).toEqual({ count: 3, shown: ['id=1', 'id=2'], more: 1 });
	expect('changelog' in view).toBe(false);
});
