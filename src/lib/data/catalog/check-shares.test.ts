import { describe, expect, it } from 'vitest';
import { checkShares } from './check-shares';
import type { ShareCheck } from './schema';

const check: ShareCheck = {
	value: 'share',
	unit: 'unit',
	isShare: (u) => u.startsWith('percent'),
	groupBy: ['year', 'dimension'],
	min: 90,
	max: 110
};
const header = ['year', 'dimension', 'share', 'unit'];
const row = (line: number, year: number, dimension: string, share: number, unit = 'percent') => ({
	line,
	values: { year, dimension, share, unit }
});

describe('checkShares', () => {
	it('accepts groups that add up to about 100 and ignores counts and lone shares', () => {
		const rows = [row(2, 2022, 'gender', 56), row(3, 2022, 'gender', 43), row(4, 2022, 'gender', 1), row(5, 2022, 'gender', 900, 'count'), row(6, 2018, 'first_time', 62)];
		expect(checkShares(check, rows, 'f.csv', header)).toEqual([]);
	});

	it('warns (not errors) on a partial breakdown, at the first row of the group', () => {
		const problems = checkShares(check, [row(7, 2010, 'sg', 25), row(8, 2010, 'sg', 23), row(9, 2010, 'sg', 22)], 'f.csv', header);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 7, column: 3, severity: 'warning' });
		expect(problems[0].message).toContain('sum to 70');
	});

	it('treats a share above 100 as an error', () => {
		const problems = checkShares(check, [row(2, 2022, 'gender', 140), row(3, 2022, 'gender', 10)], 'f.csv', header);
		expect(problems.map((p) => [p.line, p.severity])).toEqual([
			[2, 'error'],
			[2, 'warning']
		]);
	});
});
