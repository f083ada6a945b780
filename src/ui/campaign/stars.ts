import { t } from '../../i18n/messages';

/** "★★☆" for 2 of 3 stars (the visible text; pair it with starsLabel for screen readers). */
export function starsText(stars: number, maxStars: number): string {
  const n = Math.max(0, Math.min(maxStars, stars));
  return '★'.repeat(n) + '☆'.repeat(maxStars - n);
}

export function starsLabel(stars: number, maxStars: number): string {
  return t('game.stars.label', { count: maxStars, stars });
}
