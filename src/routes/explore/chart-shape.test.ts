import { describe, expect, it } from 'vitest';
import { chartShape } from './chart-shape';

describe('chartShape', () => {
	it('draws lines over a numeric first group, one series per second group', () => {
		const rows = [
			{ year: 2011, mode: 'online', count: 5 },
			{ year: 2010, mode: 'onsite', count: 3 },
			{ year: 2011, mode: 'onsite', count: 4 },
			{ year: 2010, mode: 'online', count: null }
		];
		const shape = chartShape(rows, ['year', 'mode'], 'count', true);
		expect(shape).toEqual({
			kind: 'lines',
			x: 'year',
			y: 'count',
			series: [
				{
					name: 'onsite',
					points: [
						{ x: 2010, y: 3 },
						{ x: 2011, y: 4 }
					]
				},
				{ name: 'online', points: [{ x: 2011, y: 5 }] }
			]
		});
	});

	it('draws the largest bars for a categorical group and says how many are left out', () => {
		const rows = Array.from({ length: 30 }, (_, i) => ({ donor: `d${i}`, sum: i }));
		const shape = chartShape(rows, ['donor'], 'sum', false);
		expect(shape.kind).toBe('bars');
		if (shape.kind !== 'bars') return;
		expect(shape.bars[0]).toEqual({ label: 'd29', value: 29 });
		expect(shape.bars).toHaveLength(25);
		expect(shape.omitted).toBe(5);
	});

	it('takes any column names, even ones special to JS objects or to Arquero', () => {
		const values = [
			[2011, 'online', 5],
			[2010, 'onsite', 3],
			[2011, 'onsite', 4]
		] as const;
		// Rows as the engine hands them out: "__proto__" an own field, not the prototype.
		const rowsNamed = (names: string[]) =>
			values.map((v) => {
				const row: Record<string, unknown> = {};
				names.forEach((k, i) =>
					Object.defineProperty(row, k, { value: v[i], enumerable: true, writable: true, configurable: true })
				);
				return row;
			});
		const plain = chartShape(rowsNamed(['year', 'mode', 'count']), ['year', 'mode'], 'count', true);
		expect(plain.kind === 'lines' && plain.series.length).toBe(2);
		expect(chartShape(rowsNamed(['__proto__', 'x', 'y']), ['__proto__', 'x'], 'y', true)).toEqual({
			...plain,
			x: '__proto__',
			y: 'y'
		});
		const single = chartShape(rowsNamed(['__proto__', 'x', 'y']), ['__proto__'], 'y', true);
		expect(single.kind === 'lines' && single.series.map((s) => [s.name, s.points.length])).toEqual([['y', 3]]);
	});

	it("names a missing group value with the reader's word", () => {
		const rows = [
			{ year: 2010, mode: null, n: 1 },
			{ year: 2011, mode: null, n: 2 },
			{ year: 2011, mode: 'online', n: 3 }
		];
		const lines = chartShape(rows, ['year', 'mode'], 'n', true, '(vide)');
		expect(lines.kind === 'lines' && lines.series.map((s) => [s.name, s.points])).toEqual([
			[
				'(vide)',
				[
					{ x: 2010, y: 1 },
					{ x: 2011, y: 2 }
				]
			],
			['online', [{ x: 2011, y: 3 }]]
		]);
		const bars = chartShape(rows, ['mode'], 'n', false, '(vide)');
		expect(bars.kind === 'bars' && bars.bars.map((b) => b.label)).toEqual(['online', '(vide)', '(vide)']);
	});

	it('draws nothing without a group or without values', () => {
		expect(chartShape([{ count: 3 }], [], 'count', false).kind).toBe('none');
		expect(chartShape([{ a: 'x', count: null }], ['a'], 'count', false).kind).toBe('none');
	});
});
