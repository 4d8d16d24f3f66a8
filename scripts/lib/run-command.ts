/**
 * The frame of a command (the imports, `npm run new`): `--help` prints the usage, a usage error
 * exits 2 with the usage, a failure exits 1 with its message and a hint, and otherwise the
 * command's own status.
 */
export async function runCommand<Command extends object>(
  read: Command | "help" | { error: string },
  usage: string,
  run: (command: Command) => Promise<number>,
  hintOnFailure: string,
  /** What failed, in the message: "import failed: …". */
  name = "import",
): Promise<void> {
  if (read === "help") {
    console.log(usage);
    return;
  }
  if ("error" in read) {
    console.error(`${read.error}\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  try {
    process.exitCode = await run(read);
  } catch (error) {
    console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error(hintOnFailure);
    process.exitCode = 1;
  }
}
