// Build time only (Node): rebuilds into a temporary folder and compares with the committed outputs.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCatalog } from './build-catalog';
import type { Manifest } from './manifest';
import { manifestContent } from './manifest-file';
import { errorsOf, formatProblem } from './problem';
import type { DatasetSpec } from './schema';

/** Lists every difference between dataDir's Parquet files + manifest (built_at ignored) and a fresh build of dataDir/sources. */
export async function checkUpToDate(dataDir: string, datasets: readonly DatasetSpec[]): Promise<string[]> {
	const tmp = await mkdtemp(join(tmpdir(), 'igf-data-check-'));
	try {
		const { manifest, problems } = await buildCatalog({ sourcesDir: join(dataDir, 'sources'), outDir: tmp, datasets });
		if (!manifest) return errorsOf(problems).map(formatProblem);
		const differences: string[] = [];
		for (const d of manifest.datasets) {
			const committed = join(dataDir, d.file);
			if (!existsSync(committed)) differences.push(`${d.file}: missing (run npm run data)`);
			else if (!(await readFile(committed)).equals(await readFile(join(tmp, d.file))))
				differences.push(`${d.file}: differs from what the sources produce (run npm run data)`);
		}
		const manifestPath = join(dataDir, 'manifest.json');
		if (!existsSync(manifestPath)) differences.push('manifest.json: missing (run npm run data)');
		else {
			const committed = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
			if (manifestContent(committed) !== manifestContent(manifest))
				differences.push('manifest.json: differs from what the sources produce (run npm run data)');
		}
		return differences;
	} finally {
		await rm(tmp, { recursive: true, force: true });
	}
}
