import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'fixtures/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
})
