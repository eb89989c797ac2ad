/**
 * A prerendered panel off screen waits to be hydrated until it is needed: until it comes within a screen
 * of the viewport, a pointer or the focus reaches it, or the page releases every panel (a selection that
 * each one must show). Until then its prerendered chart is the right one, and a phone hydrates only what
 * the reader sees: each hydration is a long task on a slow processor.
 */
const released = new Set<() => void>();

/** Half a screen ahead of the viewport: the panel is live before the reader reaches it, and a phone hydrates
 * no more than it shows. */
const AHEAD = '50% 0px';
/** Capture: the panel must be live before the event reaches the control it was meant for. */
const CAPTURE = { capture: true };

/**
 * Calls `queue` when the panel in `box` (its element children) nears the viewport or is released, or
 * `now` when a pointer or the focus reaches it: a click's or key's target must be live before the event.
 * A queued panel still waits its turn, so a pointer or the focus reaching it meanwhile calls `now` too
 * (`now` must take it out of the queue and be harmless once it has run).
 * Returns a function that stops waiting. A box with no markup (a client-side mount) is queued at once.
 */
export function untilNeeded(box: HTMLElement, queue: () => void, now: () => void): () => void {
	const parts = [...box.children];
	if (parts.length === 0 || typeof IntersectionObserver === 'undefined') {
		queue();
		return () => {};
	}
	const seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && queued(), {
		rootMargin: AHEAD
	});
	const release = () => queued();
	function stopQueueing() {
		seen.disconnect();
		released.delete(release);
	}
	function queued() {
		stopQueueing();
		queue();
	}
	function stop() {
		stopQueueing();
		box.removeEventListener('pointerdown', reached, CAPTURE);
		box.removeEventListener('focusin', reached, CAPTURE);
	}
	function reached() {
		stop();
		now();
	}
	for (const part of parts) seen.observe(part);
	box.addEventListener('pointerdown', reached, CAPTURE);
	box.addEventListener('focusin', reached, CAPTURE);
	released.add(release);
	return stop;
}

/** Every waiting panel is queued: the page's state changed in a way its prerendered chart does not show. */
export function releaseWaitingPanels(): void {
	for (const release of [...released]) release();
}
