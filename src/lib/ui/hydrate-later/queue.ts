/**
 * One hydration per task, in page order. Svelte hydrates a page in a single main-thread task; panels
 * handed to HydrateLater are hydrated afterwards, each in a task of its own, so no task is long and the
 * page answers input in between.
 */
const waiting: (() => void)[] = [];
let pumping = false;

function pump() {
	const next = waiting.shift();
	if (!next) {
		pumping = false;
		return;
	}
	next();
	setTimeout(pump);
}

/** Queues `work`; returns a function that takes it out of the queue if it has not run yet. */
export function enqueueHydration(work: () => void): () => void {
	waiting.push(work);
	if (!pumping) {
		pumping = true;
		setTimeout(pump);
	}
	return () => {
		const i = waiting.indexOf(work);
		if (i >= 0) waiting.splice(i, 1);
	};
}

/** Any component's props, as `Component<Props>` requires them (interfaces have no index signature). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the constraint Svelte's Component type uses
export type AnyProps = Record<string, any>;
