/**
 * Keeps only the newest of overlapping asynchronous answers: each attempt gets a check that stays true
 * until a later attempt starts (or `drop` is called), so an older answer arriving late is thrown away.
 */
export class NewestAnswer {
	#ticket = 0;

	/** Starts an attempt; call the returned function before using its answer. */
	begin(): () => boolean {
		const ticket = ++this.#ticket;
		return () => ticket === this.#ticket;
	}

	/** Whatever is in flight is no longer wanted (a cancel, a component gone). */
	drop(): void {
		this.#ticket++;
	}
}
