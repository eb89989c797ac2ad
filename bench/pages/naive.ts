// The naive page the benchmark compares against: boot DuckDB-WASM, load the Parquet file, then draw one bar chart.
import { openMainThreadDuckDB } from './duckdb-main';

const SVG = 'http://www.w3.org/2000/svg';
const params = new URLSearchParams(location.search);
const file = params.get('data') ?? '/__bench/data/participants.parquet';
const sql = params.get('sql') ?? 'SELECT year AS k, count(*)::DOUBLE AS n FROM t GROUP BY 1 ORDER BY 1';

async function main() {
	const duck = await openMainThreadDuckDB();
	const bytes = new Uint8Array(await (await fetch(file)).arrayBuffer());
	await duck.loadMainThread('t', bytes);
	const rows = (await duck.conn.query(sql)).toArray().map((r) => ({ k: String(r.k), n: Number(r.n) || 0 }));
	const svg = document.querySelector('svg')!;
	const max = Math.max(...rows.map((r) => r.n), 1);
	const w = 640 / Math.max(rows.length, 1);
	rows.forEach((r, i) => {
		const rect = document.createElementNS(SVG, 'rect');
		const h = (r.n / max) * 220;
		rect.setAttribute('x', String(i * w + 1));
		rect.setAttribute('y', String(230 - h));
		rect.setAttribute('width', String(w - 2));
		rect.setAttribute('height', String(h));
		svg.appendChild(rect);
	});
}
main().catch((e) => console.error(e));
