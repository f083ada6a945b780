/**
 * The session id a played draft runs under: never a built-in level's id (it has no "." and is not in
 * the catalog) nor one of Your levels' ("yours.<id>"), so no saved progress mixes in. The page, the
 * level's origin words and the editor all name the draft's run by it.
 */
export const DRAFT_SESSION_ID = 'editor-draft';
