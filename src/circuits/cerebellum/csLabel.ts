/** How the page names a conditioned stimulus: its id as words ("csPlus" → "cs plus", "blue_light" → "blue light"). */
export function csLabel(id: string): string {
  return id.replace(/[_-]+/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().trim();
}

/** The label with a capital first letter, for the start of a control's label. */
export function csLabelCapitalized(id: string): string {
  const label = csLabel(id);
  return label.charAt(0).toUpperCase() + label.slice(1);
}
