import { tableFromIPC, tableToIPC } from 'apache-arrow';

/** Arrow IPC stream bytes (as the engine returns them) → an Arrow IPC *file* with provenance in the schema metadata. */
export function toArrow(ipcStream: Uint8Array, metadata: Record<string, string>): Uint8Array {
	const table = tableFromIPC(ipcStream);
	for (const [k, v] of Object.entries(metadata)) table.schema.metadata.set(k, v);
	return tableToIPC(table, 'file');
}
