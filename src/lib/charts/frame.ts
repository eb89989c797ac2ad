/** Space between a chart's edges and its plot area, in pixels. */
export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** Where a chart's plot area sits in its width × height SVG: axes run along its edges, marks inside. */
export interface Frame {
	width: number;
	height: number;
	margin: Margin;
	/** Edges of the plot area, in pixels from the SVG's top left corner. */
	top: number;
	right: number;
	bottom: number;
	left: number;
	innerWidth: number;
	innerHeight: number;
	/** [left, right]: the range of a horizontal scale. */
	xRange: [number, number];
	/** [bottom, top]: the range of a vertical scale whose values grow upwards. */
	yRange: [number, number];
	/** [top, bottom]: the range of a band scale whose rows are listed downwards. */
	yRangeDown: [number, number];
}

/**
 * The plot area of a width × height chart inside `margin` (sides left out are 0).
 * @example frame(760, 320, { top: 24, right: 12, bottom: 44, left: 64 }).xRange // [64, 748]
 */
export function frame(width: number, height: number, margin: Partial<Margin> = {}): Frame {
	const m = { top: 0, right: 0, bottom: 0, left: 0, ...margin };
	const [top, right, bottom, left] = [m.top, width - m.right, height - m.bottom, m.left];
	return {
		width,
		height,
		margin: m,
		top,
		right,
		bottom,
		left,
		innerWidth: right - left,
		innerHeight: bottom - top,
		xRange: [left, right],
		yRange: [bottom, top],
		yRangeDown: [top, bottom]
	};
}
