import { isAbsolute, relative, sep } from 'node:path'

/** A file's path as CI tools want it: relative to the working directory, with forward slashes. */
/** How a report names a file: a crawled page by its URL, anything else by displayPath. */
export function reportName(cwd: string, report: { filePath: string; url?: string }): string {
  return report.url ?? displayPath(cwd, report.filePath)
}

export function displayPath(cwd: string, filePath: string): string {
  const rel = relative(cwd, filePath)
  if (!rel || isAbsolute(rel)) return filePath.split(sep).join('/')
  return rel.split(sep).join('/')
}
