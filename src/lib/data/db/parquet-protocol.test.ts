import { describe, expect, it } from 'vitest';
import { chunkGroups } from './parquet-protocol';

describe('chunkGroups', () => {
	it('covers every row group once, in order, in at most 8 inserts', () => {
		for (const groups of [1, 7, 8, 9, 82, 1000]) {
			const chunks = chunkGroups(groups);
			expect(chunks.length).toBeLessThanOrEqual(8);
			expect(chunks.flat()).toEqual(Array.from({ length: groups }, (_, i) => i));
		}
	});
	it('reads a file without row groups once, for its schema', () => {
		expect(chunkGroups(0)).toEqual([[]]);
	});
});
