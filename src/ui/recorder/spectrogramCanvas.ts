/**
 * The live spectrogram: each call scrolls the canvas one pixel left and paints the newest column
 * (magnitudes in dB from an AnalyserNode, low frequencies at the bottom), dark = quiet, bright = loud.
 */
const FLOOR_DB = -100;
const CEILING_DB = -20;

export function drawSpectrogramColumn(canvas: HTMLCanvasElement, columnDb: Float32Array): void {
  const context = canvas.getContext('2d');
  if (context === null || columnDb.length === 0) return;
  const { width, height } = canvas;
  context.drawImage(canvas, -1, 0);
  for (let y = 0; y < height; y++) {
    const bin = Math.floor(((height - 1 - y) / height) * columnDb.length);
    const level = Math.min(1, Math.max(0, (columnDb[bin] - FLOOR_DB) / (CEILING_DB - FLOOR_DB)));
    const light = Math.round(8 + level * 80);
    context.fillStyle = `hsl(${Math.round(240 - level * 200)} 80% ${light}%)`;
    context.fillRect(width - 1, y, 1, 1);
  }
}
