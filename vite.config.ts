import { sveltekit } from '@sveltejs/kit/vite';
import { statSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { bundledData } from './scripts/vite-plugin-data.ts';

/** Uncompressed sizes of the engine's WASM files, so the download can be shown in bytes on the wire. */
const wasmBytes = (file: string) => statSync(new URL(`./node_modules/${file}`, import.meta.url)).size;
const ENGINE_WASM_BYTES = {
	mvp: wasmBytes('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'),
	eh: wasmBytes('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'),
	parquet: wasmBytes('parquet-wasm/esm/parquet_wasm_bg.wasm')
};

export default defineConfig({
	define: { __ENGINE_WASM_BYTES__: JSON.stringify(ENGINE_WASM_BYTES) },
	plugins: [sveltekit(), bundledData()],
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
