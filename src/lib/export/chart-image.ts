// Browser only: a chart's SVG as a standalone image (SVG or PNG at 2x) with its title and source note drawn in.

/** Presentation properties copied from the page's computed style, so CSS variables and classes survive. */
const STYLE_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'opacity',
	'font-size',
	'font-family',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'visibility'
] as const;
const XMLNS = 'http://www.w3.org/2000/svg';

export interface ChartImageText {
	title: string;
	/** e.g. "Source: IGF Secretariat … · igf-metrics" — wrapped onto lines below the chart. */
	note: string;
}

function inlineStyles(source: Element, target: Element) {
	const computed = getComputedStyle(source);
	const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
	target.setAttribute('style', style);
	const s = source.children;
	const t = target.children;
	for (let i = 0; i < s.length && i < t.length; i++) inlineStyles(s[i], t[i]);
}

function wrap(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/)) {
		if (current && (current + ' ' + word).length > maxChars) {
			lines.push(current);
			current = word;
		} else current = current ? `${current} ${word}` : word;
	}
	if (current) lines.push(current);
	return lines;
}

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A standalone SVG document: title on top, the chart, the source note below, on the page's background. */
export function chartSvg(svg: SVGSVGElement, text: ChartImageText): { markup: string; width: number; height: number } {
	const vb = svg.viewBox.baseVal;
	const width = vb && vb.width ? vb.width : svg.clientWidth;
	const chartHeight = vb && vb.height ? vb.height : svg.clientHeight;
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, clone);
	const page = getComputedStyle(document.body);
	const background = page.backgroundColor || '#fff';
	const color = page.color || '#000';
	const font = page.fontFamily || 'sans-serif';
	const noteLines = wrap(text.note, Math.floor(width / 6.2));
	const top = 36;
	const height = top + chartHeight + 12 + noteLines.length * 14 + 8;
	clone.setAttribute('x', '0');
	clone.setAttribute('y', String(top));
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(chartHeight));
	clone.removeAttribute('role');
	const notes = noteLines
		.map(
			(l, i) =>
				`<text x="8" y="${top + chartHeight + 22 + i * 14}" font-size="11" fill="${color}">${escapeXml(l)}</text>`
		)
		.join('');
	const markup =
		`<svg xmlns="${XMLNS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(font)}">` +
		`<title>${escapeXml(text.title)}</title>` +
		`<rect width="100%" height="100%" fill="${background}"/>` +
		`<text x="8" y="24" font-size="16" font-weight="700" fill="${color}">${escapeXml(text.title)}</text>` +
		new XMLSerializer().serializeToString(clone) +
		notes +
		`</svg>`;
	return { markup, width, height };
}

/** The same image rasterised at `scale` (2 = twice the SVG's pixel size) as PNG. */
export async function chartPng(svg: SVGSVGElement, text: ChartImageText, scale = 2): Promise<Blob> {
	const { markup, width, height } = chartSvg(svg, text);
	const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d')!;
		ctx.scale(scale, scale);
		ctx.drawImage(img, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
