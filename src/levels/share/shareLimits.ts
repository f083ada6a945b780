/**
 * The hard limits of opening a shared level, checked before anything is decompressed in full: a file,
 * bundle or link that breaks one is refused with a message naming the limit. They are generous for a
 * real level (a built-in level is 2–13 KB of JSON; a tutor recording of a few seconds is tens of KB; a
 * minute of 48 kHz 16-bit mono, the longest WAV a circuit accepts, is 5.8 MB) and small enough that a
 * hostile file cannot make the page allocate or work without end.
 */

/** Largest level file (.json) read, in bytes. */
export const MAX_LEVEL_FILE_BYTES = 8_000_000;
/** Largest bundle file (.zip) read, in bytes (compressed, as it arrives). */
export const MAX_BUNDLE_BYTES = 24_000_000;
/** Most entries in a bundle's directory (level.json, its recordings, folders). */
export const MAX_BUNDLE_ENTRIES = 64;
/** Largest single entry once uncompressed, in bytes. */
export const MAX_BUNDLE_ENTRY_BYTES = 16_000_000;
/** Largest sum of a bundle's entries once uncompressed, in bytes. */
export const MAX_BUNDLE_TOTAL_BYTES = 32_000_000;
/**
 * Highest compression ratio (uncompressed / compressed) of an entry larger than RATIO_FREE_BYTES.
 * JSON compresses 5–20×, a recording 1–3×; a zip bomb relies on ratios in the hundreds or more.
 */
export const MAX_COMPRESSION_RATIO = 200;
/** Entries up to this size (uncompressed) may compress as well as they like (a small, regular file). */
export const RATIO_FREE_BYTES = 1_000_000;
/**
 * Longest link fragment (the text after "#level="), in characters. Browsers take far more, but a link
 * is pasted into chats and e-mails that cut long ones; this still fits a short tutor recording.
 */
export const MAX_LINK_CHARS = 48_000;
/** Largest level a link may unpack to, in bytes. */
export const MAX_LINK_INFLATED_BYTES = 2_000_000;
