/** "1 trial", "3 trials", "2 seconds": a count with its noun in the right number (plural: the noun + "s" unless given). */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
