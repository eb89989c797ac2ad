import { test, expect } from './fixtures';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HOST_FILE_LIMIT } from '../../scripts/file-parts';

/** Every file under `dir`, recursively. */
function filesIn(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? filesIn(join(dir, e.name)) : [join(dir, e.name)]
	);
}

test('every file of the build fits a static host (25 MiB), and only one DuckDB bundle ships', async () => {
	const root = process.env.BUILD_DIR ?? 'build';
	const files = filesIn(root);
	const big = files.filter((f) => statSync(f).size > HOST_FILE_LIMIT).map((f) => relative(root, f));
	expect(big).toEqual([]);
	const engine = files
		.map((f) => relative(root, f))
		.filter((f) => /duckdb-(mvp|eh|coi)/.test(f) && !/\.(br|gz)$/.test(f));
	expect(
		engine.some((f) => /mvp|coi/.test(f)),
		engine.join('\n')
	).toBe(false);
	expect(engine.filter((f) => /duckdb-eh\.part\d+\.[\w-]+\.wasm$/.test(f)).length).toBeGreaterThan(1);
});
