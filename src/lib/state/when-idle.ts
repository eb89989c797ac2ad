/** Runs `task` when the browser is next idle; returns a function that cancels it if not yet run. */
export function whenIdle(task: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(task, { timeout: 1000 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(task, 200); // Safari has no idle callback
	return () => clearTimeout(id);
}
