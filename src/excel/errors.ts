/** An error the pane can show as is: Dutch `message`, English `messageEn`. */
export class ExcelActionError extends Error {
  readonly messageEn: string;
  readonly code: 'tooLarge' | 'tooManyTables' | 'noTables' | 'badProjection';

  constructor(code: ExcelActionError['code'], message: string, messageEn: string) {
    super(message);
    this.name = 'ExcelActionError';
    this.code = code;
    this.messageEn = messageEn;
  }
}
