import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from './build-catalog';
import { DATASETS } from './datasets/index';
import type { Manifest } from './manifest';
import { parseCsv } from './parse-csv';
import { formatProblem } from './problem';
import { describeParquet } from './write-parquet';

const SOURCES = new URL('../../../../data/sources', import.meta.url).pathname;
let dir: string;
let manifest: Manifest;

async function build(sourcesDir: string) {
	const outDir = await mkdtemp(join(tmpdir(), 'igf-build-'));
	const result = await buildCatalog({ sourcesDir, outDir, datasets: DATASETS, builtAt: '2000-01-01T00:00:00Z' });
	return { outDir, ...result };
}

beforeAll(async () => {
	const result = await build(SOURCES);
	expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
	dir = result.outDir;
	manifest = result.manifest!;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('buildCatalog on the real sources', () => {
	it.each(DATASETS.map((d) => [d.name, d] as const))('%s: Parquet rows and column types match the CSV and the spec', async (_, spec) => {
		const csv = parseCsv(await readFile(join(SOURCES, spec.source), 'utf8'));
		const parquet = await describeParquet(join(dir, `${spec.name}.parquet`));
		expect(parquet.rows).toBe(csv.records.length);
		expect(parquet.columns).toEqual(spec.columns.map((c) => ({ name: c.name, type: c.type })));
		const entry = manifest.datasets.find((d) => d.name === spec.name)!;
		expect(entry.rows).toBe(csv.records.length);
		expect(entry.source_count).toBe(entry.sources.length);
	});

	it('counts addresses of multi-source cells once each', () => {
		const meetings = manifest.datasets.find((d) => d.name === 'meetings')!;
		expect(meetings.sources).toContain('https://www.icannwiki.org/IGF_2009');
		expect(meetings.sources).toContain('https://friendsoftheigf.org/transcript/349');
		expect(meetings.sources.every((s) => !s.includes(' | '))).toBe(true);
		expect(new Set(meetings.sources).size).toBe(meetings.source_count);
	});

	it('is deterministic: a rebuild from shuffled CSV rows gives byte-identical Parquet', async () => {
		const shuffled = await mkdtemp(join(tmpdir(), 'igf-shuffled-'));
		await cp(SOURCES, shuffled, { recursive: true });
		for (const spec of DATASETS) {
			const text = await readFile(join(SOURCES, spec.source), 'utf8');
			const lines = text.trimEnd().split('\n');
			const [header, ...rows] = lines;
			// reversing is safe only for files without multi-line fields
			if (parseCsv(text).records.length === rows.length) await writeFile(join(shuffled, spec.source), [header, ...rows.reverse()].join('\n') + '\n');
		}
		const again = await build(shuffled);
		for (const file of (await readdir(dir)).filter((f) => f.endsWith('.parquet')))
			expect((await readFile(join(again.outDir, file))).equals(await readFile(join(dir, file))), file).toBe(true);
		expect(again.manifest).toEqual(manifest);
		await rm(shuffled, { recursive: true, force: true });
		await rm(again.outDir, { recursive: true, force: true });
	});
});

describe('buildCatalog on broken sources', () => {
	it('collects every error, writes nothing and returns no manifest', async () => {
		const broken = await mkdtemp(join(tmpdir(), 'igf-broken-'));
		await cp(SOURCES, broken, { recursive: true });
		const meetingsPath = join(broken, 'meetings.csv');
		const meetings = (await readFile(meetingsPath, 'utf8')).replace('2006,1,Athens,Greece,WEOG', '2006,1,Athens,Greece,Europe');
		await writeFile(meetingsPath, meetings);
		const nris = (await readFile(join(broken, 'nris.csv'), 'utf8')).replace('2020,2020-01-09,125', '2020,2020-01-09,many');
		await writeFile(join(broken, 'nris.csv'), nris);
		const result = await build(broken);
		expect(result.manifest).toBeNull();
		expect(await readdir(result.outDir)).toEqual([]);
		const errors = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
		expect(errors).toHaveLength(2);
		expect(errors[0]).toMatch(/meetings\.csv:2:5: host_region: unknown value "Europe"/);
		expect(errors[1]).toMatch(/nris\.csv:3:3: count: expected an INTEGER, got "many"/);
		await rm(broken, { recursive: true, force: true });
		await rm(result.outDir, { recursive: true, force: true });
	});
});
