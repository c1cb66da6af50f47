/**
 * A file-system error the user can fix (a missing folder, no permission, a folder where a file was
 * meant) as a message that names the path and the fix, instead of "internal error … please report".
 * Node's fs errors carry `code`, `syscall` and `path`.
 */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EEXIST: 'it already exists',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
}

const FIXES: Record<string, string> = {
  ENOENT: 'create the folder first, or choose a path in an existing folder',
  ENOTDIR: 'choose a path whose folders are folders',
  EISDIR: 'give a file name inside the folder',
  EACCES: 'check the permissions, or choose another path',
  EPERM: 'check the permissions, or choose another path',
  EROFS: 'choose a writable path',
  ENOSPC: 'free some space, or choose another path',
  EEXIST: 'remove it, or choose another path',
  ELOOP: 'point at the real file',
  ENAMETOOLONG: 'choose a shorter path',
}

export function fileSystemProblem(error: unknown): string | undefined {
  const e = error as NodeJS.ErrnoException | undefined
  if (!e || typeof e !== 'object' || typeof e.code !== 'string' || !(e.code in REASONS)) return undefined
  const target = e.path ? `${e.path}: ` : ''
  return `${target}${REASONS[e.code]} (${e.code}${e.syscall ? ` on ${e.syscall}` : ''}); ${FIXES[e.code]}.`
}
