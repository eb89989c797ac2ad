import { untrack } from 'svelte';
import type { Row } from '$lib/data/db/database';
import type { Engine } from './engine.svelte';
import { getEngine } from './context';
import { QueryResult } from './query-result.svelte';

/** What a panel reads: the rows, whether they come from the engine yet, and a problem to show. */
export interface LiveQuery<T> {
	readonly rows: T[];
	/** True once the rows come from the in-browser engine rather than the prerendered page. */
	readonly live: boolean;
	/** The rows shown do not answer the current inputs yet: the engine is loading to answer them. */
	readonly waiting: boolean;
	readonly error: string | null;
}

export interface LiveQueryOptions<T> {
	/** The datasets the query reads: loaded before it runs. */
	tables: readonly string[];
	/** The rows as queried at build time, on screen until the engine answers. */
	initial: T[];
	/** The SQL, built from reactive inputs; null while there is nothing to ask the engine. */
	sql: () => string | null;
	/**
	 * Whether `initial` answers the current inputs (the page's default filters); always, when not given.
	 * While it does, the query waits for the engine to be started by something else rather than start it.
	 */
	initialAnswers?: () => boolean;
}

/**
 * Prerendered rows first, then the same query in the browser engine whenever its SQL or the loaded data
 * change, once the engine has started (or at once, to answer inputs the prerendered rows do not). Only the newest answer is kept; a query already asked of the same data is not run again.
 * Call during component initialisation.
 */
export function liveQuery<T extends Row>(options: LiveQueryOptions<T>): LiveQuery<T> {
	const engine = getEngine();
	const result = new QueryResult<T>(options.initial);
	let live = $state(false);
	const initialAnswers = () => options.initialAnswers?.() ?? true;
	$effect(() => {
		const sql = options.sql();
		// Read here so an upload or a reset re-runs the query.
		const revision = engine.revision;
		if (sql === null) return;
		// The page already shows this answer: the engine is not downloaded for it.
		if (!engine.started && !live && initialAnswers()) return;
		untrack(() => engine.asking++);
		result
			.run(async () => {
				const rows = await cachedQuery<T>(engine, options.tables, sql, revision);
				live = true;
				return rows;
			})
			// Counted once the rows are on screen (or the error is), so a page can tell whose data it shows.
			.finally(() => {
				engine.asking--;
				if (result.error) engine.unanswered++;
				else engine.answered++;
			});
	});
	return {
		get rows() {
			return result.current;
		},
		get live() {
			return live;
		},
		get waiting() {
			return live ? false : !initialAnswers() && !result.error;
		},
		get error() {
			return result.error ?? (engine.status === 'error' ? engine.error : null);
		}
	};
}

/** Answers per engine, keyed by the data's revision and the SQL: panels that ask the same question share one run. */
const answers = new WeakMap<Engine, Map<string, Promise<Row[]>>>();
const MAX_ANSWERS = 64;

function cachedQuery<T extends Row>(engine: Engine, tables: readonly string[], sql: string, revision: number) {
	// Bookkeeping of answers, not UI state.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const cache = answers.get(engine) ?? new Map<string, Promise<Row[]>>();
	answers.set(engine, cache);
	const key = `${revision}\n${sql}`;
	let answer = cache.get(key);
	if (!answer) {
		answer = engine.withTables(tables).then((db) => db.query(sql));
		// A failure is not kept: the next ask tries again.
		answer.catch(() => cache.delete(key));
		cache.set(key, answer);
		if (cache.size > MAX_ANSWERS) cache.delete(cache.keys().next().value!);
	}
	return answer as Promise<T[]>;
}
