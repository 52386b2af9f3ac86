/**
 * The part of the Excel custom functions runtime these functions use (the runtime's own
 * typings, @types/custom-functions-runtime, are not a dependency of this project). The
 * global exists only inside Excel; src/functions/errors.ts falls back to a plain class when
 * it is absent (unit tests in node).
 */
declare namespace CustomFunctions {
  function associate(id: string, fn: (...args: any[]) => any): void;

  /** Passed as the last argument of functions tagged @requiresAddress / @requiresParameterAddresses. */
  interface Invocation {
    /** Address of the calling cell (with @requiresAddress). */
    address?: string;
    functionName?: string;
    /** Addresses of the arguments, such as `'Lesvraag 26-27'!A1:G60` (with @requiresParameterAddresses). */
    parameterAddresses?: string[];
  }

  enum ErrorCode {
    invalidValue = '#VALUE!',
    notAvailable = '#N/A',
    divisionByZero = '#DIV/0!',
    invalidNumber = '#NUM!',
    nullReference = '#NULL!',
    invalidName = '#NAME?',
    invalidReference = '#REF!',
  }

  class Error {
    constructor(code: ErrorCode, message?: string);
    code: ErrorCode;
    message?: string;
  }
}
