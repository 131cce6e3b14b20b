// `npm run web -- [--port N] [--workspace DIR]`. Parsing is pure so it can be tested.
export interface WebArgs {
  /** 0: the OS picks a free port. */
  readonly port: number;
  /** Undefined: the default workspace (see defaultWorkspace in main.ts). */
  readonly workspace?: string;
}

export type ParsedWebArgs =
  { readonly ok: true; readonly args: WebArgs } | { readonly ok: false; readonly message: string };

export function parseWebArgs(argv: readonly string[]): ParsedWebArgs {
  let port = 0;
  let workspace: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const option = argv[i];
    const value = argv[i + 1];
    if (option === '--port' || option === '--workspace') {
      if (value === undefined || value.startsWith('--'))
        return { ok: false, message: `${option} needs a value` };
      i++;
      if (option === '--workspace') workspace = value;
      else {
        port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          return { ok: false, message: `bad port: ${value}` };
      }
    } else return { ok: false, message: `unknown argument: ${option}` };
  }
  return { ok: true, args: workspace === undefined ? { port } : { port, workspace } };
}
