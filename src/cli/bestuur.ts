import type { CliIO } from './main';
export async function runBestuur(_argv: string[], _io: CliIO): Promise<number> {
  return 1;
}
