import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { releaseWaitingPanels, untilNeeded } from './until-needed';

/** An IntersectionObserver the test drives: `show(el)` reports the element as near the viewport. */
class FakeObserver {
	static all: FakeObserver[] = [];
	observed: Element[] = [];
	rootMargin: string;
	constructor(
		private callback: (entries: { target: Element; isIntersecting: boolean }[]) => void,
		options: { rootMargin: string }
	) {
		this.rootMargin = options.rootMargin;
		FakeObserver.all.push(this);
	}
	observe(el: Element) {
		this.observed.push(el);
	}
	disconnect() {
		this.observed = [];
	}
	static show(el: Element, isIntersecting = true) {
		for (const o of FakeObserver.all) if (o.observed.includes(el)) o.callback([{ target: el, isIntersecting }]);
	}
}

/** A box with element children that takes listeners, as ClientHydrate's `display: contents` div. */
function panelBox(children = 1) {
	const box = new EventTarget() as EventTarget & { children: Element[] };
	box.children = Array.from({ length: children }, () => ({}) as Element);
	return box as unknown as HTMLElement & { children: Element[] };
}

function watch(box: HTMLElement) {
	const calls: string[] = [];
	const stop = untilNeeded(
		box,
		() => calls.push('queue'),
		() => calls.push('now')
	);
	return { calls, stop };
}

describe('untilNeeded', () => {
	beforeEach(() => {
		FakeObserver.all = [];
		vi.stubGlobal('IntersectionObserver', FakeObserver);
	});
	afterEach(() => vi.unstubAllGlobals());

	it('waits while the panel is far from the screen, and queues it once it comes near', () => {
		const box = panelBox(2);
		const { calls } = watch(box);
		FakeObserver.show(box.children[1], false);
		expect(calls).toEqual([]);
		FakeObserver.show(box.children[1]);
		expect(calls).toEqual(['queue']);
		// Queued once: later sightings and a release do nothing more.
		FakeObserver.show(box.children[0]);
		releaseWaitingPanels();
		expect(calls).toEqual(['queue']);
	});

	it('hydrates a queued panel at once when a pointer reaches it before its turn, and only once', () => {
		const box = panelBox();
		const { calls } = watch(box);
		FakeObserver.show(box.children[0]);
		box.dispatchEvent(new Event('pointerdown'));
		box.dispatchEvent(new Event('focusin'));
		expect(calls).toEqual(['queue', 'now']);
	});

	it('hydrates at once when a pointer or the focus reaches a waiting panel', () => {
		for (const type of ['pointerdown', 'focusin']) {
			const box = panelBox();
			const { calls } = watch(box);
			box.dispatchEvent(new Event(type));
			expect(calls).toEqual(['now']);
		}
	});

	it('queues every waiting panel when the page releases them, and only those', () => {
		const [a, b, c] = [panelBox(), panelBox(), panelBox()];
		const [wa, wb, wc] = [watch(a), watch(b), watch(c)];
		FakeObserver.show(a.children[0]);
		wc.stop();
		releaseWaitingPanels();
		expect([wa.calls, wb.calls, wc.calls]).toEqual([['queue'], ['queue'], []]);
	});

	it('queues a box with no markup to hydrate (a client-side mount) at once', () => {
		const { calls } = watch(panelBox(0));
		expect(calls).toEqual(['queue']);
	});

	it('looks half a screen ahead, so that a panel is live before the reader reaches it', () => {
		watch(panelBox());
		expect(FakeObserver.all[0].rootMargin).toBe('50% 0px');
	});
});
