import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import type { ReportedMessage } from '../lint-files.js'

/**
 * A finding as an LSP diagnostic. The range comes from the engine's offsets (exactly the flagged
 * words); the document converts them to lines and UTF-16 characters as LSP counts them.
 */
export function toDiagnostic(message: ReportedMessage, document: TextDocument | undefined): Diagnostic {
  // A file that is not open (echt.checkWorkspace) has no document: its message's own lines and columns place it.
  const range = document
    ? { start: document.positionAt(message.offset), end: document.positionAt(message.endOffset) }
    : { start: { line: message.line - 1, character: message.column - 1 }, end: { line: message.endLine - 1, character: message.endColumn - 1 } }
  const diagnostic: Diagnostic = {
    range,
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'echt',
    code: message.ruleId,
    message: message.message,
  }
  if (message.url) diagnostic.codeDescription = { href: message.url }
  return diagnostic
}

/** Messages whose flagged words overlap (or touch, for an empty range) the offsets from..to. */
export function messagesAt(messages: readonly ReportedMessage[], from: number, to: number): ReportedMessage[] {
  return messages.filter((m) => m.offset <= to && m.endOffset >= from)
}

/**
 * Runs a task per key after `delay` ms of quiet: a thousand edits in a second lint once. The delay
 * is read at each call, so a changed setting applies to the next edit.
 */
export class Debouncer {
  private readonly timers = new Map<string, NodeJS.Timeout>()

  constructor(private readonly delay: () => number) {}

  schedule(key: string, task: () => void): void {
    clearTimeout(this.timers.get(key))
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key)
        task()
      }, this.delay()),
    )
  }

  /** Whether a task waits for this key (the document changed since it was last linted). */
  pending(key: string): boolean {
    return this.timers.has(key)
  }

  cancel(key: string): void {
    clearTimeout(this.timers.get(key))
    this.timers.delete(key)
  }
}
