/**
 * The live spectrogram: each call scrolls the canvas left by one column and paints the newest column
 * (magnitudes in dB from an AnalyserNode, low frequencies at the bottom), dark = quiet, bright = loud.
 * A column is one captured block (~85 ms): 8 px wide, so 3 s of recording fill the 300 px canvas.
 */
const FLOOR_DB = -100;
const CEILING_DB = -20;
export const SPECTROGRAM_COLUMN_PX = 8;

export function drawSpectrogramColumn(canvas: HTMLCanvasElement, columnDb: Float32Array): void {
  const context = canvas.getContext('2d');
  if (context === null || columnDb.length === 0) return;
  const { width, height } = canvas;
  const step = SPECTROGRAM_COLUMN_PX;
  context.drawImage(canvas, -step, 0);
  for (let y = 0; y < height; y++) {
    const bin = Math.floor(((height - 1 - y) / height) * columnDb.length);
    const level = Math.min(1, Math.max(0, (columnDb[bin] - FLOOR_DB) / (CEILING_DB - FLOOR_DB)));
    context.fillStyle = `hsl(${Math.round(240 - level * 200)} 80% ${Math.round(8 + level * 80)}%)`;
    context.fillRect(width - step, y, step, 1);
  }
}

/** The whole recording at once, with the part outside [startMs, endMs) dimmed (the trim). */
export function drawRecordingPicture(canvas: HTMLCanvasElement, columnsDb: readonly Float32Array[], durationMs: number, startMs: number, endMs: number): void {
  const context = canvas.getContext('2d');
  if (context === null || columnsDb.length === 0) return;
  const { width, height } = canvas;
  const columnWidth = width / columnsDb.length;
  columnsDb.forEach((column, c) => {
    for (let y = 0; y < height; y += 2) {
      const bin = Math.floor(((height - 1 - y) / height) * column.length);
      const level = Math.min(1, Math.max(0, (column[bin] - FLOOR_DB) / (CEILING_DB - FLOOR_DB)));
      context.fillStyle = `hsl(${Math.round(240 - level * 200)} 80% ${Math.round(8 + level * 80)}%)`;
      context.fillRect(Math.floor(c * columnWidth), y, Math.ceil(columnWidth), 2);
    }
  });
  const x0 = (startMs / durationMs) * width;
  const x1 = (endMs / durationMs) * width;
  context.fillStyle = 'rgb(0 0 0 / 65%)';
  context.fillRect(0, 0, x0, height);
  context.fillRect(x1, 0, width - x1, height);
  context.fillStyle = '#f5f5f5';
  context.fillRect(Math.max(0, x0 - 1), 0, 2, height);
  context.fillRect(Math.min(width - 2, x1 - 1), 0, 2, height);
}
