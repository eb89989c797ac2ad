import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUpToDate } from '../src/lib/data/catalog/check-up-to-date';
import { DATASETS } from '../src/lib/data/catalog/datasets/index';

const DATA = resolve('data');
const TSX = resolve('node_modules/.bin/tsx');
const run = (...args: string[]) => spawnSync(TSX, ['scripts/build-data.ts', ...args], { encoding: 'utf8' });

async function copyOfData() {
	const dir = await mkdtemp(join(tmpdir(), 'igf-data-'));
	await cp(DATA, dir, { recursive: true });
	return dir;
}

describe('npm run data', () => {
	it('committed Parquet files and manifest are up to date with data/sources', async () => {
		expect(await checkUpToDate(DATA, DATASETS)).toEqual([]);
	});

	it('--check fails when a source changed after the last build', async () => {
		const dir = await copyOfData();
		const path = join(dir, 'sources', 'nris.csv');
		await writeFile(path, (await readFile(path, 'utf8')).replace('2020,2020-01-09,125', '2020,2020-01-09,126'));
		expect(await checkUpToDate(dir, DATASETS)).toEqual([
			'nris.parquet: differs from what the sources produce (run npm run data)',
			'manifest.json: differs from what the sources produce (run npm run data)'
		]);
		const cli = run('--check', `--data=${dir}`);
		expect(cli.status).toBe(1);
		expect(cli.stderr).toContain('nris.parquet: differs');
		await rm(dir, { recursive: true, force: true });
	});

	it('ignores built_at when checking', async () => {
		const dir = await copyOfData();
		const path = join(dir, 'manifest.json');
		const manifest = JSON.parse(await readFile(path, 'utf8'));
		await writeFile(path, JSON.stringify({ ...manifest, built_at: '1999-01-01T00:00:00.000Z' }, null, '\t') + '\n');
		expect(await checkUpToDate(dir, DATASETS)).toEqual([]);
		await rm(dir, { recursive: true, force: true });
	});

	it('refuses to record a release when a digest changed but no row did, and writes none', async () => {
		const dir = await copyOfData();
		const releases = join(dir, 'releases');
		const before = (await readdir(releases)).sort();
		const latest = join(releases, before.filter((f) => f.endsWith('.json')).at(-1)!);
		// The newest release records another digest for nris than the build writes, from the same rows.
		const release = JSON.parse(await readFile(latest, 'utf8'));
		release.datasets.nris.sha256 = '0'.repeat(64);
		await writeFile(latest, JSON.stringify(release));
		const cli = run(`--data=${dir}`);
		expect(cli.status).not.toBe(0);
		expect(cli.stderr).toContain('nris.parquet: its digest changed but no row did; refusing to record a release');
		expect((await readdir(releases)).sort()).toEqual(before);
		await rm(dir, { recursive: true, force: true });
	});

	it('prints every problem as file:line:column and exits non-zero without writing', async () => {
		const dir = await copyOfData();
		const meetings = join(dir, 'sources', 'meetings.csv');
		const text = await readFile(meetings, 'utf8');
		// 2007: a secondary figure that does not say who relayed it; 2008: an unknown format
		await writeFile(
			meetings,
			text
				.replace("secondary,,,,,,R. Malcolm's PhD thesis,", 'secondary,,,,,,,')
				.replace('Asia-Pacific,in-person,2008', 'Asia-Pacific,on-site,2008')
		);
		const before = await readFile(join(dir, 'meetings.parquet'));
		const cli = run(`--data=${dir}`);
		expect(cli.status).toBe(1);
		const lines = cli.stderr.split('\n').filter((l) => l.includes('meetings.csv:'));
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(
			/meetings\.csv:3:21: onsite_relayed_by: onsite_qualifier is secondary, so say who relayed the figure$/
		);
		expect(lines[1]).toMatch(/meetings\.csv:4:6: format: unknown value "on-site"/);
		expect(cli.stderr).toMatch(/warning: shares for year=2008 dimension=region/);
		expect((await readFile(join(dir, 'meetings.parquet'))).equals(before)).toBe(true);
		await rm(dir, { recursive: true, force: true });
	});
});
