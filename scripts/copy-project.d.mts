/** Runs a command in `cwd` with its output shown, throwing if it fails. */
export function step(command: string, args: string[], cwd: string): void
/** Copies the project into `dest` (emptied first), node_modules as hard links. */
export function copyProject(dest: string): void
