import { Texture } from 'pixi.js';

/** Side in pixels of the generated textures (drawn scaled; large enough to stay smooth when zoomed in). */
export const dotTextureSize = 64;
export const glowTextureSize = 128;

/** A white disc with a soft rim, tinted per neuron. */
export function makeDotTexture(): Texture {
  const s = dotTextureSize;
  const canvas = document.createElement('canvas');
  canvas.width = s;
  canvas.height = s;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const g = ctx.createRadialGradient(s / 2, s / 2, 0, s / 2, s / 2, s / 2);
  g.addColorStop(0, 'rgba(255,255,255,1)');
  g.addColorStop(0.78, 'rgba(255,255,255,1)');
  g.addColorStop(1, 'rgba(255,255,255,0)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, s, s);
  return Texture.from(canvas);
}

/** A soft white blob for modulator clouds (Gaussian-like falloff to zero at the edge). */
export function makeGlowTexture(): Texture {
  const s = glowTextureSize;
  const canvas = document.createElement('canvas');
  canvas.width = s;
  canvas.height = s;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const g = ctx.createRadialGradient(s / 2, s / 2, 0, s / 2, s / 2, s / 2);
  for (let k = 0; k <= 8; k++) {
    const r = k / 8;
    g.addColorStop(r, `rgba(255,255,255,${Math.exp(-4.5 * r * r) * (1 - r)})`);
  }
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, s, s);
  return Texture.from(canvas);
}
