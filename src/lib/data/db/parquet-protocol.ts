/** Messages between the main thread and the Parquet decoding worker (parquet-worker.ts). */
export type DecodeRequest =
	| { type: 'open'; id: number; bytes: Uint8Array }
	| { type: 'read'; id: number; group: number }
	| { type: 'close'; id: number };

export type DecodeReply =
	| { type: 'opened'; id: number; groups: number }
	| { type: 'chunk'; id: number; group: number; ipc: Uint8Array }
	| { type: 'error'; id: number; message: string };
