/** A word as a POSIX shell reads it back unchanged: bare when it is plain, else in single quotes. */
function shellWord(word: string): string {
  return /^[\w.,=:/@%+-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** A command line from its words, each quoted as the shell needs. */
export function shellLine(words: readonly string[]): string {
  return words.map(shellWord).join(' ');
}
