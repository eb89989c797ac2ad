import { NewestAnswer } from './newest-answer';

/** The answer to the newest query only: an older answer arriving late never overwrites a newer one. */
export class QueryResult<T> {
	current = $state.raw<T[]>([]);
	loading = $state(false);
	error = $state<string | null>(null);
	#newest = new NewestAnswer();

	constructor(initial: T[] = []) {
		this.current = initial;
	}

	async run(query: () => Promise<T[]>): Promise<void> {
		const isNewest = this.#newest.begin();
		this.loading = true;
		try {
			const rows = await query();
			if (isNewest()) {
				this.current = rows;
				this.error = null;
			}
		} catch (e) {
			if (isNewest()) this.error = errorMessage(e);
		} finally {
			if (isNewest()) this.loading = false;
		}
	}
}

export const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e));
