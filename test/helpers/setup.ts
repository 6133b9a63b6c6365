// Runs before every test file. Keeps test output quiet and the network closed.
process.env.LOG_LEVEL ??= 'silent';
