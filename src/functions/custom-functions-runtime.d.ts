/**
 * The custom functions runtime's typings come from @types/custom-functions-runtime (pinned
 * devDependency); this file only points there, so the `/// <reference path>` lines of the
 * function files keep working. The global exists only inside Excel: src/functions/errors.ts
 * falls back to a plain class when it is absent (unit tests in node), and runtime-guard.ts
 * stubs `associate` outside Excel.
 */
/// <reference types="custom-functions-runtime" />
