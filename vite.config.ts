import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { bundledData } from './scripts/vite-plugin-data.ts';
import { fileParts } from './scripts/vite-plugin-file-parts.ts';

export default defineConfig({
	plugins: [sveltekit(), bundledData(), fileParts()],
	cacheDir: process.env.VITE_CACHE_DIR ?? 'node_modules/.vite',
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		pool: 'forks'
	}
});
