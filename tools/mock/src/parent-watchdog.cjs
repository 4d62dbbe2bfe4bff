// Preloaded into the Prism process (node --require). Prism has no idea who
// started it; if that owner dies without cleaning up (SIGKILL, a crashed test
// runner), this makes Prism exit instead of lingering as an orphan.
const owner = Number(process.env.PRISM_OWNER_PID);
if (owner > 0) {
  setInterval(() => {
    try {
      process.kill(owner, 0);
    } catch {
      process.exit(0);
    }
  }, 500).unref();
}
