/**
 * The page's colour profile: the default dark look, or `colorProfile=projector` (PhET's parameter
 * name): a light, high-contrast look for a classroom projector, where a dark page washes out. The
 * links helper validates the parameter and warns about a bad value; this module only reads it and
 * marks the document (<html data-color-profile="projector">), which projector.css styles. The Pixi
 * canvas is drawn in the dark palette and shown inverted there (projector.css says how and why).
 */
import './projector.css';

export type ColorProfile = 'default' | 'projector';

/** The profile a page address asks for: "projector" in any case (as the link's parser accepts it); anything else is the default. */
export function colorProfileFromSearch(search: string): ColorProfile {
  return new URLSearchParams(search).get('colorProfile')?.toLowerCase() === 'projector' ? 'projector' : 'default';
}

/** Marks the document with the profile (called once at boot, before anything is drawn). */
export function applyColorProfile(profile: ColorProfile, root: HTMLElement = document.documentElement): void {
  if (profile === 'projector') root.dataset.colorProfile = 'projector';
  else delete root.dataset.colorProfile;
}
