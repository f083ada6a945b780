/**
 * Which page an address opens (pure; startPage.ts acts on it): `?class` is the teacher's class view
 * (results files dropped in and replayed), `?teacher` the teacher's link builder, anything else the
 * game (`?editor` is the game with the level editor in front: openFirstView.ts).
 */
export type PageRoute = 'class' | 'teacher' | 'game';

export function pageRouteOf(search: string): PageRoute {
  const params = new URLSearchParams(search);
  // ?class wins: a class view's address never shows the builder (neither would be useful half-made).
  if (params.has('class')) return 'class';
  if (params.has('teacher')) return 'teacher';
  return 'game';
}
