import type { EncodedColumn, EncodedCube, LinkedCubes } from './linked-index';

/**
 * The cubes of a LinkedIndex as one small file, written at build time for the bundled participants and
 * read by /participation with no engine. Layout: the header's length (uint32, little-endian), the header
 * (JSON: the dictionaries, each cube's columns and size), then each cube's columns of codes and its counts,
 * column after column, in the header's order. A code takes the fewest bytes its dictionary allows, a count
 * the fewest its cube's largest count allows. Cells are sorted by their codes, so that the same data always gives the same bytes (the
 * file's name is their hash) and runs of equal codes compress well.
 */
interface Header {
	version: 1;
	dictionaries: Record<string, (string | null)[]>;
	cubes: Record<keyof LinkedCubes, { columns: string[]; size: number; countWidth: number }>;
}

const VERSION = 1;
/** The file is little-endian; typed arrays use the platform's order, which is little-endian nearly everywhere. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const CUBES = ['cube', 'countries'] as const;
const widthOf = (dictionarySize: number) => (dictionarySize <= 0x100 ? 1 : dictionarySize <= 0x10000 ? 2 : 4);

export function encodeCubes(cubes: LinkedCubes): Uint8Array<ArrayBuffer> {
	const dictionaries: Header['dictionaries'] = {};
	const blocks: { values: ArrayLike<number>; width: number }[] = [];
	const sizes = {} as Header['cubes'];
	for (const name of CUBES) {
		const cube = cubes[name];
		const columns = [...cube.columns];
		for (const [column, { values }] of columns) dictionaries[column] ??= [...values];
		const order = sortedCells(columns.map(([, c]) => c.codes), cube.size);
		for (const [, c] of columns)
			blocks.push({ values: order.map((i) => c.codes[i]), width: widthOf(c.values.length) });
		const n = order.map((i) => cube.n[i]);
		if (n.some((v) => !Number.isInteger(v) || v < 0 || v > 0xffffffff)) throw new Error('Cube counts are not uint32');
		const countWidth = widthOf(n.reduce((a, b) => Math.max(a, b), 0) + 1);
		blocks.push({ values: n, width: countWidth });
		sizes[name] = { columns: columns.map(([c]) => c), size: cube.size, countWidth };
	}
	const header = new TextEncoder().encode(
		JSON.stringify({ version: VERSION, dictionaries, cubes: sizes } satisfies Header)
	);
	const length = 4 + header.length + blocks.reduce((sum, b) => sum + b.values.length * b.width, 0);
	const bytes = new Uint8Array(length);
	const view = new DataView(bytes.buffer);
	view.setUint32(0, header.length, true);
	bytes.set(header, 4);
	let at = 4 + header.length;
	for (const { values, width } of blocks)
		for (let i = 0; i < values.length; i++, at += width) write(view, at, width, values[i]);
	return bytes;
}

export function decodeCubes(bytes: Uint8Array): LinkedCubes {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const headerLength = view.getUint32(0, true);
	const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as Header;
	if (header.version !== VERSION) throw new Error(`Unknown cube file version ${header.version}`);
	let at = 4 + headerLength;
	/** The next block of `into.length` values, `width` bytes each, into `into`. */
	const read = <A extends Int32Array | Float64Array>(into: A, width: number): A => {
		const end = at + into.length * width;
		if (LITTLE_ENDIAN) {
			// Copied whole by the typed arrays: this runs once per page, before the JIT would speed up a loop.
			const block = bytes.slice(at, end).buffer;
			into.set(width === 1 ? new Uint8Array(block) : width === 2 ? new Uint16Array(block) : new Uint32Array(block));
		} else {
			for (let i = 0; i < into.length; i++) into[i] = readAt(view, at + i * width, width);
		}
		at = end;
		return into;
	};
	const decode = (name: keyof LinkedCubes): EncodedCube => {
		const { columns, size, countWidth } = header.cubes[name];
		const encoded = new Map<string, EncodedColumn>();
		for (const column of columns) {
			const values = header.dictionaries[column];
			encoded.set(column, { values, codes: read(new Int32Array(size), widthOf(values.length)) });
		}
		return { columns: encoded, n: read(new Float64Array(size), countWidth), size };
	};
	const cubes = { cube: decode('cube'), countries: decode('countries') };
	if (at !== bytes.byteLength) throw new Error('Cube file is not as long as its header says');
	return cubes;
}

/** The cells' indices in the order of their codes, column by column (each cell's codes are unique). */
function sortedCells(codes: readonly Int32Array[], size: number): number[] {
	return Array.from({ length: size }, (_, i) => i).sort((a, b) => {
		for (const c of codes) if (c[a] !== c[b]) return c[a] - c[b];
		return 0;
	});
}

function write(view: DataView, at: number, width: number, value: number): void {
	if (width === 1) view.setUint8(at, value);
	else if (width === 2) view.setUint16(at, value, true);
	else view.setUint32(at, value, true);
}

function readAt(view: DataView, at: number, width: number): number {
	return width === 1 ? view.getUint8(at) : width === 2 ? view.getUint16(at, true) : view.getUint32(at, true);
}

/**
 * The file as stored: gzip, since static hosts compress only text types and would send a binary file as
 * is (216 KB instead of about 30).
 */
export async function packCubeFile(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
	const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('gzip'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The cube file's bytes from what was fetched; a host that sent it with `Content-Encoding: gzip` has already unpacked it. */
export async function unpackCubeFile(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
	const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
	if (!gzip) return new Uint8Array(bytes);
	const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}
