import { FUNDING_TABLES } from '$lib/data/queries/funding';
import type { Row } from '$lib/data/db/database';
import { getEngine } from '$lib/state/context';
import { QueryResult } from '$lib/state/query-result.svelte';

/** Prerendered rows first, then the same query re-run in the browser engine whenever its SQL changes. Call during component init. */
export function liveQuery<T extends Row>(initial: T[], sql: () => string) {
	const engine = getEngine();
	const result = new QueryResult<T>(initial);
	const state = $state({ live: false });
	$effect(() => {
		const text = sql();
		result.run(async () => {
			const db = await engine.require(FUNDING_TABLES);
			const rows = await db.query<T>(text);
			state.live = true;
			return rows;
		});
	});
	return {
		get rows() {
			return result.current;
		},
		get live() {
			return state.live;
		},
		get error() {
			return result.error ?? (engine.status === 'error' ? engine.error : null);
		}
	};
}
