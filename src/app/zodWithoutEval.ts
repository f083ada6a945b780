/**
 * Zod compiles its object parsers with new Function() unless told not to, and merely probing whether
 * it may (util.allowsEval) is a Content-Security-Policy violation on a page without 'unsafe-eval'
 * (index.html). Zod reads this setting when a schema is built, so main.ts imports this module first,
 * before any module that builds a schema. Parsing without the compiled fast path costs nothing that
 * matters here: the page parses a level when it opens and the progress record when it loads.
 */
import { z } from 'zod';

z.config({ jitless: true });
