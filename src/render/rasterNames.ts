/** The names a spike raster writes beside its population bands. */

/**
 * Population names that fit about `maxChars`: a name too long that begins with the same words as
 * another band's ("Memory: a sound one beat ago", "Memory: a sound two beats ago") drops those shared
 * words for an ellipsis ("…one beat ago"), so the part that tells the bands apart survives the cut
 * at the end that PlotFrame makes to whatever is still too long. A tail too short to mean anything
 * keeps the word before it ("…pathway 1", not "…1").
 */
export function shortenedNames(names: readonly string[], maxChars: number): string[] {
  return names.map((name) => {
    if (name.length <= maxChars) return name;
    let shared = 0;
    for (const other of names) {
      if (other === name) continue;
      let k = 0;
      while (k < name.length && k < other.length && name[k] === other[k]) k++;
      // Back to the start of the word the two names part in.
      const cut = name.lastIndexOf(' ', k - 1) + 1;
      if (k < other.length && k < name.length && cut > shared) shared = cut;
    }
    // A tail of a few letters ("1" of "Fibres of pathway 1") says nothing alone: keep the word before it.
    const MIN_TAIL_CHARS = 6;
    if (shared >= 4 && name.length - shared < MIN_TAIL_CHARS) shared = name.lastIndexOf(' ', shared - 2) + 1;
    return shared >= 4 ? `…${name.slice(shared)}` : name;
  });
}
