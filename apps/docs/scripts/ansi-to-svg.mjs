// Turns a terminal screen captured with `tmux capture-pane -e -p` into an SVG picture: one <text> row per line,
// one <tspan> per run of equally styled characters. Only SGR colour and weight codes are interpreted.

const BASIC = ['#1e1e1e', '#e05561', '#8cc265', '#d18f52', '#4aa5f0', '#c162de', '#42b3c2', '#d7dae0'];
const BRIGHT = ['#5c6370', '#ff616e', '#a5e075', '#f0a45d', '#4dc4ff', '#de73ff', '#4cd1e0', '#ffffff'];
const FG = '#d7dae0';
const BG = '#16181d';

function xterm256(n) {
  if (n < 8) return BASIC[n];
  if (n < 16) return BRIGHT[n - 8];
  if (n >= 232) {
    const v = 8 + (n - 232) * 10;
    return `rgb(${v},${v},${v})`;
  }
  const k = n - 16;
  const c = (i) => (i === 0 ? 0 : 55 + i * 40);
  return `rgb(${c(Math.floor(k / 36))},${c(Math.floor(k / 6) % 6)},${c(k % 6)})`;
}

function applySgr(style, params) {
  const p = params.length ? params : [0];
  for (let i = 0; i < p.length; i++) {
    const v = p[i];
    if (v === 0) Object.assign(style, { fg: null, bg: null, bold: false, dim: false });
    else if (v === 1) style.bold = true;
    else if (v === 2) style.dim = true;
    else if (v === 22) Object.assign(style, { bold: false, dim: false });
    else if (v >= 30 && v <= 37) style.fg = BASIC[v - 30];
    else if (v >= 90 && v <= 97) style.fg = BRIGHT[v - 90];
    else if (v === 39) style.fg = null;
    else if (v >= 40 && v <= 47) style.bg = BASIC[v - 40];
    else if (v >= 100 && v <= 107) style.bg = BRIGHT[v - 100];
    else if (v === 49) style.bg = null;
    else if ((v === 38 || v === 48) && p[i + 1] === 5) {
      style[v === 38 ? 'fg' : 'bg'] = xterm256(p[i + 2]);
      i += 2;
    } else if ((v === 38 || v === 48) && p[i + 1] === 2) {
      style[v === 38 ? 'fg' : 'bg'] = `rgb(${p[i + 2]},${p[i + 3]},${p[i + 4]})`;
      i += 4;
    }
  }
}

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Parses one captured line into runs of { text, fg, bg, bold, dim }. */
export function parseLine(line, style) {
  const runs = [];
  let text = '';
  const flush = () => {
    if (text) runs.push({ text, ...style });
    text = '';
  };
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\x1b' && line[i + 1] === '[') {
      const end = line.slice(i + 2).search(/[A-Za-z]/);
      if (end < 0) break;
      const code = line[i + 2 + end];
      if (code === 'm') {
        flush();
        applySgr(
          style,
          line
            .slice(i + 2, i + 2 + end)
            .split(';')
            .filter(Boolean)
            .map(Number),
        );
      }
      i += 2 + end;
    } else {
      text += line[i];
    }
  }
  flush();
  return runs;
}

/** The whole screen as an SVG document. */
export function screenToSvg(screen, { cols, title }) {
  const cw = 8.4;
  const lh = 18;
  const lines = screen.replace(/\n+$/, '').split('\n');
  const style = { fg: null, bg: null, bold: false, dim: false };
  const width = Math.ceil(cols * cw + 24);
  const height = lines.length * lh + 24;
  const rows = lines.map((line, r) => {
    let col = 0;
    const y = 12 + r * lh;
    const bgs = [];
    const spans = [];
    for (const run of parseLine(line, style)) {
      const n = [...run.text].length;
      if (run.bg)
        bgs.push(
          `<rect x="${(12 + col * cw).toFixed(1)}" y="${y}" width="${(n * cw).toFixed(1)}" height="${lh}" fill="${run.bg}"/>`,
        );
      const attrs = [`x="${(12 + col * cw).toFixed(1)}"`, `fill="${run.fg ?? FG}"`];
      if (run.bold) attrs.push('font-weight="bold"');
      if (run.dim) attrs.push('opacity="0.6"');
      if (run.text.trim()) spans.push(`<tspan ${attrs.join(' ')}>${escapeXml(run.text)}</tspan>`);
      col += n;
    }
    return `${bgs.join('')}<text y="${y + 13}" xml:space="preserve">${spans.join('')}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" rx="8" fill="${BG}"/>`,
    `<g font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14">`,
    ...rows,
    '</g></svg>',
    '',
  ].join('\n');
}
