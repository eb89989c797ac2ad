import { describe, expect, it } from 'vitest';
import { stackSegments } from './stack';

type Row = { category: string; value: number };
const byCategory = { bar: (r: Row) => r.category, value: (r: Row) => r.value };

describe('stackSegments(rows, { bar, value })', () => {
	it('stacks each bar’s segments in row order, whatever their series', () => {
		const rows = [
			{ category: '2010', series: 'gov', value: 10 },
			{ category: '2011', series: 'gov', value: 2 },
			{ category: '2010', series: 'gov', value: 5 },
			{ category: '2010', series: 'biz', value: 1 }
		];
		expect(stackSegments(rows, byCategory).map((r) => [r.category, r.series, r.y0, r.y1])).toEqual([
			['2010', 'gov', 0, 10],
			['2011', 'gov', 0, 2],
			['2010', 'gov', 10, 15],
			['2010', 'biz', 15, 16]
		]);
	});
	it('leaves out rows with nothing to draw and keeps the rest of each row', () => {
		const rows = [
			{ category: 'a', value: 0, label: 'zero' },
			{ category: 'a', value: -3, label: 'negative' },
			{ category: 'a', value: 0.1, label: 'first' },
			{ category: 'a', value: 0.2, label: 'second' }
		];
		expect(stackSegments(rows, byCategory)).toEqual([
			{ category: 'a', value: 0.1, label: 'first', y0: 0, y1: 0.1 },
			{ category: 'a', value: 0.2, label: 'second', y0: 0.1, y1: 0.1 + 0.2 }
		]);
	});
	it('stackSegments([]) is empty', () => {
		expect(stackSegments<Row>([], byCategory)).toEqual([]);
	});
});
