// Browser only: parquet-wasm's ESM build, initialised once from the app's own copy of the WASM file.
import init, * as pq from 'parquet-wasm/esm';
import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

export type BrowserParquet = typeof pq;
let ready: Promise<BrowserParquet> | null = null;

export function browserParquet(): Promise<BrowserParquet> {
	ready ??= init({ module_or_path: wasmUrl }).then(() => pq);
	return ready;
}
