// Build time only: where each target of the synthetic participants came from, read from the generator's sidecar.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { targetCoverage, type CoverageYear, type TargetsSidecar } from '$lib/data/synthetic/target-coverage';
import { DATA_DIR } from './build-database';

export async function readTargetCoverage(): Promise<CoverageYear[]> {
	const text = await readFile(resolve(DATA_DIR, 'sources', 'participants.targets.json'), 'utf8');
	return targetCoverage(JSON.parse(text) as TargetsSidecar);
}
