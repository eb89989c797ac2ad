// The cube file the page reads must answer exactly as the index built from the engine does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Database } from '../db/database';
import { bundledDatabase } from '../../../../tests/unit/source-csv';
import { facetValuesOf, linkedFilterStates } from '../../../../tests/unit/linked-filter-states';
import { PARTICIPATION_FILTERS as LINKED_FACETS } from '../../../routes/participation/filters';
import { LinkedIndex, loadLinkedIndex, readLinkedCubes } from './linked-index';
import { decodeCubes, encodeCubes, packCubeFile, unpackCubeFile } from './linked-cube-file';

describe('linked cube file', () => {
	let db: Database;
	let fromEngine: LinkedIndex;
	let bytes: Uint8Array;
	let facetValues: Record<string, string[]>;
	beforeAll(async () => {
		db = await bundledDatabase();
		fromEngine = await loadLinkedIndex(db, LINKED_FACETS);
		bytes = encodeCubes(await readLinkedCubes(db, LINKED_FACETS));
		facetValues = await facetValuesOf(db);
	}, 60_000);
	afterAll(() => db.close());

	const fromFile = () => {
		const { cube, countries } = decodeCubes(bytes);
		return new LinkedIndex(LINKED_FACETS, cube, countries);
	};

	it('is the same bytes for the same data, whatever order the engine gives the cells in', async () => {
		expect(encodeCubes(await readLinkedCubes(db, LINKED_FACETS))).toEqual(bytes);
		expect(encodeCubes(decodeCubes(bytes))).toEqual(bytes);
	});

	it('answers random filter states exactly as the index read from the engine, property-based', async () => {
		const index = fromFile();
		expect(index.size).toBe(fromEngine.size);
		expect(index.answer()).toEqual(fromEngine.answer());
		fc.assert(
			fc.property(linkedFilterStates(facetValues), (values) => {
				expect(index.answer(values)).toEqual(fromEngine.answer(values));
			}),
			{ numRuns: 200 }
		);
	});

	it('is stored gzip-compressed, several times smaller, and read back whether or not a host unpacked it', async () => {
		const packed = await packCubeFile(bytes);
		expect([...packed.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
		expect(packed.length).toBeLessThan(bytes.length / 4);
		expect(await unpackCubeFile(packed)).toEqual(bytes);
		expect(await unpackCubeFile(bytes)).toEqual(bytes);
	});

	it('refuses a file cut short or of another version', () => {
		expect(() => decodeCubes(bytes.subarray(0, bytes.length - 1))).toThrow();
		const other = bytes.slice();
		const text = new TextDecoder().decode(other.subarray(4, 40)).replace('"version":1', '"version":9');
		other.set(new TextEncoder().encode(text), 4);
		expect(() => decodeCubes(other)).toThrow(/version 9/);
	});
});
