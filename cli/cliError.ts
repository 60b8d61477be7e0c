/**
 * An expected way for a command to end: printed as a message (no stack trace) and exited with
 * `exitCode`. With `usage`, the command's usage follows the message (bad flags, missing arguments).
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly usage?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
