/**
 * A problem the user can fix: bad flags, a broken config, an unreadable path. The CLI prints
 * `echt: file:line:column: field: reason` and exits 2, never with a stack trace.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly place: { file?: string; line?: number; column?: number; field?: string } = {},
  ) {
    super(message)
    this.name = 'UsageError'
  }

  format(): string {
    const { file, line, column, field } = this.place
    const where = file ? `${file}${line ? `:${line}${column ? `:${column}` : ''}` : ''}: ` : ''
    return `${where}${field ? `${field}: ` : ''}${this.message}`
  }
}
