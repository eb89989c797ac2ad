/** The answer to the newest query only: an older answer arriving late never overwrites a newer one. */
export class QueryResult<T> {
	current = $state.raw<T[]>([]);
	loading = $state(false);
	error = $state<string | null>(null);
	#ticket = 0;

	constructor(initial: T[] = []) {
		this.current = initial;
	}

	async run(query: () => Promise<T[]>): Promise<void> {
		const ticket = ++this.#ticket;
		this.loading = true;
		try {
			const rows = await query();
			if (ticket === this.#ticket) {
				this.current = rows;
				this.error = null;
			}
		} catch (e) {
			if (ticket === this.#ticket) this.error = e instanceof Error ? e.message : String(e);
		} finally {
			if (ticket === this.#ticket) this.loading = false;
		}
	}
}
