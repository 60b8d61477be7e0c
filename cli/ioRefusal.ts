import { CliError } from './cliError.ts';
import { EXIT } from './exitCodes.ts';

/**
 * File-system errors that mean "this output cannot be written here" (a full disk, a read-only
 * mount, a file where a folder should be), each with a reason a person can act on. Codes as in
 * errno(3): https://man7.org/linux/man-pages/man3/errno.3.html
 */
const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EROFS: 'the file system is read-only',
  EBUSY: 'it is busy (a mount point, or in use)',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EEXIST: 'it already exists',
  ENAMETOOLONG: 'the name is too long',
  EISDIR: 'it is a folder',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EIO: 'an input/output error on the device',
};

/** The file-system error codes that mean "cannot write here" rather than a bug in capflow. */
export function isIoError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && (err as NodeJS.ErrnoException).code! in REASONS;
}

/** An I/O failure as an exit-2 refusal naming the path and the reason, with no stack trace. */
export function ioRefusal(err: unknown, dir?: string): Error {
  if (!isIoError(err)) return err as Error;
  // Writes to an open file (a full disk) carry no path: the folder being written is the one to name.
  const path = err.path ?? dir ?? 'the output folder';
  return new CliError(`cannot write ${path}: ${REASONS[err.code!]} (${err.code})`, EXIT.refused);
}
