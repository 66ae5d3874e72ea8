import { isAbsolute, relative, sep } from 'node:path'

/** A file's path as CI tools want it: relative to the working directory, with forward slashes. */
export function displayPath(cwd: string, filePath: string): string {
  const rel = relative(cwd, filePath)
  if (!rel || isAbsolute(rel)) return filePath.split(sep).join('/')
  return rel.split(sep).join('/')
}
