/**
 * Text widths without a browser, so labels can be wrapped and placed at build time. The advance widths
 * are DejaVu Sans (per 1000 units of the em), measured in Chromium: it is what `system-ui` resolves to
 * on Linux and one of the widest common sans fonts, so a label that fits here fits in Segoe UI, Roboto,
 * San Francisco or Arial too.
 */

const REGULAR_ASCII =
  '318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838';
const BOLD_ASCII =
  '348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,696,696,696,696,696,696,696,696,696,696,400,400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,372,775,637,995,837,850,733,850,770,720,682,812,774,1103,771,724,725,457,365,457,838,500,500,675,716,593,716,678,435,716,712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,365,712,838';
const EXTRA_CHARS = '‘’“”–—…·→←≤≥×';
const REGULAR_EXTRA = '318,318,518,518,500,1000,1000,318,838,838,838,838,838';
const BOLD_EXTRA = '380,380,657,657,500,1000,1000,380,838,838,838,838,838';

function table(ascii: string, extra: string): Map<string, number> {
  const widths = new Map<string, number>();
  ascii.split(',').forEach((width, index) => widths.set(String.fromCharCode(32 + index), Number(width)));
  extra.split(',').forEach((width, index) => widths.set(EXTRA_CHARS[index], Number(width)));
  return widths;
}

const WIDTHS = { regular: table(REGULAR_ASCII, REGULAR_EXTRA), bold: table(BOLD_ASCII, BOLD_EXTRA) };
const NBSP = '\u00a0';
/** Characters outside the table (accented letters and the like) count as a wide letter. */
const FALLBACK = 780;

export interface FontSpec {
  size: number;
  bold?: boolean;
}

/** The width in pixels of one line of text. */
export function textWidth(content: string, font: FontSpec): number {
  const widths = font.bold ? WIDTHS.bold : WIDTHS.regular;
  let units = 0;
  for (const char of content) units += widths.get(char === NBSP ? ' ' : char) ?? FALLBACK;
  return (units / 1000) * font.size;
}

/**
 * Breaks text into lines no wider than `maxWidth`, at ordinary spaces; a single word too long for a line is cut
 * with a hyphen rather than allowed to overflow.
 */
export function wrapText(content: string, maxWidth: number, font: FontSpec): string[] {
  const lines: string[] = [];
  let line = '';
  // Only ordinary spaces break: a no-break space keeps "6 Jan 2022" on one line.
  for (const word of content.split(/[ \t\n]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, font) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, font) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(`${line.slice(0, cut)}-`, font) > maxWidth) cut -= 1;
      lines.push(`${line.slice(0, cut)}-`);
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}
