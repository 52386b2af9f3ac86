/**
 * A stand-in for Excel's `CustomFunctions` global: records every `associate(id, fn)` in a
 * Map and offers `Error` and `ErrorCode` as the runtime does. Used by the bundle test
 * (test/functions/build.test.ts) and the functions benchmark (bench/functions.bench.js) to
 * load dist/functions.js with nothing else around it.
 */
'use strict';

class StubError {
  constructor(code, message) {
    this.code = code;
    this.message = message;
  }
}

const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

/** A CustomFunctions stub that records registrations into `registered` (a Map). */
function stubCustomFunctions(registered) {
  return { associate: (id, fn) => registered.set(id, fn), Error: StubError, ErrorCode: ERROR_CODES };
}

module.exports = { StubError, stubCustomFunctions };
