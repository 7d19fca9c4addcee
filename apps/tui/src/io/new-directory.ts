import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import { AtomicFile, tempBeside, WriteFailure, type WriteFs } from './atomic-write.js';

/** One file of a directory written as a whole: its name inside the directory and its content. */
export interface DirectoryFile {
  readonly name: string;
  readonly content: string | Uint8Array;
}

/** One file to write: where, and what. */
export interface OutputFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/**
 * Writes every file atomically (see AtomicFile), all of them complete before the first is renamed into place, so a
 * failure on any one leaves every path as it was.
 */
export function writeAll(files: readonly OutputFile[], flag: string, fs: WriteFs = nodeFs): void {
  const open = files.map((f) => AtomicFile.open(f.path, flag, fs));
  try {
    files.forEach((f, i) => {
      open[i]!.write(f.content);
    });
    for (const file of open) file.commit();
  } finally {
    for (const file of open) file.discard();
  }
}

/**
 * Writes `files` into a directory `dir` that does not exist yet, as one step: they are written (atomically, see
 * AtomicFile) into a temporary directory beside `dir`, which is renamed to `dir` only once every file is complete. A
 * failure at any point (a full disk, an I/O error) removes the temporary directory and throws, so no `dir` is left,
 * neither empty nor partial. Every call is synchronous: a signal is heard only before or after, never midway.
 */
export function writeNewDirectory(
  dir: string,
  files: readonly DirectoryFile[],
  flag: string,
  fs: WriteFs = nodeFs,
): void {
  const target = dir.replace(/\/+$/, '') || dir;
  // mkdir, not mkdtemp: mkdtemp makes the directory private (0700), and a model meant for a web server or another user
  // must come out as any new directory does (0777 less the umask)
  const tmp = tempBeside(target);
  nodeFs.mkdirSync(tmp);
  try {
    writeAll(
      files.map((f) => ({ path: join(tmp, f.name), content: f.content })),
      flag,
      fs,
    );
    fs.renameSync(tmp, target);
  } catch (error) {
    fs.rmSync(tmp, { recursive: true, force: true });
    // the line names the directory asked for, never the temporary one
    if (error instanceof WriteFailure) throw new WriteFailure(error.message.replaceAll(tmp, target));
    throw error;
  }
}
