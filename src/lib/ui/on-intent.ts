import type { Attachment } from 'svelte/attachments';

const INTENT = ['pointerdown', 'focusin', 'keydown'] as const;

/**
 * Calls `start` once, on the first press, focus or key inside the element: a sign the reader is about to
 * use a control, early enough to start a download before the click lands.
 */
export function onIntent(start: () => void): Attachment<HTMLElement> {
	return (element) => {
		const once = () => {
			stop();
			start();
		};
		const stop = () => INTENT.forEach((type) => element.removeEventListener(type, once));
		INTENT.forEach((type) => element.addEventListener(type, once, { passive: true }));
		return stop;
	};
}
