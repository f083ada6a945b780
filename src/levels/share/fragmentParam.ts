/**
 * The parameters of a URL fragment ("#level=…", "#lesson=…"): one reader for every kind of link, so
 * the page and its guards agree on where a link's payload is (anywhere among "&"-separated parts).
 */

/** The value of `name` in a fragment ("#a=1&b=2", "a=1") or a whole link; null when it has none. */
export function fragmentParam(linkOrFragment: string, name: string): string | null {
  const hash = linkOrFragment.indexOf('#');
  const fragment = hash >= 0 ? linkOrFragment.slice(hash + 1) : linkOrFragment;
  const part = fragment.split('&').find((p) => p.startsWith(`${name}=`));
  return part === undefined ? null : part.slice(name.length + 1);
}
