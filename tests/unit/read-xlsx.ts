// Test helper: reads a sheet of an .xlsx written by src/lib/export/to-xlsx.ts back into rows,
// independently of the writer (unzip + the OOXML cell grammar), so tests can compare values.
import { strFromU8, unzipSync } from 'fflate';

type Cell = string | number | boolean | null;

const unescape = (s: string) =>
	s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/** Column index of a cell reference: "A1" → 0, "AA7" → 26. */
function columnIndex(ref: string): number {
	const letters = ref.match(/^[A-Z]+/)![0];
	return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** Rows of sheet N (1-based) as arrays of cells, the header row first; missing cells are null. */
export function readXlsxSheet(bytes: Uint8Array, sheet = 1): Cell[][] {
	const files = unzipSync(bytes);
	const xml = strFromU8(files[`xl/worksheets/sheet${sheet}.xml`]);
	const rows: Cell[][] = [];
	for (const [, body] of xml.matchAll(/<row r="\d+">([\s\S]*?)<\/row>/g)) {
		const row: Cell[] = [];
		for (const [, ref, type, inner] of body.matchAll(/<c r="([A-Z]+\d+)"(?: t="(\w+)")?>([\s\S]*?)<\/c>/g)) {
			const i = columnIndex(ref);
			while (row.length < i) row.push(null);
			if (type === 'inlineStr') row.push(unescape(inner.match(/<t[^>]*>([\s\S]*?)<\/t>/)![1]));
			else if (type === 'b') row.push(inner.includes('<v>1</v>'));
			else row.push(Number(inner.match(/<v>(.*?)<\/v>/)![1]));
		}
		rows.push(row);
	}
	return rows;
}
