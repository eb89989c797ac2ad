// The bench keeps, per size, a baseline and the latest run; each size's file holds only that size's measures.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { row } from '../../bench/lib/report';
import { resultsForSize, writeSizeResults, type BenchResults } from '../../bench/lib/results';
import type { SizeResult } from '../../bench/lib/engine-runs';

const sizeResult = (rows: number) => ({ rows }) as SizeResult;
const run = (date: string): BenchResults => ({
	date,
	machine: { os: 'test', cpus: 1, cpuModel: 'test', memoryGB: 1, freeMemoryGB: 1, node: 'v20', chromium: '1.0' },
	options: {
		sizes: ['bundled', '1m'],
		runs: 1,
		steps: 1,
		files: { bundled: 'participants.parquet', '1m': 'bench/participants-1000000.parquet' },
		pauseMs: 300,
		rapidPauseMs: 50
	},
	rows: [],
	firstChart: { app: [], naive: [] },
	appInteractions: [],
	rapidAppInteractions: [],
	sizes: { bundled: sizeResult(3_000), '1m': sizeResult(1_000_000) },
	pageAtSize: { '1m': { clicks: [], peakRendererMB: 700 } }
});
const runRows = [row('time to first chart, /participation', 'ms', [100])];
const oneMillion = [row('load 1m (1,000,000 rows): Parquet→Arrow(worker)→DuckDB', 'ms', [900])];

describe('bench results files', () => {
	const dirs: string[] = [];
	const tempDir = () => {
		dirs.push(mkdtempSync(join(tmpdir(), 'bench-results-')));
		return dirs.at(-1)!;
	};
	afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

	it("narrows a run to one size: that size's samples and rows, with the run's bundled-data measures", () => {
		const r = resultsForSize(run('2026-12-01T00:00:00.000Z'), '1m', runRows, oneMillion);
		expect(r.options.sizes).toEqual(['1m']);
		expect(r.options.files).toEqual({ '1m': 'bench/participants-1000000.parquet' });
		expect(Object.keys(r.sizes)).toEqual(['1m']);
		expect(Object.keys(r.pageAtSize)).toEqual(['1m']);
		expect(r.rows.map((x) => x.measure)).toEqual([...runRows, ...oneMillion].map((x) => x.measure));
		expect(resultsForSize(run('d'), 'bundled', runRows, []).pageAtSize).toEqual({});
	});

	it('writes the latest run each time, and the baseline only when there is none or it is asked for', async () => {
		const dir = tempDir();
		const dateIn = (file: string) => (JSON.parse(readFileSync(join(dir, file), 'utf8')) as BenchResults).date;
		await writeSizeResults(dir, '1m', run('first'));
		await writeSizeResults(dir, '1m', run('second'));
		expect(readdirSync(dir).sort()).toEqual(['1m.baseline.json', '1m.latest.json']);
		expect([dateIn('1m.baseline.json'), dateIn('1m.latest.json')]).toEqual(['first', 'second']);
		await writeSizeResults(dir, '1m', run('third'), true);
		expect([dateIn('1m.baseline.json'), dateIn('1m.latest.json')]).toEqual(['third', 'third']);
	});
});
