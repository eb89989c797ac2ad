// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** Uncompressed bytes of the engine's WASM files (vite.config.ts). */
	const __ENGINE_WASM_BYTES__: { mvp: number; eh: number; parquet: number };
}
export {};
