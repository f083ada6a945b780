/**
 * A link as a QR code, drawn here as SVG squares (qrcode-generator computes the modules; nothing is
 * sent anywhere). Error correction M (15%: a projected or printed code survives a smudge). A link too
 * long for the largest QR code (version 40) is said in words instead.
 */
import qrcode from 'qrcode-generator';

const SVG = 'http://www.w3.org/2000/svg';
/** Quiet zone around the code, in modules (the standard asks for 4). */
const QUIET_MODULES = 4;

export type QrResult = { ok: true; svg: SVGSVGElement; moduleCount: number; version: number } | { ok: false };

export function drawQrCode(text: string, label: string): QrResult {
  const code = qrcode(0, 'M');
  try {
    code.addData(text, 'Byte');
    code.make();
  } catch {
    return { ok: false };
  }
  const count = code.getModuleCount();
  const size = count + QUIET_MODULES * 2;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  // All dark modules in one path: thousands of <rect>s would make a large code slow to draw.
  let d = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) if (code.isDark(row, col)) d += `M${col + QUIET_MODULES} ${row + QUIET_MODULES}h1v1h-1z`;
  }
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', d);
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  return { ok: true, svg, moduleCount: count, version: (count - 17) / 4 };
}
