// Every string file, bundled (they are small, and the page must work offline). One file per area of the
// page and locale; a new area adds its two files here.
import type { Message } from './messages';
import en_common from './strings/en/common.json';
import en_game from './strings/en/game.json';
import en_editor from './strings/en/editor.json';
import en_scene from './strings/en/scene.json';
import en_classroom from './strings/en/classroom.json';
import en_results from './strings/en/results.json';
import en_access from './strings/en/access.json';
import en_offline from './strings/en/offline.json';
import en_recorder from './strings/en/recorder.json';
import es_common from './strings/es/common.json';
import es_game from './strings/es/game.json';
import es_editor from './strings/es/editor.json';
import es_scene from './strings/es/scene.json';
import es_classroom from './strings/es/classroom.json';
import es_results from './strings/es/results.json';
import es_access from './strings/es/access.json';
import es_offline from './strings/es/offline.json';
import es_recorder from './strings/es/recorder.json';

type StringFile = Readonly<Record<string, Message>>;

/** locale → namespace → that area's strings. */
export const STRING_FILES: Readonly<Record<string, Readonly<Record<string, StringFile>>>> = {
  en: {
    common: en_common,
    game: en_game,
    editor: en_editor,
    scene: en_scene,
    classroom: en_classroom,
    results: en_results,
    access: en_access,
    offline: en_offline,
    recorder: en_recorder,
  },
  es: {
    common: es_common,
    game: es_game,
    editor: es_editor,
    scene: es_scene,
    classroom: es_classroom,
    results: es_results,
    access: es_access,
    offline: es_offline,
    recorder: es_recorder,
  },
};
