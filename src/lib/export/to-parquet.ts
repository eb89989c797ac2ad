import type * as ParquetWasm from 'parquet-wasm/esm';

/** The parts of parquet-wasm used here: the browser passes its initialised ESM build, Node tests the Node build. */
export type ParquetModule = Pick<
	typeof ParquetWasm,
	'Table' | 'writeParquet' | 'WriterPropertiesBuilder' | 'Compression'
>;

/** Arrow IPC stream → Parquet bytes (ZSTD) with provenance as Parquet key-value metadata. */
export function toParquet(pq: ParquetModule, ipcStream: Uint8Array, metadata: Record<string, string>): Uint8Array {
	const table = pq.Table.fromIPCStream(ipcStream);
	const props = new pq.WriterPropertiesBuilder()
		.setCompression(pq.Compression.ZSTD)
		.setKeyValueMetadata(new Map(Object.entries(metadata)))
		.build();
	return pq.writeParquet(table, props);
}
