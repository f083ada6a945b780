/**
 * Command types contributed by named circuits (src/circuits). To add one, append a strict object
 * with a literal `type`, e.g. the songbird's
 *   z.strictObject({ type: z.literal('deafen'), enabled: z.boolean() })
 * and re-run `npm run schema`. Kept apart so the built-in set stays small and closed.
 */
export const circuitCommandSchemas = [] as const;
