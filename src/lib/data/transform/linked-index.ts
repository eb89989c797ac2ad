import type { Database } from '../db/database';
import {
	countryCubeColumns,
	cubeColumns,
	cubeCodesQuery,
	cubeDictionariesQuery,
	type LinkedFacet,
	type LinkedPanel,
	type LinkedPanelRow
} from '../queries/participants-cube';
import { matchesFilter, type FilterValue } from '../sql/predicates';

/** One dimension of cube cells, dictionary-encoded: codes index into `values` (text; null for NULL). */
export interface EncodedColumn {
	values: readonly (string | null)[];
	codes: Int32Array;
}

/** Cube cells as typed arrays: one encoded column per dimension, and the counts. */
export interface EncodedCube {
	columns: ReadonlyMap<string, EncodedColumn>;
	n: Float64Array;
	size: number;
}

function column(cube: EncodedCube, name: string): EncodedColumn {
	const c = cube.columns.get(name);
	if (!c) throw new Error(`Cube has no column "${name}"`);
	return c;
}

/** Binary string order with nulls last: DuckDB's default ORDER BY for VARCHAR. */
const byText = (a: string | null, b: string | null) =>
	a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/**
 * The linked panels of /participation answered in memory: the answer the SQL reference
 * (linkedPanelsQuery, tests/unit/linked-panels-sql.ts) gives from DuckDB (same rows, same order), from the cube cells held as dictionary-encoded typed arrays.
 * A filter change counts the filters each combination of facet values fails (a few thousand), then
 * makes one pass per facet over the main cube's cells and one over the country cube's (a few thousand to
 * a few hundred thousand cells whatever the number of rows), with no round trip to the engine's worker.
 */
export class LinkedIndex {
	readonly #facets: readonly LinkedFacet[];
	/** The panels of an answer in the engine's text order, as linkedPanelsQuery orders them. */
	readonly #panelOrder: readonly LinkedPanel[];
	readonly #cube: EncodedCube;
	readonly #countries: EncodedCube;
	/** Each country cell's slot in the map's (country, region) sums: iso3 code × regions + region code. */
	readonly #countrySlots: Int32Array;
	readonly #combos: Combos;

	/** The cubes of readLinkedCubes, or of the build's cube file (linked-cube-file.ts). */
	constructor(facets: readonly LinkedFacet[], cube: EncodedCube, countries: EncodedCube) {
		this.#facets = facets;
		this.#panelOrder = [...facets.map((f) => f.key), 'country', 'first_time', 'total'].sort(byText);
		this.#cube = cube;
		this.#countries = countries;
		const iso3 = column(countries, 'country_iso3').codes;
		const region = column(countries, 'un_regional_group');
		this.#countrySlots = iso3.map((c, i) => c * region.values.length + region.codes[i]);
		this.#combos = combosOf(facets, [cube, countries]);
	}

	/** Cells held (main cube + country cube). */
	get size(): number {
		return this.#cube.size + this.#countries.size;
	}

	answer(values: Readonly<Record<string, FilterValue | undefined>> = {}): LinkedPanelRow[] {
		// Every facet has a pass table (all ones when it has no filter): whatever the filters, V8 sees the
		// same shapes, so it optimises the loops once. A mixed shape here (null or a table, the filter
		// object itself) makes V8 drop and recompile this method on new filter combinations.
		const filters = this.#facets.map((f) => values[f.key]);
		const panels = new Map<LinkedPanel, LinkedPanelRow[]>();

		// How many filters each combination of facet values fails: the same for every cell that has it.
		const cube = this.#cube;
		const cols = facetColumns(this.#facets, cube);
		const combos = this.#combos;
		const passes = passTables(cols, filters);
		const comboFails = new Uint8Array(combos.size);
		passes.forEach((pass, f) => addFails(combos.codes[f], pass, comboFails));

		// Main cube: each facet under every filter but its own; first_time and the total under all.
		const [cubeCombos, countryCombos] = combos.ofCells;
		const sums = cols.map((c) => new Float64Array(c.values.length));
		cols.forEach((c, f) => addUnlessOthersFail(c.codes, passes[f], cubeCombos, comboFails, cube.n, sums[f]));
		const firstTime = column(cube, 'first_time');
		const firstTimeSums = new Float64Array(firstTime.values.length);
		const total = addPassing(firstTime.codes, cubeCombos, comboFails, cube.n, firstTimeSums);
		this.#facets.forEach((f, i) => panels.set(f.key, emit(f.key, cols[i].values, sums[i])));
		panels.set('first_time', emit('first_time', firstTime.values, firstTimeSums));

		// Country cube: the map, under all filters.
		const countries = this.#countries;
		const iso3 = column(countries, 'country_iso3');
		const region = column(countries, 'un_regional_group');
		const width = region.values.length;
		const countrySums = new Float64Array(iso3.values.length * width);
		addPassing(this.#countrySlots, countryCombos, comboFails, countries.n, countrySums);
		const countryRows: LinkedPanelRow[] = [];
		for (let c = 0; c < iso3.values.length; c++)
			for (let r = 0; r < width; r++) {
				const n = countrySums[c * width + r];
				if (n > 0) countryRows.push({ panel: 'country', key: iso3.values[c] as string, region: region.values[r], n });
			}
		panels.set('country', countryRows);
		panels.set('total', [{ panel: 'total', key: 'all', region: null, n: total }]);
		// Already in the SQL's order (ORDER BY panel, key): panels by name, and within each the keys in code
		// order, which is the engine's order of the values (cubeCodesQuery). No sort per filter change.
		return this.#panelOrder.flatMap((p) => panels.get(p) ?? []);
	}
}

/** A cube's column for each linked facet, in the facets' order. */
function facetColumns(facets: readonly LinkedFacet[], cube: EncodedCube) {
	return facets.map((f) => column(cube, f.column));
}

/** Each facet column's pass table under its filter (`filters` in the facets' order). */
function passTables(
	cols: readonly EncodedColumn[],
	filters: readonly (FilterValue | undefined)[]
): Uint8Array[] {
	return cols.map((c, i) => passTable(c.values, filters[i]));
}

/**
 * The distinct combinations of the linked facets' values among the cells of some cubes (country and
 * first_time left out). A cell fails the filters its combination fails, so an answer counts the fails of
 * each combination (a few thousand, whatever the number of rows) rather than of each cell and facet.
 */
interface Combos {
	size: number;
	/** Each facet's value code in each combination, in the facets' order. */
	codes: Int32Array[];
	/** Each cube's cells' combinations, in the order of the cubes given. */
	ofCells: Int32Array[];
}

function combosOf(facets: readonly LinkedFacet[], cubes: readonly EncodedCube[]): Combos {
	// The cubes share the dictionaries, so a combination's key (its codes in mixed radix) is the same in each.
	const radix = facetColumns(facets, cubes[0]).map((c) => c.values.length);
	const ids = new Map<number, number>();
	const codes: number[][] = radix.map(() => []);
	const ofCells = cubes.map((cube) => {
		const cols = facetColumns(facets, cube).map((c) => c.codes);
		const of = new Int32Array(cube.size);
		for (let i = 0; i < cube.size; i++) {
			let key = 0;
			for (let f = 0; f < cols.length; f++) key = key * radix[f] + cols[f][i];
			let id = ids.get(key);
			if (id === undefined) {
				id = ids.size;
				ids.set(key, id);
				cols.forEach((c, f) => codes[f].push(c[i]));
			}
			of[i] = id;
		}
		return of;
	});
	return { size: ids.size, codes: codes.map((c) => Int32Array.from(c)), ofCells };
}

// The loops over cells and combinations below are functions of their own over typed arrays, which V8
// compiles to tight code, and none has a branch that only a filter takes: the page's first answer (no
// filters) runs every path, so the first filter change runs compiled code instead of falling back to
// V8's interpreter in the middle of a click.

/** Adds 1 to each combination's fails when its value of one facet fails that facet's filter. */
function addFails(codes: Int32Array, pass: Uint8Array, fails: Uint8Array): void {
	for (let i = 0; i < codes.length; i++) fails[i] += 1 - pass[codes[i]];
}

/**
 * Adds each cell's count to its value of one facet when no other facet's filter fails it (crossfilter: a
 * facet's own selection does not narrow it): its combination fails no filter, or only this facet's.
 */
function addUnlessOthersFail(
	codes: Int32Array,
	pass: Uint8Array,
	combos: Int32Array,
	comboFails: Uint8Array,
	n: Float64Array,
	sums: Float64Array
): void {
	for (let i = 0; i < codes.length; i++) {
		const code = codes[i];
		sums[code] += comboFails[combos[i]] === 1 - pass[code] ? n[i] : 0;
	}
}

/** Adds the count of each cell that passes every filter to its slot; returns their sum. */
function addPassing(slots: Int32Array, combos: Int32Array, comboFails: Uint8Array, n: Float64Array, sums: Float64Array): number {
	let total = 0;
	for (let i = 0; i < slots.length; i++) {
		const count = comboFails[combos[i]] === 0 ? n[i] : 0;
		sums[slots[i]] += count;
		total += count;
	}
	return total;
}

/** Both cubes of a LinkedIndex, their columns coded with the same dictionaries. */
export interface LinkedCubes {
	/** Over cubeColumns(facets). */
	cube: EncodedCube;
	/** Over countryCubeColumns(facets). */
	countries: EncodedCube;
}

/**
 * Reads both cubes' cells from the participant rows (one scan each, in the engine); the dictionaries are
 * read once for both (the codes of a column rank the same distinct values in each).
 */
export async function readLinkedCubes(
	db: Database,
	facets: readonly LinkedFacet[],
	source = 'participants'
): Promise<LinkedCubes> {
	const cubeCols = cubeColumns(facets);
	const countryCols = countryCubeColumns(facets);
	const columns = [...new Set([...cubeCols, ...countryCols])];
	const [cube, countries, rows, { tableFromIPC }] = await Promise.all([
		db.queryArrow(cubeCodesQuery(cubeCols, source)),
		db.queryArrow(cubeCodesQuery(countryCols, source)),
		db.query<{ column: string; value: string | null; code: number }>(cubeDictionariesQuery(columns, source)),
		import('apache-arrow')
	]);
	const dictionaries = new Map<string, (string | null)[]>(columns.map((c) => [c, []]));
	for (const d of rows) dictionaries.get(d.column)![d.code] = d.value;
	/** A cube's cells: Arrow integer columns read as typed arrays, no per-cell conversion. */
	const encode = (ipc: Uint8Array, names: readonly string[]): EncodedCube => {
		const table = tableFromIPC(ipc);
		const encoded = new Map<string, EncodedColumn>();
		for (const name of names) {
			const codes = table.getChild(name)?.toArray();
			if (!(codes instanceof Int32Array)) throw new Error(`Cube column "${name}" is not a column of codes`);
			encoded.set(name, { values: dictionaries.get(name)!, codes });
		}
		const n = table.getChild('n')?.toArray();
		if (!(n instanceof Float64Array)) throw new Error('Cube has no counts');
		return { columns: encoded, n, size: table.numRows };
	};
	return { cube: encode(cube, cubeCols), countries: encode(countries, countryCols) };
}

/** An index over the participant rows in the engine: for uploaded data (the bundled data's cubes are a file). */
export async function loadLinkedIndex(
	db: Database,
	facets: readonly LinkedFacet[],
	source = 'participants'
): Promise<LinkedIndex> {
	const { cube, countries } = await readLinkedCubes(db, facets, source);
	return new LinkedIndex(facets, cube, countries);
}

/** Which dictionary entries pass a filter (1) or not (0), all without one: the predicate runs once per distinct value. */
function passTable(values: readonly (string | null)[], filter: FilterValue | undefined): Uint8Array {
	if (!filter) return new Uint8Array(values.length).fill(1);
	return Uint8Array.from(values, (v) => (matchesFilter(v, filter) ? 1 : 0));
}

/** A panel's rows: the values with a count, in code order. */
function emit(panel: LinkedPanel, values: readonly (string | null)[], sums: Float64Array): LinkedPanelRow[] {
	const rows: LinkedPanelRow[] = [];
	for (let k = 0; k < values.length; k++)
		if (sums[k] > 0) rows.push({ panel, key: values[k] as string, region: null, n: sums[k] });
	return rows;
}
